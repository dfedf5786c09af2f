// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The supervisor view's models (issue 12). Each holds what the server said last and nothing it
// computed itself, except the ticking times, which are "now − a moment the server gave":
//
//   QueueStatsModel   one row per queue: the figures of GET /queues/stats and `queue.stats` events,
//                     plus the queue's alert thresholds (GET /queues/{queue}/thresholds).
//   AgentTreeModel    team → agents (GET /agents, `agent.state` events, contact events for the
//                     current contact and handled today); shown flat through KDescendantsProxyModel.
//   WaitingTreeModel  queue → its waiting contacts (from the local store the sync engine keeps);
//                     a KSelectionProxyModel over it shows the contacts of the selected queues.
//   ServingAgentsModel queue → the agents serving it (their GET /agents "queues"), a mirror of
//                     AgentTreeModel's rows; a KSelectionProxyModel over it shows the agents of
//                     the selected queues.
//   ScheduledCallbacksModel the team's booked callbacks (contacts in state `scheduled`, issue 15):
//                     GET /contacts?state=scheduled and `contact.created` / `contact.updated`.
//   SinceColumnProxy  a KExtraColumnsProxyModel adding one ticking column "now − SinceRole"
//                     (longest wait, time in state, waiting time); tick() emits one ranged
//                     dataChanged for that column, never per row.
//
// Bursts: a burst of events (everything that arrived in one event-loop turn, see SupervisorDesk)
// is applied through the batch methods (applyStats(list), applyStates, applyContacts), which
// change every row first and then emit one dataChanged per parent spanning the changed rows: the
// proxy stages and views handle a handful of signals instead of one per event.
// Invariants: a figure shown is the server's last (no client-side counting of queue figures, so
// counters never disagree with the server); after a reconnect the owner reloads everything.
// Colour is only ever a DecorationRole beside a text that says the same (LevelRole).
// Thread rules: GUI thread; the clock is injected and called from data().
#pragma once

#include "core/types.h"
#include "models/supervisortypes.h"

#include <KExtraColumnsProxyModel>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardItemModel>

#include <functional>
#include <optional>

namespace kc {

class QueueStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Queue, Waiting, Answered, Abandoned, ServiceLevel, AverageHandle, ColumnCount };
    using Clock = std::function<QDateTime()>;

    explicit QueueStatsModel(Clock now = {}, QObject* parent = nullptr);

    void setQueueNames(const QHash<QString, QString>& names);
    // Replaces every row (a full GET /queues/stats).
    void setStats(const QList<QueueStats>& stats);
    // One queue's figures (a `queue.stats` event): its row changes, or is added.
    void applyStats(const QueueStats& stats);
    // A burst of `queue.stats` in arrival order (the last per queue wins): one dataChanged over
    // the changed rows, one beginInsertRows for the new queues.
    void applyStats(const QList<QueueStats>& burst);
    // The wallboard's large type: long headers on two lines ("Genomsnittlig\nhanteringstid") so
    // that every column fits a 1366 px wide screen.
    void setWrappedHeaders(bool on);
    void setThresholds(const QString& queue, const Thresholds& t);
    Thresholds thresholds(const QString& queue) const { return m_thresholds.value(queue); }
    std::optional<QueueStats> stats(const QString& queue) const;
    int rowOf(const QString& queue) const;
    QString queueAt(int row) const { return m_rows.value(row).stats.queue; }
    QString queueName(const QString& queue) const { return m_names.value(queue, queue); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 seconds); // "m:ss", "h:mm:ss"
    static QString headerText(int section);

private:
    using Row = QueueStatsRow;
    Row rowFor(const QueueStats& s) const;
    Level levelOf(const Row& r, int column) const;

    Clock m_now;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf; // queue id → row
    QHash<QString, QString> m_names;
    QHash<QString, Thresholds> m_thresholds;
    bool m_wrapped = false;
};

class AgentTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Name, State, CurrentContact, HandledToday, ColumnCount };

    explicit AgentTreeModel(QObject* parent = nullptr);

    // Replaces everything (GET /agents items).
    void setAgents(const QJsonArray& items);
    // An `agent.state` event; an unknown agent of the team is added.
    void applyState(const AgentState& state);
    // A burst of them, in arrival order: one dataChanged per team over its changed rows.
    void applyStates(const QList<AgentState>& burst);
    // A contact event: current contact and handled today follow it.
    void applyContact(const Contact& contact);
    void applyContacts(const QList<Contact>& burst);
    // When a state is "unusually long" (LimitRole of the agent's row; the ticking column marks it).
    void setStateLimits(const StateLimits& limits);
    const StateLimits& stateLimits() const { return m_limits; }
    QModelIndex indexOfAgent(const QString& agentId) const;
    // What the current-contact column shows for a contact id (its subject, never the caller: the
    // view may hang on a wall); the id itself when unset or empty.
    void setContactTitle(std::function<QString(const QString& contactId)> title) { m_title = std::move(title); }
    static QString stateText(AgentStatus state, const std::optional<QString>& reason);

private:
    QStandardItem* teamItem(const QString& team);
    void fill(QList<QStandardItem*> row, const QJsonObject& agent);
    void fillItems(const QList<QStandardItem*>& row, const QJsonObject& agent);
    QList<QStandardItem*> rowOf(const QString& agentId) const;

    void touch(QStandardItem* first);
    void emitTouched();
    void loadAgents(const QJsonArray& items);

    QHash<QString, QStandardItem*> m_agents; // agent id → the row's first item
    QHash<QString, QStandardItem*> m_teams;
    QHash<QString, QString> m_holder;                     // contact id → the agent showing it as current contact
    QHash<QStandardItem*, std::pair<int, int>> m_touched; // team item → first and last changed row
    StateLimits m_limits;
    QHash<QString, QString> m_counted; // completed contact id → agent (counted in handledToday)
    // The newest state applied per agent (state, reason, since): a full load answered after a
    // newer event (they travel on different connections) must not put an older state back.
    QHash<QString, QJsonObject> m_newest;
    std::function<QString(const QString&)> m_title;
    QString titleOf(const QString& contactId) const;
};

class WaitingTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { Priority, Subject, Channel, ColumnCount };

    explicit WaitingTreeModel(QObject* parent = nullptr);

    // The queues, in this order, each a top-level row (its id in IdRole).
    void setQueues(const QList<std::pair<QString, QString>>& idAndName);
    // Replaces every waiting contact.
    void setContacts(const QList<Contact>& contacts);
    // A contact changed: shown under its queue while it waits, gone otherwise.
    void upsert(const Contact& contact);
    void remove(const QString& contactId);
    QModelIndex queueIndex(const QString& queue) const;
    int waitingCount(const QString& queue) const;

private:
    QHash<QString, QStandardItem*> m_queues;
    QHash<QString, QStandardItem*> m_contacts; // contact id → its row's first item
};

class ServingAgentsModel : public QStandardItemModel
{
    Q_OBJECT
public:
    // Follows `agents` (its rows, resets and dataChanged) for as long as it lives.
    explicit ServingAgentsModel(AgentTreeModel& agents, QObject* parent = nullptr);

    // The queues, in this order, each a top-level row (its id in IdRole), with their agents below.
    void setQueues(const QList<std::pair<QString, QString>>& idAndName);
    QModelIndex queueIndex(const QString& queue) const;
    QStringList agentsOf(const QString& queue) const; // agent ids, in the order shown

private:
    void rebuild();
    void copyAll();
    void follow(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    static void copyRow(const QList<QStandardItem*>& from, const QList<QStandardItem*>& to);

    AgentTreeModel& m_agents;
    QList<std::pair<QString, QString>> m_queueList;
    QHash<QString, QStandardItem*> m_queues;
    QMultiHash<QString, QStandardItem*> m_copies; // agent id → the first item of each of its rows
};

class ScheduledCallbacksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CallbackAt, Queue, Caller, Note, ColumnCount };
    using Clock = std::function<QDateTime()>;

    explicit ScheduledCallbacksModel(Clock now = {}, QObject* parent = nullptr);

    void setQueueNames(const QHash<QString, QString>& names);
    // Replaces every row (GET /contacts?state=scheduled items).
    void setContacts(const QJsonArray& items);
    // A `contact.created` / `contact.updated`: shown while `scheduled`, gone otherwise.
    void upsert(const QJsonObject& contact);
    // The caller's name of a callback seen since start (also after it turned `waiting`), for the
    // `callback_missed` alert's words; empty when unknown.
    QString callerOf(const QString& contactId) const { return m_callers.value(contactId); }
    QString idAt(int row) const { return m_rows.value(row).id; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString queue;
        QDateTime callbackAt;
        QString caller;
        QString note;
    };
    int rowOf(const QString& id) const;
    void remove(const QString& id);

    Clock m_now;
    QList<Row> m_rows; // by callbackAt, then id
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_callers;
};

class SinceColumnProxy : public KExtraColumnsProxyModel
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    SinceColumnProxy(const QString& header, Clock now = {}, QObject* parent = nullptr);

    int timeColumn() const;
    // Display: "m:ss" since SinceRole of the row's first column; DecorationRole and LevelRole when
    // above LimitRole (the text then says it as well: "… över gränsen").
    QVariant extraColumnData(const QModelIndex& parent, int row, int extraColumn,
                             int role = Qt::DisplayRole) const override;
    void setTicking(bool on);
    // The words after the time when it is above LimitRole (default "över gränsen").
    void setAlarmText(const QString& text) { m_alarmText = text; }
    // The time column's header on two lines (the wallboard's large type), like the source's.
    void setWrappedHeader(bool on);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void tick(); // one dataChanged for the time column, every row

private:
    void tickBelow(const QModelIndex& parent);
    Clock m_now;
    QTimer* m_timer;
    QString m_alarmText;
    bool m_wrapped = false;
};

// A coloured dot for a Level, to put beside its text (never instead of it).
QVariant levelDecoration(Level level);

} // namespace kc
