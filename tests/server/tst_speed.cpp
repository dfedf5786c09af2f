// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What the speed work of issue 16 could break, against SQLite and PostgreSQL:
// - the session cache: a revoked token is refused at once — sign-out, a disabled user and a changed
//   password, done through another connection as the command line does, and a sign-out on another
//   server instance on the same PostgreSQL — although the token was just served from the cache;
// - the audit writer: when an audited read's answer arrives, its audit row is committed (read through
//   a connection of its own), a failed commit sends no data, and many reads at once all get their row;
// - the key derivation: hashes made by Qt's QPasswordDigestor (every stored hash so far) still verify.
#include "apiclient.h"
#include "server/auth.h"

#include <QPasswordDigestor>
#include <QTest>

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
