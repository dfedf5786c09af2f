// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/sseparser.h"

#include <algorithm>

namespace kc::sync {

namespace {

constexpr QByteArrayView Bom("\xEF\xBB\xBF", 3);

bool onlyAsciiDigits(QByteArrayView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (bytes.isEmpty() || m_error)
        return out;

    // Between calls the buffer holds at most one unfinished line (no CR or LF), so only the new
    // bytes need scanning: a long line arriving in many small chunks stays linear.
    qsizetype scan = m_buffer.size();
    qsizetype lineStart = 0;
    m_buffer.append(bytes);

    if (!m_started) {
        // The BOM itself may be split across chunks; decide only once it cannot be one any more.
        if (m_buffer.size() < Bom.size() && Bom.startsWith(m_buffer))
            return out;
        m_started = true;
        if (m_buffer.startsWith(Bom))
            lineStart = Bom.size();
        scan = lineStart;
    }
    if (m_lastWasCR) {
        // The CR already ended its line; an LF right after it belongs to the same line end, even
        // when TCP put it into the next chunk. The buffer was empty, so the LF is its first byte.
        m_lastWasCR = false;
        if (m_buffer.at(lineStart) == '\n')
            scan = ++lineStart;
    }

    const qsizetype size = m_buffer.size();
    const char* const data = m_buffer.constData();
    for (qsizetype i = scan; i < size; ++i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        if (i - lineStart > m_maxLine) {
            fail();
            return out;
        }
        processLine(QByteArrayView(data + lineStart, i - lineStart), out);
        if (m_error)
            return out;
        if (c == '\r') {
            if (i + 1 == size)
                m_lastWasCR = true;
            else if (data[i + 1] == '\n')
                ++i;
        }
        lineStart = i + 1;
    }
    m_buffer.remove(0, lineStart);
    // What is left is one unfinished line: it may not grow past the limit either.
    if (m_buffer.size() > m_maxLine)
        fail();
    return out;
}

void SseParser::fail()
{
    m_error = true;
    m_buffer.clear();
    m_buffer.squeeze();
    m_data.clear();
    m_data.squeeze();
    m_name.clear();
    m_hasData = false;
}

void SseParser::reset()
{
    m_error = false;
    m_buffer.clear();
    m_started = false;
    m_lastWasCR = false;
    m_pendingId = m_lastId;
    m_name.clear();
    m_data.clear();
    m_hasData = false;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent>& out)
{
    if (line.isEmpty()) {
        // Even an event without data moves the last event id on (WHATWG "dispatch the event",
        // step 1): the server may send a bare "id:" to advance a client's resume point.
        m_lastId = m_pendingId;
        if (m_hasData)
            out.append(SseEvent{m_lastId, m_name.isEmpty() ? QStringLiteral("message") : m_name, m_data});
        m_name.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    // A line never contains CR or LF and those never occur inside a UTF-8 sequence, so decoding
    // per line gives the same text as decoding the stream as a whole.
    if (field == "data") {
        // Many short data lines may not add up to more than one long line could.
        if (m_data.size() + value.size() > m_maxLine) {
            fail();
            return;
        }
        if (m_hasData)
            m_data += u'\n';
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "event") {
        m_name = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_pendingId = QString::fromUtf8(value);
    } else if (field == "retry") {
        // toInt() alone would also take signs and surrounding spaces; a value beyond int is
        // nonsense from the server and is ignored like any other invalid one.
        bool ok = false;
        const int ms = value.toInt(&ok, 10);
        if (onlyAsciiDigits(value) && ok)
            m_retry = ms;
    }
}

} // namespace kc::sync
