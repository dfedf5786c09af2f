// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The REST service of ../shared/API.md (api/openapi.yaml) over Qt HttpServer 6.8.
//
// Every request enters through one handler (QHttpServer's missing handler), which routes by the
// route table — each entry with its handler and its access rule, listed by routes() for the
// OpenAPI and access tests — and runs the pipeline: body limit (413), media type (415), bearer
// token (401), role (403; some roles only on a demo server), JSON (400: parsed only for a caller
// who may call the route), then the route, then one log line (method, route template or "-",
// status, ms, user id; never personal data). Before that, each connection's socket is watched
// ahead of QHttpServer so that a request announcing a body over the limit is answered 413 before
// the body is read. Routes run synchronously on the server's thread, except sign-in (its key
// derivation runs in a bounded pool of low-priority threads); the database is used from the
// server's thread only, apart from the AuditWriter's own connection. Event streams (GET /events)
// keep their responder and are fed by the EventHub.
//
// Speed (issue 16): the token is looked up in a SessionCache checked against the session epoch
// (revocation at once, auth.h); on PostgreSQL a route's read audit rows are collected while it runs
// and committed by the AuditWriter in batches on its own thread (on SQLite the route commits them
// in place), and either way the answer leaves only after that commit succeeded (a 500 otherwise):
// no audit row, no data.
//
// Qt 6.8 has no QHttpServer::listen(): we own the QTcpServer/QSslServer and bind() it.
// Thread rules: create, open, listen and destroy on one thread with an event loop.
#pragma once

#include "core/result.h"
#include "server/serveroptions.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

class QHttpServer;
class QSslConfiguration;

namespace kc::server {

class Store;
class EventHub;

struct RouteInfo
{
    QByteArray method;     // "GET", "POST", …
    QString path;          // OpenAPI template under /api/v1, e.g. "/contacts/{id}/accept"
    bool signedIn = true;  // false: public
    QStringList roles;     // wire names of the roles that may call it (signed-in routes)
    QStringList demoRoles; // roles that may call it on a demo server only
};

class ApiServer : public QObject
{
    Q_OBJECT
public:
    explicit ApiServer(ServerOptions options, QObject* parent = nullptr);
    ~ApiServer() override;

    // Connects to the database and migrates it. Must succeed before listen().
    Result<bool> open();

    // Port 0 picks a free port; port() tells which. Returns false with errorString() set.
    bool listen(const QHostAddress& address, quint16 port);
    bool listenTls(const QHostAddress& address, quint16 port, const QSslConfiguration& tls);
    quint16 port() const;
    QString errorString() const { return m_error; }

    // Stops accepting connections and ends every event stream; in-flight requests have already
    // finished (they run synchronously on this thread).
    void shutdown();

    const ServerOptions& options() const { return m_options; }
    Store& store();
    int eventStreamCount() const;

    // Raises and clears the queues' alerts against options().now() (Supervision::evaluateAlerts).
    // The server calls it after every change and on its alert tick (alertTick()); tests call it
    // directly with a pinned clock. Returns how many alerts were raised or cleared.
    int evaluateAlerts();

    // Every route the server answers, for the OpenAPI comparison and the docs.
    static QList<RouteInfo> routes();

private:
    struct Call;
    struct Impl;
    ServerOptions m_options;
    std::unique_ptr<Impl> d;
    QString m_error;
};

} // namespace kc::server
