#include "server/apiserver.h"

#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "core/version.h"
#include "server/auth.h"
#include "server/eventhub.h"
#include "server/store.h"

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
#include <QSqlDriver>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThreadPool>
#include <QUrlQuery>

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

Response failure(const ApiError& e)
{
    QJsonObject err{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it)
            fields.insert(it.key(), it.value());
        err.insert(QStringLiteral("fields"), fields);
    }
    return json(e.status, QJsonObject{{QStringLiteral("error"), err}});
}

Response failure(int status, const char* code, const QString& message)
{
    return failure(ApiError{status, QString::fromLatin1(code), message, {}});
}

enum Access : unsigned {
    Public = 0,
    SignedIn = 1,
    AgentRole = 2,
    SupervisorRole = 4,
    TrainerRole = 8,
    IntakeRole = 16,
};

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
    }
    return 0;
}

struct Call
{
    const QHttpServerRequest& request;
    QElapsedTimer timer;
    bool deferred = false; // answered later (off-thread work), by the route itself
    QStringList params;
    User user;
    QString token;
    QJsonObject body;
    QUrlQuery query;

    QString param(const char* name) const
    {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    }
    QByteArray header(QAnyStringView name) const { return request.headers().value(name).toByteArray(); }
    QByteArray header(QHttpHeaders::WellKnownHeader name) const { return request.headers().value(name).toByteArray(); }
};

int boundedLimit(const Call& c)
{
    bool ok = false;
    const int limit = c.param("limit").toInt(&ok);
    return ok ? std::clamp(limit, 1, 500) : 50;
}

int offsetCursor(const Call& c)
{
    return std::max(0, c.param("cursor").toInt());
}

// The route table. Paths are OpenAPI templates below /api/v1; "{x}" matches one segment.
struct Route
{
    Method method;
    const char* path;
    unsigned access; // Public, or SignedIn plus role bits (none = any role)
    bool needsBody;
};

const Route routeTable[] = {
    {Method::Get, "/health", Public, false},
    {Method::Post, "/session", Public, true},
    {Method::Delete, "/session", SignedIn, false},
    {Method::Get, "/me", SignedIn, false},
    {Method::Put, "/agents/me/state", SignedIn | AgentRole, true},
    {Method::Post, "/contacts", SignedIn | IntakeRole | SupervisorRole | TrainerRole, true},
    {Method::Get, "/contacts", SignedIn | AgentRole | SupervisorRole, false},
    {Method::Get, "/contacts/{id}", SignedIn | AgentRole | SupervisorRole, false},
    {Method::Post, "/contacts/{id}/accept", SignedIn | AgentRole, false},
    {Method::Post, "/contacts/{id}/complete", SignedIn | AgentRole, true},
    {Method::Post, "/contacts/{id}/abandon", SignedIn | IntakeRole | TrainerRole, false},
    {Method::Post, "/reports", SignedIn | AgentRole, true},
    {Method::Get, "/reports/{id}", SignedIn | AgentRole | SupervisorRole, false},
    {Method::Patch, "/reports/{id}", SignedIn | AgentRole | SupervisorRole, true},
    {Method::Post, "/reports/{id}/supplements", SignedIn | AgentRole, true},
    {Method::Get, "/cases", SignedIn | AgentRole | SupervisorRole, false},
    {Method::Get, "/changes", SignedIn, false},
    {Method::Get, "/events", SignedIn, false},
    {Method::Get, "/queues/stats", SignedIn | SupervisorRole | TrainerRole, false},
    {Method::Get, "/audit", SignedIn | SupervisorRole, false},
    {Method::Get, "/reference/offence-types", SignedIn, false},
    {Method::Get, "/reference/municipalities", SignedIn, false},
};

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

QString firstError(const Error& e)
{
    return e.message;
}

// Answers leave at once: with Nagle's algorithm on, the tail of any answer over one segment waited
// for the client's delayed ACK (~40 ms) on keep-alive connections (measured by bench_server_cases).
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

struct ApiServer::Impl
{
    Impl(ApiServer* server, ServerOptions& o)
        : q(server)
        , options(o)
    {}

    ApiServer* q;
    ServerOptions& options;
    QHttpServer http;
    std::unique_ptr<Database> db;
    std::unique_ptr<Store> store;
    std::unique_ptr<EventHub> hub;
    QList<QTcpServer*> listeners;
    QThreadPool kdfPool; // sign-in key derivations; waited for before the server goes away

    void handle(const QHttpServerRequest& request, QHttpServerResponder& responder);
    Response dispatch(const Route& route, Call& call, QHttpServerResponder& responder, bool* streamed);
    Response withIdempotency(Call& call, bool required, const std::function<Response()>& work);

    // route handlers
    Response health();
    Response login(Call& c, QHttpServerResponder& responder);
    static void send(QHttpServerResponder& responder, Response response);
    static void logRequest(Method method, const QString& routePath, int status, const QElapsedTimer& timer,
                           const QString& userId);
    Response logout(Call& c);
    Response setState(Call& c);
    Response createContact(Call& c);
    Response listContacts(Call& c);
    Response createReport(Call& c);
    Response patchReport(Call& c);
    Response cases(Call& c);
    Response changes(Call& c);
    Response audit(Call& c);
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
    // A finished derivation posts its answer to this object; after waiting, none is in flight and
    // posted answers die with the object.
    d->kdfPool.waitForDone();
}

Store& ApiServer::store()
{
    Q_ASSERT(d->store);
    return *d->store;
}

QList<RouteInfo> ApiServer::routes()
{
    QList<RouteInfo> list;
    for (const Route& r : routeTable)
        list.append({methodName(r.method), QString::fromLatin1(r.path)});
    return list;
}

Result<bool> ApiServer::open()
{
    auto url = DatabaseUrl::parse(m_options.databaseUrl);
    if (!url)
        return url.error();
    static int serial = 0;
    auto db = Database::open(*url, QStringLiteral("kc-server-%1").arg(++serial));
    if (!db)
        return db.error();
    d->db = std::move(db).value();
    d->store = std::make_unique<Store>(*d->db, m_options);
    if (auto kind = d->store->claimDataKind(m_options.demo); !kind)
        return Error{QString(), kind.error().message, kind.error().code};
    d->hub = std::make_unique<EventHub>(*d->store, m_options);
    d->store->setChangeCallback([hub = d->hub.get()] { hub->poke(); });
    if (url->dialect == Dialect::Postgres) {
        // Other server instances on the same database announce their commits here.
        QSqlDriver* driver = d->db->connection().driver();
        if (!driver->subscribeToNotification(QStringLiteral("kc_changes")))
            return Error{QString(), QStringLiteral("LISTEN kc_changes failed"), QStringLiteral("database")};
        connect(driver, &QSqlDriver::notification, d->hub.get(), [hub = d->hub.get()] { hub->poke(); });
    }
    return true;
}

bool ApiServer::listen(const QHostAddress& address, quint16 port)
{
    auto tcp = std::make_unique<LowDelayTcpServer>();
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        return false;
    }
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
    connect(ssl.get(), &QSslServer::startedEncryptionHandshake, this,
            [](QSslSocket* socket) { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    if (!ssl->listen(address, port)) {
        m_error = ssl->errorString();
        return false;
    }
    if (!d->http.bind(ssl.get())) {
        m_error = tr("Could not bind the HTTP server to the socket.");
        return false;
    }
    d->listeners.append(ssl.release());
    return true;
}

quint16 ApiServer::port() const
{
    return d->listeners.isEmpty() ? 0 : d->listeners.first()->serverPort();
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
    Call call{request, {}, false, {}, {}, {}, {}, QUrlQuery(request.url())};
    call.timer.start();
    const QString path = request.url().path();
    bool streamed = false;
    Response response;
    QString routePath = path;

    const QString prefix = QStringLiteral("/api/v1");
    const Route* route = nullptr;
    bool pathKnown = false;
    if (path.startsWith(prefix)) {
        const QStringList segments = path.mid(prefix.size()).split(u'/', Qt::SkipEmptyParts);
        for (const Route& r : routeTable) {
            QStringList params;
            if (!matchPath(r.path, segments, &params))
                continue;
            pathKnown = true;
            if (r.method == request.method()) {
                route = &r;
                call.params = params;
                routePath = prefix + QString::fromLatin1(r.path);
                break;
            }
        }
    }
    if (!route) {
        response = pathKnown ? failure(405, "method_not_allowed", ApiServer::tr("This method is not allowed here."))
                             : failure(404, "not_found", ApiServer::tr("No such resource."));
    } else {
        response = dispatch(*route, call, responder, &streamed);
    }
    if (call.deferred)
        return; // the route answers and logs when its off-thread work is done
    if (!streamed)
        send(responder, std::move(response));
    logRequest(request.method(), routePath, streamed ? 200 : response.status, call.timer, call.user.id);
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

Response ApiServer::Impl::dispatch(const Route& route, Call& call, QHttpServerResponder& responder, bool* streamed)
{
    const QHttpServerRequest& req = call.request;
    if (route.needsBody) {
        const QByteArray body = req.body();
        if (body.size() > options.maxBodyBytes)
            return failure(413, "payload_too_large", ApiServer::tr("The request is larger than 1 MiB."));
        const QByteArray type = call.header(QHttpHeaders::WellKnownHeader::ContentType).toLower();
        if (!type.startsWith("application/json"))
            return failure(415, "unsupported_media_type", ApiServer::tr("Send the request as application/json."));
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
    if (route.access != Public) {
        const QByteArray authz = call.header(QHttpHeaders::WellKnownHeader::Authorization);
        if (!authz.startsWith("Bearer "))
            return failure(401, "unauthenticated", ApiServer::tr("Sign in first."));
        call.token = QString::fromLatin1(authz.mid(7).trimmed());
        bool expired = false;
        const auto user = store->authenticate(call.token, QDateTime::currentDateTimeUtc(), &expired);
        if (!user)
            return failure(401, "unauthenticated",
                           expired
                               ? ApiServer::tr("Your session has expired. Sign in again; nothing you queued is lost.")
                               : ApiServer::tr("The sign-in is not valid. Sign in again."));
        call.user = *user;
        const unsigned roles = route.access & ~unsigned(SignedIn);
        if (roles != 0 && (roles & roleBit(user->role)) == 0)
            return failure(403, "forbidden", ApiServer::tr("Your role may not do this."));
    }

    const QString id = call.params.value(0);
    auto answer = [](auto&& result, int okStatus = 200) -> Response {
        if (!result)
            return failure(result.error());
        return json(okStatus, json::toJson(*result));
    };

    const QByteArray key = methodName(route.method) + ' ' + route.path;
    if (key == "GET /health")
        return health();
    if (key == "POST /session")
        return login(call, responder);
    if (key == "DELETE /session")
        return logout(call);
    if (key == "GET /me")
        return json(200, json::toJson(call.user));
    if (key == "PUT /agents/me/state")
        return setState(call);
    if (key == "POST /contacts")
        return createContact(call);
    if (key == "GET /contacts")
        return listContacts(call);
    if (key == "GET /contacts/{id}")
        return answer(store->contact(call.user, id));
    if (key == "POST /contacts/{id}/accept")
        return answer(store->accept(call.user, id));
    if (key == "POST /contacts/{id}/complete") {
        const auto disposition = fromWireName<Disposition>(call.body.value(u"disposition").toString());
        if (!disposition) {
            ApiError e{
                422,
                QStringLiteral("validation_failed"),
                ApiServer::tr("Choose a disposition: %1.").arg(wireNames<Disposition>().join(QStringLiteral(", "))),
                {}};
            e.fields.insert(QStringLiteral("disposition"), e.message);
            return failure(e);
        }
        std::optional<QString> reportId;
        if (call.body.value(u"reportId").isString())
            reportId = call.body.value(u"reportId").toString();
        // Honoured when sent: a workstation retrying after a lost answer gets the first answer.
        return withIdempotency(call, false,
                               [&] { return answer(store->complete(call.user, id, *disposition, reportId)); });
    }
    if (key == "POST /contacts/{id}/abandon")
        return answer(store->abandon(call.user, id));
    if (key == "POST /reports")
        return createReport(call);
    if (key == "GET /reports/{id}") {
        auto r = store->report(call.user, id);
        Response resp = answer(r);
        if (r)
            resp.headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(r->version) + '"');
        return resp;
    }
    if (key == "PATCH /reports/{id}")
        return patchReport(call);
    if (key == "POST /reports/{id}/supplements") {
        return withIdempotency(call, false, [&] {
            return answer(store->addSupplement(call.user, id, call.body.value(u"text").toString()), 201);
        });
    }
    if (key == "GET /cases")
        return cases(call);
    if (key == "GET /changes")
        return changes(call);
    if (key == "GET /events") {
        bool ok = false;
        qint64 last = call.header("Last-Event-ID").toLongLong(&ok);
        if (!ok) {
            // EventSource cannot set headers on the first request; a query parameter does.
            last = call.param("lastEventId").toLongLong(&ok);
        }
        *streamed = true;
        hub->attach(std::move(responder), call.user, ok ? last : -1);
        return {};
    }
    if (key == "GET /queues/stats") {
        auto s = store->queueStats(call.user, QDateTime::currentDateTimeUtc());
        return s ? json(200, *s) : failure(s.error());
    }
    if (key == "GET /audit")
        return audit(call);
    if (key == "GET /reference/offence-types") {
        QJsonArray list;
        for (const OffenceType& o : ReferenceData::builtin().offenceTypes()) {
            QJsonObject item{{QStringLiteral("code"), o.code},
                             {QStringLiteral("name"), o.name},
                             {QStringLiteral("category"), o.category},
                             {QStringLiteral("kind"),
                              o.kind == OffenceType::Kind::Loss ? QStringLiteral("loss") : QStringLiteral("crime")}};
            // Ended codes are listed so clients can name them in old reports, marked so they are
            // never offered.
            if (o.isEnded())
                item.insert(QStringLiteral("ended"), o.endedYear);
            list.append(item);
        }
        return json(200, list);
    }
    if (key == "GET /reference/municipalities") {
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
    return failure(500, "internal", ApiServer::tr("Route without handler."));
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
    int status = 0;
    QByteArray body;
    switch (store->claimKey(call.user.id, key, hash, &status, &body)) {
    case Store::KeyState::Replay: {
        Response r{status, body, {}};
        r.headers.append("Idempotent-Replayed", "true");
        return r;
    }
    case Store::KeyState::Running:
        return failure(
            409, "idempotency_key_in_use",
            ApiServer::tr("A request with this Idempotency-Key is still being processed. Try again shortly."));
    case Store::KeyState::Reused:
        return failure(422, "idempotency_key_reused",
                       ApiServer::tr("This Idempotency-Key was already used for a different request."));
    case Store::KeyState::Claimed:
        break;
    }
    Response r = work();
    store->finishKey(call.user.id, key, r.status, r.body);
    return r;
}

// ---- handlers ------------------------------------------------------------------------------------

Response ApiServer::Impl::health()
{
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("database"), db ? db->kindName() : QStringLiteral("none")},
                                 {QStringLiteral("version"), QStringLiteral(KC_VERSION_STRING)},
                                 {QStringLiteral("demo"), options.demo}});
}

Response ApiServer::Impl::login(Call& c, QHttpServerResponder& responder)
{
    const QJsonValue username = c.body.value(u"username");
    const QJsonValue password = c.body.value(u"password");
    if (!username.isString() || !password.isString() || username.toString().isEmpty()) {
        ApiError e{422, QStringLiteral("validation_failed"), ApiServer::tr("Give username and password."), {}};
        if (!username.isString() || username.toString().isEmpty())
            e.fields.insert(QStringLiteral("username"), ApiServer::tr("The username is missing."));
        if (!password.isString())
            e.fields.insert(QStringLiteral("password"), ApiServer::tr("The password is missing."));
        return failure(e);
    }
    auto attempt = store->beginLogin(username.toString(), QDateTime::currentDateTimeUtc());
    if (!attempt)
        return failure(attempt.error());
    // The key derivation takes a few hundred milliseconds by design; it runs in the thread pool so
    // the server's thread keeps serving everyone else (a shift change signs in a hundred agents).
    c.deferred = true;
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    kdfPool.start([this, pending, attempt = *attempt, password = password.toString(), timer = c.timer] {
        const bool ok = auth::verifyPassword(password, attempt.hashToCheck);
        QMetaObject::invokeMethod(
            q,
            [this, pending, attempt, ok, timer] {
                auto s = store->finishLogin(attempt, ok, QDateTime::currentDateTimeUtc());
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
    if (!store->logout(c.token, c.user))
        return failure(internalError());
    return Response{204, {}, {}};
}

Response ApiServer::Impl::setState(Call& c)
{
    const auto state = fromWireName<AgentStatus>(c.body.value(u"state").toString());
    if (!state || *state == AgentStatus::Busy || *state == AgentStatus::Offline) {
        ApiError e{422,
                   QStringLiteral("validation_failed"),
                   ApiServer::tr("The state must be ready, not_ready or wrap_up."),
                   {}};
        e.fields.insert(QStringLiteral("state"), e.message);
        return failure(e);
    }
    std::optional<QString> reason;
    if (c.body.value(u"reason").isString())
        reason = c.body.value(u"reason").toString();
    auto s = store->setAgentState(c.user, *state, reason);
    return s ? json(200, json::toJson(*s)) : failure(s.error());
}

Response ApiServer::Impl::createContact(Call& c)
{
    return withIdempotency(c, false, [&] {
        auto contact = json::fromJson<Contact>(c.body);
        if (!contact) {
            ApiError e{422, QStringLiteral("validation_failed"), firstError(contact.error()), {}};
            e.fields.insert(contact.error().path.isEmpty() ? QStringLiteral("body") : contact.error().path,
                            contact.error().message);
            return failure(e);
        }
        auto created = store->createContact(c.user, *contact);
        return created ? json(201, json::toJson(*created)) : failure(created.error());
    });
}

Response ApiServer::Impl::listContacts(Call& c)
{
    const int limit = boundedLimit(c);
    const int offset = offsetCursor(c);
    auto list = store->contacts(c.user, c.param("state"), c.param("queue"), limit + 1, offset);
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

Response ApiServer::Impl::createReport(Call& c)
{
    return withIdempotency(c, true, [&] {
        auto report = json::fromJson<Report>(c.body);
        if (!report) {
            ApiError e{422, QStringLiteral("validation_failed"), firstError(report.error()), {}};
            e.fields.insert(report.error().path.isEmpty() ? QStringLiteral("body") : report.error().path,
                            report.error().message);
            return failure(e);
        }
        auto created = store->createReport(c.user, *report);
        if (!created)
            return failure(created.error());
        Response r = json(201, json::toJson(*created));
        r.headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(created->version) + '"');
        r.headers.append(QHttpHeaders::WellKnownHeader::Location, "/api/v1/reports/" + created->id.toUtf8());
        return r;
    });
}

Response ApiServer::Impl::patchReport(Call& c)
{
    QByteArray ifMatch = c.header(QHttpHeaders::WellKnownHeader::IfMatch).trimmed();
    if (ifMatch.isEmpty())
        return failure(428, "precondition_required",
                       ApiServer::tr("Send If-Match with the version you edited, so nobody's change is overwritten."));
    if (ifMatch.startsWith("W/"))
        ifMatch = ifMatch.mid(2);
    bool ok = false;
    const qint64 version = QByteArray(ifMatch).replace('"', "").toLongLong(&ok);
    if (!ok)
        return failure(412, "version_conflict", ApiServer::tr("If-Match must name a version, e.g. \"3\"."));
    auto r = store->patchReport(c.user, c.params.value(0), c.body, version);
    if (!r)
        return failure(r.error());
    Response resp = json(200, json::toJson(*r));
    resp.headers.append(QHttpHeaders::WellKnownHeader::ETag, '"' + QByteArray::number(r->version) + '"');
    return resp;
}

Response ApiServer::Impl::cases(Call& c)
{
    CasesQuery query;
    query.personnummer = c.param("personnummer");
    query.phone = c.param("phone");
    query.caseNumber = c.param("caseNumber");
    query.text = c.param("q");
    query.limit = boundedLimit(c);
    query.offset = offsetCursor(c);
    auto result = store->cases(c.user, query);
    return result ? json(200, *result) : failure(result.error());
}

Response ApiServer::Impl::changes(Call& c)
{
    bool ok = true;
    const QString sinceText = c.param("since");
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0) {
        ApiError e{422,
                   QStringLiteral("validation_failed"),
                   ApiServer::tr("since must be a cursor from an earlier answer."),
                   {}};
        e.fields.insert(QStringLiteral("since"), e.message);
        return failure(e);
    }
    qint64 cursor = since;
    const QList<Change> list = store->changes(c.user, since, boundedLimit(c), &cursor);
    QJsonArray out;
    for (const Change& ch : list)
        out.append(QJsonObject{{QStringLiteral("seq"), ch.seq},
                               {QStringLiteral("kind"), ch.kind},
                               {QStringLiteral("id"), ch.id},
                               {QStringLiteral("op"), ch.op},
                               {QStringLiteral("event"), ch.event},
                               {QStringLiteral("data"), ch.data}});
    return json(200, QJsonObject{{QStringLiteral("changes"), out}, {QStringLiteral("cursor"), cursor}});
}

Response ApiServer::Impl::audit(Call& c)
{
    QDateTime since;
    if (!c.param("since").isEmpty()) {
        since = json::parseTimestamp(c.param("since"));
        if (!since.isValid()) {
            ApiError e{422,
                       QStringLiteral("validation_failed"),
                       ApiServer::tr("since must be a time with offset, e.g. 2026-11-27T00:00:00Z."),
                       {}};
            e.fields.insert(QStringLiteral("since"), e.message);
            return failure(e);
        }
    }
    QJsonArray items;
    for (const AuditEntry& a : store->auditTrail(c.param("user"), c.param("resource"), since, boundedLimit(c)))
        items.append(QJsonObject{{QStringLiteral("at"), json::formatTimestamp(a.at)},
                                 {QStringLiteral("user"), a.user},
                                 {QStringLiteral("action"), a.action},
                                 {QStringLiteral("resource"), a.resource},
                                 {QStringLiteral("detail"), a.detail}});
    return json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace kc::server
