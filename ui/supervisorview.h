// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The supervisor's view (issue 12): the alert banner on top; the team's queues (Väntande, Längsta
// väntetid ticking, Besvarade i dag, Avbrutna i dag, Servicenivå with its threshold, Genomsnittlig
// hanteringstid); the waiting contacts of the selected queues (raise/lower priority, move to
// another queue, by keyboard); the team's agents flat (state, time in state ticking, current
// contact, handled today; an agent unusually long in one state is marked in the time column, in
// words) with "release the contact"; the agents serving the selected queues; the team's booked
// callbacks; the alert log; today in charts (the selected queue per 15 minutes). F11 toggles the wallboard:
// only the queues and the banner, full screen, large type.
//
// The view owns its proxy stages (KDescendantsProxyModel for the agents, KSelectionProxyModel for
// the waiting contacts of the selected queues and another for the agents serving them,
// SinceColumnProxy for every ticking column) over the
// models it is given, and asks for changes through signals: it never talks to the server.
// Thread rules: GUI thread.
#pragma once

#include "models/supervisormodels.h"

#include <QWidget>

class KDescendantsProxyModel;
class KSelectionProxyModel;
class QAction;
class QItemSelectionModel;
class QLabel;
class QListWidget;
class QTableView;
class QTreeView;

namespace kc {

class IntervalChart;

class SupervisorView : public QWidget
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    SupervisorView(QueueStatsModel& queues, AgentTreeModel& agents, WaitingTreeModel& waiting,
                   ServingAgentsModel& serving, ScheduledCallbacksModel& callbacks, Clock now = {},
                   QWidget* parent = nullptr);

    // The active alerts' texts (empty: the banner is hidden); a change is announced to the screen
    // reader unless the caller says it in its own words (`announceIt` false).
    void setAlerts(const QStringList& texts, bool announceIt = true);
    void addLogEntry(const QString& text);
    QLabel* alertBanner() const { return m_banner; }
    QListWidget* alertLog() const { return m_log; }
    // Today in charts for the first selected queue (the desk fills it from the server).
    IntervalChart* chart() const { return m_chart; }

    QTableView* queuesView() const { return m_queuesView; }
    QTableView* agentsView() const { return m_agentsView; }
    QTreeView* waitingView() const { return m_waitingView; }
    QTreeView* servingView() const { return m_servingView; }
    QTableView* callbacksView() const { return m_callbacksView; }
    QAbstractItemModel* queuesProxy() const;
    QAbstractItemModel* agentsProxy() const;
    QAbstractItemModel* waitingProxy() const;
    QAbstractItemModel* servingProxy() const; // the selected queues and their agents (a tree)
    SinceColumnProxy* queueTimes() const { return m_queueTimes; }
    SinceColumnProxy* agentTimes() const { return m_agentTimes; }
    SinceColumnProxy* waitingTimes() const { return m_waitingTimes; }
    SinceColumnProxy* servingTimes() const { return m_servingTimes; }

    QAction* raiseAction() const { return m_raise; }
    QAction* lowerAction() const { return m_lower; }
    QAction* moveAction() const { return m_move; }
    QAction* releaseAction() const { return m_release; }
    QAction* thresholdsAction() const { return m_thresholds; }
    QAction* wallboardAction() const { return m_wallboard; }

    bool isWallboard() const { return m_isWallboard; }
    void setWallboard(bool on);
    // The queues whose waiting contacts are shown.
    QStringList selectedQueues() const;
    void selectQueues(const QStringList& queues);

    // Moving a contact asks which queue, and the thresholds are edited, in a dialog opened with
    // open() (no nested event loop); `answer` runs when it closes (nullopt: cancelled). Tests
    // answer instead of a dialog.
    std::function<void(const QStringList& ids, const QStringList& names,
                       const std::function<void(std::optional<QString>)>& answer)>
        chooseQueue;
    std::function<void(const QString& queueName, const Thresholds& current,
                       const std::function<void(std::optional<Thresholds>)>& answer)>
        editThresholds;

Q_SIGNALS:
    void priorityChangeRequested(const QString& contactId, int priority, qint64 version);
    void moveRequested(const QString& contactId, const QString& queue, qint64 version);
    void releaseRequested(const QString& contactId);
    void thresholdsChangeRequested(const QString& queue, const kc::Thresholds& thresholds);
    void wallboardToggled(bool on);
    void selectedQueuesChanged();

private:
    void syncSelection();
    void changePriority(int delta);
    void moveContact();
    void releaseContact();
    void editQueueThresholds();
    QModelIndex currentContact() const;
    QModelIndex currentAgent() const;
    void updateActions();

    QueueStatsModel& m_queues;
    AgentTreeModel& m_agents;
    WaitingTreeModel& m_waiting;
    ServingAgentsModel& m_serving;
    SinceColumnProxy* m_queueTimes;
    KDescendantsProxyModel* m_flatAgents;
    SinceColumnProxy* m_agentTimes;
    QItemSelectionModel* m_queueSelection; // over the WaitingTreeModel, following the queues table
    KSelectionProxyModel* m_selected;
    SinceColumnProxy* m_waitingTimes;
    QItemSelectionModel* m_servingSelection; // over the ServingAgentsModel, following the queues table
    KSelectionProxyModel* m_servingSelected;
    SinceColumnProxy* m_servingTimes;
    QLabel* m_banner;
    QLabel* m_title;
    QTableView* m_queuesView;
    QTableView* m_agentsView;
    QTreeView* m_waitingView;
    QTreeView* m_servingView;
    QTableView* m_callbacksView;
    QListWidget* m_log;
    IntervalChart* m_chart;
    QWidget* m_lower_part;
    QWidget* m_upper_part; // the queues table and the chart
    QAction* m_raise;
    QAction* m_lower;
    QAction* m_move;
    QAction* m_release;
    QAction* m_thresholds;
    QAction* m_wallboard;
    bool m_isWallboard = false;
    QStringList m_lastSelected; // selectedQueuesChanged() only on a real change
};

} // namespace kc
