// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The REST client of the sync layer: one ApiJob per call (as Nextcloud's AbstractNetworkJob),
// with a timeout, the contract's error decoded into a Swedish message, and a finished signal.
// Widgets never see a QNetworkReply; they see the sync engine's state.
//
// Transport rules: HTTPS verifies the server certificate against the system store, or only
// against a configured CA file; a failure refuses the connection with a message saying why.
// Plain http:// is allowed only to loopback, or when explicitly allowed (setAllowPlainHttp).
// Redirects are followed only within the same origin (scheme, host, port): the Authorization
// header never goes anywhere else; a refused redirect is a transient "redirect" error.
// HTTP/2 stays off (TECH-NOTES: h2c hangs with some servers; it is a setting, off by default).
// Thread rules: RestClient and its jobs live on one thread (QNetworkAccessManager's rule).
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace kc::sync {

class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Ok, HttpError, NetworkError, Timeout, TlsError, BadReply };

    Outcome outcome() const { return m_outcome; }
    int status() const { return m_status; }      // HTTP status, 0 without an answer
    QJsonObject json() const { return m_json; }  // the body when it is an object
    QJsonArray array() const { return m_array; } // the body when it is an array
    // RestClient::getRaw(): a successful answer's body, unparsed (json() stays empty; the caller
    // parses it, e.g. on another thread). An error answer is parsed as always.
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray& name) const;
    QString errorCode() const { return m_errorCode; }    // the contract's error.code, or "network", "timeout", "tls"
    QString errorText() const { return m_errorText; }    // Swedish, for people
    QJsonObject errorFields() const { return m_fields; } // field path → message (422)
    // A soft failure: worth retrying later without the agent (no answer, the server's 5xx, a refused
    // redirect, or 409 idempotency_key_in_use — the first attempt with this key is still running).
    bool isTransient() const;

Q_SIGNALS:
    void finished(kc::sync::ApiJob* job);

private:
    friend class RestClient;
    ApiJob(QNetworkReply* reply, QObject* parent);
    void complete();

    QPointer<QNetworkReply> m_reply;
    Outcome m_outcome = Outcome::Pending;
    int m_status = 0;
    QJsonObject m_json;
    QJsonArray m_array;
    bool m_raw = false;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    QString m_errorCode, m_errorText;
    QJsonObject m_fields;
};

class RestClient : public QObject
{
    Q_OBJECT
public:
    explicit RestClient(QNetworkAccessManager* nam, QObject* parent = nullptr);

    // Checks and sets the server address ("https://host:8443" or "http://127.0.0.1:8080").
    Result<bool> setServer(const QString& url);
    QUrl server() const { return m_base; }
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    Result<bool> setCaFile(const QString& path); // trust only this CA (PEM) for HTTPS
    void setAllowPlainHttp(bool allow) { m_allowPlain = allow; }
    void setTimeout(std::chrono::milliseconds t) { m_timeout = t; }

    ApiJob* get(const QString& path, const QUrlQuery& query = {});
    // As get(), but a 2xx body is kept as bytes (ApiJob::body()), not parsed on this thread.
    ApiJob* getRaw(const QString& path, const QUrlQuery& query = {});
    ApiJob* post(const QString& path, const QJsonObject& body,
                 const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    ApiJob* put(const QString& path, const QJsonObject& body);
    ApiJob* patch(const QString& path, const QJsonObject& body, const QByteArray& ifMatch);
    ApiJob* deleteResource(const QString& path);

    // GET /events as a raw stream (the engine parses it); transfer timeout = `idleTimeout`.
    QNetworkReply* openEventStream(qint64 lastEventId, std::chrono::milliseconds idleTimeout);

private:
    QNetworkRequest request(const QString& path, const QUrlQuery& query = {}) const;
    ApiJob* start(QNetworkReply* reply);

    QNetworkAccessManager* m_nam;
    QUrl m_base;
    QString m_token;
    // Made on first https use: the default configuration reads the system CA bundle (~55 ms),
    // which a loopback (demo) session never needs, and which would delay the first window.
    QSslConfiguration& tls() const;
    mutable std::optional<QSslConfiguration> m_tls;
    bool m_allowPlain = false;
    std::chrono::milliseconds m_timeout{15'000};
};

} // namespace kc::sync
