// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The idempotent write path (issue 16), on SQLite and PostgreSQL: the key, the report (with its
// audit row and change) and the stored answer commit together or not at all; two instances with
// one key make one report, also when one waits for the other's uncommitted row (PostgreSQL);
// POST /reports/batch answers each report as POST /reports would, in one commit, and undoes an
// item the server fails on alone.
#include "core/i18n.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "tests/server/apiclient.h"
#include "tests/server/samplebodies.h"
#include "tests/server/testenv.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;

namespace {

QByteArray describe(const Answer& a)
{
    return "status " + QByteArray::number(a.status) + ": " + a.raw.left(600);
}

#define KC_EXPECT_STATUS(answer, expected) QVERIFY2((answer).status == (expected), describe(answer).constData())

QList<std::pair<QByteArray, QByteArray>> key(const QByteArray& k)
{
    return {{"Idempotency-Key", k}};
}

int count(TestServer& ts, const QString& sql)
{
    auto q = ts.server->store().database().exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

// What the write path leaves behind: reports, their audit rows, their changes, stored keys.
struct Rows
{
    int reports, audit, changes, keys;
    bool operator==(const Rows&) const = default;
};

Rows rows(TestServer& ts)
{
    return {count(ts, u"SELECT COUNT(*) FROM reports"_s),
            count(ts, u"SELECT COUNT(*) FROM audit WHERE action = 'report.create'"_s),
            count(ts, u"SELECT COUNT(DISTINCT entity_id) FROM changes WHERE kind = 'report'"_s),
            count(ts, u"SELECT COUNT(*) FROM idempotency"_s)};
}

char* toString(const Rows& r)
{
    return qstrdup(u"reports %1, audit %2, changes %3, keys %4"_s.arg(r.reports)
                       .arg(r.audit)
                       .arg(r.changes)
                       .arg(r.keys)
                       .toUtf8()
                       .constData());
}

// A trigger that makes the named write fail (inside the server's transaction), and its removal.
bool addFailingTrigger(TestServer& ts, const QString& table, const QString& when)
{
    auto& db = ts.server->store().database();
    if (db.dialect() == kc::server::Dialect::Sqlite)
        return bool(db.exec(u"CREATE TRIGGER kc_test_fail BEFORE %1 ON %2 WHEN %3 BEGIN"
                            " SELECT RAISE(ABORT, 'kc test: this write fails'); END"_s.arg(
                                table == u"idempotency" ? u"UPDATE"_s : u"INSERT"_s, table, when)));
    return db.exec(u"CREATE OR REPLACE FUNCTION kc_test_fail() RETURNS trigger LANGUAGE plpgsql AS"
                   " $$ BEGIN RAISE EXCEPTION 'kc test: this write fails'; END $$"_s) &&
           db.exec(u"CREATE TRIGGER kc_test_fail BEFORE %1 ON %2 FOR EACH ROW WHEN (%3)"
                   " EXECUTE FUNCTION kc_test_fail()"_s.arg(table == u"idempotency" ? u"UPDATE"_s : u"INSERT"_s, table,
                                                            when));
}

bool dropFailingTrigger(TestServer& ts, const QString& table)
{
    auto& db = ts.server->store().database();
    return bool(db.dialect() == kc::server::Dialect::Sqlite ? db.exec(u"DROP TRIGGER kc_test_fail"_s)
                                                            : db.exec(u"DROP TRIGGER kc_test_fail ON %1"_s.arg(table)));
}

QJsonObject batchItem(const QString& k, const QJsonObject& report)
{
    return {{u"idempotencyKey"_s, k}, {u"report"_s, report}};
}

Answer postBatch(Client& c, const QJsonArray& items)
{
    return c.post(u"/reports/batch"_s, QJsonObject{{u"items"_s, items}});
}

QJsonObject itemOf(const Answer& a, int i)
{
    return a.body.value(u"items").toArray().at(i).toObject();
}

} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(kc::installTranslations(QStringLiteral("sv")));
    }

    void aFailureKeepsNothing_data() { kc::test::addDatabaseRows(); }
    void aFailureKeepsNothing()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const Rows before = rows(ts);
        // GIVEN a database that refuses to store the answer of a request (the last write of the path)
        QVERIFY(addFailingTrigger(ts, u"idempotency"_s, u"NEW.state = 'done'"_s));
        // WHEN a report is filed
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"statement failed"_s));
        const Answer failed = anna.post(u"/reports"_s, kc::test::reportBody(), key("one-commit"));
        // THEN the client hears of a failure, and nothing of the request is left: no report, no audit
        // row, no change, no key, no case number used up
        KC_EXPECT_STATUS(failed, 500);
        QCOMPARE(rows(ts), before);
        QCOMPARE(count(ts, u"SELECT COUNT(*) FROM case_serials"_s), 0);
        // AND WHEN the database works again, the retry with the same key files it, once
        QVERIFY(dropFailingTrigger(ts, u"idempotency"_s));
        const Answer filed = anna.post(u"/reports"_s, kc::test::reportBody(), key("one-commit"));
        KC_EXPECT_STATUS(filed, 201);
        QVERIFY(filed.body.value(u"caseNumber").toString().startsWith(u"1400-K1-"_s));
        const Answer replay = anna.post(u"/reports"_s, kc::test::reportBody(), key("one-commit"));
        KC_EXPECT_STATUS(replay, 201);
        QCOMPARE(replay.body, filed.body);
        QCOMPARE(replay.header("Idempotent-Replayed"), "true"_ba);
        QCOMPARE(rows(ts), (Rows{before.reports + 1, before.audit + 1, before.changes + 1, before.keys + 1}));
    }

    void twoInstancesWithOneKeyMakeOneReport_data() { kc::test::addDatabaseRows(); }
    void twoInstancesWithOneKeyMakeOneReport()
    {
        QFETCH(QString, databaseUrl);
        TestServer first, second;
        QVERIFY(first.start(databaseUrl));
        QVERIFY(second.start(databaseUrl, {}, /*fresh=*/false));
        Client here(first.port()), there(second.port());
        QVERIFY(here.login(u"anna"_s));
        QVERIFY(there.login(u"anna"_s));
        // WHEN the same report with the same key reaches both instances at once
        const QByteArray body = QJsonDocument(kc::test::reportBody()).toJson(QJsonDocument::Compact);
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (Client* c : {&here, &there}) {
            QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/reports"_s.arg(c->port())));
            req.setRawHeader("Authorization", "Bearer " + c->token.toLatin1());
            req.setRawHeader("Idempotency-Key", "racing");
            req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            replies.emplace_back(c->nam().post(req, body));
        }
        QSet<QString> ids;
        int replayed = 0;
        for (auto& r : replies) {
            if (!r->isFinished()) {
                QSignalSpy done(r.get(), &QNetworkReply::finished);
                QVERIFY(done.wait(30000));
            }
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
            replayed += r->rawHeader("Idempotent-Replayed") == "true";
            ids << QJsonDocument::fromJson(r->readAll()).object()[u"id"].toString();
        }
        // THEN one filed it and the other answered the same report: one row
        QCOMPARE(replayed, 1);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(count(first, u"SELECT COUNT(*) FROM reports"_s), 1);
    }

    void aKeyAnotherInstanceHoldsIsWaitedFor()
    {
        // PostgreSQL only: SQLite has one writer at a time, so nothing is ever held uncommitted there.
        const QString url = kc::test::postgresUrl();
        QVERIFY2(!url.isEmpty(), "KC_TEST_PG_STATE: register this test with kc_add_pg_test");
        // The server's clock, fixed: the other instance's claim is as old as a claim just made.
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::UTC);
        kc::server::ServerOptions options;
        options.clock = [now] { return now; };
        TestServer ts;
        QVERIFY(ts.start(url, options));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const QByteArray body = QJsonDocument(kc::test::reportBody()).toJson(QJsonDocument::Compact);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("POST /api/v1/reports\n" + body), QCryptographicHash::Sha256).toHex());
        const QString annaId = ts.ids[u"anna"_s];
        // GIVEN another instance in the middle of the same request: its claim of the key is written
        // and not yet committed
        std::atomic<int> step{0}; // 1: claimed; 2: the server waits on it; 3: committed; -1: failed
        std::thread other([&] {
            kc::test::PostgresConnection conn(url);
            QSqlDatabase db = conn.database();
            QSqlQuery q(db);
            if (!conn.isOpen() || !db.transaction() ||
                !q.exec(u"INSERT INTO idempotency (user_id, key, request_hash, state, created_at)"
                        " VALUES ('%1', 'held', '%2', 'running', %3)"_s.arg(annaId, hash)
                            .arg(now.toMSecsSinceEpoch()))) {
                step = -1;
                return;
            }
            step = 1;
            // Polls the server's own condition (its backend waits for our row lock), like QTRY_VERIFY.
            for (int i = 0; i < 4000 && step == 1; ++i) {
                QSqlQuery waiting(db);
                if (waiting.exec(u"SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                 " AND datname = current_database()"_s) &&
                    waiting.next() && waiting.value(0).toInt() > 0)
                    step = 2;
                else
                    QThread::msleep(5);
            }
            const bool done = step == 2 &&
                              q.exec(u"UPDATE idempotency SET state = 'done', status = 201,"
                                     " body = '{\"id\":\"r-other\"}' WHERE key = 'held'"_s) &&
                              db.commit();
            step = done ? 3 : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(step != 0, 10000);
        QCOMPARE(step.load(), 1);
        // WHEN this instance gets the same request
        QNetworkRequest req(QUrl(u"http://127.0.0.1:%1/api/v1/reports"_s.arg(ts.port())));
        req.setRawHeader("Authorization", "Bearer " + anna.token.toLatin1());
        req.setRawHeader("Idempotency-Key", "held");
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        std::unique_ptr<QNetworkReply> reply(anna.nam().post(req, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(30000));
        other.join();
        // THEN it waited for the other's commit and answers with the other's answer: no second report
        QCOMPARE(step.load(), 3);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->rawHeader("Idempotent-Replayed"), "true"_ba);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"id").toString(), u"r-other"_s);
        QCOMPARE(count(ts, u"SELECT COUNT(*) FROM reports"_s), 0);
    }

    void batchAnswersEachReportOnItsOwn_data() { kc::test::addDatabaseRows(); }
    void batchAnswersEachReportOnItsOwn()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        // GIVEN a report filed alone before
        const Answer alone = anna.post(u"/reports"_s, kc::test::reportBody(), key("k-alone"));
        KC_EXPECT_STATUS(alone, 201);
        const Rows before = rows(ts);
        // WHEN a batch brings a new report, an invalid one, the earlier one again (same key, same
        // report), another report under that key, and one without a key
        QJsonObject other = kc::test::reportBody();
        other.insert(u"narrative"_s, u"Något helt annat."_s);
        const QJsonArray items{batchItem(u"k-new"_s, kc::test::reportBody()),
                               batchItem(u"k-bad"_s, kc::test::reportBody(u"198707049996"_s)),
                               batchItem(u"k-alone"_s, kc::test::reportBody()), batchItem(u"k-alone"_s, other),
                               QJsonObject{{u"report"_s, kc::test::reportBody()}}};
        const Answer batch = postBatch(anna, items);
        KC_EXPECT_STATUS(batch, 200);
        QCOMPARE(batch.body.value(u"items").toArray().size(), 5);
        // THEN each has the answer POST /reports would have given it
        QCOMPARE(itemOf(batch, 0).value(u"status").toInt(), 201);
        const QJsonObject created = itemOf(batch, 0).value(u"body").toObject();
        QVERIFY(created.value(u"caseNumber").toString().startsWith(u"1400-K2-"_s));
        QCOMPARE(itemOf(batch, 1).value(u"status").toInt(), 422);
        const QJsonObject error = itemOf(batch, 1).value(u"body").toObject().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"validation_failed"_s);
        QVERIFY(
            error.value(u"fields").toObject().value(u"reporter.personnummer").toString().contains(u"kontrollsiffra"));
        QCOMPARE(itemOf(batch, 2).value(u"status").toInt(), 200);
        QCOMPARE(itemOf(batch, 2).value(u"replayed").toBool(), true);
        QCOMPARE(itemOf(batch, 2).value(u"body").toObject(), alone.body);
        QCOMPARE(itemOf(batch, 3).value(u"status").toInt(), 422);
        QCOMPARE(itemOf(batch, 3).value(u"body").toObject().value(u"error").toObject().value(u"code").toString(),
                 u"idempotency_key_reused"_s);
        QCOMPARE(itemOf(batch, 4).value(u"status").toInt(), 428);
        QVERIFY(!itemOf(batch, 4)
                     .value(u"body")
                     .toObject()
                     .value(u"error")
                     .toObject()
                     .value(u"message")
                     .toString()
                     .isEmpty());
        // AND one report more, with its audit row and change; the new and the refused keys are kept
        QCOMPARE(rows(ts), (Rows{before.reports + 1, before.audit + 1, before.changes + 1, before.keys + 2}));
        // WHEN the same batch comes again (its answer was lost) THEN nothing new, the same answers
        const Answer again = postBatch(anna, items);
        KC_EXPECT_STATUS(again, 200);
        QCOMPARE(itemOf(again, 0).value(u"status").toInt(), 200);
        QCOMPARE(itemOf(again, 0).value(u"body").toObject(), created);
        QCOMPARE(itemOf(again, 1).value(u"status").toInt(), 422);
        QCOMPARE(itemOf(again, 1).value(u"replayed").toBool(), true);
        QCOMPARE(rows(ts), (Rows{before.reports + 1, before.audit + 1, before.changes + 1, before.keys + 2}));
        // AND a batch item sent alone later replays too: the same fingerprint as POST /reports
        const Answer single = anna.post(u"/reports"_s, kc::test::reportBody(), key("k-new"));
        KC_EXPECT_STATUS(single, 201);
        QCOMPARE(single.body, created);

        // Roles and limits as POST /reports: a supervisor may not, and at most 100 at once.
        Client sara(ts.port());
        QVERIFY(sara.login(u"sara"_s));
        KC_EXPECT_STATUS(postBatch(sara, {batchItem(u"s-1"_s, kc::test::reportBody())}), 403);
        QJsonArray many;
        for (int i = 0; i < 101; ++i)
            many.append(batchItem(u"m-%1"_s.arg(i), kc::test::reportBody()));
        const Answer tooMany = postBatch(anna, many);
        KC_EXPECT_STATUS(tooMany, 422);
        QVERIFY(!tooMany.errorFields().value(u"items").toString().isEmpty());
        KC_EXPECT_STATUS(postBatch(anna, {}), 422);
        QCOMPARE(rows(ts).reports, before.reports + 1);
    }

    void batchItemTheServerFailsOnIsUndoneAlone_data() { kc::test::addDatabaseRows(); }
    void batchItemTheServerFailsOnIsUndoneAlone()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        const Rows before = rows(ts);
        // GIVEN a database that fails to store one particular report
        QVERIFY(addFailingTrigger(ts, u"reports"_s, u"NEW.search_text LIKE '%trasig rad%'"_s));
        QJsonObject broken = kc::test::reportBody();
        broken.insert(u"location"_s,
                      QJsonObject{{u"municipalityCode"_s, u"1495"_s}, {u"description"_s, u"Trasig rad"_s}});
        const QJsonArray items{batchItem(u"b-1"_s, kc::test::reportBody()), batchItem(u"b-2"_s, broken),
                               batchItem(u"b-3"_s, kc::test::reportBody())};
        // WHEN a batch holds it between two others
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"statement failed"_s));
        const Answer batch = postBatch(anna, items);
        // THEN that one is a server failure whose key is not kept; the others are filed
        KC_EXPECT_STATUS(batch, 200);
        QCOMPARE(itemOf(batch, 0).value(u"status").toInt(), 201);
        QCOMPARE(itemOf(batch, 1).value(u"status").toInt(), 500);
        QCOMPARE(itemOf(batch, 2).value(u"status").toInt(), 201);
        QCOMPARE(rows(ts), (Rows{before.reports + 2, before.audit + 2, before.changes + 2, before.keys + 2}));
        // AND WHEN the database works again, the same batch files the missing one and replays the rest
        QVERIFY(dropFailingTrigger(ts, u"reports"_s));
        const Answer again = postBatch(anna, items);
        KC_EXPECT_STATUS(again, 200);
        QCOMPARE(itemOf(again, 0).value(u"status").toInt(), 200);
        QCOMPARE(itemOf(again, 0).value(u"body").toObject(), itemOf(batch, 0).value(u"body").toObject());
        QCOMPARE(itemOf(again, 1).value(u"status").toInt(), 201);
        QCOMPARE(itemOf(again, 2).value(u"status").toInt(), 200);
        QCOMPARE(rows(ts), (Rows{before.reports + 3, before.audit + 3, before.changes + 3, before.keys + 3}));
    }
};

QTEST_MAIN(TestWritePath)
#include "tst_writepath.moc"
