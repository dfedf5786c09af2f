// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Personnummer / samordningsnummer: every written form, the century year rule ('+' from the year of turning 100),
// calendar edges, and each kind of error with its Swedish message. `today` is pinned.
#include "core/i18n.h"
#include "core/personnummer.h"

#include <QStandardPaths>
#include <QTest>

using kc::Personnummer;

class TestPersonnummer : public QObject
{
    Q_OBJECT
    const QDate today{2026, 11, 27};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(kc::installTranslations(QStringLiteral("sv")));
    }

    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("male");
        QTest::addColumn<bool>("coordination");
        QTest::addColumn<QString>("shortForm");

        // Vectors from DOMAIN.md (Skatteverket's test numbers) in every written form.
        QTest::newRow("10 with dash") << "640823-3234" << "196408233234" << true << false << "640823-3234";
        QTest::newRow("10 no separator") << "6408233234" << "196408233234" << true << false << "640823-3234";
        QTest::newRow("12 with dash") << "19640823-3234" << "196408233234" << true << false << "640823-3234";
        QTest::newRow("12 no separator") << "196408233234" << "196408233234" << true << false << "640823-3234";
        QTest::newRow("surrounding spaces") << "  640823-3234 " << "196408233234" << true << false << "640823-3234";
        QTest::newRow("test woman 2000") << "200001012384" << "200001012384" << false << false << "000101-2384";
        QTest::newRow("test woman 10 digits") << "000101-2384" << "200001012384" << false << false << "000101-2384";
        QTest::newRow("test man 2000") << "200001011493" << "200001011493" << true << false << "000101-1493";
        QTest::newRow("over 100, 12 digits") << "189506299818" << "189506299818" << true << false << "950629+9818";
        QTest::newRow("over 100, plus form") << "950629+9818" << "189506299818" << true << false << "950629+9818";
        QTest::newRow("same digits with dash is 1995")
            << "950629-9818" << "199506299818" << true << false << "950629-9818";
        QTest::newRow("born 1900") << "190006129803" << "190006129803" << false << false << "000612+9803";
        QTest::newRow("born 1900, plus form") << "000612+9803" << "190006129803" << false << false << "000612+9803";
        QTest::newRow("samordningsnummer DOMAIN") << "701063-2391" << "197010632391" << true << true << "701063-2391";
        QTest::newRow("samordningsnummer test") << "197306749982" << "197306749982" << false << true << "730674-9982";
        QTest::newRow("samordningsnummer day 91") << "800191-2347" << "198001912347" << false << true << "800191-2347";
        QTest::newRow("29 Feb 2000") << "20000229-1235" << "200002291235" << true << false << "000229-1235";
        QTest::newRow("29 Feb 2024") << "240229-2466" << "202402292466" << false << false << "240229-2466";
        QTest::newRow("29 Feb 1904 with plus") << "040229+5679" << "190402295679" << true << false << "040229+5679";
        // The year rule (18 § folkbokföringsförordningen): '+' from 1 January of the year the
        // person turns 100, whether or not the birthday has passed.
        QTest::newRow("turns 100 today, plus") << "261127+4560" << "192611274560" << false << false << "261127+4560";
        QTest::newRow("born today, dash") << "261127-4560" << "202611274560" << false << false << "261127-4560";
        QTest::newRow("100 tomorrow: plus already")
            << "261128+4569" << "192611284569" << false << false << "261128+4569";
        QTest::newRow("issue: 100 on New Year's Eve")
            << "261231+2385" << "192612312385" << false << false << "261231+2385";
        QTest::newRow("12 digits, 100 later this year")
            << "192612312385" << "192612312385" << false << false << "261231+2385";
        QTest::newRow("turned 100 yesterday") << "261126+4561" << "192611264561" << false << false << "261126+4561";
        QTest::newRow("turns 100 next year: dash")
            << "270101-2383" << "192701012383" << false << false << "270101-2383";
        QTest::newRow("New Year's Eve 1961") << "611231-9998" << "196112319998" << true << false << "611231-9998";
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, digits);
        QFETCH(bool, male);
        QFETCH(bool, coordination);
        QFETCH(QString, shortForm);

        const auto pn = Personnummer::parse(input, today);
        QVERIFY2(pn.ok(), qPrintable(pn.ok() ? QString() : pn.error().message));
        QCOMPARE(pn->digits(), digits);
        QCOMPARE(pn->sex() == Personnummer::Sex::Male, male);
        QCOMPARE(pn->isCoordinationNumber(), coordination);
        QCOMPARE(pn->formatted(), digits.left(8) + u'-' + digits.right(4));
        QCOMPARE(pn->shortForm(today), shortForm);
        QVERIFY(pn->birthDate().isValid());
        // Normalised forms parse back to the same value.
        QCOMPARE(Personnummer::parse(pn->formatted(), today)->digits(), digits);
        QCOMPARE(Personnummer::parse(pn->shortForm(today), today)->digits(), digits);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart"); // Swedish, as the user reads it

        QTest::newRow("empty") << "" << "empty" << "saknas";
        QTest::newRow("blank") << "   " << "empty" << "saknas";
        QTest::newRow("11 digits") << "19870704999" << "length" << "11 siffror";
        QTest::newRow("9 digits") << "640823-323" << "length" << "9 siffror";
        QTest::newRow("13 digits") << "1964082332341" << "length" << "13 siffror";
        QTest::newRow("DOMAIN invalid check digit") << "198707049996" << "check_digit" << "hela numret";
        QTest::newRow("wrong check digit") << "640823-3235" << "check_digit" << "kontrollsiffran stämmer inte";
        QTest::newRow("month 13") << "641323-3237" << "date" << "13";
        QTest::newRow("month 00") << "640023-3231" << "date" << "00";
        QTest::newRow("day 32") << "640832-3233" << "date" << "32";
        QTest::newRow("day 00") << "640800-3231" << "date" << "dag 0";
        QTest::newRow("29 Feb 1900") << "19000229-1235" << "date" << "1900-02";
        QTest::newRow("29 Feb 2023") << "230229-1230" << "date" << "2023-02";
        QTest::newRow("samordning day 92") << "800192-2346" << "date" << "samordningsnummer";
        QTest::newRow("31 April") << "640431-3236" << "date" << "1964-04";
        QTest::newRow("future 12-digit") << "20261128-4569" << "future" << "framtiden";
        // Under the year rule a '-' date later this year cannot be 100 years back: that person
        // is written with '+' since 1 January. The message says so.
        QTest::newRow("dash, later this year") << "261128-4569" << "future" << "+ (ÅÅMMDD+NNNN)";
        QTest::newRow("letter O for zero") << "64O823-3234" << "format" << "siffror";
        QTest::newRow("separator in wrong place") << "64082-33234" << "format" << "siffror";
        QTest::newRow("two separators") << "640823--3234" << "format" << "siffror";
        QTest::newRow("plus with 12 digits") << "19640823+3234" << "format" << "tiosiffriga";
        QTest::newRow("slash") << "640823/3234" << "format" << "siffror";
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);

        const auto pn = Personnummer::parse(input, today);
        QVERIFY(!pn.ok());
        QCOMPARE(pn.error().code, code);
        QVERIFY2(pn.error().message.contains(messagePart), qPrintable(pn.error().message));
    }

    void everyWrongCheckDigit_data()
    {
        QTest::addColumn<QString>("nine");
        QTest::addColumn<int>("correct");
        QTest::newRow("640823-323") << "640823323" << 4;
        QTest::newRow("000101-238") << "000101238" << 4;
        QTest::newRow("701063-239") << "701063239" << 1;
        QTest::newRow("730674-998") << "730674998" << 2;
        QTest::newRow("950629-981") << "950629981" << 8;
    }

    void everyWrongCheckDigit()
    {
        QFETCH(QString, nine);
        QFETCH(int, correct);
        QCOMPARE(Personnummer::checkDigit(nine), correct);
        for (int d = 0; d <= 9; ++d) {
            const auto pn = Personnummer::parse(QString(nine + QString::number(d)), today);
            if (d == correct) {
                QVERIFY(pn.ok());
            } else {
                QVERIFY(!pn.ok());
                QCOMPARE(pn.error().code, QStringLiteral("check_digit"));
                // Never a digit to type: a wrong check digit usually means another digit was
                // misheard, and "fixing" the last one gives someone else's valid number.
                const QString message = pn.error().message;
                for (QChar c : message)
                    QVERIFY2(!c.isDigit(), qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("hela numret")), qPrintable(message));
            }
        }
    }

    void checkDigitRejectsBadInput()
    {
        QCOMPARE(Personnummer::checkDigit(u"64082332"), -1);
        QCOMPARE(Personnummer::checkDigit(u"64082332x"), -1);
    }

    void ageAndBirthDate()
    {
        const auto pn = Personnummer::parse(u"261127+4560", today);
        QVERIFY(pn.ok());
        QCOMPARE(pn->birthDate(), QDate(1926, 11, 27));
        QCOMPARE(pn->ageOn(today), 100);
        QCOMPARE(pn->ageOn(today.addDays(-1)), 99);
        const auto samordning = Personnummer::parse(u"701063-2391", today);
        QCOMPARE(samordning->birthDate(), QDate(1970, 10, 3));
    }

    void centuryDependsOnToday()
    {
        // The same 10-digit form names different people depending on the year it is read: on New
        // Year's Eve 2025 a '-' number dated 15 March 1926 is still within 99 years; from New
        // Year's Day 2026 that person is written with '+', months before the 100th birthday.
        const QDate newYearsEve(2025, 12, 31), newYearsDay(2026, 1, 1);
        const auto before = Personnummer::parse(u"260315-2386", newYearsEve);
        QVERIFY(before.ok());
        QCOMPARE(before->digits(), QStringLiteral("192603152386"));
        QCOMPARE(before->shortForm(newYearsEve), QStringLiteral("260315-2386"));
        QCOMPARE(before->shortForm(newYearsDay), QStringLiteral("260315+2386"));
        const auto plus = Personnummer::parse(u"260315+2386", newYearsDay);
        QVERIFY(plus.ok());
        QCOMPARE(plus->digits(), QStringLiteral("192603152386"));
        QCOMPARE(plus->ageOn(newYearsDay), 99);
        // On New Year's Day the '-' form is someone born this coming March: not yet born.
        const auto dash = Personnummer::parse(u"260315-2386", newYearsDay);
        QVERIFY(!dash.ok());
        QCOMPARE(dash.error().code, QStringLiteral("future"));
    }
};

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
