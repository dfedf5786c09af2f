// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A scripted HTTP/1.1 server on QTcpServer for the sync layer's fault tests: answers the real
// server does not give on purpose (409 idempotency_key_in_use, 410 resync_required, a `resync`
// event, a line of several MiB, a redirect to another origin). Each request is recorded; the
// handler decides the answer. An answer with `stream` set keeps the connection open so the test can
// write more (an SSE stream) through `streams`, and close it when it wants.
// Header-only; one thread (the test's); every answer says Connection: close, so one request per
// connection and QNetworkAccessManager opens a new one for the next.
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace kc::test {

struct FakeRequest
{
    QByteArray method;
    QUrl url;                              // path and query as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

struct FakeAnswer
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool stream = false; // keep the connection open (no Content-Length); write more through streams

    static FakeAnswer json(int status, const QJsonObject& body)
    {
        return {status, {{"Content-Type", "application/json"}}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
    }
    static FakeAnswer error(int status, const QString& code, const QString& message)
    {
        return json(status, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                              {QStringLiteral("message"), message}}}});
    }
    static FakeAnswer eventStream(const QByteArray& first = {})
    {
        return {200, {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-store"}}, first, true};
    }
};

class FakeHttpServer : public QObject
{
public:
    using Handler = std::function<FakeAnswer(const FakeRequest&)>;

    explicit FakeHttpServer(Handler handler = {})
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void setHandler(Handler h) { m_handler = std::move(h); }

    QList<FakeRequest> requests;
    QList<QPointer<QTcpSocket>> streams; // open event streams, oldest first

    int count(const QString& path) const
    {
        return int(
            std::count_if(requests.begin(), requests.end(), [&](const FakeRequest& r) { return r.path() == path; }));
    }

private:
    void onConnection()
    {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void onData(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        FakeRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.url = QUrl(QString::fromLatin1(first.value(1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        r.body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        s->disconnect(this);
        requests.append(r);
        const FakeAnswer a = m_handler ? m_handler(r) : FakeAnswer::error(404, QStringLiteral("not_found"), {});
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nConnection: close\r\n";
        for (const auto& [k, v] : a.headers)
            out += k + ": " + v + "\r\n";
        if (!a.stream)
            out += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
        out += "\r\n" + a.body;
        s->write(out);
        if (a.stream) {
            streams.append(s);
        } else {
            s->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace kc::test
