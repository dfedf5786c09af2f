// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/phonenumber.h"

#include <QStandardPaths>
#include <QTest>

using kc::PhoneNumber;
Q_DECLARE_METATYPE(PhoneNumber::Kind)

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<PhoneNumber::Kind>("kind");
        QTest::addColumn<QString>("national");

        using K = PhoneNumber::Kind;
        QTest::newRow("mobile national") << "070-123 45 67" << "+46701234567" << K::Mobile << "070-123 45 67";
        QTest::newRow("mobile digits") << "0761234567" << "+46761234567" << K::Mobile << "076-123 45 67";
        QTest::newRow("mobile 072") << "072 123 45 67" << "+46721234567" << K::Mobile << "072-123 45 67";
        QTest::newRow("mobile 073") << "073-1234567" << "+46731234567" << K::Mobile << "073-123 45 67";
        QTest::newRow("mobile 079") << "079-123 45 67" << "+46791234567" << K::Mobile << "079-123 45 67";
        QTest::newRow("mobile +46") << "+46 70 123 45 67" << "+46701234567" << K::Mobile << "070-123 45 67";
        QTest::newRow("mobile 0046") << "0046701234567" << "+46701234567" << K::Mobile << "070-123 45 67";
        QTest::newRow("mobile +46 (0)") << "+46 (0)70-123 45 67" << "+46701234567" << K::Mobile << "070-123 45 67";
        QTest::newRow("mobile +460 slip") << "+460701234567" << "+46701234567" << K::Mobile << "070-123 45 67";
        QTest::newRow("Göteborg") << "031-123 45 67" << "+46311234567" << K::Landline << "031-1234567";
        QTest::newRow("Stockholm") << "08-123 456 78" << "+46812345678" << K::Landline << "08-12345678";
        QTest::newRow("Skara") << "0511-123 45" << "+4651112345" << K::Landline << "0511-12345";
        QTest::newRow("Bengtsfors +46") << "+46 531 123 45" << "+4653112345" << K::Landline << "0531-12345";
        QTest::newRow("dots and parentheses") << "(031) 12.34.56" << "+4631123456" << K::Landline << "031-123456";
        QTest::newRow("police non-urgent") << "114 14" << "11414" << K::Service << "114 14";
        QTest::newRow("emergency") << "112" << "112" << K::Service << "112";
        QTest::newRow("Norway") << "+47 22 12 34 56" << "+4722123456" << K::Foreign << "+4722123456";
        QTest::newRow("Denmark 00") << "0045 12 34 56 78" << "+4512345678" << K::Foreign << "+4512345678";
    }

    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, e164);
        QFETCH(PhoneNumber::Kind, kind);
        QFETCH(QString, national);
        const auto p = PhoneNumber::parse(input);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->e164(), e164);
        QCOMPARE(p->kind(), kind);
        QCOMPARE(p->national(), national);
        // Idempotent: the normalised form parses to itself.
        QCOMPARE(PhoneNumber::parse(p->e164())->e164(), e164);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("letters") << "070-ABC 45 67" << "format";
        QTest::newRow("plus in the middle") << "070+1234567" << "format";
        QTest::newRow("mobile too short") << "070-123 45 6" << "length";
        QTest::newRow("mobile too long") << "070-123 45 678" << "length";
        QTest::newRow("no trunk zero") << "701234567" << "trunk";
        QTest::newRow("landline too short") << "031-1234" << "length";
        QTest::newRow("zero after +46 0") << "+46 00 123 456" << "format";
        QTest::newRow("foreign too short") << "+47 123" << "length";
    }

    void invalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const auto p = PhoneNumber::parse(input);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
