// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The wiring of one signed-in workstation: local store, REST client and sync engine on one side;
// the main window's queue, contact pane (report form), case history, agent state and status bar
// on the other. Widgets never see the network; the engine never sees a widget; this class (with
// ContactDesk for the contact work and CaseHistoryDesk for the case history) connects them.
//
// Life cycle: start() opens the local store for this server and user and signs in. The widgets are
// created at the first successful sign-in, so a failed attempt leaves the window untouched and the
// Workstation can simply be destroyed (the caller then tries again with other details). After a
// session expires, sessionExpired() asks for the password again; signIn() continues with everything
// queued intact.
// Side effects that leave the program (desktop notifications, sound) go through the injected
// Notifier. Thread rules: GUI thread.
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

class QAction;

#include <memory>

namespace kc {

class AgentStateWidget;
class AreaDesk;
class CaseHistoryDesk;
class CaseHistoryPanel;
class ContactDesk;
class ContactPane;
class KnowledgeDesk;
class KnowledgePanel;
class LocalStore;
class MainWindow;
class NewContactAnnouncer;
class Notifier;
class QueuePanel;
class QueuePipeline;
class SupervisorDesk;
class HandoverDesk;
namespace sync {
class RestClient;
class SecretStore;
class SyncEngine;
} // namespace sync

class Workstation : public QObject
{
    Q_OBJECT
public:
    // `notifier` may be null (tests, demo without a desktop): then only QApplication::alert.
    // `secrets` keeps the session token (the desktop keyring in the program); null: memory only.
    // The local store never holds it.
    Workstation(MainWindow& window, Notifier* notifier = nullptr, sync::SecretStore* secrets = nullptr,
                QObject* parent = nullptr);
    ~Workstation() override;

    // Opens the local store under `dataDir` for this server and user and signs in.
    Result<bool> start(const QString& dataDir, const QString& serverUrl, const QString& username,
                       const QString& password);
    // Signs in again with the same server and user (after sessionExpired or a failed attempt).
    void signIn(const QString& password);
    // Ends the session on the server (DELETE /session) and forgets the token; signedOut() follows
    // once the server answered or could not be reached. Drafts and the outbox stay.
    void signOut();
    // Days that contacts, fetched reports and sent outbox items are kept in the local store
    // (setting privacy/retentionDays, default 14); older ones are purged at start and hourly.
    static int retentionDays();
    QString username() const { return m_username; }
    bool isSignedIn() const { return m_signedIn; }

    sync::SyncEngine* engine() const { return m_engine.get(); }
    sync::RestClient* client() const { return m_client.get(); } // signed in: carries the session token
    LocalStore* store() const { return m_store.get(); }
    AgentStateWidget* agentState() const { return m_agentState; }
    QueuePipeline* pipeline() const { return m_pipeline; }
    ContactPane* contactPane() const { return m_contactPane; }
    CaseHistoryPanel* caseHistory() const { return m_history; }
    ContactDesk* desk() const { return m_desk.get(); }
    CaseHistoryDesk* caseHistoryDesk() const { return m_historyDesk.get(); }
    // The knowledge base (issue 14): a dock beside the contact, F3 (KnowledgePanel::shortcut()).
    KnowledgePanel* knowledgePanel() const { return m_knowledgePanel; }
    KnowledgeDesk* knowledgeDesk() const { return m_knowledgeDesk.get(); }
    QAction* knowledgeAction() const { return m_knowledgeAction; }
    SupervisorDesk* supervisorDesk() const { return m_supervisor.get(); } // role supervisor only
    HandoverDesk* handoverDesk() const { return m_handover.get(); }
    AreaDesk* areaDesk() const { return m_area.get(); } // role area only (issue 15)

Q_SIGNALS:
    void ready();                                          // the first successful sign-in: the widgets are in place
    void signedIn();                                       // every successful sign-in (also after an expired session)
    void signInFailed(int status, const QString& message); // status 0: no answer from the server
    void sessionExpired(const QString& message);
    void signedOut();

private:
    void onSignedIn();
    void buildWidgets();
    void purgeExpired();
    void applyQueues(const QList<QueueInfo>& queues); // names everywhere a queue is shown
    void showUser();                                  // status bar: who, and their queues by name
    void showConnection();                            // the banner: what a lost connection means now

    MainWindow& m_window;
    Notifier* m_notifier = nullptr;
    sync::SecretStore* m_secrets = nullptr;
    QNetworkAccessManager m_nam;
    QString m_storePath;
    QString m_username;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<sync::RestClient> m_client;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::unique_ptr<ContactDesk> m_desk;
    std::unique_ptr<CaseHistoryDesk> m_historyDesk;
    std::unique_ptr<NewContactAnnouncer> m_announcer;
    std::unique_ptr<KnowledgeDesk> m_knowledgeDesk;
    KnowledgePanel* m_knowledgePanel = nullptr;
    QAction* m_knowledgeAction = nullptr;
    void buildKnowledge(); // the knowledge dock, its key and desk
    std::unique_ptr<SupervisorDesk> m_supervisor;
    std::unique_ptr<HandoverDesk> m_handover;
    std::unique_ptr<AreaDesk> m_area;
    QueuePipeline* m_pipeline = nullptr;
    QueuePanel* m_panel = nullptr;
    ContactPane* m_contactPane = nullptr;
    CaseHistoryPanel* m_history = nullptr;
    AgentStateWidget* m_agentState = nullptr;
    QString m_userId;
    QHash<QString, QString> m_queueNames;
    bool m_signedIn = false;
    bool m_resumeAfterCatchUp = false; // the first catch-up after a sign-in opens contacts held elsewhere
};

} // namespace kc
