// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/restclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace kc::sync {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ApiJob::ApiJob(QNetworkReply* reply, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::complete);
}

QByteArray ApiJob::header(const QByteArray& name) const
{
    return m_headers.value(name.toLower());
}

bool ApiJob::isTransient() const
{
    // 409 idempotency_key_in_use: the server still runs the first attempt with this key (our earlier
    // try whose answer was lost); asking again later replays its answer. A refused redirect is a
    // NetworkError: the server's configuration, nothing the agent can fix.
    return m_outcome == Outcome::NetworkError || m_outcome == Outcome::Timeout ||
           (m_outcome == Outcome::HttpError &&
            (m_status >= 500 || (m_status == 409 && m_errorCode == QLatin1String("idempotency_key_in_use")))) ||
           m_outcome == Outcome::BadReply;
}

void ApiJob::complete()
{
    QNetworkReply* reply = m_reply;
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& [k, v] : reply->rawHeaderPairs())
        m_headers.insert(k.toLower(), v);
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError err = reply->error();
    if (err == QNetworkReply::InsecureRedirectError || (m_status >= 300 && m_status < 400)) {
        // Only a redirect to the same origin is followed (see request()); this one was not.
        m_outcome = Outcome::NetworkError;
        m_errorCode = QStringLiteral("redirect");
        m_errorText = QCoreApplication::translate("kc::sync::ApiJob",
                                                  "The server sent the request on to another address; it was not "
                                                  "followed. Check the server address.");
        Q_EMIT finished(this);
        return;
    }
    if (m_status == 0) {
        if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
            m_outcome = Outcome::Timeout;
            m_errorCode = QStringLiteral("timeout");
            m_errorText = QCoreApplication::translate("kc::sync::ApiJob", "The server did not answer in time.");
        } else if (err == QNetworkReply::SslHandshakeFailedError) {
            m_outcome = Outcome::TlsError;
            m_errorCode = QStringLiteral("tls");
            m_errorText = QCoreApplication::translate("kc::sync::ApiJob",
                                                      "The server's certificate could not be verified; the connection "
                                                      "was refused. (%1)")
                              .arg(reply->errorString());
        } else {
            // Our own words for what the agent can act on; Qt's English text (and its repetition
            // of ours) stays out of the message.
            m_outcome = Outcome::NetworkError;
            m_errorCode = QStringLiteral("network");
            switch (err) {
            case QNetworkReply::ConnectionRefusedError:
                m_errorText = QCoreApplication::translate(
                    "kc::sync::ApiJob", "The server refuses the connection: it is not running at this address "
                                        "and port, or the address is wrong.");
                break;
            case QNetworkReply::HostNotFoundError:
                m_errorText = QCoreApplication::translate(
                    "kc::sync::ApiJob", "The server's name is not known on this network: check the address.");
                break;
            default:
                m_errorText = QCoreApplication::translate("kc::sync::ApiJob", "The server cannot be reached.");
                break;
            }
        }
        Q_EMIT finished(this);
        return;
    }
    if (m_raw && m_status >= 200 && m_status < 300) {
        m_outcome = Outcome::Ok;
        m_body = body;
        Q_EMIT finished(this);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(body, &parseError);
    if (!body.isEmpty() && parseError.error != QJsonParseError::NoError) {
        // Refuse a malformed reply before anything is applied from it (Nextcloud's lesson).
        m_outcome = Outcome::BadReply;
        m_errorCode = QStringLiteral("bad_reply");
        m_errorText =
            QCoreApplication::translate("kc::sync::ApiJob", "The server sent an answer that is not valid JSON.");
        Q_EMIT finished(this);
        return;
    }
    m_json = doc.object();
    m_array = doc.array();
    if (m_status >= 200 && m_status < 300) {
        m_outcome = Outcome::Ok;
    } else {
        m_outcome = Outcome::HttpError;
        const QJsonObject error = m_json.value(u"error").toObject();
        m_errorCode = error.value(u"code").toString(QStringLiteral("http_%1").arg(m_status));
        m_errorText = error.value(u"message").toString();
        m_fields = error.value(u"fields").toObject();
        if (m_errorText.isEmpty())
            m_errorText =
                QCoreApplication::translate("kc::sync::ApiJob", "The server answered with error %1.").arg(m_status);
    }
    Q_EMIT finished(this);
}

RestClient::RestClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
{}

QSslConfiguration& RestClient::tls() const
{
    if (!m_tls)
        m_tls = QSslConfiguration::defaultConfiguration();
    return *m_tls;
}

Result<bool> RestClient::setServer(const QString& text)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error{
            QStringLiteral("server"),
            QCoreApplication::translate("kc::sync::RestClient", "Give the server address as https://host:port."),
            QStringLiteral("url")};
    // Personal data never crosses a network in clear text.
    if (url.scheme() == QLatin1String("http") && !isLoopback(url) && !m_allowPlain)
        return Error{QStringLiteral("server"),
                     QCoreApplication::translate("kc::sync::RestClient",
                                                 "Plain http:// is allowed only to this computer; use https://."),
                     QStringLiteral("plain_http")};
    url.setPath(QString());
    url.setQuery(QString());
    m_base = url;
    return true;
}

Result<bool> RestClient::setCaFile(const QString& path)
{
    const auto certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        return Error{
            QStringLiteral("ca"),
            QCoreApplication::translate("kc::sync::RestClient", "The CA file %1 holds no PEM certificate.").arg(path),
            QStringLiteral("ca")};
    tls().setCaCertificates(certs);
    return true;
}

QNetworkRequest RestClient::request(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/api/v1") + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(tls());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // The token must never reach another origin: Qt keeps raw headers (Authorization) across a
    // redirect, and NoLessSafeRedirectPolicy still follows one to any https host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setTransferTimeout(int(m_timeout.count()));
    req.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return req;
}

ApiJob* RestClient::start(QNetworkReply* reply)
{
    return new ApiJob(reply, this);
}

ApiJob* RestClient::get(const QString& path, const QUrlQuery& query)
{
    return start(m_nam->get(request(path, query)));
}

ApiJob* RestClient::getRaw(const QString& path, const QUrlQuery& query)
{
    ApiJob* job = get(path, query);
    job->m_raw = true; // before any answer: replies finish on a later turn of the event loop
    return job;
}

ApiJob* RestClient::post(const QString& path, const QJsonObject& body,
                         const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& [k, v] : headers)
        req.setRawHeader(k, v);
    return start(m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiJob* RestClient::put(const QString& path, const QJsonObject& body)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return start(m_nam->put(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiJob* RestClient::patch(const QString& path, const QJsonObject& body, const QByteArray& ifMatch)
{
    QNetworkRequest req = request(path);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader("If-Match", ifMatch);
    return start(m_nam->sendCustomRequest(req, "PATCH", QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

ApiJob* RestClient::deleteResource(const QString& path)
{
    return start(m_nam->deleteResource(request(path)));
}

QNetworkReply* RestClient::openEventStream(qint64 lastEventId, std::chrono::milliseconds idleTimeout)
{
    QNetworkRequest req = request(QStringLiteral("/events"));
    req.setRawHeader("Accept", "text/event-stream");
    req.setTransferTimeout(int(idleTimeout.count()));
    if (lastEventId >= 0)
        req.setRawHeader("Last-Event-ID", QByteArray::number(lastEventId));
    return m_nam->get(req);
}

} // namespace kc::sync
