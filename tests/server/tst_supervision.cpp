// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Issue 12 on the server: a scripted day through the real REST service (arrive, accept, complete,
// abandon, re-prioritise, hand over, release) whose figures must equal values the test computes
// itself; the team's agents; alerts raised and cleared by the server with a pinned clock, once
// however many instances evaluate; the hand-over's note and draft reaching the colleague whole.
// Against SQLite and PostgreSQL.
#include "server/apiserver.h"
#include "server/store.h"
#include "tests/server/apiclient.h"
#include "tests/server/samplebodies.h"
#include "tests/server/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;

namespace {

// A clock the test moves by hand, starting at a fixed morning (never the wall clock).
struct ManualClock
{
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(
        QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone("Europe/Stockholm"_ba)).toUTC());
    std::function<QDateTime()> function() const
    {
        return [t = now] { return *t; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What the test knows of each contact, to compute the figures on its own.
struct Tracked
{
    QDateTime received;
    std::optional<QDateTime> assigned;
    std::optional<QDateTime> completed;
    bool abandoned = false;
    bool waiting = true;
};

struct Expected
{
    int waiting = 0;
    qint64 longest = 0;
    int answered = 0;
    int abandoned = 0;
    double level = 100;
    qint64 aht = 0;
};

Expected expectedOf(const QList<Tracked>& contacts, const QDateTime& now, int thresholdSeconds)
{
    Expected e;
    int within = 0;
    qint64 handleSum = 0;
    int handled = 0;
    for (const Tracked& t : contacts) {
        if (t.waiting) {
            ++e.waiting;
            e.longest = std::max(e.longest, t.received.secsTo(now));
        }
        if (t.assigned) {
            ++e.answered;
            if (t.received.msecsTo(*t.assigned) <= thresholdSeconds * 1000)
                ++within;
            if (t.completed) {
                handleSum += t.assigned->msecsTo(*t.completed);
                ++handled;
            }
        }
        if (t.abandoned)
            ++e.abandoned;
    }
    const int offered = e.answered + e.abandoned;
    e.level = offered == 0 ? 100.0 : qRound(1000.0 * within / offered) / 10.0;
    e.aht = handled == 0 ? 0 : qRound64(double(handleSum) / handled / 1000.0);
    return e;
}

QJsonObject statsOf(Client& c, const QString& queue)
{
    const Answer a = c.get(u"/queues/stats"_s);
    for (const QJsonValue& v : a.body.value(u"queues").toArray())
        if (v.toObject().value(u"queue").toString() == queue)
            return v.toObject();
    return {};
}

} // namespace

class TestSupervision : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scriptedDay_data() { kc::test::addDatabaseRows(); }
    void scriptedDay()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        TestServer ts;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port()), anna(ts.port()), bo(ts.port()), sara(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(bo.login(u"bo"_s));
        QVERIFY(sara.login(u"sara"_s));
        QList<Tracked> day;
        QStringList ids;
        auto arrive = [&](int priority = 3) {
            const Answer a = ida.post(u"/contacts"_s, kc::test::contactBody(u"anmalan"_s, priority));
            ids << a.body.value(u"id").toString();
            day.append({*clock.now, {}, {}, false, true});
            return a.status;
        };
        auto accept = [&](Client& who, int i) {
            const Answer a = who.post(u"/contacts/%1/accept"_s.arg(ids[i]), {});
            day[i].assigned = *clock.now;
            day[i].waiting = false;
            return a.status;
        };
        auto complete = [&](Client& who, int i) {
            const Answer a = who.post(u"/contacts/%1/complete"_s.arg(ids[i]), {{u"disposition"_s, u"advice_given"_s}});
            day[i].completed = *clock.now;
            return a.status;
        };
        auto check = [&](const char* when) {
            const Expected e = expectedOf(day, *clock.now, 60);
            const QJsonObject s = statsOf(sara, u"anmalan"_s);
            const QByteArray what = QByteArray(when) + ": " + compact(s);
            QVERIFY2(s.value(u"waiting").toInt() == e.waiting, what.constData());
            QVERIFY2(s.value(u"longestWaitSeconds").toInteger() == e.longest, what.constData());
            QVERIFY2(s.value(u"answeredToday").toInt() == e.answered, what.constData());
            QVERIFY2(s.value(u"abandonedToday").toInt() == e.abandoned, what.constData());
            QVERIFY2(qFuzzyCompare(s.value(u"serviceLevelPercent").toDouble(), e.level), what.constData());
            QVERIFY2(s.value(u"averageHandleSeconds").toInteger() == e.aht, what.constData());
            // The charts end where the wallboard is.
            const QJsonArray intervals =
                sara.get(u"/queues/stats/intervals?queue=anmalan"_s).body.value(u"items").toArray();
            int arrived = 0, answered = 0, abandoned = 0;
            for (const QJsonValue& v : intervals) {
                arrived += v.toObject().value(u"arrived").toInt();
                answered += v.toObject().value(u"answered").toInt();
                abandoned += v.toObject().value(u"abandoned").toInt();
            }
            QVERIFY2(arrived == day.size(), what.constData());
            QVERIFY2(answered == e.answered, what.constData());
            QVERIFY2(abandoned == e.abandoned, what.constData());
            QVERIFY2(!intervals.isEmpty() &&
                         qFuzzyCompare(intervals.last()[u"serviceLevelPercent"].toDouble(), e.level),
                     what.constData());
        };

        QCOMPARE(arrive(), 201); // 0 at 09:00
        clock.advance(30);
        QCOMPARE(accept(anna, 0), 200); // within 60 s
        clock.advance(30);
        QCOMPARE(arrive(), 201); // 1 at 09:01
        clock.advance(60);
        QCOMPARE(arrive(), 201); // 2 at 09:02
        check("three arrived");
        clock.advance(60);
        QCOMPARE(accept(bo, 1), 200); // 120 s: not within
        clock.advance(60);
        QCOMPARE(ida.post(u"/contacts/%1/abandon"_s.arg(ids[2]), {}).status, 200);
        day[2].abandoned = true;
        day[2].waiting = false;
        QCOMPARE(arrive(), 201); // 3 at 09:04
        clock.advance(60);
        QCOMPARE(complete(anna, 0), 200);
        check("one completed, one abandoned");

        // Re-prioritise with If-Match; a stale version is refused and changes nothing.
        const Answer c3 = sara.get(u"/contacts/%1"_s.arg(ids[3]));
        const QByteArray etag = c3.header("ETag");
        Answer p =
            sara.call("PATCH", u"/contacts/%1"_s.arg(ids[3]), compact({{u"priority"_s, 1}}), {{"If-Match"_ba, etag}});
        QCOMPARE(p.status, 200);
        QCOMPARE(p.body.value(u"priority").toInt(), 1);
        p = sara.call("PATCH", u"/contacts/%1"_s.arg(ids[3]), compact({{u"priority"_s, 5}}), {{"If-Match"_ba, etag}});
        QCOMPARE(p.status, 412);
        p = sara.call("PATCH", u"/contacts/%1"_s.arg(ids[3]), compact({{u"priority"_s, 2}}));
        QCOMPARE(p.status, 428);
        p = sara.call("PATCH", u"/contacts/%1"_s.arg(ids[0]), compact({{u"priority"_s, 2}}),
                      {{"If-Match"_ba, "\"3\""}});
        QCOMPARE(p.status, 409); // completed: only waiting contacts change
        p = sara.call("PATCH", u"/contacts/%1"_s.arg(ids[3]), compact({{u"queue"_s, u"syd"_s}}),
                      {{"If-Match"_ba, '"' + QByteArray::number(c3.body[u"version"].toInteger() + 1) + '"'}});
        QCOMPARE(p.status, 422); // not her team's queue
        QCOMPARE(sara.get(u"/contacts/%1"_s.arg(ids[3])).body.value(u"priority").toInt(), 1);
        QCOMPARE(
            bo.call("PATCH", u"/contacts/%1"_s.arg(ids[3]), compact({{u"priority"_s, 2}}), {{"If-Match"_ba, "\"2\""}})
                .status,
            403);

        // Hand-over: anna takes 4, hands it over with a note and her draft; bo gets both whole.
        QCOMPARE(arrive(), 201); // 4 at 09:05
        clock.advance(10);
        QCOMPARE(accept(anna, 4), 200);
        const QJsonObject draft{{u"narrative"_s, u"Cykeln stals från ställningen vid stationen, låst med vajerlås."_s},
                                {u"offenceCode"_s, u"0801"_s},
                                {u"stolenItems"_s, QJsonArray{QJsonObject{{u"description"_s, u"Crescent, röd"_s}}}}};
        clock.advance(290);
        QCOMPARE(anna.post(u"/contacts/%1/handover"_s.arg(ids[4]), {{u"note"_s, u""_s}, {u"draft"_s, draft}}).status,
                 422); // a note is required
        QCOMPARE(bo.post(u"/contacts/%1/handover"_s.arg(ids[4]), {{u"note"_s, u"x"_s}, {u"draft"_s, draft}}).status,
                 409); // only the holder
        const Answer h = anna.post(u"/contacts/%1/handover"_s.arg(ids[4]),
                                   {{u"note"_s, u"Ringer tillbaka efter 14."_s}, {u"draft"_s, draft}});
        QCOMPARE(h.status, 200);
        QCOMPARE(h.body.value(u"state").toString(), u"waiting"_s);
        QCOMPARE(QDateTime::fromString(h.body.value(u"receivedAt").toString(), Qt::ISODateWithMs), day[4].received);
        QCOMPARE(h.body.value(u"priority").toInt(), 3);
        day[4].assigned.reset();
        day[4].waiting = true;
        check("handed over");
        clock.advance(60);
        QCOMPARE(complete(bo, 1), 200);
        clock.advance(60);
        QCOMPARE(accept(bo, 4), 200);
        const Answer got = bo.get(u"/contacts/%1/handover"_s.arg(ids[4]));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body.value(u"note").toString(), u"Ringer tillbaka efter 14."_s);
        QCOMPARE(got.body.value(u"draft").toObject(), draft);
        QCOMPARE(got.body.value(u"by").toString(), ts.ids.value(u"anna"_s));
        QCOMPARE(anna.get(u"/contacts/%1/handover"_s.arg(ids[4])).status, 404); // no longer hers
        QCOMPARE(bo.get(u"/contacts/%1/handover"_s.arg(ids[1])).status, 404);   // never handed over

        // Release: anna takes 3 and walks away; sara puts it back.
        clock.advance(60);
        QCOMPARE(accept(anna, 3), 200);
        QCOMPARE(bo.post(u"/contacts/%1/release"_s.arg(ids[3]), {}).status, 403);
        clock.advance(60);
        const Answer r = sara.post(u"/contacts/%1/release"_s.arg(ids[3]), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(u"state").toString(), u"waiting"_s);
        QCOMPARE(r.body.value(u"priority").toInt(), 1);
        QCOMPARE(sara.post(u"/contacts/%1/release"_s.arg(ids[3]), {}).status, 409);
        day[3].assigned.reset();
        day[3].waiting = true;
        clock.advance(45);
        check("released");

        // The team's agents: state, current contact, handled today.
        const QJsonArray agents = sara.get(u"/agents"_s).body.value(u"items").toArray();
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue& v : agents)
            byName.insert(v[u"displayName"].toString(), v.toObject());
        QCOMPARE(byName.size(), 2); // anna and bo of väst; not cissi (syd)
        QCOMPARE(byName[u"Bo Test"_s][u"currentContactId"].toString(), ids[4]);
        QCOMPARE(byName[u"Bo Test"_s][u"handledToday"].toInt(), 1);
        QCOMPARE(byName[u"Bo Test"_s][u"state"].toString(), u"busy"_s);
        QCOMPARE(byName[u"Anna Test"_s][u"handledToday"].toInt(), 1);
        QVERIFY(!byName[u"Anna Test"_s].contains(u"currentContactId"));
        QCOMPARE(byName[u"Anna Test"_s][u"queues"].toArray().size(), 2);
        QCOMPARE(anna.get(u"/agents"_s).status, 403);

        // Every change is audited.
        const QJsonArray trail = sara.get(u"/audit?limit=500"_s).body.value(u"items").toArray();
        QStringList actions;
        for (const QJsonValue& v : trail)
            actions << v[u"action"].toString();
        QVERIFY(actions.contains(u"contact.patch"_s));
        QVERIFY(actions.contains(u"contact.handover"_s));
        QVERIFY(actions.contains(u"contact.handover.read"_s));
        QVERIFY(actions.contains(u"contact.release"_s));
    }

    void alertsRaisedOnceAndCleared_data() { kc::test::addDatabaseRows(); }
    void alertsRaisedOnceAndCleared()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        TestServer ts;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        options.alertTick = std::chrono::hours(1); // the test drives the evaluation itself
        QVERIFY(ts.start(databaseUrl, options));
        // A second instance on the same database, with the same clock.
        TestServer second;
        QVERIFY(second.start(databaseUrl, options, false));
        Client ida(ts.port()), anna(ts.port()), sara(ts.port()), bo(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(sara.login(u"sara"_s));
        QVERIFY(bo.login(u"bo"_s));

        QCOMPARE(bo.call("PUT", u"/queues/anmalan/thresholds"_s, compact({{u"waiting"_s, 1}})).status, 403);
        QCOMPARE(sara.call("PUT", u"/queues/syd/thresholds"_s, compact({{u"waiting"_s, 1}})).status, 404);
        QCOMPARE(sara.call("PUT", u"/queues/anmalan/thresholds"_s, compact({{u"waiting"_s, -1}})).status, 422);
        const Answer put = sara.call("PUT", u"/queues/anmalan/thresholds"_s,
                                     compact({{u"longestWaitSeconds"_s, 120}, {u"waiting"_s, 1}}));
        QCOMPARE(put.status, 200);
        QCOMPARE(sara.get(u"/queues/anmalan/thresholds"_s).body,
                 (QJsonObject{{u"longestWaitSeconds"_s, 120}, {u"waiting"_s, 1}}));

        auto active = [&] {
            QStringList kinds;
            for (const QJsonValue& v : sara.get(u"/alerts?active=true"_s).body.value(u"items").toArray())
                kinds << v[u"kind"].toString();
            kinds.sort();
            return kinds;
        };
        const QString first = ida.post(u"/contacts"_s, kc::test::contactBody()).body[u"id"].toString();
        ts.server->evaluateAlerts();
        QCOMPARE(active(), QStringList());
        const QString second_ = ida.post(u"/contacts"_s, kc::test::contactBody()).body[u"id"].toString();
        ts.server->evaluateAlerts();
        second.server->evaluateAlerts();
        QCOMPARE(active(), QStringList{u"waiting"_s});
        // The longest wait grows with no change at all: only the tick sees it.
        clock.advance(120);
        QCOMPARE(second.server->evaluateAlerts(), 0); // 120 is not above 120
        clock.advance(1);
        QCOMPARE(second.server->evaluateAlerts(), 1);
        QCOMPARE(ts.server->evaluateAlerts(), 0); // already raised by the other instance
        QCOMPARE(active(), (QStringList{u"longest_wait"_s, u"waiting"_s}));
        const QJsonObject raised = sara.get(u"/alerts?active=true"_s).body[u"items"].toArray().first().toObject();
        QCOMPARE(raised[u"queue"].toString(), u"anmalan"_s);

        QCOMPARE(anna.post(u"/contacts/%1/accept"_s.arg(first), {}).status, 200);
        // Evaluated after the change already (queued); both instances again: cleared once (the
        // events below count it).
        ts.server->evaluateAlerts();
        second.server->evaluateAlerts();
        QCOMPARE(active(), QStringList{u"longest_wait"_s});
        QCOMPARE(ts.server->evaluateAlerts(), 0);
        QCOMPARE(bo.post(u"/contacts/%1/accept"_s.arg(second_), {}).status, 200);
        second.server->evaluateAlerts();
        ts.server->evaluateAlerts();
        QCOMPARE(active(), QStringList());

        // The log keeps all of today's alerts, with the time each was cleared.
        const QJsonArray log = sara.get(u"/alerts"_s).body.value(u"items").toArray();
        QCOMPARE(log.size(), 2);
        for (const QJsonValue& v : log)
            QVERIFY(v.toObject().contains(u"clearedAt"));
        // Supervisors of the queue get the events; agents do not.
        int raisedEvents = 0, clearedEvents = 0;
        for (const QJsonValue& v : sara.get(u"/changes?limit=500"_s).body[u"changes"].toArray()) {
            raisedEvents += v[u"event"].toString() == u"alert.raised"_s;
            clearedEvents += v[u"event"].toString() == u"alert.cleared"_s;
            if (v[u"kind"].toString() == u"alert"_s)
                QCOMPARE(v[u"data"][u"queue"].toString(), u"anmalan"_s);
        }
        QCOMPARE(raisedEvents, 2);
        QCOMPARE(clearedEvents, 2);
        for (const QJsonValue& v : anna.get(u"/changes?limit=500"_s).body[u"changes"].toArray())
            QVERIFY(v[u"kind"].toString() != u"alert"_s);
        QCOMPARE(anna.get(u"/alerts"_s).status, 403);
    }

    void serviceLevelAlertAndIntervals_data() { kc::test::addDatabaseRows(); }
    void serviceLevelAlertAndIntervals()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        TestServer ts;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        options.alertTick = std::chrono::hours(1);
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port()), anna(ts.port()), sara(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(sara.login(u"sara"_s));
        QCOMPARE(
            sara.call("PUT", u"/queues/information/thresholds"_s, compact({{u"serviceLevelPercent"_s, 80}})).status,
            200);
        // 09:00 one answered in time; 09:20 one answered late; 09:40 one abandoned.
        QString id = ida.post(u"/contacts"_s, kc::test::contactBody(u"information"_s)).body[u"id"].toString();
        clock.advance(20);
        QCOMPARE(anna.post(u"/contacts/%1/accept"_s.arg(id), {}).status, 200);
        ts.server->evaluateAlerts();
        QCOMPARE(sara.get(u"/alerts?active=true"_s).body[u"items"].toArray().size(), 0);
        clock.advance(20 * 60 - 20);
        id = ida.post(u"/contacts"_s, kc::test::contactBody(u"information"_s)).body[u"id"].toString();
        clock.advance(90);
        QCOMPARE(anna.post(u"/contacts/%1/accept"_s.arg(id), {}).status, 200);
        ts.server->evaluateAlerts();
        const QJsonArray raised = sara.get(u"/alerts?active=true"_s).body[u"items"].toArray();
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0][u"kind"].toString(), u"service_level"_s);
        QCOMPARE(raised[0][u"value"].toDouble(), 50.0);
        QCOMPARE(raised[0][u"threshold"].toDouble(), 80.0);
        clock.advance(20 * 60 - 90);
        id = ida.post(u"/contacts"_s, kc::test::contactBody(u"information"_s)).body[u"id"].toString();
        QCOMPARE(ida.post(u"/contacts/%1/abandon"_s.arg(id), {}).status, 200);

        const Answer a = sara.get(u"/queues/stats/intervals?queue=information"_s);
        QCOMPARE(a.status, 200);
        const QJsonArray items = a.body[u"items"].toArray();
        QCOMPARE(items.size(), 9 * 4 + 3); // midnight to 09:40
        QCOMPARE(items[36][u"arrived"].toInt(), 1);
        QCOMPARE(items[36][u"answered"].toInt(), 1);
        QCOMPARE(items[36][u"serviceLevelPercent"].toDouble(), 100.0);
        QCOMPARE(items[37][u"answered"].toInt(), 1);
        QCOMPARE(items[37][u"serviceLevelPercent"].toDouble(), 50.0);
        QCOMPARE(items[38][u"abandoned"].toInt(), 1);
        QCOMPARE(items[38][u"serviceLevelPercent"].toDouble(), 33.3);
        QCOMPARE(QDateTime::fromString(items[38][u"start"].toString(), Qt::ISODateWithMs),
                 QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone("Europe/Stockholm"_ba)));
        QCOMPARE(statsOf(sara, u"information"_s)[u"serviceLevelPercent"].toDouble(), 33.3);
        QCOMPARE(sara.get(u"/queues/stats/intervals?queue=syd"_s).status, 404);
        QCOMPARE(sara.get(u"/queues/stats/intervals?date=igår"_s).status, 422);
        // Yesterday: the day is whole and empty.
        const QJsonArray yesterday = sara.get(u"/queues/stats/intervals?date=2026-11-26"_s).body[u"items"].toArray();
        QCOMPARE(yesterday.size(), 96);
        QCOMPARE(yesterday[40][u"arrived"].toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
