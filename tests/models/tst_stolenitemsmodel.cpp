// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// StolenItemsModel: the stolen goods table of the report form, under QAbstractItemModelTester for
// every test; values kept as typed, parsed whole kronor, the live total and cell problems.
#include "models/stolenitemsmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kc;
using namespace Qt::StringLiterals;

class TestStolenItemsModel : public QObject
{
    Q_OBJECT

    StolenItemsModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;

    void setText(int row, int column, const QString& text)
    {
        QVERIFY(m_model->setData(m_model->index(row, column), text));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = new StolenItemsModel(this);
        m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
    }

    void emptyModel()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(StolenItemsModel::ColumnCount));
        QCOMPARE(m_model->totalSek(), qint64(0));
        QVERIFY(m_model->items().isEmpty());
        QCOMPARE(m_model->headerData(StolenItemsModel::ValueColumn, Qt::Horizontal).toString(), u"Value (kr)"_s);
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toInt(), 1);
    }

    void insertEditRemove()
    {
        // GIVEN two inserted rows
        QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_model->insertRows(0, 2));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable);
        QVERIFY(!m_model->insertRows(5, 1)); // past the end
        QVERIFY(!m_model->insertRows(0, 1, m_model->index(0, 0)));

        // WHEN cells are edited
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        setText(0, StolenItemsModel::DescriptionColumn, u"Cykel"_s);
        setText(0, StolenItemsModel::BrandColumn, u"Crescent"_s);
        setText(0, StolenItemsModel::SerialNumberColumn, u"WCR123456"_s);
        setText(1, StolenItemsModel::DescriptionColumn, u"Mobiltelefon"_s);
        QCOMPARE(changed.size(), 4);
        // an unchanged text is no change
        setText(1, StolenItemsModel::DescriptionColumn, u"Mobiltelefon"_s);
        QCOMPARE(changed.size(), 4);
        QVERIFY(!m_model->setData(m_model->index(0, 0), u"x"_s, Qt::DisplayRole));

        // THEN the rows hold what was typed
        QCOMPARE(m_model->rows()[0].description, u"Cykel"_s);
        QCOMPARE(m_model->index(0, StolenItemsModel::BrandColumn).data().toString(), u"Crescent"_s);
        const QList<StolenItem> items = m_model->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].serialNumber, std::optional<QString>(u"WCR123456"_s));
        QVERIFY(!items[1].brand);

        // AND removing the first row leaves the second
        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_model->removeRows(0, 1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->rows()[0].description, u"Mobiltelefon"_s);
        QVERIFY(!m_model->removeRows(0, 2));
    }

    void parseValue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value"); // -1: no value
        QTest::newRow("plain") << "12499" << true << qint64(12499);
        QTest::newRow("space groups") << "12 499" << true << qint64(12499);
        QTest::newRow("no-break space") << "12\u00A0499" << true << qint64(12499);
        QTest::newRow("with kr") << "12 499 kr" << true << qint64(12499);
        QTest::newRow("with :-") << "500:-" << true << qint64(500);
        QTest::newRow("surrounding space") << "  80  " << true << qint64(80);
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("negative parses") << "-5" << true << qint64(-5);
        QTest::newRow("blank") << "   " << true << qint64(-1);
        QTest::newRow("letters") << "12a" << false << qint64(-1);
        QTest::newRow("decimals") << "12,50" << false << qint64(-1);
        QTest::newRow("only kr") << "kr" << false << qint64(-1);
        QTest::newRow("leading space group") << "- 5" << false << qint64(-1);
        QTest::newRow("too many digits") << "1234567890123456" << false << qint64(-1);
    }

    void parseValue()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        bool parsedOk = !ok;
        const auto parsed = StolenItemsModel::parseValue(text, &parsedOk);
        QCOMPARE(parsedOk, ok);
        QCOMPARE(parsed.has_value(), value != -1);
        if (parsed)
            QCOMPARE(*parsed, value);
    }

    void formatKronor_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << qint64(7) << "7";
        QTest::newRow("three digits") << qint64(999) << "999";
        QTest::newRow("thousands") << qint64(12499) << "12\u00A0499";
        QTest::newRow("millions") << qint64(1234567) << "1\u00A0234\u00A0567";
        QTest::newRow("negative") << qint64(-4500) << "-4\u00A0500";
    }

    void formatKronor()
    {
        QFETCH(qint64, value);
        QFETCH(QString, text);
        QCOMPARE(StolenItemsModel::formatKronor(value), text);
    }

    void valueKeptAsTypedAndTotal()
    {
        QSignalSpy total(m_model, &StolenItemsModel::totalChanged);
        QVERIFY(m_model->insertRows(0, 3));
        // GIVEN values typed in three rows, one of them not a number
        setText(0, StolenItemsModel::ValueColumn, u"12 000"_s);
        setText(1, StolenItemsModel::ValueColumn, u"499"_s);
        setText(2, StolenItemsModel::ValueColumn, u"12a"_s);
        // THEN the total counts the two numbers, live
        QCOMPARE(m_model->totalSek(), qint64(12499));
        QCOMPARE(total.size(), 2);
        QCOMPARE(total.last().at(0).toLongLong(), 12499);
        // AND the wrong one is kept as typed, with its problem on the cell
        const QModelIndex bad = m_model->index(2, StolenItemsModel::ValueColumn);
        QCOMPARE(bad.data(Qt::EditRole).toString(), u"12a"_s);
        QCOMPARE(bad.data(Qt::DisplayRole).toString(), u"12a"_s);
        QCOMPARE(bad.data(StolenItemsModel::ErrorRole).toString(), u"Write the value in whole kronor, e.g. 12 499."_s);
        QCOMPARE(bad.data(Qt::ToolTipRole), bad.data(StolenItemsModel::ErrorRole));
        QVERIFY(bad.data(Qt::BackgroundRole).value<QColor>().isValid());
        QCOMPARE(m_model->valueError(2), bad.data(StolenItemsModel::ErrorRole).toString());
        QVERIFY(!m_model->items()[2].valueSek);
        // a good value displays grouped, edits as typed, and has no problem
        const QModelIndex good = m_model->index(0, StolenItemsModel::ValueColumn);
        QCOMPARE(good.data().toString(), u"12\u00A0000"_s);
        QCOMPARE(good.data(Qt::EditRole).toString(), u"12 000"_s);
        QVERIFY(good.data(StolenItemsModel::ErrorRole).toString().isEmpty());
        QCOMPARE(m_model->items()[0].valueSek, std::optional<qint64>(12000));

        // WHEN the wrong one is fixed and the first row removed
        setText(2, StolenItemsModel::ValueColumn, u"1"_s);
        QCOMPARE(m_model->totalSek(), qint64(12500));
        QVERIFY(bad.data(StolenItemsModel::ErrorRole).toString().isEmpty());
        QVERIFY(m_model->removeRows(0, 1));
        // THEN the total follows
        QCOMPARE(m_model->totalSek(), qint64(500));
        QCOMPARE(total.last().at(0).toLongLong(), 500);
    }

    void cellErrorsFromOutside()
    {
        QVERIFY(m_model->insertRows(0, 2));
        // GIVEN a problem set on a description (e.g. the server's "describe the item")
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        m_model->setCellError(1, StolenItemsModel::DescriptionColumn, u"Describe the stolen item."_s);
        QCOMPARE(changed.size(), 1);
        const QModelIndex cell = m_model->index(1, StolenItemsModel::DescriptionColumn);
        QCOMPARE(cell.data(StolenItemsModel::ErrorRole).toString(), u"Describe the stolen item."_s);
        // removing a row above moves the problem with its row
        QVERIFY(m_model->removeRows(0, 1));
        QCOMPARE(m_model->index(0, 0).data(StolenItemsModel::ErrorRole).toString(), u"Describe the stolen item."_s);
        // WHEN the cell is edited THEN the problem is gone
        setText(0, StolenItemsModel::DescriptionColumn, u"Väska"_s);
        QVERIFY(m_model->index(0, 0).data(StolenItemsModel::ErrorRole).toString().isEmpty());
        // clearCellErrors() removes every outside mark, but never the live value check
        m_model->setCellError(0, StolenItemsModel::BrandColumn, u"x"_s);
        setText(0, StolenItemsModel::ValueColumn, u"abc"_s);
        m_model->clearCellErrors();
        QVERIFY(
            m_model->index(0, StolenItemsModel::BrandColumn).data(StolenItemsModel::ErrorRole).toString().isEmpty());
        QVERIFY(
            !m_model->index(0, StolenItemsModel::ValueColumn).data(StolenItemsModel::ErrorRole).toString().isEmpty());
        // out of range is ignored
        m_model->setCellError(7, 0, u"x"_s);
        m_model->setCellError(0, 9, u"x"_s);
    }

    void setRowsResets()
    {
        QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
        QSignalSpy total(m_model, &StolenItemsModel::totalChanged);
        m_model->setRows({{u"Cykel"_s, {}, {}, {}, u"5000"_s}, {u"Dator"_s, u"Acme"_s, {}, {}, u"7 499 kr"_s}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->totalSek(), qint64(12499));
        QCOMPARE(total.size(), 1);
        m_model->setRows({});
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->totalSek(), qint64(0));
    }

    void itemsTrimmedOrRaw()
    {
        m_model->setRows({{u"  Cykel "_s, u" "_s, {}, u" X1 "_s, {}}});
        const StolenItem trimmed = m_model->items(true).first();
        QCOMPARE(trimmed.description, u"Cykel"_s);
        QVERIFY(!trimmed.brand);
        QCOMPARE(trimmed.serialNumber, std::optional<QString>(u"X1"_s));
        const StolenItem raw = m_model->items(false).first();
        QCOMPARE(raw.description, u"  Cykel "_s);
        QCOMPARE(raw.brand, std::optional<QString>(u" "_s));
    }

    void fieldNames()
    {
        for (int c = 0; c < StolenItemsModel::ColumnCount; ++c) {
            QCOMPARE(StolenItemsModel::columnOfField(StolenItemsModel::fieldName(c)), c);
            QCOMPARE(m_model->headerData(c, Qt::Horizontal).isValid(), true);
        }
        QCOMPARE(StolenItemsModel::fieldName(StolenItemsModel::ValueColumn), u"valueSek"_s);
        QCOMPARE(StolenItemsModel::columnOfField(u"nope"_s), -1);
        QVERIFY(StolenItemsModel::fieldName(99).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStolenItemsModel)
#include "tst_stolenitemsmodel.moc"
