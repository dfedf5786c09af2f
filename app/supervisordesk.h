// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The supervisor's desk (issue 12): which view a role gets is decided here (isSupervisor()); for a
// supervisor it builds the SupervisorView in the main window and keeps its models equal to the
// server:
//   - a full load — GET /queues/stats, GET /agents, GET /alerts?active=true, every queue's
//     thresholds, the waiting contacts of the local store — at sign-in and after EVERY reconnect
//     (the sync engine going Online), so a figure missed while away cannot linger;
//   - today in charts: `GET /queues/stats/intervals?queue=` for the first selected queue, after
//     every full load, every change of the selection and every `queue.stats` of that queue (one
//     request at a time; changes meanwhile make one more);
//   - in between, the same events the agents' queues use: `queue.stats` (the server's figures for
//     one queue), `agent.state`, contact changes (waiting list, current contact, handled today),
//     `alert.raised` / `alert.cleared` (banner, log, desktop notification);
//   - the team's booked callbacks (issue 15): GET /contacts?state=scheduled in the full load, then
//     `contact.created` / `contact.updated` whose state is or was `scheduled`.
// Bursts: queue figures, agent states and contact changes are collected and applied once per
// event-loop turn (a zero-timer), through the models' batch methods: a busy hour or a catch-up of
// hundreds of events costs the proxy stages and views a handful of signals. A full load's answer
// applies what is pending first, so an older event never lands on top of a newer snapshot.
// Alerts after a reconnect: the full load's active alerts are compared with those shown before;
// one raised meanwhile gets its desktop notification, and both kinds are said in the status bar
// and to the screen reader (the log is the server's, reloaded with the times).
// Requests the view makes (priority, move, release, thresholds) go to the server; their results
// come back as events like everyone else's, and a refusal is shown in the status bar.
// Thread rules: GUI thread.
#pragma once

#include "models/supervisormodels.h"
#include "ui/supervisorview.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace kc {

class LocalStore;
class MainWindow;
class Notifier;
namespace sync {
class RestClient;
class SyncEngine;
} // namespace sync

class SupervisorDesk : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    // Only for role supervisor: agents never get this view (and the server refuses them the data).
    static bool isSupervisor(const QJsonObject& user);

    SupervisorDesk(MainWindow& window, sync::SyncEngine& engine, sync::RestClient& client, LocalStore& store,
                   Notifier* notifier, Clock now = {}, QObject* parent = nullptr);
    ~SupervisorDesk() override;

    // GET everything again (sign-in, reconnect). loaded() follows when all answers are in.
    void reload();
    void setQueueNames(const QHash<QString, QString>& names);
    // GET today's intervals of the first selected queue again; intervalsLoaded() when shown.
    void reloadIntervals();

    SupervisorView* view() const { return m_view; }
    QueueStatsModel& queues() { return m_queues; }
    AgentTreeModel& agents() { return m_agents; }
    WaitingTreeModel& waiting() { return m_waiting; }
    ServingAgentsModel& serving() { return m_serving; }
    ScheduledCallbacksModel& callbacks() { return m_callbacks; }
    // Applies the events collected so far now (otherwise at the end of this event-loop turn).
    void flush();
    QStringList activeAlerts() const;
    bool isLoaded() const { return m_loadedOnce; } // the first full load is in

Q_SIGNALS:
    void loaded();
    void intervalsLoaded();
    void message(const QString& text);

private:
    void onEvent(const QString& name, const QJsonObject& data);
    void onContactChanged(const QString& id);
    void showAlerts();
    QString describe(const QJsonObject& alert) const;
    void finishOne();
    void schedule();
    void setActiveAlerts(const QJsonArray& items);
    // GET /alerts?active=true and today's log; `handle(job, apply)` runs apply on the answer.
    template<typename Handle>
    void loadAlerts(const Handle& handle);
    void reloadAlerts();

    MainWindow& m_window;
    sync::SyncEngine& m_engine;
    sync::RestClient& m_client;
    LocalStore& m_store;
    Notifier* m_notifier;
    Clock m_now;
    QueueStatsModel m_queues;
    AgentTreeModel m_agents;
    WaitingTreeModel m_waiting;
    ServingAgentsModel m_serving{m_agents};
    ScheduledCallbacksModel m_callbacks;
    QPointer<SupervisorView> m_view;
    QTimer* m_flushTimer;
    QList<QueueStats> m_pendingStats;
    QList<AgentState> m_pendingStates;
    QStringList m_pendingContacts; // ids, each once, in arrival order
    QSet<QString> m_pendingContactSet;
    bool m_loadedOnce = false; // the next full load's alerts are compared with those shown
    // Alert events since the last full load began: its answers (GET /alerts) may be older.
    struct AlertEvent
    {
        bool raised;
        QJsonObject alert;
        QString line; // as the log showed it
    };
    QList<AlertEvent> m_alertJournal;
    bool m_alertsAfterLoad = false;       // the stream attached during a full load: alerts once more after it
    QHash<QString, QJsonObject> m_active; // alert id → alert
    QHash<QString, QString> m_names;
    int m_pending = 0;
    int m_generation = 0;
    bool m_wasOffline = false;     // the next Online is a reconnect
    bool m_intervalsBusy = false;  // a GET /queues/stats/intervals is on its way
    bool m_intervalsAgain = false; // … and something changed meanwhile: one more after it
};

} // namespace kc
