// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "serverbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace kc::bench::server {

namespace {

QList<Child*>& children()
{
    static QList<Child*> list;
    return list;
}

void onSignal(int sig)
{
    // Children have PR_SET_PDEATHSIG: ending this process ends them.
    _exit(128 + sig);
}

QEventLoop* currentWait = nullptr;

} // namespace

// ---- scale, failure, clock -----------------------------------------------------------------------

double scale()
{
    static const double value = [] {
        bool ok = false;
        const double v = qEnvironmentVariable("KC_BENCH_SCALE").toDouble(&ok);
        return ok && v > 0 ? v : 1.0;
    }();
    return value;
}

int scaled(double full, int minimum)
{
    return std::max(minimum, int(std::lround(full * scale())));
}

int wrkSeconds()
{
    return std::clamp(int(std::lround(10 * scale())), 2, 10);
}

void fail(const QString& message)
{
    std::fprintf(stderr, "FAILED: %s\n", qPrintable(message));
    std::fflush(stdout);
    for (Child* c : std::as_const(children()))
        if (c->running()) {
            c->process().kill();
            c->process().waitForFinished(2000);
        }
    std::_Exit(1);
}

void prepareProcess()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGHUP, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    nowNs();
}

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        fail(QStringLiteral("no free port: ") + probe.errorString());
    return probe.serverPort();
}

QString benchSourceDir()
{
    return QStringLiteral(KC_BENCH_DIR);
}

QString serverBinary()
{
    const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/kontaktcenter-server");
    if (!QFileInfo(path).isExecutable())
        fail(QStringLiteral("%1 is missing; build the target kontaktcenter-server").arg(path));
    return path;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

// ---- targets -------------------------------------------------------------------------------------

void Targets::add(const QString& name, bool met, const QString& note)
{
    m_items.append({name, met, note});
}

void Targets::print() const
{
    const auto met = std::count_if(m_items.begin(), m_items.end(), [](const Item& i) { return i.met; });
    std::printf("targets: %d of %d met\n", int(met), int(m_items.size()));
    for (const Item& i : m_items)
        std::printf("  %-6s %s%s%s\n", i.met ? "MET" : "MISSED", qPrintable(i.name), i.note.isEmpty() ? "" : " — ",
                    qPrintable(i.note));
    std::fflush(stdout);
}

// ---- child processes -----------------------------------------------------------------------------

Child::Child(QString name)
    : m_name(std::move(name))
{
    children().append(this);
}

Child::~Child()
{
    stop(3000);
    children().removeOne(this);
}

void Child::start(const QString& program, const QStringList& args, const QString& logFile)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    if (!logFile.isEmpty()) {
        m_process->setStandardOutputFile(logFile, QIODevice::Append);
        m_process->setStandardErrorFile(logFile, QIODevice::Append);
    }
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000))
        fail(QStringLiteral("cannot start %1 (%2): %3").arg(m_name, program, m_process->errorString()));
}

void Child::stop(int graceMs)
{
    if (!running())
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(graceMs)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

bool Child::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int runToEnd(const QString& program, const QStringList& args, const QByteArray& input, QByteArray* output,
             int timeoutMs)
{
    QProcess p;
    p.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        fail(QStringLiteral("cannot start %1: %2").arg(program, p.errorString()));
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        if (output)
            *output = p.readAll();
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// ---- HTTP ----------------------------------------------------------------------------------------

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

void ResponseParser::reset()
{
    *this = ResponseParser();
}

void ResponseParser::parseHead()
{
    const QList<QByteArray> lines = m_head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool ok = false;
    m_status = statusLine.value(1).toInt(&ok);
    if (!statusLine.value(0).startsWith("HTTP/1.") || !ok)
        m_failed = true;
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
        else if (name == "connection" && value.toLower() == "close")
            m_close = true;
    }
    if (chunked)
        m_state = State::ChunkSize;
    else if (length > 0) {
        m_state = State::Fixed;
        m_remaining = length;
    } else if (length == 0 || m_status == 204 || m_status == 304)
        m_state = State::Done;
    else
        m_state = State::UntilClose;
}

void ResponseParser::feed(const QByteArray& data)
{
    m_buffer += data;
    for (;;) {
        const qsizetype available = m_buffer.size() - m_pos;
        switch (m_state) {
        case State::Head: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0)
                goto out;
            m_head = m_buffer.mid(m_pos, end - m_pos);
            m_pos = end + 4;
            parseHead();
            break;
        }
        case State::Fixed:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, available);
            if (take == 0)
                goto out;
            m_body.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::Fixed ? State::Done : State::ChunkEnd;
            break;
        }
        case State::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
            if (end < 0)
                goto out;
            QByteArray sizeText = m_buffer.mid(m_pos, end - m_pos);
            if (const qsizetype semi = sizeText.indexOf(';'); semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            m_remaining = sizeText.trimmed().toLongLong(&ok, 16);
            m_pos = end + 2;
            if (!ok) {
                m_failed = true;
                m_state = State::Done;
            } else {
                m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            }
            break;
        }
        case State::ChunkEnd:
            if (available < 2)
                goto out;
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
            if (end < 0)
                goto out;
            const bool last = end == m_pos;
            m_pos = end + 2;
            if (last)
                m_state = State::Done;
            break;
        }
        case State::UntilClose:
            m_body.append(m_buffer.constData() + m_pos, available);
            m_pos += available;
            goto out;
        case State::Done:
            goto out;
        }
    }
out:
    // Keep the buffer small: drop what was consumed.
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > 65536)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

HttpClient::HttpClient(quint16 port, QObject* parent)
    : QObject(parent)
    , m_port(port)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &HttpClient::read);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_done)
            finish(m_parser.headComplete() ? m_parser.status() : 0);
    });
}

void HttpClient::send(const QByteArray& method, const QByteArray& path, const Headers& headers, const QByteArray& body,
                      std::function<void(const HttpResponse&)> done)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState) {
        m_socket.abort();
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (!m_socket.waitForConnected(5000)) {
            done(HttpResponse{});
            return;
        }
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
    for (const auto& [name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n" + body;
    m_parser.reset();
    m_done = std::move(done);
    m_started = nowNs();
    m_socket.write(out);
}

void HttpClient::read()
{
    m_parser.feed(m_socket.readAll());
    if (m_done && (m_parser.complete() || m_parser.failed()))
        finish(m_parser.failed() ? 0 : m_parser.status());
}

void HttpClient::finish(int status)
{
    HttpResponse r{status, m_parser.head(), m_parser.body(), nowNs() - m_started};
    auto done = std::exchange(m_done, {});
    if (m_parser.closeAfter() || status == 0)
        m_socket.abort();
    m_parser.reset();
    if (done)
        done(r);
}

HttpResponse HttpClient::request(const QByteArray& method, const QByteArray& path, const Headers& headers,
                                 const QByteArray& body, int timeoutMs)
{
    HttpResponse out;
    bool finished = false;
    QEventLoop loop;
    send(method, path, headers, body, [&](const HttpResponse& r) {
        out = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        QTimer timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
    }
    if (!finished) {
        m_done = {};
        m_socket.abort();
        m_parser.reset();
    }
    return out;
}

Headers bearer(const QByteArray& token)
{
    return {{"Authorization", "Bearer " + token}};
}

EventStream::EventStream(quint16 port, const QByteArray& token, QObject* parent)
    : QObject(parent)
    , m_port(port)
    , m_token(token)
{
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_socket.write("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                       "\r\nAuthorization: Bearer " + m_token + "\r\nAccept: text/event-stream\r\n\r\n");
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &EventStream::read);
    connect(&m_socket, &QTcpSocket::disconnected, this, &EventStream::breakOff);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { breakOff(); });
}

void EventStream::open()
{
    m_socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void EventStream::close()
{
    m_broken = true; // expected: no onBroken
    m_socket.abort();
}

void EventStream::breakOff()
{
    if (m_broken)
        return;
    m_broken = true;
    if (onBroken)
        onBroken();
}

void EventStream::read()
{
    // The arrival time is taken before any parsing, so the bench's own work on this socket does not
    // count; the work on sockets served before this one in the same turn of the loop does.
    const qint64 now = nowNs();
    m_parser.feed(m_socket.readAll());
    if (!m_parser.headComplete())
        return;
    if (m_parser.failed() || m_parser.status() != 200) {
        std::fprintf(stderr, "event stream answered %d: %s\n", m_parser.status(), m_parser.body().constData());
        breakOff();
        return;
    }
    m_sse += m_parser.takeBody();
    if (!m_ready && !m_sse.isEmpty()) {
        m_ready = true;
        if (onReady)
            onReady();
    }
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_sse.indexOf("\n\n", start);
        if (end < 0)
            break;
        const QByteArrayView block(m_sse.constData() + start, end - start);
        start = end + 2;
        if (!block.contains("event: contact.created\n"))
            continue;
        // The data line is the contact's compact JSON; its top-level "id" is the only key "id" in
        // it (Person and Address have none), and a quote inside a string value is escaped.
        const qsizetype data = block.indexOf("\ndata: ");
        const qsizetype key = data < 0 ? -1 : block.indexOf("\"id\":\"", data);
        if (key < 0)
            continue;
        const qsizetype from = key + 6;
        const qsizetype to = block.indexOf('"', from);
        if (to < 0)
            continue;
        const QByteArray id = block.mid(from, to - from).toByteArray();
        m_arrivals.insert(id, now);
        if (onContactCreated)
            onContactCreated(id);
    }
    m_sse.remove(0, start);
}

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        const qint64 left = timeoutMs - t.elapsed();
        if (left <= 0)
            return false;
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(int(std::min<qint64>(left, 200)));
        QEventLoop* outer = std::exchange(currentWait, &loop);
        loop.exec();
        currentWait = outer;
    }
    return true;
}

void wake()
{
    if (currentWait)
        currentWait->quit();
}

// ---- the server ----------------------------------------------------------------------------------

BenchServer::BenchServer(const QString& dir, const QString& databaseUrl)
    : m_dir(dir)
    , m_url(databaseUrl)
    , m_log(dir + QStringLiteral("/server.log"))
{}

BenchServer::~BenchServer()
{
    stop();
}

QByteArray BenchServer::password()
{
    return "bench-password-1";
}

QString BenchServer::addUser(const QString& username, const QString& role, const QString& queues)
{
    QByteArray out;
    const int rc = runToEnd(serverBinary(),
                            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("user"),
                             QStringLiteral("add"), username, QStringLiteral("--role"), role, QStringLiteral("--team"),
                             QStringLiteral("bench"), QStringLiteral("--queues"), queues,
                             QStringLiteral("--display-name"), username, QStringLiteral("--database"), databaseUrl(),
                             QStringLiteral("--kdf-iterations"), QStringLiteral("1000")},
                            password() + '\n', &out);
    const auto m = QRegularExpression(QStringLiteral("added \\S+ \\((\\S+)\\)")).match(QString::fromUtf8(out));
    if (rc != 0 || !m.hasMatch())
        fail(QStringLiteral("user add %1 failed (%2): %3").arg(username).arg(rc).arg(QString::fromUtf8(out)));
    return m.captured(1);
}

void BenchServer::start()
{
    stop();
    QFile log(m_log);
    const qint64 from = log.exists() ? log.size() : 0;
    ++m_starts;
    m_child.start(serverBinary(),
                  // One benchmark user holds every stream of the fan-out measurement.
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--listen"),
                   QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), databaseUrl(),
                   QStringLiteral("--kdf-iterations"), QStringLiteral("1000"), QStringLiteral("--max-streams-per-user"),
                   QStringLiteral("100000")},
                  m_log);
    // main.cpp prints the bound address once listening (port 0 = any free port); the benchmarks
    // start it with --lang en, so this line and user add's "added NAME (ID)" stay English.
    static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        if (!m_child.running())
            fail(QStringLiteral("the server exited at start:\n") + logTail());
        if (log.open(QIODevice::ReadOnly)) {
            log.seek(from);
            const auto m = listening.match(QString::fromUtf8(log.readAll()));
            log.close();
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return;
            }
        }
        QThread::msleep(20);
    }
    fail(QStringLiteral("the server did not start listening within 30 s:\n") + logTail());
}

void BenchServer::stop()
{
    m_child.stop();
    m_port = 0;
}

QByteArray BenchServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(m_port);
}

QByteArray BenchServer::login(const QString& username)
{
    HttpClient c(m_port);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), QString::fromLatin1(password())}})
                                .toJson(QJsonDocument::Compact);
    const HttpResponse r = c.request("POST", "/api/v1/session", {{"Content-Type", "application/json"}}, body);
    const QByteArray token = r.json().value(u"token").toString().toLatin1();
    if (r.status != 201 || token.isEmpty())
        fail(QStringLiteral("login of %1 failed: %2 %3").arg(username).arg(r.status).arg(QString::fromUtf8(r.body)));
    return token;
}

QString BenchServer::logTail(int lines) const
{
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(f.readAll()).split(u'\n');
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

QList<double> BenchServer::loggedMillis(const QString& methodAndRoute) const
{
    // apiserver.cpp: "<method> <route template> <status> <ms>ms <user>"
    const QRegularExpression line(QStringLiteral("kc\\.server\\.http: ") + QRegularExpression::escape(methodAndRoute) +
                                  QStringLiteral(" \\d+ ([0-9.]+)ms"));
    QList<double> out;
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const auto m = line.match(QString::fromUtf8(f.readLine()));
        if (m.hasMatch())
            out.append(m.captured(1).toDouble());
    }
    return out;
}

// ---- wrk and nginx -------------------------------------------------------------------------------

QString WrkResult::describe() const
{
    return QStringLiteral("%1 req/s, %2 requests, latency p50 %3 ms p90 %4 ms p99 %5 ms max %6 ms%7%8")
        .arg(requestsPerSecond, 0, 'f', 0)
        .arg(requests)
        .arg(p50Ms, 0, 'f', 2)
        .arg(p90Ms, 0, 'f', 2)
        .arg(p99Ms, 0, 'f', 2)
        .arg(maxMs, 0, 'f', 2)
        .arg(statusErrors ? QStringLiteral(", %1 non-2xx answers").arg(statusErrors) : QString())
        .arg(socketErrors ? QStringLiteral(", %1 socket errors").arg(socketErrors) : QString());
}

WrkResult runWrk(const QByteArray& url, int seconds, const Headers& headers, const QString& script,
                 const QStringList& scriptArgs)
{
    QStringList args{QStringLiteral("-t2"),       QStringLiteral("-c32"),      QStringLiteral("-d%1s").arg(seconds),
                     QStringLiteral("--latency"), QStringLiteral("--timeout"), QStringLiteral("10s")};
    for (const auto& [name, value] : headers)
        args << QStringLiteral("-H") << QString::fromLatin1(name + ": " + value);
    args << QStringLiteral("-s") << (script.isEmpty() ? benchSourceDir() + QStringLiteral("/wrk/summary.lua") : script)
         << QString::fromLatin1(url);
    if (!scriptArgs.isEmpty())
        args << QStringLiteral("--") << scriptArgs;
    QByteArray out;
    const int rc = runToEnd(QStringLiteral("wrk"), args, {}, &out, (seconds + 60) * 1000);
    const qsizetype at = out.indexOf("KCWRK ");
    if (rc != 0 || at < 0)
        fail(QStringLiteral("wrk failed (%1):\n%2").arg(rc).arg(QString::fromUtf8(out)));
    const qsizetype end = out.indexOf('\n', at);
    const QJsonObject s = QJsonDocument::fromJson(out.mid(at + 6, end < 0 ? -1 : end - at - 6)).object();
    WrkResult r;
    r.requests = qint64(s.value(u"requests").toDouble());
    const double us = s.value(u"durationUs").toDouble();
    r.requestsPerSecond = us > 0 ? double(r.requests) / (us / 1e6) : 0;
    r.p50Ms = s.value(u"p50Us").toDouble() / 1000;
    r.p90Ms = s.value(u"p90Us").toDouble() / 1000;
    r.p99Ms = s.value(u"p99Us").toDouble() / 1000;
    r.maxMs = s.value(u"maxUs").toDouble() / 1000;
    r.statusErrors = qint64(s.value(u"statusErrors").toDouble());
    r.socketErrors = qint64(s.value(u"connectErrors").toDouble() + s.value(u"readErrors").toDouble() +
                            s.value(u"writeErrors").toDouble() + s.value(u"timeouts").toDouble());
    if (r.requests == 0)
        fail(QStringLiteral("wrk made no request:\n") + QString::fromUtf8(out));
    return r;
}

Nginx::Nginx(const QString& dir)
    : m_dir(dir)
{}

void Nginx::start()
{
    QDir().mkpath(m_dir + QStringLiteral("/tmp"));
    QDir().mkpath(wwwRoot());
    m_port = freePort();
    // Run as root, nginx would switch to "nobody" in worker processes; there are none here
    // (master_process off: one process serves, and it dies with us), and the tree is readable.
    const QString conf = QStringLiteral(R"(# generated by the server benchmark
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path %1/tmp/body;
    proxy_temp_path %1/tmp/proxy;
    fastcgi_temp_path %1/tmp/fastcgi;
    uwsgi_temp_path %1/tmp/uwsgi;
    scgi_temp_path %1/tmp/scgi;
    default_type application/json;
    sendfile on;
    keepalive_requests 1000000;
    keepalive_timeout 75s;
    server {
        listen 127.0.0.1:%2;
        root %1/www;
    }
}
)")
                             .arg(m_dir)
                             .arg(m_port);
    QFile f(m_dir + QStringLiteral("/nginx.conf"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(conf.toUtf8()) < 0)
        fail(QStringLiteral("cannot write ") + f.fileName());
    f.close();
    // QTemporaryDir is 0700; let any nginx user read the tree.
    for (QString d = m_dir; d.startsWith(QDir::tempPath()) && d != QDir::tempPath(); d = QFileInfo(d).path())
        QFile::setPermissions(d, QFile::permissions(d) | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                     QFile::ExeGroup);
    m_child.start(QStringLiteral("nginx"),
                  {QStringLiteral("-p"), m_dir, QStringLiteral("-e"), m_dir + QStringLiteral("/error.log"),
                   QStringLiteral("-c"), m_dir + QStringLiteral("/nginx.conf"), QStringLiteral("-g"),
                   QStringLiteral("daemon off;")},
                  m_dir + QStringLiteral("/nginx.out"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        if (!m_child.running()) {
            QFile log(m_dir + QStringLiteral("/error.log"));
            log.open(QIODevice::ReadOnly);
            fail(QStringLiteral("nginx exited at start: ") + QString::fromUtf8(log.readAll()));
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return;
        QThread::msleep(20);
    }
    fail(QStringLiteral("nginx did not listen within 10 s"));
}

} // namespace kc::bench::server
