// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/postalcode.h"

#include <QStandardPaths>
#include <QTest>

using kc::PostalCode;

class TestPostalCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("formatted"); // empty = invalid
        QTest::addColumn<QString>("code");

        QTest::newRow("written form") << "413 19" << "413 19" << "";
        QTest::newRow("digits only") << "41319" << "413 19" << "";
        QTest::newRow("country prefix") << "SE-532 31" << "532 31" << "";
        QTest::newRow("surrounding space") << " 66630 " << "666 30" << "";
        QTest::newRow("empty") << "" << "" << "empty";
        QTest::newRow("four digits") << "4131" << "" << "length";
        QTest::newRow("six digits") << "413190" << "" << "length";
        QTest::newRow("space in wrong place") << "41 319" << "" << "format";
        QTest::newRow("letters") << "41A19" << "" << "format";
        QTest::newRow("leading zero") << "01234" << "" << "range";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("٤١٣١٩") << "" << "format";
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, formatted);
        QFETCH(QString, code);
        const auto pc = PostalCode::parse(input);
        if (formatted.isEmpty()) {
            QVERIFY(!pc.ok());
            QCOMPARE(pc.error().code, code);
            QVERIFY(!pc.error().message.isEmpty());
        } else {
            QVERIFY(pc.ok());
            QCOMPARE(pc->formatted(), formatted);
            QCOMPARE(pc->digits(), QString(formatted).remove(u' '));
        }
    }
};

QTEST_GUILESS_MAIN(TestPostalCode)
#include "tst_postalcode.moc"
