// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/eventhub.h"

#include "core/jsoncodec.h"
#include "server/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace kc::server {

struct EventHub::Stream
{
    QHttpServerResponder responder;
    User user;
    QString tokenHash;
    qint64 lastSeq = 0;
    QElapsedTimer age;
};

EventHub::EventHub(Store& store, const ServerOptions& options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
{
    m_seen = m_store.feed().lastSeq();
    m_heartbeat.setInterval(std::chrono::milliseconds(options.heartbeat));
    connect(&m_heartbeat, &QTimer::timeout, this, &EventHub::beat);
    m_heartbeat.start();
    m_sessionCheck.setInterval(options.sessionCheck);
    connect(&m_sessionCheck, &QTimer::timeout, this, &EventHub::checkSessions);
    m_sessionCheck.start();
}

EventHub::~EventHub()
{
    shutdown();
}

QByteArray EventHub::format(const Change& c)
{
    return "id: " + QByteArray::number(c.seq) + "\nevent: " + c.event.toUtf8() +
           "\ndata: " + QJsonDocument(c.data).toJson(QJsonDocument::Compact) + "\n\n";
}

int EventHub::streamsOf(const QString& userId) const
{
    return int(std::count_if(m_streams.begin(), m_streams.end(), [&](const auto& s) { return s->user.id == userId; }));
}

void EventHub::endSession(const QString& tokenHash)
{
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if ((*it)->tokenHash == tokenHash) {
            (*it)->responder.writeEndChunked(": session ended\n\n");
            it = m_streams.erase(it);
        } else {
            ++it;
        }
    }
}

void EventHub::checkSessions()
{
    QSet<QString> hashes;
    for (const auto& s : m_streams)
        hashes.insert(s->tokenHash);
    if (hashes.isEmpty())
        return;
    const auto valid = m_store.users().validSessions(hashes, m_options.now());
    if (!valid)
        return; // the database did not answer: try again next time rather than end everyone's stream
    for (const QString& h : std::as_const(hashes))
        if (!valid->contains(h))
            endSession(h);
}

void EventHub::attach(QHttpServerResponder&& responder, const User& user, const QString& tokenHash, qint64 lastEventId)
{
    auto stream = std::make_unique<Stream>(Stream{std::move(responder), user, tokenHash, 0, {}});
    stream->age.start();
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "text/event-stream; charset=utf-8");
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-store");
    headers.append("X-Accel-Buffering", "no"); // nginx in front must not buffer the stream
    stream->responder.writeBeginChunked(headers);
    QByteArray out = "retry: 3000\n: " + QByteArray::number(m_options.streamLifetime.count()) + " s stream\n\n";

    // Backlog straight from the database, in the same turn of the event loop as joining the live
    // feed: no change can slip between the two.
    const qint64 top = m_store.feed().lastSeq();
    if (lastEventId >= 0) {
        if (top - lastEventId > m_options.resyncBacklog || lastEventId > top ||
            lastEventId < m_store.feed().prunedThrough()) {
            // Too much (or no longer kept, or never seen): the client pages through /changes.
            stream->responder.writeEndChunked(out + "event: resync\ndata: {}\n\n");
            return;
        }
        qint64 cursor = lastEventId;
        for (;;) {
            auto page = m_store.feed().page(user, cursor, 500);
            if (!page) {
                stream->responder.writeEndChunked(out + "event: resync\ndata: {}\n\n");
                return;
            }
            for (const Change& c : std::as_const(page->changes))
                out += format(c);
            cursor = page->cursor;
            if (page->changes.size() < 500 || cursor >= top)
                break;
        }
    }
    stream->lastSeq = top;
    // A wallboard's figures are snapshots, never replayed: a (re)connecting supervisor gets every
    // queue's figures now, after the backlog, so no count stays behind what the lists show.
    if (user.role == Role::Supervisor || user.role == Role::Trainer) {
        const QDateTime now = m_options.now();
        for (const QString& queue : std::as_const(user.queues))
            out += "event: queue.stats\ndata: " +
                   QJsonDocument(json::toJson(m_store.stats().forQueue(queue, now))).toJson(QJsonDocument::Compact) +
                   "\n\n";
    }
    stream->responder.writeChunk(out);
    m_streams.push_back(std::move(stream));
    // Changes committed before `top` but not yet fanned out are skipped for this stream only.
    poke();
}

void EventHub::poke()
{
    if (m_pending)
        return;
    m_pending = true;
    // Coalesce a burst of commits into one read.
    QTimer::singleShot(0, this, &EventHub::deliver);
}

void EventHub::deliver()
{
    m_pending = false;
    if (m_streams.empty()) {
        // Nobody listens: a stream that attaches later takes its backlog from the database
        // (attach), so these changes need no loading and formatting here (14 % of a batch of
        // reports' server time when they were).
        m_seen = m_store.feed().lastSeq();
        return;
    }
    for (;;) {
        const QList<Change> batch = m_store.feed().after(m_seen, 1000);
        if (batch.isEmpty())
            return;
        QSet<QString> queuesTouched;
        for (const Change& c : batch) {
            const QByteArray event = format(c);
            for (auto& s : m_streams)
                if (c.seq > s->lastSeq && m_store.feed().visible(s->user, c)) {
                    s->responder.writeChunk(event);
                    s->lastSeq = c.seq;
                }
            if (c.kind == QLatin1String("contact"))
                queuesTouched.insert(c.scope);
            m_seen = c.seq;
        }
        for (auto& s : m_streams)
            s->lastSeq = std::max(s->lastSeq, m_seen);
        // Queue numbers for the wallboards, once per touched queue per batch.
        const QDateTime now = m_options.now();
        for (const QString& queue : std::as_const(queuesTouched)) {
            QByteArray stats;
            for (auto& s : m_streams) {
                const bool wallboard = s->user.role == Role::Trainer ||
                                       (s->user.role == Role::Supervisor && s->user.queues.contains(queue));
                if (!wallboard)
                    continue;
                if (stats.isEmpty())
                    stats = "event: queue.stats\ndata: " +
                            QJsonDocument(json::toJson(m_store.stats().forQueue(queue, now)))
                                .toJson(QJsonDocument::Compact) +
                            "\n\n";
                s->responder.writeChunk(stats);
            }
        }
        if (batch.size() < 1000)
            return;
    }
}

void EventHub::beat()
{
    const qint64 lifetimeMs = qint64(m_options.streamLifetime.count()) * 1000;
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if ((*it)->age.elapsed() >= lifetimeMs) {
            // The client reconnects with Last-Event-ID; ending here releases responders of clients
            // that went away unnoticed.
            (*it)->responder.writeEndChunked(": stream lifetime reached, reconnect\n\n");
            it = m_streams.erase(it);
        } else {
            (*it)->responder.writeChunk(": heartbeat\n\n");
            ++it;
        }
    }
}

void EventHub::shutdown()
{
    for (auto& s : m_streams)
        s->responder.writeEndChunked(": server shutting down\n\n");
    m_streams.clear();
}

} // namespace kc::server
