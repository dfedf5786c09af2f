// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Request throughput of the Release kontaktcenter-server, with wrk -t2 -c32 --latency:
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
//   3. on PostgreSQL (KC_BENCH_PG_URL, which ./kc bench starts; emptied first): the audited GET
//      from nginx, one server process and two processes on one port (--instances 2, SO_REUSEPORT)
//      in alternating rounds, each with its ratio and p99 next to nginx's; the same GET at a fixed
//      500/s from this process while wrk is not running (latency without wrk sharing the two
//      cores); POST /reports from one process against two.
#include "benchharness.h"
#include "serverbench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

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

// Runs workloads alternately — A B C, C B A, A B C, C B A, each `seconds` / 2 — so that the load
// of a shared machine, which swings within seconds, falls on all alike. Each result sums the
// requests over its rounds; its latencies are the medians of the rounds'.
QList<WrkResult> interleavedAll(const QList<std::function<WrkResult(int)>>& workloads, int seconds)
{
    const int round = std::max(1, seconds / 2);
    QList<QList<WrkResult>> results(workloads.size());
    for (int i = 0; i < 4; ++i)
        for (qsizetype k = 0; k < workloads.size(); ++k) {
            const qsizetype w = i % 2 == 0 ? k : workloads.size() - 1 - k;
            results[w] << workloads[w](round);
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
    QList<WrkResult> out;
    for (const QList<WrkResult>& rs : std::as_const(results))
        out << combine(rs);
    return out;
}

std::pair<WrkResult, WrkResult> interleaved(const std::function<WrkResult(int)>& a,
                                            const std::function<WrkResult(int)>& b, int seconds)
{
    const QList<WrkResult> r = interleavedAll({a, b}, seconds);
    return {r[0], r[1]};
}

// Latency at a fixed, moderate rate, with wrk not running: wrk's two threads and the server share
// this machine's two cores, so under wrk every server (nginx too) waits for a core. This process
// sends `rate` GETs a second for `seconds` over 8 kept-alive connections, each timed from the
// moment it was due, so a request that waited for a free connection counts against the server
// (no coordinated omission).
struct Paced
{
    double p50Ms = 0, p99Ms = 0, maxMs = 0;
    qint64 requests = 0, errors = 0;
    QString describe() const
    {
        return QStringLiteral("%1 requests, latency p50 %2 ms p99 %3 ms max %4 ms%5")
            .arg(requests)
            .arg(p50Ms, 0, 'f', 2)
            .arg(p99Ms, 0, 'f', 2)
            .arg(maxMs, 0, 'f', 2)
            .arg(errors ? QStringLiteral(", %1 failed").arg(errors) : QString());
    }
};

Paced paced(quint16 port, const QByteArray& path, const Headers& headers, int rate, int seconds)
{
    std::vector<std::unique_ptr<HttpClient>> clients;
    QList<HttpClient*> idle;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<HttpClient>(port));
        if (clients.back()->request("GET", path, headers).status != 200)
            fail(QStringLiteral("paced GET %1 on port %2 failed").arg(QString::fromLatin1(path)).arg(port));
        idle << clients.back().get();
    }
    const qint64 total = qint64(rate) * seconds;
    const qint64 start = nowNs();
    qint64 issued = 0, inFlight = 0, errors = 0;
    QList<qint64> waiting; // due times of requests that found no free connection
    QList<double> latencies;
    std::function<void(HttpClient*, qint64)> fire = [&](HttpClient* c, qint64 due) {
        ++inFlight;
        c->send("GET", path, headers, {}, [&, c, due](const HttpResponse& r) {
            --inFlight;
            latencies << double(nowNs() - due) / 1e6;
            if (r.status != 200)
                ++errors;
            if (!waiting.isEmpty())
                fire(c, waiting.takeFirst());
            else
                idle << c;
            wake();
        });
    };
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = nowNs();
        while (issued < total) {
            const qint64 due = start + issued * 1'000'000'000 / rate;
            if (due > now)
                break;
            ++issued;
            if (!idle.isEmpty())
                fire(idle.takeLast(), due);
            else
                waiting << due;
        }
        if (issued == total)
            tick.stop();
    });
    tick.start();
    if (!waitUntil([&] { return issued == total && inFlight == 0 && waiting.isEmpty(); }, (seconds + 60) * 1000))
        fail(QStringLiteral("paced requests did not finish"));
    Paced p;
    p.requests = latencies.size();
    p.errors = errors;
    p.p50Ms = percentile(latencies, 50);
    p.p99Ms = percentile(latencies, 99);
    p.maxMs = percentile(latencies, 100);
    return p;
}

// Where a workload's time went: CPU seconds of the server's processes and of the whole machine
// (busy and idle) over its rounds. Idle cores while the server is slow mean it waits (for the disk).
struct CpuUse
{
    double server = 0, busy = 0, idle = 0, wall = 0;
    qint64 requests = 0;
    QString describe() const
    {
        return QStringLiteral("server processes %1 cores busy (%2 µs of CPU a request); the machine %3 % busy")
            .arg(server / wall, 0, 'f', 2)
            .arg(requests ? server / double(requests) * 1e6 : 0, 0, 'f', 0)
            .arg(busy + idle > 0 ? 100 * busy / (busy + idle) : 0, 0, 'f', 0);
    }
};

std::function<WrkResult(int)> metered(BenchServer& server, CpuUse& use, std::function<WrkResult(int)> run)
{
    return [&server, &use, run = std::move(run)](int seconds) {
        const double cpu = server.cpuSeconds();
        const auto [busy, idle] = machineCpuSeconds();
        const qint64 start = nowNs();
        const WrkResult r = run(seconds);
        use.server += server.cpuSeconds() - cpu;
        const auto [busyAfter, idleAfter] = machineCpuSeconds();
        use.busy += busyAfter - busy;
        use.idle += idleAfter - idle;
        use.wall += double(nowNs() - start) / 1e9;
        use.requests += r.requests;
        return r;
    };
}

QString psqlValue(const QString& url, const QString& sql)
{
    QByteArray out;
    if (runToEnd(QStringLiteral("psql"), {QStringLiteral("-tAq"), QStringLiteral("-c"), sql, url}, {}, &out) != 0)
        return QStringLiteral("?");
    return QString::fromUtf8(out).trimmed();
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
        const QString pgUrl = resetBenchPostgres();
        const QString pgDir = tmp.path() + QStringLiteral("/post-pg");
        QDir().mkpath(pgDir);
        BenchServer pg(pgDir, pgUrl);
        startServer(pg, false);
        const QByteArray pgToken = pg.login(QStringLiteral("bench-agent"));
        const QString pgSlowDir = tmp.path() + QStringLiteral("/post-pg-slow");
        QDir().mkpath(pgSlowDir);
        BenchServer pgSlow(pgSlowDir, pgUrl);
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
    // ---- 3. PostgreSQL: one instance, and two processes on one port (--instances 2) ----
    {
        const QString url = resetBenchPostgres();
        const QString dir = tmp.path() + QStringLiteral("/pg");
        QDir().mkpath(dir + QStringLiteral("/one"));
        QDir().mkpath(dir + QStringLiteral("/two"));
        // Both on the same database at once: the same report, the same bytes, the same token.
        BenchServer one(dir + QStringLiteral("/one"), url), two(dir + QStringLiteral("/two"), url);
        one.addUser(QStringLiteral("bench-agent"), QStringLiteral("agent"), QStringLiteral("anmalan"));
        one.start();
        two.start({QStringLiteral("--instances"), QStringLiteral("2")});
        const QByteArray token = one.login(QStringLiteral("bench-agent"));
        const HttpResponse created =
            HttpClient(one.port())
                .request("POST", "/api/v1/reports",
                         bearer(token) + Headers{{"Content-Type", "application/json"}, {"Idempotency-Key", "pg-get-1"}},
                         reportBody());
        const QByteArray id = created.json().value(u"id").toString().toLatin1();
        if (created.status != 201 || id.isEmpty())
            fail(QStringLiteral("PostgreSQL: POST /reports answered %1").arg(created.status));
        const QByteArray path = "/api/v1/reports/" + id;
        const HttpResponse read = HttpClient(two.port()).request("GET", path, bearer(token));
        if (read.status != 200 || read.body != HttpClient(one.port()).request("GET", path, bearer(token)).body)
            fail(QStringLiteral("PostgreSQL: the two set-ups do not answer the same bytes (%1)").arg(read.status));
        Nginx nginx(dir + QStringLiteral("/nginx"));
        QDir().mkpath(nginx.wwwRoot() + QStringLiteral("/api/v1/reports"));
        QFile file(nginx.wwwRoot() + QString::fromLatin1(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(read.body) != read.body.size())
            fail(QStringLiteral("cannot write ") + file.fileName());
        file.close();
        nginx.start();
        const QByteArray nginxUrl = "http://127.0.0.1:" + QByteArray::number(nginx.port()) + path;
        std::printf("PostgreSQL (KC_BENCH_PG_URL, fsync on), GET %s, %lld bytes: nginx, 1 server process, 2 "
                    "processes on one port (--instances 2), in alternating rounds\n",
                    path.constData(), qint64(read.body.size()));
        runWrk(nginxUrl, warmup, bearer(token));
        runWrk(one.baseUrl() + path, warmup, bearer(token));
        runWrk(two.baseUrl() + path, warmup, bearer(token));
        CpuUse getOne, getTwo;
        const QList<WrkResult> get = interleavedAll(
            {[&](int s) { return runWrk(nginxUrl, s, bearer(token)); },
             metered(one, getOne, [&](int s) { return runWrk(one.baseUrl() + path, s, bearer(token)); }),
             metered(two, getTwo, [&](int s) { return runWrk(two.baseUrl() + path, s, bearer(token)); })},
            seconds);
        const WrkResult &fromNginx = get[0], &fromOne = get[1], &fromTwo = get[2];
        show("nginx, same bytes as a static file:", fromNginx);
        show("1 process GET /reports/{id}:", fromOne);
        show("2 processes on one port GET /reports/{id}:", fromTwo);
        std::printf("  CPU, 1 process: %s\n  CPU, 2 processes: %s\n", qPrintable(getOne.describe()),
                    qPrintable(getTwo.describe()));
        std::printf("  ratio to nginx: 1 process %.3f, 2 processes %.3f; 2 processes / 1: %.2f; p99 ms: nginx "
                    "%.2f, 1 process %.2f, 2 processes %.2f\n",
                    fromOne.requestsPerSecond / fromNginx.requestsPerSecond,
                    fromTwo.requestsPerSecond / fromNginx.requestsPerSecond,
                    fromTwo.requestsPerSecond / fromOne.requestsPerSecond, fromNginx.p99Ms, fromOne.p99Ms,
                    fromTwo.p99Ms);
        requireClean("PostgreSQL GET, nginx", fromNginx);
        requireClean("PostgreSQL GET, 1 process", fromOne);
        requireClean("PostgreSQL GET, 2 processes", fromTwo);

        // Latency without wrk on the machine: a fixed, moderate rate from this process.
        const int rate = 500;
        const int pacedSeconds = std::max(2, seconds / 2);
        std::printf("  latency at a fixed %d GET/s for %d s from this process (8 connections), wrk not running:\n",
                    rate, pacedSeconds);
        const Paced pacedNginx = paced(nginx.port(), path, bearer(token), rate, pacedSeconds);
        const Paced pacedOne = paced(one.port(), path, bearer(token), rate, pacedSeconds);
        const Paced pacedTwo = paced(two.port(), path, bearer(token), rate, pacedSeconds);
        std::printf("    %-40s %s\n", "nginx:", qPrintable(pacedNginx.describe()));
        std::printf("    %-40s %s\n", "1 process:", qPrintable(pacedOne.describe()));
        std::printf("    %-40s %s\n", "2 processes on one port:", qPrintable(pacedTwo.describe()));
        if (pacedNginx.errors || pacedOne.errors || pacedTwo.errors)
            fail(QStringLiteral("paced requests failed"));
        nginx.stop();

        // POST /reports, 1 against 2 processes.
        const QString bodyFile = dir + QStringLiteral("/report.json");
        QFile body(bodyFile);
        if (!body.open(QIODevice::WriteOnly) || body.write(reportBody()) < 0)
            fail(QStringLiteral("cannot write ") + bodyFile);
        body.close();
        const QString script = benchSourceDir() + QStringLiteral("/wrk/post_reports.lua");
        const QString run = QStringLiteral("pg") + QString::number(::getpid());
        int round = 0;
        const auto post = [&](BenchServer& server, int s) {
            return runWrk(server.baseUrl() + "/api/v1/reports", s, {}, script,
                          {QString::fromLatin1(token), bodyFile, QStringLiteral("r%1-").arg(++round) + run});
        };
        // Two seconds: a one-second warm-up on a fresh PostgreSQL once completed no request at all.
        post(one, std::max(warmup, 2));
        post(two, std::max(warmup, 2));
        CpuUse postOneCpu, postTwoCpu;
        const auto [postOne, postTwo] =
            interleaved(metered(one, postOneCpu, [&](int s) { return post(one, s); }),
                        metered(two, postTwoCpu, [&](int s) { return post(two, s); }), seconds);
        show("1 process POST /reports:", postOne);
        show("2 processes on one port POST /reports:", postTwo);
        std::printf("  CPU, 1 process: %s\n  CPU, 2 processes: %s\n", qPrintable(postOneCpu.describe()),
                    qPrintable(postTwoCpu.describe()));
        std::printf("  2 processes / 1: %.2f\n", postTwo.requestsPerSecond / postOne.requestsPerSecond);
        requireClean("PostgreSQL POST, 1 process", postOne);
        requireClean("PostgreSQL POST, 2 processes", postTwo);
        one.stop();
        two.stop();
        std::printf("  audit rows report.read: %s (wrk counted %lld + warm-ups and paced); reports: %s\n",
                    qPrintable(psqlValue(url, QStringLiteral("SELECT count(*) FROM audit WHERE action = "
                                                             "'report.read'"))),
                    fromOne.requests + fromTwo.requests,
                    qPrintable(psqlValue(url, QStringLiteral("SELECT count(*) FROM reports"))));

        report("server.pg.report.get.one.rps", "req/s", fromOne.requestsPerSecond, "nginx static file, same bytes",
               fromNginx.requestsPerSecond);
        targets.add(QStringLiteral("PostgreSQL, 2 processes: GET /reports/{id} req/s >= 0.25 × nginx"),
                    report("server.pg.report.get.two.rps", "req/s", fromTwo.requestsPerSecond,
                           "nginx static file, same bytes", fromNginx.requestsPerSecond, {Goal::AtLeast, 0.25, true}),
                    QStringLiteral("ratio %1 (1 process: %2)")
                        .arg(fromTwo.requestsPerSecond / fromNginx.requestsPerSecond, 0, 'f', 3)
                        .arg(fromOne.requestsPerSecond / fromNginx.requestsPerSecond, 0, 'f', 3));
        targets.add(QStringLiteral("PostgreSQL, 2 processes: GET /reports/{id} p99 <= 5 ms"),
                    report("server.pg.report.get.two.p99", "ms", fromTwo.p99Ms, "nginx static file p99",
                           fromNginx.p99Ms, {Goal::AtMost, 5, false}),
                    QStringLiteral("%1 ms (nginx %2 ms; paced at %3/s: %4 ms, nginx %5 ms)")
                        .arg(fromTwo.p99Ms, 0, 'f', 2)
                        .arg(fromNginx.p99Ms, 0, 'f', 2)
                        .arg(rate)
                        .arg(pacedTwo.p99Ms, 0, 'f', 2)
                        .arg(pacedNginx.p99Ms, 0, 'f', 2));
        report("server.pg.report.get.paced.p99", "ms", pacedTwo.p99Ms, "nginx paced p99", pacedNginx.p99Ms);
        report("server.pg.report.post.two.rps", "req/s", postTwo.requestsPerSecond, "1 process",
               postOne.requestsPerSecond);
    }
    targets.print();
    return 0;
}
