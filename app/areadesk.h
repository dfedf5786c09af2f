// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The police area's desk (role `area`, issue 15): which view an area user gets, and keeping its
// list equal to the server's. An area user takes no contacts and sees no personal data: the
// agent's parts of the window give way to the AreaView (as the supervisor's view does), and the
// Kontakt menu holds only "Kvittera mottagen" and "Uppdatera".
//
// The list: GET /handoffs at reload() (every sign-in, every reconnect), then again after any event
// the server sends this user (the feed carries only its own area's handoff changes; re-fetching
// the small list is simpler than patching it and cannot drift). Events in a burst fold into one
// fetch. Acknowledge: POST /handoffs/{reportId}/ack; the answer (the handoff item) updates its row.
// A refusal or no answer is said on the view's status line; nothing is retried behind the user's back.
//
// Thread rules: GUI thread.
#pragma once

#include "models/handoffmodel.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QAction;

namespace kc {

class AreaView;
class MainWindow;
namespace sync {
class RestClient;
class SyncEngine;
} // namespace sync

class AreaDesk : public QObject
{
    Q_OBJECT
public:
    AreaDesk(MainWindow& window, sync::SyncEngine& engine, sync::RestClient& client, const QJsonObject& user,
             QObject* parent = nullptr);
    ~AreaDesk() override;

    static bool isArea(const QJsonObject& user); // role "area"

    void reload(); // GET /handoffs now
    void acknowledge(const QString& reportId);

    HandoffModel& model() { return m_model; }
    AreaView* view() const { return m_view; }
    QAction* acknowledgeAction() const { return m_ackAction; }

Q_SIGNALS:
    void loaded();                              // a GET /handoffs answer was applied
    void acknowledged(const QString& reportId); // the server confirmed an acknowledgement
    void message(const QString& text);          // for the status bar

private:
    MainWindow& m_window;
    sync::SyncEngine& m_engine;
    sync::RestClient& m_client;
    HandoffModel m_model;
    AreaView* m_view = nullptr;
    QAction* m_ackAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QTimer m_refetch; // folds a burst of events into one GET
    bool m_loading = false;
    bool m_again = false; // an event came while a GET was under way
};

} // namespace kc
