// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The server's defences (issue 9), over real loopback HTTP against SQLite and PostgreSQL: sign-in
// limits that parallel attempts cannot outrun and that one address cannot use to lock out others,
// whose data each role may change or see, an audit row for every read of personal data (and no
// data without one), idempotency that never keeps a server fault, the change feed's limits and
// retention, event streams that end with their session, and bodies refused before they are read.
//
// Time-dependent rules run on an injected clock (ServerOptions::clock), never on the wall clock.
#include "apiclient.h"
#include "core/i18n.h"
#include "server/apiserver.h"
#include "server/auth.h"
#include "server/database.h"
#include "server/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using kc::Role;
using kc::User;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A clock the test moves by hand.
struct ManualClock
{
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    std::function<QDateTime()> function() const
    {
        return [t = now] { return *t; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

int count(kc::server::Database& db, const QString& sql, const QVariantList& args = {})
{
    auto q = db.exec(sql, args);
    if (!q || !q->next())
        return -1;
    const int n = q->value(0).toInt();
    q->finish();
    return n;
}

// Makes every audit insert fail (or stops doing so): "no audit row, no data" must then hold.
bool breakAudit(kc::server::Database& db, bool broken)
{
    if (db.dialect() == kc::server::Dialect::Sqlite)
        return broken ? db.exec(u"CREATE TRIGGER audit_broken BEFORE INSERT ON audit BEGIN"
                                u" SELECT RAISE(ABORT, 'audit broken for the test'); END"_s)
                            .ok()
                      : db.exec(u"DROP TRIGGER audit_broken"_s).ok();
    if (broken)
        return db.exec(u"CREATE FUNCTION audit_broken() RETURNS trigger LANGUAGE plpgsql AS"
                       u" $$ BEGIN RAISE EXCEPTION 'audit broken for the test'; END $$"_s)
                   .ok() &&
               db.exec(u"CREATE TRIGGER audit_broken BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION"
                       u" audit_broken()"_s)
                   .ok();
    return db.exec(u"DROP TRIGGER audit_broken ON audit"_s).ok() && db.exec(u"DROP FUNCTION audit_broken()"_s).ok();
}

Answer signIn(Client& client, const QString& user, const QString& password, const QByteArray& forwardedFor = {})
{
    Headers h;
    if (!forwardedFor.isEmpty())
        h.append({"X-Forwarded-For"_ba, forwardedFor});
    return client.call("POST", u"/session"_s, compact({{u"username"_s, user}, {u"password"_s, password}}), h);
}

} // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(kc::installTranslations(u"sv"_s));
    }

    // ---- sign-in -------------------------------------------------------------------------------

    void parallelWrongPasswordsAreLimited_data() { kc::test::addDatabaseRows(); }
    void parallelWrongPasswordsAreLimited()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        ts.kdfIterations = 100'000; // slow enough that the attempts overlap
        kc::server::ServerOptions options;
        options.kdfIterations = ts.kdfIterations;
        QVERIFY(ts.start(databaseUrl, options));
        // GIVEN 30 wrong passwords for bo sent at once, over 30 connections
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        const QByteArray body = compact({{u"username"_s, u"bo"_s}, {u"password"_s, u"fel-lösenord"_s}});
        for (int i = 0; i < 30; ++i) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/session"_s.arg(ts.port())));
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies.emplace_back(nams.back()->post(req, body));
        }
        for (auto& r : replies)
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 60000);
        // THEN at most five reached the password check; the others were refused with Retry-After
        int unauthorized = 0, limited = 0;
        for (auto& r : replies) {
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 401)
                ++unauthorized;
            if (status == 429) {
                ++limited;
                QVERIFY(r->rawHeader("Retry-After").toInt() > 0);
            }
        }
        QCOMPARE(unauthorized, 5);
        QCOMPARE(limited, 25);
        // and one audit row says so, not 25
        QCOMPARE(count(ts.server->store().database(), u"SELECT COUNT(*) FROM audit WHERE action = 'login.blocked'"_s),
                 1);
    }

    void limitsPerAddressAndPerUser_data() { kc::test::addDatabaseRows(); }
    void limitsPerAddressAndPerUser()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        kc::server::ServerOptions options;
        options.trustedProxies = {QHostAddress(u"127.0.0.1"_s)};
        options.loginFailuresPerUser = 8;
        QVERIFY(ts.start(databaseUrl, options));
        Client c(ts.port());
        // GIVEN five failures for bo from one address behind the trusted proxy
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(c, u"bo"_s, u"fel"_s, "10.0.0.1").status, 401);
        const Answer blocked = signIn(c, u"bo"_s, kc::test::testPassword, "10.0.0.1");
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.header("Retry-After").toInt() > 0);
        // THEN bo at another address is not locked out by them
        QCOMPARE(signIn(c, u"bo"_s, kc::test::testPassword, "10.0.0.2").status, 201);
        // and the client's own claim before the proxy's entry counts for nothing
        QCOMPARE(signIn(c, u"bo"_s, kc::test::testPassword, "10.0.0.9, 10.0.0.1").status, 429);
        // WHEN guesses come from many addresses THEN the per-user ceiling stops them
        QCOMPARE(signIn(c, u"bo"_s, u"fel"_s, "10.0.0.3").status, 401);
        QCOMPARE(signIn(c, u"bo"_s, u"fel"_s, "10.0.0.4").status, 401);
        QCOMPARE(signIn(c, u"bo"_s, u"fel"_s, "10.0.0.5").status, 401);
        QCOMPARE(signIn(c, u"bo"_s, kc::test::testPassword, "10.0.0.6").status, 429);
    }

    void forwardedForIgnoredWithoutTrustedProxy_data() { kc::test::addDatabaseRows(); }
    void forwardedForIgnoredWithoutTrustedProxy()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client c(ts.port());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(c, u"bo"_s, u"fel"_s, QByteArray("10.0.0.") + QByteArray::number(i)).status, 401);
        // A header anyone can send does not make a new address.
        QCOMPARE(signIn(c, u"bo"_s, kc::test::testPassword, "10.0.0.99").status, 429);
    }

    void cheapRefusalsAndNothingTypedKept_data() { kc::test::addDatabaseRows(); }
    void cheapRefusalsAndNothingTypedKept()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        kc::server::Database& db = ts.server->store().database();
        Client c(ts.port());
        const int auditBefore = count(db, u"SELECT COUNT(*) FROM audit"_s);
        const Answer longName = signIn(c, QString(65, u'a'), u"x"_s);
        QCOMPARE(longName.status, 400);
        QVERIFY(longName.errorMessage().contains(u"64"_s));
        const Answer longPassword = signIn(c, u"bo"_s, QString(1025, u'x'));
        QCOMPARE(longPassword.status, 400);
        // nothing was recorded for them
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM login_attempts"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit"_s), auditBefore);

        // A password typed into the username field is stored nowhere.
        const QString typed = u"Hemligt-Lösenord-2026"_s;
        QCOMPARE(signIn(c, typed, u"anything"_s).status, 401);
        for (const char* table : {"login_attempts", "login_blocks", "audit", "users", "sessions"}) {
            auto q = db.exec(u"SELECT * FROM %1"_s.arg(QLatin1String(table)));
            QVERIFY(q.ok());
            while (q->next())
                for (int i = 0; i < q->record().count(); ++i)
                    QVERIFY2(!q->value(i).toString().contains(typed), table);
        }
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM audit WHERE action = 'login.failed' AND resource = 'user:?'"_s), 1);
    }

    void hashingQueueFullAnswers503_data() { kc::test::addDatabaseRows(); }
    void hashingQueueFullAnswers503()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        kc::server::ServerOptions options;
        options.kdfQueueLimit = 0; // a full queue, deterministically
        QVERIFY(ts.start(databaseUrl, options));
        Client c(ts.port());
        const Answer a = signIn(c, u"anna"_s, kc::test::testPassword);
        QCOMPARE(a.status, 503);
        QVERIFY(a.header("Retry-After").toInt() > 0);
        QCOMPARE(count(ts.server->store().database(), u"SELECT COUNT(*) FROM login_attempts"_s), 0);
    }

    void olderHashesUpgradedAtSignIn_data() { kc::test::addDatabaseRows(); }
    void olderHashesUpgradedAtSignIn()
    {
        QFETCH(QString, databaseUrl);
        QCOMPARE(kc::server::ServerOptions{}.kdfIterations, 600'000); // OWASP's figure for PBKDF2-SHA256
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl)); // users hashed at 1,000 iterations
        }
        TestServer ts;
        ts.kdfIterations = 2000;
        QVERIFY(ts.start(databaseUrl, {}, /*fresh=*/false));
        const auto hashOf = [&ts] {
            auto q = ts.server->store().database().exec(u"SELECT password_hash FROM users WHERE username = 'anna'"_s);
            return q && q->next() ? q->value(0).toString() : QString();
        };
        QCOMPARE(kc::server::auth::iterationsOf(hashOf()), 1000);
        Client c(ts.port());
        QCOMPARE(signIn(c, u"anna"_s, u"fel-lösenord"_s).status, 401);
        QCOMPARE(kc::server::auth::iterationsOf(hashOf()), 1000); // a wrong password upgrades nothing
        QCOMPARE(signIn(c, u"anna"_s, kc::test::testPassword).status, 201);
        QCOMPARE(kc::server::auth::iterationsOf(hashOf()), 2000);
        QCOMPARE(signIn(c, u"anna"_s, kc::test::testPassword).status, 201);
    }

    // ---- whose data ----------------------------------------------------------------------------

    void onlyCreatorAndTeamSupervisorEditReports_data() { kc::test::addDatabaseRows(); }
    void onlyCreatorAndTeamSupervisorEditReports()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        User sven;
        sven.username = u"sven"_s;
        sven.displayName = u"Sven Syd"_s;
        sven.role = Role::Supervisor;
        sven.team = u"syd"_s;
        sven.queues = {u"syd"_s};
        QVERIFY(ts.server->store().users().add(sven, kc::test::testPassword).ok());
        Client anna(ts.port()), bo(ts.port()), cissi(ts.port()), sara(ts.port()), svenC(ts.port());
        for (auto [client, name] :
             {std::pair{&anna, "anna"}, {&bo, "bo"}, {&cissi, "cissi"}, {&sara, "sara"}, {&svenC, "sven"}})
            QVERIFY(client->login(QString::fromLatin1(name)));
        const Answer created = anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}});
        QCOMPARE(created.status, 201);
        const QString path = u"/reports/"_s + created.body.value(u"id").toString();
        const QByteArray patch = R"({"narrative":"Cykeln stod vid stationen, låset uppklippt."})";
        // colleagues read it and add to it, but do not rewrite it
        QCOMPARE(bo.get(path).status, 200);
        QCOMPARE(bo.post(path + u"/supplements"_s, {{u"text"_s, u"Inringaren ringde igen."_s}}).status, 201);
        QCOMPARE(bo.call("PATCH", path, patch, {{"If-Match", "\"2\""}}).status, 403);
        QCOMPARE(cissi.call("PATCH", path, patch, {{"If-Match", "\"2\""}}).status, 403);
        QCOMPARE(svenC.call("PATCH", path, patch, {{"If-Match", "\"2\""}}).status, 403); // another team's
        QCOMPARE(sara.call("PATCH", path, patch, {{"If-Match", "\"2\""}}).status, 200);  // anna's supervisor
        QCOMPARE(anna.call("PATCH", path, patch, {{"If-Match", "\"3\""}}).status, 200);  // the creator
    }

    void serverOwnedFieldsRefusedByName_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        for (const auto& [field, value] : {std::pair{"id", QJsonValue(u"r-x"_s)},
                                           {"caseNumber", QJsonValue(u"1400-K9-26"_s)},
                                           {"contactId", QJsonValue(u"c-x"_s)},
                                           {"createdBy", QJsonValue(u"u-x"_s)},
                                           {"createdAt", QJsonValue(u"2026-01-01T00:00:00Z"_s)},
                                           {"supplements", QJsonValue(QJsonArray())}})
            QTest::newRow(field) << QString::fromLatin1(field) << value;
    }
    void serverOwnedFieldsRefusedByName()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        TestServer ts;
        QVERIFY(ts.start(u"sqlite:"_s + m_dir.filePath(u"owned-%1.db"_s.arg(field))));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const Answer created = anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}});
        const Answer a = anna.call("PATCH", u"/reports/"_s + created.body.value(u"id").toString(),
                                   compact({{field, value}, {u"narrative"_s, u"Ny text."_s}}), {{"If-Match", "\"1\""}});
        QCOMPARE(a.status, 422);
        QVERIFY2(a.errorFields().contains(field), a.raw.constData());
        QCOMPARE(anna.get(u"/reports/"_s + created.body.value(u"id").toString()).body.value(u"version").toInt(), 1);
    }

    void completeLinksOnlyTheContactsReport_data() { kc::test::addDatabaseRows(); }
    void completeLinksOnlyTheContactsReport()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port()), bo(ts.port()), ida(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(bo.login(u"bo"_s));
        QVERIFY(ida.login(u"ida"_s));
        const auto takeContact = [&] {
            const QString id = ida.post(u"/contacts"_s, kc::test::contactBody()).body.value(u"id").toString();
            return anna.post(u"/contacts/"_s + id + u"/accept"_s, {}).status == 200 ? id : QString();
        };
        const auto fileReport = [](Client& who, const QString& contactId) {
            QJsonObject body = kc::test::reportBody();
            if (!contactId.isEmpty())
                body.insert(u"contactId"_s, contactId);
            return who.post(u"/reports"_s, body, {{"Idempotency-Key"_ba, newKey()}}).body.value(u"id").toString();
        };
        const auto complete = [&anna](const QString& contact, const QString& report) {
            return anna.post(u"/contacts/"_s + contact + u"/complete"_s,
                             {{u"disposition"_s, u"report_filed"_s}, {u"reportId"_s, report}});
        };
        const QString c1 = takeContact(), c2 = takeContact(), c3 = takeContact();
        QVERIFY(!c1.isEmpty() && !c2.isEmpty() && !c3.isEmpty());
        const QString bosReport = fileReport(bo, QString());
        const QString forC2 = fileReport(anna, c2);
        // a colleague's report, another contact's report, no report at all: refused, field named
        for (const QString& wrong : {bosReport, forC2, u"r-does-not-exist"_s}) {
            const Answer a = complete(c1, wrong);
            QCOMPARE(a.status, 422);
            QVERIFY(a.errorFields().contains(u"reportId"_s));
        }
        // the agent's own report without a contact is fine
        const QString own = fileReport(anna, QString());
        QCOMPARE(complete(c1, own).status, 200);
        // a contact already linked to its report keeps that link
        const QString forC3 = fileReport(anna, c3);
        const Answer replaced = complete(c3, fileReport(anna, QString()));
        QCOMPARE(replaced.status, 422);
        const Answer kept = complete(c3, forC3);
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.body.value(u"reportId").toString(), forC3);
    }

    void supervisorsSeeTheirOwnTeamOnly_data() { kc::test::addDatabaseRows(); }
    void supervisorsSeeTheirOwnTeamOnly()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        User idle;
        idle.username = u"vera"_s;
        idle.displayName = u"Vera Utan Köer"_s;
        idle.role = Role::Supervisor;
        idle.team = u"väst"_s;
        QVERIFY(ts.server->store().users().add(idle, kc::test::testPassword).ok());
        Client ida(ts.port()), vera(ts.port()), sara(ts.port()), cissi(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(vera.login(u"vera"_s));
        QVERIFY(sara.login(u"sara"_s));
        QVERIFY(cissi.login(u"cissi"_s));
        QCOMPARE(ida.post(u"/contacts"_s, kc::test::contactBody()).status, 201);
        // a supervisor without queues sees no contacts, never "all"
        QCOMPARE(vera.get(u"/contacts"_s).body.value(u"items").toArray().size(), 0);
        for (const QJsonValue& ch : vera.get(u"/changes"_s).body.value(u"changes").toArray())
            QVERIFY(ch[u"kind"].toString() != u"contact");
        QCOMPARE(vera.get(u"/queues/stats"_s).body.value(u"queues").toArray().size(), 0);
        QCOMPARE(sara.get(u"/contacts"_s).body.value(u"items").toArray().size(), 1);
        // the audit trail is the team's: cissi (syd) signed in, sara (väst) does not see it
        const QJsonArray trail = sara.get(u"/audit?limit=500"_s).body.value(u"items").toArray();
        QVERIFY(!trail.isEmpty());
        for (const QJsonValue& row : trail)
            QVERIFY2(row[u"user"].toString() != ts.ids.value(u"cissi"_s), qPrintable(row[u"action"].toString()));
    }

    void trainersSeeNoCallersOnProduction_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("production") << false;
        QTest::newRow("demo") << true;
    }
    void trainersSeeNoCallersOnProduction()
    {
        QFETCH(bool, demo);
        TestServer ts;
        kc::server::ServerOptions options;
        options.demo = demo;
        QVERIFY(ts.start(u"sqlite:"_s + m_dir.filePath(u"trainer-%1.db"_s.arg(demo)), options));
        Client ida(ts.port()), anna(ts.port()), tore(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(tore.login(u"tore"_s));
        QCOMPARE(ida.post(u"/contacts"_s, kc::test::contactBody()).status, 201);
        QCOMPARE(anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}}).status, 201);
        QCOMPARE(anna.call("PUT", u"/agents/me/state"_s, R"({"state":"ready"})").status, 200);
        QSet<QString> kinds;
        for (const QJsonValue& ch : tore.get(u"/changes"_s).body.value(u"changes").toArray())
            kinds.insert(ch[u"kind"].toString());
        if (demo)
            QCOMPARE(kinds, (QSet<QString>{u"contact"_s, u"report"_s, u"agent"_s}));
        else
            QCOMPARE(kinds, QSet<QString>{u"agent"_s}); // who is in which state, no callers, no reports
        QCOMPARE(tore.post(u"/contacts"_s, kc::test::contactBody()).status, demo ? 201 : 403);
    }

    // ---- every read audited ---------------------------------------------------------------------

    void readsAreAudited_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path"); // {c}: a contact, {r}: a report
        QTest::addColumn<QString>("action");
        QTest::newRow("contacts") << u"anna"_s << u"/contacts"_s << u"contacts.list"_s;
        QTest::newRow("contact") << u"anna"_s << u"/contacts/{c}"_s << u"contact.read"_s;
        QTest::newRow("report") << u"anna"_s << u"/reports/{r}"_s << u"report.read"_s;
        QTest::newRow("cases") << u"anna"_s << u"/cases?q=cykel"_s << u"cases.search"_s;
        QTest::newRow("changes") << u"anna"_s << u"/changes"_s << u"changes.read"_s;
        QTest::newRow("audit") << u"sara"_s << u"/audit"_s << u"audit.read"_s;
    }
    void readsAreAudited()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(QString, action);
        TestServer ts;
        QVERIFY(ts.start(u"sqlite:"_s + m_dir.filePath(u"read-%1.db"_s.arg(action))));
        kc::server::Database& db = ts.server->store().database();
        Client ida(ts.port()), reader(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(reader.login(user));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const QString contact = ida.post(u"/contacts"_s, kc::test::contactBody()).body.value(u"id").toString();
        const QString report = anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}})
                                   .body.value(u"id")
                                   .toString();
        const QString resolved = QString(path).replace(u"{c}"_s, contact).replace(u"{r}"_s, report);
        const QString countSql = u"SELECT COUNT(*) FROM audit WHERE action = ? AND user_id = ?"_s;
        const int before = count(db, countSql, {action, ts.ids.value(user)});
        const Answer ok = reader.get(resolved);
        QCOMPARE(ok.status, 200);
        QCOMPARE(count(db, countSql, {action, ts.ids.value(user)}), before + 1);
        // WHEN no audit row can be written THEN no data leaves
        QVERIFY(breakAudit(db, true));
        const Answer refused = reader.get(resolved);
        QCOMPARE(refused.status, 500);
        QVERIFY2(!refused.raw.contains("Testsson") && !refused.raw.contains("Cykel"), refused.raw.constData());
        QVERIFY(breakAudit(db, false));
    }

    // ---- exactly once ----------------------------------------------------------------------------

    void serverFaultIsNotKeptUnderAKey_data() { kc::test::addDatabaseRows(); }
    void serverFaultIsNotKeptUnderAKey()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        kc::server::Database& db = ts.server->store().database();
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const QByteArray body = compact(kc::test::reportBody()); // built once: the retry is byte-identical
        const Headers key{{"Idempotency-Key"_ba, newKey()}};
        QVERIFY(breakAudit(db, true));
        const Answer fault = anna.call("POST", u"/reports"_s, body, key);
        QCOMPARE(fault.status, 500);
        QVERIFY(breakAudit(db, false));
        // THEN the retry runs again instead of replaying the fault
        const Answer retried = anna.call("POST", u"/reports"_s, body, key);
        QCOMPARE(retried.status, 201);
        QVERIFY(retried.header("Idempotent-Replayed").isEmpty());
        // and a replay carries the first answer's ETag and Location
        const Answer replay = anna.call("POST", u"/reports"_s, body, key);
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.header("Idempotent-Replayed"), "true"_ba);
        QCOMPARE(replay.header("ETag"), retried.header("ETag"));
        QCOMPARE(replay.header("Location"), retried.header("Location"));
        QVERIFY(!replay.header("Location").isEmpty());
        QCOMPARE(replay.body, retried.body);
    }

    void staleClaimIsTakenOverOnce_data() { kc::test::addDatabaseRows(); }
    void staleClaimIsTakenOverOnce()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        TestServer ts;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        QVERIFY(ts.start(databaseUrl, options));
        kc::server::Store& store = ts.server->store();
        kc::server::IdempotencyKeys::StoredAnswer ignored;
        using KS = kc::server::IdempotencyKeys::KeyState;
        QCOMPARE(store.keys().claim(u"u-1"_s, u"k"_s, u"h"_s, &ignored), KS::Claimed);
        clock.advance(60);
        QCOMPARE(store.keys().claim(u"u-1"_s, u"k"_s, u"h"_s, &ignored), KS::Running); // still young
        clock.advance(120);
        // the claim is stale: exactly one of two takers gets it
        QCOMPARE(store.keys().claim(u"u-1"_s, u"k"_s, u"h"_s, &ignored), KS::Claimed);
        QCOMPARE(store.keys().claim(u"u-1"_s, u"k"_s, u"h"_s, &ignored), KS::Running);
    }

    // ---- the change feed --------------------------------------------------------------------------

    void changesFeedLimitsAndRetention_data() { kc::test::addDatabaseRows(); }
    void changesFeedLimitsAndRetention()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        TestServer ts;
        kc::server::ServerOptions options;
        options.clock = clock.function();
        options.retainChangesDays = 30;
        QVERIFY(ts.start(databaseUrl, options));
        kc::server::Store& store = ts.server->store();
        Client ida(ts.port()), anna(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        QCOMPARE(ida.post(u"/contacts"_s, kc::test::contactBody()).status, 201);
        const Answer report = anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}});
        const QString reportPath = u"/reports/"_s + report.body.value(u"id").toString();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(anna.post(reportPath + u"/supplements"_s, {{u"text"_s, u"Tillägg %1."_s.arg(i)}}).status, 201);
        // the feed keeps ids, never copies: a corrected personnummer lives on nowhere
        QCOMPARE(count(store.database(), u"SELECT COUNT(*) FROM changes WHERE data <> ''"_s), 0);
        const Answer page = anna.get(u"/changes?since=0&limit=2"_s);
        QCOMPARE(page.body.value(u"changes").toArray().size(), 2);
        // the report's change carries the report as it is now, with all three supplements
        const QJsonArray all = anna.get(u"/changes?since=0"_s).body.value(u"changes").toArray();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.last()[u"data"][u"supplements"].toArray().size(), 3);
        const qint64 top = anna.get(u"/changes?since=0"_s).body.value(u"cursor").toInteger();

        // a cursor ahead of the server (a restored database) must start over
        const Answer ahead = anna.get(u"/changes?since=%1"_s.arg(top + 5));
        QCOMPARE(ahead.status, 410);
        QCOMPARE(ahead.errorCode(), u"resync_required"_s);
        QCOMPARE(ahead.body.value(u"cursor").toInteger(), top);

        // WHEN a month passes and retention runs THEN old cursors must start over, new ones go on
        clock.advance(31 * 24 * 3600);
        QVERIFY(ida.login(u"ida"_s)); // the sessions expired with the month
        QVERIFY(anna.login(u"anna"_s));
        QCOMPARE(ida.post(u"/contacts"_s, kc::test::contactBody()).status, 201);
        QVERIFY(store.feed().prune());
        QCOMPARE(anna.get(u"/changes?since=0"_s).status, 410);
        const Answer fresh = anna.get(u"/changes?since=%1"_s.arg(top));
        QCOMPARE(fresh.status, 200);
        QCOMPARE(fresh.body.value(u"changes").toArray().size(), 1);
        // a client starting over (no cursor) gets what is still kept, never 410
        const Answer over = anna.get(u"/changes"_s);
        QCOMPARE(over.status, 200);
        QCOMPARE(over.body.value(u"changes").toArray().size(), 1);
        QCOMPARE(over.body.value(u"cursor").toInteger(), fresh.body.value(u"cursor").toInteger());
    }

    // ---- event streams ------------------------------------------------------------------------------

    void eventStreamsEndWithTheirSession_data() { kc::test::addDatabaseRows(); }
    void eventStreamsEndWithTheirSession()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        kc::server::ServerOptions options;
        options.sessionCheck = std::chrono::milliseconds(50);
        QVERIFY(ts.start(databaseUrl, options));
        Client anna(ts.port()), bo(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(bo.login(u"bo"_s));
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        const auto open = [&](const QString& token) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/events"_s.arg(ts.port())));
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            return std::unique_ptr<QNetworkReply>(nams.back()->get(req));
        };
        // four streams per user, the fifth is refused
        std::vector<std::unique_ptr<QNetworkReply>> annas;
        for (int i = 0; i < 4; ++i) {
            annas.push_back(open(anna.token));
            QTRY_VERIFY_WITH_TIMEOUT(annas.back()->bytesAvailable() > 0, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ts.server->eventStreamCount(), 4, 10000);
        auto fifth = open(anna.token);
        QTRY_VERIFY_WITH_TIMEOUT(fifth->isFinished(), 10000);
        QCOMPARE(fifth->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QVERIFY(fifth->rawHeader("Retry-After").toInt() > 0); // every 429 says when to try again
        auto bos = open(bo.token);
        QTRY_COMPARE_WITH_TIMEOUT(ts.server->eventStreamCount(), 5, 10000);
        // WHEN anna signs out THEN her streams end at once, bo's goes on
        QCOMPARE(anna.call("DELETE", u"/session"_s).status, 204);
        for (auto& r : annas)
            QTRY_VERIFY_WITH_TIMEOUT(r->isFinished(), 10000);
        QCOMPARE(ts.server->eventStreamCount(), 1);
        QVERIFY(!bos->isFinished());
        // WHEN bo is disabled (by the command line, another process) THEN his ends within seconds
        QVERIFY(ts.server->store().users().setDisabled(u"bo"_s, true).ok());
        QTRY_VERIFY_WITH_TIMEOUT(bos->isFinished(), 10000);
        QCOMPARE(ts.server->eventStreamCount(), 0);
    }

    void longBacklogGetsResync_data() { kc::test::addDatabaseRows(); }
    void longBacklogGetsResync()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        kc::server::ServerOptions options;
        options.resyncBacklog = 3;
        QVERIFY(ts.start(databaseUrl, options));
        Client ida(ts.port()), anna(ts.port());
        QVERIFY(ida.login(u"ida"_s));
        QVERIFY(anna.login(u"anna"_s));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(ida.post(u"/contacts"_s, kc::test::contactBody()).status, 201);
        const Answer a = anna.call("GET", u"/events"_s, {}, {{"Last-Event-ID"_ba, "0"_ba}});
        QCOMPARE(a.status, 200);
        QVERIFY2(a.raw.contains("event: resync\n"), a.raw.constData());
        QVERIFY(!a.raw.contains("event: contact.created")); // no backlog built in one buffer
        // and a cursor from the future (a restored database) gets the same
        const Answer ahead = anna.call("GET", u"/events"_s, {}, {{"Last-Event-ID"_ba, "99"_ba}});
        QVERIFY2(ahead.raw.contains("event: resync\n"), ahead.raw.constData());
    }

    // ---- bodies ----------------------------------------------------------------------------------

    void oversizedBodyRefusedBeforeItIsRead_data() { kc::test::addDatabaseRows(); }
    void oversizedBodyRefusedBeforeItIsRead()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        // Only the headers are sent: the answer must come without waiting for 50 MB that never arrive.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, ts.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Content-Length: 50000000\r\n\r\n{\"narrative\":\"");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n{"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("payload_too_large"));
    }

    void jsonIsReadOnlyAfterAuthentication_data() { kc::test::addDatabaseRows(); }
    void jsonIsReadOnlyAfterAuthentication()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client stranger(ts.port());
        const Answer a = stranger.call("POST", u"/reports"_s, "{not json at all", {{"Idempotency-Key"_ba, "k"_ba}});
        QCOMPARE(a.status, 401); // who asks is checked before what is sent is parsed
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
