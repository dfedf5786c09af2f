// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/timerange.h"

#include <QStandardPaths>
#include <QTest>

using kc::TimeRange;
using namespace std::chrono_literals;

class TestTimeRange : public QObject
{
    Q_OBJECT
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(20, 15), QTimeZone::UTC);

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validate_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to"); // invalid QDateTime = not given
        QTest::addColumn<int>("toleranceSeconds");
        QTest::addColumn<QString>("path"); // empty = valid
        QTest::addColumn<QString>("code");

        const QDateTime none;
        QTest::newRow("from only, an hour ago") << now.addSecs(-3600) << none << 0 << "" << "";
        QTest::newRow("from and to") << now.addDays(-2) << now.addDays(-1) << 0 << "" << "";
        QTest::newRow("from equals to") << now.addSecs(-60) << now.addSecs(-60) << 0 << "" << "";
        QTest::newRow("from is now") << now << none << 0 << "" << "";
        QTest::newRow("missing from") << QDateTime() << none << 0 << "occurredFrom" << "missing";
        QTest::newRow("from in the future") << now.addSecs(1) << none << 0 << "occurredFrom" << "future";
        QTest::newRow("to in the future") << now.addSecs(-60) << now.addSecs(60) << 0 << "occurredTo" << "future";
        QTest::newRow("to before from") << now.addSecs(-60) << now.addSecs(-120) << 0 << "occurredTo" << "order";
        QTest::newRow("clock skew within tolerance") << now.addSecs(90) << none << 120 << "" << "";
        QTest::newRow("beyond tolerance") << now.addSecs(121) << none << 120 << "occurredFrom" << "future";
        QTest::newRow("other offset, same instant")
            << QDateTime(QDate(2026, 11, 27), QTime(21, 15), QTimeZone::fromSecondsAheadOfUtc(3600)) << none << 0 << ""
            << "";
    }

    void validate()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, toleranceSeconds);
        QFETCH(QString, path);
        QFETCH(QString, code);
        const auto r = TimeRange::validate(from, to.isValid() ? std::optional(to) : std::nullopt, now,
                                           std::chrono::seconds(toleranceSeconds));
        if (path.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->from, from);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().path, path);
            QCOMPARE(r.error().code, code);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
