// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The offence guide: from plain words and the agent's answers to Brå's code. Table-driven: each
// row is a call as an agent would answer it, with the code Brå's own name says is right (the
// names are checked in `codesAreBrasNames`), or the questions still to ask.
#include "core/offenceguide.h"
#include "core/personnummer.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kc;
using Q = OffenceAnswers::Question;
using Answers = QList<std::pair<int, QString>>; // question → value; Age as a number in text

namespace {

OffenceAnswers answers(const Answers& list)
{
    OffenceAnswers a;
    for (const auto& [q, v] : list) {
        if (q == Q::Age)
            a.age = v.toInt();
        else
            a.choice[q] = v;
    }
    return a;
}

} // namespace

class TestOffenceGuide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void derive_data()
    {
        QTest::addColumn<QString>("offence");
        QTest::addColumn<Answers>("given");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QList<int>>("open");

        const QList<int> none;
        // GIVEN an offence that Brå does not split THEN no question is asked.
        QTest::newRow("cykelstöld") << "Cykelstöld" << Answers{} << "9830" << none;
        QTest::newRow("klotter") << "Klotter" << Answers{} << "1209" << none;
        QTest::newRow("förlust") << "Förlust (ej brott)" << Answers{} << "FORLUST" << none;
        // Inbrott: attempt or completed.
        QTest::newRow("inbrott lägenhet, unanswered")
            << "Inbrott i lägenhet" << Answers{} << "" << QList<int>{Q::Stage};
        QTest::newRow("inbrott lägenhet, fullbordat")
            << "Inbrott i lägenhet" << Answers{{Q::Stage, "fullbordat"}} << "9802" << none;
        QTest::newRow("inbrott lägenhet, försök")
            << "Inbrott i lägenhet" << Answers{{Q::Stage, "försök"}} << "0874" << none;
        QTest::newRow("inbrott villa, försök")
            << "Inbrott i villa eller radhus" << Answers{{Q::Stage, "försök"}} << "0857" << none;
        // Olaga hot: the example, a woman threatened by a stranger, not online.
        QTest::newRow("olaga hot, nothing known")
            << "Olaga hot" << Answers{} << "" << QList<int>{Q::Sex, Q::Age, Q::Relation, Q::Internet};
        QTest::newRow("olaga hot, kvinna 40, obekant, ej internet")
            << "Olaga hot"
            << Answers{{Q::Sex, "kvinna"}, {Q::Age, "40"}, {Q::Relation, "obekant"}, {Q::Internet, "nej"}} << "9443"
            << none;
        QTest::newRow("olaga hot, man 18 exactly, partner, internet")
            << "Olaga hot" << Answers{{Q::Sex, "man"}, {Q::Age, "18"}, {Q::Relation, "partner"}, {Q::Internet, "ja"}}
            << "9436" << none;
        // A child: relation does not split, so it is not asked.
        QTest::newRow("olaga hot, flicka 17, relation not asked")
            << "Olaga hot" << Answers{{Q::Sex, "kvinna"}, {Q::Age, "17"}} << "" << QList<int>{Q::Internet};
        QTest::newRow("olaga hot, pojke 12, ej internet")
            << "Olaga hot" << Answers{{Q::Sex, "man"}, {Q::Age, "12"}, {Q::Internet, "nej"}} << "0453" << none;
        QTest::newRow("olaga hot, relation given for a child is ignored")
            << "Olaga hot" << Answers{{Q::Sex, "kvinna"}, {Q::Age, "9"}, {Q::Relation, "familj"}, {Q::Internet, "ja"}}
            << "0450" << none;
        // Misshandel: age bands, indoors/outdoors, bekant covers partner and family for children.
        QTest::newRow("misshandel, pojke 6 inomhus, familj")
            << "Misshandel" << Answers{{Q::Sex, "man"}, {Q::Age, "6"}, {Q::Place, "inomhus"}, {Q::Relation, "familj"}}
            << "9308" << none;
        QTest::newRow("misshandel, flicka 7 utomhus, obekant")
            << "Misshandel"
            << Answers{{Q::Sex, "kvinna"}, {Q::Age, "7"}, {Q::Place, "utomhus"}, {Q::Relation, "obekant"}} << "9309"
            << none;
        QTest::newRow("misshandel, man 30 utomhus, obekant (DOMAIN 0357)")
            << "Misshandel" << Answers{{Q::Sex, "man"}, {Q::Age, "30"}, {Q::Place, "utomhus"}, {Q::Relation, "obekant"}}
            << "0357" << none;
        QTest::newRow("misshandel, kvinna 55 inomhus, partner")
            << "Misshandel"
            << Answers{{Q::Sex, "kvinna"}, {Q::Age, "55"}, {Q::Place, "inomhus"}, {Q::Relation, "partner"}} << "9365"
            << none;
        QTest::newRow("misshandel, only place missing")
            << "Misshandel" << Answers{{Q::Sex, "kvinna"}, {Q::Age, "55"}, {Q::Relation, "bekant"}} << ""
            << QList<int>{Q::Place};
        // Fraud: international link and elderly/disabled victim.
        QTest::newRow("social manipulation, ej äldre, ej internationell")
            << "Bedrägeri genom social manipulation" << Answers{{Q::Vulnerable, "nej"}, {Q::International, "nej"}}
            << "0957" << none;
        QTest::newRow("social manipulation, äldre, internationell")
            << "Bedrägeri genom social manipulation" << Answers{{Q::Vulnerable, "ja"}, {Q::International, "ja"}}
            << "0954" << none;
        QTest::newRow("kortbedrägeri utan kort: only international")
            << "Kortbedrägeri, kortuppgifterna använda" << Answers{} << "" << QList<int>{Q::International};
        QTest::newRow("kortbedrägeri utan kort, ej internationell (DOMAIN 0983)")
            << "Kortbedrägeri, kortuppgifterna använda" << Answers{{Q::International, "nej"}} << "0983" << none;
        QTest::newRow("fickstöld, funktionsnedsatt") << "Fickstöld" << Answers{{Q::Vulnerable, "ja"}} << "9818" << none;
        // Olaga förföljelse of a woman by an acquaintance: Brå's list has no such code (9426).
        QTest::newRow("olaga förföljelse, kvinna bekant: no code")
            << "Olaga förföljelse" << Answers{{Q::Sex, "kvinna"}, {Q::Age, "30"}, {Q::Relation, "bekant"}} << ""
            << none;
        QTest::newRow("olaga förföljelse, man bekant")
            << "Olaga förföljelse" << Answers{{Q::Sex, "man"}, {Q::Age, "30"}, {Q::Relation, "bekant"}} << "9430"
            << none;
        // Sexuellt ofredande: under 15 and 15–17 are different codes.
        QTest::newRow("sexuellt ofredande, flicka 14, internet")
            << "Sexuellt ofredande" << Answers{{Q::Sex, "kvinna"}, {Q::Age, "14"}, {Q::Internet, "ja"}} << "6155"
            << none;
        QTest::newRow("sexuellt ofredande, flicka 15, internet")
            << "Sexuellt ofredande" << Answers{{Q::Sex, "kvinna"}, {Q::Age, "15"}, {Q::Internet, "ja"}} << "6159"
            << none;
        QTest::newRow("unknown offence") << "Ingenting" << Answers{} << "" << none;
    }

    void derive()
    {
        QFETCH(QString, offence);
        QFETCH(Answers, given);
        QFETCH(QString, code);
        QFETCH(QList<int>, open);
        const OffenceDerivation d = OffenceGuide::builtin().derive(offence, answers(given));
        QCOMPARE(d.code, code);
        QList<int> gotOpen;
        for (Q q : d.open)
            gotOpen.append(q);
        QCOMPARE(gotOpen, open);
        if (!code.isEmpty())
            QCOMPARE(d.candidates, QStringList{code});
    }

    void codesAreBrasNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words"); // what Brå's name must say for the derivation above
        QTest::newRow("9443") << "9443" << "Olaga hot|ej internetrelaterat|kvinna 18 år|obekanta";
        QTest::newRow("9436") << "9436" << "Olaga hot|internetrelaterat|man 18 år|parrelation";
        QTest::newRow("0453") << "0453" << "Olaga hot|pojke under 18|ej internetrelaterat";
        QTest::newRow("9308") << "9308" << "Misshandel inomhus|pojke 0-6|bekant";
        QTest::newRow("9309") << "9309" << "Misshandel utomhus|flicka 7-14|obekant";
        QTest::newRow("9365") << "9365" << "ej grov|kvinna 18|nära relation|inomhus";
        QTest::newRow("0957") << "0957" << "social manipulation|ej internationell|ej mot äldre";
        QTest::newRow("0874") << "0874" << "Inbrottsstöld|försök|lägenhet";
        QTest::newRow("9430") << "9430" << "Olaga förföljelse|man 18|bekanta";
        QTest::newRow("6159") << "6159" << "Sexuellt ofredande|flicka 15–17|på internet";
    }

    void codesAreBrasNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, words);
        const OffenceType* o = ReferenceData::builtin().offenceType(code);
        QVERIFY(o);
        QVERIFY(!o->isEnded());
        for (const QString& w : words.split(u'|'))
            QVERIFY2(o->name.contains(w), qPrintable(o->name + QStringLiteral(" lacks ") + w));
    }

    void mostFrequentFirst()
    {
        const QStringList offences = OffenceGuide::builtin().offences();
        QVERIFY(offences.size() >= 30);
        QCOMPARE(offences.first(), QStringLiteral("Cykelstöld"));
        QVERIFY(offences.indexOf(QStringLiteral("Inbrott i lägenhet")) <
                offences.indexOf(QStringLiteral("Olaga förföljelse")));
        QCOMPARE(offences.last(), QStringLiteral("Förlust (ej brott)"));
    }

    void everyCombinationLeadsToOneCodeOrNone()
    {
        // GIVEN every offence WHEN every question it asks is answered, in every combination THEN
        // the guide names exactly one code or none — never two (the table is unambiguous).
        const OffenceGuide& guide = OffenceGuide::builtin();
        for (const QString& offence : guide.offences()) {
            const QList<Q> qs = guide.questions(offence);
            QList<QStringList> options;
            for (Q q : qs)
                options.append(q == Q::Age ? QStringList{"3", "10", "14", "15", "17", "18", "70"}
                                           : OffenceAnswers::values(q));
            QList<int> at(qs.size(), 0);
            for (;;) {
                OffenceAnswers a;
                for (qsizetype i = 0; i < qs.size(); ++i) {
                    if (qs[i] == Q::Age)
                        a.age = options[i][at[i]].toInt();
                    else
                        a.choice[qs[i]] = options[i][at[i]];
                }
                const OffenceDerivation d = guide.derive(offence, a);
                QVERIFY2(d.candidates.size() <= 1, qPrintable(offence + u' ' + d.candidates.join(u',')));
                QVERIFY(d.open.isEmpty());
                qsizetype i = 0;
                while (i < qs.size() && ++at[i] == options[i].size())
                    at[i++] = 0;
                if (i == qs.size())
                    break;
            }
        }
    }

    void answersFromPersonnummer()
    {
        // Skatteverket's test numbers: a woman born 2000-01-01, a man born 2000-01-01.
        const auto woman = Personnummer::parse(u"200001012384", QDate(2026, 11, 27));
        const auto man = Personnummer::parse(u"200001011493", QDate(2026, 11, 27));
        QVERIFY(woman.ok() && man.ok());
        const OffenceAnswers w = OffenceAnswers::fromPersonnummer(*woman, QDate(2017, 12, 31));
        QCOMPARE(w.choice[Q::Sex], QStringLiteral("kvinna"));
        QCOMPARE(w.age, std::optional<int>(17)); // the age on the day of the offence, not today
        const OffenceAnswers m = OffenceAnswers::fromPersonnummer(*man, QDate(2026, 11, 27));
        QCOMPARE(m.choice[Q::Sex], QStringLiteral("man"));
        QCOMPARE(m.age, std::optional<int>(26));
        // An offence date before the birth gives no age rather than a negative one.
        QVERIFY(!OffenceAnswers::fromPersonnummer(*man, QDate(1999, 1, 1)).age);
    }

    void offenceFor()
    {
        QCOMPARE(OffenceGuide::builtin().offenceFor(QStringLiteral("9443")), QStringLiteral("Olaga hot"));
        QCOMPARE(OffenceGuide::builtin().offenceFor(QStringLiteral("0000")), QString());
    }

    void loadRefusesEndedOrUnknownCodes_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::newRow("ended 0410") << QByteArray("Olaga hot,kvinna,18-,*,*,*,*,*,*,0410\n");
        QTest::newRow("unknown 0939") << QByteArray("Telefonbedrägeri,*,*,*,*,*,*,*,*,0939\n");
        QTest::newRow("bad answer") << QByteArray("Olaga hot,kvinna,18-,granne,*,*,*,*,*,9443\n");
        QTest::newRow("bad age") << QByteArray("Olaga hot,kvinna,arton,*,*,*,*,*,*,9443\n");
    }

    void loadRefusesEndedOrUnknownCodes()
    {
        QFETCH(QByteArray, row);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("guide.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("offence,sex,age,relation,place,internet,stage,vulnerable,international,code\n");
        f.write("Cykelstöld,*,*,*,*,*,*,*,*,9830\n");
        f.write(row);
        f.close();
        const auto loaded = OffenceGuide::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().path.endsWith(u":3"), qPrintable(loaded.error().path));
    }
};

QTEST_GUILESS_MAIN(TestOffenceGuide)
#include "tst_offenceguide.moc"
