// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// NewContactAnnouncer with a fake Notifier: notifications only while the window is not active, at
// most one per interval with the rest coalesced, nothing personal in them. Source (English) texts.
#include "core/types.h"
#include "ui/notifier.h"

#include <QApplication>
#include <QEvent>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

using namespace kc;
using namespace std::chrono_literals;

namespace {

struct FakeNotifier : Notifier
{
    struct Shown
    {
        QString title;
        QString body;
    };
    QList<Shown> shown;
    void notifyNewContact(const QString& title, const QString& body) override { shown.append({title, body}); }
};

Contact contact(const QString& id, const QString& subject, Channel channel = Channel::Phone,
                const QString& queue = QStringLiteral("anmalan"))
{
    Contact c;
    c.id = id;
    c.channel = channel;
    c.queue = queue;
    c.subject = subject;
    c.caller.name = QStringLiteral("Anna Andersson");
    c.caller.personnummer = QStringLiteral("200001012384");
    c.caller.phone = QStringLiteral("0701234567");
    c.receivedAt = QDateTime::currentDateTimeUtc();
    return c;
}

} // namespace

class TestNewContactAnnouncer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inactiveWindowGetsANotification()
    {
        // GIVEN a window that is not active (never shown)
        QWidget window;
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        QCOMPARE(announcer.minimumInterval(), std::chrono::milliseconds(2s));
        QVERIFY(!window.isActiveWindow());
        // WHEN a contact arrives
        announcer.announce(contact(QStringLiteral("c1"), QStringLiteral("Stolen bicycle")));
        // THEN one notification, at once, saying channel and queue (the subject, typed by the public,
        // may hold personal data)
        QCOMPARE(fake.shown.size(), 1);
        QCOMPARE(fake.shown.at(0).title, QStringLiteral("New contact"));
        QCOMPARE(fake.shown.at(0).body, QStringLiteral("Phone – anmalan"));
    }

    void nothingPersonalInTheNotification_data()
    {
        QTest::addColumn<int>("burst");
        QTest::newRow("one contact") << 1;
        QTest::newRow("coalesced") << 3;
    }

    void nothingPersonalInTheNotification()
    {
        QFETCH(int, burst);
        QWidget window;
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        announcer.setMinimumInterval(10ms);
        for (int i = 0; i < burst; ++i)
            announcer.announce(contact(QStringLiteral("c%1").arg(i), QStringLiteral("Lost wallet"), Channel::Web,
                                       QStringLiteral("information")));
        QTRY_COMPARE(fake.shown.size(), burst == 1 ? 1 : 2);
        for (const auto& n : std::as_const(fake.shown))
            for (const QString& text : {n.title, n.body}) {
                QVERIFY2(!text.contains(QLatin1String("Anna")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("200001")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("0012384")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("0701234567")), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("701 23")), qPrintable(text));
            }
        QVERIFY(fake.shown.constLast().body.contains(QStringLiteral("Web – information")));
    }

    void burstIsCoalescedByTheTimer()
    {
        QWidget window;
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        announcer.setMinimumInterval(20ms);
        announcer.announce(contact(QStringLiteral("c1"), QStringLiteral("Stolen bicycle")));
        announcer.announce(contact(QStringLiteral("c2"), QStringLiteral("Burglary")));
        QCOMPARE(fake.shown.size(), 1); // no event loop has run: the interval cannot have ended
        QTRY_COMPARE(fake.shown.size(), 2);
        QCOMPARE(fake.shown.at(1).title, QStringLiteral("2 new contacts"));
    }

    void burstIsCoalesced()
    {
        // The interval is stepped by hand (endInterval(), what its timer does), so no clock decides.
        QWidget window;
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        announcer.setMinimumInterval(1h);
        // WHEN three contacts arrive at once
        announcer.announce(contact(QStringLiteral("c1"), QStringLiteral("Stolen bicycle")));
        announcer.announce(contact(QStringLiteral("c2"), QStringLiteral("Burglary")));
        announcer.announce(contact(QStringLiteral("c3"), QStringLiteral("Card fraud")));
        // THEN the first is shown at once, the others wait for the interval to end
        QCOMPARE(fake.shown.size(), 1);
        QCOMPARE(fake.shown.at(0).body, QStringLiteral("Phone – anmalan"));
        announcer.endInterval();
        QCOMPARE(fake.shown.size(), 2);
        // AND the one that follows counts every contact not yet seen, naming the latest
        QCOMPARE(fake.shown.at(1).title, QStringLiteral("3 new contacts"));
        QCOMPARE(fake.shown.at(1).body, QStringLiteral("Latest: Phone – anmalan"));
        QCOMPARE(announcer.unseenCount(), 3);
        // AND one more during the next interval is again held back, then counted on
        announcer.announce(contact(QStringLiteral("c4"), QStringLiteral("Vandalism")));
        QCOMPARE(fake.shown.size(), 2);
        announcer.endInterval();
        QCOMPARE(fake.shown.size(), 3);
        QCOMPARE(fake.shown.at(2).title, QStringLiteral("4 new contacts"));
        // AND an interval with nothing held back ends quietly; the next contact is shown at once
        announcer.endInterval();
        QCOMPARE(fake.shown.size(), 3);
        announcer.announce(contact(QStringLiteral("c5"), QStringLiteral("Threat")));
        QCOMPARE(fake.shown.size(), 4);
        QCOMPARE(fake.shown.at(3).title, QStringLiteral("5 new contacts"));
    }

    void activeWindowGetsNoNotification()
    {
        // GIVEN the agent is looking at the window
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        // WHEN a contact arrives THEN no notification (the queue shows it)
        announcer.announce(contact(QStringLiteral("c1"), QStringLiteral("Stolen bicycle")));
        QCOMPARE(fake.shown.size(), 0);
        QCOMPARE(announcer.unseenCount(), 0);
    }

    void activatingTheWindowResetsTheCount()
    {
        QWidget window;
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        announcer.setMinimumInterval(1h);
        announcer.announce(contact(QStringLiteral("c1"), QStringLiteral("Stolen bicycle")));
        announcer.announce(contact(QStringLiteral("c2"), QStringLiteral("Burglary"))); // held back
        QCOMPARE(fake.shown.size(), 1);
        // WHEN the agent looks at the window (and leaves again) before the interval ends
        QEvent activate(QEvent::WindowActivate);
        QCoreApplication::sendEvent(&window, &activate);
        QCOMPARE(announcer.unseenCount(), 0);
        announcer.announce(contact(QStringLiteral("c3"), QStringLiteral("Card fraud")));
        // THEN what was seen is not counted again: the next notification is about c3 alone
        QCOMPARE(fake.shown.size(), 1);
        announcer.endInterval();
        QCOMPARE(fake.shown.size(), 2);
        QCOMPARE(fake.shown.at(1).title, QStringLiteral("New contact"));
        QCOMPARE(fake.shown.at(1).body, QStringLiteral("Phone – anmalan"));
    }

    void subjectNeverShown()
    {
        QCOMPARE(NewContactAnnouncer::describe(contact(QStringLiteral("c1"), QStringLiteral("Anna 19121212-1212"),
                                                       Channel::Web, QStringLiteral("anmalan"))),
                 QStringLiteral("Web – anmalan"));
    }

    void callbackComingBackSaysSo()
    {
        // A booked callback returning to the queue (issue 15) is announced as a callback, and the
        // caller and note stay off the lock screen like any contact's details.
        QWidget window;
        FakeNotifier fake;
        NewContactAnnouncer announcer(fake, &window);
        Contact callback = contact(QStringLiteral("c2"), QStringLiteral("Stolen bicycle"));
        callback.callbackOf = QStringLiteral("c1");
        callback.callbackAt = callback.receivedAt;
        callback.callbackNote = QStringLiteral("Ring Anna efter lunch.");
        announcer.announce(callback);
        QCOMPARE(fake.shown.size(), 1);
        QCOMPARE(fake.shown.first().title, QStringLiteral("New contact"));
        QCOMPARE(fake.shown.first().body, QStringLiteral("Callback: Phone – anmalan"));
        QVERIFY(!fake.shown.first().body.contains(QLatin1String("Anna")));
    }

    void contactWithoutSubject()
    {
        QCOMPARE(NewContactAnnouncer::describe(
                     contact(QStringLiteral("c1"), QString(), Channel::Chat, QStringLiteral("tips"))),
                 QStringLiteral("Chat – tips"));
    }
};

QTEST_MAIN(TestNewContactAnnouncer)
#include "tst_newcontactannouncer.moc"
