#include "server/apiserver.h"

#include "core/version.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcHttp, "kc.server.http")

namespace kc::server {

namespace {

QHttpServerResponse jsonError(QHttpServerResponse::StatusCode status, const char* code, const QString& message)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                          {QStringLiteral("message"), message}}}},
        status);
}

} // namespace

ApiServer::ApiServer(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_http(std::make_unique<QHttpServer>())
{
    setUpRoutes();
}

ApiServer::~ApiServer() = default;

void ApiServer::setUpRoutes()
{
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, this, [this] {
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("database"), m_options.databaseKind},
            {QStringLiteral("version"), QStringLiteral(KC_VERSION_STRING)},
            {QStringLiteral("demo"), m_options.demo},
        });
    });
    m_http->setMissingHandler(this, [](const QHttpServerRequest&, QHttpServerResponder& responder) {
        responder.sendResponse(
            jsonError(QHttpServerResponse::StatusCode::NotFound, "not_found", tr("No such resource.")));
    });
    // One line per request, never personal data: method, path (ids only), status.
    m_http->addAfterRequestHandler(this, [](const QHttpServerRequest& request, QHttpServerResponse& response) {
        qCInfo(lcHttp).noquote() << request.method() << request.url().path() << int(response.statusCode());
    });
}

bool ApiServer::listen(const QHostAddress& address, quint16 port)
{
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        return false;
    }
    if (!m_http->bind(tcp.get())) {
        m_error = tr("Could not bind the HTTP server to the socket.");
        return false;
    }
    m_tcp = tcp.release(); // QHttpServer took ownership
    return true;
}

quint16 ApiServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

} // namespace kc::server
