// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// HandoffModel: the police area's list of handed-over reports (issue 15) — order (newest first),
// the texts of every column, and that a re-fetch changes only what changed (rows keep their place
// and the selection survives an event), under QAbstractItemModelTester for the whole of each test.
// Data: GET /handoffs items as the contract names them (no personal data). Source-language texts.
#include "models/handoffmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {
QJsonObject item(const QString& id, const QString& routedAt, const QString& state = u"new"_s,
                 const QString& acknowledgedAt = {})
{
    QJsonObject o{{"reportId"_L1, id},
                  {"caseNumber"_L1, u"1400-K%1-26"_s.arg(id.mid(1))},
                  {"offenceCode"_L1, u"9830"_s},
                  {"offenceName"_L1, u"Cykelstöld"_s},
                  {"municipalityCode"_L1, u"1495"_s},
                  {"municipalityName"_L1, u"Skara"_s},
                  {"routedAt"_L1, routedAt},
                  {"state"_L1, state}};
    if (!acknowledgedAt.isEmpty())
        o.insert("acknowledgedAt"_L1, acknowledgedAt);
    return o;
}
} // namespace

class TestHandoffModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newestFirstWithTexts()
    {
        HandoffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item(u"r1"_s, u"2026-12-06T08:00:00Z"_s),
                        item(u"r3"_s, u"2026-12-06T09:30:00Z"_s, u"acknowledged"_s, u"2026-12-06T09:42:00Z"_s),
                        item(u"r2"_s, u"2026-12-06T09:00:00Z"_s), QJsonObject{{"caseNumber"_L1, u"x"_s}}});
        QCOMPARE(model.rowCount(), 3); // the item without a reportId is skipped
        QCOMPARE(model.reportId(0), u"r3"_s);
        QCOMPARE(model.reportId(1), u"r2"_s);
        QCOMPARE(model.reportId(2), u"r1"_s);
        // Local time (TZ=Europe/Stockholm in the tests): UTC+1 in December.
        QCOMPARE(model.index(0, HandoffModel::RoutedColumn).data().toString(), u"2026-12-06 10:30"_s);
        QCOMPARE(model.index(0, HandoffModel::CaseNumberColumn).data().toString(), u"1400-K3-26"_s);
        QCOMPARE(model.index(0, HandoffModel::OffenceColumn).data().toString(), u"Cykelstöld"_s);
        QCOMPARE(model.index(0, HandoffModel::MunicipalityColumn).data().toString(), u"Skara"_s);
        QCOMPARE(model.index(0, HandoffModel::StateColumn).data().toString(), u"Received 2026-12-06 10:42"_s);
        QCOMPARE(model.index(1, HandoffModel::StateColumn).data().toString(), u"New"_s);
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(1, HandoffModel::OffenceColumn).data(Qt::ToolTipRole).toString(), u"Offence code 9830"_s);
        QVERIFY(model.index(1, 0).data(Qt::AccessibleTextRole).toString().contains(u"1400-K2-26"_s));
        QCOMPARE(model.newCount(), 2);
        QVERIFY(model.isAcknowledged(0));
        QCOMPARE(model.index(2, 3).data(HandoffModel::ReportIdRole).toString(), u"r1"_s);
    }

    void refetchChangesOnlyWhatChanged()
    {
        HandoffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item(u"r1"_s, u"2026-12-06T08:00:00Z"_s), item(u"r2"_s, u"2026-12-06T09:00:00Z"_s)});
        const QPersistentModelIndex r1 = model.index(1, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same answer again: nothing happens.
        model.setItems({item(u"r2"_s, u"2026-12-06T09:00:00Z"_s), item(u"r1"_s, u"2026-12-06T08:00:00Z"_s)});
        QCOMPARE(resets.size() + inserted.size() + removed.size() + changed.size(), 0);

        // A new report on top, r1 acknowledged elsewhere: one insert at row 0, one row changed.
        model.setItems({item(u"r1"_s, u"2026-12-06T08:00:00Z"_s, u"acknowledged"_s, u"2026-12-06T09:50:00Z"_s),
                        item(u"r2"_s, u"2026-12-06T09:00:00Z"_s), item(u"r4"_s, u"2026-12-06T10:00:00Z"_s)});
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(removed.size(), 0);
        QVERIFY(r1.isValid());
        QCOMPARE(r1.row(), 2); // the persistent index (a selection) followed its report
        QCOMPARE(r1.data(HandoffModel::StateRole).toString(), u"acknowledged"_s);

        // r2 no longer listed (filtered by state on the server, say): removed, nothing else.
        model.setItems({item(u"r1"_s, u"2026-12-06T08:00:00Z"_s, u"acknowledged"_s, u"2026-12-06T09:50:00Z"_s),
                        item(u"r4"_s, u"2026-12-06T10:00:00Z"_s)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(r1.row(), 1);
    }

    void upsertFromAcknowledgement()
    {
        HandoffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item(u"r1"_s, u"2026-12-06T08:00:00Z"_s), item(u"r2"_s, u"2026-12-06T09:00:00Z"_s)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.upsert(item(u"r1"_s, u"2026-12-06T08:00:00Z"_s, u"acknowledged"_s, u"2026-12-06T09:15:00Z"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.newCount(), 1);
        QCOMPARE(model.index(1, HandoffModel::StateColumn).data().toString(), u"Received 2026-12-06 10:15"_s);
        // A new one arrives by itself: inserted in order.
        model.upsert(item(u"r0"_s, u"2026-12-06T07:00:00Z"_s));
        QCOMPARE(model.reportId(2), u"r0"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHandoffModel)
#include "tst_handoffmodel.moc"
