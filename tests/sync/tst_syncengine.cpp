// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The sync engine against the real server, in-process on loopback (SQLite), and the CLI as a
// child process for the kill -9 test. Faults are real: the server is stopped and started again on
// the same port and database; the CLI is killed with SIGKILL in the middle of a flush.
#include "../server/apiclient.h"
#include "core/i18n.h"
#include "core/jsoncodec.h"
#include "models/localstore.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <csignal>

using namespace kc;
using namespace kc::sync;
using namespace kc::test;
using namespace Qt::StringLiterals;

namespace {

const QString cliBinary = QStringLiteral(KC_CLI_BINARY);

int serverReportCount(server::ApiServer& s)
{
    auto q = s.store().database().exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT case_number) FROM reports"));
    if (!q || !q->next())
        return -1;
    return q->value(0).toInt() == q->value(1).toInt() ? q->value(0).toInt() : -2;
}

// Waits for a child while this process's event loop runs: the server it talks to is in-process.
bool finishes(QProcess& p, int ms = 60000)
{
    if (p.state() == QProcess::NotRunning)
        return true;
    QSignalSpy done(&p, &QProcess::finished);
    return done.wait(ms);
}

// The secret store a test can look into: what the engine kept, and every change.
struct RecordingSecrets final : SecretStore
{
    QString token() const override { return kept; }
    void setToken(const QString& token) override
    {
        kept = token;
        history.append(token);
    }
    QString kept;
    QStringList history;
};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every request's method and path, in the order they left.
struct RecordingNam final : QNetworkAccessManager
{
    QStringList sent; // "POST /api/v1/reports/batch"
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        const QByteArray verb = op == PostOperation  ? "POST"_ba
                                : op == GetOperation ? "GET"_ba
                                : op == PutOperation
                                    ? "PUT"_ba
                                    : request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        sent.append(QString::fromLatin1(verb) + u' ' + request.url().path());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
    qsizetype count(const QString& what) const { return sent.count(what); }
};

// A workstation: store + client + engine, signed in as `user`.
struct Workstation
{
    RecordingSecrets secrets;
    RecordingNam nam;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<RestClient> client;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString& path, quint16 port)
    {
        auto s = LocalStore::open(path);
        if (!s)
            return false;
        store = std::move(s).value();
        client = std::make_unique<RestClient>(&nam);
        client->setTimeout(std::chrono::seconds(5));
        if (!client->setServer(QStringLiteral("http://127.0.0.1:%1").arg(port)))
            return false;
        engine = std::make_unique<SyncEngine>(*store, *client, &secrets);
        // Quick retries keep the test short; the real defaults are 0.5 s doubling to 30 s.
        engine->backoff() = Backoff(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
        return true;
    }

    bool login(const QString& user)
    {
        QSignalSpy done(engine.get(), &SyncEngine::loginFinished);
        engine->login(user, testPassword);
        return done.wait(10000) && done.first().at(0).toBool();
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString file(const char* stem) { return m_dir.filePath(QString::fromLatin1(stem) + QString::number(++m_serial)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QStringLiteral("sv")));
        QVERIFY(m_dir.isValid());
    }

    void reportSubmittedWhileServerIsDown()
    {
        const QString db = QStringLiteral("sqlite:") + file("down.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        const quint16 port = ts.port();
        Workstation ws;
        QVERIFY(ws.open(file("ws"), port));
        QVERIFY(ws.login(QStringLiteral("anna")));

        // GIVEN the server goes away
        ts.server.reset();
        // WHEN the agent submits a report
        QSignalSpy flushed(ws.engine.get(), &SyncEngine::flushFinished);
        QSignalSpy sent(ws.engine.get(), &SyncEngine::reportSent);
        const auto item = ws.engine->submitReport(QString(), reportBody());
        QVERIFY(item.ok());
        QVERIFY(item->localRef.startsWith(QStringLiteral("PREL-")));
        QVERIFY(flushed.wait(10000));
        QCOMPARE(flushed.first().at(0).toBool(), false);
        // THEN it waits in the outbox, and the state says so
        QCOMPARE(ws.store->pendingCount(), 1);
        QCOMPARE(ws.engine->state().kind, ConnectionState::Kind::Offline);
        QCOMPARE(ws.engine->state().text(), QStringLiteral("Frånkopplad – 1 i utkorgen"));

        // WHEN the server comes back on the same port and database, the retry sends it once
        TestServer again;
        again.server = std::make_unique<server::ApiServer>([&] {
            server::ServerOptions o;
            o.databaseUrl = db;
            o.kdfIterations = 1000;
            return o;
        }());
        QVERIFY(again.server->open().ok());
        QVERIFY(again.server->listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 15000);
        QCOMPARE(sent.first().at(0).toString(), item->localRef);
        QVERIFY(sent.first().at(1).toString().startsWith(QStringLiteral("1400-K1-")));
        QCOMPARE(ws.store->pendingCount(), 0);
        QCOMPARE(serverReportCount(*again.server), 1);
        // A second flush sends nothing new.
        ws.engine->flush();
        QTRY_VERIFY(!ws.engine->isFlushing());
        QCOMPARE(serverReportCount(*again.server), 1);
    }

    void killedCliDuringFlushLosesNothingAndDuplicatesNothing()
    {
        const QString db = QStringLiteral("sqlite:") + file("kill.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        const QString dataDir = file("cli");
        // GIVEN the CLI signed in and 600 reports queued in its store (twelve batches: the kill comes
        // between them)
        QProcess login;
        login.start(cliBinary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("login"),
                                QStringLiteral("http://127.0.0.1:%1").arg(ts.port()), QStringLiteral("anna")});
        login.write(testPassword.toUtf8() + '\n');
        login.closeWriteChannel();
        QVERIFY(finishes(login));
        QCOMPARE(login.exitCode(), 0);
        const int total = 600;
        {
            QFile current(dataDir + QStringLiteral("/current"));
            QVERIFY(current.open(QIODevice::ReadOnly));
            auto store = LocalStore::open(QString::fromUtf8(current.readAll()));
            QVERIFY(store.ok());
            for (int i = 0; i < total; ++i) {
                QJsonObject r = reportBody();
                r.insert(QStringLiteral("narrative"), QStringLiteral("Anmälan nummer %1.").arg(i));
                QVERIFY((*store)->submitReport(QString(), r).ok());
            }
        }
        // WHEN a sync is killed with SIGKILL after some reports reached the server
        QProcess sync;
        sync.start(cliBinary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serverReportCount(*ts.server) >= 5, 30000);
        ::kill(pid_t(sync.processId()), SIGKILL);
        QVERIFY(finishes(sync));
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
        const int before = serverReportCount(*ts.server);
        QVERIFY2(before < total, "the kill came too late to test anything");
        // THEN the next sync sends the rest: every report exactly once
        QProcess again;
        again.start(cliBinary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("sync")});
        QVERIFY(finishes(again));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(serverReportCount(*ts.server), total);
        QProcess outbox;
        outbox.start(cliBinary,
                     {QStringLiteral("--data-dir"), dataDir, QStringLiteral("outbox"), QStringLiteral("--json")});
        QVERIFY(finishes(outbox));
        const QJsonArray items = QJsonDocument::fromJson(outbox.readAllStandardOutput()).array();
        QCOMPARE(items.size(), total);
        QSet<QString> caseNumbers;
        for (const QJsonValue& v : items) {
            QCOMPARE(v.toObject().value(u"state").toString(), QStringLiteral("sent"));
            caseNumbers.insert(v.toObject().value(u"caseNumber").toString());
        }
        QCOMPARE(caseNumbers.size(), total);
    }

    void streamCutConverges()
    {
        const QString db = QStringLiteral("sqlite:") + file("cut.db");
        server::ServerOptions options;
        options.heartbeat = std::chrono::seconds(1);
        TestServer ts;
        QVERIFY(ts.start(db, options));
        const quint16 port = ts.port();
        Client intake(port);
        QVERIFY(intake.login(QStringLiteral("ida")));
        Workstation ws;
        QVERIFY(ws.open(file("ws"), port));
        QVERIFY(ws.login(QStringLiteral("anna")));
        ws.engine->startLive();
        QTRY_COMPARE(ws.engine->state().kind, ConnectionState::Kind::Online);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        QTRY_COMPARE(ws.store->contacts(QStringLiteral("waiting")).size(), 3);

        // The server dies with the stream open, and comes back with more contacts than before.
        ts.server.reset();
        QTRY_COMPARE(ws.engine->state().kind, ConnectionState::Kind::Reconnecting);
        QVERIFY(ws.engine->state().text().startsWith(QStringLiteral("Återansluter om")));
        auto restarted = std::make_unique<server::ApiServer>([&] {
            server::ServerOptions o = options;
            o.databaseUrl = db;
            o.kdfIterations = 1000;
            return o;
        }());
        QVERIFY(restarted->open().ok());
        QVERIFY(restarted->listen(QHostAddress::LocalHost, port));
        Client intake2(port);
        QVERIFY(intake2.login(QStringLiteral("ida")));
        Client bo(port);
        QVERIFY(bo.login(QStringLiteral("bo")));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(intake2.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        // a colleague takes one of the old ones while anna is disconnected
        const QString taken = ws.store->contacts(QStringLiteral("waiting")).first().id;
        QCOMPARE(bo.post(QStringLiteral("/contacts/") + taken + QStringLiteral("/accept"), {}).status, 200);

        QTRY_COMPARE_WITH_TIMEOUT(ws.engine->state().kind, ConnectionState::Kind::Online, 15000);
        // THEN the store equals the server: 4 waiting, the taken one assigned to bo
        const Answer server = bo.get(QStringLiteral("/contacts?state=waiting"));
        QTRY_COMPARE(ws.store->contacts(QStringLiteral("waiting")).size(),
                     server.body.value(u"items").toArray().size());
        QCOMPARE(ws.store->contacts(QStringLiteral("waiting")).size(), 4);
        QCOMPARE(ws.store->contact(taken)->state, ContactState::Assigned);
        // and live events flow again
        QCOMPARE(intake2.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        QTRY_COMPARE(ws.store->contacts(QStringLiteral("waiting")).size(), 5);
        ws.engine->stopLive();
    }

    void returningCallbackIsAnnounced()
    {
        // GIVEN Anna's workstation live, and a callback Bo booked for two hours from now (the
        // server's clock is the test's)
        auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC));
        server::ServerOptions options;
        options.clock = [now] { return *now; };
        options.alertTick = std::chrono::hours(1); // the test evaluates itself
        TestServer ts;
        QVERIFY(ts.start(QStringLiteral("sqlite:") + file("callback.db"), options));
        Client intake(ts.port()), bo(ts.port()), sara(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(bo.login(QStringLiteral("bo")));
        QVERIFY(sara.login(QStringLiteral("sara")));
        Workstation ws;
        QVERIFY(ws.open(file("ws"), ts.port()));
        QVERIFY(ws.login(QStringLiteral("anna")));
        // Announcements are of live events (as for contactCreated): wait for the stream itself,
        // not just the catch-up before it.
        QSignalSpy attached(ws.engine.get(), &SyncEngine::liveAttached);
        ws.engine->startLive();
        QTRY_VERIFY(!attached.isEmpty());
        QSignalSpy created(ws.engine.get(), &SyncEngine::contactCreated);
        QSignalSpy returned(ws.engine.get(), &SyncEngine::callbackReturned);
        const QString originalId = intake.post(QStringLiteral("/contacts"), contactBody()).body[u"id"].toString();
        QCOMPARE(bo.post(QStringLiteral("/contacts/%1/accept").arg(originalId), {}).status, 200);
        const QDateTime at = now->addSecs(2 * 3600);
        QCOMPARE(bo.post(QStringLiteral("/contacts/%1/complete").arg(originalId),
                         QJsonObject{{QStringLiteral("disposition"), QStringLiteral("callback_booked")},
                                     {QStringLiteral("callbackAt"), json::formatTimestamp(at)}})
                     .status,
                 200);
        QTRY_COMPARE(ws.store->contacts(QStringLiteral("scheduled")).size(), 1);
        const QString callbackId = ws.store->contacts(QStringLiteral("scheduled")).first().id;
        QCOMPARE(returned.size(), 0);

        // WHEN its time comes THEN it is announced as arriving, once, with what it is
        *now = at;
        ts.server->evaluateAlerts();
        QTRY_COMPARE(returned.size(), 1);
        const auto callback = returned.first().first().value<Contact>();
        QCOMPARE(callback.id, callbackId);
        QCOMPARE(callback.state, ContactState::Waiting);
        QCOMPARE(callback.callbackOf, std::optional<QString>(originalId));
        QCOMPARE(ws.store->contact(callbackId)->state, ContactState::Waiting);

        // WHEN a colleague takes it and the supervisor puts it back in the queue THEN not again:
        // that is no arrival (and a new contact still comes as contactCreated only)
        QCOMPARE(bo.post(QStringLiteral("/contacts/%1/accept").arg(callbackId), {}).status, 200);
        QCOMPARE(sara.post(QStringLiteral("/contacts/%1/release").arg(callbackId), {}).status, 200);
        const int createdBefore = int(created.size());
        QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        QTRY_COMPARE(created.size(), createdBefore + 1);
        QCOMPARE(ws.store->contact(callbackId)->state, ContactState::Waiting);
        QCOMPARE(returned.size(), 1);
        ws.engine->stopLive();
    }

    void acceptRaceAndStaleEditSurface()
    {
        const QString db = QStringLiteral("sqlite:") + file("race.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        Client intake(ts.port()), bo(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(bo.login(QStringLiteral("bo")));
        Workstation ws;
        QVERIFY(ws.open(file("ws"), ts.port()));
        QVERIFY(ws.login(QStringLiteral("anna")));
        const QString id = intake.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        QVERIFY(ws.store->contact(id).has_value());
        QCOMPARE(bo.post(QStringLiteral("/contacts/") + id + QStringLiteral("/accept"), {}).status, 200);

        QSignalSpy accepted(ws.engine.get(), &SyncEngine::acceptFinished);
        ws.engine->accept(id);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(accepted.first().at(1).toBool(), false);
        QCOMPARE(accepted.first().at(2).toString(), QStringLiteral("already_assigned"));
        QCOMPARE(accepted.first().at(3).toString(), QStringLiteral("Kontakten har redan tagits av en kollega."));
        QVERIFY(!ws.store->contact(id).has_value());

        // A stale edit: anna's supervisor changed anna's report after anna read version 1.
        Client annaHttp(ts.port()), sara(ts.port());
        QVERIFY(annaHttp.login(QStringLiteral("anna")));
        QVERIFY(sara.login(QStringLiteral("sara")));
        const QJsonObject created =
            annaHttp.post(QStringLiteral("/reports"), reportBody(), {{"Idempotency-Key", "e1"}}).body;
        const QString reportId = created.value(u"id").toString();
        QCOMPARE(sara.call("PATCH", QStringLiteral("/reports/") + reportId, R"({"narrative":"Ändrad av Sara."})",
                           {{"If-Match", "\"1\""}})
                     .status,
                 200);
        QSignalSpy edited(ws.engine.get(), &SyncEngine::editFinished);
        ws.engine->editReport(reportId, QJsonObject{{QStringLiteral("narrative"), QStringLiteral("Annas version.")}},
                              1);
        QVERIFY(edited.wait(10000));
        QCOMPARE(edited.first().at(1).toBool(), false);
        QCOMPARE(edited.first().at(2).toBool(), true); // a conflict, not an error
        QVERIFY(edited.first().at(3).toString().contains(QStringLiteral("ändrats av någon annan")));
    }

    void expiredSessionKeepsTheOutbox()
    {
        const QString db = QStringLiteral("sqlite:") + file("expiry.db");
        server::ServerOptions options;
        options.tokenLifetime = std::chrono::seconds(1);
        TestServer ts;
        QVERIFY(ts.start(db, options));
        Workstation ws;
        QVERIFY(ws.open(file("ws"), ts.port()));
        QVERIFY(ws.login(QStringLiteral("anna")));
        Client probe(ts.port());
        probe.token = ws.client->token();
        QTRY_COMPARE_WITH_TIMEOUT(probe.get(QStringLiteral("/me")).status, 401, 10000);

        QSignalSpy signIn(ws.engine.get(), &SyncEngine::signInRequired);
        QVERIFY(ws.engine->submitReport(QString(), reportBody()).ok());
        QVERIFY(signIn.wait(10000));
        QCOMPARE(ws.engine->state().kind, ConnectionState::Kind::SignInRequired);
        QCOMPARE(ws.store->pendingCount(), 1); // nothing lost

        QSignalSpy sent(ws.engine.get(), &SyncEngine::reportSent);
        QVERIFY(ws.login(QStringLiteral("anna")));
        ws.engine->flush();
        QVERIFY(sent.wait(10000));
        QCOMPARE(ws.store->pendingCount(), 0);
        QCOMPARE(serverReportCount(*ts.server), 1);
    }

    void validationErrorNeedsAttention_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("one POST /reports each") << 1;
        QTest::newRow("POST /reports/batch") << 50;
    }
    void validationErrorNeedsAttention()
    {
        QFETCH(int, batchSize);
        const QString db = QStringLiteral("sqlite:") + file("attention.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        Workstation ws;
        QVERIFY(ws.open(file("ws"), ts.port()));
        ws.engine->setReportBatchSize(batchSize);
        QVERIFY(ws.login(QStringLiteral("anna")));
        QSignalSpy flushed(ws.engine.get(), &SyncEngine::flushFinished);
        // The second item is refused by the server; the others still go.
        QVERIFY(ws.store->submitReport(QString(), reportBody()).ok());
        QVERIFY(ws.store->submitReport(QString(), reportBody(QStringLiteral("198707049996"))).ok());
        QVERIFY(ws.store->submitReport(QString(), reportBody()).ok());
        ws.engine->flush();
        QVERIFY(flushed.wait(10000));
        QCOMPARE(flushed.first().at(0).toBool(), false); // not everything sent
        const QList<OutboxItem> items = ws.store->outbox(true);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].state, OutboxItem::State::Sent);
        QCOMPARE(items[1].state, OutboxItem::State::Attention);
        QVERIFY(items[1].lastError.contains(QStringLiteral("kontrollsiffra")));
        QCOMPARE(items[2].state, OutboxItem::State::Sent);
        QCOMPARE(serverReportCount(*ts.server), 2);
        QCOMPARE(ws.nam.count(u"POST /api/v1/reports/batch"_s), batchSize > 1 ? 1 : 0);
        QCOMPARE(ws.nam.count(u"POST /api/v1/reports"_s), batchSize > 1 ? 0 : 3);
        // The corrected report goes again, in its place, and is filed once.
        QVERIFY(ws.engine->resubmitReport(items[1].id, reportBody()));
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 10000);
        QCOMPARE(serverReportCount(*ts.server), 3);
    }

    void aCompletionBetweenBatchesNamesItsReport()
    {
        const QString db = QStringLiteral("sqlite:") + file("order.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        Client intake(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        const QString id = intake.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        Workstation ws;
        QVERIFY(ws.open(file("ws"), ts.port()));
        QVERIFY(ws.login(QStringLiteral("anna")));
        QSignalSpy accepted(ws.engine.get(), &SyncEngine::acceptFinished);
        ws.engine->accept(id);
        QVERIFY(accepted.wait(10000));
        QVERIFY(accepted.first().at(1).toBool());
        // GIVEN reports A and B (B the contact's), the completion naming B, then reports C and D
        QVERIFY(ws.store->submitReport(QString(), reportBody()).ok());
        QJsonObject body = reportBody();
        body.insert(QStringLiteral("contactId"), id);
        const auto b = ws.store->submitReport(id, body);
        QVERIFY(b.ok());
        QVERIFY(ws.store
                    ->enqueue(OutboxItem::Kind::Complete, id,
                              {{u"disposition"_s, u"report_filed"_s}, {u"reportLocalRef"_s, b->localRef}})
                    .ok());
        QVERIFY(ws.store->submitReport(QString(), reportBody()).ok());
        QVERIFY(ws.store->submitReport(QString(), reportBody()).ok());
        ws.nam.sent.clear();
        // WHEN flushed
        QSignalSpy finished(ws.engine.get(), &SyncEngine::flushFinished);
        ws.engine->flush();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        // THEN A and B went as one batch, the completion alone after it, C and D as the next batch
        QCOMPARE(ws.nam.sent,
                 (QStringList{u"POST /api/v1/reports/batch"_s, u"POST /api/v1/contacts/%1/complete"_s.arg(id),
                              u"POST /api/v1/reports/batch"_s}));
        // AND the contact names B's id on the server
        const QString reportId = ws.store->outboxItemByLocalRef(b->localRef)->result.value(u"id").toString();
        QVERIFY(!reportId.isEmpty());
        Client anna(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        QCOMPARE(anna.get(QStringLiteral("/contacts/") + id).body.value(u"reportId").toString(), reportId);
        QCOMPARE(serverReportCount(*ts.server), 4);
    }

    void serverGoneMidBatchLosesNothingAndDuplicatesNothing()
    {
        const QString db = QStringLiteral("sqlite:") + file("gone.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        const quint16 port = ts.port();
        Workstation ws;
        QVERIFY(ws.open(file("ws"), port));
        QVERIFY(ws.login(QStringLiteral("anna")));
        // GIVEN 400 reports queued: eight batches, six of them in flight at once
        const int total = 400;
        QList<OutboxItem> queued;
        for (int i = 0; i < total; ++i) {
            QJsonObject r = reportBody();
            r.insert(QStringLiteral("narrative"), QStringLiteral("Anmälan nummer %1.").arg(i));
            auto item = ws.store->submitReport(QString(), r);
            QVERIFY(item.ok());
            queued << *item;
        }
        // WHEN the server goes away after it filed some of them, with batches in flight (answers
        // written or not, commits done or not)
        ws.engine->flush();
        QTRY_VERIFY_WITH_TIMEOUT(serverReportCount(*ts.server) >= 50, 30000);
        ts.server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!ws.engine->isFlushing(), 15000);
        const int pendingWhileGone = ws.store->pendingCount();
        QVERIFY2(pendingWhileGone > 0, "the server went too late to test anything");
        // AND comes back on the same port and database
        TestServer again;
        again.server = std::make_unique<server::ApiServer>([&] {
            server::ServerOptions o;
            o.databaseUrl = db;
            o.kdfIterations = 1000;
            return o;
        }());
        QVERIFY(again.server->open().ok());
        QVERIFY(again.server->listen(QHostAddress::LocalHost, port));
        // THEN every report is filed exactly once, and each item holds its own report's answer
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 30000);
        QCOMPARE(serverReportCount(*again.server), total);
        QSet<QString> ids;
        for (const OutboxItem& q : std::as_const(queued)) {
            const auto item = ws.store->outboxItem(q.id);
            QCOMPARE(item->state, OutboxItem::State::Sent);
            const QString reportId = item->result.value(u"id").toString();
            auto row = again.server->store().database().exec(u"SELECT body FROM reports WHERE id = ?"_s, {reportId});
            QVERIFY(row && row->next());
            QCOMPARE(QJsonDocument::fromJson(row->value(0).toString().toUtf8()).object().value(u"narrative"),
                     q.payload.value(u"narrative"));
            ids.insert(reportId);
        }
        QCOMPARE(ids.size(), total);
    }

    void completeAfterSubmitOfflineLinksTheReport()
    {
        const QString db = QStringLiteral("sqlite:") + file("complete.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        const quint16 port = ts.port();
        Client intake(port);
        QVERIFY(intake.login(QStringLiteral("ida")));
        const QString id = intake.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        Workstation ws;
        QVERIFY(ws.open(file("ws"), port));
        QVERIFY(ws.login(QStringLiteral("anna")));
        QSignalSpy accepted(ws.engine.get(), &SyncEngine::acceptFinished);
        ws.engine->accept(id);
        QVERIFY(accepted.wait(10000));
        QVERIFY(accepted.first().at(1).toBool());

        // GIVEN the server is gone, the agent submits the report and completes the contact
        ts.server.reset();
        QJsonObject body = reportBody();
        body.insert(QStringLiteral("contactId"), id);
        const auto report = ws.engine->submitReport(id, body);
        QVERIFY(report.ok());
        QVERIFY(ws.engine->completeContact(id, Disposition::ReportFiled, report->localRef).ok());
        QCOMPARE(ws.store->reportItemForContact(id)->localRef, report->localRef);
        QCOMPARE(ws.store->pendingCount(), 2);

        // WHEN it comes back, both go, in order, and the completion names the report's id
        TestServer again;
        again.server = std::make_unique<server::ApiServer>([&] {
            server::ServerOptions o;
            o.databaseUrl = db;
            o.kdfIterations = 1000;
            return o;
        }());
        QVERIFY(again.server->open().ok());
        QVERIFY(again.server->listen(QHostAddress::LocalHost, port));
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 15000);
        const OutboxItem sentReport = *ws.store->outboxItemByLocalRef(report->localRef);
        const QString reportId = sentReport.result.value(u"id").toString();
        QVERIFY(!reportId.isEmpty());
        QVERIFY(intake.login(QStringLiteral("ida")));
        Client anna(port);
        QVERIFY(anna.login(QStringLiteral("anna")));
        const QJsonObject contact = anna.get(QStringLiteral("/contacts/") + id).body;
        QCOMPARE(contact.value(u"state").toString(), QStringLiteral("completed"));
        QCOMPARE(contact.value(u"disposition").toString(), QStringLiteral("report_filed"));
        QCOMPARE(contact.value(u"reportId").toString(), reportId);

        // A supplement goes through the outbox too, and the case history finds the case.
        QVERIFY(ws.engine->addSupplement(reportId, QStringLiteral("Cykeln hade en röd korg.")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 10000);
        const QJsonArray supplements =
            anna.get(QStringLiteral("/reports/") + reportId).body.value(u"supplements").toArray();
        QCOMPARE(supplements.size(), 1);
        QCOMPARE(supplements.first().toObject().value(u"text").toString(), QStringLiteral("Cykeln hade en röd korg."));

        QSignalSpy found(ws.engine.get(), &SyncEngine::casesFound);
        const int request = ws.engine->searchCases(
            CaseQuery{CaseQuery::Kind::CaseNumber, sentReport.result.value(u"caseNumber").toString()});
        QVERIFY(found.wait(10000));
        QCOMPARE(found.first().at(0).toInt(), request);
        QVERIFY(found.first().at(1).toBool());
        const QJsonArray items = found.first().at(2).toJsonArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"report").toObject().value(u"id").toString(), reportId);

        QSignalSpy fetched(ws.engine.get(), &SyncEngine::reportFetched);
        ws.engine->fetchReport(reportId);
        QVERIFY(fetched.wait(10000));
        QVERIFY(fetched.first().at(1).toBool());
        QCOMPARE(fetched.first().at(2).toJsonObject().value(u"supplements").toArray().size(), 1);
    }

    void tokenNeverOnDiskAndSignOutEndsTheSession()
    {
        const QString db = QStringLiteral("sqlite:") + file("token.db");
        TestServer ts;
        QVERIFY(ts.start(db));
        const QString path = file("ws");
        Workstation ws;
        QVERIFY(ws.open(path, ts.port()));
        // GIVEN a signed-in workstation
        QVERIFY(ws.login(QStringLiteral("anna")));
        const QString token = ws.client->token();
        QVERIFY(!token.isEmpty());
        // THEN the token is in the secret store, and not in the local store nor anywhere in its files
        QCOMPARE(ws.secrets.kept, token);
        QCOMPARE(ws.store->value(QStringLiteral("token")), QString());
        for (const QString& f : QStringList{path, path + QStringLiteral("-wal")})
            QVERIFY2(!fileBytes(f).contains(token.toLatin1()), qPrintable(f));
        // WHEN the agent signs out THEN the server ends the session and the secret is forgotten
        QSignalSpy out(ws.engine.get(), &SyncEngine::loggedOut);
        ws.engine->logout();
        QVERIFY(out.wait(10000));
        QCOMPARE(ws.secrets.kept, QString());
        QCOMPARE(ws.client->token(), QString());
        Client probe(ts.port());
        probe.token = token;
        QCOMPARE(probe.get(QStringLiteral("/me")).status, 401);
    }

    void refusesPlainHttpElsewhere()
    {
        QNetworkAccessManager nam;
        RestClient client(&nam);
        QVERIFY(client.setServer(QStringLiteral("http://127.0.0.1:8080")).ok());
        QVERIFY(client.setServer(QStringLiteral("https://kc.polisen.example:8443")).ok());
        const auto plain = client.setServer(QStringLiteral("http://kc.polisen.example:8080"));
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, QStringLiteral("plain_http"));
        client.setAllowPlainHttp(true);
        QVERIFY(client.setServer(QStringLiteral("http://kc.polisen.example:8080")).ok());
        QVERIFY(!client.setServer(QStringLiteral("ftp://x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
