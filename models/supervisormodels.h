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
//   SinceColumnProxy  a KExtraColumnsProxyModel adding one ticking column "now − SinceRole"
//                     (longest wait, time in state, waiting time); tick() emits one ranged
//                     dataChanged for that column, never per row.
//
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

private:
    using Row = QueueStatsRow;
    Row rowFor(const QueueStats& s) const;
    Level levelOf(const Row& r, int column) const;

    Clock m_now;
    QList<Row> m_rows;
    QHash<QString, QString> m_names;
    QHash<QString, Thresholds> m_thresholds;
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
    // A contact event: current contact and handled today follow it.
    void applyContact(const Contact& contact);
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

    QHash<QString, QStandardItem*> m_agents; // agent id → the row's first item
    QHash<QString, QStandardItem*> m_teams;
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

public Q_SLOTS:
    void tick(); // one dataChanged for the time column, every row

private:
    void tickBelow(const QModelIndex& parent);
    Clock m_now;
    QTimer* m_timer;
};

// A coloured dot for a Level, to put beside its text (never instead of it).
QVariant levelDecoration(Level level);

} // namespace kc
