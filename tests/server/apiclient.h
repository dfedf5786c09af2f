// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Test helpers for the server's integration tests: a real ApiServer on a random loopback port over
// a fresh database (SQLite file or the fixture's PostgreSQL), users of every role, and a small
// synchronous HTTP client (waits with QSignalSpy, never sleeps). Header-only; GUI-less tests.
#pragma once

#include "samplebodies.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace kc::test {

struct Answer
{
    int status = 0;
    QJsonObject body;
    QJsonArray array;
    QByteArray raw;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    QString errorCode() const { return body.value(u"error").toObject().value(u"code").toString(); }
    QString errorMessage() const { return body.value(u"error").toObject().value(u"message").toString(); }
    QJsonObject errorFields() const { return body.value(u"error").toObject().value(u"fields").toObject(); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

class Client
{
public:
    explicit Client(quint16 port)
        : m_port(port)
    {}

    QString token;

    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                const QList<std::pair<QByteArray, QByteArray>>& headers = {},
                const QByteArray& contentType = "application/json")
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1%2").arg(m_port).arg(path)));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto& [k, v] : headers)
            req.setRawHeader(k, v);
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        Answer a;
        if (!finished.wait(30000))
            return a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.raw = reply->readAll();
        a.networkError = reply->error();
        const QJsonDocument doc = QJsonDocument::fromJson(a.raw);
        a.body = doc.object();
        a.array = doc.array();
        for (const auto& [k, v] : reply->rawHeaderPairs())
            a.headers.insert(k.toLower(), v);
        return a;
    }

    Answer get(const QString& path) { return call("GET", path); }
    Answer post(const QString& path, const QJsonObject& body, const QList<std::pair<QByteArray, QByteArray>>& h = {})
    {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), h);
    }

    bool login(const QString& username, const QString& password = QStringLiteral("korrekt-hast-batteri"))
    {
        const Answer a = post(QStringLiteral("/session"), QJsonObject{{QStringLiteral("username"), username},
                                                                      {QStringLiteral("password"), password}});
        token = a.body.value(u"token").toString();
        return a.status == 201 && !token.isEmpty();
    }

    QNetworkAccessManager& nam() { return m_nam; }
    quint16 port() const { return m_port; }

private:
    quint16 m_port;
    QNetworkAccessManager m_nam;
};

inline const QString testPassword = QStringLiteral("korrekt-hast-batteri");

// A server over a fresh database with a few users:
//   anna (agent, team väst, queues anmalan+information), bo (agent, väst, anmalan),
//   cissi (agent, team syd, queue syd — added to the standard queues), sara (supervisor, väst, anmalan+information),
//   tore (trainer), ida (intake), olle (area, police area Skaraborg).
struct TestServer
{
    std::unique_ptr<server::ApiServer> server;
    QMap<QString, QString> ids; // username → user id
    // The tests sign in often, so passwords are cheap here; the production cost is tested apart.
    int kdfIterations = 1000;

    bool start(const QString& databaseUrl, server::ServerOptions options = {}, bool fresh = true)
    {
        if (fresh && databaseUrl.startsWith(QLatin1String("postgres")) && !resetPostgres(databaseUrl))
            return false;
        options.databaseUrl = databaseUrl;
        options.kdfIterations = kdfIterations;
        server = std::make_unique<server::ApiServer>(options);
        if (auto opened = server->open(); !opened) {
            qWarning() << "open failed:" << opened.error().message;
            return false;
        }
        if (fresh) {
            // A fresh database has the standard queues (anmalan, information, tips); cissi's team
            // works a queue of its own.
            if (!server->store().queues().add(
                    {QStringLiteral("syd"), QStringLiteral("Syd"), QStringLiteral("syd"), std::nullopt}))
                return false;
            const struct
            {
                const char* name;
                Role role;
                const char* team;
                QStringList queues;
                const char* policeArea = nullptr;
            } users[] = {
                {"anna", Role::Agent, "väst", {QStringLiteral("anmalan"), QStringLiteral("information")}},
                {"bo", Role::Agent, "väst", {QStringLiteral("anmalan")}},
                {"cissi", Role::Agent, "syd", {QStringLiteral("syd")}},
                {"sara", Role::Supervisor, "väst", {QStringLiteral("anmalan"), QStringLiteral("information")}},
                {"tore", Role::Trainer, "skara", {}},
                {"ida", Role::Intake, "växel", {}},
                {"olle", Role::Area, "", {}, "Skaraborg"},
            };
            for (const auto& u : users) {
                User user;
                user.username = QString::fromUtf8(u.name);
                user.displayName = user.username.left(1).toUpper() + user.username.mid(1) + QStringLiteral(" Test");
                user.role = u.role;
                user.team = QString::fromUtf8(u.team);
                user.queues = u.queues;
                if (u.policeArea)
                    user.policeArea = QString::fromUtf8(u.policeArea);
                auto added = server->store().users().add(user, testPassword);
                if (!added)
                    return false;
                ids.insert(user.username, added->id);
            }
        }
        return server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return server->port(); }
};

} // namespace kc::test
