// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/casenumber.h"

#include <QStandardPaths>
#include <QTest>

using kc::CaseNumber;

class TestCaseNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<qint64>("serial");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("printed");

        QTest::newRow("DOMAIN example") << "2200-K1276-14" << 2200 << qint64(1276) << 14 << "2200-K1276-14";
        QTest::newRow("Västra Götaland") << "1400-K1-26" << 1400 << qint64(1) << 26 << "1400-K1-26";
        QTest::newRow("short form") << "K149819-09" << 0 << qint64(149819) << 9 << "K149819-09";
        QTest::newRow("lower-case k") << "1300-k77-26" << 1300 << qint64(77) << 26 << "1300-K77-26";
        QTest::newRow("spaces around") << " 1400-K12-26 " << 1400 << qint64(12) << 26 << "1400-K12-26";
        QTest::newRow("nine-digit serial")
            << "1400-K123456789-26" << 1400 << qint64(123456789) << 26 << "1400-K123456789-26";
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(int, prefix);
        QFETCH(qint64, serial);
        QFETCH(int, year);
        QFETCH(QString, printed);
        const auto c = CaseNumber::parse(input);
        QVERIFY(c.ok());
        QCOMPARE(c->prefix(), prefix);
        QCOMPARE(c->serial(), serial);
        QCOMPARE(c->year(), year);
        QCOMPARE(c->toString(), printed);
        QCOMPARE(c->hasPrefix(), prefix != 0);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("no K") << "1400-1276-26" << "format";
        QTest::newRow("three-digit prefix") << "140-K1276-26" << "format";
        QTest::newRow("prefix starting 0") << "0400-K1276-26" << "prefix";
        QTest::newRow("serial with leading zero") << "1400-K0127-26" << "serial";
        QTest::newRow("four-digit year") << "1400-K1276-2026" << "format";
        QTest::newRow("ten-digit serial") << "1400-K1234567890-26" << "format";
        // A provisional local reference must never pass for a case number.
        QTest::newRow("provisional reference") << "PREL-7F3A-0001" << "format";
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const auto c = CaseNumber::parse(input);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
    }

    void make()
    {
        const auto c = CaseNumber::make(1400, 42, 2026);
        QVERIFY(c.ok());
        QCOMPARE(c->toString(), QStringLiteral("1400-K42-26"));
        QCOMPARE(CaseNumber::make(1400, 1, 2100)->toString(), QStringLiteral("1400-K1-00"));
        QVERIFY(!CaseNumber::make(999, 1, 2026).ok());
        QVERIFY(!CaseNumber::make(1400, 0, 2026).ok());
        // What make() prints, parse() reads back.
        QCOMPARE(*CaseNumber::parse(c->toString()), *c);
    }
};

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "tst_casenumber.moc"
