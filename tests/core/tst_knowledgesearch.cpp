// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The word handling of the knowledge base shared by server and workstation (core/knowledge.h):
// stems of Swedish inflections, compounds, small words, å ä ö kept, personnummer-like queries, the
// offline ranking (title over tags over summary over body), the highlighting positions, and the
// article's wire form.
#include "core/knowledge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kc::KnowledgeArticle;

namespace {

KnowledgeArticle article(const QString& id, const QString& title, const QString& summary, const QString& body = {},
                         const QStringList& tags = {})
{
    KnowledgeArticle a;
    a.id = id;
    a.title = title;
    a.summary = summary;
    a.body = body;
    a.tags = tags;
    a.version = 1;
    return a;
}

QStringList ids(const QList<KnowledgeArticle>& list)
{
    QStringList out;
    for (const auto& a : list)
        out << a.id;
    return out;
}

} // namespace

class TestKnowledgeSearch : public QObject
{
    Q_OBJECT

private slots:
    void stems_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("indexed"); // a word the stem must be a prefix of
        QTest::newRow("stölder → stöld") << u"stölder"_s << u"stöld"_s;
        QTest::newRow("stöld → stöldanmälan") << u"stöld"_s << u"stöldanmälan"_s;
        QTest::newRow("förlorat → förlorade") << u"förlorat"_s << u"förlorade"_s;
        QTest::newRow("nycklar → nyckel") << u"nycklar"_s << u"nyckel"_s;
        QTest::newRow("nyckel → nycklarna") << u"nyckel"_s << u"nycklarna"_s;
        QTest::newRow("vapnet → vapen") << u"vapnet"_s << u"vapen"_s;
        QTest::newRow("passet → pass") << u"passet"_s << u"pass"_s;
        QTest::newRow("körkortet → körkort") << u"körkortet"_s << u"körkort"_s;
        QTest::newRow("cykel → cyklar") << u"cykel"_s << u"cyklar"_s;
    }
    void stems()
    {
        QFETCH(QString, word);
        QFETCH(QString, indexed);
        const QString s = kc::knowledge::stem(word);
        QVERIFY2(indexed.startsWith(s), qPrintable(s));
        QVERIFY(s.size() >= 3);
    }

    void queryWords()
    {
        QCOMPARE(kc::knowledge::queryStems(u"Jag har tappat mitt pass, vad gör jag?"_s),
                 (QStringList{u"tapp"_s, u"pass"_s}));
        QCOMPARE(kc::knowledge::queryStems(u"och att"_s), QStringList{});
        QCOMPARE(kc::knowledge::words(u"Öland ÅRE ärende"_s), (QStringList{u"öland"_s, u"åre"_s, u"ärende"_s}));
        QCOMPARE(kc::knowledge::compoundParts(u"Vapenlicens och polisanmälan"_s), u"licens anmälan"_s);
    }

    void personal_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("personal");
        QTest::newRow("personnummer") << u"19121212-1212"_s << true;
        QTest::newRow("short personnummer") << u"121212-1212"_s << true;
        QTest::newRow("phone with spaces") << u"ring 070 123 45 67"_s << true;
        QTest::newRow("112") << u"ringa 112"_s << false;
        QTest::newRow("114 14") << u"114 14"_s << false; // five digits: the police's number, not a person
        QTest::newRow("words") << u"pass förlorat"_s << false;
    }
    void personal()
    {
        QFETCH(QString, query);
        QFETCH(bool, personal);
        QCOMPARE(kc::knowledge::looksPersonal(query), personal);
    }

    void ranking()
    {
        const QList<KnowledgeArticle> articles{
            article(u"body"_s, u"Allmänt"_s, u"Om annat."_s, u"Här nämns hittegods en gång."_s),
            article(u"title"_s, u"Hittegods"_s, u"Lämna det på en station."_s),
            article(u"summary"_s, u"Upphittat"_s, u"Hittegods lämnas till polisen."_s),
            article(u"tags"_s, u"Cyklar"_s, u"Om cyklar."_s, {}, {u"hittegods"_s}),
        };
        QCOMPARE(ids(kc::knowledge::search(articles, u"hittegods"_s)),
                 (QStringList{u"title"_s, u"tags"_s, u"summary"_s, u"body"_s}));
        QCOMPARE(ids(kc::knowledge::search(articles, u"HITTEGODS"_s)).value(0), u"title"_s);
        // Every word must match; when none has them all, the best with most of them.
        QCOMPARE(ids(kc::knowledge::search(articles, u"hittegods station"_s)), QStringList{u"title"_s});
        QCOMPARE(ids(kc::knowledge::search(articles, u"cyklar xyzzy"_s)), QStringList{u"tags"_s});
        // Empty and nonsense queries find nothing; å ä ö are not folded.
        QVERIFY(kc::knowledge::search(articles, u""_s).isEmpty());
        QVERIFY(kc::knowledge::search(articles, u"xyzzy"_s).isEmpty());
        const QList<KnowledgeArticle> towns{article(u"skovde"_s, u"Polisen i Skövde"_s, u"Se polisen.se."_s)};
        QCOMPARE(ids(kc::knowledge::search(towns, u"skövde"_s)), QStringList{u"skovde"_s});
        QVERIFY(kc::knowledge::search(towns, u"skovde"_s).isEmpty());
        // Compounds and inflection.
        const QList<KnowledgeArticle> more{
            article(u"vapen"_s, u"Vapenlicens"_s, u"Sök hos polisen."_s),
            article(u"stold"_s, u"Stöldanmälan"_s, u"Anmäl stölder."_s),
        };
        QCOMPARE(ids(kc::knowledge::search(more, u"licenser"_s)), QStringList{u"vapen"_s});
        QCOMPARE(ids(kc::knowledge::search(more, u"stölder"_s)), QStringList{u"stold"_s});
        QCOMPARE(ids(kc::knowledge::search(more, u"anmälan"_s)), QStringList{u"stold"_s});
    }

    void highlighting()
    {
        const QString text = u"Tappat passet? Passexpeditionen hjälper."_s;
        const auto found = kc::knowledge::matches(text, u"pass"_s);
        QCOMPARE(found.size(), 2);
        QCOMPARE(text.mid(found.at(0).first, found.at(0).second), u"passet"_s);
        QCOMPARE(text.mid(found.at(1).first, found.at(1).second), u"Passexpeditionen"_s);
    }

    void wireForm()
    {
        KnowledgeArticle a = article(u"a"_s, u"Titel"_s, u"Kort svar."_s, u"Mer."_s, {u"tagg"_s});
        a.referTo = {{u"Polisen"_s, u"114 14"_s, u"polisen.se"_s}};
        a.reviewedAt = QDate(2026, 12, 6);
        a.sources = {{u"Polisen"_s, u"https://polisen.se"_s}};
        a.checkBeforeQuoting = true;
        const auto back = kc::knowledge::fromJson(kc::knowledge::toJson(a));
        QVERIFY(back);
        QCOMPARE(*back, a);
        const auto missing = kc::knowledge::fromJson(QJsonObject{{u"title"_s, u"Bara titel"_s}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().path, u"summary"_s);
        QVERIFY(kc::knowledge::readAloudText(a).startsWith(u"Titel.\n\nKort svar."_s));
        QVERIFY(kc::knowledge::readAloudText(a).contains(u"114 14"_s));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeSearch)
#include "tst_knowledgesearch.moc"
