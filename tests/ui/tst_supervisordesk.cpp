// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The supervisor's view (issue 12) end to end offscreen: the in-process demo server, a supervisor
// signed in through the real sync path. Every model stage runs under QAbstractItemModelTester;
// the wallboard's figures follow a scripted hour (accept, complete, abandon, re-prioritise by
// keyboard, release) and equal values the test counts itself, also after a reconnect during which
// events were missed; an alert raises the banner and a desktop notification and goes when the
// queue recovers. KC_SCREENSHOT_DIR=DIR saves the view and the wallboard.
#include "../support/widgetenvironment.h"
#include "app/demoenvironment.h"
#include "app/demotraffic.h"
#include "app/supervisordesk.h"
#include "app/workstation.h"
#include "core/referencedata.h"
#include "models/localstore.h"
#include "models/supervisormodels.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "server/store/intakestore.h"
#include "sync/syncengine.h"
#include "ui/announce.h"
#include "ui/intervalchart.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/queuepanel.h"
#include "ui/supervisorview.h"

#include <KDescendantsProxyModel>
#include <KSelectionProxyModel>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QValueAxis>

#include <memory>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

struct RecordingNotifier : Notifier
{
    QStringList shown;
    void notifyNewContact(const QString& title, const QString& body) override { shown << title + u": " + body; }
};

void shoot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
}

struct Desk
{
    DemoEnvironment demo;
    RecordingNotifier notifier;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Workstation> ws;
    User agent;
    User supervisor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    // The server's clock when a test pins it (demo.setClock before start()); the wall clock else.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };

    bool start()
    {
        if (!demo.start().ok())
            return false;
        server::Store& store = demo.server()->store();
        User chef;
        chef.username = QStringLiteral("chef");
        chef.displayName = QStringLiteral("Gruppchef Test");
        chef.role = Role::Supervisor;
        chef.team = QStringLiteral("Skara övning");
        chef.queues = {QStringLiteral("anmalan"), QStringLiteral("information")};
        auto addedChef = store.users().add(chef, demo.agentPassword());
        if (!addedChef)
            return false;
        supervisor = *addedChef;
        auto session = store.users().login(demo.agentUsername(), demo.agentPassword(), now());
        if (!session)
            return false;
        agent = session->user;
        window = std::make_unique<MainWindow>(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        ws = std::make_unique<Workstation>(*window, &notifier);
        QSignalSpy ready(ws.get(), &Workstation::ready);
        if (!ws->start(demo.dataDirectory(), demo.serverUrl(), QStringLiteral("chef"), demo.agentPassword()).ok())
            return false;
        window->resize(1366, 740);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !ready.wait(10000) || !ws->supervisorDesk())
            return false;
        // Every stage, from the first rows on.
        SupervisorView* v = view();
        const auto test = [this](QAbstractItemModel* m) {
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        };
        auto* agentTimes = static_cast<QAbstractProxyModel*>(v->agentsProxy());
        auto* waitingTimes = static_cast<QAbstractProxyModel*>(v->waitingProxy());
        test(&ws->supervisorDesk()->queues());
        test(v->queuesProxy());
        test(&ws->supervisorDesk()->agents());
        test(agentTimes->sourceModel()); // KDescendantsProxyModel
        test(agentTimes);
        test(&ws->supervisorDesk()->waiting());
        test(waitingTimes->sourceModel()); // KSelectionProxyModel
        test(waitingTimes);
        auto* servingTimes = static_cast<QAbstractProxyModel*>(v->servingProxy());
        test(&ws->supervisorDesk()->serving());
        test(servingTimes->sourceModel()); // KSelectionProxyModel
        test(servingTimes);
        test(&ws->supervisorDesk()->callbacks());
        return true;
    }
    SupervisorView* view() const { return ws->supervisorDesk()->view(); }
    server::Store& store() { return demo.server()->store(); }
    QStringList waitingIds(const QString& queue)
    {
        QStringList ids;
        auto q = store().database().exec(
            QStringLiteral("SELECT id FROM contacts WHERE queue = ? AND state = 'waiting' ORDER BY received_at"),
            {queue});
        while (q && q->next())
            ids << q->value(0).toString();
        return ids;
    }
};

// What the test counts itself, per queue.
struct Count
{
    int waiting = 0;
    int answered = 0;
    int abandoned = 0;
};

QString cell(QAbstractItemModel* m, int row, int column)
{
    return m->index(row, column).data().toString();
}

} // namespace

class TestSupervisorDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }
    void init() { QSettings().clear(); }

    // A full load (GET /agents) and the event stream travel on different connections: a snapshot
    // answered after a newer agent.state must not put the older state back, nor an older event.
    void anOlderStateNeverReplacesANewerOne()
    {
        AgentTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t1 = QDateTime(QDate(2026, 12, 6), QTime(8, 0), QTimeZone::UTC);
        const QDateTime t2 = t1.addSecs(30);
        const auto stateOf = [&m] {
            const QModelIndex team = m.index(0, 0);
            return m.index(0, AgentTreeModel::State, team).data().toString();
        };
        m.applyState(AgentState{u"u-1"_s, u"Anna"_s, u"väst"_s, AgentStatus::Busy, std::nullopt, t2});
        QCOMPARE(stateOf(), u"Upptagen"_s);
        // WHEN a snapshot taken before the accept arrives after its event
        m.setAgents(QJsonArray{QJsonObject{{u"agentId"_s, u"u-1"_s},
                                           {u"displayName"_s, u"Anna"_s},
                                           {u"team"_s, u"väst"_s},
                                           {u"state"_s, u"not_ready"_s},
                                           {u"since"_s, t1.toString(Qt::ISODateWithMs)},
                                           {u"handledToday"_s, 0}}});
        // THEN the newer state stays
        QCOMPARE(stateOf(), u"Upptagen"_s);
        // and a late event older than what is shown changes nothing
        m.applyState(AgentState{u"u-1"_s, u"Anna"_s, u"väst"_s, AgentStatus::NotReady, std::nullopt, t1});
        QCOMPARE(stateOf(), u"Upptagen"_s);
        // while a newer snapshot wins
        m.setAgents(QJsonArray{QJsonObject{{u"agentId"_s, u"u-1"_s},
                                           {u"displayName"_s, u"Anna"_s},
                                           {u"team"_s, u"väst"_s},
                                           {u"state"_s, u"ready"_s},
                                           {u"since"_s, t2.addSecs(5).toString(Qt::ISODateWithMs)},
                                           {u"handledToday"_s, 1}}});
        QCOMPARE(stateOf(), u"Redo"_s);
    }

    // A burst (one event-loop turn of events) is applied in one pass: the figures are those of the
    // events applied one by one, and the proxies see one dataChanged per parent, not one per event.
    void aBurstIsAppliedInOnePass()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(9, 0), QTimeZone::UTC);
        const auto clock = [&now] { return now; };
        QueueStatsModel queues(clock), oneByOne(clock);
        AgentTreeModel agents, agentsOneByOne;
        QAbstractItemModelTester t1(&queues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&agents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QueueStats> stats;
        QJsonArray items;
        for (int i = 0; i < 6; ++i) {
            QueueStats s;
            s.queue = u"q%1"_s.arg(i);
            stats << s;
            items.append(QJsonObject{{u"agentId"_s, u"u-%1"_s.arg(i)},
                                     {u"displayName"_s, u"Agent %1"_s.arg(i)},
                                     {u"team"_s, u"team %1"_s.arg(i % 2)},
                                     {u"state"_s, u"ready"_s},
                                     {u"since"_s, now.toString(Qt::ISODateWithMs)},
                                     {u"handledToday"_s, 0}});
        }
        queues.setStats(stats);
        oneByOne.setStats(stats);
        agents.setAgents(items);
        agentsOneByOne.setAgents(items);
        QList<QueueStats> statsBurst;
        QList<AgentState> statesBurst;
        for (int i = 0; i < 40; ++i) {
            QueueStats s = stats[i % 6];
            s.waiting = i;
            s.answeredToday = 100 + i;
            statsBurst << s;
            statesBurst << AgentState{u"u-%1"_s.arg(i % 6),
                                      u"Agent %1"_s.arg(i % 6),
                                      u"team %1"_s.arg(i % 6 % 2),
                                      i % 3 ? AgentStatus::Busy : AgentStatus::WrapUp,
                                      std::nullopt,
                                      now.addSecs(i)};
        }
        QueueStats fresh;
        fresh.queue = u"q-new"_s;
        fresh.waiting = 3;
        statsBurst << fresh << fresh;
        statesBurst << AgentState{u"u-new"_s, u"Ny"_s, u"team 1"_s, AgentStatus::Ready, std::nullopt, now};
        QSignalSpy queueChanges(&queues, &QAbstractItemModel::dataChanged);
        QSignalSpy queueInserts(&queues, &QAbstractItemModel::rowsInserted);
        QSignalSpy agentChanges(&agents, &QAbstractItemModel::dataChanged);
        queues.applyStats(statsBurst);
        agents.applyStates(statesBurst);
        QCOMPARE(queueChanges.count(), 1);
        QCOMPARE(queueInserts.count(), 1); // the new queue, once
        QCOMPARE(agentChanges.count(), 2); // one per team
        for (const QueueStats& s : std::as_const(statsBurst))
            oneByOne.applyStats(s);
        for (const AgentState& s : std::as_const(statesBurst))
            agentsOneByOne.applyState(s);
        QCOMPARE(queues.rowCount(), oneByOne.rowCount());
        for (int r = 0; r < queues.rowCount(); ++r)
            for (int c = 0; c < QueueStatsModel::ColumnCount; ++c)
                QCOMPARE(queues.index(r, c).data().toString(), oneByOne.index(r, c).data().toString());
        QCOMPARE(agents.rowCount(), agentsOneByOne.rowCount());
        for (int t = 0; t < agents.rowCount(); ++t) {
            const QModelIndex team = agents.index(t, 0), other = agentsOneByOne.index(t, 0);
            QCOMPARE(agents.rowCount(team), agentsOneByOne.rowCount(other));
            for (int r = 0; r < agents.rowCount(team); ++r)
                for (int c = 0; c < AgentTreeModel::ColumnCount; ++c)
                    QCOMPARE(agents.index(r, c, team).data().toString(),
                             agentsOneByOne.index(r, c, other).data().toString());
        }
        QCOMPARE(queues.stats(u"q2"_s)->answeredToday, 100 + 38); // the last of the burst wins
        QCOMPARE(agents.indexOfAgent(u"u-5"_s).siblingAtColumn(AgentTreeModel::State).data().toString(),
                 u"Upptagen"_s); // i = 35: 35 % 3 != 0
    }

    // The supervisor's view over models filled as the server would (no server): the agents serving
    // the selected queues (KSelectionProxyModel), agents unusually long in one state marked in
    // words with the colour beside, release by keyboard, the team's booked callbacks.
    void agentsOfSelectedQueuesAndLongStates()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::UTC);
        const auto clock = [&now] { return now; };
        QueueStatsModel queues(clock);
        AgentTreeModel agents;
        WaitingTreeModel waiting;
        ServingAgentsModel serving(agents);
        ScheduledCallbacksModel callbacks(clock);
        const QList<std::pair<QString, QString>> names{
            {u"anmalan"_s, u"Anmälan"_s}, {u"information"_s, u"Information"_s}, {u"tips"_s, u"Tips"_s}};
        QList<QueueStats> stats;
        for (const auto& [id, name] : names) {
            QueueStats s;
            s.queue = id;
            s.waiting = 1;
            s.longestWaitSeconds = 90;
            stats << s;
        }
        queues.setQueueNames(
            {{u"anmalan"_s, u"Anmälan"_s}, {u"information"_s, u"Information"_s}, {u"tips"_s, u"Tips"_s}});
        queues.setStats(stats);
        waiting.setQueues(names);
        serving.setQueues(names);
        const auto agent = [&](const QString& id, const QString& name, const QString& state, int minutes,
                               const QStringList& serves, const QString& reason = {}, const QString& current = {}) {
            QJsonObject a{{u"agentId"_s, id},
                          {u"displayName"_s, name},
                          {u"team"_s, u"väst"_s},
                          {u"state"_s, state},
                          {u"since"_s, now.addSecs(-60 * minutes).toString(Qt::ISODateWithMs)},
                          {u"handledToday"_s, 2},
                          {u"queues"_s, QJsonArray::fromStringList(serves)}};
            if (!reason.isEmpty())
                a.insert(u"reason"_s, reason);
            if (!current.isEmpty())
                a.insert(u"currentContactId"_s, current);
            return a;
        };
        agents.setAgents(QJsonArray{
            agent(u"u-1"_s, u"Anna Berg"_s, u"busy"_s, 21, {u"anmalan"_s}, {}, u"c-stuck"_s),
            agent(u"u-2"_s, u"Bo Ek"_s, u"wrap_up"_s, 4, {u"anmalan"_s, u"information"_s}),
            agent(u"u-3"_s, u"Cecilia Dahl"_s, u"not_ready"_s, 30, {u"information"_s}, u"Lunch"_s),
            agent(u"u-4"_s, u"David Falk"_s, u"not_ready"_s, 16, {u"tips"_s}),
            agent(u"u-5"_s, u"Eva Gran"_s, u"ready"_s, 95, {u"tips"_s, u"anmalan"_s}),
        });
        callbacks.setContacts(QJsonArray{
            QJsonObject{{u"id"_s, u"c-cb2"_s},
                        {u"state"_s, u"scheduled"_s},
                        {u"queue"_s, u"anmalan"_s},
                        {u"callbackAt"_s, now.addDays(1).toString(Qt::ISODateWithMs)},
                        {u"callbackNote"_s, u"Vill veta om anmälan kommit fram"_s},
                        {u"caller"_s, QJsonObject{{u"name"_s, u"Gustav Holm"_s}}}},
            QJsonObject{{u"id"_s, u"c-cb1"_s},
                        {u"state"_s, u"scheduled"_s},
                        {u"queue"_s, u"information"_s},
                        {u"callbackAt"_s, now.addSecs(45 * 60).toString(Qt::ISODateWithMs)},
                        {u"callbackNote"_s, u"Ring efter lunch"_s},
                        {u"caller"_s, QJsonObject{{u"name"_s, u"Frida Ström"_s}}}},
        });
        callbacks.setQueueNames({{u"anmalan"_s, u"Anmälan"_s}, {u"information"_s, u"Information"_s}});
        SupervisorView view(queues, agents, waiting, serving, callbacks, clock);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel* m : {static_cast<QAbstractItemModel*>(&serving),
                                      static_cast<QAbstractProxyModel*>(view.servingProxy())->sourceModel(),
                                      view.servingProxy(), static_cast<QAbstractItemModel*>(&callbacks),
                                      static_cast<QAbstractItemModel*>(&agents), view.agentsProxy()})
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Selecting Anmälan shows it with the agents serving it, and only them.
        view.selectQueues({u"anmalan"_s});
        QAbstractItemModel* s = view.servingProxy();
        const auto shown = [s] {
            QStringList lines;
            for (int q = 0; q < s->rowCount(); ++q) {
                const QModelIndex queue = s->index(q, 0);
                QStringList ids;
                for (int r = 0; r < s->rowCount(queue); ++r)
                    ids << s->index(r, 0, queue).data(SupervisorRoles::IdRole).toString();
                lines << queue.data().toString() + u": " + ids.join(u',');
            }
            return lines;
        };
        QCOMPARE(shown(), QStringList{u"Anmälan: u-1,u-2,u-5"_s});
        view.selectQueues({u"anmalan"_s, u"information"_s});
        QCOMPARE(shown(), (QStringList{u"Anmälan: u-1,u-2,u-5"_s, u"Information: u-2,u-3"_s}));
        view.selectQueues({u"tips"_s});
        QCOMPARE(shown(), QStringList{u"Tips: u-4,u-5"_s});

        // Unusually long: Upptagen 21 min (limit 20), Ej redo 16 min (15); not Efterarbete 4 min (5),
        // Ej redo – Lunch 30 min (60) or Redo (no limit). Said in words, the colour beside.
        QAbstractItemModel* a = view.agentsProxy();
        const int timeColumn = view.agentTimes()->timeColumn();
        const auto timeOf = [&](const QString& id) {
            for (int r = 0; r < a->rowCount(); ++r)
                if (a->index(r, 0).data(SupervisorRoles::IdRole).toString() == id)
                    return a->index(r, timeColumn);
            return QModelIndex();
        };
        QCOMPARE(timeOf(u"u-1"_s).data().toString(), u"21:00 ovanligt länge"_s);
        QCOMPARE(timeOf(u"u-1"_s).data(SupervisorRoles::LevelRole).toInt(), int(Level::Alarm));
        QVERIFY(!timeOf(u"u-1"_s).data(Qt::DecorationRole).isNull());
        QCOMPARE(timeOf(u"u-4"_s).data().toString(), u"16:00 ovanligt länge"_s);
        QCOMPARE(timeOf(u"u-2"_s).data().toString(), u"4:00"_s);
        QCOMPARE(timeOf(u"u-3"_s).data().toString(), u"30:00"_s);
        QCOMPARE(timeOf(u"u-5"_s).data().toString(), u"1:35:00"_s);
        QVERIFY(timeOf(u"u-2"_s).data(Qt::DecorationRole).isNull());
        // Time passes (the injected clock): Efterarbete crosses its 5 minutes.
        now = now.addSecs(61);
        view.agentTimes()->tick();
        QCOMPARE(timeOf(u"u-2"_s).data().toString(), u"5:01 ovanligt länge"_s);
        QCOMPARE(timeOf(u"u-3"_s).data(SupervisorRoles::LevelRole).toInt(), int(Level::Normal));
        // The same marks in the list of the selected queues' agents.
        view.selectQueues({u"anmalan"_s});
        const QModelIndex anmalan = s->index(0, 0);
        QCOMPARE(s->index(0, view.servingTimes()->timeColumn(), anmalan).data().toString(), u"22:01 ovanligt länge"_s);
        // A state change reaches the copy (one row of the team model changed).
        agents.applyState(AgentState{u"u-2"_s, u"Bo Ek"_s, u"väst"_s, AgentStatus::Ready, std::nullopt, now});
        QCOMPARE(s->index(1, AgentTreeModel::State, anmalan).data().toString(), u"Redo"_s);
        QCOMPARE(s->index(1, view.servingTimes()->timeColumn(), anmalan).data().toString(), u"0:00"_s);

        // By keyboard: the list's mnemonic takes the focus there, and the stuck agent's contact is
        // released from it.
        auto* label = view.findChild<QLabel*>(u"servingLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->buddy(), view.servingView());
        QVERIFY(label->text().contains(u'&'));
        view.servingView()->setFocus();
        view.servingView()->setCurrentIndex(s->index(0, 0, anmalan)); // Anna, 22 min Upptagen
        QSignalSpy released(&view, &SupervisorView::releaseRequested);
        QTest::keyClick(view.servingView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(released.count(), 1);
        QCOMPARE(released.at(0).at(0).toString(), u"c-stuck"_s);

        // The booked callbacks: the earliest first; the time alone today, with the day otherwise.
        QCOMPARE(callbacks.rowCount(), 2);
        QCOMPARE(callbacks.index(0, ScheduledCallbacksModel::Caller).data().toString(), u"Frida Ström"_s);
        QCOMPARE(callbacks.index(0, ScheduledCallbacksModel::CallbackAt).data().toString(),
                 now.addSecs(45 * 60 - 61).toLocalTime().toString(u"HH:mm"_s));
        QCOMPARE(callbacks.index(0, ScheduledCallbacksModel::Queue).data().toString(), u"Information"_s);
        QVERIFY(callbacks.index(1, ScheduledCallbacksModel::CallbackAt).data().toString().size() > 5);
        view.selectQueues({u"anmalan"_s, u"tips"_s});
        view.agentsView()->setCurrentIndex(timeOf(u"u-1"_s).siblingAtColumn(0));
        shoot(&view, "supervisor-marks");
        // Its time came: it is waiting now, not booked; its caller's name stays known for alerts.
        callbacks.upsert(QJsonObject{{u"id"_s, u"c-cb1"_s},
                                     {u"state"_s, u"waiting"_s},
                                     {u"queue"_s, u"information"_s},
                                     {u"callbackAt"_s, now.toString(Qt::ISODateWithMs)},
                                     {u"caller"_s, QJsonObject{{u"name"_s, u"Frida Ström"_s}}}});
        QCOMPARE(callbacks.rowCount(), 1);
        QCOMPARE(callbacks.idAt(0), u"c-cb2"_s);
        QCOMPARE(callbacks.callerOf(u"c-cb1"_s), u"Frida Ström"_s);
    }

    // The wallboard at 1366 px: every header whole (long ones on two lines), the type large.
    void wallboardHeadersFit()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(9, 30), QTimeZone::UTC);
        const auto clock = [&now] { return now; };
        QueueStatsModel queues(clock);
        AgentTreeModel agents;
        WaitingTreeModel waiting;
        ServingAgentsModel serving(agents);
        ScheduledCallbacksModel callbacks(clock);
        QList<QueueStats> stats;
        for (const QString& id : {u"anmalan"_s, u"information"_s, u"tips"_s}) {
            QueueStats s;
            s.queue = id;
            s.waiting = 12;
            s.longestWaitSeconds = 754;
            s.answeredToday = 148;
            s.abandonedToday = 9;
            s.serviceLevelPercent = 84.3;
            s.serviceLevelThresholdSeconds = 60;
            s.averageHandleSeconds = 412;
            stats << s;
        }
        queues.setQueueNames(
            {{u"anmalan"_s, u"Anmälan"_s}, {u"information"_s, u"Information"_s}, {u"tips"_s, u"Tips"_s}});
        queues.setStats(stats);
        queues.setThresholds(u"anmalan"_s, Thresholds{600, 80, 10});
        SupervisorView view(queues, agents, waiting, serving, callbacks, clock);
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setWallboard(true);
        QCoreApplication::processEvents();
        QHeaderView* header = view.queuesView()->horizontalHeader();
        QCOMPARE(header->model()->headerData(QueueStatsModel::AverageHandle, Qt::Horizontal).toString(),
                 u"Genomsnittlig\nhanteringstid"_s);
        const QFontMetrics fm(header->font());
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QStringList lines = header->model()->headerData(c, Qt::Horizontal).toString().split(u'\n');
            for (const QString& line : lines)
                QVERIFY2(fm.horizontalAdvance(line) + 8 <= header->sectionSize(c),
                         qPrintable(line + u" in "_s + QString::number(header->sectionSize(c))));
        }
        // Nothing to scroll sideways on a wall.
        QVERIFY(!view.queuesView()->horizontalScrollBar()->isVisible());
        shoot(&view, "wallboard-1366");
        view.setWallboard(false);
        QCOMPARE(header->model()->headerData(QueueStatsModel::AverageHandle, Qt::Horizontal).toString(),
                 u"Genomsnittlig hanteringstid"_s);
    }

    void aScriptedHourOnTheWallboard()
    {
        Desk d;
        QVERIFY(d.start());
        SupervisorDesk* desk = d.ws->supervisorDesk();
        SupervisorView* v = d.view();
        QVERIFY(v->isVisible());
        QVERIFY(!d.window->queuePanel()->isVisible()); // the agent's queue is not the supervisor's view
        // Nor are the agent's actions (take next, complete, Redo) in the Kontakt menu.
        for (QAction* a : d.window->contactMenu()->actions()) {
            QVERIFY(a->shortcut() != QKeySequence(Qt::CTRL | Qt::Key_Return));
            QVERIFY(a->shortcut() != QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        }
        QHash<QString, Count> count;
        for (const QString& q : {QStringLiteral("anmalan"), QStringLiteral("information")})
            count[q].waiting = int(d.waitingIds(q).size());
        QVERIFY(count[u"anmalan"_s].waiting > 2);
        auto same = [&](const QString& queue) {
            const auto s = desk->queues().stats(queue);
            const Count c = count.value(queue);
            if (!s)
                return false;
            const int offered = c.answered + c.abandoned;
            const double level = offered == 0 ? 100.0 : qRound(1000.0 * c.answered / offered) / 10.0;
            // Counters never disagree with lists: the waiting list of the queue has as many rows.
            return s->waiting == c.waiting && s->answeredToday == c.answered && s->abandonedToday == c.abandoned &&
                   qFuzzyCompare(s->serviceLevelPercent, level) && desk->waiting().waitingCount(queue) == c.waiting;
        };
        QTRY_VERIFY(same(u"anmalan"_s));
        QTRY_VERIFY(same(u"information"_s));
        const int anmalanRow = desk->queues().rowOf(u"anmalan"_s);
        QCOMPARE(cell(v->queuesProxy(), anmalanRow, QueueStatsModel::Queue), u"Anmälan"_s);
        shoot(d.window.get(), "supervisor-view");

        // The agent takes and completes one, a caller hangs up on another.
        QStringList waiting = d.waitingIds(u"anmalan"_s);
        QVERIFY(d.store().contacts().accept(d.agent, waiting[0]));
        --count[u"anmalan"_s].waiting;
        ++count[u"anmalan"_s].answered;
        QTRY_VERIFY(same(u"anmalan"_s));
        // Found again each time: a full reload (after a reconnect under load) replaces the rows.
        const auto agentRow = [&] {
            QAbstractItemModel* m = v->agentsProxy();
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, 0).data(SupervisorRoles::IdRole).toString() == d.agent.id)
                    return m->index(r, 0);
            return QModelIndex();
        };
        QVERIFY(agentRow().isValid());
        QTRY_COMPARE(agentRow().data(SupervisorRoles::CurrentContactRole).toString(), waiting[0]);
        // The subject, not the caller: the view may hang on a wall.
        QTRY_COMPARE(agentRow().siblingAtColumn(AgentTreeModel::CurrentContact).data().toString(),
                     d.store().contacts().get(d.agent, waiting[0])->subject);
        QTRY_COMPARE(agentRow().siblingAtColumn(AgentTreeModel::State).data().toString(), u"Upptagen"_s);
        QVERIFY(d.store().contacts().complete(d.agent, waiting[0], Disposition::AdviceGiven, std::nullopt));
        QTRY_COMPARE(agentRow().siblingAtColumn(AgentTreeModel::HandledToday).data().toString(), u"1"_s);
        QCOMPARE(agentRow().siblingAtColumn(AgentTreeModel::CurrentContact).data().toString(), QString());
        QCOMPARE(agentRow().data(SupervisorRoles::CurrentContactRole).toString(), QString());
        User caller;
        caller.id = QStringLiteral("u-caller-gone");
        QVERIFY(d.store().contacts().abandon(caller, waiting[1]));
        --count[u"anmalan"_s].waiting;
        ++count[u"anmalan"_s].abandoned;
        QTRY_VERIFY(same(u"anmalan"_s));

        // Re-prioritise by keyboard: the lowest-priority waiting contact of Anmälan goes up one.
        v->selectQueues({u"anmalan"_s});
        QAbstractItemModel* list = v->waitingProxy();
        QTRY_COMPARE(list->rowCount(), count[u"anmalan"_s].waiting);
        const QModelIndex last = list->index(list->rowCount() - 1, 0);
        const QString lastId = last.data(SupervisorRoles::IdRole).toString();
        const int before = last.data(SupervisorRoles::PriorityRole).toInt();
        QVERIFY(before > 1);
        v->waitingView()->setFocus();
        v->waitingView()->setCurrentIndex(last);
        QVERIFY(v->raiseAction()->isEnabled());
        QTest::keyClick(v->waitingView(), Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(d.store().contacts().get(d.agent, lastId)->priority, before - 1);
        QTRY_VERIFY([&] {
            for (int r = 0; r < list->rowCount(); ++r)
                if (list->index(r, 0).data(SupervisorRoles::IdRole).toString() == lastId)
                    return list->index(r, 0).data(SupervisorRoles::PriorityRole).toInt() == before - 1;
            return false;
        }());

        // The agent takes one and signs out holding it; the supervisor releases it.
        waiting = d.waitingIds(u"anmalan"_s);
        QVERIFY(d.store().contacts().accept(d.agent, waiting[0]));
        --count[u"anmalan"_s].waiting;
        ++count[u"anmalan"_s].answered;
        QTRY_VERIFY(same(u"anmalan"_s));
        QTRY_COMPARE(agentRow().data(SupervisorRoles::CurrentContactRole).toString(), waiting[0]);
        v->agentsView()->setFocus();
        v->agentsView()->setCurrentIndex(agentRow());
        QVERIFY(v->releaseAction()->isEnabled());
        QTest::keyClick(v->agentsView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        ++count[u"anmalan"_s].waiting;
        --count[u"anmalan"_s].answered; // waiting again: answered when a colleague takes it
        QTRY_VERIFY(same(u"anmalan"_s));

        // A reconnect in the middle: events missed while away, then one full load.
        d.ws->engine()->stopLive();
        waiting = d.waitingIds(u"information"_s);
        QVERIFY(!waiting.isEmpty());
        QVERIFY(d.store().contacts().accept(d.agent, waiting[0]));
        QVERIFY(d.demo.addContact(1));
        QString added, addedQueue;
        {
            auto q = d.store().database().exec(
                QStringLiteral("SELECT id, queue FROM contacts ORDER BY received_at DESC, id DESC LIMIT 1"));
            QVERIFY(q && q->next());
            added = q->value(0).toString();
            addedQueue = q->value(1).toString();
        }
        --count[u"information"_s].waiting;
        ++count[u"information"_s].answered;
        ++count[addedQueue].waiting;
        QVERIFY(!same(u"information"_s)); // missed
        QSignalSpy loaded(desk, &SupervisorDesk::loaded);
        sync::ConnectionState s;
        s.kind = sync::ConnectionState::Kind::Reconnecting;
        Q_EMIT d.ws->engine()->stateChanged(s);
        d.ws->engine()->startLive();
        s.kind = sync::ConnectionState::Kind::Online;
        Q_EMIT d.ws->engine()->stateChanged(s);
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(same(u"information"_s));
        QTRY_VERIFY(same(u"anmalan"_s));
        QVERIFY(d.ws->store()->contact(added));
    }

    void anAlertComesAndGoes()
    {
        Desk d;
        QVERIFY(d.start());
        SupervisorDesk* desk = d.ws->supervisorDesk();
        SupervisorView* v = d.view();
        const QStringList waiting = d.waitingIds(u"anmalan"_s);
        QTRY_COMPARE(desk->queues().stats(u"anmalan"_s).value_or(QueueStats{}).waiting, int(waiting.size()));
        QVERIFY(!v->alertBanner()->isVisible());
        // The supervisor sets "more than N waiting" on Anmälan by keyboard, N one below now.
        v->editThresholds = [&](const QString&, const Thresholds&, const auto& answer) {
            answer(Thresholds{std::nullopt, std::nullopt, int(waiting.size()) - 1});
        };
        v->selectQueues({u"anmalan"_s});
        v->queuesView()->setFocus();
        v->queuesView()->setCurrentIndex(v->queuesProxy()->index(desk->queues().rowOf(u"anmalan"_s), 0));
        QTest::keyClick(v->queuesView(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(v->alertBanner()->isVisible());
        QVERIFY2(v->alertBanner()->text().contains(u"Anmälan"_s), qPrintable(v->alertBanner()->text()));
        QCOMPARE(d.notifier.shown.size(), 1);
        QCOMPARE(v->alertLog()->count(), 1);
        QTRY_VERIFY(desk->queues().thresholds(u"anmalan"_s).waiting.has_value());
        QTRY_COMPARE(v->queuesProxy()
                         ->index(desk->queues().rowOf(u"anmalan"_s), QueueStatsModel::Waiting)
                         .data(SupervisorRoles::LevelRole)
                         .toInt(),
                     int(Level::Alarm));
        shoot(d.window.get(), "supervisor-alert");
        // Wallboard: F11, large type, only the queues and the banner.
        QTest::keyClick(d.window.get(), Qt::Key_F11);
        QVERIFY(v->isWallboard());
        QVERIFY(!v->agentsView()->isVisible());
        QVERIFY(v->queuesView()->font().pointSizeF() > 2 * d.window->font().pointSizeF());
        shoot(d.window.get(), "wallboard");
        QTest::keyClick(d.window.get(), Qt::Key_F11);
        QVERIFY(!v->isWallboard());
        // The agent takes one: the value recovers, the banner goes, the log keeps both.
        QVERIFY(d.store().contacts().accept(d.agent, waiting[0]));
        QTRY_VERIFY(!v->alertBanner()->isVisible());
        QCOMPARE(v->alertLog()->count(), 2);
        QCOMPARE(d.notifier.shown.size(), 1);
    }

    // The demo's traffic moves the figures, and the same seed tells the same story.
    void demoTrafficMovesTheFigures()
    {
        Desk d;
        QVERIFY(d.start());
        SupervisorDesk* desk = d.ws->supervisorDesk();
        DemoTraffic traffic(*d.demo.server(), {.interval = std::chrono::milliseconds(0)});
        QVERIFY(traffic.start());
        for (int i = 0; i < 30; ++i)
            traffic.step();
        QVERIFY(traffic.arrived() > 5);
        QVERIFY(traffic.completed() > 5);
        QVERIFY(traffic.abandoned() > 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString& q : {u"anmalan"_s, u"information"_s}) {
            const QueueStats server = d.store().stats().forQueue(q, now);
            QTRY_COMPARE(desk->queues().stats(q).value_or(QueueStats{}).answeredToday, server.answeredToday);
            QTRY_COMPARE(desk->queues().stats(q).value_or(QueueStats{}).abandonedToday, server.abandonedToday);
            QTRY_COMPARE(desk->queues().stats(q).value_or(QueueStats{}).waiting, server.waiting);
            QTRY_COMPARE(desk->waiting().waitingCount(q), server.waiting);
        }
        // The demo agents joined the team live (agent.state events): one team row and a row for
        // every agent of the team on the server (the classroom's ovning1…12 and the traffic's).
        auto team = d.store().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'agent' AND team = 'Skara övning'"));
        QVERIFY(team && team->next());
        const int agents = team->value(0).toInt();
        QVERIFY(agents > 12); // the traffic's agents came on top of the classroom's
        QTRY_COMPARE(d.view()->agentsProxy()->rowCount(), 1 + agents);
        d.view()->selectQueues({u"anmalan"_s, u"information"_s});
        shoot(d.window.get(), "supervisor-demo");

        DemoEnvironment again;
        QVERIFY(again.start().ok());
        DemoTraffic replay(*again.server(), {.interval = std::chrono::milliseconds(0)});
        QVERIFY(replay.start());
        for (int i = 0; i < 30; ++i)
            replay.step();
        QCOMPARE(replay.arrived(), traffic.arrived());
        QCOMPARE(replay.completed(), traffic.completed());
        QCOMPARE(replay.abandoned(), traffic.abandoned());
    }

    // Alerts raised and cleared while the connection was down are said after the reconnect (banner,
    // desktop notification, status bar, screen reader; the log is the server's, with its times),
    // and a missed booked callback reads as one.
    void alertsWhileDisconnectedAreSaid()
    {
        static QStringList said;
        said.clear();
        setAnnouncementListener([](QObject*, const QString& text, Politeness) { said << text; });
        const auto noListener = qScopeGuard([] { setAnnouncementListener(nullptr); });
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC);
        Desk d;
        d.now = [&now] { return now; };
        d.demo.setClock(d.now);
        QVERIFY(d.start());
        SupervisorDesk* desk = d.ws->supervisorDesk();
        SupervisorView* v = d.view();
        QTRY_VERIFY(desk->isLoaded());
        QVERIFY(!v->alertBanner()->isVisible());
        const QStringList waiting = d.waitingIds(u"anmalan"_s);
        const auto reconnect = [&] {
            QSignalSpy loaded(desk, &SupervisorDesk::loaded);
            sync::ConnectionState s;
            s.kind = sync::ConnectionState::Kind::Reconnecting;
            Q_EMIT d.ws->engine()->stateChanged(s);
            d.ws->engine()->startLive();
            s.kind = sync::ConnectionState::Kind::Online;
            Q_EMIT d.ws->engine()->stateChanged(s);
            return loaded.wait(10000);
        };

        // Away: "more than N waiting" on Anmälan, N one below now, raises an alert meanwhile.
        d.ws->engine()->stopLive();
        QVERIFY(d.store().supervision().setThresholds(d.supervisor, u"anmalan"_s,
                                                      QJsonObject{{u"waiting"_s, int(waiting.size()) - 1}}));
        QVERIFY(d.demo.server()->evaluateAlerts() > 0);
        QCoreApplication::processEvents();
        QVERIFY(!v->alertBanner()->isVisible()); // missed
        said.clear();
        QVERIFY(reconnect());
        QVERIFY(v->alertBanner()->isVisible());
        QVERIFY2(v->alertBanner()->text().contains(u"Anmälan"_s), qPrintable(v->alertBanner()->text()));
        QCOMPARE(d.notifier.shown.size(), 1);
        QVERIFY2(d.notifier.shown.first().contains(u"Anmälan"_s), qPrintable(d.notifier.shown.first()));
        QVERIFY2(said.join(u'|').contains(u"Larm medan anslutningen var nere: Anmälan"_s), qPrintable(said.join(u'|')));
        QVERIFY(d.window->statusBar()->currentMessage().contains(u"Larm medan anslutningen var nere"_s));
        QTRY_COMPARE(v->alertLog()->count(), 1); // the server's log, with the time it was raised
        QVERIFY(v->alertLog()->item(0)->text().startsWith(now.toLocalTime().toString(u"HH:mm"_s)));

        // Away again: the agent takes one, the value recovers meanwhile.
        d.ws->engine()->stopLive();
        QVERIFY(d.store().contacts().accept(d.agent, waiting[0]));
        now = now.addSecs(120);
        d.demo.server()->evaluateAlerts();
        said.clear();
        QVERIFY(reconnect());
        QVERIFY(!v->alertBanner()->isVisible());
        QVERIFY2(said.join(u'|').contains(u"Återställt medan anslutningen var nere: Anmälan"_s),
                 qPrintable(said.join(u'|')));
        QCOMPARE(d.notifier.shown.size(), 1); // a recovery is no desktop notification
        QTRY_VERIFY(v->alertLog()->item(0)->text().contains(u"återställt"_s));

        // A booked callback (issue 15) in the team's list, and its missed-callback alert in words.
        Q_EMIT d.ws->engine()->eventReceived(
            u"contact.created"_s,
            QJsonObject{{u"id"_s, u"c-callback"_s},
                        {u"state"_s, u"scheduled"_s},
                        {u"queue"_s, u"anmalan"_s},
                        {u"callbackAt"_s, now.addSecs(600).toString(Qt::ISODateWithMs)},
                        {u"callbackNote"_s, u"Ring om ärendet"_s},
                        {u"caller"_s, QJsonObject{{u"name"_s, u"Frida Ström"_s}}}},
            -1);
        QCOMPARE(desk->callbacks().rowCount(), 1);
        QCOMPARE(d.view()->callbacksView()->model()->index(0, ScheduledCallbacksModel::Caller).data().toString(),
                 u"Frida Ström"_s);
        Q_EMIT d.ws->engine()->eventReceived(
            u"contact.updated"_s,
            QJsonObject{{u"id"_s, u"c-callback"_s},
                        {u"state"_s, u"waiting"_s},
                        {u"queue"_s, u"anmalan"_s},
                        {u"callbackAt"_s, now.addSecs(600).toString(Qt::ISODateWithMs)},
                        {u"caller"_s, QJsonObject{{u"name"_s, u"Frida Ström"_s}}}},
            -1);
        QCOMPARE(desk->callbacks().rowCount(), 0); // its time came: waiting in the queue now
        Q_EMIT d.ws->engine()->eventReceived(u"alert.raised"_s,
                                             QJsonObject{{u"id"_s, u"a-callback"_s},
                                                         {u"kind"_s, u"callback_missed"_s},
                                                         {u"queue"_s, u"anmalan"_s},
                                                         {u"value"_s, 17},
                                                         {u"threshold"_s, 15},
                                                         {u"contactId"_s, u"c-callback"_s},
                                                         {u"raisedAt"_s, now.toString(Qt::ISODateWithMs)}},
                                             -1);
        QVERIFY2(v->alertBanner()->text().contains(u"Anmälan: återuppringning till Frida Ström är 17 min sen"_s),
                 qPrintable(v->alertBanner()->text()));
        QVERIFY(v->alertLog()->item(0)->text().contains(u"Frida Ström är 17 min sen"_s));
    }

    // Booked callbacks (issue 15) on the real server: the team's list from the full load and from
    // contact.created, gone when its time comes, and a missed callback in the banner in words.
    void bookedCallbacksOnTheRealServer()
    {
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::UTC);
        Desk d;
        d.now = [&now] { return now; };
        d.demo.setClock(d.now);
        QVERIFY(d.start());
        SupervisorDesk* desk = d.ws->supervisorDesk();
        SupervisorView* v = d.view();
        QTRY_VERIFY(desk->isLoaded());
        QCOMPARE(desk->callbacks().rowCount(), 0);
        const auto book = [&](const QString& id, int minutes, const QString& note) {
            return d.store().contacts().accept(d.agent, id).ok() &&
                   d.store()
                       .contacts()
                       .complete(d.agent, id, Disposition::CallbackBooked, std::nullopt, {},
                                 server::CallbackBooking{now.addSecs(60 * minutes), note})
                       .ok();
        };
        const QStringList waiting = d.waitingIds(u"anmalan"_s);
        QVERIFY(waiting.size() >= 2);
        const QString firstCaller = d.store().contacts().get(d.agent, waiting[0])->caller.name;
        const QString secondCaller = d.store().contacts().get(d.agent, waiting[1])->caller.name;

        // Booked while the supervisor was away: the full load after the reconnect has it.
        d.ws->engine()->stopLive();
        QVERIFY(book(waiting[0], 60, u"Ring om anmälan"_s));
        QSignalSpy loaded(desk, &SupervisorDesk::loaded);
        sync::ConnectionState s;
        s.kind = sync::ConnectionState::Kind::Reconnecting;
        Q_EMIT d.ws->engine()->stateChanged(s);
        d.ws->engine()->startLive();
        s.kind = sync::ConnectionState::Kind::Online;
        Q_EMIT d.ws->engine()->stateChanged(s);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(desk->callbacks().rowCount(), 1);
        QCOMPARE(desk->callbacks().index(0, ScheduledCallbacksModel::Caller).data().toString(), firstCaller);
        QCOMPARE(desk->callbacks().index(0, ScheduledCallbacksModel::Note).data().toString(), u"Ring om anmälan"_s);
        QCOMPARE(desk->callbacks().index(0, ScheduledCallbacksModel::Queue).data().toString(), u"Anmälan"_s);

        // Booked live: contact.created; the earlier time first.
        QVERIFY(book(waiting[1], 30, u"Efter lunch"_s));
        QTRY_COMPARE(desk->callbacks().rowCount(), 2);
        QCOMPARE(desk->callbacks().index(0, ScheduledCallbacksModel::Caller).data().toString(), secondCaller);
        // (With the day: the workstation's clock is the wall clock, this server's a pinned day.)
        QVERIFY(desk->callbacks()
                    .index(0, ScheduledCallbacksModel::CallbackAt)
                    .data()
                    .toString()
                    .endsWith(now.addSecs(30 * 60).toLocalTime().toString(u"HH:mm"_s)));
        const QString callback = desk->callbacks().idAt(0);

        // Its time comes: waiting in the queue, no longer booked.
        now = now.addSecs(31 * 60);
        d.demo.server()->evaluateAlerts();
        QTRY_COMPARE(desk->callbacks().rowCount(), 1);
        QTRY_VERIFY(d.ws->store()->contact(callback).has_value());
        // Nobody takes it for more than 15 minutes: the alert names the caller and how late.
        now = now.addSecs(16 * 60);
        d.demo.server()->evaluateAlerts();
        QTRY_VERIFY(v->alertBanner()->isVisible());
        QVERIFY2(
            v->alertBanner()->text().contains(u"Anmälan: återuppringning till "_s + secondCaller + u" är 17 min sen"_s),
            qPrintable(v->alertBanner()->text()));
        shoot(d.window.get(), "supervisor-callbacks");
    }

    // The dialogs open with open(): the shortcut returns at once (exec() would block here until
    // the dialog closed), events keep arriving, and the answer comes when it closes.
    void dialogsDoNotBlock()
    {
        Desk d;
        QVERIFY(d.start());
        SupervisorView* v = d.view();
        QSignalSpy asked(v, &SupervisorView::thresholdsChangeRequested);
        QTRY_VERIFY(d.ws->supervisorDesk()->queues().stats(u"anmalan"_s).has_value());
        v->selectQueues({u"anmalan"_s});
        v->queuesView()->setFocus();
        v->queuesView()->setCurrentIndex(
            v->queuesProxy()->index(d.ws->supervisorDesk()->queues().rowOf(u"anmalan"_s), 0));
        v->thresholdsAction()->trigger(); // returns: nothing waits inside
        auto* dialog = v->findChild<QDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(): modal to the window, no loop
        QCOMPARE(asked.count(), 0);
        const auto boxes = dialog->findChildren<QSpinBox*>();
        QCOMPARE(boxes.size(), 3);
        boxes.at(2)->setValue(7); // waiting more than 7
        dialog->accept();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), u"anmalan"_s);
        QCOMPARE(asked.at(0).at(1).value<Thresholds>().waiting, std::optional<int>(7));
        QTRY_VERIFY(!v->findChild<QDialog*>()); // deleted on close
    }

    // Today in charts: the series hold the server's per-15-minute figures of the selected queue,
    // and follow the traffic and a change of the selected queue.
    void todayInCharts()
    {
        // "Today" is the server's, on a pinned clock that moves with the traffic: the test means
        // the same at 23:59 and on any date.
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(7, 0), QTimeZone::UTC);
        Desk d;
        d.now = [&now] { return now; };
        d.demo.setClock(d.now);
        QVERIFY(d.start());
        IntervalChart* chart = d.view()->chart();
        QVERIFY(chart);
        QCOMPARE(chart->countAxis()->titleText(), u"Kontakter"_s); // Swedish axis titles
        QCOMPARE(chart->hourAxis()->titleText(), u"Klockslag (timme)"_s);
        QCOMPARE(chart->percentAxis()->titleText(), u"Procent"_s);
        DemoTraffic traffic(*d.demo.server(), {.interval = std::chrono::milliseconds(0)});
        QVERIFY(traffic.start());
        for (int i = 0; i < 24; ++i) {
            now = now.addSecs(150); // an hour of traffic: several 15-minute intervals
            traffic.step();
        }
        const auto matches = [&](const QString& queue) {
            auto server = d.store().supervision().intervals(d.supervisor, queue, QDate(), now);
            if (!server)
                return false;
            const QJsonArray items = server->value(u"items").toArray();
            if (items.isEmpty() || chart->arrivedSeries()->count() != items.size() ||
                chart->answeredSeries()->count() != items.size() ||
                chart->serviceLevelSeries()->count() != items.size())
                return false;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                const QDateTime start =
                    QDateTime::fromString(item[u"start"].toString(), Qt::ISODateWithMs).toLocalTime();
                const double hour = start.time().msecsSinceStartOfDay() / 3'600'000.0;
                if (!qFuzzyCompare(1 + chart->arrivedSeries()->at(i).x(), 1 + hour) ||
                    chart->arrivedSeries()->at(i).y() != item[u"arrived"].toInt() ||
                    chart->answeredSeries()->at(i).y() != item[u"answered"].toInt() ||
                    !qFuzzyCompare(chart->serviceLevelSeries()->at(i).y(), item[u"serviceLevelPercent"].toDouble()))
                    return false;
            }
            return true;
        };
        d.view()->selectQueues({u"anmalan"_s});
        QTRY_VERIFY(matches(u"anmalan"_s));
        int arrivedToday = 0;
        for (int i = 0; i < chart->arrivedSeries()->count(); ++i)
            arrivedToday += int(chart->arrivedSeries()->at(i).y());
        QVERIFY(arrivedToday > 0); // the traffic's contacts are in the chart
        QVERIFY(!chart->chart()->title().isEmpty());
        d.view()->selectQueues({u"information"_s});
        QTRY_VERIFY(matches(u"information"_s));
        QVERIFY(chart->arrivedSeries()->count() >= 4); // the hour's intervals, not one
        // More traffic: the chart follows the queue.stats events.
        for (int i = 0; i < 10; ++i) {
            now = now.addSecs(150);
            traffic.step();
        }
        QTRY_VERIFY(matches(u"information"_s));
        d.window->resize(1600, 900);
        shoot(d.window.get(), "supervisor-charts");
        shoot(chart, "supervisor-chart");
    }

    // `kontaktcenter --demo --role supervisor`: main.cpp's wiring (startDemoTraffic) gives the
    // supervisor's demo traffic, signed in as the classroom's gruppchef, and the figures move;
    // the agent's and the trainer's demos stay still.
    void supervisorDemoTrafficWiring()
    {
        for (Role role : {Role::Agent, Role::Trainer}) {
            DemoEnvironment still(role);
            QVERIFY(still.start().ok());
            auto none = startDemoTraffic(still, {.interval = std::chrono::milliseconds(0)});
            QVERIFY(none.ok());
            QVERIFY(!none.value());
        }
        DemoEnvironment demo(Role::Supervisor);
        QVERIFY(demo.start().ok());
        QCOMPARE(demo.agentUsername(), u"gruppchef"_s);
        RecordingNotifier notifier;
        MainWindow window(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        Workstation ws(window, &notifier);
        QSignalSpy ready(&ws, &Workstation::ready);
        QVERIFY(ws.start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        QVERIFY(ready.wait(10000));
        QVERIFY(ws.supervisorDesk());
        SupervisorDesk* desk = ws.supervisorDesk();
        QTRY_VERIFY(desk->queues().stats(u"anmalan"_s).has_value());
        const int answeredBefore = desk->queues().stats(u"anmalan"_s)->answeredToday +
                                   desk->queues().stats(u"information"_s).value_or(QueueStats{}).answeredToday;

        auto traffic = startDemoTraffic(demo, {.interval = std::chrono::milliseconds(0)});
        QVERIFY(traffic.ok());
        QVERIFY(traffic.value());
        for (int i = 0; i < 20; ++i)
            traffic.value()->step();
        QVERIFY(traffic.value()->completed() > 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int answered = 0;
        for (const QString& q : {u"anmalan"_s, u"information"_s}) {
            const QueueStats server = demo.server()->store().stats().forQueue(q, now);
            QTRY_COMPARE(desk->queues().stats(q).value_or(QueueStats{}).answeredToday, server.answeredToday);
            QTRY_COMPARE(desk->queues().stats(q).value_or(QueueStats{}).waiting, server.waiting);
            answered += server.answeredToday;
        }
        QVERIFY(answered >= answeredBefore + traffic.value()->completed()); // taken ones count as answered too
    }
};

QTEST_MAIN(TestSupervisorDesk)
#include "tst_supervisordesk.moc"
