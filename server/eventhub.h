// Server-sent events: GET /api/v1/events streams the change feed to every signed-in client,
// filtered by what each user may see (Store::visible), with `id:` = change sequence.
//
// poke() says "new changes may be committed" (after our own commits, and on PostgreSQL after a
// NOTIFY from another server instance); the hub then reads them once from the database and writes
// each to the streams that may see it. A stream that resumes with Last-Event-ID first gets its
// backlog from the database, then joins the live feed; each stream remembers the last sequence it
// got, so nothing is sent twice and nothing is skipped. Contact changes are followed by a
// `queue.stats` event (no id: it is a snapshot, refetched after reconnecting) for supervisors and
// trainers.
//
// Qt 6.8's responder cannot tell that a client has gone (TECH-NOTES), so every stream gets a
// heartbeat comment every `heartbeat` and is ended after `streamLifetime`; clients reconnect with
// Last-Event-ID. Thread rules: the server's thread.
#pragma once

#include "core/types.h"
#include "server/apiserver.h"

#include <QObject>
#include <QTimer>

#include <list>
#include <memory>

class QHttpServerResponder;

namespace kc::server {

class Store;
struct Change;

class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(Store& store, const ServerOptions& options, QObject* parent = nullptr);
    ~EventHub() override;

    // Takes over the responder and starts streaming. lastEventId < 0: live changes only.
    void attach(QHttpServerResponder&& responder, const User& user, qint64 lastEventId);
    void poke();
    void shutdown(); // ends every stream
    int streamCount() const { return int(m_streams.size()); }

private:
    struct Stream;
    void deliver();
    void beat();
    static QByteArray format(const Change& c);

    Store& m_store;
    const ServerOptions& m_options;
    std::list<std::unique_ptr<Stream>> m_streams;
    QTimer m_heartbeat;
    qint64 m_seen = 0; // every change up to here has been delivered
    bool m_pending = false;
};

} // namespace kc::server
