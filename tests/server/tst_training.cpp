// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Training for the Skara trainers (issue 13), server side: scenario files and their validation,
// scoring against `expected`, and the scenario engine on a demo server driven by an injected clock
// (never the wall clock), with the access rules of /training/*.
#include "apiclient.h"
#include "core/jsoncodec.h"
#include "samplebodies.h"
#include "server/trainingscenario.h"
#include "testenv.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace kc;
using namespace kc::test;
using namespace kc::server::training;
using namespace Qt::StringLiterals;

namespace {

struct ManualClock
{
    std::shared_ptr<QDateTime> now =
        std::make_shared<QDateTime>(QDateTime(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::UTC));
    std::function<QDateTime()> function() const
    {
        return [t = now] { return *t; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

// The smallest valid scenario, as a trainer would write it; rows below break one thing each.
const char* const goodScenario = R"({
  "id": "liten",
  "title": "Liten övning",
  "description": "En kontakt.",
  "contacts": [
    {
      "offsetSeconds": 0,
      "channel": "phone",
      "queue": "anmalan",
      "priority": 3,
      "caller": { "name": "Johan Exempelsson", "personnummer": "200001011493" },
      "subject": "Cykel stulen",
      "script": "Min cykel är stulen.",
      "expected": {
        "disposition": "report_filed",
        "report": { "offenceCode": "9830", "municipalityCode": "1495" }
      }
    }
  ]
}
)";

QStringList contactIds(const Answer& run)
{
    QStringList ids;
    for (const QJsonValue& v : run.body.value(u"contactIds").toArray())
        ids.append(v.toString());
    return ids;
}

QStringList waitingIds(Client& agent)
{
    QStringList ids;
    for (const QJsonValue& v : agent.get(u"/contacts?state=waiting"_s).body.value(u"items").toArray())
        ids.append(v.toObject().value(u"id").toString());
    return ids;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

private slots:
    void shippedScenariosValidate()
    {
        ScenarioError error;
        const auto scenarios = Scenarios::loadDirectory(QStringLiteral(KC_SCENARIO_DIR), &error);
        QVERIFY2(scenarios, qPrintable(error.text()));
        QVERIFY(scenarios->size() >= 10);
        QStringList ids;
        for (const Scenario& s : *scenarios) {
            ids.append(s.id);
            for (const ScenarioContact& c : s.contacts)
                if (c.caller.personnummer)
                    QVERIFY(Scenarios::testPersonnummer().contains(*c.caller.personnummer));
        }
        QVERIFY(ids.contains(u"cykelstold-skara"_s));
        // The busy morning: 30 contacts within 10 minutes.
        for (const Scenario& s : *scenarios)
            if (s.id == u"morgonrusning"_s) {
                QCOMPARE(s.contacts.size(), 30);
                QVERIFY(s.durationSeconds() <= 600);
            }
        QCOMPARE(Scenarios::builtin().size(), scenarios->size()); // the server carries them all
    }

    void brokenScenario_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        const QByteArray good(goodScenario);
        auto with = [&](const char* from, const char* to) {
            QByteArray t = good;
            t.replace(from, to);
            return t;
        };
        QTest::newRow("good") << good << 0 << QString() << QString();
        QTest::newRow("not JSON") << with("\"priority\": 3,", "\"priority\": 3") << 11 << QString() << u"JSON"_s;
        QTest::newRow("invented personnummer")
            << with("200001011493", "198505051234") << 11 << u"contacts[0].caller.personnummer"_s << u"test"_s;
        QTest::newRow("unknown offence code")
            << with("\"9830\"", "\"9999\"") << 16 << u"contacts[0].expected.report.offenceCode"_s << u"offence"_s;
        QTest::newRow("kommun outside the reference")
            << with("\"1495\"", "\"9999\"") << 16 << u"contacts[0].expected.report.municipalityCode"_s << u"kommun"_s;
        QTest::newRow("unknown disposition")
            << with("report_filed", "filed") << 15 << u"contacts[0].expected.disposition"_s << u"advice_given"_s;
        QTest::newRow("priority out of range")
            << with("\"priority\": 3", "\"priority\": 9") << 10 << u"contacts[0].priority"_s << u"1"_s;
        QTest::newRow("script missing") << with("\"script\": \"Min cykel är stulen.\",", "") << 6
                                        << u"contacts[0].script"_s << QString();
        QTest::newRow("title missing") << with("\"title\": \"Liten övning\",", "") << 1 << u"title"_s << QString();
        QTest::newRow("report missing for report_filed")
            << with(",\n        \"report\": { \"offenceCode\": \"9830\", \"municipalityCode\": \"1495\" }", "") << 14
            << u"contacts[0].expected.report"_s << u"report_filed"_s;
    }

    void brokenScenario()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        ScenarioError error;
        const auto parsed = Scenarios::parse(text, u"liten.json"_s, &error);
        if (line == 0) {
            QVERIFY2(parsed, qPrintable(error.text()));
            return;
        }
        QVERIFY(!parsed);
        QCOMPARE(error.file, u"liten.json"_s);
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(error.text().startsWith(u"liten.json:%1: "_s.arg(line)));
    }

    void scoring_data()
    {
        QTest::addColumn<QString>("disposition");
        QTest::addColumn<bool>("withReport");
        QTest::addColumn<QString>("offenceCode");
        QTest::addColumn<QString>("kommun");
        QTest::addColumn<int>("minutesBefore"); // occurredFrom, minutes before the contact came in
        QTest::addColumn<QString>("personnummer");
        QTest::addColumn<QString>("stolen");
        QTest::addColumn<int>("score");
        QTest::addColumn<QStringList>("wrong");
        // Expected: report_filed, 9830, 1495, 240–0 min before, 20000101-1493, "cykel".
        QTest::newRow("perfect") << "report_filed" << true << "9830" << "1495" << 120 << "200001011493" << "Cykel"
                                 << 100 << QStringList{};
        QTest::newRow("personnummer in 10 digits")
            << "report_filed" << true << "9830" << "1495" << 120 << "000101-1493" << "cykel" << 100 << QStringList{};
        QTest::newRow("wrong offence") << "report_filed" << true << "0807" << "1495" << 120 << "200001011493"
                                       << "cykel" << 83 << QStringList{u"offenceCode"_s};
        QTest::newRow("wrong kommun and time") << "report_filed" << true << "9830" << "1496" << 600 << "200001011493"
                                               << "cykel" << 67 << QStringList{u"municipalityCode"_s, u"timeRange"_s};
        QTest::newRow("typo in personnummer, goods missing")
            << "report_filed" << true << "9830" << "1495" << 120 << "200001011439" << "Hjälm" << 67
            << QStringList{u"personnummer"_s, u"stolenGoods"_s};
        QTest::newRow("no report filed") << "advice_given" << false << "" << "" << 0 << "" << "" << 0
                                         << QStringList{u"disposition"_s, u"offenceCode"_s,  u"municipalityCode"_s,
                                                        u"timeRange"_s,   u"personnummer"_s, u"stolenGoods"_s};
    }

    void scoring()
    {
        QFETCH(QString, disposition);
        QFETCH(bool, withReport);
        QFETCH(QString, offenceCode);
        QFETCH(QString, kommun);
        QFETCH(int, minutesBefore);
        QFETCH(QString, personnummer);
        QFETCH(QString, stolen);
        QFETCH(int, score);
        QFETCH(QStringList, wrong);

        ScenarioContact expected;
        expected.caller.personnummer = u"200001011493"_s;
        expected.expected.disposition = Disposition::ReportFiled;
        expected.expected.report = ExpectedReport{u"9830"_s, u"1495"_s, 240, 0, {u"cykel"_s}};
        Contact done;
        done.receivedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::UTC);
        done.disposition = fromWireName<Disposition>(disposition);
        std::optional<Report> report;
        if (withReport) {
            Report r;
            r.offenceCode = offenceCode;
            r.location.municipalityCode = kommun;
            r.occurredFrom = done.receivedAt.addSecs(-60 * minutesBefore);
            r.reporter.personnummer = personnummer;
            r.stolenItems.append(StolenItem{stolen, u"Crescent"_s, {}, {}, {}});
            report = r;
        }
        const Score s = kc::server::training::score(expected, done, report);
        QCOMPARE(s.score, score);
        QStringList named;
        for (const FieldScore& f : s.fields)
            if (!f.ok)
                named.append(f.field);
        QCOMPARE(named, wrong);
    }

    void reportWhereNoneBelongs()
    {
        ScenarioContact expected;
        expected.expected.disposition = Disposition::AdviceGiven; // a lost passport
        Contact done;
        done.disposition = Disposition::ReportFiled;
        Report r;
        r.offenceCode = u"FORLUST"_s;
        const Score s = kc::server::training::score(expected, done, r);
        QCOMPARE(s.score, 0);
        QCOMPARE(s.fields.size(), 2);
        QCOMPARE(s.fields.at(1).field, u"report"_s);
    }

    // ---- the engine, over HTTP, on both databases ---------------------------------------------

    void runAtSpeedTen_data() { addDatabaseRows(); }
    void runAtSpeedTen()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        server::ServerOptions options;
        options.demo = true;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client tore(ts.port()), anna(ts.port()), bo(ts.port());
        QVERIFY(tore.login(u"tore"_s));
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(bo.login(u"bo"_s));

        const Answer scenarios = tore.get(u"/training/scenarios"_s);
        QCOMPARE(scenarios.status, 200);
        QJsonObject morning;
        for (const QJsonValue& v : scenarios.body.value(u"items").toArray())
            if (v.toObject().value(u"id").toString() == u"morgonrusning"_s)
                morning = v.toObject();
        QCOMPARE(morning.value(u"contactCount").toInt(), 30);
        const int step = 20; // the busy morning: one contact every 20 scenario seconds

        Answer run = tore.post(u"/training/runs"_s, {{u"scenarioId"_s, u"morgonrusning"_s}, {u"speed"_s, 10}});
        QCOMPARE(run.status, 201);
        QCOMPARE(run.body.value(u"state").toString(), u"running"_s);
        QCOMPARE(run.body.value(u"speed").toInt(), 10);
        const QString id = run.body.value(u"id").toString();
        const QString path = u"/training/runs/"_s + id;
        QCOMPARE(contactIds(run).size(), 1); // offset 0 at once

        clock.advance(step / 10 * 3); // 6 s of wall time × 10 = 60 scenario seconds: offsets 0…60
        run = tore.get(path);
        QCOMPARE(run.body.value(u"clockSeconds").toInt(), 60);
        QCOMPARE(contactIds(run).size(), 4);
        // Every trainee in the room sees the same contacts (anna and bo both work anmalan).
        const QStringList annaSees = waitingIds(anna);
        for (const QString& c : contactIds(run)) {
            const Answer contact = anna.get(u"/contacts/"_s + c);
            if (contact.body.value(u"queue").toString() == u"anmalan"_s)
                QVERIFY(waitingIds(bo).contains(c));
            QVERIFY(annaSees.contains(c));
        }

        // Paused, the clock stands still however long the break.
        QCOMPARE(tore.post(path + u"/pause"_s, {}).body.value(u"state").toString(), u"paused"_s);
        clock.advance(3600);
        run = tore.get(path);
        QCOMPARE(run.body.value(u"clockSeconds").toInt(), 60);
        QCOMPARE(contactIds(run).size(), 4);
        run = tore.post(path + u"/resume"_s, {});
        QCOMPARE(run.body.value(u"state").toString(), u"running"_s);

        // Speed 2 from now on: 10 s of wall time is 20 scenario seconds, one more contact.
        run = tore.call("PUT", path + u"/speed"_s, R"({"speed":2})");
        QCOMPARE(run.status, 200);
        clock.advance(10);
        run = tore.get(path);
        QCOMPARE(run.body.value(u"clockSeconds").toInt(), 80);
        QCOMPARE(contactIds(run).size(), 5);
        QCOMPARE(tore.call("PUT", path + u"/speed"_s, R"({"speed":3})").status, 422);

        // Reset: back to 0, paused, the waiting contacts out of the queues.
        run = tore.post(path + u"/reset"_s, {});
        QCOMPARE(run.body.value(u"state").toString(), u"paused"_s);
        QCOMPARE(run.body.value(u"clockSeconds").toInt(), 0);
        QVERIFY(contactIds(run).isEmpty());
        QVERIFY(waitingIds(anna).isEmpty());

        // To the end at speed 10: all 30, then finished.
        tore.post(path + u"/resume"_s, {});
        tore.call("PUT", path + u"/speed"_s, R"({"speed":10})");
        clock.advance(60);
        run = tore.get(path);
        QCOMPARE(contactIds(run).size(), 30);
        QCOMPARE(run.body.value(u"state").toString(), u"finished"_s);

        // A contact injected by hand goes into the queue too.
        const Answer injected = tore.post(path + u"/contacts"_s, contactBody());
        QCOMPARE(injected.status, 201);
        QVERIFY(waitingIds(anna).contains(injected.body.value(u"id").toString()));
    }

    void traineeIsScored_data() { addDatabaseRows(); }
    void traineeIsScored()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        server::ServerOptions options;
        options.demo = true;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client tore(ts.port()), anna(ts.port());
        QVERIFY(tore.login(u"tore"_s));
        QVERIFY(anna.login(u"anna"_s));
        const Answer run = tore.post(u"/training/runs"_s, {{u"scenarioId"_s, u"cykelstold-skara"_s}});
        QCOMPARE(run.status, 201);
        const QString contactId = contactIds(run).value(0);
        QVERIFY(!contactId.isEmpty());

        // The trainee reads what the caller says.
        Answer info = anna.get(u"/training/contacts/"_s + contactId);
        QCOMPARE(info.status, 200);
        QVERIFY(info.body.value(u"script").toString().contains(u"resecentrum"_s));
        QVERIFY(!info.body.contains(u"result"_s));

        clock.advance(30);
        QCOMPARE(anna.post(u"/contacts/"_s + contactId + u"/accept"_s, {}).status, 200);
        clock.advance(240);
        QJsonObject body = reportBody(u"200001011493"_s, json::formatTimestamp(clock.now->addSecs(-2 * 3600)));
        body.insert(u"contactId"_s, contactId);
        const Answer report = anna.post(u"/reports"_s, body, {{"Idempotency-Key", "skara-1"}});
        QCOMPARE(report.status, 201);
        const Answer done =
            anna.post(u"/contacts/"_s + contactId + u"/complete"_s,
                      {{u"disposition"_s, u"report_filed"_s}, {u"reportId"_s, report.body.value(u"id").toString()}});
        QCOMPARE(done.status, 200);

        info = anna.get(u"/training/contacts/"_s + contactId);
        const QJsonObject result = info.body.value(u"result").toObject();
        QCOMPARE(result.value(u"score").toInt(), 100);
        QCOMPARE(result.value(u"answerSeconds").toInt(), 30);
        QCOMPARE(result.value(u"handleSeconds").toInt(), 240);
        QCOMPARE(result.value(u"fields").toArray().size(), 6);

        const Answer seen = tore.get(u"/training/runs/"_s + run.body.value(u"id").toString());
        const QJsonArray results = seen.body.value(u"results").toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.at(0).toObject().value(u"traineeId").toString(), ts.ids.value(u"anna"_s));
        QCOMPARE(results.at(0).toObject().value(u"score").toInt(), 100);

        // An ordinary contact is no exercise.
        QCOMPARE(tore.post(u"/contacts"_s, contactBody()).status, 201);
        const QString plain = waitingIds(anna).value(0);
        QCOMPARE(anna.get(u"/training/contacts/"_s + plain).status, 404);
    }

    // Training exists only on a demo server: a trainer elsewhere gets 404, others 403 everywhere.
    void accessRules_data() { addDatabaseRows(); }
    void accessRules()
    {
        QFETCH(QString, databaseUrl);
        for (const bool demo : {false, true}) {
            server::ServerOptions options;
            options.demo = demo;
            TestServer ts;
            // A database is demo or production for good: the demo server gets its own SQLite file
            // (PostgreSQL is emptied by start()).
            QVERIFY(
                ts.start(databaseUrl + (demo && databaseUrl.startsWith(u"sqlite:") ? u"-demo"_s : QString()), options));
            Client tore(ts.port()), anna(ts.port()), sara(ts.port());
            QVERIFY(tore.login(u"tore"_s));
            QVERIFY(anna.login(u"anna"_s));
            QVERIFY(sara.login(u"sara"_s));
            QCOMPARE(tore.get(u"/training/scenarios"_s).status, demo ? 200 : 404);
            QCOMPARE(tore.post(u"/training/runs"_s, {{u"scenarioId"_s, u"cykelstold-skara"_s}}).status,
                     demo ? 201 : 404);
            QCOMPARE(tore.post(u"/training/runs"_s, {{u"scenarioId"_s, u"finns-inte"_s}}).status, demo ? 422 : 404);
            QCOMPARE(tore.get(u"/training/runs/run-99"_s).status, 404);
            for (Client* other : {&anna, &sara}) {
                QCOMPARE(other->get(u"/training/scenarios"_s).status, 403);
                QCOMPARE(other->post(u"/training/runs"_s, {{u"scenarioId"_s, u"cykelstold-skara"_s}}).status, 403);
            }
            QCOMPARE(sara.get(u"/training/contacts/x"_s).status, 403);
        }
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
