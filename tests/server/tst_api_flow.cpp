// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The service's main flows over real loopback HTTP, each against SQLite and the fixture's
// PostgreSQL: contact → accept (and the race for it) → report with idempotency → edit with
// If-Match → case history → completion and queue numbers; the change feed and the event stream
// with resume; and two server instances sharing one PostgreSQL.
#include "apiclient.h"
#include "core/i18n.h"
#include "sync/sseparser.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace kc;
using namespace kc::test;

namespace {

// A minimal SSE reader for tests: collects events (id, event, data) as they arrive.
class EventReader : public QObject
{
public:
    struct Event
    {
        qint64 id = -1;
        QString name;
        QJsonObject data;
    };

    EventReader(Client& client, qint64 lastEventId = -1)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/events").arg(client.port())));
        req.setRawHeader("Authorization", "Bearer " + client.token.toLatin1());
        req.setRawHeader("Accept", "text/event-stream");
        if (lastEventId >= 0)
            req.setRawHeader("Last-Event-ID", QByteArray::number(lastEventId));
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        m_reply.reset(client.nam().get(req));
        connect(m_reply.get(), &QNetworkReply::readyRead, this, [this] { read(); });
    }

    QList<Event> events;
    QList<qint64> ids() const
    {
        QList<qint64> out;
        for (const Event& e : events)
            if (e.id >= 0)
                out.append(e.id);
        return out;
    }
    int count(const QString& name) const
    {
        return int(std::count_if(events.begin(), events.end(), [&](const Event& e) { return e.name == name; }));
    }
    bool started() const { return m_started; }

private:
    void read()
    {
        m_started = true;
        // The workstation's own parser, so the test reads the stream exactly as clients do.
        for (const sync::SseEvent& ev : m_parser.feed(m_reply->readAll())) {
            Event e;
            e.name = ev.name;
            // queue.stats is a snapshot without an id (the contract); the parser reports the id
            // still in force, which is not this event's.
            e.id = ev.name == u"queue.stats" || ev.id.isEmpty() ? -1 : ev.id.toLongLong();
            e.data = QJsonDocument::fromJson(ev.data.toUtf8()).object();
            events.append(e);
        }
    }

    std::unique_ptr<QNetworkReply> m_reply;
    sync::SseParser m_parser;
    bool m_started = false;
};

QList<std::pair<QByteArray, QByteArray>> key(const QByteArray& k)
{
    return {{"Idempotency-Key", k}};
}

} // namespace

// Undoes schema 7 (the knowledge base), for the tests that make an older database out of a new one.
bool undoSchema7(kc::server::Database& db)
{
    QStringList sql{QStringLiteral("DROP TABLE knowledge"), QStringLiteral("DROP TABLE knowledge_versions"),
                    QStringLiteral("DROP TABLE knowledge_usage"), QStringLiteral("DROP TABLE knowledge_misses"),
                    QStringLiteral("ALTER TABLE contacts DROP COLUMN knowledge_articles")};
    if (db.dialect() == kc::server::Dialect::Sqlite)
        sql << QStringLiteral("DROP TABLE knowledge_fts");
    for (const QString& statement : std::as_const(sql))
        if (!db.exec(statement))
            return false;
    return true;
}

// Undoes schema 8 (intake and hand-off, issue 15); indexes first, SQLite drops no indexed column.
bool undoSchema8(kc::server::Database& db)
{
    const QStringList sql{
        QStringLiteral("DROP INDEX contacts_external"),
        QStringLiteral("DROP INDEX contacts_callbacks"),
        QStringLiteral("DROP INDEX reports_handoffs"),
        QStringLiteral("DROP INDEX alerts_active"),
        QStringLiteral("CREATE UNIQUE INDEX alerts_active ON alerts (queue, kind) WHERE cleared_at IS NULL"),
        QStringLiteral("ALTER TABLE alerts DROP COLUMN contact_id"),
        QStringLiteral("ALTER TABLE users DROP COLUMN police_area"),
    };
    for (const QString& statement : sql)
        if (!db.exec(statement))
            return false;
    for (const char* column :
         {"external_kind", "external_id", "web_report", "tip", "callback_of", "callback_at", "callback_note"})
        if (!db.exec(QStringLiteral("ALTER TABLE contacts DROP COLUMN %1").arg(QLatin1String(column))))
            return false;
    for (const char* column : {"police_region", "police_area", "routing_state", "routed_at", "acknowledged_at",
                               "acknowledged_by", "web_report"})
        if (!db.exec(QStringLiteral("ALTER TABLE reports DROP COLUMN %1").arg(QLatin1String(column))))
            return false;
    return true;
}

// Undoes schema 10 (PostgreSQL: stored words of search_text and the (created_at, id) index), back to
// schema 9's expression index; SQLite's schema 10 changed nothing.
bool undoSchema10(kc::server::Database& db)
{
    if (db.dialect() == kc::server::Dialect::Sqlite)
        return true;
    for (const char* sql : {
             "DROP INDEX reports_newest",
             "DROP INDEX reports_tsv",
             "ALTER TABLE reports DROP COLUMN search_tsv",
             "CREATE INDEX reports_fts ON reports USING GIN (to_tsvector('simple', search_text))",
             "CREATE INDEX reports_created ON reports (created_at)",
         })
        if (!db.exec(QString::fromLatin1(sql)))
            return false;
    return true;
}

// A clock the test moves by hand (never the wall clock).
struct ManualClock
{
    std::shared_ptr<QDateTime> now =
        std::make_shared<QDateTime>(QDateTime(QDate(2026, 11, 28), QTime(8, 0), QTimeZone::UTC));
    std::function<QDateTime()> function() const
    {
        return [t = now] { return *t; };
    }
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
};

// Every report id a free-text search finds, page by page of `limit` through nextCursor.
QStringList textSearchIds(Client& client, const QString& words, int limit)
{
    QStringList ids;
    QString cursor = QStringLiteral("0");
    for (int pages = 0; pages < 50 && !cursor.isEmpty(); ++pages) {
        const Answer page = client.get(QStringLiteral("/cases?q=%1&limit=%2&cursor=%3")
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(words)))
                                           .arg(limit)
                                           .arg(cursor));
        if (page.status != 200)
            return {QStringLiteral("status %1").arg(page.status)};
        const QJsonArray items = page.body.value(u"items").toArray();
        for (const QJsonValue& v : items)
            ids << v[u"report"][u"id"].toString();
        cursor = page.body.value(u"nextCursor").toString();
        if (!cursor.isEmpty() && items.size() != limit)
            return {QStringLiteral("a page of %1 before the last").arg(items.size())};
    }
    return ids;
}

class TestApiFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QStringLiteral("sv")));
    }

    // A failing statement is a defect even when the answer looks right.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("statement failed|audit row"))); }

    void health_data() { addDatabaseRows(); }
    void health()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client c(ts.port());
        const Answer a = c.get(QStringLiteral("/health"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(a.body.value(u"database").toString(), databaseUrl.startsWith(QLatin1String("sqlite"))
                                                           ? QStringLiteral("sqlite")
                                                           : QStringLiteral("postgresql"));
        QCOMPARE(a.body.value(u"demo").toBool(), false);
    }

    void contactsInServiceOrder_data() { addDatabaseRows(); }
    void contactsInServiceOrder()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client intake(ts.port()), anna(ts.port()), cissi(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(cissi.login(QStringLiteral("cissi")));
        // GIVEN contacts of mixed priority in anna's queues and one in another region's queue
        QStringList created;
        for (int p : {3, 1, 5, 1}) {
            const Answer a = intake.post(QStringLiteral("/contacts"), contactBody(QStringLiteral("anmalan"), p));
            QCOMPARE(a.status, 201);
            QCOMPARE(a.body.value(u"state").toString(), QStringLiteral("waiting"));
            QCOMPARE(a.body.value(u"caller").toObject().value(u"phone").toString(), QStringLiteral("+46701234567"));
            created << a.body.value(u"id").toString();
        }
        QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody(QStringLiteral("syd"))).status, 201);
        // WHEN anna lists waiting contacts THEN priority 1 first, oldest first within a priority,
        // and nothing from queues that are not hers
        const Answer list = anna.get(QStringLiteral("/contacts?state=waiting"));
        QCOMPARE(list.status, 200);
        QStringList order;
        for (const QJsonValue& v : list.body.value(u"items").toArray())
            order << v.toObject().value(u"id").toString();
        QCOMPARE(order, (QStringList{created[1], created[3], created[0], created[2]}));
        QVERIFY(list.body.value(u"nextCursor").isNull());
        // paging
        const Answer page = anna.get(QStringLiteral("/contacts?state=waiting&limit=3"));
        QCOMPARE(page.body.value(u"items").toArray().size(), 3);
        const QString cursor = page.body.value(u"nextCursor").toString();
        QVERIFY(!cursor.isEmpty());
        const Answer rest = anna.get(QStringLiteral("/contacts?state=waiting&limit=3&cursor=") + cursor);
        QCOMPARE(rest.body.value(u"items").toArray().size(), 1);
        // another region's agent cannot see anna's contact at all
        QCOMPARE(cissi.get(QStringLiteral("/contacts/") + created[0]).status, 404);
        QCOMPARE(cissi.get(QStringLiteral("/contacts?state=waiting")).body.value(u"items").toArray().size(), 1);
    }

    void acceptRace_data() { addDatabaseRows(); }
    void acceptRace()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client intake(ts.port()), anna(ts.port()), bo(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(bo.login(QStringLiteral("bo")));
        for (int round = 0; round < 5; ++round) {
            const QString id = intake.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
            // Both requests are in flight at once.
            auto send = [&](Client& c) {
                QNetworkRequest req(
                    QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/contacts/%2/accept").arg(ts.port()).arg(id)));
                req.setRawHeader("Authorization", "Bearer " + c.token.toLatin1());
                return c.nam().post(req, QByteArray());
            };
            std::unique_ptr<QNetworkReply> r1(send(anna)), r2(send(bo));
            QTRY_VERIFY(r1->isFinished() && r2->isFinished());
            QList<int> statuses{r1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                r2->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{200, 409}));
            QNetworkReply* loser =
                r1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 409 ? r1.get() : r2.get();
            const QJsonObject err = QJsonDocument::fromJson(loser->readAll()).object().value(u"error").toObject();
            QCOMPARE(err.value(u"code").toString(), QStringLiteral("already_assigned"));
            QCOMPARE(err.value(u"message").toString(), QStringLiteral("Kontakten har redan tagits av en kollega."));
            // The winner and the database agree.
            const Answer c = anna.get(QStringLiteral("/contacts/") + id);
            QCOMPARE(c.body.value(u"state").toString(), QStringLiteral("assigned"));
            QVERIFY(c.body.value(u"assignedTo").toString() == ts.ids[QStringLiteral("anna")] ||
                    c.body.value(u"assignedTo").toString() == ts.ids[QStringLiteral("bo")]);
        }
    }

    void reportIdempotencyAndCaseNumbers_data() { addDatabaseRows(); }
    void reportIdempotencyAndCaseNumbers()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        const QString yy = QString::number(QDate::currentDate().year() % 100).rightJustified(2, u'0');

        const Answer first = anna.post(QStringLiteral("/reports"), reportBody(), key("k-1"));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.body.value(u"caseNumber").toString(), QStringLiteral("1400-K1-") + yy);
        QCOMPARE(first.body.value(u"version").toInt(), 1);
        QCOMPARE(first.header("ETag"), QByteArray("\"1\""));
        // The same key and body replays the first answer and creates nothing.
        const Answer replay = anna.post(QStringLiteral("/reports"), reportBody(), key("k-1"));
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        // A new key makes a new case with the next serial.
        const Answer second = anna.post(QStringLiteral("/reports"), reportBody(), key("k-2"));
        QCOMPARE(second.body.value(u"caseNumber").toString(), QStringLiteral("1400-K2-") + yy);
        // The same key with another body is refused.
        QJsonObject other = reportBody();
        other.insert(QStringLiteral("narrative"), QStringLiteral("Något annat."));
        const Answer reused = anna.post(QStringLiteral("/reports"), other, key("k-1"));
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), QStringLiteral("idempotency_key_reused"));
        // Keys are per user: bo may use "k-1" for his own report.
        Client bo(ts.port());
        QVERIFY(bo.login(QStringLiteral("bo")));
        QCOMPARE(bo.post(QStringLiteral("/reports"), reportBody(), key("k-1")).body.value(u"caseNumber").toString(),
                 QStringLiteral("1400-K3-") + yy);
        // A validation failure is remembered under its key too, and nothing was created.
        QJsonObject bad = reportBody(QStringLiteral("198707049996"));
        const Answer invalid = anna.post(QStringLiteral("/reports"), bad, key("k-bad"));
        QCOMPARE(invalid.status, 422);
        QVERIFY(invalid.errorFields().value(u"reporter.personnummer").toString().contains(u"kontrollsiffra"));
        QCOMPARE(anna.post(QStringLiteral("/reports"), reportBody(), key("k-4")).body.value(u"caseNumber").toString(),
                 QStringLiteral("1400-K4-") + yy);
    }

    void preparedStatementsKeptPerConnection_data() { addDatabaseRows(); }
    void preparedStatementsKeptPerConnection()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        server::Database& db = ts.server->store().database();
        QVERIFY(db.setMeta(QStringLiteral("test.a"), QStringLiteral("1")));
        QVERIFY(db.setMeta(QStringLiteral("test.b"), QStringLiteral("2")));
        const QString sql = QStringLiteral("SELECT value FROM meta WHERE key = ?");
        {
            // GIVEN a statement whose result is still held
            auto a = db.exec(sql, {QStringLiteral("test.a")});
            QVERIFY(a && a->next());
            QCOMPARE(a->value(0).toString(), QStringLiteral("1"));
            // WHEN the same SQL runs again meanwhile THEN it gets a statement of its own
            auto b = db.exec(sql, {QStringLiteral("test.b")});
            QVERIFY(b && b->next());
            QCOMPARE(b->value(0).toString(), QStringLiteral("2"));
            // (QPSQL reads in single-row mode: only SQLite may go on reading the first meanwhile)
            if (db.dialect() == server::Dialect::Sqlite)
                QCOMPARE(a->value(0).toString(), QStringLiteral("1"));
        }
        // AND statements given back run again with the new values, over and over
        for (int i = 0; i < 3; ++i) {
            for (const auto& [key, value] : {std::pair{"test.b", "2"}, std::pair{"test.a", "1"}}) {
                auto q = db.exec(sql, {QString::fromLatin1(key)});
                QVERIFY(q && q->next());
                QCOMPARE(q->value(0).toString(), QString::fromLatin1(value));
                QVERIFY(!q->next());
            }
        }
        // AND a failed statement is not kept: the next use works
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
        QVERIFY(!db.exec(QStringLiteral("SELECT value FROM no_such_table WHERE key = ?"), {QStringLiteral("x")}));
        QVERIFY(db.exec(sql, {QStringLiteral("test.a")}));
    }

    void idempotencyKeyWhileRunning_data() { addDatabaseRows(); }
    void idempotencyKeyWhileRunning()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        server::Store& store = ts.server->store();
        server::IdempotencyKeys::StoredAnswer stored;
        // GIVEN a key claimed by a request that has not finished (another instance, say)
        QCOMPARE(store.keys().claim(QStringLiteral("u-1"), QStringLiteral("k"), QStringLiteral("h"), &stored),
                 server::IdempotencyKeys::KeyState::Claimed);
        // THEN the same key and body is "still running" (409), another body is "reused" (422)
        QCOMPARE(store.keys().claim(QStringLiteral("u-1"), QStringLiteral("k"), QStringLiteral("h"), &stored),
                 server::IdempotencyKeys::KeyState::Running);
        QCOMPARE(store.keys().claim(QStringLiteral("u-1"), QStringLiteral("k"), QStringLiteral("other"), &stored),
                 server::IdempotencyKeys::KeyState::Reused);
        // WHEN it finishes THEN the answer is replayed
        QVERIFY(store.keys().finish(QStringLiteral("u-1"), QStringLiteral("k"),
                                    {201, "{\"id\":\"r-1\"}", "\"1\"", "/api/v1/reports/r-1"}));
        QCOMPARE(store.keys().claim(QStringLiteral("u-1"), QStringLiteral("k"), QStringLiteral("h"), &stored),
                 server::IdempotencyKeys::KeyState::Replay);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.body, QByteArray("{\"id\":\"r-1\"}"));
        QCOMPARE(stored.etag, QByteArray("\"1\""));
        QCOMPARE(stored.location, QByteArray("/api/v1/reports/r-1"));
        // and over HTTP a running key answers 409 idempotency_key_in_use
        Client anna(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        const QByteArray reportBytes = QJsonDocument(reportBody()).toJson(QJsonDocument::Compact);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("POST /api/v1/reports\n" + reportBytes), QCryptographicHash::Sha256)
                .toHex());
        QCOMPARE(store.keys().claim(ts.ids[QStringLiteral("anna")], QStringLiteral("busy"), hash, &stored),
                 server::IdempotencyKeys::KeyState::Claimed);
        const Answer busy = anna.call("POST", QStringLiteral("/reports"), reportBytes, {{"Idempotency-Key", "busy"}});
        QCOMPARE(busy.status, 409);
        QCOMPARE(busy.errorCode(), QStringLiteral("idempotency_key_in_use"));
    }

    void editWithIfMatch_data() { addDatabaseRows(); }
    void editWithIfMatch()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port()), sara(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(sara.login(QStringLiteral("sara")));
        const QString id = anna.post(QStringLiteral("/reports"), reportBody(), key("r")).body.value(u"id").toString();
        const Answer read = sara.get(QStringLiteral("/reports/") + id);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.header("ETag"), QByteArray("\"1\""));
        const QByteArray patch = R"({"narrative": "Cykeln stod vid stationen. Låset var uppklippt."})";
        QCOMPARE(anna.call("PATCH", QStringLiteral("/reports/") + id, patch).status, 428);
        const Answer edited = anna.call("PATCH", QStringLiteral("/reports/") + id, patch, {{"If-Match", "\"1\""}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.body.value(u"version").toInt(), 2);
        QCOMPARE(edited.header("ETag"), QByteArray("\"2\""));
        QVERIFY(edited.body.value(u"narrative").toString().contains(u"uppklippt"));
        // Sara still holds version 1: her edit must not overwrite Anna's.
        const Answer stale =
            sara.call("PATCH", QStringLiteral("/reports/") + id, R"({"narrative": "x"})", {{"If-Match", "\"1\""}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.errorCode(), QStringLiteral("version_conflict"));
        // Server-owned fields cannot be patched: refused by name, nothing changes.
        const Answer owned =
            anna.call("PATCH", QStringLiteral("/reports/") + id,
                      R"({"caseNumber": "1400-K999-99", "createdBy": "someone"})", {{"If-Match", "\"2\""}});
        QCOMPARE(owned.status, 422);
        QCOMPARE(owned.errorCode(), QStringLiteral("validation_failed"));
        QVERIFY(owned.errorFields().contains(u"caseNumber"));
        QVERIFY(owned.errorFields().contains(u"createdBy"));
        QCOMPARE(anna.get(QStringLiteral("/reports/") + id).body.value(u"caseNumber").toString(),
                 read.body.value(u"caseNumber").toString());
        // A supplement is appended and bumps the version.
        const Answer sup = anna.post(QStringLiteral("/reports/") + id + QStringLiteral("/supplements"),
                                     QJsonObject{{QStringLiteral("text"), QStringLiteral("Ramnummer bekräftat.")}});
        QCOMPARE(sup.status, 201);
        const Answer after = anna.get(QStringLiteral("/reports/") + id);
        QCOMPARE(after.body.value(u"supplements").toArray().size(), 1);
        QCOMPARE(after.body.value(u"version").toInt(), 3); // the refused patch changed nothing
    }

    void fullContactFlowAndStats_data() { addDatabaseRows(); }
    void fullContactFlowAndStats()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client intake(ts.port()), anna(ts.port()), sara(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(sara.login(QStringLiteral("sara")));
        QCOMPARE(anna.call("PUT", QStringLiteral("/agents/me/state"), R"({"state": "ready"})").status, 200);
        const Answer notReady = anna.call("PUT", QStringLiteral("/agents/me/state"), R"({"state": "not_ready"})");
        QCOMPARE(notReady.status, 422); // a reason is required
        QCOMPARE(anna.call("PUT", QStringLiteral("/agents/me/state"), R"({"state":"not_ready","reason":"Rast"})")
                     .body.value(u"reason")
                     .toString(),
                 QStringLiteral("Rast"));

        const QString c1 = intake.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        const QString c2 = intake.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        QCOMPARE(intake.post(QStringLiteral("/contacts/") + c2 + QStringLiteral("/abandon"), {}).status, 200);
        QCOMPARE(anna.post(QStringLiteral("/contacts/") + c1 + QStringLiteral("/accept"), {}).status, 200);
        QJsonObject body = reportBody();
        body.insert(QStringLiteral("contactId"), c1);
        const QString reportId = anna.post(QStringLiteral("/reports"), body, key("flow")).body.value(u"id").toString();
        const Answer done = anna.post(QStringLiteral("/contacts/") + c1 + QStringLiteral("/complete"),
                                      QJsonObject{{QStringLiteral("disposition"), QStringLiteral("report_filed")},
                                                  {QStringLiteral("reportId"), reportId}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.body.value(u"state").toString(), QStringLiteral("completed"));
        QCOMPARE(done.body.value(u"disposition").toString(), QStringLiteral("report_filed"));

        const Answer stats = sara.get(QStringLiteral("/queues/stats"));
        QCOMPARE(stats.status, 200);
        QJsonObject anmalan;
        for (const QJsonValue& q : stats.body.value(u"queues").toArray())
            if (q.toObject().value(u"queue").toString() == QLatin1String("anmalan"))
                anmalan = q.toObject();
        QCOMPARE(anmalan.value(u"waiting").toInt(), 0);
        QCOMPARE(anmalan.value(u"answeredToday").toInt(), 1);
        QCOMPARE(anmalan.value(u"abandonedToday").toInt(), 1);
        QCOMPARE(anmalan.value(u"serviceLevelPercent").toDouble(), 50.0); // 1 answered in time of 2 offered
        QCOMPARE(anmalan.value(u"serviceLevelThresholdSeconds").toInt(), 60);
        bool sawAnna = false;
        for (const QJsonValue& a : stats.body.value(u"agents").toArray())
            if (a.toObject().value(u"agentId").toString() == ts.ids[QStringLiteral("anna")]) {
                sawAnna = true;
                QCOMPARE(a.toObject().value(u"state").toString(), QStringLiteral("wrap_up"));
            }
        QVERIFY(sawAnna);

        // Case history: by personnummer (any written form), phone and case number, newest first.
        Answer cases = anna.get(QStringLiteral("/cases?personnummer=000101-2384"));
        QCOMPARE(cases.status, 200);
        const QJsonArray items = cases.body.value(u"items").toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(u"report").toObject().value(u"id").toString(), reportId);
        QCOMPARE(item.value(u"report").toObject().value(u"offenceName").toString(),
                 QStringLiteral("Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"));
        QCOMPARE(item.value(u"contacts").toArray().size(), 1);
        const QString caseNumber = item.value(u"report").toObject().value(u"caseNumber").toString();
        QCOMPARE(anna.get(QStringLiteral("/cases?phone=%2B46701234567")).body.value(u"items").toArray().size(), 1);
        QCOMPARE(anna.get(QStringLiteral("/cases?caseNumber=") + caseNumber).body.value(u"items").toArray().size(), 1);
        QCOMPARE(anna.get(QStringLiteral("/cases?q=crescent%20station")).body.value(u"items").toArray().size(), 1);
        QCOMPARE(anna.get(QStringLiteral("/cases?personnummer=200001011493")).body.value(u"items").toArray().size(), 0);
        QCOMPARE(anna.get(QStringLiteral("/cases?personnummer=198707049996")).status, 422);
    }

    void caseFoundByEveryPersonnummerOnIt_data() { addDatabaseRows(); }
    void caseFoundByEveryPersonnummerOnIt()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client intake(ts.port()), anna(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        const QString person = QStringLiteral("191212121212");
        const QString other = QStringLiteral("200001012384");
        int serial = 0;
        auto file = [&](const QJsonObject& body) {
            const Answer r = anna.post(QStringLiteral("/reports"), body, key("pnr-" + QByteArray::number(++serial)));
            return r.status == 201 ? r.body.value(u"id").toString() : QString();
        };
        // GIVEN the person as the reporter (r1); as the injured party of someone else's report (r2);
        // as both the caller of a contact and the reporter of its report (r3, found twice over); and
        // a report of someone else only
        const QString r1 = file(kc::test::reportBody(person));
        QJsonObject injured = kc::test::reportBody(other);
        injured.insert(QStringLiteral("injuredPartyIsReporter"), false);
        injured.insert(QStringLiteral("injuredParty"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Tolvan")},
                                                                   {QStringLiteral("personnummer"), person}});
        const QString r2 = file(injured);
        QJsonObject call = kc::test::contactBody();
        QJsonObject caller = call.value(u"caller").toObject();
        caller.insert(QStringLiteral("personnummer"), person);
        call.insert(QStringLiteral("caller"), caller);
        const Answer contact = intake.post(QStringLiteral("/contacts"), call);
        QCOMPARE(contact.status, 201);
        const QString contactId = contact.body.value(u"id").toString();
        QCOMPARE(anna.post(QStringLiteral("/contacts/%1/accept").arg(contactId), QJsonObject()).status, 200);
        QJsonObject called = kc::test::reportBody(person);
        called.insert(QStringLiteral("contactId"), contactId);
        const QString r3 = file(called);
        QVERIFY(!file(kc::test::reportBody(QStringLiteral("200001011493"))).isEmpty());
        QVERIFY(!r1.isEmpty() && !r2.isEmpty() && !r3.isEmpty());
        // WHEN the agent searches by the person's number
        const Answer found = anna.get(QStringLiteral("/cases?personnummer=") + person);
        QCOMPARE(found.status, 200);
        // THEN each of the three reports comes once, and nothing else
        QStringList ids;
        for (const QJsonValue& v : found.body.value(u"items").toArray())
            ids << v.toObject().value(u"report").toObject().value(u"id").toString();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), (QSet<QString>{r1, r2, r3}));
    }

    void queuesAreConfigured_data() { addDatabaseRows(); }
    void queuesAreConfigured()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port()), ida(ts.port()), sara(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(ida.login(QStringLiteral("ida")));
        QVERIFY(sara.login(QStringLiteral("sara")));
        // GIVEN the standard queues, TestServer's "syd" and one with a team and its own threshold
        QVERIFY(ts.server->store().queues().add(
            {QStringLiteral("aterkoppling"), QStringLiteral("Återkoppling"), QStringLiteral("väst"), 30}));
        // WHEN any signed-in user asks THEN every queue, sorted by name (Å after T), the server's
        // threshold where the queue has none, no team where it has none
        const Answer queues = ida.get(QStringLiteral("/queues"));
        QCOMPARE(queues.status, 200);
        const QJsonArray items = queues.body.value(u"items").toArray();
        QStringList order;
        for (const QJsonValue& v : items)
            order << v[u"id"].toString();
        QCOMPARE(order, (QStringList{QStringLiteral("anmalan"), QStringLiteral("information"), QStringLiteral("syd"),
                                     QStringLiteral("tips"), QStringLiteral("aterkoppling")}));
        QCOMPARE(items.at(0).toObject(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("anmalan")},
                                                      {QStringLiteral("name"), QStringLiteral("Anmälan")},
                                                      {QStringLiteral("serviceLevelThresholdSeconds"), 60}}));
        QCOMPARE(items.at(4).toObject(), (QJsonObject{{QStringLiteral("id"), QStringLiteral("aterkoppling")},
                                                      {QStringLiteral("name"), QStringLiteral("Återkoppling")},
                                                      {QStringLiteral("team"), QStringLiteral("väst")},
                                                      {QStringLiteral("serviceLevelThresholdSeconds"), 30}}));

        // A contact names an existing queue: an unknown one is 422 on `queue`, naming the known ones.
        const Answer unknown = ida.post(QStringLiteral("/contacts"), contactBody(QStringLiteral("xyz")));
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.errorCode(), QStringLiteral("validation_failed"));
        const QString queueMessage = unknown.errorFields().value(u"queue").toString();
        QVERIFY2(queueMessage.startsWith(QStringLiteral("Okänd kö: xyz")), qPrintable(queueMessage));
        QVERIFY2(queueMessage.contains(QStringLiteral("anmalan")), qPrintable(queueMessage));
        QCOMPARE(ida.post(QStringLiteral("/contacts"), contactBody(QStringLiteral("tips"))).status, 201);

        // A user names existing queues too.
        User eva;
        eva.username = QStringLiteral("eva");
        eva.displayName = QStringLiteral("Eva Test");
        eva.team = QStringLiteral("väst");
        eva.queues = {QStringLiteral("anmalan"), QStringLiteral("bedrageri")};
        const auto refused = ts.server->store().users().add(eva, testPassword);
        QVERIFY(!refused);
        QCOMPARE(refused.error().status, 422);
        QVERIFY2(refused.error().fields.value(QStringLiteral("queues")).contains(QStringLiteral("bedrageri")),
                 qPrintable(refused.error().message));

        // The wallboard measures each queue against its own threshold.
        QVERIFY(ts.server->store().queues().edit(QStringLiteral("anmalan"), std::nullopt, std::nullopt, 20));
        int threshold = 0;
        for (const QJsonValue& q : sara.get(QStringLiteral("/queues/stats")).body.value(u"queues").toArray())
            if (q[u"queue"].toString() == QLatin1String("anmalan"))
                threshold = q[u"serviceLevelThresholdSeconds"].toInt();
        QCOMPARE(threshold, 20);
    }

    void migrationCreatesQueuesInUse_data() { addDatabaseRows(); }
    void migrationCreatesQueuesInUse()
    {
        QFETCH(QString, databaseUrl);
        // GIVEN a schema-4 database whose users and contacts name queues nobody configured
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl));
            Client ida(ts.port());
            QVERIFY(ida.login(QStringLiteral("ida")));
            QCOMPARE(ida.post(QStringLiteral("/contacts"), contactBody()).status, 201);
            server::Database& db = ts.server->store().database();
            QVERIFY(undoSchema10(db));
            QVERIFY(undoSchema8(db));
            for (const char* sql : {
                     "UPDATE users SET queues = '[\"anmalan\",\"bedrageri\"]' WHERE username = 'bo'",
                     "UPDATE contacts SET queue = 'gammal'",
                     "DROP TABLE queues",
                     // Undo schema 6: no hand-overs, thresholds or alerts.
                     "ALTER TABLE contacts DROP COLUMN handover_note",
                     "ALTER TABLE contacts DROP COLUMN handover_draft",
                     "ALTER TABLE contacts DROP COLUMN handover_by",
                     "ALTER TABLE contacts DROP COLUMN handover_at",
                     "DROP TABLE queue_thresholds",
                     "DROP TABLE alerts",
                 })
                QVERIFY2(db.exec(QString::fromLatin1(sql)).ok(), sql);
            QVERIFY(undoSchema7(db));
            QVERIFY(db.setMeta(QStringLiteral("schema_version"), QStringLiteral("4")));
        }
        // WHEN the server opens it THEN the standard queues and one per id in use (named by its id)
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, {}, /*fresh=*/false));
        Client bo(ts.port());
        QVERIFY(bo.login(QStringLiteral("bo")));
        QMap<QString, QString> names;
        for (const QJsonValue& v : bo.get(QStringLiteral("/queues")).body.value(u"items").toArray())
            names.insert(v[u"id"].toString(), v[u"name"].toString());
        QCOMPARE(names, (QMap<QString, QString>{{QStringLiteral("anmalan"), QStringLiteral("Anmälan")},
                                                {QStringLiteral("bedrageri"), QStringLiteral("bedrageri")},
                                                {QStringLiteral("gammal"), QStringLiteral("gammal")},
                                                {QStringLiteral("information"), QStringLiteral("Information")},
                                                {QStringLiteral("syd"), QStringLiteral("syd")},
                                                {QStringLiteral("tips"), QStringLiteral("Tips")}}));
    }

    void agentStateFollowsSessions_data() { addDatabaseRows(); }
    void agentStateFollowsSessions()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client sara(ts.port()), anna(ts.port()), annaElsewhere(ts.port());
        QVERIFY(sara.login(QStringLiteral("sara")));
        const qint64 before = sara.get(QStringLiteral("/changes")).body.value(u"cursor").toInteger();
        // anna's agent changes since `before`, each with her state as the feed serves it now
        const auto annaChanges = [&] {
            QStringList states;
            for (const QJsonValue& v :
                 sara.get(QStringLiteral("/changes?since=%1").arg(before)).body.value(u"changes").toArray())
                if (v[u"kind"].toString() == u"agent" && v[u"id"].toString() == ts.ids[QStringLiteral("anna")])
                    states << v[u"data"][u"state"].toString();
            return states;
        };
        // GIVEN anna, never signed in: offline. WHEN she signs in THEN not_ready without a reason,
        // published as agent.state, and GET /agents/me/state answers as PUT does
        QVERIFY(anna.login(QStringLiteral("anna")));
        const Answer state = anna.get(QStringLiteral("/agents/me/state"));
        QCOMPARE(state.status, 200);
        QCOMPARE(state.body.value(u"agentId").toString(), ts.ids[QStringLiteral("anna")]);
        QCOMPARE(state.body.value(u"displayName").toString(), QStringLiteral("Anna Test"));
        QCOMPARE(state.body.value(u"team").toString(), QStringLiteral("väst"));
        QCOMPARE(state.body.value(u"state").toString(), QStringLiteral("not_ready"));
        QVERIFY(!state.body.contains(u"reason"));
        QVERIFY(state.body.value(u"since").isString());
        QCOMPARE(annaChanges(), QStringList{QStringLiteral("not_ready")});

        // A state she chose survives a second sign-in elsewhere and the end of that session.
        const Answer ready = anna.call("PUT", QStringLiteral("/agents/me/state"), R"({"state":"ready"})");
        QCOMPARE(ready.status, 200);
        QVERIFY(annaElsewhere.login(QStringLiteral("anna")));
        QCOMPARE(anna.get(QStringLiteral("/agents/me/state")).body, ready.body);
        QCOMPARE(annaElsewhere.call("DELETE", QStringLiteral("/session")).status, 204);
        QCOMPARE(anna.get(QStringLiteral("/agents/me/state")).body.value(u"state").toString(), QStringLiteral("ready"));
        // WHEN her last session ends THEN offline, published
        QCOMPARE(anna.call("DELETE", QStringLiteral("/session")).status, 204);
        QCOMPARE(annaChanges(), (QStringList{QStringLiteral("offline"), QStringLiteral("offline"),
                                             QStringLiteral("offline")})); // not_ready, ready, offline
        // and the next sign-in makes her not_ready again
        QVERIFY(anna.login(QStringLiteral("anna")));
        QCOMPARE(anna.get(QStringLiteral("/agents/me/state")).body.value(u"state").toString(),
                 QStringLiteral("not_ready"));
    }

    void contactAnswersCarryTheirVersion_data() { addDatabaseRows(); }
    void contactAnswersCarryTheirVersion()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client ida(ts.port()), anna(ts.port());
        QVERIFY(ida.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        // Every answer that carries a contact carries its version as ETag, as api/openapi.yaml says.
        const Answer created = ida.post(QStringLiteral("/contacts"), contactBody());
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("ETag"), QByteArray("\"1\""));
        const QString id = created.body.value(u"id").toString();
        QCOMPARE(anna.get(QStringLiteral("/contacts/") + id).header("ETag"), QByteArray("\"1\""));
        const Answer accepted = anna.post(QStringLiteral("/contacts/") + id + QStringLiteral("/accept"), {});
        QCOMPARE(accepted.header("ETag"), QByteArray("\"2\""));
        const Answer completed =
            anna.post(QStringLiteral("/contacts/") + id + QStringLiteral("/complete"),
                      QJsonObject{{QStringLiteral("disposition"), QStringLiteral("advice_given")}});
        QCOMPARE(completed.status, 200);
        QCOMPARE(completed.header("ETag"), QByteArray("\"3\""));
        const QString other = ida.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        const Answer abandoned = ida.post(QStringLiteral("/contacts/") + other + QStringLiteral("/abandon"), {});
        QCOMPARE(abandoned.status, 200);
        QCOMPARE(abandoned.header("ETag"), QByteArray("\"2\""));
    }

    void reportLinksOnlyToAcceptedContact_data() { addDatabaseRows(); }
    void reportLinksOnlyToAcceptedContact()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client ida(ts.port()), anna(ts.port()), bo(ts.port());
        QVERIFY(ida.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(bo.login(QStringLiteral("bo")));
        const QString waiting = ida.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        const QString bos = ida.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        QCOMPARE(bo.post(QStringLiteral("/contacts/") + bos + QStringLiteral("/accept"), {}).status, 200);
        const auto linkedTo = [](const QString& contactId) {
            QJsonObject body = reportBody();
            body.insert(QStringLiteral("contactId"), contactId);
            return body;
        };
        // A waiting contact in her queue is not hers yet; a colleague's is not hers at all.
        for (const QString& id : {waiting, bos}) {
            const Answer refused = anna.post(QStringLiteral("/reports"), linkedTo(id), key("link-" + id.toUtf8()));
            QCOMPARE(refused.status, 422);
            QCOMPARE(refused.errorCode(), QStringLiteral("validation_failed"));
            QCOMPARE(refused.errorFields().value(u"contactId").toString(),
                     QStringLiteral("En anmälan kan bara kopplas till en kontakt som du har tagit emot."));
        }
        // Accepted: linked. Completed by her: a corrected report from the outbox is still linked.
        QCOMPARE(anna.post(QStringLiteral("/contacts/") + waiting + QStringLiteral("/accept"), {}).status, 200);
        QCOMPARE(anna.post(QStringLiteral("/reports"), linkedTo(waiting), key("taken")).status, 201);
        QCOMPARE(anna.post(QStringLiteral("/contacts/") + waiting + QStringLiteral("/complete"),
                           QJsonObject{{QStringLiteral("disposition"), QStringLiteral("report_filed")}})
                     .status,
                 200);
        QCOMPARE(anna.post(QStringLiteral("/reports"), linkedTo(waiting), key("after")).status, 201);
    }

    void contactValidationNamesEveryField_data() { addDatabaseRows(); }
    void contactValidationNamesEveryField()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client ida(ts.port());
        QVERIFY(ida.login(QStringLiteral("ida")));
        // No channel, an unknown queue, a priority out of range, a caller that is no object, no
        // subject: every field in one answer, each named in Swedish.
        const Answer a =
            ida.post(QStringLiteral("/contacts"), QJsonObject{{QStringLiteral("queue"), QStringLiteral("xyz")},
                                                              {QStringLiteral("priority"), 9},
                                                              {QStringLiteral("caller"), QStringLiteral("Anna")}});
        QCOMPARE(a.status, 422);
        QCOMPARE(a.errorCode(), QStringLiteral("validation_failed"));
        const QJsonObject fields = a.errorFields();
        QCOMPARE(fields.keys(),
                 (QStringList{QStringLiteral("caller"), QStringLiteral("channel"), QStringLiteral("priority"),
                              QStringLiteral("queue"), QStringLiteral("subject")}));
        QCOMPARE(fields.value(u"channel").toString(), QStringLiteral("Kanal saknas."));
        QCOMPARE(fields.value(u"subject").toString(), QStringLiteral("Gäller saknas."));
        QVERIFY2(fields.value(u"queue").toString().startsWith(QStringLiteral("Okänd kö: xyz.")),
                 qPrintable(fields.value(u"queue").toString()));
        QVERIFY2(fields.value(u"priority").toString().startsWith(QStringLiteral("Prioritet ")),
                 qPrintable(fields.value(u"priority").toString()));
        QVERIFY2(fields.value(u"caller").toString().startsWith(QStringLiteral("Inringande ")),
                 qPrintable(fields.value(u"caller").toString()));
        // A caller without name, phone or e-mail is one more field of the same answer.
        QJsonObject noCaller = contactBody();
        noCaller.insert(QStringLiteral("caller"), QJsonObject{{QStringLiteral("name"), QString()}});
        noCaller.remove(QStringLiteral("channel"));
        const QJsonObject both = ida.post(QStringLiteral("/contacts"), noCaller).errorFields();
        QCOMPARE(both.keys(), (QStringList{QStringLiteral("caller"), QStringLiteral("channel")}));
    }

    void changeFeed_data() { addDatabaseRows(); }
    void changeFeed()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client intake(ts.port()), anna(ts.port()), cissi(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(cissi.login(QStringLiteral("cissi")));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody(QStringLiteral("syd"))).status, 201);
        // Anna pages through in twos and sees exactly her five contacts, each once, in order.
        qint64 cursor = 0;
        QList<qint64> seqs;
        for (int guard = 0; guard < 10; ++guard) {
            const Answer page = anna.get(QStringLiteral("/changes?since=%1&limit=2").arg(cursor));
            QCOMPARE(page.status, 200);
            const QJsonArray changes = page.body.value(u"changes").toArray();
            for (const QJsonValue& ch : changes) {
                if (ch[u"kind"].toString() == u"agent") { // her own sign-in (not_ready), nobody else's
                    QCOMPARE(ch[u"id"].toString(), ts.ids[QStringLiteral("anna")]);
                    continue;
                }
                QCOMPARE(ch.toObject().value(u"kind").toString(), QStringLiteral("contact"));
                QCOMPARE(ch.toObject().value(u"data").toObject().value(u"queue").toString(), QStringLiteral("anmalan"));
                seqs << ch.toObject().value(u"seq").toInteger();
            }
            cursor = page.body.value(u"cursor").toInteger();
            if (changes.isEmpty())
                break;
        }
        QCOMPARE(seqs.size(), 5);
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
        QCOMPARE(cursor, 8); // two sign-ins, six contacts: past cissi's, which anna never sees
        const Answer cissiFeed = cissi.get(QStringLiteral("/changes"));
        QCOMPARE(cissiFeed.body.value(u"changes").toArray().size(), 2); // her sign-in and her queue's contact
    }

    void eventStreamResumes_data() { addDatabaseRows(); }
    void eventStreamResumes()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        server::ServerOptions options;
        options.heartbeat = std::chrono::seconds(1);
        QVERIFY(ts.start(databaseUrl, options));
        Client intake(ts.port()), anna(ts.port()), sara(ts.port());
        QVERIFY(intake.login(QStringLiteral("ida")));
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(sara.login(QStringLiteral("sara")));
        QList<qint64> all;
        {
            EventReader live(anna);
            EventReader wallboard(sara);
            QTRY_VERIFY(live.started()); // the stream is open before anything happens
            QTRY_VERIFY(wallboard.started());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
            QTRY_COMPARE(live.count(QStringLiteral("contact.created")), 3);
            all = live.ids();
            QCOMPARE(all.size(), 3);
            QTRY_VERIFY(wallboard.count(QStringLiteral("queue.stats")) >= 1);
            QTRY_COMPARE(wallboard.events.last().data.value(u"waiting").toInt(), 3);
        } // the client goes away
        // Meanwhile two more contacts arrive; anna resumes after the first event she had.
        QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        EventReader resumed(anna, all.first());
        QTRY_COMPARE(resumed.ids().size(), 4);
        const QList<qint64> ids = resumed.ids();
        QCOMPARE(ids.mid(0, 2), all.mid(1, 2)); // no gap, no duplicate
        QVERIFY(ids[2] > all.last() && ids[3] > ids[2]);
        // live events keep coming on the resumed stream
        QCOMPARE(intake.post(QStringLiteral("/contacts"), contactBody()).status, 201);
        QTRY_COMPARE(resumed.ids().size(), 5);
    }

    void twoInstancesShareEvents()
    {
        // PostgreSQL only: instance B's stream sees what instance A committed, via LISTEN/NOTIFY.
        const QString url = postgresUrl();
        if (url.isEmpty())
            QFAIL("the PostgreSQL fixture is not running (KC_TEST_PG_STATE)");
        TestServer a, b;
        QVERIFY(a.start(url));
        QVERIFY(b.start(url, {}, /*fresh=*/false));
        Client intakeA(a.port()), annaB(b.port()), boB(b.port()), annaA(a.port());
        QVERIFY(intakeA.login(QStringLiteral("ida")));
        QVERIFY(annaB.login(QStringLiteral("anna")));
        QVERIFY(boB.login(QStringLiteral("bo")));
        QVERIFY(annaA.login(QStringLiteral("anna")));
        EventReader stream(annaB);
        QTRY_VERIFY(stream.started());
        QElapsedTimer t;
        t.start();
        const QString id = intakeA.post(QStringLiteral("/contacts"), contactBody()).body.value(u"id").toString();
        QTRY_COMPARE_WITH_TIMEOUT(stream.count(QStringLiteral("contact.created")), 1, 5000);
        qInfo("contact.created reached instance B's stream after %lld ms", t.elapsed());
        QCOMPARE(stream.events.last().data.value(u"id").toString(), id);
        // The accept race across instances: exactly one wins.
        const Answer first = annaA.post(QStringLiteral("/contacts/") + id + QStringLiteral("/accept"), {});
        const Answer second = boB.post(QStringLiteral("/contacts/") + id + QStringLiteral("/accept"), {});
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 409);
        QTRY_COMPARE(stream.count(QStringLiteral("contact.updated")), 1);
    }

    void textSearchPagesNewestFirst_data() { addDatabaseRows(); }
    void textSearchPagesNewestFirst()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        server::ServerOptions options;
        options.clock = clock.function();
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client anna(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        // GIVEN ten reports a minute apart, each about a bicycle ("cykel" in every one, a word as
        // common as it gets); every third a Monark, the others a Crescent
        QStringList all, monark;
        for (int i = 0; i < 10; ++i) {
            clock.advance(60);
            QJsonObject body = reportBody();
            if (i % 3 == 0) {
                QJsonArray stolen = body.value(u"stolenItems").toArray();
                QJsonObject item = stolen.at(0).toObject();
                item.insert(QStringLiteral("brand"), QStringLiteral("Monark"));
                stolen.replace(0, item);
                body.insert(QStringLiteral("stolenItems"), stolen);
            }
            const Answer filed = anna.post(QStringLiteral("/reports"), body, key("n" + QByteArray::number(i)));
            QCOMPARE(filed.status, 201);
            all.prepend(filed.body.value(u"id").toString());
            if (i % 3 == 0)
                monark.prepend(all.first());
        }
        // WHEN the agent pages through free-text searches, in pages of 1, 2, 3 and 50
        // THEN every match comes once, newest first, whether the words are in every report, in some
        // or in a few; PostgreSQL walks only the newest 4 reports before asking its full-text index
        // for every match (instead of a window chosen by estimate), so each page here is served by one of its two plans
        // and the pages that cross from one to the other are checked too
        ts.server->store().cases().setNewestWindow(4);
        const QList<std::pair<QString, QStringList>> searches = {
            {QStringLiteral("cykel"), all},          {QStringLiteral("CYK stationen"), all},
            {QStringLiteral("monark"), monark},      {QStringLiteral("cykel monark"), monark},
            {QStringLiteral("monark crescent"), {}},
        };
        for (const auto& [words, expected] : searches)
            for (int limit : {1, 2, 3, 50})
                QVERIFY2(textSearchIds(anna, words, limit) == expected,
                         qPrintable(QStringLiteral("q=%1 limit=%2: %3 instead of %4")
                                        .arg(words)
                                        .arg(limit)
                                        .arg(textSearchIds(anna, words, limit).join(u','), expected.join(u','))));
        // AND the same with the window chosen by PostgreSQL's estimate, as in production
        ts.server->store().cases().setNewestWindow(0);
        QCOMPARE(textSearchIds(anna, QStringLiteral("cykel"), 3), all);
        QCOMPARE(textSearchIds(anna, QStringLiteral("monark"), 2), monark);
    }

    void migratesFromSchemaNine_data() { addDatabaseRows(); }
    void migratesFromSchemaNine()
    {
        QFETCH(QString, databaseUrl);
        ManualClock clock;
        server::ServerOptions options;
        options.clock = clock.function();
        // GIVEN a database as schema 9 left it (PostgreSQL: words parsed from search_text at each
        // search, an index on created_at alone), with two reports a minute apart
        QStringList ids;
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl, options));
            Client anna(ts.port());
            QVERIFY(anna.login(QStringLiteral("anna")));
            for (const QByteArray k : {"s9-1", "s9-2"}) {
                clock.advance(60);
                const Answer filed = anna.post(QStringLiteral("/reports"), reportBody(), key(k));
                QCOMPARE(filed.status, 201);
                ids.prepend(filed.body.value(u"id").toString());
            }
            server::Database& db = ts.server->store().database();
            QVERIFY(undoSchema10(db));
            QVERIFY(db.setMeta(QStringLiteral("schema_version"), QStringLiteral("9")));
        }
        // WHEN the server opens it
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options, /*fresh=*/false));
        server::Database& db = ts.server->store().database();
        QCOMPARE(db.meta(QStringLiteral("schema_version")), QString::number(server::Database::SchemaVersion));
        // THEN the old reports' words are stored and indexed (PostgreSQL), and free text finds them
        // newest first
        if (db.dialect() == server::Dialect::Postgres) {
            auto words =
                db.exec(QStringLiteral("SELECT COUNT(*) FROM reports WHERE search_tsv @@ 'stationen'::tsquery"));
            QVERIFY(words && words->next());
            QCOMPARE(words->value(0).toInt(), 2);
            words->finish();
            QStringList indexes;
            auto q = db.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'reports'"));
            QVERIFY(q);
            while (q->next())
                indexes << q->value(0).toString();
            QVERIFY2(indexes.contains(u"reports_tsv") && indexes.contains(u"reports_newest"),
                     qPrintable(indexes.join(u',')));
            QVERIFY2(!indexes.contains(u"reports_fts") && !indexes.contains(u"reports_created"),
                     qPrintable(indexes.join(u',')));
        }
        Client anna(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        QCOMPARE(textSearchIds(anna, QStringLiteral("cresc stationen"), 1), ids);
    }

    void migratesFromSchemaSeven_data() { addDatabaseRows(); }
    void migratesFromSchemaSeven()
    {
        QFETCH(QString, databaseUrl);
        // GIVEN a database as schema 7 left it, with a report and a contact
        QString reportId;
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl));
            Client anna(ts.port()), ida(ts.port());
            QVERIFY(anna.login(QStringLiteral("anna")));
            QVERIFY(ida.login(QStringLiteral("ida")));
            const Answer report = anna.post(QStringLiteral("/reports"), reportBody(), key("m7"));
            QCOMPARE(report.status, 201);
            reportId = report.body.value(u"id").toString();
            QCOMPARE(ida.post(QStringLiteral("/contacts"), contactBody()).status, 201);
            server::Database& db = ts.server->store().database();
            QVERIFY(db.exec(QStringLiteral("DELETE FROM users WHERE role = 'area'")).ok());
            QVERIFY(undoSchema10(db));
            QVERIFY(undoSchema8(db));
            QVERIFY(db.setMeta(QStringLiteral("schema_version"), QStringLiteral("7")));
        }
        // WHEN the server opens it THEN schema 8: the old report reads without routing, old
        // contacts list as before, and intake, routing and area users work
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, {}, /*fresh=*/false));
        QCOMPARE(ts.server->store().database().meta(QStringLiteral("schema_version")),
                 QString::number(kc::server::Database::SchemaVersion));
        Client anna(ts.port()), ida(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        QVERIFY(ida.login(QStringLiteral("ida")));
        const Answer old = anna.get(QStringLiteral("/reports/") + reportId);
        QCOMPARE(old.status, 200);
        QVERIFY(!old.body.contains(u"routing"));
        QCOMPARE(anna.get(QStringLiteral("/contacts")).body.value(u"items").toArray().size(), 1);
        const QJsonObject tip{{QStringLiteral("externalId"), QStringLiteral("t-1")},
                              {QStringLiteral("what"), QStringLiteral("Något misstänkt vid hamnen.")},
                              {QStringLiteral("anonymous"), true}};
        QCOMPARE(ida.post(QStringLiteral("/intake/tips"), tip).status, 201);
        QCOMPARE(ida.post(QStringLiteral("/intake/tips"), tip).status, 200);
        const Answer routed = anna.post(QStringLiteral("/reports"), reportBody(), key("m8"));
        QCOMPARE(routed.body.value(u"routing").toObject().value(u"policeArea").toString(), QStringLiteral("Skaraborg"));
        User area;
        area.username = QStringLiteral("skaraborg");
        area.displayName = QStringLiteral("Polisområde Skaraborg");
        area.role = Role::Area;
        area.policeArea = QStringLiteral("Skaraborg");
        QVERIFY(ts.server->store().users().add(area, testPassword));
        Client desk(ts.port());
        QVERIFY(desk.login(QStringLiteral("skaraborg")));
        QCOMPARE(desk.get(QStringLiteral("/handoffs")).body.value(u"items").toArray().size(), 1);
    }

    void migratesFromSchemaOne_data() { addDatabaseRows(); }
    void migratesFromSchemaOne()
    {
        QFETCH(QString, databaseUrl);
        // GIVEN a database as schema version 1 left it: reports, but no full-text index
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl));
            Client anna(ts.port());
            QVERIFY(anna.login(QStringLiteral("anna")));
            QCOMPARE(anna.post(QStringLiteral("/reports"), reportBody(), key("m1")).status, 201);
            server::Database& db = ts.server->store().database();
            QVERIFY(undoSchema10(db));
            QVERIFY(undoSchema8(db));
            QVERIFY(db.exec(db.dialect() == server::Dialect::Sqlite ? QStringLiteral("DROP TABLE reports_fts")
                                                                    : QStringLiteral("DROP INDEX reports_fts"))
                        .ok());
            // Undo schema 4: sign-in failures by username, no stored headers, whole copies in changes.
            for (const char* sql : {
                     "DROP TABLE login_attempts",
                     "DROP TABLE login_blocks",
                     "CREATE TABLE login_failures (username TEXT NOT NULL, at BIGINT NOT NULL)",
                     "ALTER TABLE idempotency DROP COLUMN etag",
                     "ALTER TABLE idempotency DROP COLUMN location",
                     "DROP INDEX changes_at",
                     "ALTER TABLE changes DROP COLUMN version",
                     "UPDATE changes SET data = '{\"copy\":\"Test Testsson\"}'",
                     // Undo schema 5: no queues table.
                     "DROP TABLE queues",
                     // Undo schema 6: no hand-overs, thresholds or alerts.
                     "ALTER TABLE contacts DROP COLUMN handover_note",
                     "ALTER TABLE contacts DROP COLUMN handover_draft",
                     "ALTER TABLE contacts DROP COLUMN handover_by",
                     "ALTER TABLE contacts DROP COLUMN handover_at",
                     "DROP TABLE queue_thresholds",
                     "DROP TABLE alerts",
                 })
                QVERIFY2(db.exec(QString::fromLatin1(sql)).ok(), sql);
            QVERIFY(undoSchema7(db));
            QVERIFY(db.setMeta(QStringLiteral("schema_version"), QStringLiteral("1")));
        }
        // WHEN the server opens it THEN it migrates, and free text finds the old report
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, {}, /*fresh=*/false));
        QCOMPARE(ts.server->store().database().meta(QStringLiteral("schema_version")),
                 QString::number(server::Database::SchemaVersion));
        Client anna(ts.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        const Answer found = anna.get(QStringLiteral("/cases?q=cresc%20STATION"));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.body.value(u"items").toArray().size(), 1);
        // Swedish letters are letters: "lås" is not "las", and punctuation cannot break the query.
        QCOMPARE(anna.get(QStringLiteral("/cases?q=l%C3%A5st")).body.value(u"items").toArray().size(), 1);
        QCOMPARE(anna.get(QStringLiteral("/cases?q=last")).body.value(u"items").toArray().size(), 0);
        QCOMPARE(anna.get(QStringLiteral("/cases?q=%22cykel*%20OR%20(")).status, 200);
        // The old copies in the change feed are gone; the feed serves the report as it is now.
        auto copies =
            ts.server->store().database().exec(QStringLiteral("SELECT COUNT(*) FROM changes WHERE data <> ''"));
        QVERIFY(copies && copies->next());
        QCOMPARE(copies->value(0).toInt(), 0);
        copies->finish();
        const QJsonArray feed = anna.get(QStringLiteral("/changes?since=0")).body.value(u"changes").toArray();
        bool reportServed = false;
        for (const QJsonValue& v : feed)
            if (v[u"kind"].toString() == u"report")
                reportServed = v[u"data"][u"narrative"].toString().contains(u"Cykeln");
        QVERIFY(reportServed);
    }

    void refusesNewerSchemaAndOtherDataKind_data() { addDatabaseRows(); }
    void refusesNewerSchemaAndOtherDataKind()
    {
        QFETCH(QString, databaseUrl);
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl));
        }
        // A demo server must not open a production database.
        {
            server::ServerOptions demo;
            demo.databaseUrl = databaseUrl;
            demo.demo = true;
            server::ApiServer s(demo);
            const auto opened = s.open();
            QVERIFY(!opened.ok());
            QVERIFY(opened.error().message.contains(u"demo") || opened.error().message.contains(u"Demo"));
        }
        // A database from a newer version is refused with a clear message.
        {
            server::ServerOptions opts;
            opts.databaseUrl = databaseUrl;
            server::ApiServer s(opts);
            QVERIFY(s.open().ok());
            QVERIFY(s.store().database().setMeta(QStringLiteral("schema_version"), QStringLiteral("99")));
        }
        server::ServerOptions opts;
        opts.databaseUrl = databaseUrl;
        server::ApiServer s(opts);
        const auto opened = s.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(u"nyare"), qPrintable(opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestApiFlow)
#include "tst_api_flow.moc"
