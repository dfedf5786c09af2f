// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/sseparser.h"

#include <QStandardPaths>
#include <QTest>

using kc::sync::SseEvent;
using kc::sync::SseParser;

namespace {

// Keeps embedded NULs, which a plain QByteArray(const char*) would cut off.
template<qsizetype N>
QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

// "id|name|data", with line breaks in data made visible, so a failed comparison reads as a list.
QStringList describe(const QList<SseEvent>& events)
{
    QStringList out;
    for (const SseEvent& e : events) {
        QString data = e.data;
        data.replace(u'\n', QLatin1String("\\n")).replace(u'\r', QLatin1String("\\r"));
        out.append(e.id + u'|' + e.name + u'|' + data);
    }
    return out;
}

struct Outcome
{
    QStringList events;
    QString lastId;
    int retry = -1; // -1: no valid retry seen
    int comments = 0;

    bool operator==(const Outcome&) const = default;

    QString toString() const
    {
        return u"events [" + events.join(QLatin1String(", ")) + u"] lastId \"" + lastId + u"\" retry " +
               QString::number(retry) + u" comments " + QString::number(comments);
    }
};

Outcome finish(const SseParser& p, QList<SseEvent> events)
{
    return Outcome{describe(events), p.lastEventId(), p.retryMs().value_or(-1), p.commentCount()};
}

Outcome feedChunks(const QByteArrayList& chunks)
{
    SseParser p;
    QList<SseEvent> events;
    for (const QByteArray& c : chunks)
        events += p.feed(c);
    return finish(p, events);
}

// A stream the server could send: greeting comment, CRLF and LF mixed, JSON data, a heartbeat,
// a two-line event, an id carried over, retry, non-ASCII text in all three fields.
const QByteArray sample = QByteArray("\xEF\xBB\xBF: kontaktcenter events\r\n"
                                     "retry: 3000\r\n"
                                     "\r\n"
                                     "id: 41\r\n"
                                     "event: contact.created\r\n"
                                     "data: {\"id\":\"c-1\",\"name\":\"\xC3\x85sa \xC3\x96"
                                     "berg\"}\r\n"
                                     "\r\n"
                                     ": heartbeat\n"
                                     "\n"
                                     "id: 42\r"
                                     "data: rad ett\r"
                                     "data:  rad tv\xC3\xA5\r"
                                     "\r"
                                     "event: k\xC3\xB6.\xC3\xA4ndrad\n"
                                     "data\n"
                                     "\n"
                                     "id: 43\n"
                                     "data: cut off");

const QStringList sampleEvents{
    QString::fromUtf8("41|contact.created|{\"id\":\"c-1\",\"name\":\"Åsa Öberg\"}"),
    QString::fromUtf8("42|message|rad ett\\n rad två"),
    QString::fromUtf8("42|kö.ändrad|"),
};

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("lastId");
        QTest::addColumn<int>("retry");
        QTest::addColumn<int>("comments");

        QTest::newRow("multi-event sample") << sample << sampleEvents << "42" << 3000 << 2;
        QTest::newRow("empty stream") << QByteArray() << QStringList() << "" << -1 << 0;
        QTest::newRow("LF") << QByteArray("data: a\n\ndata: b\n\n") << QStringList{"|message|a", "|message|b"} << ""
                            << -1 << 0;
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QStringList{"|message|a", "|message|b"}
                              << "" << -1 << 0;
        QTest::newRow("lone CR") << QByteArray("data: a\r\rdata: b\r\r") << QStringList{"|message|a", "|message|b"}
                                 << "" << -1 << 0;
        // CR LF is one line end, LF CR two: the second pair must be read as a blank line.
        QTest::newRow("LF then CR is two line ends")
            << QByteArray("data: a\n\rdata: b\r\n\n") << QStringList{"|message|a", "|message|b"} << "" << -1 << 0;
        QTest::newRow("CR CR LF") << QByteArray("data: a\r\r\ndata: b\n\n") << QStringList{"|message|a", "|message|b"}
                                  << "" << -1 << 0;

        QTest::newRow("multi-line data") << QByteArray("data: a\ndata: b\ndata\ndata: c\n\n")
                                         << QStringList{"|message|a\\nb\\n\\nc"} << "" << -1 << 0;
        QTest::newRow("empty data field dispatches")
            << QByteArray("data:\n\n") << QStringList{"|message|"} << "" << -1 << 0;
        QTest::newRow("two empty data lines")
            << QByteArray("data:\ndata:\n\n") << QStringList{"|message|\\n"} << "" << -1 << 0;
        QTest::newRow("CR inside JSON is a line end") << QByteArray("data: {\"a\":1,\rdata: \"b\":2}\n\n")
                                                      << QStringList{"|message|{\"a\":1,\\n\"b\":2}"} << "" << -1 << 0;

        QTest::newRow("comments counted, not dispatched")
            << QByteArray(": heartbeat\n\n:\n:x\n\n") << QStringList() << "" << -1 << 3;
        QTest::newRow("comment inside an event")
            << QByteArray("data: a\n: hb\ndata: b\n\n") << QStringList{"|message|a\\nb"} << "" << -1 << 1;
        QTest::newRow("comment with colon text") << QByteArray(":data: x\n\n") << QStringList() << "" << -1 << 1;

        QTest::newRow("retry valid") << QByteArray("retry: 5000\n\n") << QStringList() << "" << 5000 << 0;
        QTest::newRow("retry without space") << QByteArray("retry:250\n") << QStringList() << "" << 250 << 0;
        QTest::newRow("retry zero") << QByteArray("retry: 0\n") << QStringList() << "" << 0 << 0;
        QTest::newRow("retry alongside data")
            << QByteArray("retry: 10\ndata: x\n\n") << QStringList{"|message|x"} << "" << 10 << 0;
        QTest::newRow("retry letters") << QByteArray("retry: 50x\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry negative") << QByteArray("retry: -1\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry plus sign") << QByteArray("retry: +5\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry decimal") << QByteArray("retry: 1.5\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry empty") << QByteArray("retry:\nretry: \n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry two spaces") << QByteArray("retry:  5000\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry trailing space") << QByteArray("retry: 5000 \n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry beyond int") << QByteArray("retry: 99999999999\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("retry invalid keeps last valid")
            << QByteArray("retry: 100\nretry: abc\nretry: 200\nretry: 2e3\n") << QStringList() << "" << 200 << 0;

        QTest::newRow("id kept across events")
            << QByteArray("id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\n")
            << QStringList{"1|message|a", "1|message|b", "2|message|c"} << "2" << -1 << 0;
        QTest::newRow("id with NUL ignored") << bytes("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n")
                                             << QStringList{"1|message|a", "1|message|b"} << "1" << -1 << 0;
        QTest::newRow("empty id clears it") << QByteArray("id: 1\ndata: a\n\nid\ndata: b\n\nid:\ndata: c\n\n")
                                            << QStringList{"1|message|a", "|message|b", "|message|c"} << "" << -1 << 0;
        QTest::newRow("id without data still moves lastEventId")
            << QByteArray("id: 7\n\n") << QStringList() << "7" << -1 << 0;
        QTest::newRow("id of an unfinished event not in force")
            << QByteArray("id: 1\ndata: a\n\nid: 2\ndata: b\n") << QStringList{"1|message|a"} << "1" << -1 << 0;
        QTest::newRow("last id line of an event wins")
            << QByteArray("id: 1\nid: 2\ndata: a\n\n") << QStringList{"2|message|a"} << "2" << -1 << 0;

        QTest::newRow("event without data") << QByteArray("event: ping\n\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("name does not leak into next event")
            << QByteArray("event: ping\n\ndata: x\n\n") << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("default name") << QByteArray("data: x\n\n") << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("empty name is message")
            << QByteArray("event:\ndata: x\n\n") << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("named event") << QByteArray("event: queue.stats\ndata: {}\n\n") << QStringList{"|queue.stats|{}"}
                                     << "" << -1 << 0;

        QTest::newRow("field without colon: data")
            << QByteArray("data\n\n") << QStringList{"|message|"} << "" << -1 << 0;
        QTest::newRow("field without colon: event")
            << QByteArray("event: x\nevent\ndata: y\n\n") << QStringList{"|message|y"} << "" << -1 << 0;
        QTest::newRow("field without colon: unknown")
            << QByteArray("foo\ndata: y\n\n") << QStringList{"|message|y"} << "" << -1 << 0;
        QTest::newRow("unknown field ignored")
            << QByteArray("foo: bar\ndata: x\n\n") << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("field names are case-sensitive") << QByteArray("Data: x\n\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("space before colon is part of the name")
            << QByteArray("data : x\n\n") << QStringList() << "" << -1 << 0;

        QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("only one space stripped")
            << QByteArray("data:  two\n\n") << QStringList{"|message| two"} << "" << -1 << 0;
        QTest::newRow("space-only value") << QByteArray("data: \n\n") << QStringList{"|message|"} << "" << -1 << 0;
        QTest::newRow("tab kept") << QByteArray("data:\tx\n\n") << QStringList{"|message|\tx"} << "" << -1 << 0;
        QTest::newRow("trailing space kept")
            << QByteArray("data: x \n\n") << QStringList{"|message|x "} << "" << -1 << 0;
        QTest::newRow("colon in value kept")
            << QByteArray("data: a: b\n\n") << QStringList{"|message|a: b"} << "" << -1 << 0;
        QTest::newRow("one space stripped from id and event")
            << QByteArray("id:  7\nevent:  x\ndata: y\n\n") << QStringList{" 7| x|y"} << " 7" << -1 << 0;

        QTest::newRow("UTF-8") << QByteArray("id: \xC3\x85sa\nevent: \xC3\xA4ndrad\ndata: \xC3\x85sa \xE2\x82\xAC "
                                             "\xF0\x9F\x9A\x93\n\n")
                               << QStringList{QString::fromUtf8("Åsa|ändrad|Åsa € 🚓")} << QString::fromUtf8("Åsa")
                               << -1 << 0;
        QTest::newRow("invalid UTF-8 replaced") << QByteArray("data: a\xFF"
                                                              "b\n\n")
                                                << QStringList{QString::fromUtf8("|message|a\xEF\xBF\xBD"
                                                                                 "b")}
                                                << "" << -1 << 0;

        QTest::newRow("BOM at start") << QByteArray("\xEF\xBB\xBF"
                                                    "data: x\n\n")
                                      << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("BOM then blank line")
            << QByteArray("\xEF\xBB\xBF\ndata: x\n\n") << QStringList{"|message|x"} << "" << -1 << 0;
        QTest::newRow("only the first BOM skipped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                                  "data: x\n\n")
                                                    << QStringList() << "" << -1 << 0;
        QTest::newRow("BOM later is not skipped") << QByteArray("data: a\n\n\xEF\xBB\xBF"
                                                                "data: b\n\n")
                                                  << QStringList{"|message|a"} << "" << -1 << 0;
        QTest::newRow("BOM prefix only") << QByteArray("\xEF\xBB"
                                                       "data: x\n\n")
                                         << QStringList() << "" << -1 << 0;

        QTest::newRow("unfinished event not dispatched") << QByteArray("data: a\n") << QStringList() << "" << -1 << 0;
        QTest::newRow("unfinished line not dispatched") << QByteArray("data: a") << QStringList() << "" << -1 << 0;
        QTest::newRow("blank lines alone") << QByteArray("\n\r\n\r\n\n") << QStringList() << "" << -1 << 0;
    }

    // Every row fed whole, one byte at a time, and split in two at every position: TCP may cut the
    // stream anywhere, including inside a CRLF, a BOM or a UTF-8 sequence.
    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, events);
        QFETCH(QString, lastId);
        QFETCH(int, retry);
        QFETCH(int, comments);
        const Outcome expected{events, lastId, retry, comments};

        const Outcome whole = feedChunks({input});
        QCOMPARE(whole.toString(), expected.toString());

        QByteArrayList single;
        for (char c : std::as_const(input))
            single.append(QByteArray(1, c));
        const Outcome bytewise = feedChunks(single);
        QCOMPARE(bytewise.toString(), expected.toString());

        for (qsizetype at = 0; at <= input.size(); ++at) {
            const Outcome split = feedChunks({input.first(at), input.sliced(at)});
            QVERIFY2(split == expected, qPrintable(u"split at " + QString::number(at) + u": " + split.toString() +
                                                   u", expected " + expected.toString()));
        }
    }

    void sampleInThreeChunks()
    {
        const Outcome expected = feedChunks({sample});
        QCOMPARE(expected.events, sampleEvents);
        for (qsizetype a = 0; a <= sample.size(); ++a) {
            for (qsizetype b = a; b <= sample.size(); ++b) {
                const Outcome split = feedChunks({sample.first(a), sample.sliced(a, b - a), sample.sliced(b)});
                if (split != expected)
                    QFAIL(qPrintable(u"split at " + QString::number(a) + u", " + QString::number(b) + u": " +
                                     split.toString()));
            }
        }
    }

    // Events come back from the call whose bytes complete them, not later.
    void eventsReturnedAsTheyComplete()
    {
        SseParser p;
        QVERIFY(p.feed("data: a\n").isEmpty());
        QCOMPARE(describe(p.feed("\ndata: b\n\ndata: c")), (QStringList{"|message|a", "|message|b"}));
        QVERIFY(p.feed("\n").isEmpty());
        QCOMPARE(describe(p.feed("\n")), QStringList{"|message|c"});
        QVERIFY(p.feed(QByteArrayView()).isEmpty());
    }

    void crAtChunkEnd_data()
    {
        QTest::addColumn<QByteArrayList>("chunks");
        QTest::addColumn<QStringList>("events");

        // A CR at a chunk end has already ended its line; if the LF that follows were taken as a
        // blank line, "a" would be dispatched alone.
        QTest::newRow("CR | LF inside event")
            << QByteArrayList{"data: a\r", "\ndata: b\r\n\r\n"} << QStringList{"|message|a\\nb"};
        QTest::newRow("CR | LF before blank line")
            << QByteArrayList{"data: a\r", "\n", "\r", "\n"} << QStringList{"|message|a"};
        QTest::newRow("CR | CR is a blank line")
            << QByteArrayList{"data: a\r", "\rdata: b\n\n"} << QStringList{"|message|a", "|message|b"};
        QTest::newRow("CR | empty | LF") << QByteArrayList{"data: a\r", "", "\ndata: b\n\n"}
                                         << QStringList{"|message|a\\nb"};
        QTest::newRow("CR | LF LF") << QByteArrayList{"data: a\r", "\n\n"} << QStringList{"|message|a"};
        QTest::newRow("blank CR | LF") << QByteArrayList{"data: a\r\r", "\ndata: b\n\n"}
                                       << QStringList{"|message|a", "|message|b"};
    }

    void crAtChunkEnd()
    {
        QFETCH(QByteArrayList, chunks);
        QFETCH(QStringList, events);
        QCOMPARE(feedChunks(chunks).events, events);
    }

    void utf8SplitAcrossChunks()
    {
        // "Å" is C3 85: the first chunk ends inside it.
        SseParser p;
        QVERIFY(p.feed("data: \xC3").isEmpty());
        QCOMPARE(describe(p.feed("\x85sa\n\n")), QStringList{QString::fromUtf8("|message|Åsa")});

        // A four-byte sequence cut after each of its bytes.
        const QByteArray car("data: \xF0\x9F\x9A\x93\n\n");
        for (qsizetype at = 7; at <= 9; ++at)
            QCOMPARE(feedChunks({car.first(at), car.sliced(at)}).events, QStringList{QString::fromUtf8("|message|🚓")});
    }

    void bomSplitAcrossChunks()
    {
        SseParser p;
        QVERIFY(p.feed("\xEF").isEmpty());
        QVERIFY(p.feed("\xBB").isEmpty());
        QVERIFY(p.feed("\xBF").isEmpty());
        QCOMPARE(describe(p.feed("data: x\n\n")), QStringList{"|message|x"});
    }

    void reset()
    {
        SseParser p;
        QCOMPARE(describe(p.feed("retry: 2000\n: hi\nid: 1\ndata: a\n\nid: 2\nevent: x\ndata: half")),
                 QStringList{"1|message|a"});
        QCOMPARE(p.lastEventId(), QStringLiteral("1"));

        p.reset();
        QCOMPARE(p.lastEventId(), QStringLiteral("1"));
        QCOMPARE(p.retryMs().value_or(-1), 2000);
        QCOMPARE(p.commentCount(), 1);

        // The half-read event, its name and its id are gone; the id in force is still the last
        // dispatched one, and a new stream may start with a BOM again.
        QCOMPARE(describe(p.feed("\xEF\xBB\xBF"
                                 "data: b\n\n")),
                 QStringList{"1|message|b"});
        QCOMPARE(describe(p.feed("id: 3\ndata: c\n\n")), QStringList{"3|message|c"});
        QCOMPARE(p.lastEventId(), QStringLiteral("3"));
    }

    void resetDropsPendingCR()
    {
        SseParser p;
        QVERIFY(p.feed("data: a\r").isEmpty());
        p.reset();
        // After reset the LF begins a fresh stream: a blank line with nothing to dispatch.
        QCOMPARE(describe(p.feed("\ndata: b\n\n")), QStringList{"|message|b"});
    }

    void freshParser()
    {
        const SseParser p;
        QCOMPARE(p.lastEventId(), QString());
        QVERIFY(!p.retryMs().has_value());
        QCOMPARE(p.commentCount(), 0);
    }

    void longLineInManyChunks()
    {
        // Just under the 1 MiB a line may have, "data: " included.
        const QByteArray payload(SseParser::DefaultMaxLineBytes - 6, 'x');
        SseParser p;
        QList<SseEvent> events = p.feed("data: ");
        for (qsizetype at = 0; at < payload.size(); at += 1000)
            events += p.feed(QByteArrayView(payload).sliced(at, std::min<qsizetype>(1000, payload.size() - at)));
        events += p.feed("\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data.size(), payload.size());
    }

    void lineOverTheLimitIsAnError()
    {
        // GIVEN a line of more than 1 MiB arriving in small chunks without an end
        SseParser p;
        QList<SseEvent> events = p.feed("data: ");
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 15; ++i)
            events += p.feed(chunk);
        QVERIFY(!p.hasError()); // 15 × 64 KiB + 6 bytes: still under 1 MiB
        events += p.feed(chunk);
        // THEN it is an error, and nothing more is parsed on this connection
        QVERIFY(p.hasError());
        events += p.feed("\n\ndata: ok\n\n");
        QVERIFY(events.isEmpty());
        // WHEN the caller reconnects THEN the parser works again
        p.reset();
        QVERIFY(!p.hasError());
        QCOMPARE(describe(p.feed("id: 3\ndata: ok\n\n")), QStringList{QStringLiteral("3|message|ok")});
    }

    void lineOverTheLimitInOneChunk()
    {
        SseParser p(16);
        const QList<SseEvent> events = p.feed("data: 1\n\ndata: 0123456789abcdef\n\ndata: 2\n\n");
        // The event before the long line is delivered; nothing after it.
        QCOMPARE(describe(events), QStringList{QStringLiteral("|message|1")});
        QVERIFY(p.hasError());
    }

    void manyDataLinesOverTheLimit()
    {
        // Short lines that add up to more than one line may hold are an error too.
        SseParser p(16);
        QVERIFY(p.feed("data: 0123456\ndata: 0123456\n").isEmpty());
        QVERIFY(!p.hasError());
        QVERIFY(p.feed("data: 0123456\n\n").isEmpty());
        QVERIFY(p.hasError());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
