// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Server-sent events: GET /api/v1/events streams the change feed to every signed-in client,
// filtered by what each user may see (ChangeFeed::visible), with `id:` = change sequence.
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
// Last-Event-ID.
//
// Limits: a stream ends within `sessionCheck` of its session (sign-out — at once on this
// instance —, expiry, a disabled user, a sign-out on another instance). A resume whose backlog is
// longer than `resyncBacklog`, or older than the retained changes, gets one `resync` event and is
// ended: the client catches up through GET /changes page by page instead of the server building
// the whole backlog in one buffer. ApiServer refuses more than maxStreamsPerUser per user.
//
// Thread rules: the server's thread.
#pragma once

#include "core/types.h"
#include "server/serveroptions.h"

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
    // tokenHash: the session the stream belongs to.
    void attach(QHttpServerResponder&& responder, const User& user, const QString& tokenHash, qint64 lastEventId);
    void poke();
    void shutdown();                           // ends every stream
    void endSession(const QString& tokenHash); // ends the streams of a session that was signed out
    int streamCount() const { return int(m_streams.size()); }
    int streamsOf(const QString& userId) const;

private:
    struct Stream;
    void deliver();
    void beat();
    void checkSessions();
    static QByteArray format(const Change& c);

    Store& m_store;
    const ServerOptions& m_options;
    std::list<std::unique_ptr<Stream>> m_streams;
    QTimer m_heartbeat;
    QTimer m_sessionCheck;
    qint64 m_seen = 0; // every change up to here has been delivered
    bool m_pending = false;
};

} // namespace kc::server
