// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Reference list models and the word filter, each stage under QAbstractItemModelTester for the
// whole test.
#include "models/referencelistmodel.h"
#include "models/searchfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kc;

class TestReferenceListModel : public QObject
{
    Q_OBJECT

    static QStringList codes(const QAbstractItemModel& m)
    {
        QStringList c;
        for (int r = 0; r < m.rowCount(); ++r)
            c.append(m.index(r, 0).data(ReferenceListModel::CodeRole).toString());
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void offenceModel()
    {
        std::unique_ptr<ReferenceListModel> model(ReferenceListModel::offenceTypes(ReferenceData::builtin()));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every code in use is offered; ended ones never are (they stay in ReferenceData for old
        // reports).
        int offered = 0;
        for (const OffenceType& o : ReferenceData::builtin().offenceTypes())
            offered += o.isEnded() ? 0 : 1;
        QCOMPARE(model->rowCount(), offered);
        QCOMPARE(model->rowOf(QStringLiteral("0410")), -1);
        QCOMPARE(model->rowOf(QStringLiteral("0318")), -1);
        const int row = model->rowOf(QStringLiteral("9830"));
        QVERIFY(row >= 0);
        const QModelIndex i = model->index(row, 0);
        QCOMPARE(i.data().toString(),
                 QStringLiteral("9830 – Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"));
        QCOMPARE(i.data(ReferenceListModel::NameRole).toString(),
                 QStringLiteral("Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"));
        QCOMPARE(i.data(ReferenceListModel::GroupRole).toString(), QStringLiteral("Stöld och rån"));
        QCOMPARE(i.data(Qt::ToolTipRole).toString(), QStringLiteral("Stöld och rån"));
        // The loss errand shows no code: it has none.
        const QModelIndex loss = model->index(model->rowOf(QString::fromLatin1(OffenceType::LossCode)), 0);
        QCOMPARE(loss.data().toString(), QStringLiteral("Förlust (ej brott)"));
        QCOMPARE(model->rowOf(QStringLiteral("nope")), -1);
        QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void municipalityModel()
    {
        std::unique_ptr<ReferenceListModel> model(ReferenceListModel::municipalities(ReferenceData::builtin()));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 290);
        const QModelIndex skara = model->index(model->rowOf(QStringLiteral("1495")), 0);
        QCOMPARE(skara.data().toString(), QStringLiteral("Skara (1495)"));
        QCOMPARE(skara.data(ReferenceListModel::GroupRole).toString(), QStringLiteral("Västra Götalands län"));
    }

    void filterByWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("cykel finds every kind of cycle")
            << "cykel" << QStringList{"0803", "0807", "0841", "9829", "9830", "9833"};
        QTest::newRow("two words, any order") << "motorcykel tillgrepp" << QStringList{"0803"};
        QTest::newRow("upper case") << "FICKSTÖLD" << QStringList{"9814", "9817", "9818"};
        QTest::newRow("words across Brå's long names") << "olaga hot kvinna obekanta" << QStringList{"9435", "9443"};
        QTest::newRow("by code") << "0802" << QStringList{"0802"};
        QTest::newRow("by category") << "förlust" << QStringList{"FORLUST"};
        QTest::newRow("nothing") << "xyzzy" << QStringList{};
    }

    void filterByWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        std::unique_ptr<ReferenceListModel> model(ReferenceListModel::offenceTypes(ReferenceData::builtin()));
        SearchFilterProxyModel proxy;
        QAbstractItemModelTester sourceTester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model.get());
        proxy.setSearchRole(ReferenceListModel::SearchTextRole);
        QCOMPARE(proxy.rowCount(), model->rowCount());
        proxy.setSearchText(text);
        QCOMPARE(codes(proxy), expected);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), model->rowCount());
    }

    void sameTextDoesNotRefilter()
    {
        std::unique_ptr<ReferenceListModel> model(ReferenceListModel::municipalities(ReferenceData::builtin()));
        SearchFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model.get());
        proxy.setSearchRole(ReferenceListModel::SearchTextRole);
        proxy.setSearchText(QStringLiteral("göteborg"));
        QCOMPARE(codes(proxy), QStringList{QStringLiteral("1480")});
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setSearchText(QStringLiteral("göteborg"));
        QCOMPARE(removed.count() + reset.count(), 0);
        // Swedish letters are distinct: "a" does not match "å" in Åmål, but "åmål" does.
        proxy.setSearchText(QStringLiteral("amal"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QStringLiteral("åmål"));
        QCOMPARE(codes(proxy), QStringList{QStringLiteral("1492")});
    }
};

QTEST_GUILESS_MAIN(TestReferenceListModel)
#include "tst_referencelistmodel.moc"
