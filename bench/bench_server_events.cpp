// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Event fan-out of the Release kontaktcenter-server (SQLite): 1,000 connected GET /api/v1/events
// streams (raw sockets, one agent's token shared), then contacts POSTed by the intake user one at a
// time into a queue of that agent; for each (stream, contact) the time from writing the POST until
// that stream has read its `event: contact.created` with the contact's id. Figure: p99 over all
// deliveries (target <= 100 ms), against the same measurement with one stream.
// The next contact is posted when every stream has its event (or after 10 s). Timestamps are taken
// when a socket becomes readable, before the bench parses it; the bench's own reading of 1,000
// sockets on one thread is part of what a stream waits for. KC_BENCH_SCALE scales the streams.
#include "benchharness.h"
#include "serverbench.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace kc::bench;
using namespace kc::bench::server;

namespace {

struct Deliveries
{
    QList<double> ms;       // every (stream, contact)
    QList<double> lastMs;   // per contact: until the last stream had it
    qint64 missing = 0;     // deliveries that did not come within 10 s
    double openSeconds = 0; // opening the streams
    double postMs = 0;      // median POST /contacts answer time
};

QByteArray contactBody(int k)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("channel"), QStringLiteral("phone")},
                                     {QStringLiteral("queue"), QStringLiteral("anmalan")},
                                     {QStringLiteral("priority"), 3},
                                     {QStringLiteral("subject"), QStringLiteral("Cykelstöld %1").arg(k)},
                                     {QStringLiteral("caller"),
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("Test Testsson")},
                                                  {QStringLiteral("phone"), QStringLiteral("070-123 45 67")}}}})
        .toJson(QJsonDocument::Compact);
}

Deliveries measure(quint16 port, const QByteArray& agentToken, const QByteArray& intakeToken, int streamCount,
                   int contacts, int warmup)
{
    Deliveries out;
    std::vector<std::unique_ptr<EventStream>> streams;
    int ready = 0, broken = 0, opened = 0;
    QHash<QByteArray, int> received;
    // At most 32 connections being set up at once: the server's listen backlog is 50.
    auto openNext = [&] {
        if (opened < streamCount)
            streams[size_t(opened++)]->open();
    };
    for (int i = 0; i < streamCount; ++i) {
        auto s = std::make_unique<EventStream>(port, agentToken);
        s->onReady = [&] {
            ++ready;
            openNext();
            wake();
        };
        s->onBroken = [&] {
            ++broken;
            wake();
        };
        s->onContactCreated = [&](const QByteArray& id) {
            ++received[id];
            wake();
        };
        streams.push_back(std::move(s));
    }
    const qint64 openStart = nowNs();
    for (int i = 0; i < std::min(32, streamCount); ++i)
        openNext();
    if (!waitUntil([&] { return ready == streamCount || broken > 0; }, 120000) || broken > 0)
        fail(QStringLiteral("opened %1 of %2 event streams (%3 broken)").arg(ready).arg(streamCount).arg(broken));
    out.openSeconds = double(nowNs() - openStart) / 1e9;

    HttpClient poster(port);
    const Headers headers = bearer(intakeToken) + Headers{{"Content-Type", "application/json"}};
    QHash<QByteArray, qint64> sent;
    QList<double> postTimes;
    for (int k = 0; k < warmup + contacts; ++k) {
        const qint64 t0 = nowNs();
        const HttpResponse r = poster.request("POST", "/api/v1/contacts", headers, contactBody(k));
        const QByteArray id = r.json().value(u"id").toString().toLatin1();
        if (r.status != 201 || id.isEmpty())
            fail(QStringLiteral("POST /contacts answered %1: %2").arg(r.status).arg(QString::fromUtf8(r.body)));
        waitUntil([&] { return received.value(id) >= streamCount || broken > 0; }, 10000);
        if (broken > 0)
            fail(QStringLiteral("%1 event streams broke off").arg(broken));
        if (k >= warmup) {
            sent.insert(id, t0);
            postTimes.append(double(r.nanoseconds) / 1e6);
        }
    }
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        double last = 0;
        for (const auto& s : streams) {
            const auto at = s->arrivals().find(it.key());
            if (at == s->arrivals().end()) {
                ++out.missing;
                continue;
            }
            const double ms = double(at.value() - it.value()) / 1e6;
            out.ms.append(ms);
            last = std::max(last, ms);
        }
        out.lastMs.append(last);
    }
    out.postMs = percentile(postTimes, 50);
    for (auto& s : streams)
        s->close();
    return out;
}

void show(const char* what, int streams, const Deliveries& d)
{
    std::printf("  %-10s %5d stream(s): %lld deliveries, p50 %.2f ms, p99 %.2f ms, max %.2f ms; until the last stream "
                "p50 %.2f ms, max %.2f ms; POST answered in %.2f ms (median); %lld missing; streams opened in %.2f s\n",
                what, streams, qint64(d.ms.size()), percentile(d.ms, 50), percentile(d.ms, 99), percentile(d.ms, 100),
                percentile(d.lastMs, 50), percentile(d.lastMs, 100), d.postMs, d.missing, d.openSeconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    prepareProcess();
    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(QStringLiteral("no temporary directory"));
    Targets targets;
    const int streamCount = scaled(1000, 1);
    const int contacts = 100;
    const int warmup = 5;
    std::printf("server events: %d contacts (after %d warm-up), each to 1 and then to %d streams; KC_BENCH_SCALE=%g\n",
                contacts, warmup, streamCount, scale());

    const QString dir = tmp.path() + QStringLiteral("/events");
    QDir().mkpath(dir);
    BenchServer server(dir);
    server.addUser(QStringLiteral("bench-agent"), QStringLiteral("agent"), QStringLiteral("anmalan"));
    server.addUser(QStringLiteral("bench-intake"), QStringLiteral("intake"), QString());
    server.start();
    const QByteArray agent = server.login(QStringLiteral("bench-agent"));
    const QByteArray intake = server.login(QStringLiteral("bench-intake"));

    const Deliveries one = measure(server.port(), agent, intake, 1, contacts, warmup);
    show("baseline", 1, one);
    const Deliveries many = measure(server.port(), agent, intake, streamCount, contacts, warmup);
    show("measured", streamCount, many);
    server.stop();
    // The server's own handling time of each POST /contacts (its log line), before the fan-out.
    const QList<double> logged = server.loggedMillis(QStringLiteral("POST /api/v1/contacts"));
    if (logged.size() == 2 * (contacts + warmup))
        std::printf(
            "  POST /contacts as logged by the server (handling only): median %.2f ms with 1 stream, %.2f ms with "
            "%d\n",
            percentile(logged.mid(warmup, contacts), 50), percentile(logged.mid(contacts + 2 * warmup), 50),
            streamCount);

    const double p99 = percentile(many.ms, 99);
    const QString name = QStringLiteral("server.events.%1streams.p99").arg(streamCount);
    const bool met = report(name.toLatin1().constData(), "ms", p99, "1 stream p99", percentile(one.ms, 99),
                            {Goal::AtMost, 100, false}) &&
                     many.missing == 0;
    targets.add(QStringLiteral("contact.created to %1 streams, p99 <= 100 ms").arg(streamCount), met,
                QStringLiteral("%1 ms%2")
                    .arg(p99, 0, 'f', 2)
                    .arg(many.missing ? QStringLiteral(", %1 missing").arg(many.missing) : QString()));
    targets.print();
    return 0;
}
