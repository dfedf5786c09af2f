// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What the speed work of issue 16 could break, against SQLite and PostgreSQL:
// - the session cache: a revoked token is refused at once — sign-out, a disabled user and a changed
//   password, done through another connection as the command line does, and a sign-out on another
//   server instance on the same PostgreSQL — although the token was just served from the cache;
// - the audit writer: when an audited read's answer arrives, its audit row is committed (read through
//   a connection of its own), a failed commit sends no data, and many reads at once all get their row;
// - the key derivation: hashes made by Qt's QPasswordDigestor (every stored hash so far) still verify;
// - GET /changes written straight from the rows: the same bytes, page by page and cursor by cursor, as
//   the QJsonObject path gives, for every kind the feed carries and every role's view of it.
#include "apiclient.h"
#include "core/jsoncodec.h"
#include "samplebodies.h"
#include "server/auth.h"
#include "server/store/changefeed.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPasswordDigestor>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;
namespace server = kc::server;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers key(const QString& k)
{
    return {{"Idempotency-Key"_ba, k.toUtf8()}};
}

// A second connection to the server's database, as the command line or another process has.
struct OtherProcess
{
    std::unique_ptr<server::Database> db;
    std::unique_ptr<server::Store> store;
    server::ServerOptions options;

    bool open(const QString& url)
    {
        static int serial = 0;
        auto parsed = server::DatabaseUrl::parse(url);
        if (!parsed)
            return false;
        auto opened = server::Database::attach(*parsed, u"kc-test-other-%1"_s.arg(++serial));
        if (!opened) {
            qWarning() << opened.error().message;
            return false;
        }
        db = std::move(opened).value();
        options.databaseUrl = url;
        store = std::make_unique<server::Store>(*db, options);
        return true;
    }
    int count(const QString& sql, const QVariantList& args)
    {
        auto q = db->exec(sql, args);
        return q && q->next() ? q->value(0).toInt() : -1;
    }
};

QList<std::pair<QByteArray, QByteArray>> newKey()
{
    return {{"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}};
}

QJsonObject readExample(const QString& name)
{
    QFile f(QStringLiteral(KC_INTAKE_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

kc::User userNamed(server::Store& store, const QString& name)
{
    for (const server::Account& a : store.users().list())
        if (a.user.username == name)
            return a.user;
    return {};
}

// The body GET /changes sent before it was written from the rows: a QJsonObject per change.
QByteArray objectsText(const server::ChangePage& page)
{
    QJsonArray changes;
    for (const server::Change& c : page.changes)
        changes.append(server::ChangeFeed::toJson(c));
    return QJsonDocument(QJsonObject{{u"changes"_s, changes}, {u"cursor"_s, page.cursor}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- the session cache -----------------------------------------------------------------------

    void cacheKeepsAndForgets()
    {
        server::auth::SessionCache cache;
        const QDateTime now = QDateTime::fromString(u"2026-12-06T10:00:00Z"_s, Qt::ISODate);
        kc::User anna;
        anna.id = u"u-anna"_s;
        QVERIFY(!cache.find(u"t1"_s, 3, now));
        cache.put(u"t1"_s, anna, now.addSecs(3600), 3);
        QCOMPARE(cache.find(u"t1"_s, 3, now)->id, anna.id);
        // an expired session is never served, whatever the epoch
        QVERIFY(!cache.find(u"t1"_s, 3, now.addSecs(3600)));
        cache.put(u"t1"_s, anna, now.addSecs(3600), 3);
        // a new epoch (somebody's session ended) empties the cache
        QVERIFY(!cache.find(u"t1"_s, 4, now));
        QCOMPARE(cache.size(), 0);
        QVERIFY(!cache.find(u"t1"_s, 3, now));
    }

    void signOutTakesEffectAtOnce_data() { kc::test::addDatabaseRows(); }
    void signOutTakesEffectAtOnce()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client first(ts.port()), second(ts.port());
        QVERIFY(first.login(u"anna"_s));
        QVERIFY(second.login(u"anna"_s));
        // both tokens served, so both are cached
        QCOMPARE(first.get(u"/me"_s).status, 200);
        QCOMPARE(second.get(u"/me"_s).status, 200);
        QCOMPARE(first.call("DELETE", u"/session"_s).status, 204);
        QCOMPARE(first.get(u"/me"_s).status, 401);
        // the other session of the same user goes on
        QCOMPARE(second.get(u"/me"_s).status, 200);
    }

    void disableTakesEffectAtOnce_data() { kc::test::addDatabaseRows(); }
    void disableTakesEffectAtOnce()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port()), bo(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(bo.login(u"bo"_s));
        QCOMPARE(anna.get(u"/me"_s).status, 200);
        QCOMPARE(bo.get(u"/me"_s).status, 200);
        // WHEN the administrator disables anna from the command line (another connection)
        OtherProcess cli;
        QVERIFY(cli.open(databaseUrl));
        QVERIFY(cli.store->users().setDisabled(u"anna"_s, true));
        // THEN her very next request is refused; bo's is not
        QCOMPARE(anna.get(u"/me"_s).status, 401);
        QCOMPARE(bo.get(u"/me"_s).status, 200);
    }

    void passwordChangeTakesEffectAtOnce_data() { kc::test::addDatabaseRows(); }
    void passwordChangeTakesEffectAtOnce()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QCOMPARE(anna.get(u"/me"_s).status, 200);
        OtherProcess cli;
        QVERIFY(cli.open(databaseUrl));
        QVERIFY(cli.store->users().setPassword(u"anna"_s, u"ett-helt-nytt-lösenord"_s));
        QCOMPARE(anna.get(u"/me"_s).status, 401);
        QVERIFY(anna.login(u"anna"_s, u"ett-helt-nytt-lösenord"_s));
        QCOMPARE(anna.get(u"/me"_s).status, 200);
    }

    void signOutOnAnotherInstance()
    {
        // PostgreSQL only: a token cached on instance B is refused there right after its sign-out on A.
        const QString url = kc::test::postgresUrl();
        if (url.isEmpty())
            QFAIL("the PostgreSQL fixture is not running (KC_TEST_PG_STATE)");
        TestServer a, b;
        QVERIFY(a.start(url));
        QVERIFY(b.start(url, {}, /*fresh=*/false));
        Client onA(a.port()), onB(b.port());
        QVERIFY(onA.login(u"anna"_s));
        onB.token = onA.token;
        QCOMPARE(onB.get(u"/me"_s).status, 200);
        QCOMPARE(onB.get(u"/me"_s).status, 200);
        QCOMPARE(onA.call("DELETE", u"/session"_s).status, 204);
        QCOMPARE(onB.get(u"/me"_s).status, 401);
    }

    // ---- the audit writer ------------------------------------------------------------------------

    void auditRowIsCommittedBeforeTheAnswer_data() { kc::test::addDatabaseRows(); }
    void auditRowIsCommittedBeforeTheAnswer()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const Answer created = anna.post(u"/reports"_s, kc::test::reportBody(), key(u"speed-1"_s));
        QCOMPARE(created.status, 201);
        const QString id = created.body.value(u"id").toString();
        OtherProcess reader; // sees only what is committed
        QVERIFY(reader.open(databaseUrl));
        const QString sql = u"SELECT COUNT(*) FROM audit WHERE action = 'report.read' AND resource = ?"_s;
        QCOMPARE(reader.count(sql, {id}), 0);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(anna.get(u"/reports/"_s + id).status, 200);
            QCOMPARE(reader.count(sql, {id}), i);
        }
    }

    void manyReadsAtOnceEachGetTheirRow_data() { kc::test::addDatabaseRows(); }
    void manyReadsAtOnceEachGetTheirRow()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const QString id =
            anna.post(u"/reports"_s, kc::test::reportBody(), key(u"speed-2"_s)).body.value(u"id").toString();
        QVERIFY(!id.isEmpty());
        // 40 reads in flight together (QNetworkAccessManager: 6 connections), so commits take several rows
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/reports/%2"_s.arg(ts.port()).arg(id)));
        req.setRawHeader("Authorization", "Bearer " + anna.token.toLatin1());
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < 40; ++i)
            replies.emplace_back(anna.nam().get(req));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](const auto& r) { return r->isFinished(); }), 30000);
        OtherProcess reader;
        QVERIFY(reader.open(databaseUrl));
        for (const auto& r : replies)
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reader.count(u"SELECT COUNT(*) FROM audit WHERE action = 'report.read' AND resource = ?"_s, {id}), 40);
    }

    // ---- GET /changes written from the rows -------------------------------------------------------

    void changePagesAreTheObjectsBytes_data() { kc::test::addDatabaseRows(); }
    void changePagesAreTheObjectsBytes()
    {
        QFETCH(QString, databaseUrl);
        // A pinned clock (times with and without milliseconds) on a demo server, where the trainer
        // sees contacts and reports too.
        auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        server::ServerOptions options;
        options.clock = [now] { return *now; };
        options.demo = true;
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        server::Store& store = ts.server->store();
        Client ida(ts.port()), anna(ts.port()), sara(ts.port()), olle(ts.port()), tore(ts.port()), bo(ts.port());
        for (auto [client, name] : {std::pair{&ida, u"ida"_s},
                                    {&anna, u"anna"_s},
                                    {&sara, u"sara"_s},
                                    {&olle, u"olle"_s},
                                    {&tore, u"tore"_s},
                                    {&bo, u"bo"_s}})
            QVERIFY(client->login(name));

        // Every kind of change: contacts (phone with text that needs escaping, web report, tip,
        // booked callback), agents, alerts, reports (with supplements, routed: a handoff row for
        // the area), knowledge, and a contact whose row is gone (data {}).
        QCOMPARE(sara.call("PUT", u"/queues/anmalan/thresholds"_s, R"({"waiting":1})").status, 200);
        const QString odd = u"Citat \"x\" \\ snedstreck / rad\nflik\t åäö ✓ 😀"_s;
        QJsonObject first = kc::test::contactBody(u"anmalan"_s, 2, odd);
        first.insert(u"caller"_s, QJsonObject{{u"name"_s, odd}, {u"phone"_s, u"070-123 45 67"_s}});
        const Answer created = ida.post(u"/contacts"_s, first);
        QVERIFY2(created.status == 201, created.raw.constData());
        const QString contactId = created.body[u"id"].toString();
        *now = now->addMSecs(1234);
        const QString goneId = ida.post(u"/contacts"_s, kc::test::contactBody()).body[u"id"].toString();
        QVERIFY(!goneId.isEmpty());
        ts.server->evaluateAlerts();
        QCOMPARE(ida.post(u"/intake/web-reports"_s, readExample(u"web-report-problems.json"_s)).status, 201);
        QCOMPARE(ida.post(u"/intake/tips"_s, readExample(u"tip.json"_s)).status, 201);
        QCOMPARE(anna.call("PUT", u"/agents/me/state"_s, R"({"state":"ready"})").status, 200);
        QCOMPARE(anna.post(u"/contacts/"_s + contactId + u"/accept"_s, {}).status, 200);
        QJsonObject report = kc::test::reportBody();
        report.insert(u"contactId"_s, contactId);
        report.insert(u"narrative"_s, odd);
        const Answer filed = anna.post(u"/reports"_s, report, newKey());
        QVERIFY2(filed.status == 201, filed.raw.constData());
        const QString reportId = filed.body[u"id"].toString();
        QCOMPARE(anna.post(u"/reports/"_s + reportId + u"/supplements"_s, {{u"text"_s, odd}}, newKey()).status, 201);
        const Answer booked = anna.post(u"/contacts/"_s + contactId + u"/complete"_s,
                                        {{u"disposition"_s, u"callback_booked"_s},
                                         {u"reportId"_s, reportId},
                                         {u"callbackNote"_s, odd},
                                         {u"callbackAt"_s, kc::json::formatTimestamp(now->addSecs(3600))}},
                                        newKey());
        QVERIFY2(booked.status == 200, booked.raw.constData());
        QCOMPARE(olle.post(u"/handoffs/"_s + reportId + u"/ack"_s, {}).status, 200);
        QCOMPARE(sara.post(u"/knowledge"_s,
                           {{u"title"_s, odd},
                            {u"summary"_s, u"Se kommunens regler."_s},
                            {u"tags"_s, QJsonArray{u"fyrverkerier"_s}}},
                           newKey())
                     .status,
                 201);
        QVERIFY(store.database().exec(u"DELETE FROM contacts WHERE id = ?"_s, {goneId}));

        QSet<QString> kinds;
        for (const QString& name : {u"anna"_s, u"bo"_s, u"sara"_s, u"tore"_s, u"olle"_s, u"ida"_s}) {
            const kc::User viewer = userNamed(store, name);
            QVERIFY(!viewer.id.isEmpty());
            // the whole feed at once, and page by page (limit 2): the same bytes, the same cursors
            for (const int limit : {500, 2}) {
                std::optional<qint64> cursor;
                for (int pages = 0; pages < 100; ++pages) {
                    auto objects = store.feed().page(viewer, cursor, limit);
                    auto bytes = store.feed().page(viewer, cursor, limit, server::ChangeFeed::Text::Bytes);
                    QVERIFY(objects && bytes);
                    const QByteArray expected = objectsText(*objects);
                    QCOMPARE(server::ChangeFeed::pageText(*bytes), expected);
                    for (const server::Change& c : std::as_const(objects->changes))
                        kinds.insert(c.kind + (c.data.isEmpty() ? u" {}"_s : QString()) +
                                     (c.scope.startsWith(u"area:"_s) ? u" handoff"_s : QString()));
                    if (objects->changes.isEmpty() || objects->cursor == cursor.value_or(-1))
                        break;
                    cursor = objects->cursor;
                    if (objects->changes.size() < limit)
                        break;
                }
            }
        }
        QCOMPARE(kinds, (QSet<QString>{u"contact"_s, u"contact {}"_s, u"agent"_s, u"alert"_s, u"report"_s,
                                       u"report handoff"_s, u"knowledge"_s}));
        // The server's answer is those bytes.
        const Answer over = anna.get(u"/changes?limit=500"_s);
        QCOMPARE(over.status, 200);
        auto annaPage = store.feed().page(userNamed(store, u"anna"_s), std::nullopt, 500);
        QVERIFY(annaPage);
        QCOMPARE(over.raw, objectsText(*annaPage));
    }

    // ---- the key derivation ----------------------------------------------------------------------

    void hashesMadeByQtStillVerify()
    {
        const QByteArray salt = "0123456789abcdef";
        const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                  u"korrekt-hast-batteri"_s.toUtf8(), salt, 1000, 32);
        const QString stored = u"pbkdf2-sha256$1000$%1$%2"_s.arg(QString::fromLatin1(salt.toBase64()),
                                                                 QString::fromLatin1(key.toBase64()));
        QVERIFY(server::auth::verifyPassword(u"korrekt-hast-batteri"_s, stored));
        QVERIFY(!server::auth::verifyPassword(u"korrekt-hast-batteri!"_s, stored));
        // and a hash made now verifies with Qt's function
        const QString made = server::auth::hashPassword(u"åäö-lösenord"_s, 1000);
        const QStringList parts = made.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, u"åäö-lösenord"_s.toUtf8(),
                                                    QByteArray::fromBase64(parts[2].toLatin1()), 1000, 32),
                 QByteArray::fromBase64(parts[3].toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestSpeed)
#include "tst_speed.moc"
