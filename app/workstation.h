// The wiring of one signed-in workstation: local store, REST client and sync engine on one side,
// the main window's queue panel and status bar on the other. Widgets never see the network; the
// engine never sees a widget; this class connects them. Thread rules: GUI thread.
#pragma once

#include "core/result.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace kc {

class LocalStore;
class MainWindow;
class AgentStateWidget;
class QueuePanel;
class QueuePipeline;
namespace sync {
class RestClient;
class SyncEngine;
} // namespace sync

class Workstation : public QObject
{
    Q_OBJECT
public:
    explicit Workstation(MainWindow& window, QObject* parent = nullptr);
    ~Workstation() override;

    // Opens the local store under `dataDir` for this server and user and signs in.
    Result<bool> start(const QString& dataDir, const QString& serverUrl, const QString& username,
                       const QString& password);

    sync::SyncEngine* engine() const { return m_engine.get(); }
    AgentStateWidget* agentState() const { return m_agentState; }
    QueuePipeline* pipeline() const { return m_pipeline; }

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void onSignedIn();

    MainWindow& m_window;
    QNetworkAccessManager m_nam;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<sync::RestClient> m_client;
    std::unique_ptr<sync::SyncEngine> m_engine;
    QueuePipeline* m_pipeline = nullptr;
    QueuePanel* m_panel = nullptr;
    AgentStateWidget* m_agentState = nullptr;
    QString m_userId;
};

} // namespace kc
