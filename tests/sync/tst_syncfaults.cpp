// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The sync engine against a scripted server (FakeHttpServer): the answers the real server gives only
// under load, after a restore or to a hostile client — 409 idempotency_key_in_use, 410
// resync_required, a `resync` event, a change that cannot be applied, a line of more than 1 MiB.
#include "core/i18n.h"
#include "core/jsoncodec.h"
#include "fakehttpserver.h"
#include "models/localstore.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kc;
using namespace kc::sync;
using namespace kc::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject contactJson(const QString& id, qint64 version = 1)
{
    Contact c;
    c.id = id;
    c.queue = u"anmalan"_s;
    c.caller.name = u"Anna Test"_s;
    c.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(10, 0), QTimeZone::UTC);
    c.version = version;
    return json::toJson(c);
}

QJsonObject change(qint64 seq, const QJsonObject& data, const QString& kind = u"contact"_s)
{
    return {{u"seq"_s, seq},
            {u"kind"_s, kind},
            {u"id"_s, data.value(u"id")},
            {u"op"_s, u"upsert"_s},
            {u"event"_s, QString(kind + u".updated"_s)},
            {u"data"_s, data}};
}

FakeAnswer changesPage(const QJsonArray& changes, qint64 cursor)
{
    return FakeAnswer::json(200, {{u"changes"_s, changes}, {u"cursor"_s, cursor}});
}

QByteArray sseEvent(const QByteArray& name, const QJsonObject& data, qint64 id = -1)
{
    QByteArray out = "event: " + name + "\n";
    if (id >= 0)
        out += "id: " + QByteArray::number(id) + "\n";
    return out + "data: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

// Seven contacts over pages of 3: since (none) → 1–3, since 3 → 4–6, since 6 → 7, since 7 → none.
QStringList feedIds()
{
    QStringList ids;
    for (int i = 1; i <= 7; ++i)
        ids << u"c%1"_s.arg(i);
    return ids;
}

FakeAnswer pagedFeed(const FakeRequest& r)
{
    if (r.path() != u"/api/v1/changes"_s)
        return FakeAnswer::error(404, u"not_found"_s, {});
    const qint64 since = r.query().queryItemValue(u"since"_s).toLongLong();
    QJsonArray changes;
    for (qint64 seq = since + 1; seq <= std::min<qint64>(since + 3, 7); ++seq)
        changes.append(change(seq, contactJson(u"c%1"_s.arg(seq))));
    return changesPage(changes, std::min<qint64>(since + 3, 7));
}

// Counts the GET /changes requests the engine has issued (when it issued them, not when they arrived).
class CountingNam : public QNetworkAccessManager
{
public:
    int changesRequests = 0;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        if (request.url().path().endsWith(u"/changes"_s))
            ++changesRequests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

struct Workstation
{
    CountingNam nam;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<RestClient> client;
    std::unique_ptr<SyncEngine> engine;

    bool open(const QString& path, const QString& server)
    {
        auto s = LocalStore::open(path);
        if (!s)
            return false;
        store = std::move(s).value();
        client = std::make_unique<RestClient>(&nam);
        client->setTimeout(std::chrono::seconds(5));
        if (!client->setServer(server))
            return false;
        client->setToken(u"test-token"_s);
        engine = std::make_unique<SyncEngine>(*store, *client);
        engine->backoff() = Backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(100));
        return true;
    }
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString file() { return m_dir.filePath(u"ws"_s + QString::number(++m_serial)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(u"sv"_s));
        QVERIFY(m_dir.isValid());
    }

    void keyInUseIsRetriedNotAttention()
    {
        // GIVEN a server still busy with the first attempt of each key (409 idempotency_key_in_use)
        FakeHttpServer server;
        QHash<QByteArray, int> tries;
        server.setHandler([&](const FakeRequest& r) {
            const QByteArray key = r.header("Idempotency-Key");
            if (++tries[key] == 1)
                return FakeAnswer::error(409, u"idempotency_key_in_use"_s, u"Begäran behandlas redan."_s);
            if (r.path().endsWith(u"/complete"_s))
                return FakeAnswer::json(200, contactJson(u"c1"_s, 3));
            return FakeAnswer::json(201, {{u"id"_s, u"r1"_s}, {u"caseNumber"_s, u"1400-K1-26"_s}});
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        // WHEN a report and a completion are sent
        QSignalSpy sent(ws.engine.get(), &SyncEngine::reportSent);
        QVERIFY(ws.engine->submitReport(QString(), QJsonObject{{u"narrative"_s, u"x"_s}}).ok());
        QVERIFY(ws.engine->completeContact(u"c1"_s, Disposition::ReportFiled).ok());
        // THEN both are retried with the same key and sent; nothing needs the agent's attention
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 10000);
        const QList<OutboxItem> items = ws.store->outbox(true);
        QCOMPARE(items.size(), 2);
        for (const OutboxItem& item : items) {
            QCOMPARE(item.state, OutboxItem::State::Sent);
            QCOMPARE(tries.value(item.idempotencyKey.toLatin1()), 2);
        }
        QCOMPARE(items[1].result.value(u"version").toInteger(), qint64(3)); // the real answer, not the 409
        QCOMPARE(sent.size(), 1);
    }

    void cursorStaysBeforeAChangeThatFailed()
    {
        // GIVEN a page whose second change cannot be applied (a contact without an id)
        FakeHttpServer server;
        bool broken = true;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() != u"/api/v1/changes"_s)
                return FakeAnswer::error(404, u"not_found"_s, {});
            QJsonObject bad = contactJson(u"c2"_s);
            if (broken)
                bad.remove(u"id"_s);
            return changesPage({change(1, contactJson(u"c1"_s)), change(2, bad)}, 2);
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        // THEN the catch-up fails and the cursor has not passed the change
        QCOMPARE(caught.first().at(0).toBool(), false);
        QCOMPARE(ws.store->value(u"cursor"_s), QString());
        QVERIFY(!ws.store->contact(u"c2"_s));
        // WHEN it is fetched again and applies, the cursor moves past it
        broken = false;
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        QCOMPARE(caught.last().at(0).toBool(), true);
        QCOMPARE(ws.store->value(u"cursor"_s), u"2"_s);
        QVERIFY(ws.store->contact(u"c1"_s));
        QVERIFY(ws.store->contact(u"c2"_s));
    }

    void streamEventThatFailsIsFetchedAgain()
    {
        // GIVEN a live stream whose first event (5) the store cannot take
        FakeHttpServer server;
        QStringList since;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/changes"_s) {
                since.append(r.query().queryItemValue(u"since"_s));
                if (server.count(u"/api/v1/events"_s) == 0)
                    return changesPage({}, 0);
                return since.last().toLongLong() < 5 ? changesPage({change(5, contactJson(u"c5"_s))}, 5)
                                                     : changesPage({}, since.last().toLongLong());
            }
            if (server.count(u"/api/v1/events"_s) == 1) {
                QJsonObject bad = contactJson(u"c5"_s);
                bad.remove(u"id"_s);
                return FakeAnswer::eventStream(sseEvent("contact.updated", bad, 5));
            }
            return FakeAnswer::eventStream(": hello\n\n");
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        ws.engine->startLive();
        // THEN the cursor does not pass it: the engine reconnects through a catch-up from before it
        QTRY_COMPARE_WITH_TIMEOUT(server.count(u"/api/v1/events"_s), 2, 10000);
        QCOMPARE(since.mid(0, 2), (QStringList{QString(), u"0"_s})); // then "5": the page after it
        QCOMPARE(ws.store->value(u"cursor"_s), u"5"_s);
        QVERIFY(ws.store->contact(u"c5"_s));
        QCOMPARE(server.requests.last().header("Last-Event-ID"), QByteArray("5"));
        ws.engine->stopLive();
    }

    void overlongLineReconnects()
    {
        // GIVEN a stream that sends a line of more than 1 MiB
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/changes"_s)
                return changesPage({}, 0);
            if (server.count(u"/api/v1/events"_s) == 1)
                return FakeAnswer::eventStream("data: " + QByteArray(SseParser::DefaultMaxLineBytes + 10, 'x'));
            return FakeAnswer::eventStream(": hello\n\n");
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        ws.engine->startLive();
        // THEN the engine drops it and connects again (catching up first)
        QTRY_COMPARE_WITH_TIMEOUT(server.count(u"/api/v1/events"_s), 2, 10000);
        QCOMPARE(server.count(u"/api/v1/changes"_s), 2);
        QTRY_COMPARE(ws.engine->state().kind, ConnectionState::Kind::Online);
        ws.engine->stopLive();
    }

    void resyncEventCatchesUpThroughChanges()
    {
        // GIVEN a stream that asks the client to catch up through /changes (and is left open)
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/changes"_s) {
                const qint64 since = r.query().queryItemValue(u"since"_s).toLongLong();
                if (server.count(u"/api/v1/events"_s) == 0)
                    return changesPage({}, 0);
                return since < 7 ? changesPage({change(7, contactJson(u"c7"_s))}, 7) : changesPage({}, since);
            }
            if (server.count(u"/api/v1/events"_s) == 1)
                return FakeAnswer::eventStream(sseEvent("resync", {}));
            return FakeAnswer::eventStream(": hello\n\n");
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QSignalSpy events(ws.engine.get(), &SyncEngine::eventReceived);
        ws.engine->startLive();
        // THEN the engine catches up through GET /changes and opens a new stream from there
        QTRY_COMPARE_WITH_TIMEOUT(server.count(u"/api/v1/events"_s), 2, 10000);
        QCOMPARE(ws.store->value(u"cursor"_s), u"7"_s);
        QVERIFY(ws.store->contact(u"c7"_s));
        QCOMPARE(server.requests.last().header("Last-Event-ID"), QByteArray("7"));
        QVERIFY(events.isEmpty()); // resync is not a change
        ws.engine->stopLive();
    }

    void severalReportsInFlightWithAnErrorInTheMiddle()
    {
        // GIVEN a server that files each key once (a repeated key gets the first answer again) and
        // answers the first attempt of the fourth report with 503
        FakeHttpServer server;
        QHash<QByteArray, QString> filed; // key → case number
        QByteArray failing;
        bool failed = false;
        QStringList arrival; // keys in the order the server saw them
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() != u"/api/v1/reports"_s)
                return FakeAnswer::error(404, u"not_found"_s, {});
            const QByteArray key = r.header("Idempotency-Key");
            arrival << QString::fromLatin1(key);
            if (key == failing && !failed) {
                failed = true;
                return FakeAnswer::error(503, u"unavailable"_s, u"Inte nu."_s);
            }
            if (!filed.contains(key))
                filed.insert(key, u"1400-K%1-26"_s.arg(filed.size() + 1));
            return FakeAnswer::json(
                201, {{u"id"_s, QString(u"r-"_s + QString::fromLatin1(key))}, {u"caseNumber"_s, filed.value(key)}});
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        ws.engine->setReportBatchSize(1); // the window of single POST /reports (batches: tst_syncengine)
        QList<OutboxItem> queued;
        for (int i = 0; i < 20; ++i) {
            auto item = ws.store->submitReport(QString(), QJsonObject{{u"narrative"_s, u"Nr %1"_s.arg(i)}});
            QVERIFY(item.ok());
            queued << *item;
        }
        failing = queued[3].idempotencyKey.toLatin1();
        QSignalSpy sent(ws.engine.get(), &SyncEngine::reportSent);
        QSignalSpy finished(ws.engine.get(), &SyncEngine::flushFinished);
        // WHEN the outbox is flushed
        ws.engine->flush();
        QVERIFY(finished.wait(10000));
        // THEN the pass stops at the error, after the reports already in flight behind it were sent:
        // several were in flight at once
        QCOMPARE(finished.first().at(0).toBool(), false);
        const qsizetype seenBeforeRetry = arrival.size();
        QVERIFY2(seenBeforeRetry > 4, qPrintable(u"only %1 requests before the error"_s.arg(seenBeforeRetry)));
        QCOMPARE(ws.store->outboxItem(queued[3].id)->state, OutboxItem::State::Pending);
        QCOMPARE(ws.store->outboxItem(queued[3].id)->attempts, 1);
        // WHEN the flush is retried, everything goes: none lost, none filed twice
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 10000);
        QCOMPARE(filed.size(), 20);
        QSet<QString> refs;
        for (const OutboxItem& q : std::as_const(queued)) {
            const auto item = ws.store->outboxItem(q.id);
            QCOMPARE(item->state, OutboxItem::State::Sent);
            QCOMPARE(item->result.value(u"caseNumber"_s).toString(), filed.value(q.idempotencyKey.toLatin1()));
            refs.insert(q.localRef);
        }
        QTRY_COMPARE(sent.size(), 20);
        QSet<QString> sentRefs;
        for (const QVariantList& args : std::as_const(sent))
            sentRefs.insert(args.at(0).toString());
        QCOMPARE(sentRefs, refs);
    }

    void aBatchAnswerWithoutEveryItemIsRetriedAsABatch()
    {
        // GIVEN a server whose first answer to a batch is a 200 that lists no item (a proxy's
        // page, a broken deploy), and that files each key once afterwards
        FakeHttpServer server;
        QHash<QString, QString> filed; // key → case number
        QStringList paths;
        bool answeredBadly = false;
        server.setHandler([&](const FakeRequest& r) {
            paths << r.path();
            if (r.path() != u"/api/v1/reports/batch"_s)
                return FakeAnswer::error(404, u"not_found"_s, {});
            if (!answeredBadly) {
                answeredBadly = true;
                return FakeAnswer::json(200, {{u"items"_s, QJsonArray{}}});
            }
            QJsonArray results;
            for (const QJsonValue& v : QJsonDocument::fromJson(r.body).object().value(u"items"_s).toArray()) {
                const QString key = v.toObject().value(u"idempotencyKey"_s).toString();
                if (!filed.contains(key))
                    filed.insert(key, u"1400-K%1-26"_s.arg(filed.size() + 1));
                results.append(QJsonObject{
                    {u"status"_s, 201},
                    {u"body"_s, QJsonObject{{u"id"_s, QString(u"r-"_s + key)}, {u"caseNumber"_s, filed.value(key)}}}});
            }
            return FakeAnswer::json(200, {{u"items"_s, results}});
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        ws.engine->setReportBatchSize(50);
        QList<OutboxItem> queued;
        for (int i = 0; i < 3; ++i) {
            auto item = ws.store->submitReport(QString(), QJsonObject{{u"narrative"_s, u"Nr %1"_s.arg(i)}});
            QVERIFY(item.ok());
            queued << *item;
        }
        QSignalSpy finished(ws.engine.get(), &SyncEngine::flushFinished);
        // WHEN the outbox is flushed
        ws.engine->flush();
        QVERIFY(finished.wait(10000));
        // THEN nothing counts as sent after the unreadable answer; the reports wait, untouched
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(ws.store->pendingCount(), 3);
        // WHEN it is flushed again, they go as a batch again (not refused for good) and each is filed once
        ws.engine->flush();
        QTRY_COMPARE_WITH_TIMEOUT(ws.store->pendingCount(), 0, 10000);
        QCOMPARE(paths, QStringList(2, u"/api/v1/reports/batch"_s));
        QCOMPARE(filed.size(), 3);
        for (const OutboxItem& q : std::as_const(queued))
            QCOMPARE(ws.store->outboxItem(q.id)->result.value(u"caseNumber"_s).toString(),
                     filed.value(q.idempotencyKey));
    }

    void aCompletionWaitsForTheReportsBeforeIt()
    {
        // GIVEN report A, the completion naming it, then reports B and C in the outbox
        FakeHttpServer server;
        QList<FakeRequest> seen;
        server.setHandler([&](const FakeRequest& r) {
            seen << r;
            const QString key = QString::fromLatin1(r.header("Idempotency-Key"));
            if (r.path().endsWith(u"/complete"_s))
                return FakeAnswer::json(200, contactJson(u"c1"_s, 3));
            return FakeAnswer::json(201, {{u"id"_s, QString(u"r-"_s + key)}, {u"caseNumber"_s, u"1400-K1-26"_s}});
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        ws.engine->setReportBatchSize(1); // the window of single POST /reports (batches: tst_syncengine)
        const auto a = ws.store->submitReport(u"c1"_s, QJsonObject{{u"narrative"_s, u"A"_s}});
        QVERIFY(a.ok());
        QVERIFY(ws.store
                    ->enqueue(OutboxItem::Kind::Complete, u"c1"_s,
                              {{u"disposition"_s, u"report_filed"_s}, {u"reportLocalRef"_s, a->localRef}})
                    .ok());
        QVERIFY(ws.store->submitReport(QString(), QJsonObject{{u"narrative"_s, u"B"_s}}).ok());
        QVERIFY(ws.store->submitReport(QString(), QJsonObject{{u"narrative"_s, u"C"_s}}).ok());
        // WHEN flushed
        QSignalSpy finished(ws.engine.get(), &SyncEngine::flushFinished);
        ws.engine->flush();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        // THEN the completion went alone, after A was answered, and named A's id; B and C after it
        QCOMPARE(seen.size(), 4);
        QCOMPARE(QString::fromLatin1(seen[0].header("Idempotency-Key")), a->idempotencyKey);
        QVERIFY(seen[1].path().endsWith(u"/contacts/c1/complete"_s));
        QCOMPARE(QJsonDocument::fromJson(seen[1].body).object().value(u"reportId"_s).toString(),
                 QString(u"r-"_s + a->idempotencyKey));
        QVERIFY(seen[2].path().endsWith(u"/reports"_s));
        QVERIFY(seen[3].path().endsWith(u"/reports"_s));
    }

    void catchUpStoresOnItsOwnThreadAndAnnouncesEveryChange()
    {
        // GIVEN a feed of seven contacts over three pages
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) { return pagedFeed(r); });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QStringList announced;
        QList<QThread*> threads;
        QList<bool> storedWhenAnnounced;
        QObject::connect(ws.engine.get(), &SyncEngine::contactChanged, ws.engine.get(), [&](const QString& id) {
            announced << id;
            threads << QThread::currentThread();
            storedWhenAnnounced << ws.store->contact(id).has_value();
        });
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        // WHEN it catches up
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        QCOMPARE(caught.first().at(0).toBool(), true);
        // THEN every change was announced once, in order, on the engine's thread, after it was stored
        // (by the worker thread, whose commit this thread's connection sees)
        QCOMPARE(announced, feedIds());
        QVERIFY(std::all_of(threads.begin(), threads.end(), [](QThread* t) { return t == QThread::currentThread(); }));
        QVERIFY(!storedWhenAnnounced.contains(false));
        QVERIFY(ws.engine->findChild<QThread*>(u"kc.sync.catchup"_s));
        QCOMPARE(ws.store->value(u"cursor"_s), u"7"_s);
        QCOMPARE(ws.store->contacts().size(), 7);
    }

    void theNextPageIsFetchedWhileThisOneIsStored()
    {
        // GIVEN a feed of seven contacts over three pages
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) { return pagedFeed(r); });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QList<int> requestedWhenAnnounced;
        QObject::connect(ws.engine.get(), &SyncEngine::contactChanged, ws.engine.get(),
                         [&] { requestedWhenAnnounced << ws.nam.changesRequests; });
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        QCOMPARE(caught.first().at(0).toBool(), true);
        // THEN each page's successor had been asked for before the page's changes were announced
        // (parsed on the worker, the next cursor known before the page is stored), and nothing more
        QCOMPARE(requestedWhenAnnounced, (QList<int>{2, 2, 2, 3, 3, 3, 4}));
        QCOMPARE(ws.nam.changesRequests, 4);
        QCOMPARE(ws.store->value(u"cursor"_s), u"7"_s);
    }

    void aLargePageIsAnnouncedOverSeveralTurns()
    {
        // GIVEN one page of 250 contacts
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            const qint64 since = r.query().queryItemValue(u"since"_s).toLongLong();
            QJsonArray changes;
            for (qint64 seq = since + 1; seq <= 250; ++seq)
                changes.append(change(seq, contactJson(u"c%1"_s.arg(seq))));
            return changesPage(changes, 250);
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QStringList announced;
        qsizetype announcedByTheNextTurn = -1;
        QObject::connect(ws.engine.get(), &SyncEngine::contactChanged, ws.engine.get(), [&](const QString& id) {
            if (announced.isEmpty())
                QMetaObject::invokeMethod(
                    ws.engine.get(), [&] { announcedByTheNextTurn = announced.size(); }, Qt::QueuedConnection);
            announced << id;
        });
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        QList<qsizetype> announcedWhenFinished;
        QObject::connect(ws.engine.get(), &SyncEngine::catchUpFinished, ws.engine.get(),
                         [&] { announcedWhenFinished << announced.size(); });
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        // THEN the ids came in chunks of 100, not all in one turn of the event loop (so no receiver
        // holds the GUI thread for a whole page), in order, and the catch-up finished after the last
        QVERIFY2(announcedByTheNextTurn > 0 && announcedByTheNextTurn < 250 && announcedByTheNextTurn % 100 == 0,
                 qPrintable(QString::number(announcedByTheNextTurn)));
        QCOMPARE(announced.size(), 250);
        QCOMPARE(announced.first(), u"c1"_s);
        QCOMPARE(announced.last(), u"c250"_s);
        QCOMPARE(announcedWhenFinished, QList<qsizetype>{250});
        QCOMPARE(caught.first().at(0).toBool(), true);
    }

    void aBrokenPageStopsAfterTheWholePagesBeforeIt_data()
    {
        QTest::addColumn<QByteArray>("broken");
        QTest::newRow("not JSON") << QByteArray(R"({"changes":[{"seq":4,"kind":"contact")");
        QTest::newRow("a change without seq")
            << QJsonDocument(QJsonObject{{u"changes"_s, QJsonArray{change(4, contactJson(u"c4"_s)),
                                                                   QJsonObject{{u"kind"_s, u"contact"_s}}}},
                                         {u"cursor"_s, 6}})
                   .toJson(QJsonDocument::Compact);
    }
    void aBrokenPageStopsAfterTheWholePagesBeforeIt()
    {
        // GIVEN a feed whose second page is broken (parsed on the worker thread, no longer here)
        QFETCH(QByteArray, broken);
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/changes"_s && r.query().queryItemValue(u"since"_s) == u"3"_s)
                return FakeAnswer{200, {{"Content-Type", "application/json"}}, broken};
            return pagedFeed(r);
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        // THEN the catch-up fails with the server's fault named, the first page stays whole with its
        // cursor, nothing of the broken page is kept and nothing after it is asked for
        QCOMPARE(caught.first().at(0).toBool(), false);
        QCOMPARE(caught.first().at(1).toString(),
                 QCoreApplication::translate("kc::sync::SyncEngine", "The server sent a malformed change list."));
        QCOMPARE(ws.store->value(u"cursor"_s), u"3"_s);
        QCOMPARE(ws.store->contacts().size(), 3);
        QVERIFY(!ws.store->contact(u"c4"_s));
        QCOMPARE(ws.nam.changesRequests, 2);
        QCOMPARE(ws.engine->state().kind, ConnectionState::Kind::Offline);
    }

    void signOutMidCatchUpStopsCleanly()
    {
        // GIVEN a feed of three pages, and an agent who signs out as the first page is announced
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/session"_s)
                return FakeAnswer{204, {}, {}};
            return pagedFeed(r);
        });
        QVERIFY(server.listen());
        const QString path = file();
        {
            Workstation ws;
            QVERIFY(ws.open(path, server.url()));
            QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
            QSignalSpy out(ws.engine.get(), &SyncEngine::loggedOut);
            QObject::connect(ws.engine.get(), &SyncEngine::contactChanged, ws.engine.get(), [&] {
                if (out.isEmpty() && server.count(u"/api/v1/session"_s) == 0)
                    ws.engine->logout();
            });
            ws.engine->catchUp();
            QVERIFY(out.wait(10000));
            // THEN the catch-up stops without finishing; whatever was stored is whole pages with the
            // cursor right after them
            QVERIFY(caught.isEmpty());
        } // (the engine stops its worker thread here; a page being stored finishes)
        auto store = LocalStore::open(path);
        QVERIFY(store.ok());
        const QString cursor = (*store)->value(u"cursor"_s);
        // (the worker may have stored every page before the first announcement reached this thread)
        QVERIFY2(cursor == u"3"_s || cursor == u"6"_s || cursor == u"7"_s, qPrintable(cursor));
        QCOMPARE((*store)->contacts().size(), cursor.toInt());
        store->reset();
        // WHEN the agent signs in again, the catch-up continues after the stored cursor
        // (its own token tells its requests from the first engine's, which may still be on their way)
        Workstation again;
        QVERIFY(again.open(path, server.url()));
        again.client->setToken(u"second-token"_s);
        QSignalSpy caught(again.engine.get(), &SyncEngine::catchUpFinished);
        again.engine->catchUp();
        QVERIFY(caught.wait(10000));
        QCOMPARE(caught.first().at(0).toBool(), true);
        const auto firstOfAgain =
            std::find_if(server.requests.cbegin(), server.requests.cend(), [](const FakeRequest& r) {
                return r.headers.value("authorization") == "Bearer second-token";
            });
        QVERIFY(firstOfAgain != server.requests.cend());
        QCOMPARE(firstOfAgain->path(), u"/api/v1/changes"_s);
        QCOMPARE(firstOfAgain->query().queryItemValue(u"since"_s), cursor);
        QCOMPARE(again.store->value(u"cursor"_s), u"7"_s);
        QCOMPARE(again.store->contacts().size(), 7);
    }

    void resyncRequiredStartsOverKeepingDraftsAndOutbox()
    {
        // GIVEN a store at cursor 50 with contacts a and b, a draft and an unsent report
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/changes"_s) {
                if (r.query().hasQueryItem(u"since"_s) && r.query().queryItemValue(u"since"_s) == u"50"_s)
                    return FakeAnswer::error(410, u"resync_required"_s, u"Börja om."_s);
                if (!r.query().hasQueryItem(u"since"_s))
                    return changesPage({change(3, contactJson(u"a"_s, 4))}, 3);
                return changesPage({}, r.query().queryItemValue(u"since"_s).toLongLong());
            }
            return FakeAnswer::error(503, u"unavailable"_s, u"Inte nu."_s);
        });
        QVERIFY(server.listen());
        Workstation ws;
        QVERIFY(ws.open(file(), server.url()));
        QVERIFY(ws.store->upsertContact(*json::fromJson<Contact>(contactJson(u"a"_s, 1))));
        QVERIFY(ws.store->upsertContact(*json::fromJson<Contact>(contactJson(u"b"_s, 1))));
        QVERIFY(ws.store->setValue(u"cursor"_s, u"50"_s));
        QVERIFY(ws.store->saveDraft(Draft{u"a"_s, QJsonObject{{u"narrative"_s, u"Påbörjad."_s}}, u"narrative"_s, {}}));
        QVERIFY(ws.store->submitReport(QString(), QJsonObject{{u"narrative"_s, u"Köad."_s}}).ok());
        // WHEN the server answers 410 resync_required
        QSignalSpy changed(ws.engine.get(), &SyncEngine::contactChanged);
        QSignalSpy caught(ws.engine.get(), &SyncEngine::catchUpFinished);
        ws.engine->catchUp();
        QVERIFY(caught.wait(10000));
        // THEN it starts over from the start of the feed: what the server no longer shows is gone,
        // the rest is current, and drafts and outbox are untouched
        QCOMPARE(caught.first().at(0).toBool(), true);
        QCOMPARE(ws.store->value(u"cursor"_s), u"3"_s);
        QCOMPARE(ws.store->value(u"resync"_s), QString());
        QCOMPARE(ws.store->contact(u"a"_s)->version, qint64(4));
        QVERIFY(!ws.store->contact(u"b"_s));
        QVERIFY(changed.contains(QVariantList{u"b"_s}));
        QCOMPARE(ws.store->draft(u"a"_s)->report.value(u"narrative"_s).toString(), u"Påbörjad."_s);
        QCOMPARE(ws.store->pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
