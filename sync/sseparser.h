// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Incremental parser of a text/event-stream (the SSE wire format of the WHATWG HTML spec, as
// GET /api/v1/events sends it). Feed it bytes as they arrive, in chunks of any size — a chunk may
// end mid-line, mid-CRLF or mid-UTF-8 sequence — and it returns the complete events.
//
// Rules kept: lines end in LF, CRLF or CR; a blank line dispatches the event; "data:" lines are
// joined with "\n"; one leading space after the colon is dropped; lines starting with ":" are
// comments (heartbeats) and counted; "id:" sets the last event id (kept across events, ignored if
// it contains NUL) — it takes effect at the blank line that ends its event, so an event cut off by
// a dropped connection does not advance lastEventId and is asked for again; "retry:" with digits
// only sets the reconnection time; an event with no data is not dispatched; unknown fields are
// ignored; a UTF-8 BOM at the very start of a stream is skipped.
// Limits: a line, or the data of one event, longer than maxLineBytes (1 MiB by default) is an
// error — the parser drops what it buffered, returns nothing more until reset(), and hasError()
// says so; the caller drops the connection and reconnects. So a broken or hostile server cannot
// make it buffer without end.
// Thread rules: a plain object; use from one thread.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace kc::sync {

struct SseEvent
{
    QString id;   // the last event id in force when this event was dispatched ("" if none yet)
    QString name; // "message" when the stream gave no "event:" field
    QString data; // data lines joined with "\n"
};

class SseParser
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 1024 * 1024;

    explicit SseParser(qsizetype maxLineBytes = DefaultMaxLineBytes)
        : m_maxLine(maxLineBytes)
    {}

    QList<SseEvent> feed(QByteArrayView bytes);
    bool hasError() const { return m_error; } // a limit was exceeded; cleared by reset()

    QString lastEventId() const { return m_lastId; }
    std::optional<int> retryMs() const { return m_retry; } // the last valid "retry:" value
    int commentCount() const { return m_comments; }        // heartbeats seen so far
    // For a new connection: drops a half-read event and the error; keeps lastEventId, retryMs and
    // commentCount.
    void reset();

private:
    void processLine(QByteArrayView line, QList<SseEvent>& out);

    void fail();

    qsizetype m_maxLine;
    bool m_error = false;
    QByteArray m_buffer;
    bool m_started = false;   // BOM check done
    bool m_lastWasCR = false; // a CR ended the previous chunk: skip a leading LF
    QString m_lastId;
    QString m_pendingId; // the id in force for the event being read; becomes m_lastId at its blank line
    QString m_name;
    QString m_data;
    bool m_hasData = false;
    std::optional<int> m_retry;
    int m_comments = 0;
};

} // namespace kc::sync
