// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Issue 15 on the server, through the real REST service against SQLite and PostgreSQL: web reports
// and tips from the e-services (idempotent by externalId, also when two server instances race;
// the citizen's data kept verbatim with each problem named), the tip rules, a booked callback
// returning at its time on an injected clock and the callback_missed alert raised and cleared,
// routing of every kommun of resources/reference/municipalities.csv (read here as the table), and
// the area role: its own area's handoffs only, the acknowledgement idempotent, audited and carried
// to the report's viewers without a new version.
#include "core/i18n.h"
#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "tests/server/apiclient.h"
#include "tests/server/samplebodies.h"
#include "tests/server/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;

namespace {

// A clock the test moves by hand (never the wall clock): the day after reportBody()'s event.
struct ManualClock
{
    std::shared_ptr<QDateTime> now =
        std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
    std::function<QDateTime()> function() const
    {
        return [t = now] { return *t; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

QByteArray describe(const Answer& a)
{
    return "status " + QByteArray::number(a.status) + ": " + a.raw.left(600);
}

#define KC_EXPECT_STATUS(answer, expected) QVERIFY2((answer).status == (expected), describe(answer).constData())

QJsonObject readExample(const QString& name)
{
    QFile f(QStringLiteral(KC_INTAKE_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QList<std::pair<QByteArray, QByteArray>> newKey()
{
    return {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
}

// The problems of a web report contact as field → message.
QMap<QString, QString> problemsOf(const QJsonObject& contact)
{
    QMap<QString, QString> out;
    for (const QJsonValue& p : contact[u"webReport"][u"problems"].toArray())
        out.insert(p[u"field"].toString(), p[u"message"].toString());
    return out;
}

int auditRows(TestServer& ts, const QString& action, const QString& resource)
{
    auto q = ts.server->store().database().exec(
        QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = ? AND resource = ?"), {action, resource});
    return q && q->next() ? q->value(0).toInt() : -1;
}

// An agent of the tips queue, for the tip rules (TestServer's agents work anmalan and information).
bool addTipsAgent(TestServer& ts)
{
    kc::User u;
    u.username = QStringLiteral("tilda");
    u.displayName = QStringLiteral("Tilda Test");
    u.role = kc::Role::Agent;
    u.team = QStringLiteral("väst");
    u.queues = {QStringLiteral("tips")};
    return ts.server->store().users().add(u, kc::test::testPassword).ok();
}

// One municipalities.csv row, read from the file itself (the test's table).
struct KommunRow
{
    QString code, region, area;
    bool certain = false;
};

QList<KommunRow> kommunTable()
{
    QList<KommunRow> rows;
    QFile f(QStringLiteral(KC_REFERENCE_DIR "/municipalities.csv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(u',');
    const auto col = [&](const char* name) { return header.indexOf(QLatin1String(name)); };
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = kc::splitCsvLine(line);
        rows.append({cells.value(col("municipality_code")), cells.value(col("police_region")),
                     cells.value(col("police_area")), cells.value(col("police_area_certain")) == u"yes"});
    }
    return rows;
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(kc::installTranslations(QStringLiteral("sv")));
    }
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("statement failed|audit row"))); }

    void webReportIdempotent_data() { kc::test::addDatabaseRows(); }
    void webReportIdempotent()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        const QJsonObject submission = readExample(u"web-report-valid.json"_s);
        QVERIFY(!submission.isEmpty());

        // GIVEN a web report WHEN it arrives THEN a waiting web contact in anmalan, no problems
        const Answer first = ida.post(u"/intake/web-reports"_s, submission);
        KC_EXPECT_STATUS(first, 201);
        QCOMPARE(first.body[u"channel"].toString(), u"web"_s);
        QCOMPARE(first.body[u"queue"].toString(), u"anmalan"_s);
        QCOMPARE(first.body[u"state"].toString(), u"waiting"_s);
        QCOMPARE(first.body[u"priority"].toInt(), 3);
        QCOMPARE(first.body[u"subject"].toString(), u"Cykelstöld"_s);
        QCOMPARE(first.body[u"caller"][u"name"].toString(), u"Test Testsson"_s);
        QCOMPARE(problemsOf(first.body), (QMap<QString, QString>()));
        QCOMPARE(first.body[u"webReport"][u"report"].toObject(), submission[u"report"].toObject());

        // WHEN the gateway retries THEN 200 and the same contact
        const Answer again = ida.post(u"/intake/web-reports"_s, submission);
        KC_EXPECT_STATUS(again, 200);
        QCOMPARE(again.body[u"id"].toString(), first.body[u"id"].toString());
        QCOMPARE(again.body[u"subject"].toString(), u"Cykelstöld"_s);

        // BUT a different submission under the used id is refused, and nothing of the first comes back
        QJsonObject changed = submission;
        changed.insert(u"category"_s, u"Något annat"_s);
        const Answer different = ida.post(u"/intake/web-reports"_s, changed);
        KC_EXPECT_STATUS(different, 409);
        QVERIFY(!different.body.contains(u"caller"_s) && !different.body.contains(u"webReport"_s));
        // AND another intake account sending the same submission gets nothing of the citizen's
        kc::User otherGateway;
        otherGateway.username = u"gateway2"_s;
        otherGateway.displayName = u"Annan e-tjänst"_s;
        otherGateway.role = kc::Role::Intake;
        otherGateway.team = u"väst"_s;
        QVERIFY(ts.server->store().users().add(otherGateway, kc::test::testPassword));
        Client other(ts.port());
        QVERIFY(other.login(u"gateway2"_s));
        const Answer stranger = other.post(u"/intake/web-reports"_s, submission);
        KC_EXPECT_STATUS(stranger, 409);
        QVERIFY(!stranger.body.contains(u"caller"_s) && !stranger.body.contains(u"webReport"_s));
        QVERIFY(!QJsonDocument(stranger.body).toJson().contains("Testsson"));

        // AND WHEN two server instances on the same database receive one new externalId at once
        TestServer second;
        QVERIFY(second.start(databaseUrl, options, /*fresh=*/false));
        Client idaThere(second.port());
        QVERIFY(idaThere.login(u"ida"_s));
        QJsonObject racing = submission;
        racing.insert(u"externalId"_s, u"etj-race-1"_s);
        const QByteArray body = QJsonDocument(racing).toJson(QJsonDocument::Compact);
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (Client* c : {&ida, &idaThere}) {
            QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/intake/web-reports"_s.arg(c->port())));
            req.setRawHeader("Authorization", "Bearer " + c->token.toLatin1());
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies.emplace_back(c->nam().post(req, body));
        }
        QSet<QString> ids;
        QList<int> statuses;
        for (auto& r : replies) {
            if (!r->isFinished()) {
                QSignalSpy done(r.get(), &QNetworkReply::finished);
                QVERIFY(done.wait(30000));
            }
            statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ids << QJsonDocument::fromJson(r->readAll()).object()[u"id"].toString();
        }
        std::sort(statuses.begin(), statuses.end());
        // THEN one created it, the other answers the same contact; one row in the database
        QCOMPARE(statuses, (QList<int>{200, 201}));
        QCOMPARE(ids.size(), 1);
        auto q = ts.server->store().database().exec(
            u"SELECT COUNT(*) FROM contacts WHERE external_id IN ('etj-race-1', 'etj-2026-000101')"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 2);
    }

    void webReportKeepsWhatIsWrong_data() { kc::test::addDatabaseRows(); }
    void webReportKeepsWhatIsWrong()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port()), anna(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        const QJsonObject submission = readExample(u"web-report-problems.json"_s);
        QVERIFY(!submission.isEmpty());

        // GIVEN an invalid personnummer, a date in the future and an unknown kommun WHEN it arrives
        const Answer a = ida.post(u"/intake/web-reports"_s, submission);
        KC_EXPECT_STATUS(a, 201);
        // THEN everything is kept as typed
        const QJsonObject kept = a.body[u"webReport"].toObject();
        QCOMPARE(kept[u"reporter"].toObject(), submission[u"reporter"].toObject());
        QCOMPARE(kept[u"report"].toObject(), submission[u"report"].toObject());
        QCOMPARE(kept[u"externalId"].toString(), u"etj-2026-000102"_s);
        QJsonObject withoutProblems = kept;
        withoutProblems.remove(u"problems"_s);
        QCOMPARE(withoutProblems, submission); // the whole submission, nothing dropped
        QCOMPARE(a.body[u"caller"][u"personnummer"].toString(), u"200001012385"_s);
        // AND each problem is named with a Swedish message for the agent, and nothing else
        const QMap<QString, QString> problems = problemsOf(a.body);
        QCOMPARE(problems.keys(), (QStringList{u"report.location.municipalityCode"_s, u"report.occurredFrom"_s,
                                               u"reporter.personnummer"_s}));
        QVERIFY2(problems[u"report.occurredFrom"_s].contains(u"framtiden"_s),
                 qPrintable(problems[u"report.occurredFrom"_s]));
        QVERIFY2(problems[u"report.location.municipalityCode"_s].contains(u"kommun"_s, Qt::CaseInsensitive),
                 qPrintable(problems[u"report.location.municipalityCode"_s]));
        QVERIFY2(problems[u"reporter.personnummer"_s].contains(u"kontrollsiffran"_s),
                 qPrintable(problems[u"reporter.personnummer"_s]));
        // AND the agent who takes it reads the same, and the read is audited
        const QString id = a.body[u"id"].toString();
        const Answer seen = anna.get(u"/contacts/"_s + id);
        KC_EXPECT_STATUS(seen, 200);
        QCOMPARE(seen.body[u"webReport"].toObject(), kept);
        QCOMPARE(auditRows(ts, u"contact.read"_s, id), 1);

        // A body that is no submission at all: 422 naming the field, nothing stored
        QJsonObject noId = submission;
        noId.remove(u"externalId"_s);
        const Answer refused = ida.post(u"/intake/web-reports"_s, noId);
        KC_EXPECT_STATUS(refused, 422);
        QVERIFY(refused.errorFields().contains(u"externalId"_s));
        QVERIFY(refused.errorMessage().contains(u"saknas"_s));
        QJsonObject noReport = submission;
        noReport.insert(u"externalId"_s, u"etj-x"_s);
        noReport.insert(u"report"_s, u"text"_s);
        QVERIFY(ida.post(u"/intake/web-reports"_s, noReport).errorFields().contains(u"report"_s));
    }

    void webReportBecomesReport_data() { kc::test::addDatabaseRows(); }
    void webReportBecomesReport()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port()), anna(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        const Answer web = ida.post(u"/intake/web-reports"_s, readExample(u"web-report-valid.json"_s));
        KC_EXPECT_STATUS(web, 201);
        const QString contactId = web.body[u"id"].toString();
        KC_EXPECT_STATUS(anna.post(u"/contacts/"_s + contactId + u"/accept"_s, {}), 200);
        // WHEN the agent registers it THEN the citizen's original stays attached, and it is routed
        QJsonObject body = kc::test::reportBody();
        body.insert(u"contactId"_s, contactId);
        body.insert(u"webReport"_s, QJsonObject{{u"forged"_s, true}}); // server-owned: ignored
        const Answer report = anna.post(u"/reports"_s, body, newKey());
        KC_EXPECT_STATUS(report, 201);
        QCOMPARE(report.body[u"webReport"].toObject(), web.body[u"webReport"].toObject());
        QCOMPARE(report.body[u"routing"][u"policeArea"].toString(), u"Skaraborg"_s);
        const Answer read = anna.get(u"/reports/"_s + report.body[u"id"].toString());
        QCOMPARE(read.body[u"webReport"].toObject(), web.body[u"webReport"].toObject());
        QCOMPARE(read.body[u"routing"].toObject(), report.body[u"routing"].toObject());
        // AND a patch may not touch either
        const Answer patched =
            anna.call("PATCH", u"/reports/"_s + report.body[u"id"].toString(),
                      QJsonDocument(QJsonObject{{u"routing"_s, QJsonObject()}}).toJson(), {{"If-Match", "\"1\""}});
        KC_EXPECT_STATUS(patched, 422);
        QVERIFY(patched.errorFields().contains(u"routing"_s));
    }

    void tipRules_data() { kc::test::addDatabaseRows(); }
    void tipRules()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        QVERIFY(addTipsAgent(ts));
        Client ida(ts.port()), tilda(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(tilda.login(u"tilda"_s));

        // GIVEN an anonymous tip that still carries contact details WHEN it arrives
        const Answer anon = ida.post(u"/intake/tips"_s, readExample(u"tip-anonymous.json"_s));
        KC_EXPECT_STATUS(anon, 201);
        // THEN a tips contact with no contact details anywhere
        QCOMPARE(anon.body[u"queue"].toString(), u"tips"_s);
        QCOMPARE(anon.body[u"priority"].toInt(), 4);
        QCOMPARE(anon.body[u"caller"].toObject(), (QJsonObject{{u"name"_s, u"Anonym tipsare"_s}}));
        QVERIFY(!anon.body[u"tip"].toObject().contains(u"contact"_s));
        QCOMPARE(anon.body[u"tip"][u"anonymous"].toBool(), true);
        QCOMPARE(anon.body[u"subject"].toString().size(), 60);
        auto stored = ts.server->store().database().exec(
            u"SELECT caller, tip, caller_phone FROM contacts WHERE id = ?"_s, {anon.body[u"id"].toString()});
        QVERIFY(stored && stored->next());
        QVERIFY(!stored->value(0).toString().contains(u"070"_s));
        QVERIFY(!stored->value(1).toString().contains(u"070"_s));
        QVERIFY(!stored->value(1).toString().contains(u"Skickas"_s));
        QVERIFY(stored->value(2).isNull());
        stored->finish();

        // A tip with contact details keeps them; one that is not anonymous needs them
        const Answer named = ida.post(u"/intake/tips"_s, readExample(u"tip.json"_s));
        KC_EXPECT_STATUS(named, 201);
        QCOMPARE(named.body[u"caller"][u"name"].toString(), u"Test Testsson"_s);
        QJsonObject noContact = readExample(u"tip.json"_s);
        noContact.remove(u"contact"_s);
        noContact.insert(u"externalId"_s, u"tips-x"_s);
        QVERIFY(ida.post(u"/intake/tips"_s, noContact).errorFields().contains(u"contact"_s));

        // WHEN the agent takes the tip THEN it cannot become a report, nor end any other way
        const QString tipId = anon.body[u"id"].toString();
        KC_EXPECT_STATUS(tilda.post(u"/contacts/"_s + tipId + u"/accept"_s, {}), 200);
        QJsonObject report = kc::test::reportBody();
        report.insert(u"contactId"_s, tipId);
        const Answer asReport = tilda.post(u"/reports"_s, report, newKey());
        KC_EXPECT_STATUS(asReport, 422);
        QCOMPARE(asReport.errorFields()[u"contactId"_s].toString(), u"Ett tips kan inte registreras som anmälan."_s);
        for (const char* wrong : {"report_filed", "advice_given", "callback_booked"}) {
            QJsonObject complete{{u"disposition"_s, QString::fromLatin1(wrong)}};
            if (qstrcmp(wrong, "callback_booked") == 0)
                complete.insert(u"callbackAt"_s, kc::json::formatTimestamp(clock.now->addSecs(3600)));
            const Answer refused = tilda.post(u"/contacts/"_s + tipId + u"/complete"_s, complete);
            KC_EXPECT_STATUS(refused, 422);
            QVERIFY2(refused.errorFields().contains(u"disposition"_s), describe(refused).constData());
        }
        const Answer forwarded =
            tilda.post(u"/contacts/"_s + tipId + u"/complete"_s, {{u"disposition"_s, u"tip_forwarded"_s}});
        KC_EXPECT_STATUS(forwarded, 200);
        QCOMPARE(forwarded.body[u"disposition"].toString(), u"tip_forwarded"_s);

        // AND a contact that is no tip is never forwarded as one
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QJsonObject posing = kc::test::contactBody();
        posing.insert(u"tip"_s, QJsonObject{{u"what"_s, u"x"_s}}); // only /intake/tips makes a tip
        posing.insert(u"callbackOf"_s, tipId);
        const Answer plain = ida.post(u"/contacts"_s, posing);
        KC_EXPECT_STATUS(plain, 201);
        QVERIFY(!plain.body.contains(u"tip"_s) && !plain.body.contains(u"callbackOf"_s));
        KC_EXPECT_STATUS(anna.post(u"/contacts/"_s + plain.body[u"id"].toString() + u"/accept"_s, {}), 200);
        const Answer notTip = anna.post(u"/contacts/"_s + plain.body[u"id"].toString() + u"/complete"_s,
                                        {{u"disposition"_s, u"tip_forwarded"_s}});
        KC_EXPECT_STATUS(notTip, 422);
        QVERIFY(notTip.errorFields().contains(u"disposition"_s));
    }

    void callbackReturnsAtItsTime_data() { kc::test::addDatabaseRows(); }
    void callbackReturnsAtItsTime()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        options.alertTick = std::chrono::hours(1); // the test ticks itself (evaluateAlerts)
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port()), anna(ts.port()), sara(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(sara.login(u"sara"_s));
        const Answer original = ida.post(u"/contacts"_s, kc::test::contactBody(u"anmalan"_s, 3));
        const QString originalId = original.body[u"id"].toString();
        KC_EXPECT_STATUS(anna.post(u"/contacts/"_s + originalId + u"/accept"_s, {}), 200);
        const QString complete = u"/contacts/"_s + originalId + u"/complete"_s;

        // callbackAt: required, in the future, at most 14 days ahead
        const auto booking = [&](const QJsonValue& at) {
            QJsonObject b{{u"disposition"_s, u"callback_booked"_s}, {u"callbackNote"_s, u"Ring efter lunch."_s}};
            if (!at.isUndefined())
                b.insert(u"callbackAt"_s, at);
            return anna.post(complete, b);
        };
        for (const QJsonValue& wrong : {QJsonValue(QJsonValue::Undefined), QJsonValue(u"i morgon"_s),
                                        QJsonValue(kc::json::formatTimestamp(clock.now->addSecs(-60))),
                                        QJsonValue(kc::json::formatTimestamp(clock.now->addDays(15)))}) {
            const Answer refused = booking(wrong);
            KC_EXPECT_STATUS(refused, 422);
            QVERIFY(refused.errorFields().contains(u"callbackAt"_s));
        }
        const QDateTime at = clock.now->addSecs(2 * 3600);
        // (sent as the outbox sends it: with its Idempotency-Key, the body built once)
        const QJsonObject bookingBody{{u"disposition"_s, u"callback_booked"_s},
                                      {u"callbackNote"_s, u"Ring efter lunch."_s},
                                      {u"callbackAt"_s, kc::json::formatTimestamp(at)}};
        const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "complete-callback-1"}};
        const Answer booked = anna.post(complete, bookingBody, key);
        KC_EXPECT_STATUS(booked, 200);
        QCOMPARE(booked.body[u"disposition"].toString(), u"callback_booked"_s);

        // THEN a scheduled callback the supervisor sees and the agents' queue does not offer
        const QJsonArray scheduled = sara.get(u"/contacts?state=scheduled"_s).body[u"items"].toArray();
        QCOMPARE(scheduled.size(), 1);
        const QJsonObject callback = scheduled.first().toObject();
        const QString callbackId = callback[u"id"].toString();
        QCOMPARE(callback[u"callbackOf"].toString(), originalId);
        QCOMPARE(callback[u"callbackAt"].toString(), kc::json::formatTimestamp(at));
        QCOMPARE(callback[u"callbackNote"].toString(), u"Ring efter lunch."_s);
        QCOMPARE(callback[u"priority"].toInt(), 2);
        QCOMPARE(callback[u"channel"].toString(), u"phone"_s);
        QCOMPARE(callback[u"caller"].toObject(), original.body[u"caller"].toObject());
        QCOMPARE(anna.get(u"/contacts?state=waiting"_s).body[u"items"].toArray().size(), 0);
        KC_EXPECT_STATUS(anna.post(u"/contacts/"_s + callbackId + u"/accept"_s, {}), 409);

        // WHEN the clock reaches a minute before THEN still scheduled; at its time THEN waiting
        clock.advance(2 * 3600 - 60);
        ts.server->evaluateAlerts();
        QCOMPARE(sara.get(u"/contacts/"_s + callbackId).body[u"state"].toString(), u"scheduled"_s);
        clock.advance(60);
        ts.server->evaluateAlerts();
        const Answer due = sara.get(u"/contacts/"_s + callbackId);
        QCOMPARE(due.body[u"state"].toString(), u"waiting"_s);
        // AND a workstation whose answer was lost, retrying after the booked time, gets the first
        // answer, not a refusal of a time now past (nor a second callback)
        const Answer retried = anna.post(complete, bookingBody, key);
        KC_EXPECT_STATUS(retried, 200);
        QCOMPARE(retried.body[u"disposition"].toString(), u"callback_booked"_s);
        QCOMPARE(sara.get(u"/contacts?state=waiting"_s).body[u"items"].toArray().size(), 1);
        QCOMPARE(due.body[u"receivedAt"].toString(), kc::json::formatTimestamp(at));
        const QJsonArray waiting = anna.get(u"/contacts?state=waiting"_s).body[u"items"].toArray();
        QCOMPARE(waiting.size(), 1);

        // WHEN nobody takes it for 15 minutes THEN no alert yet; after 16 THEN callback_missed
        clock.advance(15 * 60);
        ts.server->evaluateAlerts();
        QCOMPARE(sara.get(u"/alerts?active=true"_s).body[u"items"].toArray().size(), 0);
        clock.advance(60);
        ts.server->evaluateAlerts();
        ts.server->evaluateAlerts(); // once, however often evaluated
        const QJsonArray alerts = sara.get(u"/alerts?active=true"_s).body[u"items"].toArray();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject alert = alerts.first().toObject();
        QCOMPARE(alert[u"kind"].toString(), u"callback_missed"_s);
        QCOMPARE(alert[u"contactId"].toString(), callbackId);
        QCOMPARE(alert[u"queue"].toString(), u"anmalan"_s);
        QCOMPARE(alert[u"value"].toDouble(), 16.0);
        QCOMPARE(alert[u"threshold"].toDouble(), 15.0);

        // WHEN the agent takes it THEN the alert clears, and the feed said both
        KC_EXPECT_STATUS(anna.post(u"/contacts/"_s + callbackId + u"/accept"_s, {}), 200);
        ts.server->evaluateAlerts();
        QCOMPARE(sara.get(u"/alerts?active=true"_s).body[u"items"].toArray().size(), 0);
        QStringList alertEvents;
        for (const QJsonValue& ch : sara.get(u"/changes"_s).body[u"changes"].toArray())
            if (ch[u"kind"].toString() == u"alert")
                alertEvents << ch[u"event"].toString() + u' ' + ch[u"data"][u"contactId"].toString();
        QCOMPARE(alertEvents, (QStringList{u"alert.raised "_s + callbackId, u"alert.cleared "_s + callbackId}));
    }

    void routingOfEveryKommun_data() { kc::test::addDatabaseRows(); }
    void routingOfEveryKommun()
    {
        QFETCH(QString, databaseUrl);
        const QList<KommunRow> table = kommunTable();
        QCOMPARE(table.size(), 290);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client anna(ts.port()), olle(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(olle.login(u"olle"_s));
        QStringList wrong;
        QStringList skaraborgCases;
        for (const KommunRow& row : table) {
            QJsonObject body = kc::test::reportBody();
            QJsonObject location = body[u"location"].toObject();
            location.insert(u"municipalityCode"_s, row.code);
            body.insert(u"location"_s, location);
            const Answer a = anna.post(u"/reports"_s, body, newKey());
            if (a.status != 201) {
                wrong << row.code + u": "_s + QString::fromUtf8(describe(a));
                continue;
            }
            const QJsonObject routing = a.body[u"routing"].toObject();
            // certain → its area, state new; anything else → unrouted, the region only
            const QJsonObject expected{{u"policeRegion"_s, row.region},
                                       {u"policeArea"_s, row.certain ? row.area : QString()},
                                       {u"state"_s, row.certain ? u"new"_s : u"unrouted"_s},
                                       {u"routedAt"_s, kc::json::formatTimestamp(*clock.now)}};
            if (routing != expected)
                wrong << row.code + u": "_s + QString::fromUtf8(QJsonDocument(routing).toJson(QJsonDocument::Compact));
            if (row.certain && row.area == u"Skaraborg")
                skaraborgCases << a.body[u"caseNumber"].toString();
            clock.advance(1);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // AND Skaraborg's desk lists exactly its own, newest first
        QStringList listed;
        for (const QJsonValue& h : olle.get(u"/handoffs"_s).body[u"items"].toArray())
            listed << h[u"caseNumber"].toString();
        std::reverse(skaraborgCases.begin(), skaraborgCases.end());
        QCOMPARE(listed, skaraborgCases);
        QVERIFY(!listed.isEmpty());
    }

    void areaRights_data() { kc::test::addDatabaseRows(); }
    void areaRights()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        kc::User goteborg;
        goteborg.username = u"gbg"_s;
        goteborg.displayName = u"Storgöteborg"_s;
        goteborg.role = kc::Role::Area;
        goteborg.policeArea = u"Storgöteborg"_s;
        QVERIFY(ts.server->store().users().add(goteborg, kc::test::testPassword));
        kc::User unknownArea = goteborg;
        unknownArea.username = u"nowhere"_s;
        unknownArea.policeArea = u"Atlantis"_s;
        const auto refusedUser = ts.server->store().users().add(unknownArea, kc::test::testPassword);
        QVERIFY(!refusedUser);
        QVERIFY(refusedUser.error().message.contains(u"Skaraborg"_s)); // the known ones are listed

        Client anna(ts.port()), olle(ts.port()), gbg(ts.port()), sara(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(olle.login(u"olle"_s));
        QVERIFY(gbg.login(u"gbg"_s));
        QVERIFY(sara.login(u"sara"_s));
        const QJsonObject me = olle.get(u"/me"_s).body;
        QCOMPARE(me[u"role"].toString(), u"area"_s);
        QCOMPARE(me[u"policeArea"].toString(), u"Skaraborg"_s);

        // GIVEN a report in Skara (Skaraborg), one in Göteborg, one in a kommun of region Väst whose
        // area no source has confirmed yet (taken from the data, which grows as sources are found)
        QString uncertainCode;
        for (const KommunRow& row : kommunTable()) {
            if (!row.certain && row.region == u"Väst") {
                uncertainCode = row.code;
                break;
            }
        }
        QVERIFY(!uncertainCode.isEmpty());
        const auto file = [&](const QString& code) {
            QJsonObject body = kc::test::reportBody();
            QJsonObject location = body[u"location"].toObject();
            location.insert(u"municipalityCode"_s, code);
            body.insert(u"location"_s, location);
            clock.advance(60);
            return anna.post(u"/reports"_s, body, newKey()).body;
        };
        const qint64 cursor = anna.get(u"/changes"_s).body[u"cursor"].toInteger();
        const QJsonObject skara = file(u"1495"_s), gothenburg = file(u"1480"_s), uncertain = file(uncertainCode);
        const QString skaraId = skara[u"id"].toString();
        QCOMPARE(uncertain[u"routing"][u"state"].toString(), u"unrouted"_s);

        // THEN each area sees only its own, with no personal data
        const QJsonArray mine = olle.get(u"/handoffs"_s).body[u"items"].toArray();
        QCOMPARE(mine.size(), 1);
        const QJsonObject item = mine.first().toObject();
        QCOMPARE(item[u"reportId"].toString(), skaraId);
        QCOMPARE(item[u"state"].toString(), u"new"_s);
        QCOMPARE(item[u"municipalityName"].toString(), u"Skara"_s);
        QCOMPARE(item[u"offenceCode"].toString(), skara[u"offenceCode"].toString());
        QVERIFY(!item.contains(u"reporter"_s) && !item.contains(u"narrative"_s));
        QCOMPARE(gbg.get(u"/handoffs"_s).body[u"items"].toArray().first()[u"reportId"].toString(),
                 gothenburg[u"id"].toString());
        QCOMPARE(auditRows(ts, u"handoffs.list"_s, u"handoffs"_s), 2);
        QCOMPARE(olle.get(u"/handoffs?state=bogus"_s).status, 422);

        // AND nothing else: 403 on personal data, 404 on another area's or an unrouted handoff
        for (const QString& path : QStringList{u"/contacts"_s, u"/reports/"_s + skaraId, u"/cases?q=cykel"_s,
                                               u"/agents"_s, u"/alerts"_s, u"/audit"_s, u"/queues/stats"_s})
            QCOMPARE(olle.get(path).status, 403);
        QCOMPARE(olle.post(u"/intake/tips"_s, readExample(u"tip.json"_s)).status, 403);
        QCOMPARE(olle.post(u"/handoffs/"_s + gothenburg[u"id"].toString() + u"/ack"_s, {}).status, 404);
        QCOMPARE(olle.post(u"/handoffs/"_s + uncertain[u"id"].toString() + u"/ack"_s, {}).status, 404);
        QCOMPARE(olle.post(u"/handoffs/nope/ack"_s, {}).status, 404);
        QCOMPARE(anna.get(u"/handoffs"_s).status, 403);

        // WHEN Skaraborg acknowledges THEN acknowledged, audited; a second ack is the same answer
        const QString etag = QString::fromLatin1(anna.get(u"/reports/"_s + skaraId).header("ETag"));
        clock.advance(300);
        const Answer ack = olle.post(u"/handoffs/"_s + skaraId + u"/ack"_s, {});
        KC_EXPECT_STATUS(ack, 200);
        QCOMPARE(ack.body[u"state"].toString(), u"acknowledged"_s);
        const QString ackAt = kc::json::formatTimestamp(*clock.now);
        QCOMPARE(ack.body[u"acknowledgedAt"].toString(), ackAt);
        clock.advance(300);
        const Answer again = olle.post(u"/handoffs/"_s + skaraId + u"/ack"_s, {});
        KC_EXPECT_STATUS(again, 200);
        QCOMPARE(again.body, ack.body);
        QCOMPARE(auditRows(ts, u"handoff.ack"_s, skaraId), 1);
        QCOMPARE(auditRows(ts, u"handoff.read"_s, skaraId), 1);
        QCOMPARE(olle.get(u"/handoffs?state=new"_s).body[u"items"].toArray().size(), 0);
        QCOMPARE(olle.get(u"/handoffs?state=acknowledged"_s).body[u"items"].toArray().size(), 1);

        // AND the agent's report carries it without a new version (no If-Match conflict)
        const Answer report = anna.get(u"/reports/"_s + skaraId);
        QCOMPARE(QString::fromLatin1(report.header("ETag")), etag);
        QCOMPARE(report.body[u"routing"][u"state"].toString(), u"acknowledged"_s);
        QCOMPARE(report.body[u"routing"][u"acknowledgedAt"].toString(), ackAt);
        QCOMPARE(report.body[u"routing"][u"acknowledgedBy"].toString(), ts.ids[u"olle"_s]);
        const Answer edit = anna.call("PATCH", u"/reports/"_s + skaraId,
                                      QJsonDocument(QJsonObject{{u"narrative"_s, u"Ändrad."_s}}).toJson(),
                                      {{"If-Match", etag.toLatin1()}});
        KC_EXPECT_STATUS(edit, 200);
        QCOMPARE(edit.body[u"routing"][u"state"].toString(), u"acknowledged"_s);

        // AND the feeds: the agent hears report.updated with the routing; the area only its handoffs
        QStringList agentHeard;
        for (const QJsonValue& ch : anna.get(u"/changes?since=%1"_s.arg(cursor)).body[u"changes"].toArray())
            if (ch[u"kind"].toString() == u"report" && ch[u"id"].toString() == skaraId)
                agentHeard << ch[u"event"].toString() + u' ' + ch[u"data"][u"routing"][u"state"].toString();
        QCOMPARE(agentHeard, (QStringList{u"report.created acknowledged"_s, u"report.updated acknowledged"_s,
                                          u"report.updated acknowledged"_s}));
        const QJsonArray areaFeed = olle.get(u"/changes"_s).body[u"changes"].toArray();
        QStringList areaHeard;
        for (const QJsonValue& ch : areaFeed) {
            QCOMPARE(ch[u"kind"].toString(), u"report"_s);
            QVERIFY(!ch[u"data"].toObject().contains(u"reporter"_s));
            areaHeard << ch[u"event"].toString() + u' ' + ch[u"data"][u"reportId"].toString();
        }
        QCOMPARE(areaHeard, (QStringList{u"report.created "_s + skaraId, u"report.updated "_s + skaraId}));
        // the live fan-out (EventHub) applies the same rule as the feed's SQL
        const auto olleUser = ts.server->store().users().authenticate(olle.token, *clock.now);
        QVERIFY(olleUser && olleUser->policeArea == u"Skaraborg"_s);
        int liveForArea = 0;
        for (const kc::server::Change& ch : ts.server->store().feed().after(0, 10000))
            if (ts.server->store().feed().visible(*olleUser, ch)) {
                ++liveForArea;
                QCOMPARE(ch.scope, u"area:Skaraborg"_s);
                QVERIFY(!ch.data.contains(u"reporter"_s));
            }
        QCOMPARE(liveForArea, 2);
        // the supervisor of the agent's team sees the report, never the area's rows
        for (const QJsonValue& ch : sara.get(u"/changes"_s).body[u"changes"].toArray())
            if (ch[u"kind"].toString() == u"report")
                QVERIFY(ch[u"data"].toObject().contains(u"narrative"_s));
    }

    void caseHistoryCarriesRouting_data() { kc::test::addDatabaseRows(); }
    void caseHistoryCarriesRouting()
    {
        // GIVEN Anna's reports in Skara (routed to Skaraborg) and in a kommun of region Väst whose
        // area no source has confirmed (unrouted)
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client anna(ts.port()), bo(ts.port()), olle(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(bo.login(u"bo"_s));
        QVERIFY(olle.login(u"olle"_s));
        QString uncertainCode;
        for (const KommunRow& row : kommunTable()) {
            if (!row.certain && row.region == u"Väst") {
                uncertainCode = row.code;
                break;
            }
        }
        QVERIFY(!uncertainCode.isEmpty());
        const auto file = [&](const QString& code) {
            QJsonObject body = kc::test::reportBody();
            QJsonObject location = body[u"location"].toObject();
            location.insert(u"municipalityCode"_s, code);
            body.insert(u"location"_s, location);
            clock.advance(60);
            return anna.post(u"/reports"_s, body, newKey()).body;
        };
        const QJsonObject skara = file(u"1495"_s), uncertain = file(uncertainCode);
        // The summary of a report as a colleague's case search finds it.
        const auto summaryOf = [&bo](const QJsonObject& report) {
            const Answer found = bo.get(u"/cases?caseNumber="_s + report[u"caseNumber"].toString());
            const QJsonArray items = found.body[u"items"].toArray();
            return items.size() == 1 ? items.first()[u"report"].toObject() : QJsonObject();
        };

        // WHEN colleague Bo finds them in the case history THEN each summary says where it went, as
        // the report does, and carries nothing of the citizen's submission
        QJsonObject summary = summaryOf(skara);
        QCOMPARE(summary[u"id"].toString(), skara[u"id"].toString());
        QCOMPARE(summary[u"routing"].toObject(), skara[u"routing"].toObject());
        QCOMPARE(summary[u"routing"][u"state"].toString(), u"new"_s);
        QVERIFY(!summary.contains(u"webReport"_s));
        const QJsonObject unrouted = summaryOf(uncertain)[u"routing"].toObject();
        QCOMPARE(unrouted[u"state"].toString(), u"unrouted"_s);
        QCOMPARE(unrouted[u"policeRegion"].toString(), u"Väst"_s);

        // WHEN Skaraborg acknowledges THEN the summary says so (who and when), like the report
        clock.advance(300);
        KC_EXPECT_STATUS(olle.post(u"/handoffs/"_s + skara[u"id"].toString() + u"/ack"_s, {}), 200);
        summary = summaryOf(skara);
        QCOMPARE(summary[u"routing"][u"state"].toString(), u"acknowledged"_s);
        QCOMPARE(summary[u"routing"][u"acknowledgedAt"].toString(), kc::json::formatTimestamp(*clock.now));
        QCOMPARE(summary[u"routing"].toObject(),
                 anna.get(u"/reports/"_s + skara[u"id"].toString()).body[u"routing"].toObject());
        // AND a search by personnummer (the mixed page of reports and report-less contacts) too
        const QString pn = kc::test::reportBody()[u"reporter"][u"personnummer"].toString();
        int routedHits = 0;
        for (const QJsonValue& item : bo.get(u"/cases?personnummer="_s + pn).body[u"items"].toArray())
            if (item[u"report"][u"id"].toString() == skara[u"id"].toString()) {
                QCOMPARE(item[u"report"][u"routing"][u"state"].toString(), u"acknowledged"_s);
                ++routedHits;
            }
        QCOMPARE(routedHits, 1);
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "tst_intake.moc"
