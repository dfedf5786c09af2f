// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/backoff.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <limits>

using kc::sync::Backoff;
using Millis = Backoff::Millis;

namespace {

// The largest double below 1: what a [0, 1) source returns at its upper end.
const double almostOne = std::nextafter(1.0, 0.0);

Backoff fixed(double r, Millis base = Millis(500), Millis cap = Millis(30'000))
{
    return Backoff(base, cap, [r] { return r; });
}

qint64 ms(Millis d)
{
    return qint64(d.count());
}

// The capped ceiling min(base·2^(n-1), cap) for the default base and cap.
qint64 ceilingFor(int attempt)
{
    return std::min<qint64>(qint64(500) << (attempt - 1), 30'000);
}

} // namespace

class TestBackoff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        const Backoff b;
        QCOMPARE(ms(b.cap()), qint64(30'000));
        QCOMPARE(b.attempts(), 0);
    }

    void sequence_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("delays"); // attempts 1..10, base 500 ms, cap 30 s

        // Attempt 7 has a ceiling of 32 s, capped to 30 s first; the jitter still spans [15 s, 30 s].
        QTest::newRow("random 0 gives the lower bound")
            << 0.0 << QList<qint64>{250, 500, 1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000};
        QTest::newRow("random towards 1 gives the ceiling")
            << almostOne << QList<qint64>{500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000};
        QTest::newRow("random 0.5") << 0.5
                                    << QList<qint64>{375, 750, 1500, 3000, 6000, 12000, 22500, 22500, 22500, 22500};
        QTest::newRow("random 0.25") << 0.25
                                     << QList<qint64>{312, 625, 1250, 2500, 5000, 10000, 18750, 18750, 18750, 18750};
    }

    void sequence()
    {
        QFETCH(double, random);
        QFETCH(QList<qint64>, delays);
        Backoff b = fixed(random);
        QList<qint64> got;
        for (int n = 1; n <= delays.size(); ++n) {
            got.append(ms(b.next()));
            QCOMPARE(b.attempts(), n);
        }
        QCOMPARE(got, delays);
    }

    void bounds_data()
    {
        QTest::addColumn<double>("random");
        for (const double r : {0.0, 0.001, 0.1, 0.25, 0.333, 0.5, 0.75, 0.9, 0.999})
            QTest::addRow("random %g", r) << r;
        QTest::newRow("random towards 1") << almostOne;
    }

    void bounds()
    {
        QFETCH(double, random);
        Backoff b = fixed(random);
        qint64 previous = 0;
        for (int n = 1; n <= 10; ++n) {
            const qint64 d = ms(b.next());
            QVERIFY2(d * 2 >= ceilingFor(n) && d <= ceilingFor(n),
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(n).arg(d)));
            QVERIFY(d <= 30'000);
            QVERIFY(d >= previous); // the same random draw never waits less on a later attempt
            previous = d;
        }
    }

    void reset()
    {
        Backoff b = fixed(0.0);
        for (int n = 0; n < 5; ++n)
            b.next();
        QCOMPARE(b.attempts(), 5);
        b.reset();
        QCOMPARE(b.attempts(), 0);
        QCOMPARE(ms(b.next()), qint64(250));
        QCOMPARE(ms(b.next()), qint64(500));
        QCOMPARE(b.attempts(), 2);
    }

    void floor_data()
    {
        QTest::addColumn<qint64>("floor");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("delay");

        QTest::newRow("no floor") << qint64(0) << 0.0 << 1 << qint64(250);
        // The window [250, 500] moves up to start at the floor and keeps its width, so clients
        // told the same retry: still spread out.
        QTest::newRow("raises attempt 1, random 0") << qint64(3000) << 0.0 << 1 << qint64(3000);
        QTest::newRow("raises attempt 1, random 0.5") << qint64(3000) << 0.5 << 1 << qint64(3125);
        QTest::newRow("raises attempt 1, random to 1") << qint64(3000) << almostOne << 1 << qint64(3250);
        QTest::newRow("raises attempt 3") << qint64(3000) << 0.0 << 3 << qint64(3000);
        QTest::newRow("equal to lower bound") << qint64(2000) << 0.0 << 4 << qint64(2000);
        QTest::newRow("below lower bound changes nothing") << qint64(3000) << 0.0 << 5 << qint64(4000);
        QTest::newRow("below lower bound, random to 1") << qint64(3000) << almostOne << 5 << qint64(8000);
        QTest::newRow("window reaching the cap is cut") << qint64(29'900) << almostOne << 7 << qint64(30'000);
        QTest::newRow("floor above cap gives cap") << qint64(60'000) << 0.0 << 1 << qint64(30'000);
        QTest::newRow("negative floor ignored") << qint64(-5000) << 0.0 << 1 << qint64(250);
    }

    void floor()
    {
        QFETCH(qint64, floor);
        QFETCH(double, random);
        QFETCH(int, attempt);
        QFETCH(qint64, delay);
        Backoff b = fixed(random);
        b.setFloor(Millis(floor));
        for (int n = 1; n < attempt; ++n)
            b.next();
        QCOMPARE(ms(b.next()), delay);
    }

    void floorKeptAcrossReset()
    {
        Backoff b = fixed(0.0);
        b.setFloor(Millis(3000));
        b.next();
        b.reset();
        QCOMPARE(ms(b.next()), qint64(3000));
        b.setFloor(Millis(0));
        b.reset();
        QCOMPARE(ms(b.next()), qint64(250));
    }

    // A faulty injected source must not turn into a negative, zero or endless wait.
    void randomOutOfRange_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("delay"); // attempt 1: window [250, 500]
        QTest::newRow("exactly 1") << 1.0 << qint64(500);
        QTest::newRow("2") << 2.0 << qint64(500);
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << qint64(500);
        QTest::newRow("negative") << -0.5 << qint64(250);
        QTest::newRow("minus infinity") << -std::numeric_limits<double>::infinity() << qint64(250);
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << qint64(250);
    }

    void randomOutOfRange()
    {
        QFETCH(double, random);
        QFETCH(qint64, delay);
        Backoff b = fixed(random);
        QCOMPARE(ms(b.next()), delay);
    }

    void otherBaseAndCap_data()
    {
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<double>("random");
        QTest::addColumn<QList<qint64>>("delays");

        QTest::newRow("1 s to 5 s, random 0")
            << qint64(1000) << qint64(5000) << 0.0 << QList<qint64>{500, 1000, 2000, 2500, 2500};
        QTest::newRow("1 s to 5 s, random to 1")
            << qint64(1000) << qint64(5000) << almostOne << QList<qint64>{1000, 2000, 4000, 5000, 5000};
        // Rounding the lower bound up keeps 166.5 ms from becoming 166.
        QTest::newRow("odd base, random 0")
            << qint64(333) << qint64(30'000) << 0.0 << QList<qint64>{167, 333, 666, 1332};
        QTest::newRow("odd base, random to 1")
            << qint64(333) << qint64(30'000) << almostOne << QList<qint64>{333, 666, 1332, 2664};
        QTest::newRow("base above cap") << qint64(60'000) << qint64(30'000) << 0.0 << QList<qint64>{15000, 15000};
        QTest::newRow("zero base") << qint64(0) << qint64(30'000) << almostOne << QList<qint64>{0, 0, 0};
        QTest::newRow("zero cap") << qint64(500) << qint64(0) << almostOne << QList<qint64>{0, 0};
    }

    void otherBaseAndCap()
    {
        QFETCH(qint64, base);
        QFETCH(qint64, cap);
        QFETCH(double, random);
        QFETCH(QList<qint64>, delays);
        Backoff b = fixed(random, Millis(base), Millis(cap));
        QList<qint64> got;
        for (qsizetype n = 0; n < delays.size(); ++n)
            got.append(ms(b.next()));
        QCOMPARE(got, delays);
    }

    // A workstation offline overnight retries thousands of times; 2^(n-1) must not overflow.
    void manyAttempts()
    {
        Backoff high = fixed(almostOne);
        Backoff low = fixed(0.0);
        for (int n = 1; n <= 10'000; ++n) {
            const qint64 h = ms(high.next());
            const qint64 l = ms(low.next());
            if (n >= 7 && (h != 30'000 || l != 15'000))
                QFAIL(qPrintable(QStringLiteral("attempt %1: %2 / %3 ms").arg(n).arg(h).arg(l)));
        }
        QCOMPARE(high.attempts(), 10'000);
    }

    void defaultRandomSource()
    {
        Backoff b;
        QSet<qint64> seen;
        for (int draw = 0; draw < 1000; ++draw) {
            if (draw % 10 == 0)
                b.reset();
            const int n = b.attempts() + 1;
            const qint64 d = ms(b.next());
            if (d * 2 < ceilingFor(n) || d > ceilingFor(n))
                QFAIL(qPrintable(QStringLiteral("draw %1, attempt %2: %3 ms").arg(draw).arg(n).arg(d)));
            seen.insert(d);
        }
        // A source stuck on one value would make every workstation reconnect in lockstep.
        QVERIFY(seen.size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
