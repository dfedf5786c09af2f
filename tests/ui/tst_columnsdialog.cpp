// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Choosing the queue's columns by keyboard: the Kolumner dialog through the queue panel, applied to
// the pipeline (which persists by name), with the output model under QAbstractItemModelTester.
#include "models/queuepipeline.h"
#include "ui/columnsdialog.h"
#include "ui/queuepanel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace kc;

class TestColumnsDialog : public QObject
{
    Q_OBJECT

    static int rowOf(QListWidget* list, int column)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toInt() == column)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hideAndMoveByKeyboard()
    {
        QueuePipeline pipeline;
        QAbstractItemModelTester tester(pipeline.output(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueuePanel panel(pipeline);
        QSignalSpy changed(&panel, &QueuePanel::columnsChanged);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QList<int> before = pipeline.columns();
        QVERIFY(before.contains(ContactQueueModel::Language));

        panel.chooseColumns();
        QTRY_VERIFY(panel.columnsDialog() && panel.columnsDialog()->isVisible());
        auto* dialog = qobject_cast<ColumnsDialog*>(panel.columnsDialog());
        QVERIFY(dialog);
        QListWidget* list = dialog->list();
        QCOMPARE(list->count(), QueuePipeline::LogicalColumnCount);
        // Space hides Språk
        list->setCurrentRow(rowOf(list, ContactQueueModel::Language));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(rowOf(list, ContactQueueModel::Language))->checkState(), Qt::Unchecked);
        // Alt+Up moves Väntetid one place to the left
        const int waitingRow = rowOf(list, QueuePipeline::WaitingColumn);
        QVERIFY(waitingRow > 0);
        list->setCurrentRow(waitingRow);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(rowOf(list, QueuePipeline::WaitingColumn), waitingRow - 1);
        // Enter applies
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!panel.columnsDialog());

        QList<int> expected = before;
        expected.removeAll(ContactQueueModel::Language);
        const int at = expected.indexOf(QueuePipeline::WaitingColumn);
        expected.swapItemsAt(at, at - 1);
        QCOMPARE(pipeline.columns(), expected);
        QCOMPARE(pipeline.output()->columnCount(), before.size() - 1);
        QCOMPARE(changed.size(), 1);
    }

    void draggingAHeaderReordersThePipeline()
    {
        QueuePipeline pipeline;
        QAbstractItemModelTester tester(pipeline.output(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueuePanel panel(pipeline);
        QSignalSpy changed(&panel, &QueuePanel::columnsChanged);
        const QList<int> before = pipeline.columns();
        QHeaderView* header = panel.view()->horizontalHeader();
        header->moveSection(0, 2); // what a drag does
        QList<int> expected = before;
        expected.move(0, 2);
        QTRY_COMPARE(pipeline.columns(), expected);
        QCOMPARE(changed.size(), 1);
        for (int logical = 0; logical < header->count(); ++logical)
            QCOMPARE(header->visualIndex(logical), logical); // the view shows the pipeline's order as is
    }

    void theLastColumnCannotBeHidden()
    {
        ColumnsDialog dialog({QStringLiteral("A"), QStringLiteral("B")}, {1}, nullptr);
        QCOMPARE(dialog.columns(), QList<int>{1});
        dialog.list()->setCurrentRow(0); // B, the only shown one
        QTest::keyClick(dialog.list(), Qt::Key_Space);
        QVERIFY(dialog.columns().isEmpty());
        QTest::keyClick(dialog.list(), Qt::Key_Return);
        QVERIFY(dialog.result() != QDialog::Accepted); // Apply is disabled: nothing happens
        QTest::keyClick(dialog.list(), Qt::Key_Space);
        QCOMPARE(dialog.columns(), QList<int>{1});
    }
};

QTEST_MAIN(TestColumnsDialog)
#include "tst_columnsdialog.moc"
