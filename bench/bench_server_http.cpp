// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Request throughput of the Release kontaktcenter-server on SQLite, with wrk -t2 -c32 --latency:
//   1. authenticated GET /api/v1/reports/{id} (every read writes an audit row) against nginx
//      serving the same JSON bytes as a static file, same wrk settings, same run: requests/s ratio
//      (target >= 0.25) and the server's p99 latency (target <= 5 ms);
//   2. POST /api/v1/reports, each request with its own Idempotency-Key (target >= 2500/s), against
//      GET /api/v1/health on the same server; then the same on PostgreSQL (KC_BENCH_PG_URL, which
//      ./kc bench starts; no target), both against the server as before issue 16.
// Each server runs on a fresh database in a temporary directory; each measured wrk run follows a
// short warm-up run. Both workloads also run, in the same run, against the same server started with
// KC_SERVER_SLOW_PATH=1 (as before issue 16: no session cache, audit rows written in place by the
// request), so each change's gain is measured against a baseline
// on the same machine at the same time. KC_BENCH_SCALE < 1 shortens the runs (smoke test).
#include "benchharness.h"
#include "serverbench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <utility>

#include <cstdio>
#include <unistd.h>

using namespace kc::bench;
using namespace kc::bench::server;

namespace {

QByteArray reportBody()
{
    const QString from = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600).toString(Qt::ISODate);
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("offenceCode"), QStringLiteral("9830")},
                   {QStringLiteral("occurredFrom"), from},
                   {QStringLiteral("location"),
                    QJsonObject{{QStringLiteral("municipalityCode"), QStringLiteral("1495")},
                                {QStringLiteral("description"), QStringLiteral("Cykelstället norr om stationen")}}},
                   {QStringLiteral("reporter"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Test Testsson")},
                                {QStringLiteral("personnummer"), QStringLiteral("200001012384")},
                                {QStringLiteral("phone"), QStringLiteral("0701234567")}}},
                   {QStringLiteral("injuredPartyIsReporter"), true},
                   {QStringLiteral("suspects"),
                    QJsonArray{
                        QJsonObject{{QStringLiteral("known"), false},
                                    {QStringLiteral("description"), QStringLiteral("Man, 25–30 år, grå luvtröja")}}}},
                   {QStringLiteral("narrative"),
                    QStringLiteral("Cykeln stod låst utanför stationen på morgonen och var borta när anmälaren kom "
                                   "tillbaka på kvällen. Låset låg avklippt bredvid stället.")},
                   {QStringLiteral("stolenItems"),
                    QJsonArray{QJsonObject{{QStringLiteral("description"), QStringLiteral("Cykel")},
                                           {QStringLiteral("brand"), QStringLiteral("Crescent")},
                                           {QStringLiteral("model"), QStringLiteral("Elis")},
                                           {QStringLiteral("serialNumber"), QStringLiteral("WCR123456")},
                                           {QStringLiteral("valueSek"), 4500}},
                               QJsonObject{{QStringLiteral("description"), QStringLiteral("Cykellås")},
                                           {QStringLiteral("brand"), QStringLiteral("Abus")},
                                           {QStringLiteral("valueSek"), 600}}}}})
        .toJson(QJsonDocument::Compact);
}

QString sqliteCount(const QString& database, const QString& sql)
{
    QByteArray out;
    if (runToEnd(QStringLiteral("sqlite3"), {database, sql}, {}, &out, 60000) != 0)
        return QStringLiteral("?");
    return QString::fromUtf8(out).trimmed();
}

void show(const char* what, const WrkResult& r)
{
    std::printf("  %-44s %s\n", what, qPrintable(r.describe()));
    std::fflush(stdout);
}

// A figure is only worth its number when every answer was a success.
void requireClean(const char* what, const WrkResult& r)
{
    if (r.statusErrors > 0 || r.socketErrors > 0)
        fail(QStringLiteral("%1: %2 non-2xx answers and %3 socket errors; the figure would be meaningless")
                 .arg(QString::fromLatin1(what))
                 .arg(r.statusErrors)
                 .arg(r.socketErrors));
}

// Runs two workloads alternately — A B, B A, A B, B A, each `seconds` / 2 — so that the load of a
// shared machine, which swings within seconds, falls on both alike. Each result sums the requests
// over its rounds; its latencies are the medians of the rounds'.
std::pair<WrkResult, WrkResult> interleaved(const std::function<WrkResult(int)>& a,
                                            const std::function<WrkResult(int)>& b, int seconds)
{
    const int round = std::max(1, seconds / 2);
    QList<WrkResult> as, bs;
    for (int i = 0; i < 4; ++i) {
        if (i % 2 == 0) {
            as << a(round);
            bs << b(round);
        } else {
            bs << b(round);
            as << a(round);
        }
    }
    const auto combine = [round](const QList<WrkResult>& rs) {
        WrkResult sum;
        QList<double> p50, p90, p99;
        for (const WrkResult& r : rs) {
            sum.requests += r.requests;
            sum.statusErrors += r.statusErrors;
            sum.socketErrors += r.socketErrors;
            sum.maxMs = std::max(sum.maxMs, r.maxMs);
            p50 << r.p50Ms;
            p90 << r.p90Ms;
            p99 << r.p99Ms;
        }
        sum.requestsPerSecond = double(sum.requests) / double(round * rs.size());
        sum.p50Ms = percentile(p50, 50);
        sum.p90Ms = percentile(p90, 50);
        sum.p99Ms = percentile(p99, 50);
        return sum;
    };
    return {combine(as), combine(bs)};
}

// KC_BENCH_PG_URL (./kc bench starts that PostgreSQL), emptied: DROP SCHEMA public CASCADE, as
// resetPostgres in tests/server/testenv.h.
QString emptiedPostgres()
{
    const QString url = qEnvironmentVariable("KC_BENCH_PG_URL");
    if (url.isEmpty())
        fail(QStringLiteral("KC_BENCH_PG_URL is not set: run this benchmark through ./kc bench, which starts the "
                            "PostgreSQL it measures"));
    const QUrl u(url);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench.reset"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : u.password());
        if (!db.open())
            fail(QStringLiteral("cannot connect to KC_BENCH_PG_URL: ") + db.lastError().text());
        QSqlQuery q(db);
        for (const char* sql :
             {"SET client_min_messages = warning", "DROP SCHEMA IF EXISTS public CASCADE", "CREATE SCHEMA public"})
            if (!q.exec(QString::fromLatin1(sql)))
                fail(QStringLiteral("%1: %2").arg(QString::fromLatin1(sql), q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench.reset"));
    return url;
}

// A server on a fresh database in dir, started as before issue 16 when `slowPath`.
void startServer(BenchServer& server, bool slowPath)
{
    server.addUser(QStringLiteral("bench-agent"), QStringLiteral("agent"), QStringLiteral("anmalan"));
    if (slowPath)
        qputenv("KC_SERVER_SLOW_PATH", "1");
    server.start();
    qunsetenv("KC_SERVER_SLOW_PATH");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    prepareProcess();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(QStringLiteral("no temporary directory"));
    Targets targets;
    const int seconds = wrkSeconds();
    const int warmup = seconds >= 10 ? 2 : 1;
    std::printf("server over HTTP: wrk -t2 -c32 -d%ds --latency, each after a %d s warm-up; KC_BENCH_SCALE=%g\n",
                seconds, warmup, scale());

    // ---- 1. GET /reports/{id} against nginx ----
    {
        const QString dir = tmp.path() + QStringLiteral("/get");
        QDir().mkpath(dir);
        BenchServer server(dir);
        startServer(server, false);
        const QByteArray token = server.login(QStringLiteral("bench-agent"));
        HttpClient client(server.port());
        const HttpResponse created = client.request(
            "POST", "/api/v1/reports",
            bearer(token) + Headers{{"Content-Type", "application/json"}, {"Idempotency-Key", "get-1"}}, reportBody());
        const QByteArray id = created.json().value(u"id").toString().toLatin1();
        if (created.status != 201 || id.isEmpty())
            fail(QStringLiteral("POST /reports answered %1: %2")
                     .arg(created.status)
                     .arg(QString::fromUtf8(created.body)));
        const QByteArray path = "/api/v1/reports/" + id;
        // The same report on a server as before issue 16 (its own database, same bytes but the id).
        const QString slowDir = tmp.path() + QStringLiteral("/get-slow");
        QDir().mkpath(slowDir);
        BenchServer slow(slowDir);
        startServer(slow, true);
        const QByteArray slowToken = slow.login(QStringLiteral("bench-agent"));
        const QByteArray slowId = HttpClient(slow.port())
                                      .request("POST", "/api/v1/reports",
                                               bearer(slowToken) + Headers{{"Content-Type", "application/json"},
                                                                           {"Idempotency-Key", "get-1"}},
                                               reportBody())
                                      .json()
                                      .value(u"id")
                                      .toString()
                                      .toLatin1();
        if (slowId.isEmpty())
            fail(QStringLiteral("the slow-path server did not store the report"));
        const HttpResponse read = client.request("GET", path, bearer(token));
        if (read.status != 200)
            fail(QStringLiteral("GET %1 answered %2").arg(QString::fromLatin1(path)).arg(read.status));

        Nginx nginx(tmp.path() + QStringLiteral("/nginx"));
        QDir().mkpath(nginx.wwwRoot() + QStringLiteral("/api/v1/reports"));
        QFile file(nginx.wwwRoot() + QString::fromLatin1(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(read.body) != read.body.size())
            fail(QStringLiteral("cannot write ") + file.fileName());
        file.close();
        nginx.start();
        HttpClient staticClient(nginx.port());
        const HttpResponse same = staticClient.request("GET", path, bearer(token));
        if (same.status != 200 || same.body != read.body)
            fail(QStringLiteral("nginx does not serve the same bytes (%1)").arg(same.status));
        const QByteArray nginxUrl = "http://127.0.0.1:" + QByteArray::number(nginx.port()) + path;
        std::printf("GET %s: %lld bytes of JSON, from the server (audited) and from nginx (static file)\n",
                    path.constData(), qint64(read.body.size()));

        const QByteArray slowPath = "/api/v1/reports/" + slowId;
        runWrk(slow.baseUrl() + slowPath, warmup, bearer(slowToken));
        runWrk(server.baseUrl() + path, warmup, bearer(token));
        const auto [fromServer, fromSlow] =
            interleaved([&](int s) { return runWrk(server.baseUrl() + path, s, bearer(token)); },
                        [&](int s) { return runWrk(slow.baseUrl() + slowPath, s, bearer(slowToken)); }, seconds);
        show("as before issue 16 (KC_SERVER_SLOW_PATH):", fromSlow);
        show("kontaktcenter-server GET /reports/{id}:", fromServer);
        slow.stop();
        runWrk(nginxUrl, warmup, bearer(token));
        const WrkResult fromNginx = runWrk(nginxUrl, seconds, bearer(token));
        show("nginx, same bytes as a static file:", fromNginx);
        requireClean("GET /reports/{id}", fromServer);
        requireClean("GET /reports/{id}, slow path", fromSlow);
        requireClean("nginx", fromNginx);
        nginx.stop();
        server.stop();
        std::printf("  audit rows report.read after the runs: %s (wrk counted %lld + warm-up)\n",
                    qPrintable(sqliteCount(server.databasePath(),
                                           QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'report.read'"))),
                    fromServer.requests);

        targets.add(
            QStringLiteral("GET /reports/{id} req/s >= 0.25 × nginx"),
            report("server.report.get.rps", "req/s", fromServer.requestsPerSecond, "nginx static file, same bytes",
                   fromNginx.requestsPerSecond, {Goal::AtLeast, 0.25, true}),
            QStringLiteral("ratio %1").arg(fromServer.requestsPerSecond / fromNginx.requestsPerSecond, 0, 'f', 3));
        report("server.report.get.issue16", "req/s", fromServer.requestsPerSecond, "same server, as before issue 16",
               fromSlow.requestsPerSecond);
        report("server.report.get.issue16.p99", "ms", fromServer.p99Ms, "same server, as before issue 16",
               fromSlow.p99Ms);
        targets.add(QStringLiteral("GET /reports/{id} p99 <= 5 ms"),
                    report("server.report.get.p99", "ms", fromServer.p99Ms, "nginx static file p99", fromNginx.p99Ms,
                           {Goal::AtMost, 5, false}),
                    QStringLiteral("%1 ms").arg(fromServer.p99Ms, 0, 'f', 2));
    }

    // ---- 2. POST /reports against GET /health ----
    {
        const QString dir = tmp.path() + QStringLiteral("/post");
        QDir().mkpath(dir);
        BenchServer server(dir);
        startServer(server, false);
        const QByteArray token = server.login(QStringLiteral("bench-agent"));
        const QString bodyFile = dir + QStringLiteral("/report.json");
        QFile file(bodyFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(reportBody()) < 0)
            fail(QStringLiteral("cannot write ") + bodyFile);
        file.close();
        const QString script = benchSourceDir() + QStringLiteral("/wrk/post_reports.lua");
        const QString run = QString::number(::getpid());

        runWrk(server.baseUrl() + "/api/v1/health", warmup);
        const WrkResult health = runWrk(server.baseUrl() + "/api/v1/health", seconds);
        show("GET /health:", health);
        const QString slowDir = tmp.path() + QStringLiteral("/post-slow");
        QDir().mkpath(slowDir);
        BenchServer slow(slowDir);
        startServer(slow, true);
        const QByteArray slowToken = slow.login(QStringLiteral("bench-agent"));
        runWrk(slow.baseUrl() + "/api/v1/reports", warmup, {}, script,
               {QString::fromLatin1(slowToken), bodyFile, QStringLiteral("warm-") + run});
        runWrk(server.baseUrl() + "/api/v1/reports", warmup, {}, script,
               {QString::fromLatin1(token), bodyFile, QStringLiteral("warm-") + run});
        int round = 0; // every round's keys are new
        const auto [post, slowPost] = interleaved(
            [&](int s) {
                return runWrk(server.baseUrl() + "/api/v1/reports", s, {}, script,
                              {QString::fromLatin1(token), bodyFile, QStringLiteral("run%1-").arg(++round) + run});
            },
            [&](int s) {
                return runWrk(slow.baseUrl() + "/api/v1/reports", s, {}, script,
                              {QString::fromLatin1(slowToken), bodyFile, QStringLiteral("run%1-").arg(++round) + run});
            },
            seconds);
        show("POST /reports, as before issue 16:", slowPost);
        show("POST /reports (unique Idempotency-Key):", post);
        requireClean("POST /reports, slow path", slowPost);
        slow.stop();
        // The write path's own change alone: the same server with only the idempotent write as
        // three commits again (KC_SERVER_THREE_COMMITS), against the current one, A B B A — both
        // on fresh databases (a database that grew in the rounds above is slower to write).
        const QString oneDir = tmp.path() + QStringLiteral("/post-one");
        QDir().mkpath(oneDir);
        BenchServer one(oneDir);
        startServer(one, false);
        const QByteArray oneToken = one.login(QStringLiteral("bench-agent"));
        runWrk(one.baseUrl() + "/api/v1/reports", warmup, {}, script,
               {QString::fromLatin1(oneToken), bodyFile, QStringLiteral("one-warm-") + run});
        const QString threeDir = tmp.path() + QStringLiteral("/post-three");
        QDir().mkpath(threeDir);
        BenchServer three(threeDir);
        three.addUser(QStringLiteral("bench-agent"), QStringLiteral("agent"), QStringLiteral("anmalan"));
        qputenv("KC_SERVER_THREE_COMMITS", "1");
        three.start();
        qunsetenv("KC_SERVER_THREE_COMMITS");
        const QByteArray threeToken = three.login(QStringLiteral("bench-agent"));
        runWrk(three.baseUrl() + "/api/v1/reports", warmup, {}, script,
               {QString::fromLatin1(threeToken), bodyFile, QStringLiteral("three-warm-") + run});
        const auto [oneCommitPost, threePost] = interleaved(
            [&](int s) {
                return runWrk(one.baseUrl() + "/api/v1/reports", s, {}, script,
                              {QString::fromLatin1(oneToken), bodyFile, QStringLiteral("one%1-").arg(++round) + run});
            },
            [&](int s) {
                return runWrk(
                    three.baseUrl() + "/api/v1/reports", s, {}, script,
                    {QString::fromLatin1(threeToken), bodyFile, QStringLiteral("three%1-").arg(++round) + run});
            },
            seconds);
        show("POST /reports, three commits (KC_SERVER_THREE_COMMITS):", threePost);
        show("POST /reports, one commit:", oneCommitPost);
        requireClean("POST /reports, three commits", threePost);
        requireClean("POST /reports, one commit", oneCommitPost);
        three.stop();
        one.stop();
        requireClean("GET /health", health);
        requireClean("POST /reports", post);
        server.stop();
        std::printf("  reports stored after the runs: %s (wrk counted %lld + warm-up)\n",
                    qPrintable(sqliteCount(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM reports"))),
                    post.requests);
        // What a report costs on disk with everything it brings (index, full text, change, audit row,
        // idempotency key): for the README's scale on paper.
        const double reports =
            sqliteCount(server.databasePath(), QStringLiteral("SELECT COUNT(*) FROM reports")).toDouble();
        const double bytes =
            sqliteCount(server.databasePath(), QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                                              "pragma_page_size()"))
                .toDouble();
        if (reports > 0)
            std::printf("  database: %.1f MB after %.0f reports, %.1f KB per report with its rows\n", bytes / 1e6,
                        reports, bytes / reports / 1e3);

        report("server.report.post.issue16", "req/s", post.requestsPerSecond,
               "same server, as before issue 16 (three commits per report)", slowPost.requestsPerSecond);
        report("server.report.post.oneCommit", "req/s", oneCommitPost.requestsPerSecond,
               "same server, only the idempotent write as three commits", threePost.requestsPerSecond);

        // The same on PostgreSQL (durable: fsync, synchronous commit), no target: both servers on one
        // emptied database, as now and as before issue 16, in alternating rounds.
        const QString pgUrl = emptiedPostgres();
        const QString pgDir = tmp.path() + QStringLiteral("/post-pg");
        QDir().mkpath(pgDir);
        BenchServer pg(pgDir);
        pg.useDatabase(pgUrl);
        startServer(pg, false);
        const QByteArray pgToken = pg.login(QStringLiteral("bench-agent"));
        const QString pgSlowDir = tmp.path() + QStringLiteral("/post-pg-slow");
        QDir().mkpath(pgSlowDir);
        BenchServer pgSlow(pgSlowDir);
        pgSlow.useDatabase(pgUrl);
        qputenv("KC_SERVER_SLOW_PATH", "1");
        pgSlow.start(); // the user is in the database already
        qunsetenv("KC_SERVER_SLOW_PATH");
        const QByteArray pgSlowToken = pgSlow.login(QStringLiteral("bench-agent"));
        runWrk(pg.baseUrl() + "/api/v1/reports", warmup, {}, script,
               {QString::fromLatin1(pgToken), bodyFile, QStringLiteral("pg-warm-") + run});
        const auto [pgPost, pgSlowPost] = interleaved(
            [&](int s) {
                return runWrk(pg.baseUrl() + "/api/v1/reports", s, {}, script,
                              {QString::fromLatin1(pgToken), bodyFile, QStringLiteral("pg%1-").arg(++round) + run});
            },
            [&](int s) {
                return runWrk(pgSlow.baseUrl() + "/api/v1/reports", s, {}, script,
                              {QString::fromLatin1(pgSlowToken), bodyFile, QStringLiteral("pg%1-").arg(++round) + run});
            },
            seconds);
        show("PostgreSQL: POST /reports, as before issue 16:", pgSlowPost);
        show("PostgreSQL: POST /reports:", pgPost);
        requireClean("POST /reports on PostgreSQL", pgPost);
        requireClean("POST /reports on PostgreSQL, slow path", pgSlowPost);
        pgSlow.stop();
        pg.stop();
        report("server.report.post.pg", "req/s", pgPost.requestsPerSecond,
               "PostgreSQL, same server as before issue 16 (three commits per report)", pgSlowPost.requestsPerSecond);
        targets.add(
            QStringLiteral("POST /reports >= 2500 req/s"),
            report("server.report.post.rps", "req/s", post.requestsPerSecond, "GET /health req/s",
                   health.requestsPerSecond, {Goal::AtLeast, 2500, false}),
            QStringLiteral("%1 req/s, p99 %2 ms").arg(post.requestsPerSecond, 0, 'f', 0).arg(post.p99Ms, 0, 'f', 2));
    }
    targets.print();
    return 0;
}
