// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The supervisor's wallboard at 50 queues and 500 agents (issue 12), offscreen, GUI thread only:
//
// - tick: what one second's tick costs — every ticking column (longest wait, time in state,
//   waiting time) announced by its SinceColumnProxy (one ranged dataChanged per column) and the
//   views repainted synchronously. Median of 31 ticks. Target <= 16 ms.
//   Baseline (same run): the plain way — a QStandardItemModel table of the same size whose time
//   column is rewritten cell by cell with setData() every second, and its view repainted.
// - burst: 1,000 events (500 `queue.stats`, 500 `agent.state`) applied to the models as the
//   SupervisorDesk applies what arrived in one event-loop turn (the batch methods: one dataChanged
//   per parent over the changed rows), then one synchronous repaint. Median of 7 bursts.
//   Target <= 50 ms. Also reported: the same events one call each (the way before the batching).
//   Baseline: the same 1,000 changes as setData() on QStandardItemModel tables of the same shape.
// Ratios are what the README quotes (machines differ). KC_BENCH_SCALE scales queues and agents.
#include "benchharness.h"
#include "models/supervisormodels.h"
#include "ui/supervisorview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace kc;
using kc::bench::Goal;
using kc::bench::Target;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double scale()
{
    bool ok = false;
    const double v = qEnvironmentVariable("KC_BENCH_SCALE").toDouble(&ok);
    return ok && v > 0 ? v : 1.0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int queueCount = std::max(1, int(50 * scale()));
    const int agentCount = std::max(1, int(500 * scale()));
    QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::UTC);
    const auto clock = [&now] { return now; };
    QRandomGenerator random(12);

    QueueStatsModel queues(clock);
    AgentTreeModel agents;
    WaitingTreeModel waiting;
    ServingAgentsModel serving(agents);
    ScheduledCallbacksModel callbacks(clock);
    QList<QueueStats> stats;
    QList<std::pair<QString, QString>> names;
    for (int i = 0; i < queueCount; ++i) {
        QueueStats s;
        s.queue = QStringLiteral("q%1").arg(i);
        s.waiting = int(random.bounded(20));
        s.longestWaitSeconds = random.bounded(600);
        s.answeredToday = int(random.bounded(300));
        stats << s;
        names.append({s.queue, QStringLiteral("Kö %1").arg(i)});
    }
    queues.setStats(stats);
    waiting.setQueues(names);
    QJsonArray items;
    for (int i = 0; i < agentCount; ++i)
        items.append(
            QJsonObject{{QStringLiteral("agentId"), QStringLiteral("u-%1").arg(i)},
                        {QStringLiteral("displayName"), QStringLiteral("Agent %1").arg(i)},
                        {QStringLiteral("team"), QStringLiteral("team %1").arg(i % 10)},
                        {QStringLiteral("state"), QStringLiteral("ready")},
                        {QStringLiteral("since"), now.addSecs(-i).toString(Qt::ISODate)},
                        {QStringLiteral("handledToday"), i % 7},
                        {QStringLiteral("queues"), QJsonArray{QStringLiteral("q%1").arg(i % queueCount),
                                                              QStringLiteral("q%1").arg((i + 1) % queueCount)}}});
    agents.setAgents(items);
    serving.setQueues(names);
    SupervisorView view(queues, agents, waiting, serving, callbacks, clock);
    view.selectQueues({QStringLiteral("q0"), QStringLiteral("q1")}); // their agents are shown too
    view.queueTimes()->setTicking(false);
    view.agentTimes()->setTicking(false);
    view.waitingTimes()->setTicking(false);
    view.servingTimes()->setTicking(false);
    view.resize(1920, 1080);
    view.show();
    QCoreApplication::processEvents();

    // ---- tick
    auto repaint = [&] {
        view.queuesView()->viewport()->repaint();
        view.agentsView()->viewport()->repaint();
        view.waitingView()->viewport()->repaint();
        view.servingView()->viewport()->repaint();
    };
    std::vector<double> ticks;
    for (int i = 0; i < 31; ++i) {
        now = now.addSecs(1);
        QElapsedTimer t;
        t.start();
        view.queueTimes()->tick();
        view.agentTimes()->tick();
        view.waitingTimes()->tick();
        view.servingTimes()->tick();
        repaint();
        ticks.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // Baseline: tables of the same size, the time column rewritten cell by cell.
    QStandardItemModel plainQueues(queueCount, 7), plainAgents(agentCount, 5);
    for (int r = 0; r < queueCount; ++r)
        for (int c = 0; c < 7; ++c)
            plainQueues.setItem(r, c, new QStandardItem(QStringLiteral("%1").arg(r * c)));
    for (int r = 0; r < agentCount; ++r)
        for (int c = 0; c < 5; ++c)
            plainAgents.setItem(r, c, new QStandardItem(QStringLiteral("%1").arg(r * c)));
    QTableView plainQueuesView, plainAgentsView;
    plainQueuesView.setModel(&plainQueues);
    plainAgentsView.setModel(&plainAgents);
    plainQueuesView.resize(1920, 400);
    plainAgentsView.resize(960, 600);
    plainQueuesView.show();
    plainAgentsView.show();
    QCoreApplication::processEvents();
    std::vector<double> plainTicks;
    for (int i = 0; i < 31; ++i) {
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < queueCount; ++r)
            plainQueues.setData(plainQueues.index(r, 2), QueueStatsModel::formatDuration(i + r));
        for (int r = 0; r < agentCount; ++r)
            plainAgents.setData(plainAgents.index(r, 2), QueueStatsModel::formatDuration(i + r));
        plainQueuesView.viewport()->repaint();
        plainAgentsView.viewport()->repaint();
        plainTicks.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    bool met = kc::bench::report("wallboard.tick", "ms", median(ticks), "QStandardItemModel setData per cell",
                                 median(plainTicks), Target{Goal::AtMost, 16, false});

    // ---- burst of 1,000 events
    std::vector<double> bursts, oneByOne, plainBursts;
    const auto makeBurst = [&](QList<QueueStats>& statsBurst, QList<AgentState>& statesBurst) {
        now = now.addSecs(1);
        for (int i = 0; i < 500; ++i) {
            QueueStats s = stats[i % queueCount];
            s.waiting = int(random.bounded(30));
            s.answeredToday += i;
            statsBurst << s;
            const int agent = int(random.bounded(agentCount));
            statesBurst << AgentState{QStringLiteral("u-%1").arg(agent),
                                      QStringLiteral("Agent"),
                                      QStringLiteral("team %1").arg(agent % 10),
                                      i % 2 ? AgentStatus::Busy : AgentStatus::Ready,
                                      std::nullopt,
                                      now};
        }
    };
    for (int round = 0; round < 7; ++round) {
        QList<QueueStats> statsBurst;
        QList<AgentState> statesBurst;
        makeBurst(statsBurst, statesBurst);
        QElapsedTimer t;
        t.start();
        queues.applyStats(statsBurst);
        const qint64 afterQueues = t.nsecsElapsed();
        agents.applyStates(statesBurst);
        const qint64 afterAgents = t.nsecsElapsed();
        repaint();
        bursts.push_back(double(t.nsecsElapsed()) / 1e6);
        // Where the time goes (GUI thread sections; perf cannot see into the build root's Qt).
        std::printf("  burst %d: queue figures %.1f ms, agent states %.1f ms, repaint %.1f ms\n", round,
                    double(afterQueues) / 1e6, double(afterAgents - afterQueues) / 1e6,
                    double(t.nsecsElapsed() - afterAgents) / 1e6);

        // The same kind of burst one event at a time (before the batching), for the record.
        if (round < 3) {
            QList<QueueStats> statsOne;
            QList<AgentState> statesOne;
            makeBurst(statsOne, statesOne);
            QElapsedTimer o;
            o.start();
            for (int i = 0; i < 500; ++i) {
                queues.applyStats(statsOne[i]);
                agents.applyState(statesOne[i]);
            }
            repaint();
            oneByOne.push_back(double(o.nsecsElapsed()) / 1e6);
        }

        QElapsedTimer p;
        p.start();
        for (int i = 0; i < 500; ++i) {
            const int r = i % queueCount;
            for (int c = 1; c < 7; ++c)
                plainQueues.setData(plainQueues.index(r, c), QString::number(i + c));
            const int a = int(random.bounded(agentCount));
            for (int c = 1; c < 5; ++c)
                plainAgents.setData(plainAgents.index(a, c), QString::number(i + c));
        }
        plainQueuesView.viewport()->repaint();
        plainAgentsView.viewport()->repaint();
        plainBursts.push_back(double(p.nsecsElapsed()) / 1e6);
    }
    kc::bench::report("wallboard.burst1000.oneByOne", "ms", median(oneByOne), "QStandardItemModel setData",
                      median(plainBursts)); // for the record: the way before the batching
    met = kc::bench::report("wallboard.burst1000", "ms", median(bursts), "QStandardItemModel setData",
                            median(plainBursts), Target{Goal::AtMost, 50, false}) &&
          met;
    return met ? 0 : 1;
}
