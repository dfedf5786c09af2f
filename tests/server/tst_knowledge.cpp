// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge base on the server (issue 14), over real loopback HTTP and against both databases:
// search table-driven over the shipped articles (query → the article that must come first),
// Swedish letters, inflection and compounds, empty and nonsense queries; what a search that found
// nothing leaves for the statistics (never a personnummer); editing rights, If-Match, versions and
// the change feed; shipped editions that update unedited articles and never a local edit; and the
// articles recorded when a contact is completed as Rådgivning.
#include "apiclient.h"
#include "core/i18n.h"
#include "server/apiserver.h"
#include "server/database.h"
#include "server/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;

namespace {

QStringList ids(const Answer& a)
{
    QStringList list;
    for (const QJsonValue& v : a.body.value(u"items").toArray())
        list << v.toObject().value(u"id").toString();
    return list;
}

QString searchPath(const QString& q)
{
    return u"/knowledge?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(q));
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kc::installTranslations(u"sv"_s); }

    void search_data() { kc::test::addDatabaseRows(); }
    void search()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port());
        QVERIFY(anna.login(u"anna"_s));

        // What callers say → the article an agent needs first.
        const struct
        {
            const char* query;
            const char* first;
        } table[] = {
            {"pass förlorat", "pass-id-kort-forlorat"},
            {"Jag har tappat mitt pass, vad gör jag?", "pass-id-kort-forlorat"},
            {"hittegods", "hittegods-upphittat"},
            {"HITTEGODS", "hittegods-upphittat"},
            {"kopia av anmälan", "kopia-av-anmalan"},
            {"vapenlicens", "vapenlicens"},
            {"licens", "vapenlicens"}, // a compound's second part
            {"ringa 112", "ringa-112-eller-114-14"},
            {"nycklarna", "nycklar-tappade"}, // inflected: nyckel, nycklar, nycklarna
            {"körkortet stulet", "korkort-stulet"},
            {"spärra kortet", "kort-stulet-sparra"},
            {"brottsofferjouren", "brottsofferjouren"},
            {"skyddad identitet", "skyddad-identitet"},
            {"polisstation skövde", "polisstation-skovde"},
            {"vapenlicenser", "vapenlicens"},
        };
        for (const auto& row : table) {
            const Answer a = anna.get(searchPath(QString::fromUtf8(row.query)));
            QCOMPARE(a.status, 200);
            const QStringList found = ids(a);
            QVERIFY2(!found.isEmpty() && found.first() == QLatin1String(row.first),
                     qPrintable(u"%1 → %2"_s.arg(QString::fromUtf8(row.query), found.join(u", "_s))));
        }
        // å, ä and ö are letters of their own: "skovde" is not "skövde", "stold" not "stöld".
        QVERIFY(!ids(anna.get(searchPath(u"skövde"_s))).isEmpty());
        QVERIFY(ids(anna.get(searchPath(u"skovde"_s))).isEmpty());
        // Nonsense finds nothing; an empty query lists every article by title, paged.
        QVERIFY(ids(anna.get(searchPath(u"xyzzy qwertz"_s))).isEmpty());
        const Answer all = anna.get(u"/knowledge?limit=500"_s);
        QCOMPARE(all.status, 200);
        QVERIFY2(ids(all).size() >= 30, qPrintable(QString::number(ids(all).size())));
        const Answer page = anna.get(u"/knowledge?limit=10&full=true"_s);
        QCOMPARE(ids(page).size(), 10);
        QCOMPARE(page.body.value(u"nextCursor").toString(), u"10"_s);
        QVERIFY(!page.body.value(u"items").toArray().first().toObject().value(u"body").toString().isEmpty());

        // The searches that found nothing, by their text — never a personnummer.
        QVERIFY(ids(anna.get(searchPath(u"19121212-1212"_s))).isEmpty());
        QVERIFY(ids(anna.get(searchPath(u"070-123 45 67"_s))).isEmpty());
        Client sara(ts.port());
        QVERIFY(sara.login(u"sara"_s));
        const Answer stats = sara.get(u"/knowledge/stats"_s);
        QCOMPARE(stats.status, 200);
        QStringList unanswered;
        for (const QJsonValue& v : stats.body.value(u"unanswered").toArray())
            unanswered << v.toObject().value(u"query").toString();
        QCOMPARE(unanswered, (QStringList{u"skovde"_s, u"xyzzy qwertz"_s}));
        QCOMPARE(anna.get(u"/knowledge/stats"_s).status, 403);
    }

    void editing_data() { kc::test::addDatabaseRows(); }
    void editing()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port()), sara(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(sara.login(u"sara"_s));
        const QString path = u"/knowledge/hittegods-upphittat"_s;
        const Answer before = anna.get(path);
        QCOMPARE(before.status, 200);
        QCOMPARE(before.header("ETag"), "\"1\"");

        const QByteArray change =
            compact({{u"summary"_s, u"Lämna det hittade i receptionsdisken på en polisstation."_s}});
        QCOMPARE(anna.call("PATCH", path, change, {{"If-Match", "\"1\""}}).status, 403); // agents read only
        QCOMPARE(sara.call("PATCH", path, change).status, 428);
        QCOMPARE(sara.call("PATCH", path, change, {{"If-Match", "\"7\""}}).status, 412);
        QCOMPARE(sara.call("PATCH", path, compact({{u"version"_s, 9}}), {{"If-Match", "\"1\""}}).status, 422);
        const Answer edited = sara.call("PATCH", path, change, {{"If-Match", "\"1\""}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.body.value(u"version").toInteger(), 2);
        QCOMPARE(edited.header("ETag"), "\"2\"");
        // The edit is searchable at once.
        QCOMPARE(ids(anna.get(searchPath(u"receptionsdisken"_s))), QStringList{u"hittegods-upphittat"_s});

        const Answer history = anna.get(path + u"/history"_s);
        QCOMPARE(history.status, 200);
        const QJsonArray versions = history.body.value(u"items").toArray();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(u"by").toString(), ts.ids.value(u"sara"_s));
        QCOMPARE(versions.at(0).toObject().value(u"changed").toArray(), QJsonArray{u"summary"_s});
        QCOMPARE(versions.at(1).toObject().value(u"by").toString(), u"leverans"_s);

        // A new article; the agent hears of both through the change feed.
        const Answer created = sara.post(u"/knowledge"_s, {{u"title"_s, u"Fyrverkerier på nyårsafton"_s},
                                                           {u"summary"_s, u"Se kommunens regler."_s},
                                                           {u"tags"_s, QJsonArray{u"fyrverkerier"_s}}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.body.value(u"id").toString(), u"fyrverkerier-pa-nyarsafton"_s);
        QCOMPARE(anna.post(u"/knowledge"_s, {{u"title"_s, u"X"_s}, {u"summary"_s, u"Y"_s}}).status, 403);
        QCOMPARE(sara.post(u"/knowledge"_s, {{u"title"_s, u"Utan kort svar"_s}}).status, 422);
        const Answer feed = anna.get(u"/changes"_s);
        QCOMPARE(feed.status, 200);
        QStringList events;
        for (const QJsonValue& v : feed.body.value(u"changes").toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(u"kind").toString() == u"knowledge")
                events << c.value(u"id").toString() + u':' + c.value(u"data").toObject().value(u"summary").toString();
        }
        QCOMPARE(events, (QStringList{u"hittegods-upphittat:Lämna det hittade i receptionsdisken på en polisstation."_s,
                                      u"fyrverkerier-pa-nyarsafton:Se kommunens regler."_s}));
        // Audited: the supervisor's team trail has the edit.
        const Answer audit = sara.get(u"/audit?resource=hittegods-upphittat"_s);
        QCOMPARE(audit.status, 200);
        QVERIFY2(audit.raw.contains("knowledge.update"), audit.raw.constData());
    }

    void shippedEditions_data() { kc::test::addDatabaseRows(); }
    void shippedEditions()
    {
        QFETCH(QString, databaseUrl);
        {
            TestServer ts;
            QVERIFY(ts.start(databaseUrl));
            Client sara(ts.port());
            QVERIFY(sara.login(u"sara"_s));
            QCOMPARE(sara.call("PATCH", u"/knowledge/tolk"_s, compact({{u"summary"_s, u"Vår egen text."_s}}),
                               {{"If-Match", "\"1\""}})
                         .status,
                     200);
            // Pretend the database holds an older edition of two shipped articles, one edited here.
            auto& db = ts.server->store().database();
            QVERIFY(db.exec(
                u"UPDATE knowledge SET shipped_edition = 0, title = 'Gammal' WHERE id IN ('tolk', 'tips-till-polisen')"_s));
            QVERIFY(db.setMeta(u"knowledge_shipped"_s, u"an older set"_s));
        }
        TestServer again;
        QVERIFY(again.start(databaseUrl, {}, false));
        Client anna(again.port());
        QVERIFY(anna.login(u"anna"_s));
        const Answer updated = anna.get(u"/knowledge/tips-till-polisen"_s);
        QCOMPARE(updated.body.value(u"version").toInteger(), 2); // the later edition, as a new version
        QCOMPARE(updated.body.value(u"title").toString(), u"Lämna tips till polisen"_s);
        const Answer kept = anna.get(u"/knowledge/tolk"_s);
        QCOMPARE(kept.body.value(u"version").toInteger(), 2); // the local edit stays
        QCOMPARE(kept.body.value(u"summary").toString(), u"Vår egen text."_s);
    }

    void completionRecordsArticles_data() { kc::test::addDatabaseRows(); }
    void completionRecordsArticles()
    {
        QFETCH(QString, databaseUrl);
        TestServer ts;
        QVERIFY(ts.start(databaseUrl));
        Client anna(ts.port()), sara(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(sara.login(u"sara"_s));
        const Answer contact = sara.post(u"/contacts"_s, kc::test::contactBody());
        QCOMPARE(contact.status, 201);
        const QString id = contact.body.value(u"id").toString();
        QCOMPARE(anna.post(u"/contacts/"_s + id + u"/accept"_s, {}).status, 200);
        const Answer unknown =
            anna.post(u"/contacts/"_s + id + u"/complete"_s,
                      {{u"disposition"_s, u"advice_given"_s}, {u"knowledgeArticleIds"_s, QJsonArray{u"finns-inte"_s}}});
        QCOMPARE(unknown.status, 422);
        QVERIFY(unknown.errorFields().contains(u"knowledgeArticleIds"_s));
        const Answer done = anna.post(u"/contacts/"_s + id + u"/complete"_s,
                                      {{u"disposition"_s, u"advice_given"_s},
                                       {u"knowledgeArticleIds"_s, QJsonArray{u"pass-id-kort-forlorat"_s}}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.body.value(u"knowledgeArticleIds").toArray(), QJsonArray{u"pass-id-kort-forlorat"_s});
        QCOMPARE(anna.get(u"/contacts/"_s + id).body.value(u"knowledgeArticleIds").toArray(),
                 QJsonArray{u"pass-id-kort-forlorat"_s});
        const QJsonArray used = sara.get(u"/knowledge/stats"_s).body.value(u"used").toArray();
        QCOMPARE(used.size(), 1);
        QCOMPARE(used.first().toObject().value(u"articleId").toString(), u"pass-id-kort-forlorat"_s);
        QCOMPARE(used.first().toObject().value(u"count").toInt(), 1);
    }

    // A contact completed as Rådgivning has no report, yet the caller's case history finds it (by
    // personnummer and by phone), with the articles recorded, among the reports by time and paged
    // with the same cursor; a contact still being handled is not history; every search is audited.
    void caseHistoryShowsAdviceContacts_data() { kc::test::addDatabaseRows(); }
    void caseHistoryShowsAdviceContacts()
    {
        QFETCH(QString, databaseUrl);
        auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::UTC));
        kc::server::ServerOptions options;
        options.clock = [now] { return *now; };
        TestServer ts;
        QVERIFY(ts.start(databaseUrl, options));
        Client anna(ts.port()), sara(ts.port());
        QVERIFY(anna.login(u"anna"_s));
        QVERIFY(sara.login(u"sara"_s));
        const Answer contact = sara.post(u"/contacts"_s, kc::test::contactBody(u"information"_s, 3, u"Tappat pass"_s));
        QCOMPARE(contact.status, 201);
        const QString adviceId = contact.body.value(u"id").toString();
        QCOMPARE(anna.post(u"/contacts/"_s + adviceId + u"/accept"_s, {}).status, 200);
        QCOMPARE(anna.post(u"/contacts/"_s + adviceId + u"/complete"_s,
                           {{u"disposition"_s, u"advice_given"_s},
                            {u"knowledgeArticleIds"_s, QJsonArray{u"pass-id-kort-forlorat"_s}}})
                     .status,
                 200);
        *now = now->addSecs(60);
        const Answer report = anna.post(u"/reports"_s, kc::test::reportBody(),
                                        {{"Idempotency-Key"_ba, QUuid::createUuid().toByteArray()}});
        QCOMPARE(report.status, 201);
        *now = now->addSecs(60);
        QCOMPARE(sara.post(u"/contacts"_s, kc::test::contactBody()).status, 201); // waiting: not history

        const Answer all = anna.get(u"/cases?personnummer=20000101-2384"_s);
        QCOMPARE(all.status, 200);
        const QJsonArray items = all.body.value(u"items").toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(u"report").toObject().value(u"id").toString(),
                 report.body.value(u"id").toString()); // newest first
        const QJsonObject advice = items.at(1).toObject();
        QVERIFY(advice.value(u"report").isNull());
        const QJsonArray contacts = advice.value(u"contacts").toArray();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().toObject().value(u"id").toString(), adviceId);
        QCOMPARE(contacts.first().toObject().value(u"disposition").toString(), u"advice_given"_s);
        QCOMPARE(contacts.first().toObject().value(u"knowledgeArticleIds").toArray(),
                 QJsonArray{u"pass-id-kort-forlorat"_s});

        // Paged with the existing cursor: one hit a page, the report-less contact on the second.
        const Answer first = anna.get(u"/cases?phone=0701234567&limit=1"_s);
        QCOMPARE(first.body.value(u"items").toArray().size(), 1);
        QVERIFY(!first.body.value(u"items").toArray().first().toObject().value(u"report").isNull());
        const QString cursor = first.body.value(u"nextCursor").toString();
        QVERIFY(!cursor.isEmpty());
        const Answer second = anna.get(u"/cases?phone=0701234567&limit=1&cursor="_s + cursor);
        const QJsonArray secondItems = second.body.value(u"items").toArray();
        QCOMPARE(secondItems.size(), 1);
        QVERIFY(secondItems.first().toObject().value(u"report").isNull());
        QCOMPARE(secondItems.first().toObject().value(u"contacts").toArray().first().toObject().value(u"id").toString(),
                 adviceId);
        QVERIFY(second.body.value(u"nextCursor").isNull());

        // A case number or free text finds reports only.
        const QString caseNumber = report.body.value(u"caseNumber").toString();
        QCOMPARE(anna.get(u"/cases?caseNumber="_s + caseNumber).body.value(u"items").toArray().size(), 1);

        // Audited: one cases.search row per search, with what was searched for.
        const Answer audit = sara.get(u"/audit?resource=cases"_s);
        QCOMPARE(audit.status, 200);
        int searches = 0;
        for (const QJsonValue& v : audit.body.value(u"items").toArray())
            if (v.toObject().value(u"action").toString() == u"cases.search"_s)
                ++searches;
        QCOMPARE(searches, 4);
    }
};

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
