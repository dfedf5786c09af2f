// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What the server benchmarks (bench_server_*.cpp) share: the scale knob, child processes that
// cannot outlive the benchmark (kontaktcenter-server, nginx, wrk), a small HTTP/1.1 client on raw
// sockets (QNetworkAccessManager allows only six connections per host and adds its own latency),
// an SSE stream reader, wrk runs with a machine-readable summary, and the list of targets.
//
// Every child gets PR_SET_PDEATHSIG=SIGKILL, so it dies with the benchmark however the benchmark
// ends (fail(), a crash, SIGKILL); on a normal end the owners stop them with SIGTERM first.
// Thread rules: the main thread only; the clients are event driven and request() waits in a local
// event loop, during which every other socket keeps being served.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <utility>

namespace kc::bench::server {

// ---- scale, failure, clock ---------------------------------------------------------------------

// KC_BENCH_SCALE (default 1): 0.01 runs 10,000 reports and 10 streams, shorter wrk runs.
double scale();
int scaled(double full, int minimum);
// wrk's duration: 10 s at full scale, at least 2 s.
int wrkSeconds();

// Prints the message, kills every child and exits 1.
[[noreturn]] void fail(const QString& message);
// Raises RLIMIT_NOFILE to the hard limit (children inherit it); installs SIGINT/SIGTERM handlers.
void prepareProcess();
// Nanoseconds since the first call (one clock for the whole benchmark).
qint64 nowNs();
quint16 freePort();
// The directory of bench/ (lua scripts, templates) and the server binary next to the benchmark.
QString benchSourceDir();
QString serverBinary();

// p in [0, 100] of unsorted values (sorts a copy); 0 for none.
double percentile(QList<double> values, double p);

// ---- targets -----------------------------------------------------------------------------------

// Collects whether each target was met and prints the list at the end.
class Targets
{
public:
    void add(const QString& name, bool met, const QString& note = {});
    void print() const;

private:
    struct Item
    {
        QString name;
        bool met;
        QString note;
    };
    QList<Item> m_items;
};

// ---- child processes ---------------------------------------------------------------------------

class Child
{
public:
    explicit Child(QString name);
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    // Starts program; stdout and stderr go to logFile when given (else they are captured).
    void start(const QString& program, const QStringList& args, const QString& logFile = {});
    // SIGTERM, then SIGKILL after graceMs.
    void stop(int graceMs = 5000);
    bool running() const;
    QProcess& process() { return *m_process; }
    const QString& name() const { return m_name; }

private:
    QString m_name;
    std::unique_ptr<QProcess> m_process;
};

// Runs a program to its end with stdin, returns exit code (-1 on crash or timeout) and output.
int runToEnd(const QString& program, const QStringList& args, const QByteArray& input, QByteArray* output,
             int timeoutMs = 60000);

// ---- HTTP --------------------------------------------------------------------------------------

using Headers = QList<std::pair<QByteArray, QByteArray>>;

struct HttpResponse
{
    int status = 0; // 0: no answer (connection failed or timed out)
    QByteArray head;
    QByteArray body;
    qint64 nanoseconds = 0; // from writing the request to its last byte
    QJsonObject json() const;
};

// An incremental HTTP/1.1 response parser: Content-Length and chunked bodies. The decoded body
// accumulates in body() (takeBody() for streams).
class ResponseParser
{
public:
    void feed(const QByteArray& data);
    void reset();
    bool headComplete() const { return m_state != State::Head; }
    bool complete() const { return m_state == State::Done; }
    bool failed() const { return m_failed; }
    int status() const { return m_status; }
    const QByteArray& head() const { return m_head; }
    const QByteArray& body() const { return m_body; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    bool closeAfter() const { return m_close; }

private:
    enum class State { Head, Fixed, ChunkSize, ChunkData, ChunkEnd, Trailer, UntilClose, Done };
    void parseHead();
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    State m_state = State::Head;
    QByteArray m_head, m_body;
    qint64 m_remaining = 0;
    int m_status = 0;
    bool m_close = false;
    bool m_failed = false;
};

// One keep-alive connection to 127.0.0.1:port.
class HttpClient : public QObject
{
public:
    explicit HttpClient(quint16 port, QObject* parent = nullptr);

    void send(const QByteArray& method, const QByteArray& path, const Headers& headers, const QByteArray& body,
              std::function<void(const HttpResponse&)> done);
    // Waits in a local event loop (other sockets are served meanwhile).
    HttpResponse request(const QByteArray& method, const QByteArray& path, const Headers& headers = {},
                         const QByteArray& body = {}, int timeoutMs = 30000);

private:
    void read();
    void finish(int status);
    quint16 m_port;
    QTcpSocket m_socket;
    ResponseParser m_parser;
    std::function<void(const HttpResponse&)> m_done;
    qint64 m_started = 0;
};

Headers bearer(const QByteArray& token);

// GET /api/v1/events on a raw socket: decodes the chunked body and the SSE blocks; records for
// every `contact.created` event the contact id and when the bytes carrying it were read.
class EventStream : public QObject
{
public:
    EventStream(quint16 port, const QByteArray& token, QObject* parent = nullptr);
    void open();
    void close();
    bool ready() const { return m_ready; }
    bool broken() const { return m_broken; }
    const QHash<QByteArray, qint64>& arrivals() const { return m_arrivals; }

    std::function<void()> onReady;
    std::function<void(const QByteArray& contactId)> onContactCreated;
    std::function<void()> onBroken;

private:
    void read();
    void breakOff();
    quint16 m_port;
    QByteArray m_token;
    QTcpSocket m_socket;
    ResponseParser m_parser;
    QByteArray m_sse;
    QHash<QByteArray, qint64> m_arrivals;
    bool m_ready = false;
    bool m_broken = false;
};

// Waits in an event loop until done() holds or timeoutMs passed; wake() re-checks early.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);
void wake();

// ---- the server --------------------------------------------------------------------------------

// kontaktcenter-server on a fresh SQLite database in dir, or on the database at databaseUrl
// (PostgreSQL: KC_BENCH_PG_URL, emptied by the benchmark first); dir holds the log either way.
class BenchServer
{
public:
    explicit BenchServer(const QString& dir, const QString& databaseUrl = {});
    ~BenchServer();

    static QByteArray password();
    QString databasePath() const { return m_dir + QStringLiteral("/kc.db"); }
    QString databaseUrl() const { return m_url.isEmpty() ? QStringLiteral("sqlite:") + databasePath() : m_url; }
    // `user add` on the database (migrates it on first use); returns the user id.
    QString addUser(const QString& username, const QString& role, const QString& queues);
    // `extraArgs` are added to the command line; with `--instances N` among them, waits for all N.
    void start(const QStringList& extraArgs = {});
    void stop();
    quint16 port() const { return m_port; }
    QByteArray baseUrl() const;
    QByteArray login(const QString& username);
    QString logTail(int lines = 20) const;
    // CPU seconds (user + system) used so far by the server and the copies it started (--instances).
    double cpuSeconds();
    // The time the server itself logged for each request of a route ("GET /api/v1/cases"), in order.
    QList<double> loggedMillis(const QString& methodAndRoute) const;

private:
    QString m_dir;
    QString m_url;
    QString m_log;
    Child m_child{QStringLiteral("kontaktcenter-server")};
    quint16 m_port = 0;
    int m_starts = 0;
};

// CPU seconds (user + system) of one process, from /proc (0 when it is gone).
double processCpuSeconds(qint64 pid);
// The whole machine's CPU seconds so far: busy, and idle (including waiting for the disk).
std::pair<double, double> machineCpuSeconds();

// KC_BENCH_PG_URL (./kc bench starts that PostgreSQL), emptied (schema public dropped and made
// again); fails clearly when the variable is missing.
QString resetBenchPostgres();

// ---- wrk and nginx -----------------------------------------------------------------------------

struct WrkResult
{
    double requestsPerSecond = 0;
    double p50Ms = 0, p90Ms = 0, p99Ms = 0, maxMs = 0;
    qint64 requests = 0;
    qint64 statusErrors = 0; // answers other than 2xx/3xx
    qint64 socketErrors = 0;
    QString describe() const;
};

// wrk -t2 -c32 -dSECONDS --latency [headers] -s script url [-- scriptArgs]; the script must define
// done() from bench/wrk/summary.lua (the default script is that file).
WrkResult runWrk(const QByteArray& url, int seconds, const Headers& headers = {}, const QString& script = {},
                 const QStringList& scriptArgs = {});

// nginx serving dir/www as static files on 127.0.0.1, one process (master_process off), no
// access log; the config is generated into dir.
class Nginx
{
public:
    explicit Nginx(const QString& dir);
    void start();
    void stop() { m_child.stop(); }
    quint16 port() const { return m_port; }
    QString wwwRoot() const { return m_dir + QStringLiteral("/www"); }

private:
    QString m_dir;
    quint16 m_port = 0;
    Child m_child{QStringLiteral("nginx")};
};

} // namespace kc::bench::server
