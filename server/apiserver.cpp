// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/apiserver.h"

#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "core/version.h"
#include "server/auth.h"
#include "server/eventhub.h"
#include "server/store.h"
#include "server/store/supervision.h"
#include "server/trainingengine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSqlDriver>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttp, "kc.server.http")

namespace kc::server {

namespace {

using Method = QHttpServerRequest::Method;

struct Response
{
    int status = 200;
    QByteArray body;
    QHttpHeaders headers;
};

Response json(int status, const QJsonValue& value)
{
    Response r;
    r.status = status;
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return r;
}

QJsonObject errorBody(const ApiError& e)
{
    QJsonObject err{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it)
            fields.insert(it.key(), it.value());
        err.insert(QStringLiteral("fields"), fields);
    }
    return QJsonObject{{QStringLiteral("error"), err}};
}

Response failure(const ApiError& e)
{
    Response r = json(e.status, errorBody(e));
    if (e.retryAfterSeconds > 0)
        r.headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(e.retryAfterSeconds));
    return r;
}

Response failure(int status, const char* code, const QString& message)
{
    return failure(ApiError{status, QString::fromLatin1(code), message, {}, 0});
}

Response invalidField(const QString& field, const QString& message)
{
    ApiError e{422, QStringLiteral("validation_failed"), message, {}, 0};
    e.fields.insert(field, message);
    return failure(e);
}

template<typename T>
Response answer(const ApiResult<T>& result, int okStatus = 200)
{
    if (!result)
        return failure(result.error());
    return json(okStatus, json::toJson(*result));
}

Response withETag(Response r, qint64 version)
{
    r.headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(version) + '"');
    return r;
}

// ---- idempotency keys' answers (IdempotencyKeys) ----

Response replayOf(const IdempotencyKeys::StoredAnswer& stored)
{
    Response r{stored.status, stored.body, {}};
    r.headers.append("Idempotent-Replayed", "true");
    if (!stored.etag.isEmpty())
        r.headers.append(QHttpHeaders::WellKnownHeader::ETag, stored.etag);
    if (!stored.location.isEmpty())
        r.headers.append(QHttpHeaders::WellKnownHeader::Location, stored.location);
    return r;
}

Response keyInUse()
{
    return failure(ApiError{409,
                            QStringLiteral("idempotency_key_in_use"),
                            ApiServer::tr("A request with this Idempotency-Key is still being processed. Try again "
                                          "shortly."),
                            {},
                            1});
}

Response keyReused()
{
    return failure(422, "idempotency_key_reused",
                   ApiServer::tr("This Idempotency-Key was already used for a different request."));
}

// The answer for a key that was not claimed for this request (a replay, a key in use or reused,
// a failure); nothing when it was claimed and the work is to run.
std::optional<Response> unclaimedAnswer(IdempotencyKeys::KeyState state, const IdempotencyKeys::StoredAnswer& stored)
{
    switch (state) {
    case IdempotencyKeys::KeyState::Failed:
        return failure(internalError());
    case IdempotencyKeys::KeyState::Replay:
        return replayOf(stored);
    case IdempotencyKeys::KeyState::Running:
        return keyInUse();
    case IdempotencyKeys::KeyState::Reused:
        return keyReused();
    case IdempotencyKeys::KeyState::Claimed:
        break;
    }
    return std::nullopt;
}

IdempotencyKeys::StoredAnswer storedAnswerOf(const Response& r)
{
    return {r.status, r.body, r.headers.value(QHttpHeaders::WellKnownHeader::ETag).toByteArray(),
            r.headers.value(QHttpHeaders::WellKnownHeader::Location).toByteArray()};
}

// At most this many reports in one POST /reports/batch (and the body limit of every request).
constexpr qsizetype ReportBatchLimit = 100;

// The version an edit is based on, from If-Match ("3", "\"3\"" or W/"3") into `version`; the
// refusal to send instead when there is none (428) or it names no version (412).
std::optional<Response> editedVersion(const QByteArray& ifMatch, qint64* version)
{
    QByteArray v = ifMatch.trimmed();
    if (v.isEmpty())
        return failure(428, "precondition_required",
                       ApiServer::tr("Send If-Match with the version you edited, so nobody's change is overwritten."));
    if (v.startsWith("W/"))
        v = v.mid(2);
    bool ok = false;
    *version = v.replace('"', "").toLongLong(&ok);
    if (!ok)
        return failure(412, "version_conflict", ApiServer::tr("If-Match must name a version, e.g. \"3\"."));
    return std::nullopt;
}

// A contact or report as the contract answers it: its JSON with its version as ETag.
template<typename T>
Response withVersion(const ApiResult<T>& result, int okStatus = 200)
{
    if (!result)
        return failure(result.error());
    return withETag(json(okStatus, json::toJson(*result)), result->version);
}

// Who may call a route. `roles` always; `demoRoles` only on a demo server (trainers create and
// abandon synthetic contacts there; on a production server they must not touch callers at all).
enum RoleBit : unsigned {
    NoRole = 0,
    AgentRole = 1,
    SupervisorRole = 2,
    TrainerRole = 4,
    IntakeRole = 8,
    AreaRole = 16, // a police area's receiving desk: handoffs only (issue 15)
    AnyRole = AgentRole | SupervisorRole | TrainerRole | IntakeRole | AreaRole,
};

struct Access
{
    bool signedIn = true;
    unsigned roles = AnyRole;
    unsigned demoRoles = NoRole;
};

constexpr Access publicAccess{false, NoRole, NoRole};

// The wire form of a case search page (contract: GET /cases).
QJsonObject casePageJson(const CasePage& page)
{
    QJsonArray items;
    for (const CaseHit& hit : page.hits) {
        QJsonArray contacts;
        for (const Contact& contact : hit.contacts)
            contacts.append(json::toJson(contact));
        if (!hit.report) { // a contact of the caller's without a report (e.g. Rådgivning)
            items.append(
                QJsonObject{{QStringLiteral("report"), QJsonValue::Null}, {QStringLiteral("contacts"), contacts}});
            continue;
        }
        const CaseSummary& r = *hit.report;
        QJsonObject summary{{QStringLiteral("id"), r.id},
                            {QStringLiteral("caseNumber"), r.caseNumber},
                            {QStringLiteral("status"), wireName(r.status)},
                            {QStringLiteral("offenceCode"), r.offenceCode},
                            {QStringLiteral("occurredFrom"), json::formatTimestamp(r.occurredFrom)},
                            {QStringLiteral("municipalityCode"), r.municipalityCode},
                            {QStringLiteral("reporterName"), r.reporterName},
                            {QStringLiteral("createdAt"), json::formatTimestamp(r.createdAt)}};
        if (const auto* o = ReferenceData::builtin().offenceType(r.offenceCode))
            summary.insert(QStringLiteral("offenceName"), o->name);
        if (r.routing)
            summary.insert(QStringLiteral("routing"), json::toJson(*r.routing));
        items.append(QJsonObject{{QStringLiteral("report"), summary}, {QStringLiteral("contacts"), contacts}});
    }
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("nextCursor"), page.nextOffset ? QJsonValue(QString::number(*page.nextOffset))
                                                                      : QJsonValue(QJsonValue::Null)}};
}

unsigned roleBit(Role r)
{
    switch (r) {
    case Role::Agent:
        return AgentRole;
    case Role::Supervisor:
        return SupervisorRole;
    case Role::Trainer:
        return TrainerRole;
    case Role::Intake:
        return IntakeRole;
    case Role::Area:
        return AreaRole;
    }
    return NoRole;
}

QStringList roleNames(unsigned bits)
{
    QStringList names;
    for (Role r : {Role::Agent, Role::Supervisor, Role::Trainer, Role::Intake, Role::Area})
        if (bits & roleBit(r))
            names << wireName(r);
    return names;
}

QByteArray methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return "GET";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

bool matchPath(const char* pattern, const QStringList& segments, QStringList* params)
{
    const QStringList parts = QString::fromLatin1(pattern).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != segments.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts[i].startsWith(u'{'))
            captured.append(segments[i]);
        else if (parts[i] != segments[i])
            return false;
    }
    *params = captured;
    return true;
}

// The earliest point Qt 6.8 lets us see a request: its bytes in the socket, before QHttpServer
// (connected after us) reads and buffers the whole body. A request that announces a body over the
// limit, or hides its length in chunks, is answered and the connection closed before the body is
// read. QHttpServer's own buffering stays the second line; the reverse proxy the first
// (packaging/nginx-kontaktcenter.conf).
void guardSocket(QTcpSocket* socket, qint64 maxBodyBytes)
{
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket, maxBodyBytes] {
        const QByteArray head = socket->peek(16 * 1024);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = head.left(end).split('\n');
        if (lines.isEmpty() || !lines.first().contains(" HTTP/1."))
            return; // the middle of a body, not the start of a request
        qint64 announced = 0;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                announced = value.toLongLong();
            if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                chunked = true;
        }
        if (announced <= maxBodyBytes && !chunked)
            return;
        // QHttpServer must not read on. The answer goes out now; what the client still sends is
        // read and dropped (never kept), so that it finishes sending and reads the answer.
        // Only readyRead: QHttpServer still sees the connection close and cleans up after it.
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        const QByteArray body = QJsonDocument(errorBody(ApiError{413,
                                                                 QStringLiteral("payload_too_large"),
                                                                 ApiServer::tr("The request is larger than 1 MiB."),
                                                                 {},
                                                                 0}))
                                    .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json; charset=utf-8\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        qCInfo(lcHttp).noquote() << "- (body over the limit, refused before reading) 413";
        auto remaining = std::make_shared<qint64>(chunked ? 0 : end + 4 + announced);
        auto drain = [socket, remaining] {
            *remaining -= socket->skip(socket->bytesAvailable());
            if (*remaining <= 0)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QIODevice::readyRead, socket, drain);
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        drain();
    });
}

// Key derivations yield to requests: a hashing thread runs at nice +10 (Linux: per thread), so a
// shift change's 50 sign-ins take the cores only when the server's thread does not need them.
void lowerThreadPriority()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 10);
    }
#endif
}

// Answers leave at once: with Nagle's algorithm on, the tail of any answer over one segment waited
// for the client's delayed ACK (~40 ms) on keep-alive connections (measured by bench_server_cases).
class GuardedTcpServer : public QTcpServer
{
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes)
        : m_maxBody(maxBodyBytes)
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        guardSocket(socket, m_maxBody);
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBody;
};

// A listening TCP socket with SO_REUSEPORT, for QTcpServer::setSocketDescriptor(): Qt's listen()
// cannot set it before bind(). Several processes of the same user may then listen on one port and
// the kernel spreads new connections over them. Close-on-exec, so that the instances a server
// starts (--instances) do not inherit it. Returns -1 with *error set.
qintptr reusePortSocket(const QHostAddress& address, quint16 port, int backlog, QString* error)
{
    sockaddr_storage storage{};
    socklen_t length = 0;
    int family = AF_INET;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else {
        // IPv6, or Qt's "any" (dual stack: an IPv6 socket that also accepts IPv4).
        family = AF_INET6;
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR a = address.toIPv6Address();
            std::memcpy(&in6->sin6_addr, &a, sizeof(a));
            in6->sin6_scope_id = address.scopeId().toUInt();
        } else if (address == QHostAddress(QHostAddress::Any)) {
            in6->sin6_addr = in6addr_any;
        } else {
            // A null or unknown address must fail as QTcpServer::listen() would, never mean "all".
            *error = QStringLiteral("not an address to listen on: '%1'").arg(address.toString());
            return -1;
        }
        length = sizeof(sockaddr_in6);
    }
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
    const auto failed = [&](const char* step) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(step), QString::fromLocal8Bit(std::strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return qintptr(-1);
    };
    if (fd < 0)
        return failed("socket");
    const int on = 1, off = 0;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0 ||
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on)) != 0)
        return failed("SO_REUSEPORT");
    if (family == AF_INET6 && address.protocol() != QAbstractSocket::IPv6Protocol &&
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof(off)) != 0)
        return failed("IPV6_V6ONLY");
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&storage), length) != 0)
        return failed("bind");
    if (::listen(fd, backlog) != 0)
        return failed("listen");
    return fd;
}

// Listens on address:port, with SO_REUSEPORT when asked; false with *error set.
bool listenOn(QTcpServer& server, const QHostAddress& address, quint16 port, bool reusePort, QString* error)
{
    if (!reusePort) {
        if (server.listen(address, port))
            return true;
        *error = server.errorString();
        return false;
    }
    const qintptr fd = reusePortSocket(address, port, server.listenBacklogSize(), error);
    if (fd < 0)
        return false;
    if (!server.setSocketDescriptor(fd)) {
        *error = server.errorString();
        ::close(int(fd));
        return false;
    }
    return true;
}

} // namespace

// One request on its way through the pipeline.
struct ApiServer::Call
{
    const QHttpServerRequest& request;
    QHttpServerResponder* responder;
    QElapsedTimer timer;
    bool deferred = false; // the route answers later (off-thread work, event streams) and logs then
    QStringList params;
    User user;
    QString token;
    QJsonObject body;
    QUrlQuery query;

    QString id() const { return params.value(0); }
    QString param(const char* name) const
    {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    }
    QByteArray header(QAnyStringView name) const { return request.headers().value(name).toByteArray(); }
    QByteArray header(QHttpHeaders::WellKnownHeader name) const { return request.headers().value(name).toByteArray(); }
    int limit() const
    {
        bool ok = false;
        const int value = param("limit").toInt(&ok);
        return ok ? std::clamp(value, 1, 500) : 50;
    }
    int offset() const { return std::max(0, param("cursor").toInt()); }
};

struct ApiServer::Impl
{
    Impl(ApiServer* server, ServerOptions& o)
        : q(server)
        , options(o)
    {}

    using Handler = Response (Impl::*)(Call&);
    // The route table: path (an OpenAPI template below /api/v1; "{x}" matches one segment), who
    // may call it, whether it reads a JSON body, and its handler — an entry without a handler does
    // not compile. routes() lists it for the OpenAPI and access tests.
    struct Route
    {
        Method method;
        const char* path;
        Access access;
        bool needsBody;
        Handler handler;
    };
    static const Route table[];

    ApiServer* q;
    ServerOptions& options;
    QHttpServer http;
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    std::unique_ptr<EventHub> hub;
    QList<QTcpServer*> listeners;
    QThreadPool kdfPool;                      // sign-in key derivations; waited for before the server goes away
    int kdfQueued = 0;                        // sign-ins handed to the pool and not yet answered
    auth::SessionCache sessions;              // token → user for a few seconds (see auth.h)
    bool fastPath = true;                     // false: KC_SERVER_SLOW_PATH (benchmarks' baseline)
    bool oneCommit = true;                    // false: KC_SERVER_THREE_COMMITS (the write path's baseline)
    std::unique_ptr<AuditWriter> auditWriter; // the reads' audit rows, group-committed (see auditlog.h)
    QTimer pruneTimer;
    std::unique_ptr<TrainingEngine> training; // demo servers only
    QTimer trainingTimer;                     // moves the exercise runs' clocks
    QTimer alertTimer;                        // longest waits grow without any change: evaluated on a tick too
    bool alertPending = false;                // an evaluation is queued after a change

    void handle(const QHttpServerRequest& request, QHttpServerResponder& responder);
    std::optional<Response> admit(const Route& route, Call& call);
    std::optional<User> authenticate(const QString& token, bool* expired);
    QString clientAddress(const QHttpServerRequest& request) const;
    Response withIdempotency(Call& call, bool required, const std::function<Response()>& work);
    // Inside the caller's open transaction: claims the key, runs the work and keeps its answer.
    // *keep says whether anything is to be committed (false: a replay, a refused key, or a server
    // failure — the caller rolls back, so nothing of the work stays and a retry runs again).
    Response idempotentWithin(const QString& userId, const QString& key, const QString& hash,
                              const std::function<Response()>& work, bool* keep);
    Response fileReport(const User& agent, const QJsonObject& body); // POST /reports' work
    static void send(QHttpServerResponder& responder, Response response);
    static void logRequest(Method method, const QString& routePath, int status, const QElapsedTimer& timer,
                           const QString& userId);

    // route handlers, in the order of the table
    Response health(Call&);
    Response login(Call& c);
    Response logout(Call& c);
    Response me(Call& c);
    Response getState(Call& c);
    Response setState(Call& c);
    Response createContact(Call& c);
    Response listContacts(Call& c);
    Response getContact(Call& c);
    Response acceptContact(Call& c);
    Response completeContact(Call& c);
    Response abandonContact(Call& c);
    Response createReport(Call& c);
    Response createReports(Call& c); // POST /reports/batch
    Response getReport(Call& c);
    Response patchReport(Call& c);
    Response addSupplement(Call& c);
    Response cases(Call& c);
    Response changes(Call& c);
    Response events(Call& c);
    Response queues(Call& c);
    Response queueStats(Call& c);
    Response agents(Call& c);
    Response patchContact(Call& c);
    Response handover(Call& c);
    Response getHandover(Call& c);
    Response release(Call& c);
    Response getThresholds(Call& c);
    Response putThresholds(Call& c);
    Response alerts(Call& c);
    Response intervals(Call& c);
    Response audit(Call& c);
    Response offenceTypes(Call& c);
    Response municipalities(Call& c);
    // the knowledge base (issue 14)
    Response listKnowledge(Call& c);
    Response knowledgeStats(Call& c);
    Response getKnowledge(Call& c);
    Response createKnowledge(Call& c);
    Response patchKnowledge(Call& c);
    Response knowledgeHistory(Call& c);
    Response trainingScenarios(Call& c);
    Response startRun(Call& c);
    Response getRun(Call& c);
    Response pauseRun(Call& c);
    Response resumeRun(Call& c);
    Response resetRun(Call& c);
    Response setRunSpeed(Call& c);
    Response injectContact(Call& c);
    Response trainingContact(Call& c);
    Response runAnswer(const ApiResult<TrainingEngine::Run>& run, int okStatus = 200);
    // intake and hand-off (issue 15; the rules in server/store/intakestore.h, handoffstore.h)
    Response intakeWebReport(Call& c);
    Response intakeTip(Call& c);
    Response handoffs(Call& c);
    Response ackHandoff(Call& c);
    Response noTraining();
};

const ApiServer::Impl::Route ApiServer::Impl::table[] = {
    {Method::Get, "/health", publicAccess, false, &Impl::health},
    {Method::Post, "/session", publicAccess, true, &Impl::login},
    {Method::Delete, "/session", {}, false, &Impl::logout},
    {Method::Get, "/me", {}, false, &Impl::me},
    {Method::Get, "/agents/me/state", {true, AgentRole}, false, &Impl::getState},
    {Method::Put, "/agents/me/state", {true, AgentRole}, true, &Impl::setState},
    {Method::Post, "/contacts", {true, IntakeRole | SupervisorRole, TrainerRole}, true, &Impl::createContact},
    {Method::Get, "/contacts", {true, AgentRole | SupervisorRole}, false, &Impl::listContacts},
    {Method::Get, "/contacts/{id}", {true, AgentRole | SupervisorRole}, false, &Impl::getContact},
    {Method::Post, "/contacts/{id}/accept", {true, AgentRole}, false, &Impl::acceptContact},
    {Method::Post, "/contacts/{id}/complete", {true, AgentRole}, true, &Impl::completeContact},
    {Method::Post, "/contacts/{id}/abandon", {true, IntakeRole, TrainerRole}, false, &Impl::abandonContact},
    {Method::Post, "/reports", {true, AgentRole}, true, &Impl::createReport},
    {Method::Post, "/reports/batch", {true, AgentRole}, true, &Impl::createReports},
    {Method::Get, "/reports/{id}", {true, AgentRole | SupervisorRole}, false, &Impl::getReport},
    {Method::Patch, "/reports/{id}", {true, AgentRole | SupervisorRole}, true, &Impl::patchReport},
    {Method::Post, "/reports/{id}/supplements", {true, AgentRole}, true, &Impl::addSupplement},
    {Method::Get, "/cases", {true, AgentRole | SupervisorRole}, false, &Impl::cases},
    {Method::Get, "/changes", {}, false, &Impl::changes},
    {Method::Get, "/events", {}, false, &Impl::events},
    {Method::Get, "/queues", {}, false, &Impl::queues},
    {Method::Get, "/queues/stats", {true, SupervisorRole | TrainerRole}, false, &Impl::queueStats},
    {Method::Get, "/agents", {true, SupervisorRole, TrainerRole}, false, &Impl::agents},
    {Method::Patch, "/contacts/{id}", {true, SupervisorRole}, true, &Impl::patchContact},
    {Method::Post, "/contacts/{id}/handover", {true, AgentRole}, true, &Impl::handover},
    {Method::Get, "/contacts/{id}/handover", {true, AgentRole | SupervisorRole}, false, &Impl::getHandover},
    {Method::Post, "/contacts/{id}/release", {true, SupervisorRole}, false, &Impl::release},
    {Method::Get, "/queues/{queue}/thresholds", {true, SupervisorRole}, false, &Impl::getThresholds},
    {Method::Put, "/queues/{queue}/thresholds", {true, SupervisorRole}, true, &Impl::putThresholds},
    {Method::Get, "/alerts", {true, SupervisorRole, TrainerRole}, false, &Impl::alerts},
    {Method::Get, "/queues/stats/intervals", {true, SupervisorRole, TrainerRole}, false, &Impl::intervals},
    {Method::Get, "/audit", {true, SupervisorRole}, false, &Impl::audit},
    {Method::Get, "/reference/offence-types", {}, false, &Impl::offenceTypes},
    {Method::Get, "/reference/municipalities", {}, false, &Impl::municipalities},
    // The knowledge base: /knowledge/stats before /knowledge/{id}, which would match it too.
    {Method::Get, "/knowledge", {}, false, &Impl::listKnowledge},
    {Method::Post, "/knowledge", {true, SupervisorRole}, true, &Impl::createKnowledge},
    {Method::Get, "/knowledge/stats", {true, SupervisorRole}, false, &Impl::knowledgeStats},
    {Method::Get, "/knowledge/{id}", {}, false, &Impl::getKnowledge},
    {Method::Patch, "/knowledge/{id}", {true, SupervisorRole}, true, &Impl::patchKnowledge},
    {Method::Get, "/knowledge/{id}/history", {}, false, &Impl::knowledgeHistory},
    // Training (issue 13): trainers on a demo server; 404 on any other server.
    {Method::Get, "/training/scenarios", {true, TrainerRole}, false, &Impl::trainingScenarios},
    {Method::Post, "/training/runs", {true, TrainerRole}, true, &Impl::startRun},
    {Method::Get, "/training/runs/{id}", {true, TrainerRole}, false, &Impl::getRun},
    {Method::Post, "/training/runs/{id}/pause", {true, TrainerRole}, false, &Impl::pauseRun},
    {Method::Post, "/training/runs/{id}/resume", {true, TrainerRole}, false, &Impl::resumeRun},
    {Method::Post, "/training/runs/{id}/reset", {true, TrainerRole}, false, &Impl::resetRun},
    {Method::Put, "/training/runs/{id}/speed", {true, TrainerRole}, true, &Impl::setRunSpeed},
    {Method::Post, "/training/runs/{id}/contacts", {true, TrainerRole}, true, &Impl::injectContact},
    {Method::Get, "/training/contacts/{id}", {true, AgentRole}, false, &Impl::trainingContact},
    // Intake from the e-services and hand-off to the police areas (issue 15).
    {Method::Post, "/intake/web-reports", {true, IntakeRole}, true, &Impl::intakeWebReport},
    {Method::Post, "/intake/tips", {true, IntakeRole}, true, &Impl::intakeTip},
    {Method::Get, "/handoffs", {true, AreaRole}, false, &Impl::handoffs},
    {Method::Post, "/handoffs/{reportId}/ack", {true, AreaRole}, false, &Impl::ackHandoff},
};

ApiServer::ApiServer(ServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , d(std::make_unique<Impl>(this, m_options))
{
    // Every request comes through here: we route ourselves, so the route table is one list that
    // the OpenAPI test can compare, and every answer gets the same pipeline and log line.
    d->http.setMissingHandler(this, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        d->handle(request, responder);
    });
}

ApiServer::~ApiServer()
{
    shutdown();
    // A finished derivation or audit commit posts its answer to this object; after waiting, none
    // is in flight, and the posted answers go while the HTTP server they answer on still exists.
    d->kdfPool.waitForDone();
    if (d->auditWriter)
        d->auditWriter->stop();
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

Store& ApiServer::store()
{
    Q_ASSERT(d->store);
    return *d->store;
}

QList<RouteInfo> ApiServer::routes()
{
    QList<RouteInfo> list;
    for (const Impl::Route& r : Impl::table)
        list.append({methodName(r.method), QString::fromLatin1(r.path), r.access.signedIn, roleNames(r.access.roles),
                     roleNames(r.access.demoRoles)});
    return list;
}

Result<bool> ApiServer::open()
{
    auto url = DatabaseUrl::parse(m_options.databaseUrl);
    if (!url)
        return url.error();
    static int serial = 0;
    // Several processes on one port share only the database: SQLite's single writer, and a demo
    // server's in-memory training runs, would be split between them.
    if (m_options.reusePort && url->dialect != Dialect::Postgres)
        return Error{QString(), QStringLiteral("reuse-port needs PostgreSQL"), QStringLiteral("reuse_port")};
    if (m_options.reusePort && m_options.demo)
        return Error{QString(), QStringLiteral("reuse-port is not for a demo server"), QStringLiteral("reuse_port")};
    auto db = Database::open(*url, QStringLiteral("kc-server-%1").arg(++serial));
    if (!db)
        return db.error();
    d->db = std::move(db).value();
    // KC_SERVER_SLOW_PATH=1 serves as before issue 16 — no session cache, every audit row written
    // in place by the request, three commits per idempotent write — for the benchmarks' same-run
    // comparison only.
    d->fastPath = qEnvironmentVariableIntValue("KC_SERVER_SLOW_PATH") == 0;
    // KC_SERVER_THREE_COMMITS=1: only the idempotent writes as before (claim, work, answer each
    // committed apart), to measure that change alone in the same run.
    d->oneCommit = d->fastPath && qEnvironmentVariableIntValue("KC_SERVER_THREE_COMMITS") == 0;
    if (d->fastPath && d->db->dialect() != Dialect::Sqlite) {
        // Reads' audit rows are committed on a connection and thread of their own (auditlog.h):
        // on PostgreSQL, where every commit waits for the disk's flush and many reads share one.
        // SQLite's commits in WAL mode with synchronous=NORMAL do not wait for the disk, so there is
        // nothing to share, and the hand-over to another thread and back cost more than it saved:
        // with the writer, reads ran at 0.89x the in-place path in bench_server_http on a quiet
        // machine (2026-12-06); without it, 0.89–0.97x (the rest is the session cache's epoch read).
        d->auditWriter = std::make_unique<AuditWriter>();
        if (!d->auditWriter->start(*url))
            return Error{QString(), QStringLiteral("the audit writer's connection: ") + d->auditWriter->errorString(),
                         QStringLiteral("database")};
    }
    d->store = std::make_unique<Store>(*d->db, m_options);
    if (auto kind = d->store->claimDataKind(m_options.demo); !kind)
        return Error{QString(), kind.error().message, kind.error().code};
    if (!d->store->feed().prune())
        return Error{QString(), QStringLiteral("pruning old changes failed"), QStringLiteral("database")};
    d->hub = std::make_unique<EventHub>(*d->store, m_options);
    d->store->setChangeCallback([this] {
        d->hub->poke();
        // Alerts follow every change; queued, so a burst of commits is evaluated once and the
        // evaluation's own commits do not recurse.
        if (!d->alertPending) {
            d->alertPending = true;
            QTimer::singleShot(0, this, [this] {
                d->alertPending = false;
                evaluateAlerts();
            });
        }
    });
    if (url->dialect == Dialect::Postgres) {
        // Other server instances on the same database announce their commits here.
        QSqlDriver* driver = d->db->connection().driver();
        if (!driver->subscribeToNotification(QStringLiteral("kc_changes")))
            return Error{QString(), QStringLiteral("LISTEN kc_changes failed"), QStringLiteral("database")};
        connect(driver, &QSqlDriver::notification, d->hub.get(), [hub = d->hub.get()] { hub->poke(); });
    }
    // Retention of the change feed: once an hour is plenty for a limit counted in days.
    d->pruneTimer.setInterval(std::chrono::hours(1));
    connect(&d->pruneTimer, &QTimer::timeout, this, [this] { std::ignore = d->store->feed().prune(); });
    d->pruneTimer.start();
    if (m_options.demo) {
        d->training = std::make_unique<TrainingEngine>(*d->store, m_options, training::Scenarios::builtin());
        d->trainingTimer.setInterval(std::chrono::seconds(1));
        connect(&d->trainingTimer, &QTimer::timeout, this, [this] { d->training->advance(); });
        d->trainingTimer.start();
    }
    d->alertTimer.setInterval(m_options.alertTick);
    connect(&d->alertTimer, &QTimer::timeout, this, &ApiServer::evaluateAlerts);
    d->alertTimer.start();
    return true;
}

bool ApiServer::listen(const QHostAddress& address, quint16 port)
{
    auto tcp = std::make_unique<GuardedTcpServer>(m_options.maxBodyBytes);
    if (!listenOn(*tcp, address, port, m_options.reusePort, &m_error))
        return false;
    if (!d->http.bind(tcp.get())) {
        m_error = tr("Could not bind the HTTP server to the socket.");
        return false;
    }
    d->listeners.append(tcp.release()); // QHttpServer owns it now
    return true;
}

bool ApiServer::listenTls(const QHostAddress& address, quint16 port, const QSslConfiguration& tls)
{
    auto ssl = std::make_unique<QSslServer>();
    ssl->setSslConfiguration(tls);
    connect(ssl.get(), &QSslServer::startedEncryptionHandshake, this, [max = m_options.maxBodyBytes](QSslSocket* s) {
        s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        guardSocket(s, max);
    });
    if (!listenOn(*ssl, address, port, m_options.reusePort, &m_error))
        return false;
    if (!d->http.bind(ssl.get())) {
        m_error = tr("Could not bind the HTTP server to the socket.");
        return false;
    }
    d->listeners.append(ssl.release());
    return true;
}

int ApiServer::evaluateAlerts()
{
    return d->store ? d->store->supervision().evaluateAlerts(m_options.now()) : 0;
}

quint16 ApiServer::port() const
{
    return d->listeners.isEmpty() ? 0 : d->listeners.first()->serverPort();
}

int ApiServer::eventStreamCount() const
{
    return d->hub ? d->hub->streamCount() : 0;
}

void ApiServer::shutdown()
{
    for (QTcpServer* t : std::as_const(d->listeners))
        t->close();
    if (d->hub)
        d->hub->shutdown();
}

// ---- the pipeline --------------------------------------------------------------------------------

void ApiServer::Impl::handle(const QHttpServerRequest& request, QHttpServerResponder& responder)
{
    Call call{request, &responder, {}, false, {}, {}, {}, {}, QUrlQuery(request.url())};
    call.timer.start();
    const QString path = request.url().path();
    // Only a route template is ever logged: a raw path could carry forged log lines or an id.
    QString routePath = QStringLiteral("-");

    const QString prefix = QStringLiteral("/api/v1");
    const Route* route = nullptr;
    bool pathKnown = false;
    if (path.startsWith(prefix)) {
        const QStringList segments = path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
        for (const Route& r : table) {
            QStringList params;
            if (!matchPath(r.path, segments, &params))
                continue;
            pathKnown = true;
            routePath = prefix + QString::fromLatin1(r.path);
            if (r.method == request.method()) {
                route = &r;
                call.params = params;
                break;
            }
        }
    }
    Response response;
    // The reads' audit rows are collected and committed by the AuditWriter before the answer goes;
    // an event stream sends as soon as it is attached, so it writes its row in place.
    QList<AuditRow> reads;
    const bool collect = route && auditWriter && route->handler != &Impl::events;
    if (!route)
        response = pathKnown ? failure(405, "method_not_allowed", ApiServer::tr("This method is not allowed here."))
                             : failure(404, "not_found", ApiServer::tr("No such resource."));
    else if (auto refused = admit(*route, call))
        response = std::move(*refused);
    else {
        if (collect)
            store->audit().collectReads(&reads);
        response = (this->*(route->handler))(call);
        store->audit().collectReads(nullptr);
    }
    if (call.deferred) {
        Q_ASSERT(reads.isEmpty()); // a deferred route (sign-in, events) reads no personal data here
        return;                    // the route answers and logs when its work is done
    }
    if (!reads.isEmpty()) {
        // No audit row, no data: the answer waits for the commit and becomes a 500 if it failed.
        auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
        auditWriter->submit(std::move(reads),
                            [server = q, pending, response = std::move(response), method = request.method(), routePath,
                             timer = call.timer, userId = call.user.id](bool written) mutable {
                                // The responder moves into the posted call: its last owner must die on the server's
                                // thread (its destructor touches the connection), never on the writer's.
                                QMetaObject::invokeMethod(
                                    server,
                                    [pending = std::move(pending), response = std::move(response), method, routePath,
                                     timer, userId, written] {
                                        const Response r = written ? response : failure(internalError());
                                        send(*pending, r);
                                        logRequest(method, routePath, r.status, timer, userId);
                                    },
                                    Qt::QueuedConnection);
                            });
        return;
    }
    send(responder, response);
    logRequest(request.method(), routePath, response.status, call.timer, call.user.id);
}

// The signed-in user of a token: from the session cache while the session epoch is unchanged
// (one read of a counter), else from the sessions table, then cached.
std::optional<User> ApiServer::Impl::authenticate(const QString& token, bool* expired)
{
    const QDateTime now = options.now();
    if (!fastPath)
        return store->users().authenticate(token, now, expired);
    const qint64 epoch = db->sessionEpoch(); // read first: a revocation after it is seen next time
    if (epoch >= 0)
        if (auto user = sessions.find(token, epoch, now))
            return user;
    QDateTime expiresAt;
    auto user = store->users().authenticate(token, now, expired, &expiresAt);
    if (user && epoch >= 0)
        sessions.put(token, *user, expiresAt, epoch);
    return user;
}

// The checks before a handler, cheapest first; a refusal, or nullopt when the call may go on. The
// JSON body is parsed only after the caller is known and allowed.
std::optional<Response> ApiServer::Impl::admit(const Route& route, Call& call)
{
    const QByteArray body = call.request.body();
    if (body.size() > options.maxBodyBytes)
        return failure(413, "payload_too_large", ApiServer::tr("The request is larger than 1 MiB."));
    if (route.needsBody &&
        !call.header(QHttpHeaders::WellKnownHeader::ContentType).toLower().startsWith("application/json"))
        return failure(415, "unsupported_media_type", ApiServer::tr("Send the request as application/json."));
    if (route.access.signedIn) {
        const QByteArray authz = call.header(QHttpHeaders::WellKnownHeader::Authorization);
        if (!authz.startsWith("Bearer "))
            return failure(401, "unauthenticated", ApiServer::tr("Sign in first."));
        call.token = QString::fromLatin1(authz.mid(7).trimmed());
        bool expired = false;
        const auto user = authenticate(call.token, &expired);
        if (!user)
            return failure(401, "unauthenticated",
                           expired
                               ? ApiServer::tr("Your session has expired. Sign in again; nothing you queued is lost.")
                               : ApiServer::tr("The sign-in is not valid. Sign in again."));
        call.user = *user;
        const unsigned allowed = route.access.roles | (options.demo ? route.access.demoRoles : NoRole);
        if ((allowed & roleBit(user->role)) == 0)
            return failure(403, "forbidden", ApiServer::tr("Your role may not do this."));
    }
    if (route.needsBody) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            // Qt's parser text has no Swedish catalogue: the byte offset says where, in any language.
            return failure(
                400, "malformed_json",
                ApiServer::tr("The request is not valid JSON (the error is at byte %1).").arg(parseError.offset));
        if (!doc.isObject())
            return failure(400, "malformed_json", ApiServer::tr("The request must be a JSON object."));
        call.body = doc.object();
    }
    return std::nullopt;
}

QString ApiServer::Impl::clientAddress(const QHttpServerRequest& request) const
{
    const QHostAddress peer = request.remoteAddress();
    if (!options.trustedProxies.contains(peer))
        return peer.toString();
    // The proxy appends the address it saw; entries before it are the client's own claims. Walk
    // from the right past our own proxies.
    const QList<QByteArray> hops = request.headers().value("X-Forwarded-For").toByteArray().split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            break;
        if (!options.trustedProxies.contains(hop))
            return hop.toString();
    }
    return peer.toString();
}

void ApiServer::Impl::send(QHttpServerResponder& responder, Response response)
{
    response.headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json; charset=utf-8");
    response.headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    responder.write(response.body, response.headers, QHttpServerResponder::StatusCode(response.status));
}

void ApiServer::Impl::logRequest(Method method, const QString& routePath, int status, const QElapsedTimer& timer,
                                 const QString& userId)
{
    // One line per request: the route template (ids stay out), never the query string (it may
    // hold a personnummer), the status, the time and who.
    qCInfo(lcHttp).noquote() << QString::fromLatin1(methodName(method)) << routePath << status
                             << QStringLiteral("%1ms").arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                             << (userId.isEmpty() ? QStringLiteral("-") : userId);
}

Response ApiServer::Impl::withIdempotency(Call& call, bool required, const std::function<Response()>& work)
{
    const QString key = QString::fromUtf8(call.header("Idempotency-Key")).trimmed();
    if (key.isEmpty()) {
        if (required)
            return failure(428, "precondition_required",
                           ApiServer::tr("The Idempotency-Key header is missing; it protects against filing twice."));
        return work();
    }
    if (key.size() > 200)
        return failure(422, "validation_failed",
                       ApiServer::tr("The Idempotency-Key is too long (at most 200 characters)."));
    const QByteArray fingerprint =
        methodName(call.request.method()) + ' ' + call.request.url().path().toUtf8() + '\n' + call.request.body();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(fingerprint, QCryptographicHash::Sha256).toHex());
    if (oneCommit) {
        // One commit: the key, the work (its audit row and change) and the stored answer together.
        Transaction tx(*db);
        if (!tx.ok())
            return failure(internalError());
        bool keep = false;
        const Response r = idempotentWithin(call.user.id, key, hash, work, &keep);
        if (keep && !tx.commit())
            return failure(internalError()); // nothing was kept: a retry runs again
        return r;
    }
    // As before issue 16 (KC_SERVER_SLOW_PATH or KC_SERVER_THREE_COMMITS, the benchmarks'
    // baselines): three commits.
    IdempotencyKeys::StoredAnswer stored;
    if (auto answer = unclaimedAnswer(store->keys().claim(call.user.id, key, hash, &stored), stored))
        return std::move(*answer);
    const Response r = work();
    // A server fault is not an answer to keep: the key is released so that the retry runs again
    // (the in-order outbox would otherwise wait behind a stored 500 for as long as keys live).
    const bool kept = r.status >= 500 ? store->keys().release(call.user.id, key)
                                      : store->keys().finish(call.user.id, key, storedAnswerOf(r));
    if (!kept && r.status < 500)
        // Done but not remembered: a retry would do it again. Say so rather than pretend.
        return failure(internalError());
    return r;
}

Response ApiServer::Impl::idempotentWithin(const QString& userId, const QString& key, const QString& hash,
                                           const std::function<Response()>& work, bool* keep)
{
    *keep = false;
    IdempotencyKeys::StoredAnswer stored;
    if (auto answer = unclaimedAnswer(store->keys().claimWithin(userId, key, hash, &stored), stored))
        return std::move(*answer);
    const Response r = work();
    if (r.status >= 500)
        return r; // rolled back with the claim: a server fault is not an answer to keep
    if (!store->keys().keepWithin(userId, key, storedAnswerOf(r)))
        return failure(internalError());
    *keep = true;
    return r;
}

// ---- handlers ------------------------------------------------------------------------------------

Response ApiServer::Impl::health(Call&)
{
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("database"), db ? db->kindName() : QStringLiteral("none")},
                                 {QStringLiteral("version"), QStringLiteral(KC_VERSION_STRING)},
                                 {QStringLiteral("demo"), options.demo}});
}

Response ApiServer::Impl::login(Call& c)
{
    const QJsonValue username = c.body.value(u"username");
    const QJsonValue password = c.body.value(u"password");
    if (!username.isString() || !password.isString() || username.toString().isEmpty()) {
        ApiError e{422, QStringLiteral("validation_failed"), ApiServer::tr("Give username and password."), {}, 0};
        if (!username.isString() || username.toString().isEmpty())
            e.fields.insert(QStringLiteral("username"), ApiServer::tr("The username is missing."));
        if (!password.isString())
            e.fields.insert(QStringLiteral("password"), ApiServer::tr("The password is missing."));
        return failure(e);
    }
    // Refused before any database work or hashing: nobody's username is that long, and a huge
    // password would only make the key derivation expensive.
    if (username.toString().size() > 64)
        return failure(400, "bad_request", ApiServer::tr("The username is too long (at most 64 characters)."));
    if (password.toString().toUtf8().size() > 1024)
        return failure(400, "bad_request", ApiServer::tr("The password is too long (at most 1,024 bytes)."));
    if (kdfQueued >= options.kdfQueueLimit)
        return failure(ApiError{503,
                                QStringLiteral("unavailable"),
                                ApiServer::tr("Too many sign-ins at once. Try again in a moment."),
                                {},
                                1});
    auto attempt = store->users().beginLogin(username.toString(), clientAddress(c.request), options.now());
    if (!attempt)
        return failure(attempt.error());
    // The key derivation takes a few hundred milliseconds by design; it runs in the thread pool so
    // the server's thread keeps serving everyone else (a shift change signs in a hundred agents).
    c.deferred = true;
    ++kdfQueued;
    auto pending = std::make_shared<QHttpServerResponder>(std::move(*c.responder));
    const int iterations = options.kdfIterations;
    kdfPool.start(
        [this, pending, attempt = *attempt, password = password.toString(), timer = c.timer, iterations]() mutable {
            lowerThreadPriority();
            const bool ok = auth::verifyPassword(password, attempt.hashToCheck);
            const QString upgraded = ok && attempt.upgradeHash ? auth::hashPassword(password, iterations) : QString();
            // The responder moves into the posted call, so it is destroyed on the server's thread.
            QMetaObject::invokeMethod(
                q,
                [this, pending = std::move(pending), attempt, ok, upgraded, timer] {
                    --kdfQueued;
                    auto s = store->users().finishLogin(attempt, ok, upgraded, options.now());
                    const Response r =
                        s ? json(201, QJsonObject{{QStringLiteral("token"), s->token},
                                                  {QStringLiteral("expiresAt"), json::formatTimestamp(s->expiresAt)},
                                                  {QStringLiteral("user"), json::toJson(s->user)}})
                          : failure(s.error());
                    send(*pending, r);
                    logRequest(Method::Post, QStringLiteral("/api/v1/session"), r.status, timer,
                               s ? s->user.id : QString());
                },
                Qt::QueuedConnection);
        });
    return {};
}

Response ApiServer::Impl::logout(Call& c)
{
    if (!store->users().logout(c.token, c.user))
        return failure(internalError());
    hub->endSession(auth::tokenHash(c.token));
    return Response{204, {}, {}};
}

Response ApiServer::Impl::me(Call& c)
{
    return json(200, json::toJson(c.user));
}

Response ApiServer::Impl::getState(Call& c)
{
    const auto state = store->users().agentState(c.user);
    return state ? json(200, json::toJson(*state)) : failure(internalError());
}

Response ApiServer::Impl::setState(Call& c)
{
    const auto state = fromWireName<AgentStatus>(c.body.value(u"state").toString());
    if (!state || *state == AgentStatus::Busy || *state == AgentStatus::Offline)
        return invalidField(QStringLiteral("state"), ApiServer::tr("The state must be ready, not_ready or wrap_up."));
    std::optional<QString> reason;
    if (c.body.value(u"reason").isString())
        reason = c.body.value(u"reason").toString();
    return answer(store->users().setAgentState(c.user, *state, reason));
}

Response ApiServer::Impl::createContact(Call& c)
{
    return withIdempotency(c, false, [&] {
        QList<Error> problems;
        const Contact contact = ContactStore::fromRequest(c.body, &problems);
        auto created = store->contacts().create(c.user, contact, problems);
        if (!created)
            return failure(created.error());
        return withETag(json(201, json::toJson(*created)), created->version);
    });
}

Response ApiServer::Impl::listContacts(Call& c)
{
    const int limit = c.limit();
    const int offset = c.offset();
    auto list = store->contacts().list(c.user, c.param("state"), c.param("queue"), limit + 1, offset);
    if (!list)
        return failure(list.error());
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(list->size(), limit); ++i)
        items.append(json::toJson(list->at(i)));
    const bool more = list->size() > limit;
    return json(200, QJsonObject{{QStringLiteral("items"), items},
                                 {QStringLiteral("nextCursor"),
                                  more ? QJsonValue(QString::number(offset + limit)) : QJsonValue(QJsonValue::Null)}});
}

Response ApiServer::Impl::getContact(Call& c)
{
    return withVersion(store->contacts().get(c.user, c.id()));
}

Response ApiServer::Impl::acceptContact(Call& c)
{
    return withVersion(store->contacts().accept(c.user, c.id()));
}

Response ApiServer::Impl::completeContact(Call& c)
{
    const auto disposition = fromWireName<Disposition>(c.body.value(u"disposition").toString());
    if (!disposition)
        return invalidField(
            QStringLiteral("disposition"),
            ApiServer::tr("Choose a disposition: %1.").arg(wireNames<Disposition>().join(QStringLiteral(", "))));
    std::optional<QString> reportId;
    if (c.body.value(u"reportId").isString())
        reportId = c.body.value(u"reportId").toString();
    QStringList articles;
    if (const QJsonValue list = c.body.value(u"knowledgeArticleIds"); !list.isUndefined() && !list.isNull()) {
        if (!list.isArray())
            return invalidField(QStringLiteral("knowledgeArticleIds"),
                                ApiServer::tr("knowledgeArticleIds must be a list of article ids."));
        for (const QJsonValue& v : list.toArray()) {
            if (!v.isString())
                return invalidField(QStringLiteral("knowledgeArticleIds"),
                                    ApiServer::tr("knowledgeArticleIds must be a list of article ids."));
            if (!articles.contains(v.toString()))
                articles << v.toString();
        }
    }
    // Honoured when sent: a workstation retrying after a lost answer gets the first answer — also
    // once the booked time has passed, so the booking is checked inside, never before the replay.
    return withIdempotency(c, false, [&] {
        const auto callback = IntakeStore::bookingFrom(c.body, *disposition, options.now());
        if (!callback)
            return failure(callback.error());
        auto completed = store->contacts().complete(c.user, c.id(), *disposition, reportId, articles, *callback);
        if (completed && training)
            training->contactCompleted(c.user, *completed); // scored at once: the trainee sees it next
        return withVersion(completed);
    });
}

Response ApiServer::Impl::abandonContact(Call& c)
{
    return withVersion(store->contacts().abandon(c.user, c.id()));
}

Response ApiServer::Impl::fileReport(const User& agent, const QJsonObject& body)
{
    auto report = json::fromJson<Report>(body);
    if (!report)
        return invalidField(report.error().path.isEmpty() ? QStringLiteral("body") : report.error().path,
                            report.error().message);
    auto created = store->reports().create(agent, *report);
    if (!created)
        return failure(created.error());
    Response r = withETag(json(201, json::toJson(*created)), created->version);
    r.headers.append(QHttpHeaders::WellKnownHeader::Location, "/api/v1/reports/" + created->id.toUtf8());
    return r;
}

Response ApiServer::Impl::createReport(Call& c)
{
    return withIdempotency(c, true, [&] { return fileReport(c.user, c.body); });
}

// Several reports in one request and one commit (the outbox's flush). Each item is exactly a
// POST /reports with its own Idempotency-Key — the same fingerprint, so an item retried alone or
// in another batch replays its first answer — and its own answer; an item the server refuses or
// fails on is undone alone (a savepoint), the others are kept. The batch as a whole commits or
// not at all: a 5xx for the request means nothing of it was stored.
Response ApiServer::Impl::createReports(Call& c)
{
    const QJsonValue list = c.body.value(u"items");
    if (!list.isArray() || list.toArray().isEmpty() || list.toArray().size() > ReportBatchLimit)
        return invalidField(QStringLiteral("items"),
                            ApiServer::tr("Send the reports as a list \"items\" of 1 to %1.").arg(ReportBatchLimit));
    const QJsonArray items = list.toArray();
    Transaction tx(*db);
    if (!tx.ok())
        return failure(internalError());
    QByteArray out = "{\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue report = item.value(u"report");
        const QString key = item.value(u"idempotencyKey").toString().trimmed();
        Response r;
        bool replayed = false;
        if (!report.isObject())
            r = invalidField(QStringLiteral("report"), ApiServer::tr("Each item needs a report."));
        else if (key.isEmpty())
            r = failure(428, "precondition_required",
                        ApiServer::tr("The report has no idempotencyKey; it protects against filing twice."));
        else if (key.size() > 200)
            r = invalidField(QStringLiteral("idempotencyKey"),
                             ApiServer::tr("The Idempotency-Key is too long (at most 200 characters)."));
        else {
            const QByteArray fingerprint =
                "POST /api/v1/reports\n" + QJsonDocument(report.toObject()).toJson(QJsonDocument::Compact);
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(fingerprint, QCryptographicHash::Sha256).toHex());
            Transaction one(*db); // a savepoint: this report alone is undone when it is not kept
            bool keep = false;
            r = one.ok() ? idempotentWithin(
                               c.user.id, key, hash, [&] { return fileReport(c.user, report.toObject()); }, &keep)
                         : failure(internalError());
            if (keep && !one.commit())
                r = failure(internalError());
            replayed = r.headers.contains("Idempotent-Replayed");
        }
        // A replayed creation says 200, as a repeated intake does; the body is the first answer.
        const int status = replayed && r.status >= 200 && r.status < 300 ? 200 : r.status;
        out += (i > 0 ? ",{\"status\":" : "{\"status\":") + QByteArray::number(status) +
               (replayed ? ",\"replayed\":true,\"body\":" : ",\"body\":") + (r.body.isEmpty() ? "null" : r.body) + '}';
    }
    out += "]}";
    if (!tx.commit())
        return failure(internalError());
    return Response{200, out, {}};
}

Response ApiServer::Impl::getReport(Call& c)
{
    auto r = store->reports().get(c.user, c.id());
    return r ? withETag(json(200, json::toJson(*r)), r->version) : failure(r.error());
}

Response ApiServer::Impl::patchReport(Call& c)
{
    qint64 version = 0;
    if (auto refused = editedVersion(c.header(QHttpHeaders::WellKnownHeader::IfMatch), &version))
        return std::move(*refused);
    auto r = store->reports().patch(c.user, c.id(), c.body, version);
    return r ? withETag(json(200, json::toJson(*r)), r->version) : failure(r.error());
}

Response ApiServer::Impl::addSupplement(Call& c)
{
    return withIdempotency(c, false, [&] {
        return answer(store->reports().addSupplement(c.user, c.id(), c.body.value(u"text").toString()), 201);
    });
}

Response ApiServer::Impl::cases(Call& c)
{
    CasesQuery query;
    query.personnummer = c.param("personnummer");
    query.phone = c.param("phone");
    query.caseNumber = c.param("caseNumber");
    query.text = c.param("q");
    query.limit = c.limit();
    query.offset = c.offset();
    auto result = store->cases().search(c.user, query);
    return result ? json(200, casePageJson(*result)) : failure(result.error());
}

Response ApiServer::Impl::changes(Call& c)
{
    bool ok = true;
    const QString sinceText = c.param("since");
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0)
        return invalidField(QStringLiteral("since"), ApiServer::tr("since must be a cursor from an earlier answer."));
    auto page = store->feed().page(c.user, sinceText.isEmpty() ? std::nullopt : std::optional<qint64>(since), c.limit(),
                                   ChangeFeed::Text::Bytes);
    if (!page) {
        Response r = failure(page.error());
        if (page.error().code == QLatin1String("resync_required")) {
            // Where to start again after reloading: changes after this cursor are still kept.
            QJsonObject body = QJsonDocument::fromJson(r.body).object();
            body.insert(QStringLiteral("cursor"), store->feed().lastSeq());
            r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        return r;
    }
    // Written straight from the rows: a catch-up reads hundreds of pages of 500.
    Response r;
    r.body = ChangeFeed::pageText(*page);
    return r;
}

Response ApiServer::Impl::events(Call& c)
{
    if (hub->streamsOf(c.user.id) >= options.maxStreamsPerUser)
        return failure(ApiError{429,
                                QStringLiteral("rate_limited"),
                                ApiServer::tr("Too many open event streams for this user (at most %1). Close one "
                                              "first.")
                                    .arg(options.maxStreamsPerUser),
                                {},
                                5});
    bool ok = false;
    qint64 last = c.header("Last-Event-ID").toLongLong(&ok);
    if (!ok) {
        // EventSource cannot set headers on the first request; a query parameter does.
        last = c.param("lastEventId").toLongLong(&ok);
    }
    if (!store->audit().writeRead(c.user, QStringLiteral("events.open"), QStringLiteral("events")))
        return failure(internalError());
    c.deferred = true;
    logRequest(Method::Get, QStringLiteral("/api/v1/events"), 200, c.timer, c.user.id);
    hub->attach(std::move(*c.responder), c.user, auth::tokenHash(c.token), ok ? last : -1);
    return {};
}

Response ApiServer::Impl::queues(Call&)
{
    const auto list = store->queues().list();
    if (!list)
        return failure(list.error());
    QJsonArray items;
    for (const Queue& queue : std::as_const(*list)) {
        QJsonObject item{{QStringLiteral("id"), queue.id},
                         {QStringLiteral("name"), queue.name},
                         {QStringLiteral("serviceLevelThresholdSeconds"), queue.thresholdSeconds(options)}};
        // Optional fields are left out when they have no value (the contract's conventions).
        if (!queue.team.isEmpty())
            item.insert(QStringLiteral("team"), queue.team);
        items.append(item);
    }
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response ApiServer::Impl::queueStats(Call& c)
{
    auto s = store->stats().overview(c.user, options.now());
    return s ? json(200, *s) : failure(s.error());
}

Response ApiServer::Impl::agents(Call& c)
{
    auto a = store->supervision().agents(c.user);
    return a ? json(200, *a) : failure(a.error());
}

Response ApiServer::Impl::patchContact(Call& c)
{
    qint64 version = 0;
    if (auto refused = editedVersion(c.header(QHttpHeaders::WellKnownHeader::IfMatch), &version))
        return std::move(*refused);
    return withVersion(store->supervision().patchContact(c.user, c.id(), c.body, version));
}

Response ApiServer::Impl::handover(Call& c)
{
    const QJsonValue note = c.body.value(u"note");
    const QJsonValue draft = c.body.value(u"draft");
    if (!note.isString() || note.toString().trimmed().isEmpty())
        return invalidField(QStringLiteral("note"), ApiServer::tr("Write a note for the colleague who takes over."));
    if (!draft.isUndefined() && !draft.isNull() && !draft.isObject())
        return invalidField(QStringLiteral("draft"), ApiServer::tr("The draft must be an object."));
    return withVersion(store->supervision().handover(c.user, c.id(), note.toString(), draft.toObject()));
}

Response ApiServer::Impl::getHandover(Call& c)
{
    auto h = store->supervision().handoverOf(c.user, c.id());
    return h ? json(200, *h) : failure(h.error());
}

Response ApiServer::Impl::release(Call& c)
{
    return withVersion(store->supervision().release(c.user, c.id()));
}

Response ApiServer::Impl::getThresholds(Call& c)
{
    auto t = store->supervision().thresholds(c.user, c.id());
    return t ? json(200, Supervision::toJson(*t)) : failure(t.error());
}

Response ApiServer::Impl::putThresholds(Call& c)
{
    auto t = store->supervision().setThresholds(c.user, c.id(), c.body);
    if (!t)
        return failure(t.error());
    q->evaluateAlerts(); // a new threshold may already be crossed
    return json(200, Supervision::toJson(*t));
}

Response ApiServer::Impl::alerts(Call& c)
{
    const QString active = c.param("active");
    if (!active.isEmpty() && active != QLatin1String("true") && active != QLatin1String("false"))
        return invalidField(QStringLiteral("active"), ApiServer::tr("active must be true or false."));
    auto list = store->supervision().alerts(c.user, active == QLatin1String("true"));
    if (!list)
        return failure(list.error());
    QJsonArray items;
    for (const Alert& a : std::as_const(*list))
        items.append(Supervision::toJson(a));
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response ApiServer::Impl::intervals(Call& c)
{
    QDate date;
    if (!c.param("date").isEmpty()) {
        date = QDate::fromString(c.param("date"), Qt::ISODate);
        if (!date.isValid())
            return invalidField(QStringLiteral("date"), ApiServer::tr("date must be a day, e.g. 2026-11-27."));
    }
    auto r = store->supervision().intervals(c.user, c.param("queue"), date, options.now());
    return r ? json(200, *r) : failure(r.error());
}

Response ApiServer::Impl::audit(Call& c)
{
    QDateTime since;
    if (!c.param("since").isEmpty()) {
        since = json::parseTimestamp(c.param("since"));
        if (!since.isValid())
            return invalidField(QStringLiteral("since"),
                                ApiServer::tr("since must be a time with offset, e.g. 2026-11-27T00:00:00Z."));
    }
    auto trail = store->audit().trail(c.user, c.param("user"), c.param("resource"), since, c.limit());
    if (!trail)
        return failure(trail.error());
    QJsonArray items;
    for (const AuditEntry& a : std::as_const(*trail))
        items.append(QJsonObject{{QStringLiteral("at"), json::formatTimestamp(a.at)},
                                 {QStringLiteral("user"), a.user},
                                 {QStringLiteral("action"), a.action},
                                 {QStringLiteral("resource"), a.resource},
                                 {QStringLiteral("detail"), a.detail}});
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response ApiServer::Impl::offenceTypes(Call&)
{
    QJsonArray list;
    for (const OffenceType& o : ReferenceData::builtin().offenceTypes()) {
        QJsonObject item{{QStringLiteral("code"), o.code},
                         {QStringLiteral("name"), o.name},
                         {QStringLiteral("category"), o.category},
                         {QStringLiteral("kind"),
                          o.kind == OffenceType::Kind::Loss ? QStringLiteral("loss") : QStringLiteral("crime")}};
        // Ended codes are listed so clients can name them in old reports, marked so they are never
        // offered.
        if (o.isEnded())
            item.insert(QStringLiteral("ended"), o.endedYear);
        list.append(item);
    }
    return json(200, list);
}

Response ApiServer::Impl::municipalities(Call&)
{
    QJsonArray list;
    for (const Municipality& m : ReferenceData::builtin().municipalities())
        list.append(QJsonObject{{QStringLiteral("code"), m.code},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("countyCode"), m.countyCode},
                                {QStringLiteral("policeRegion"), m.policeRegion},
                                {QStringLiteral("policeArea"), m.policeArea},
                                {QStringLiteral("policeAreaCertain"), m.policeAreaCertain}});
    return json(200, list);
}

// ---- the knowledge base (issue 14) ---------------------------------------------------------------

Response ApiServer::Impl::listKnowledge(Call& c)
{
    // Without q: every article by title, paged (the workstations' offline copy asks with full=true
    // for the bodies as well).
    const bool full = c.param("full") == QLatin1String("true");
    auto found = store->knowledge().search(c.param("q"), c.limit(), c.offset());
    if (!found)
        return failure(found.error());
    QJsonArray items;
    for (const KnowledgeArticle& a : std::as_const(*found))
        items.append(full ? knowledge::toJson(a) : knowledge::summaryJson(a));
    QJsonObject page{{QStringLiteral("items"), items}};
    if (c.param("q").trimmed().isEmpty())
        page.insert(QStringLiteral("nextCursor"), found->size() == c.limit()
                                                      ? QJsonValue(QString::number(c.offset() + found->size()))
                                                      : QJsonValue(QJsonValue::Null));
    return json(200, page);
}

Response ApiServer::Impl::knowledgeStats(Call& c)
{
    QDateTime since = options.now().addDays(-30);
    if (!c.param("since").isEmpty()) {
        since = json::parseTimestamp(c.param("since"));
        if (!since.isValid())
            return invalidField(QStringLiteral("since"),
                                ApiServer::tr("since must be a time with offset, e.g. 2026-11-27T00:00:00Z."));
    }
    auto s = store->knowledge().stats(since);
    if (!s)
        return failure(s.error());
    QJsonArray used, unanswered;
    for (const auto& u : s->used)
        used.append(QJsonObject{{QStringLiteral("articleId"), u.articleId},
                                {QStringLiteral("title"), u.title},
                                {QStringLiteral("count"), u.count},
                                {QStringLiteral("opened"), u.opened}});
    for (const auto& u : s->unanswered)
        unanswered.append(QJsonObject{{QStringLiteral("query"), u.query}, {QStringLiteral("count"), u.count}});
    return json(200, QJsonObject{{QStringLiteral("used"), used}, {QStringLiteral("unanswered"), unanswered}});
}

Response ApiServer::Impl::getKnowledge(Call& c)
{
    auto a = store->knowledge().get(c.user, c.id());
    if (!a)
        return failure(a.error());
    return withETag(json(200, knowledge::toJson(*a)), a->version);
}

Response ApiServer::Impl::createKnowledge(Call& c)
{
    auto a = store->knowledge().create(c.user, c.body);
    if (!a)
        return failure(a.error());
    Response r = withETag(json(201, knowledge::toJson(*a)), a->version);
    r.headers.append(QHttpHeaders::WellKnownHeader::Location, "/api/v1/knowledge/" + a->id.toUtf8());
    return r;
}

Response ApiServer::Impl::patchKnowledge(Call& c)
{
    qint64 version = 0;
    if (auto refused = editedVersion(c.header(QHttpHeaders::WellKnownHeader::IfMatch), &version))
        return std::move(*refused);
    auto a = store->knowledge().patch(c.user, c.id(), c.body, version);
    if (!a)
        return failure(a.error());
    return withETag(json(200, knowledge::toJson(*a)), a->version);
}

Response ApiServer::Impl::knowledgeHistory(Call& c)
{
    auto h = store->knowledge().history(c.id());
    if (!h)
        return failure(h.error());
    QJsonArray items;
    for (const KnowledgeVersion& v : std::as_const(*h))
        items.append(QJsonObject{{QStringLiteral("version"), v.version},
                                 {QStringLiteral("at"), json::formatTimestamp(v.at)},
                                 {QStringLiteral("by"), v.by},
                                 {QStringLiteral("changed"), QJsonArray::fromStringList(v.changed)}});
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace kc::server

namespace kc::server {

// ---- training (demo servers only) ------------------------------------------------------------------

Response ApiServer::Impl::noTraining()
{
    return failure(404, "not_found", ApiServer::tr("Exercises exist only on a demo server."));
}

Response ApiServer::Impl::runAnswer(const ApiResult<TrainingEngine::Run>& run, int okStatus)
{
    if (!run)
        return failure(run.error());
    return json(okStatus, training->toJson(*run, true));
}

Response ApiServer::Impl::trainingScenarios(Call&)
{
    if (!training)
        return noTraining();
    QJsonArray items;
    for (const training::Scenario& s : training->scenarios())
        items.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("description"), s.description},
                                 {QStringLiteral("contactCount"), int(s.contacts.size())},
                                 {QStringLiteral("durationSeconds"), s.durationSeconds()}});
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

Response ApiServer::Impl::startRun(Call& c)
{
    if (!training)
        return noTraining();
    const QJsonValue speed = c.body.value(u"speed");
    return runAnswer(
        training->start(c.user, c.body.value(u"scenarioId").toString(), speed.isUndefined() ? 1 : speed.toInt(-1)),
        201);
}

Response ApiServer::Impl::getRun(Call& c)
{
    return training ? runAnswer(training->run(c.id())) : noTraining();
}

Response ApiServer::Impl::pauseRun(Call& c)
{
    return training ? runAnswer(training->pause(c.id())) : noTraining();
}

Response ApiServer::Impl::resumeRun(Call& c)
{
    return training ? runAnswer(training->resume(c.id())) : noTraining();
}

Response ApiServer::Impl::resetRun(Call& c)
{
    return training ? runAnswer(training->reset(c.id())) : noTraining();
}

Response ApiServer::Impl::setRunSpeed(Call& c)
{
    return training ? runAnswer(training->setSpeed(c.id(), c.body.value(u"speed").toInt(-1))) : noTraining();
}

Response ApiServer::Impl::injectContact(Call& c)
{
    if (!training)
        return noTraining();
    auto created = training->inject(c.id(), c.body);
    if (!created)
        return failure(created.error());
    return withETag(json(201, json::toJson(*created)), created->version);
}

Response ApiServer::Impl::trainingContact(Call& c)
{
    if (!training)
        return noTraining();
    // Only a contact the agent may see (its queues, or their own): the same rule as GET /contacts/{id}.
    if (auto visible = store->contacts().get(c.user, c.id()); !visible)
        return failure(visible.error());
    training->advance();
    auto info = training->contactInfo(c.id());
    if (!info)
        return failure(404, "not_found", ApiServer::tr("This contact is not part of an exercise."));
    return json(200, *info);
}

} // namespace kc::server

namespace kc::server {

// ---- intake and hand-off (issue 15) --------------------------------------------------------------

namespace {

Response intakeAnswer(const ApiResult<IntakeStore::Intake>& intake)
{
    if (!intake)
        return failure(intake.error());
    return withETag(json(intake->created ? 201 : 200, json::toJson(intake->contact)), intake->contact.version);
}

} // namespace

Response ApiServer::Impl::intakeWebReport(Call& c)
{
    return intakeAnswer(store->intake().webReport(c.user, c.body));
}

Response ApiServer::Impl::intakeTip(Call& c)
{
    return intakeAnswer(store->intake().tip(c.user, c.body));
}

Response ApiServer::Impl::handoffs(Call& c)
{
    auto list = store->handoffs().list(c.user, c.param("state"));
    return list ? json(200, *list) : failure(list.error());
}

Response ApiServer::Impl::ackHandoff(Call& c)
{
    auto item = store->handoffs().acknowledge(c.user, c.id());
    return item ? json(200, *item) : failure(item.error());
}

} // namespace kc::server
