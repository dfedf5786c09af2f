// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The sync engine (sync/syncengine) against the Release kontaktcenter-server on loopback, each figure
// next to a baseline measured against the same server in the same run:
//
//  1. sync.flush — 10,000 reports queued with LocalStore::submitReport, then SyncEngine::flush() until
//     flushFinished(true): reports per second end to end (target >= 2,000/s); the engine sends them as
//     POST /reports/batch, and then, as the other design, as single POST /reports six in flight
//     (sync.flush.batchVsSingle, same server, same count). Baseline: as many
//     POST /reports sent one at a time by a bare QNetworkAccessManager (unique Idempotency-Key each):
//     the ratio is what the engine's bookkeeping (outbox reads, markSent, upsertReport, their fsyncs)
//     costs on top of the raw HTTP round trips. Profile: every request's issue and finish time (a
//     QNetworkAccessManager subclass) split each item into waiting for the server and the engine's own
//     work; the LocalStore calls of one item are then timed one by one (synchronous=FULL as shipped,
//     and NORMAL / one transaction per answer as what-ifs on a scratch store).
//  2. sync.catchup — 100,000 contact changes seeded into the server's SQLite while it is stopped (rows
//     as Store::createContact and Store::appendChange write them), then a fresh LocalStore + SyncEngine
//     signed in as an agent of that queue runs catchUp() until catchUpFinished(true): seconds (target
//     <= 2 s) and the longest time the event loop was blocked, the largest gap between the ticks of a
//     1 ms precise timer (target <= 16 ms). Baseline: plain GET /changes paging through the same
//     changes with QNAM, parsing each page for its cursor and storing nothing.
//
// KC_BENCH_SCALE (default 1) scales both counts (0.05: 500 reports, 5,000 changes; the catch-up's time
// target scales with them). The databases go to KC_BENCH_TMPDIR, by default bench-tmp/ next to bin/ —
// the build's own disk: ./kc runs benchmarks with a tmpfs /tmp, where fsync costs nothing and would hide
// what the local store's synchronous=FULL really costs. The server runs as a child process with
// PR_SET_PDEATHSIG=SIGKILL and is stopped on every exit path (normal end, fail(), SIGINT/SIGTERM).
#include "benchharness.h"
#include "core/jsoncodec.h"
#include "core/types.h"
#include "models/contactqueuemodel.h"
#include "models/localstore.h"
#include "models/queuepipeline.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "tests/server/samplebodies.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <memory>
#include <numeric>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace {

using namespace kc;
using kc::bench::Goal;
using kc::bench::Target;

const QString Password = QStringLiteral("korrekt-hast-batteri");
const QString Queue = QStringLiteral("anmalan");
constexpr int EnginePageSize = 500; // sync/syncengine.cpp PageSize: the baseline pages the same way

// ---- process, clock, statistics ----------------------------------------------------------------

double benchScale()
{
    bool ok = false;
    const double v = qEnvironmentVariable("KC_BENCH_SCALE").toDouble(&ok);
    return ok && v > 0 ? v : 1.0;
}

int scaled(int full, int minimum)
{
    return std::max(minimum, int(std::lround(full * benchScale())));
}

QList<QProcess*>& liveChildren()
{
    static QList<QProcess*> list;
    return list;
}

QTemporaryDir* workDir = nullptr;

[[noreturn]] void fail(const QString& message)
{
    std::fflush(stdout);
    std::fprintf(stderr, "bench_sync: FAILED: %s\n", qPrintable(message));
    for (QProcess* p : std::as_const(liveChildren())) {
        p->kill();
        p->waitForFinished(2000);
    }
    if (workDir)
        workDir->remove();
    std::_Exit(1);
}

void onSignal(int sig)
{
    // The server has PR_SET_PDEATHSIG=SIGKILL: it ends with us.
    _exit(128 + sig);
}

qint64 nowNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

double mean(const QList<double>& values)
{
    return values.isEmpty() ? 0 : std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

// Runs a nested event loop until finish() or the timeout; false on timeout.
class Waiter
{
public:
    void finish()
    {
        m_done = true;
        m_loop.quit();
    }
    bool wait(int timeoutMs)
    {
        if (m_done)
            return true;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop.exec();
        return m_done;
    }
    QObject* context() { return &m_loop; }

private:
    QEventLoop m_loop;
    bool m_done = false;
};

// CPU time of the calling thread (ns): what it ran, not what it waited for a core.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// The longest stretch the event loop did not turn: gaps between the ticks of a 1 ms precise timer.
// Each gap is also split by the thread's own CPU time: a long gap in which the thread ran little was
// the machine not giving it a core (2 shared cores, other processes), not work on the event loop.
class BlockMeter
{
public:
    BlockMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = nowNs(), cpu = threadCpuNs();
            m_gaps.append(ms(now - m_last));
            m_cpu.append(ms(cpu - m_lastCpu));
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_cpu.clear();
        m_last = nowNs();
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_gaps.append(ms(nowNs() - m_last));
        m_cpu.append(ms(threadCpuNs() - m_lastCpu));
    }
    double maxMs() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    // The event-loop thread's CPU time within the longest gap, and the most CPU time between two ticks.
    double cpuOfLongestMs() const
    {
        return m_gaps.isEmpty() ? 0 : m_cpu[std::max_element(m_gaps.begin(), m_gaps.end()) - m_gaps.begin()];
    }
    double maxCpuMs() const { return m_cpu.isEmpty() ? 0 : *std::max_element(m_cpu.begin(), m_cpu.end()); }
    QString describe() const
    {
        return QStringLiteral("longest gap %1 ms, of which the thread ran %2 ms; the most it ran between two ticks "
                              "%3 ms")
            .arg(maxMs(), 0, 'f', 2)
            .arg(cpuOfLongestMs(), 0, 'f', 2)
            .arg(maxCpuMs(), 0, 'f', 2);
    }
    double percentileMs(double p) const { return percentile(m_gaps, p); }
    qsizetype over(double limitMs) const
    {
        return std::count_if(m_gaps.begin(), m_gaps.end(), [limitMs](double g) { return g > limitMs; });
    }

private:
    QTimer m_timer;
    QList<double> m_gaps, m_cpu;
    qint64 m_last = 0, m_lastCpu = 0;
};

// A QNetworkAccessManager that notes when each request was issued and when its reply finished (its
// finished slot runs before the ApiJob's, which connects after createRequest returns).
class TimingNam : public QNetworkAccessManager
{
public:
    struct Exchange
    {
        qint64 issued = 0;
        qint64 finished = 0;
    };
    QList<Exchange> exchanges;
    bool recording = false;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override
    {
        QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (recording) {
            const qsizetype index = exchanges.size();
            exchanges.append({nowNs(), 0});
            connect(reply, &QNetworkReply::finished, this, [this, index] { exchanges[index].finished = nowNs(); });
        }
        return reply;
    }
};

// Per exchange: the server's share (issue → finish) and the client's share (finish → next issue, the
// last one until `end`), in ms.
struct Split
{
    QList<double> server, client;
};

Split split(const QList<TimingNam::Exchange>& exchanges, qint64 begin, qint64 end)
{
    Split s;
    qint64 previous = begin;
    for (const auto& e : exchanges) {
        s.client.append(ms(e.issued - previous));
        s.server.append(ms(e.finished - e.issued));
        previous = e.finished;
    }
    s.client.append(ms(end - previous));
    return s;
}

QString filesystemOf(const QString& path)
{
    struct statfs info{};
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("?");
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0xEF53:
        return QStringLiteral("ext4");
    case 0x01021994:
        return QStringLiteral("tmpfs");
    case 0x58465342:
        return QStringLiteral("xfs");
    case 0x9123683E:
        return QStringLiteral("btrfs");
    case 0x794C7630:
        return QStringLiteral("overlayfs");
    default:
        return QStringLiteral("0x%1").arg(static_cast<unsigned long>(info.f_type), 0, 16);
    }
}

// Median time of write(4 KiB) + fdatasync on `dir`'s filesystem: what one durable commit costs at least.
double fdatasyncMs(const QString& dir)
{
    QFile f(dir + QStringLiteral("/fsync-probe"));
    if (!f.open(QIODevice::ReadWrite | QIODevice::Truncate))
        fail(QStringLiteral("cannot write in ") + dir);
    const QByteArray block(4096, 'x');
    QList<double> times;
    for (int i = 0; i < 100; ++i) {
        f.write(block);
        f.flush();
        const qint64 t = nowNs();
        ::fdatasync(f.handle());
        times.append(ms(nowNs() - t));
    }
    f.close();
    f.remove();
    return median(times);
}

// CPU time (user + system, ms) of a process from /proc, and of this process (all its threads,
// QNetworkAccessManager's HTTP thread included).
double processCpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after "(comm)": state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(fields[11].toLongLong() + fields[12].toLongLong());
    return ticks * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

double selfCpuMs()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto toMs = [](const timeval& t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return toMs(usage.ru_utime) + toMs(usage.ru_stime);
}

// CPU spent by the server and by this process between construction and stop().
struct CpuMeter
{
    explicit CpuMeter(qint64 serverPid)
        : pid(serverPid)
        , server(processCpuMs(serverPid))
        , self(selfCpuMs())
    {}
    void stop()
    {
        server = processCpuMs(pid) - server;
        self = selfCpuMs() - self;
    }
    qint64 pid;
    double server;
    double self;
};

// ---- the server --------------------------------------------------------------------------------

void dieWithUs(QProcess& p)
{
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        fail(QStringLiteral("no free loopback port"));
    return probe.serverPort();
}

class Server
{
public:
    Server(const QString& dir, const QString& name)
        : m_database(dir + u'/' + name + QStringLiteral(".db"))
        , m_log(dir + u'/' + name + QStringLiteral("-server.log"))
    {
        m_binary = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("kontaktcenter-server"));
        if (!QFileInfo(m_binary).isExecutable())
            fail(QStringLiteral("no kontaktcenter-server next to this benchmark: ") + m_binary);
    }
    ~Server() { stop(); }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    QString databasePath() const { return m_database; }
    QString databaseUrl() const { return QStringLiteral("sqlite:") + m_database; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:") + QString::number(m_port); }
    qint64 logSize() const { return QFileInfo(m_log).size(); }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // `user add` (password on stdin); creates and migrates the database on first use. Returns the id.
    QString addUser(const QString& username, const QString& role, const QString& team, const QString& queues)
    {
        QProcess p;
        dieWithUs(p);
        p.setProcessChannelMode(QProcess::MergedChannels);
        liveChildren().append(&p);
        p.start(m_binary, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("user"),
                           QStringLiteral("add"), username, QStringLiteral("--role"), role, QStringLiteral("--team"),
                           team, QStringLiteral("--queues"), queues, QStringLiteral("--kdf-iterations"),
                           QStringLiteral("1000"), QStringLiteral("--database"), databaseUrl()});
        p.write(QByteArray(Password.toUtf8() + '\n'));
        p.closeWriteChannel();
        const bool finished = p.waitForFinished(60000);
        liveChildren().removeOne(&p);
        const QString output = QString::fromUtf8(p.readAll());
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            fail(QStringLiteral("user add %1 failed: %2").arg(username, output.trimmed()));
        const auto match = QRegularExpression(QStringLiteral("\\(([^)]+)\\)")).match(output);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    void start()
    {
        m_port = freePort();
        m_process = std::make_unique<QProcess>();
        dieWithUs(*m_process);
        // Into a file: the server's request log must cost this process nothing while it measures.
        m_process->setStandardOutputFile(m_log, QIODevice::Append);
        m_process->setStandardErrorFile(m_log, QIODevice::Append);
        const qint64 from = logSize();
        liveChildren().append(m_process.get());
        m_process->start(m_binary, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:") + QString::number(m_port),
                                    QStringLiteral("--database"), databaseUrl()});
        if (!m_process->waitForStarted(10000))
            fail(QStringLiteral("cannot start ") + m_binary);
        QElapsedTimer t;
        t.start();
        while (!logSince(from).contains(QLatin1String("listening on"))) {
            if (m_process->waitForFinished(20))
                fail(QStringLiteral("the server exited at start:\n") + logSince(from));
            if (t.elapsed() > 20000)
                fail(QStringLiteral("the server did not start listening within 20 s:\n") + logSince(from));
        }
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        liveChildren().removeOne(m_process.get());
        m_process.reset();
    }

    QString logSince(qint64 offset) const
    {
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        f.seek(offset);
        return QString::fromUtf8(f.readAll());
    }

    // The time the server itself logged for each `METHOD …route STATUS` line after `offset`.
    QList<double> loggedMs(qint64 offset, const QString& method, const QString& route, int status) const
    {
        const QRegularExpression line(QRegularExpression::escape(method) + QStringLiteral(" \\S*") +
                                      QRegularExpression::escape(route) + u' ' + QString::number(status) +
                                      QStringLiteral(" ([0-9.]+)ms"));
        QList<double> values;
        auto it = line.globalMatch(logSince(offset));
        while (it.hasNext())
            values.append(it.next().captured(1).toDouble());
        return values;
    }

private:
    QString m_binary;
    QString m_database;
    QString m_log;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// ---- HTTP with a bare QNetworkAccessManager ------------------------------------------------------

QNetworkRequest apiRequest(const QString& base, const QString& path, const QByteArray& token,
                           const QUrlQuery& query = {})
{
    QUrl url(base + QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    return req;
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer call(QNetworkAccessManager& nam, const QByteArray& method, const QNetworkRequest& request,
            const QByteArray& body = {})
{
    QNetworkRequest req = request;
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    Waiter w;
    QObject::connect(reply, &QNetworkReply::finished, w.context(), [&w] { w.finish(); });
    if (!w.wait(30000))
        fail(QStringLiteral("no answer to ") + request.url().toString());
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return a;
}

QByteArray login(QNetworkAccessManager& nam, const QString& base, const QString& username)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username}, {QStringLiteral("password"), Password}})
            .toJson(QJsonDocument::Compact);
    const Answer a = call(nam, "POST", apiRequest(base, QStringLiteral("/session"), {}), body);
    const QString token = QJsonDocument::fromJson(a.body).object().value(u"token").toString();
    if (a.status != 201 || token.isEmpty())
        fail(QStringLiteral("sign-in of %1 failed: HTTP %2").arg(username).arg(a.status));
    return token.toLatin1();
}

// The tests' valid report, with the event a few hours ago.
QJsonObject reportBody(const QString& personnummer)
{
    return kc::test::reportBody(personnummer, QDateTime::currentDateTimeUtc().addSecs(-3 * 3600).toString(Qt::ISODate));
}

const QStringList testPersonnummer{QStringLiteral("200001012384"), QStringLiteral("191212121212")};

// `count` requests (POST /reports with `body(i)`, each with its own Idempotency-Key; or GET when
// body is null), `inFlight` at a time (1: the next one leaves when the previous answer is in, as the
// engine sends), every answer checked for `status`; the first answer goes to *sample. Returns seconds.
double sendRequests(QNetworkAccessManager& nam, const QNetworkRequest& request, int status,
                    const std::function<QByteArray(int)>& body, int count, int inFlight, QJsonObject* sample = nullptr)
{
    Waiter w;
    int sent = 0, done = 0;
    std::function<void()> sendOne = [&] {
        QNetworkRequest r = request;
        QNetworkReply* reply = nullptr;
        if (body) {
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            r.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            reply = nam.post(r, body(sent));
        } else {
            reply = nam.get(r);
        }
        ++sent;
        QObject::connect(reply, &QNetworkReply::finished, w.context(), [&, reply] {
            reply->deleteLater();
            const int answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            if (answered != status)
                fail(QStringLiteral("%1 answered %2: %3")
                         .arg(request.url().path())
                         .arg(answered)
                         .arg(QString::fromUtf8(answer)));
            if (sample && sample->isEmpty())
                *sample = QJsonDocument::fromJson(answer).object();
            if (++done == count)
                w.finish();
            else if (sent < count)
                sendOne();
        });
    };
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < std::min(inFlight, count); ++i)
        sendOne();
    if (!w.wait(std::max(60000, count * 50)))
        fail(QStringLiteral("%1 x %2 did not finish (%3 done)").arg(count).arg(request.url().path()).arg(done));
    return double(t.nsecsElapsed()) / 1e9;
}

double postReports(QNetworkAccessManager& nam, const QString& base, const QByteArray& token, int count, int inFlight,
                   QJsonObject* sample = nullptr)
{
    const QByteArray bodies[] = {QJsonDocument(reportBody(testPersonnummer[0])).toJson(QJsonDocument::Compact),
                                 QJsonDocument(reportBody(testPersonnummer[1])).toJson(QJsonDocument::Compact)};
    return sendRequests(
        nam, apiRequest(base, QStringLiteral("/reports"), token), 201, [&bodies](int i) { return bodies[i % 2]; },
        count, inFlight, sample);
}

// ---- the engine ----------------------------------------------------------------------------------

struct EngineRig
{
    std::unique_ptr<LocalStore> store;
    TimingNam nam;
    std::unique_ptr<sync::RestClient> client;
    std::unique_ptr<sync::SyncEngine> engine;

    EngineRig(const QString& storePath, const QString& baseUrl, const QString& username)
    {
        auto opened = LocalStore::open(storePath);
        if (!opened)
            fail(QStringLiteral("LocalStore::open: ") + opened.error().message);
        store = std::move(opened).value();
        client = std::make_unique<sync::RestClient>(&nam);
        if (!client->setServer(baseUrl))
            fail(QStringLiteral("RestClient::setServer refused ") + baseUrl);
        engine = std::make_unique<sync::SyncEngine>(*store, *client);
        Waiter w;
        bool ok = false;
        QString why;
        QObject::connect(engine.get(), &sync::SyncEngine::loginFinished, w.context(),
                         [&](bool success, int status, const QString& message) {
                             ok = success;
                             why = QStringLiteral("HTTP %1 %2").arg(status).arg(message);
                             w.finish();
                         });
        engine->login(username, Password);
        if (!w.wait(30000) || !ok)
            fail(QStringLiteral("SyncEngine::login(%1) failed: %2").arg(username, why));
    }
};

// The LocalStore's own connection (its name is private: "kc.localstore.<n>", the newest one), for the
// what-if measurements only.
QSqlDatabase newestLocalStoreConnection()
{
    QString newest;
    qint64 highest = -1;
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QLatin1String("kc.localstore.")))
            continue;
        const qint64 n = name.mid(14).toLongLong();
        if (n > highest) {
            highest = n;
            newest = name;
        }
    }
    return QSqlDatabase::database(newest, false);
}

struct StoreCosts
{
    double submit = 0, nextPending = 0, outboxItem = 0, markSent = 0, upsertReport = 0, combined = 0;
};

// What one flushed item costs the LocalStore: the calls SyncEngine makes per item, timed one by one on
// a scratch store (medians, ms); normal: PRAGMA synchronous=NORMAL instead of FULL (what-if).
class StoreProbe
{
public:
    StoreProbe(const QString& path, bool normal)
    {
        auto opened = LocalStore::open(path);
        if (!opened)
            fail(QStringLiteral("LocalStore::open: ") + opened.error().message);
        m_store = std::move(opened).value();
        if (normal) {
            QSqlQuery q(newestLocalStoreConnection());
            if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !q.exec(QStringLiteral("PRAGMA synchronous")) ||
                !q.next() || q.value(0).toInt() != 1)
                fail(QStringLiteral("cannot switch the scratch store to synchronous=NORMAL"));
        }
    }

    void submitOne(const QJsonObject& body)
    {
        const qint64 t = nowNs();
        if (!m_store->submitReport(QString(), body))
            fail(QStringLiteral("submitReport failed"));
        m_submit.append(ms(nowNs() - t));
    }

    // What SyncEngine does with the answer to item i: nextPending (sendNext), outboxItem, then markSent +
    // upsertReport as two transactions (even i, as shipped) or in one (odd i, the what-if).
    void answerOne(int i, const QJsonObject& answer)
    {
        QJsonObject reply = answer;
        reply.insert(QStringLiteral("id"), QStringLiteral("r-profile-%1").arg(i));
        const qint64 t0 = nowNs();
        const auto pending = m_store->nextPending();
        const qint64 t1 = nowNs();
        if (!pending)
            fail(QStringLiteral("nextPending found nothing"));
        const auto again = m_store->outboxItem(pending->id);
        const qint64 t2 = nowNs();
        if (!again)
            fail(QStringLiteral("outboxItem found nothing"));
        if (i % 2 == 0) {
            if (!m_store->markSent(pending->id, reply))
                fail(QStringLiteral("markSent failed"));
            const qint64 t3 = nowNs();
            m_store->upsertReport(reply);
            m_sent.append(ms(t3 - t2));
            m_upsert.append(ms(nowNs() - t3));
        } else {
            if (!m_store->batch([&] { return m_store->markSent(pending->id, reply) && m_store->upsertReport(reply); }))
                fail(QStringLiteral("markSent + upsertReport in one batch failed"));
            m_combined.append(ms(nowNs() - t2));
        }
        m_next.append(ms(t1 - t0));
        m_item.append(ms(t2 - t1));
    }

    StoreCosts costs() const
    {
        return {median(m_submit), median(m_next), median(m_item), median(m_sent), median(m_upsert), median(m_combined)};
    }

private:
    std::unique_ptr<LocalStore> m_store;
    QList<double> m_submit, m_next, m_item, m_sent, m_upsert, m_combined;
};

// FULL (as shipped) and NORMAL side by side, alternating call by call so both see the same disk.
std::pair<StoreCosts, StoreCosts> profileStores(const QString& dir, int items, const QJsonObject& answer)
{
    StoreProbe full(dir + QStringLiteral("/profile-full.sqlite"), false);
    StoreProbe normal(dir + QStringLiteral("/profile-normal.sqlite"), true);
    const QJsonObject body = reportBody(testPersonnummer[0]);
    for (int i = 0; i < items; ++i) {
        full.submitOne(body);
        normal.submitOne(body);
    }
    for (int i = 0; i < items; ++i) {
        full.answerOne(i, answer);
        normal.answerOne(i, answer);
    }
    return {full.costs(), normal.costs()};
}

// ---- 1. outbox flush -----------------------------------------------------------------------------

struct Verdicts
{
    QStringList lines;
    bool allMet = true;
    void add(const QString& what, bool met)
    {
        lines.append(QStringLiteral("  %1 %2").arg(met ? QStringLiteral("MET   ") : QStringLiteral("MISSED"), what));
        allMet = allMet && met;
    }
};

void benchFlush(const QString& dir, int count, Verdicts& verdicts)
{
    std::printf("\n-- 1. outbox flush: %d reports\n", count);
    Server server(dir, QStringLiteral("flush"));
    server.addUser(QStringLiteral("agent.base"), QStringLiteral("agent"), QStringLiteral("väst"), Queue);
    server.addUser(QStringLiteral("agent.flush"), QStringLiteral("agent"), QStringLiteral("väst"), Queue);
    server.addUser(QStringLiteral("agent.single"), QStringLiteral("agent"), QStringLiteral("väst"), Queue);
    server.start();

    // Baseline: bare QNAM, one POST in flight at a time.
    QNetworkAccessManager nam;
    const QByteArray token = login(nam, server.baseUrl(), QStringLiteral("agent.base"));
    QJsonObject sampleAnswer;
    postReports(nam, server.baseUrl(), token, 50, 1, &sampleAnswer); // connection and caches warm
    // The LocalStore's part, call by call, while the server and the disk are otherwise idle.
    const int probeItems = std::clamp(count / 5, 100, 1000);
    const auto [full, normal] = profileStores(dir, probeItems, sampleAnswer);
    qint64 logFrom = server.logSize();
    CpuMeter baselineCpu(server.pid());
    const double baselineSeconds = postReports(nam, server.baseUrl(), token, count, 1);
    baselineCpu.stop();
    const QList<double> baselineServerMs =
        server.loggedMs(logFrom, QStringLiteral("POST"), QStringLiteral("/reports"), 201);
    const double baselineRate = count / baselineSeconds;

    // The engine: a LocalStore on disk, filled through LocalStore::submitReport, then flush().
    EngineRig rig(dir + QStringLiteral("/flush-store.sqlite"), server.baseUrl(), QStringLiteral("agent.flush"));
    QElapsedTimer fill;
    fill.start();
    const QJsonObject bodies[] = {reportBody(testPersonnummer[0]), reportBody(testPersonnummer[1])};
    QList<double> submitMs;
    for (int i = 0; i < count; ++i) {
        const qint64 t0 = nowNs();
        if (!rig.store->submitReport(QString(), bodies[i % 2]))
            fail(QStringLiteral("LocalStore::submitReport failed at %1").arg(i));
        submitMs.append(ms(nowNs() - t0));
    }
    const double fillSeconds = double(fill.nsecsElapsed()) / 1e9;
    // submitReport looks for a free PREL- reference with SELECT … WHERE local_ref = ?: the index on
    // local_ref is partial (WHERE local_ref <> ''), which SQLite cannot use for `= ?`.
    const auto plan = [](const QString& sql) {
        QSqlQuery q(newestLocalStoreConnection());
        QStringList steps;
        if (q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
            q.addBindValue(QStringLiteral("PREL-00000000"));
            if (q.exec())
                while (q.next())
                    steps.append(q.value(3).toString());
        }
        return steps.join(QStringLiteral("; "));
    };
    const QString planShipped = plan(QStringLiteral("SELECT 1 FROM outbox WHERE local_ref = ?"));
    const QString planFixed = plan(QStringLiteral("SELECT 1 FROM outbox WHERE local_ref = ? AND local_ref <> ''"));
    const int tenth = std::max(1, count / 10);
    const double submitFirst = median(submitMs.mid(0, tenth));
    const double submitLast = median(submitMs.mid(count - tenth));
    if (rig.store->pendingCount() != count)
        fail(QStringLiteral("the outbox holds %1 items, not %2").arg(rig.store->pendingCount()).arg(count));

    Waiter w;
    bool everythingSent = false;
    QObject::connect(rig.engine.get(), &sync::SyncEngine::flushFinished, w.context(), [&](bool all) {
        everythingSent = all;
        w.finish();
    });
    BlockMeter meter;
    logFrom = server.logSize();
    rig.nam.recording = true;
    CpuMeter engineCpu(server.pid());
    meter.start();
    const qint64 begin = nowNs();
    rig.engine->flush();
    if (!w.wait(std::max(60000, count * 50)))
        fail(QStringLiteral("flush() did not finish; %1 still pending").arg(rig.store->pendingCount()));
    const qint64 end = nowNs();
    meter.stop();
    engineCpu.stop();
    rig.nam.recording = false;
    if (!everythingSent || rig.store->pendingCount() != 0 || !rig.store->outbox().isEmpty())
        fail(QStringLiteral("flushFinished(%1) with %2 pending")
                 .arg(everythingSent ? QStringLiteral("true") : QStringLiteral("false"))
                 .arg(rig.store->pendingCount()));
    const QList<double> engineServerMs =
        server.loggedMs(logFrom, QStringLiteral("POST"), QStringLiteral("/reports/batch"), 200);
    const double seconds = ms(end - begin) / 1000.0;
    const double rate = count / seconds;
    // Requests overlap (up to six in flight): the time waiting for the server is their union, the
    // engine's own time what lies between.
    QList<TimingNam::Exchange> merged;
    {
        QList<TimingNam::Exchange> sorted = rig.nam.exchanges;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.issued < b.issued; });
        for (const auto& e : std::as_const(sorted)) {
            if (!merged.isEmpty() && e.issued <= merged.last().finished)
                merged.last().finished = std::max(merged.last().finished, e.finished);
            else
                merged.append(e);
        }
    }
    const Split parts = split(merged, begin, end);
    const qsizetype requests = rig.nam.exchanges.size();

    // The other design the issue names, in the same run: the same engine sending each report as its
    // own POST /reports, six in flight (setReportBatchSize(1); as before the batch endpoint).
    EngineRig single(dir + QStringLiteral("/flush-single.sqlite"), server.baseUrl(), QStringLiteral("agent.single"));
    single.engine->setReportBatchSize(1);
    for (int i = 0; i < count; ++i)
        if (!single.store->submitReport(QString(), bodies[i % 2]))
            fail(QStringLiteral("LocalStore::submitReport failed at %1").arg(i));
    Waiter singleDone;
    bool singleSent = false;
    QObject::connect(single.engine.get(), &sync::SyncEngine::flushFinished, singleDone.context(), [&](bool all) {
        singleSent = all;
        singleDone.finish();
    });
    const qint64 singleBegin = nowNs();
    single.engine->flush();
    if (!singleDone.wait(std::max(60000, count * 50)) || !singleSent || single.store->pendingCount() != 0)
        fail(QStringLiteral("the single-POST flush did not finish; %1 pending").arg(single.store->pendingCount()));
    const double singleRate = count / (ms(nowNs() - singleBegin) / 1000.0);

    // Context, after the engine: the transport's floor (a route that does nothing) and what the server
    // takes when it is not waited on one request at a time (QNAM opens up to 6 connections per host).
    const int probes = std::min(count, 5000);
    const double healthSeconds =
        sendRequests(nam, apiRequest(server.baseUrl(), QStringLiteral("/health"), {}), 200, nullptr, probes, 1);
    logFrom = server.logSize();
    CpuMeter concurrentCpu(server.pid());
    const double concurrentSeconds = postReports(nam, server.baseUrl(), token, probes, 6);
    concurrentCpu.stop();
    const QList<double> concurrentServerMs =
        server.loggedMs(logFrom, QStringLiteral("POST"), QStringLiteral("/reports"), 201);
    server.stop();

    // Where an item's time goes.
    const double serverShare = std::accumulate(parts.server.begin(), parts.server.end(), 0.0);
    const double clientShare = std::accumulate(parts.client.begin(), parts.client.end(), 0.0);
    std::printf("queueing: %d x LocalStore::submitReport took %.2f s (%.3f ms each, one fsync'd transaction each)\n",
                count, fillSeconds, fillSeconds * 1000 / count);
    std::printf("          submitReport median %.3f ms for the first %d items, %.3f ms for the last %d: its free-"
                "reference check is \"%s\"; with \"AND local_ref <> ''\" it would be \"%s\"\n",
                submitFirst, tenth, submitLast, tenth, qPrintable(planShipped), qPrintable(planFixed));
    std::printf("baseline: %.3f ms per POST round trip; server-logged handler time %.3f ms median\n",
                baselineSeconds * 1000 / count, median(baselineServerMs));
    std::printf("engine:   %.3f ms per item = %.3f ms waiting for the server (some request in flight; %lld requests, "
                "server logged %.3f ms median per POST /reports/batch of up to 50) + %.3f ms engine work alone (no "
                "request in flight: outbox reads, markSent, upsertReport)\n",
                seconds * 1000 / count, serverShare / count, qint64(requests), median(engineServerMs),
                clientShare / count);
    std::printf("          the same engine, each report its own POST /reports (six in flight): %.0f reports/s; "
                "batches are %.2fx that\n",
                singleRate, rate / singleRate);
    std::printf("          engine work alone per gap: median %.3f ms, p99 %.3f ms, max %.3f ms; %.1f%% of the flush\n",
                median(parts.client), percentile(parts.client, 99), percentile(parts.client, 100),
                100 * clientShare / (serverShare + clientShare));
    std::printf("          longest event-loop block during the flush: %.2f ms\n", meter.maxMs());
    std::printf("context:  GET /health one at a time (the QNAM + QHttpServer round-trip floor): %.3f ms each, "
                "%.0f/s\n",
                healthSeconds * 1000 / probes, probes / healthSeconds);
    std::printf("          POST /reports 6 in flight: %.0f reports/s (server-logged handler %.3f ms median; the "
                "server handles requests one at a time on its thread)\n",
                probes / concurrentSeconds, median(concurrentServerMs));
    const auto cpuRow = [](const char* what, const CpuMeter& cpu, int n, double wallSeconds) {
        std::printf("  %-40s %8.3f %8.3f   %5.0f%% %5.0f%%\n", what, cpu.server / n, cpu.self / n,
                    cpu.server / (wallSeconds * 10), cpu.self / (wallSeconds * 10));
    };
    std::printf("CPU per report, ms (and share of one core)    server  this process   server  this process\n");
    cpuRow("baseline, 1 in flight", baselineCpu, count, baselineSeconds);
    cpuRow("engine flush", engineCpu, count, seconds);
    cpuRow("6 in flight", concurrentCpu, probes, concurrentSeconds);

    std::printf("LocalStore per item (%d items, medians, ms)     synchronous=FULL   synchronous=NORMAL\n", probeItems);
    const auto row = [](const char* what, double a, double b) { std::printf("  %-44s %10.3f %18.3f\n", what, a, b); };
    row("nextPending()", full.nextPending, normal.nextPending);
    row("outboxItem(id)", full.outboxItem, normal.outboxItem);
    row("markSent(id, answer)", full.markSent, normal.markSent);
    row("upsertReport(answer)", full.upsertReport, normal.upsertReport);
    row("= per item as shipped", full.nextPending + full.outboxItem + full.markSent + full.upsertReport,
        normal.nextPending + normal.outboxItem + normal.markSent + normal.upsertReport);
    row("what-if markSent+upsertReport in 1 transaction", full.combined, normal.combined);
    row("(submitReport, for queueing)", full.submit, normal.submit);

    const bool met = kc::bench::report("sync.flush", "rep/s", rate, "sequential POST /reports (QNAM)", baselineRate,
                                       {Goal::AtLeast, 2000, false});
    kc::bench::report("sync.flush.batchVsSingle", "rep/s", rate, "the engine with single POSTs, 6 in flight",
                      singleRate);
    kc::bench::report("sync.flush.bare6InFlight", "rep/s", probes / concurrentSeconds,
                      "sequential POST /reports (QNAM)", baselineRate);
    kc::bench::report("sync.flush.engineWorkPerItem", "ms", clientShare / count, "server wait per item",
                      serverShare / count);
    const double roundTripOnly = 1000.0 / (baselineSeconds * 1000 / count);
    verdicts.add(QStringLiteral("flush %1 reports/s (target >= 2,000; the bare one-at-a-time POST loop reaches %2/s)")
                     .arg(rate, 0, 'f', 0)
                     .arg(roundTripOnly, 0, 'f', 0),
                 met);
}

// ---- 2. catch-up -----------------------------------------------------------------------------------

// `count` contacts and their contact.created changes, as ContactStore::create/ChangeRecorder::append write them.
void seedChanges(const QString& databasePath, int count)
{
    const QString connection = QStringLiteral("bench.seed");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        if (!db.open())
            fail(QStringLiteral("cannot open the server database: ") + db.lastError().text());
        QSqlQuery q(db);
        const auto exec = [&q](const QString& sql) {
            if (!q.exec(sql))
                fail(sql + QStringLiteral(": ") + q.lastError().text());
        };
        exec(QStringLiteral("PRAGMA synchronous=OFF"));
        exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
        const qint64 first = (q.next() ? q.value(0).toLongLong() : 0) + 1;
        q.finish();
        exec(QStringLiteral("BEGIN IMMEDIATE"));
        QSqlQuery contact(db), change(db);
        if (!contact.prepare(QStringLiteral(
                "INSERT INTO contacts (id, channel, queue, state, priority, caller, caller_personnummer, caller_phone,"
                " subject, language, received_at, version, created_by) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?,"
                " ?, 1, ?)")) ||
            !change.prepare(QStringLiteral("INSERT INTO changes (seq, kind, entity_id, op, event, scope, owner, data, "
                                           "at, version) VALUES (?, 'contact', ?, 'upsert', 'contact.created', ?, NULL,"
                                           " '', ?, 1)")))
            fail(QStringLiteral("cannot prepare the seed statements: ") + db.lastError().text());
        const QStringList subjects{QStringLiteral("Cykelstöld"), QStringLiteral("Bedrägeri via telefon"),
                                   QStringLiteral("Skadegörelse på bil"), QStringLiteral("Fråga om pass")};
        // A day's backlog: received over the last 24 hours.
        const qint64 dayStart = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.id = QStringLiteral("c-%1").arg(i, 24, 16, QLatin1Char('0'));
            c.channel = i % 5 == 0 ? Channel::Web : Channel::Phone;
            c.queue = Queue;
            c.state = ContactState::Waiting;
            c.priority = 1 + i % 5;
            c.caller.name = QStringLiteral("Test Testsson");
            c.caller.personnummer = testPersonnummer[i % 2];
            c.caller.phone = QStringLiteral("+46701234567");
            c.subject = subjects[i % subjects.size()];
            c.receivedAt =
                QDateTime::fromMSecsSinceEpoch(dayStart + qint64(i) * 24 * 3600 * 1000 / count, QTimeZone::UTC);
            c.version = 1;
            const QString caller =
                QString::fromUtf8(QJsonDocument(json::toJson(c.caller)).toJson(QJsonDocument::Compact));
            const QVariantList contactArgs{c.id,
                                           wireName(c.channel),
                                           c.queue,
                                           c.priority,
                                           caller,
                                           *c.caller.personnummer,
                                           *c.caller.phone,
                                           c.subject,
                                           c.language,
                                           c.receivedAt.toMSecsSinceEpoch(),
                                           QStringLiteral("u-bench-intake")};
            for (int a = 0; a < contactArgs.size(); ++a)
                contact.bindValue(a, contactArgs[a]);
            // The feed names the contact; its data is read from contacts when served (schema 4).
            const QVariantList changeArgs{first + i, c.id, c.queue, c.receivedAt.toMSecsSinceEpoch()};
            for (int a = 0; a < changeArgs.size(); ++a)
                change.bindValue(a, changeArgs[a]);
            if (!contact.exec() || !change.exec())
                fail(QStringLiteral("seeding failed at %1: %2 %3")
                         .arg(i)
                         .arg(contact.lastError().text(), change.lastError().text()));
        }
        contact.finish();
        change.finish();
        if (!q.prepare(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'change_seq'")))
            fail(q.lastError().text());
        q.addBindValue(first + count - 1);
        if (!q.exec() || q.numRowsAffected() != 1)
            fail(QStringLiteral("cannot set change_seq: ") + q.lastError().text());
        exec(QStringLiteral("COMMIT"));
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QSqlDatabase::removeDatabase(connection);
}

struct PageCosts
{
    double parse = 0, decode = 0, upsert = 0, commit = 0, total = 0, max = 0;
    qsizetype perPage = 0, over16 = 0;
    QString slowCommits;
};

// Applies pages as SyncEngine::fetchChanges does (parse, decode, upsertContact each, cursor, one
// transaction per page) into a fresh scratch store, timing each step; noAutoCheckpoint: PRAGMA
// wal_autocheckpoint=0 on the store's connection (what-if).
class PageProbe
{
public:
    PageProbe(const QString& path, bool noAutoCheckpoint)
    {
        auto opened = LocalStore::open(path);
        if (!opened)
            fail(opened.error().message);
        m_store = std::move(opened).value();
        if (noAutoCheckpoint) {
            QSqlQuery q(newestLocalStoreConnection());
            if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
                fail(QStringLiteral("cannot turn the WAL auto-checkpoint off"));
        }
    }

    void apply(const QByteArray& body)
    {
        const qint64 t0 = nowNs();
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        const QJsonArray changes = page.value(u"changes").toArray();
        const qint64 t1 = nowNs();
        QList<Contact> decoded;
        for (const QJsonValue& v : changes)
            if (auto c = json::fromJson<Contact>(v.toObject().value(u"data").toObject()))
                decoded.append(*c);
        const qint64 t2 = nowNs();
        qint64 t3 = 0;
        const bool committed = m_store->batch([&] {
            for (const Contact& c : std::as_const(decoded))
                m_store->upsertContact(c);
            const bool set =
                m_store->setValue(QStringLiteral("cursor"), QString::number(page.value(u"cursor").toInteger()));
            t3 = nowNs();
            return set;
        });
        const qint64 t4 = nowNs();
        if (!committed || decoded.size() != changes.size())
            fail(QStringLiteral("the page profile could not apply a page"));
        m_perPage = std::max(m_perPage, decoded.size());
        m_parse.append(ms(t1 - t0));
        m_decode.append(ms(t2 - t1));
        m_upsert.append(ms(t3 - t2));
        m_commit.append(ms(t4 - t3));
        m_total.append(ms(t4 - t0));
    }

    PageCosts costs() const
    {
        PageCosts c;
        c.parse = median(m_parse);
        c.decode = median(m_decode);
        c.upsert = median(m_upsert);
        c.commit = median(m_commit);
        c.total = median(m_total);
        c.max = percentile(m_total, 100);
        c.perPage = m_perPage;
        c.over16 = std::count_if(m_total.begin(), m_total.end(), [](double t) { return t > 16; });
        QStringList slow;
        for (qsizetype i = 0; i < m_commit.size(); ++i)
            if (m_commit[i] > 3 * c.commit)
                slow.append(QStringLiteral("#%1 (%2 ms)").arg(i).arg(m_commit[i], 0, 'f', 1));
        c.slowCommits = slow.isEmpty() ? QStringLiteral("none") : slow.join(QStringLiteral(", "));
        return c;
    }

private:
    std::unique_ptr<LocalStore> m_store;
    QList<double> m_parse, m_decode, m_upsert, m_commit, m_total;
    qsizetype m_perPage = 0;
};

// As shipped and without the auto-checkpoint, page by page alternately (the same disk for both).
std::pair<PageCosts, PageCosts> profilePages(const QString& dir, const QList<QByteArray>& pages)
{
    PageProbe shipped(dir + QStringLiteral("/pages-shipped.sqlite"), false);
    PageProbe noCheckpoint(dir + QStringLiteral("/pages-nocheckpoint.sqlite"), true);
    for (const QByteArray& body : pages) {
        shipped.apply(body);
        noCheckpoint.apply(body);
    }
    return {shipped.costs(), noCheckpoint.costs()};
}

// The catch-up's time had the engine asked for page n+1 as soon as page n's cursor was known, applying
// page n while the server prepares n+1 (a simulation over the measured server and apply times).
double prefetchedSeconds(const Split& parts)
{
    double arrived = 0, applied = 0;
    for (qsizetype i = 0; i < parts.server.size(); ++i) {
        arrived += parts.server[i]; // requested when the previous page arrived
        const double apply = i + 1 < parts.client.size() ? parts.client[i + 1] : 0;
        applied = std::max(arrived, applied) + apply;
    }
    return applied / 1000;
}

void benchCatchUp(const QString& dir, int count, Verdicts& verdicts)
{
    std::printf("\n-- 2. catch-up after a day offline: %d changes\n", count);
    Server server(dir, QStringLiteral("catchup"));
    server.addUser(QStringLiteral("agent.catchup"), QStringLiteral("agent"), QStringLiteral("väst"), Queue);
    QElapsedTimer seeding;
    seeding.start();
    seedChanges(server.databasePath(), count);
    std::printf("seeded %d contacts + changes into the stopped server's SQLite in %.2f s\n", count,
                double(seeding.elapsed()) / 1000);
    server.start();

    // Baseline: GET /changes page by page (the engine's page size), parse for the cursor, store nothing.
    QNetworkAccessManager nam;
    const QByteArray token = login(nam, server.baseUrl(), QStringLiteral("agent.catchup"));
    BlockMeter baselineMeter;
    int baselineChanges = 0, baselinePages = 0;
    QList<double> pageBytes;
    qint64 logFrom = server.logSize();
    CpuMeter baselineCpu(server.pid());
    baselineMeter.start();
    QElapsedTimer t;
    t.start();
    {
        Waiter w;
        qint64 since = 0;
        std::function<void()> fetch = [&] {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("since"), QString::number(since));
            query.addQueryItem(QStringLiteral("limit"), QString::number(EnginePageSize));
            QNetworkReply* reply = nam.get(apiRequest(server.baseUrl(), QStringLiteral("/changes"), token, query));
            QObject::connect(reply, &QNetworkReply::finished, w.context(), [&, reply] {
                reply->deleteLater();
                const QByteArray body = reply->readAll();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    fail(QStringLiteral("GET /changes: ") + QString::fromUtf8(body));
                const QJsonObject page = QJsonDocument::fromJson(body).object();
                const QJsonArray changes = page.value(u"changes").toArray();
                const qsizetype n = changes.size();
                const qint64 next = page.value(u"cursor").toInteger(since);
                ++baselinePages;
                // The seeded contacts; the agent's own sign-in (offline → Ej redo) is a change too.
                for (const QJsonValue& ch : changes)
                    baselineChanges += ch.toObject().value(u"kind").toString() == QLatin1String("contact") ? 1 : 0;
                pageBytes.append(double(body.size()));
                if (n == 0 || next <= since) {
                    w.finish();
                    return;
                }
                since = next;
                fetch();
            });
        };
        fetch();
        if (!w.wait(std::max(60000, count * 5)))
            fail(QStringLiteral("the GET /changes baseline did not finish"));
    }
    const double baselineSeconds = double(t.nsecsElapsed()) / 1e9;
    baselineMeter.stop();
    baselineCpu.stop();
    const QList<double> baselineServerMs =
        server.loggedMs(logFrom, QStringLiteral("GET"), QStringLiteral("/changes"), 200);
    if (baselineChanges != count)
        fail(QStringLiteral("the baseline saw %1 changes, not %2").arg(baselineChanges).arg(count));

    // What a page costs the server by its size: ChangeFeed::page reads and JSON-decodes up to 1,000 rows
    // (changesAfter(scanned, 1000)) whatever the limit, then encodes `limit` of them again.
    QStringList bySize;
    for (const int limit : {50, 200, EnginePageSize}) {
        const qint64 from = server.logSize();
        for (int p = 0; p < 10; ++p) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("since"), QString::number(qint64(p) * (count / 10)));
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            call(nam, "GET", apiRequest(server.baseUrl(), QStringLiteral("/changes"), token, query));
        }
        const double perPage = median(server.loggedMs(from, QStringLiteral("GET"), QStringLiteral("/changes"), 200));
        bySize.append(QStringLiteral("limit %1: %2 ms (%3 us per change)")
                          .arg(limit)
                          .arg(perPage, 0, 'f', 1)
                          .arg(perPage * 1000 / limit, 0, 'f', 1));
    }

    // The first pages, raw, for the per-page profile below.
    QList<QByteArray> samplePages;
    for (int p = 0; p < 60 && qint64(p + 1) * EnginePageSize <= count; ++p) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(qint64(p) * EnginePageSize));
        query.addQueryItem(QStringLiteral("limit"), QString::number(EnginePageSize));
        samplePages.append(
            call(nam, "GET", apiRequest(server.baseUrl(), QStringLiteral("/changes"), token, query)).body);
    }

    // The store's part of a page, step by step, while the server and the disk are otherwise idle.
    const auto [shipped, noCheckpoint] = profilePages(dir, samplePages);

    // The workstation: the same catch-up into a store of its own, with the workstation's receiver
    // (app/workstation.cpp) on this thread as there: each batch of changed ids is read from the store
    // and applied to the queue pipeline (model + proxy stages) with upsertMany.
    QueuePipeline pipeline;
    BlockMeter queueMeter;
    double queueSeconds = 0;
    qint64 readNs = 0, modelNs = 0, receiverMaxNs = 0, receiverIds = 0, receiverBatches = 0;
    {
        EngineRig queueRig(dir + QStringLiteral("/catchup-queue-store.sqlite"), server.baseUrl(),
                           QStringLiteral("agent.catchup"));
        Waiter qw;
        bool qok = false;
        QString qwhy;
        QObject::connect(queueRig.engine.get(), &sync::SyncEngine::catchUpFinished, qw.context(),
                         [&](bool success, const QString& message) {
                             qok = success;
                             qwhy = message;
                             qw.finish();
                         });
        QObject::connect(queueRig.engine.get(), &sync::SyncEngine::contactsChanged, qw.context(),
                         [&](const QStringList& ids) {
                             const qint64 t0 = nowNs();
                             QList<Contact> present;
                             for (const QString& id : ids) {
                                 if (auto c = queueRig.store->contact(id))
                                     present.append(std::move(*c));
                                 else
                                     pipeline.source()->remove(id);
                             }
                             const qint64 t1 = nowNs();
                             pipeline.source()->upsertMany(present);
                             const qint64 t2 = nowNs();
                             readNs += t1 - t0;
                             modelNs += t2 - t1;
                             receiverMaxNs = std::max(receiverMaxNs, t2 - t0);
                             receiverIds += ids.size();
                             ++receiverBatches;
                         });
        queueMeter.start();
        const qint64 queueBegin = nowNs();
        queueRig.engine->catchUp();
        if (!qw.wait(std::max(60000, count * 5)))
            fail(QStringLiteral("catchUp() with the queue did not finish"));
        queueSeconds = ms(nowNs() - queueBegin) / 1000;
        queueMeter.stop();
        if (!qok)
            fail(QStringLiteral("catchUpFinished(false) with the queue: ") + qwhy);
        if (pipeline.source()->rowCount() != count)
            fail(QStringLiteral("the queue shows %1 contacts, not %2").arg(pipeline.source()->rowCount()).arg(count));
    }

    // The engine alone: fresh store, signed in, catchUp() until catchUpFinished.
    EngineRig rig(dir + QStringLiteral("/catchup-store.sqlite"), server.baseUrl(), QStringLiteral("agent.catchup"));
    Waiter w;
    bool ok = false;
    QString why;
    QObject::connect(rig.engine.get(), &sync::SyncEngine::catchUpFinished, w.context(),
                     [&](bool success, const QString& message) {
                         ok = success;
                         why = message;
                         w.finish();
                     });
    BlockMeter meter;
    logFrom = server.logSize();
    rig.nam.recording = true;
    CpuMeter engineCpu(server.pid());
    meter.start();
    const qint64 begin = nowNs();
    rig.engine->catchUp();
    if (!w.wait(std::max(60000, count * 5)))
        fail(QStringLiteral("catchUp() did not finish"));
    const qint64 end = nowNs();
    meter.stop();
    engineCpu.stop();
    rig.nam.recording = false;
    const QList<double> engineServerMs =
        server.loggedMs(logFrom, QStringLiteral("GET"), QStringLiteral("/changes"), 200);
    server.stop();
    if (!ok)
        fail(QStringLiteral("catchUpFinished(false): ") + why);
    const qsizetype stored = rig.store->contacts().size();
    const QString cursor = rig.store->value(QStringLiteral("cursor"));
    // The cursor is past the seeded changes and the agent's own sign-in (offline → Ej redo).
    if (stored != count || cursor.toLongLong() < count)
        fail(QStringLiteral("after the catch-up the store holds %1 contacts at cursor %2, not %3")
                 .arg(stored)
                 .arg(cursor)
                 .arg(count));
    const double seconds = ms(end - begin) / 1000;
    const Split parts = split(rig.nam.exchanges, begin, end);
    const double serverShare = std::accumulate(parts.server.begin(), parts.server.end(), 0.0);
    const double clientShare = std::accumulate(parts.client.begin(), parts.client.end(), 0.0);
    const qsizetype pages = parts.server.size();

    std::printf("baseline: %d pages of %d, %.2f ms per page (server logged %.2f ms median), %.0f KiB per page; "
                "longest event-loop block %.2f ms\n",
                baselinePages, EnginePageSize, baselineSeconds * 1000 / baselinePages, median(baselineServerMs),
                mean(pageBytes) / 1024, baselineMeter.maxMs());
    std::printf("engine:   %lld pages, %.2f ms per page = %.2f ms waiting for the server (server logged %.2f ms "
                "median) + %.2f ms applying (reply -> next request)\n",
                static_cast<long long>(pages), ms(end - begin) / double(pages), serverShare / double(pages),
                median(engineServerMs), clientShare / double(pages));
    std::printf("CPU per page, ms: baseline server %.2f, this process %.2f; engine server %.2f, this process %.2f\n",
                baselineCpu.server / baselinePages, baselineCpu.self / baselinePages, engineCpu.server / double(pages),
                engineCpu.self / double(pages));
    std::printf("server time per GET /changes page by size (server-logged medians): %s\n",
                qPrintable(bySize.join(QStringLiteral("; "))));
    const qsizetype tenthPages = std::max<qsizetype>(1, parts.client.size() / 10);
    std::printf("          applying a page: median %.2f ms, p99 %.2f ms, max %.2f ms; median of the first tenth of the "
                "pages %.2f ms, of the last tenth %.2f ms\n",
                median(parts.client), percentile(parts.client, 99), percentile(parts.client, 100),
                median(parts.client.mid(1, tenthPages)), median(parts.client.mid(parts.client.size() - tenthPages)));
    {
        // The slowest turns, by page number: periodic ones point at SQLite's WAL auto-checkpoint (every
        // 1,000 WAL pages, run by the committing call, with synchronous=FULL syncing the database file).
        QList<std::pair<double, qsizetype>> slow;
        for (qsizetype i = 1; i < parts.client.size(); ++i)
            slow.append({parts.client[i], i - 1});
        std::sort(slow.begin(), slow.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        slow.resize(std::min<qsizetype>(slow.size(), 12));
        std::sort(slow.begin(), slow.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        QStringList list;
        for (const auto& [time, page] : std::as_const(slow))
            list.append(QStringLiteral("#%1 %2").arg(page).arg(time, 0, 'f', 1));
        std::printf("          slowest pages (page number, ms applying): %s\n",
                    qPrintable(list.join(QStringLiteral(", "))));
    }
    std::printf("          event-loop gaps: median %.2f ms, p99 %.2f ms, max %.2f ms; %lld gaps > 16 ms\n",
                meter.percentileMs(50), meter.percentileMs(99), meter.maxMs(), static_cast<long long>(meter.over(16)));
    std::printf("          event-loop thread: engine %s; baseline %s\n", qPrintable(meter.describe()),
                qPrintable(baselineMeter.describe()));
    std::printf("with the workstation's queue: %.2f s; event loop: %s; %lld gaps > 16 ms\n", queueSeconds,
                qPrintable(queueMeter.describe()), static_cast<long long>(queueMeter.over(16)));
    std::printf("          its receiver: %lld ids in %lld batches, %lld rows at the end; per id %.1f us reading the "
                "store + %.1f us in the queue pipeline (upsertMany); slowest batch %.2f ms\n",
                static_cast<long long>(receiverIds), static_cast<long long>(receiverBatches),
                static_cast<long long>(pipeline.source()->rowCount()),
                receiverIds ? double(readNs) / 1000 / double(receiverIds) : 0.0,
                receiverIds ? double(modelNs) / 1000 / double(receiverIds) : 0.0, double(receiverMaxNs) / 1e6);

    // What one page's turn of the event loop does, step by step, on the first pages (fresh scratch stores):
    // as shipped, and with SQLite's WAL auto-checkpoint off on the store's connection (what-if).
    std::printf(
        "one page of %lld changes on the event loop (first %lld pages into a fresh store; medians, ms): JSON parse "
        "%.2f + Contact decode %.2f + %lld x upsertContact %.2f + commit %.2f = %.2f (%.1f us per change); max "
        "%.2f, %lld pages > 16 ms, slowest commits at pages %s\n",
        static_cast<long long>(shipped.perPage), static_cast<long long>(samplePages.size()), shipped.parse,
        shipped.decode, static_cast<long long>(shipped.perPage), shipped.upsert, shipped.commit, shipped.total,
        shipped.perPage ? shipped.total * 1000 / double(shipped.perPage) : 0.0, shipped.max,
        static_cast<long long>(shipped.over16), qPrintable(shipped.slowCommits));
    std::printf("  what-if wal_autocheckpoint=0 (checkpoint elsewhere, e.g. a worker thread): commit median %.2f ms, "
                "page max %.2f ms, %lld pages > 16 ms\n",
                noCheckpoint.commit, noCheckpoint.max, static_cast<long long>(noCheckpoint.over16));
    std::printf("  what-if the next page were requested before applying this one (simulated from the measured "
                "per-page times): %.2f s instead of %.2f s\n",
                prefetchedSeconds(parts), seconds);

    const double secondsTarget = 2.0 * count / 100000;
    kc::bench::report("sync.catchup", "s", seconds, "GET /changes paging (QNAM, no store)", baselineSeconds,
                      {Goal::AtMost, secondsTarget, false});
    const bool blockMet =
        kc::bench::report("sync.catchup.maxBlock", "ms", meter.maxMs(), "max block while paging without store",
                          baselineMeter.maxMs(), {Goal::AtMost, 16, false});
    kc::bench::report("sync.catchup.applyPerPage", "ms", clientShare / double(pages), "server wait per page",
                      serverShare / double(pages));
    // The event-loop thread's own work between two ticks (the block the code makes; a longer gap is
    // the thread waiting for a core), and the catch-up with the workstation's queue following it.
    kc::bench::report("sync.catchup.maxRunBetweenTicks", "ms", meter.maxCpuMs(), "the same while paging without store",
                      baselineMeter.maxCpuMs());
    kc::bench::report("sync.catchup.withQueue", "s", queueSeconds, "GET /changes paging (QNAM, no store)",
                      baselineSeconds);
    kc::bench::report("sync.catchup.withQueue.maxBlock", "ms", queueMeter.maxMs(),
                      "max block while paging without store", baselineMeter.maxMs());
    kc::bench::report("sync.catchup.withQueue.maxRunBetweenTicks", "ms", queueMeter.maxCpuMs(),
                      "the same while paging without store", baselineMeter.maxCpuMs());
    verdicts.add(QStringLiteral("catch-up of %1 changes in %2 s (target <= %3 s)")
                     .arg(count)
                     .arg(seconds, 0, 'f', 2)
                     .arg(secondsTarget, 0, 'g', 3),
                 seconds <= secondsTarget);
    verdicts.add(QStringLiteral("longest event-loop block during the catch-up %1 ms (target <= 16 ms)")
                     .arg(meter.maxMs(), 0, 'f', 1),
                 blockMet);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QElapsedTimer total;
    total.start();

    QString base = qEnvironmentVariable("KC_BENCH_TMPDIR");
    if (base.isEmpty())
        base = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../bench-tmp"));
    if (!QDir().mkpath(base))
        fail(QStringLiteral("cannot create ") + base);
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("sync-XXXXXX")));
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a directory in ") + base);
    workDir = &dir;

    const int reports = scaled(10000, 100);
    const int changes = scaled(100000, 1000);
    std::printf("bench_sync: scale %g (%d reports, %d changes); databases in %s (%s, fdatasync of 4 KiB: median "
                "%.3f ms)\n",
                benchScale(), reports, changes, qPrintable(dir.path()), qPrintable(filesystemOf(dir.path())),
                fdatasyncMs(dir.path()));
    std::fflush(stdout);

    Verdicts verdicts;
    benchFlush(dir.path(), reports, verdicts);
    benchCatchUp(dir.path(), changes, verdicts);

    std::printf("\ntargets:\n%s\nbench_sync took %.1f s\n", qPrintable(verdicts.lines.join(u'\n')),
                double(total.elapsed()) / 1000);
    workDir = nullptr;
    return 0;
}
