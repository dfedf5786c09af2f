// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// DesktopNotifier against a fake org.freedesktop.Notifications served over a peer-to-peer D-Bus
// connection (no bus daemon needed): the exact Notify call, replacing during a burst, escaping, and
// the audible cue when there is no service or the service plays no sounds.
#include "app/desktopnotifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusServer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace kc;

namespace {

const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };
    QList<Call> calls;
    QStringList capabilities{QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("sound")};
    uint nextId = 40;

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
        return replacesId ? replacesId : ++nextId;
    }
};

// A peer-to-peer D-Bus server whose connections serve `fake` (or nothing, to play a missing service).
class PeerBus
{
public:
    explicit PeerBus(FakeNotifications* fake)
    {
        QObject::connect(&m_server, &QDBusServer::newConnection, &m_server, [this, fake](const QDBusConnection& c) {
            QDBusConnection connection(c);
            if (fake)
                connection.registerObject(NotificationsPath, fake, QDBusConnection::ExportAllSlots);
            m_serverSide = std::make_unique<QDBusConnection>(connection);
        });
        static int number = 0;
        m_name = QStringLiteral("peer-%1").arg(++number);
    }
    ~PeerBus()
    {
        QDBusConnection::disconnectFromPeer(m_name);
        if (m_serverSide)
            QDBusConnection::disconnectFromPeer(m_serverSide->name());
    }

    // Connects and waits until the server side serves, so no call can arrive before the fake does.
    bool connect()
    {
        if (!m_server.isConnected())
            return false;
        m_client = QDBusConnection::connectToPeer(m_server.address(), m_name);
        if (!m_client.isConnected())
            return false;
        return QTest::qWaitFor([this] { return m_serverSide != nullptr; });
    }
    QDBusConnection client() const { return m_client; }

private:
    QDBusServer m_server;
    QString m_name;
    QDBusConnection m_client{QString()};
    std::unique_ptr<QDBusConnection> m_serverSide;
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notifyCallAsTheSpecWantsIt()
    {
        FakeNotifications fake;
        PeerBus bus(&fake);
        QVERIFY(bus.connect());
        int cues = 0;
        DesktopNotifier notifier(bus.client(), [&cues] { ++cues; });
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifyNewContact(QStringLiteral("New contact"), QStringLiteral("Web – information: A & B <b>x</b>"));
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(fake.calls.size(), 1);
        const auto& call = fake.calls.at(0);
        QCOMPARE(call.appName, QStringLiteral("Kontaktcenter"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.appIcon, QStringLiteral("se.polisen.kontaktcenter"));
        QCOMPARE(call.summary, QStringLiteral("New contact"));
        // The service shows markup: what the public typed must not become markup.
        QCOMPARE(call.body, QStringLiteral("Web – information: A &amp; B &lt;b&gt;x&lt;/b&gt;"));
        QVERIFY(call.actions.isEmpty());
        QCOMPARE(call.hints.value(QStringLiteral("sound-name")).toString(), QStringLiteral("message-new-instant"));
        QCOMPARE(call.hints.value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("se.polisen.kontaktcenter"));
        QCOMPARE(call.expireTimeout, -1);
        QCOMPARE(shown.at(0).at(0).toUInt(), 41u);
        QCOMPARE(notifier.lastNotificationId(), 41u);
        QCOMPARE(cues, 0); // the service plays the sound
    }

    void aBurstReplacesOneNotification()
    {
        FakeNotifications fake;
        PeerBus bus(&fake);
        QVERIFY(bus.connect());
        DesktopNotifier notifier(bus.client(), [] {});
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        // GIVEN one notification shown
        notifier.notifyNewContact(QStringLiteral("New contact"), QStringLiteral("1"));
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(fake.calls.at(0).replacesId, 0u);
        // WHEN three more are asked for before the service has answered the first of them
        notifier.notifyNewContact(QStringLiteral("2 new contacts"), QStringLiteral("2"));
        notifier.notifyNewContact(QStringLiteral("3 new contacts"), QStringLiteral("3"));
        notifier.notifyNewContact(QStringLiteral("4 new contacts"), QStringLiteral("4"));
        // THEN the first of them is sent, then only the latest; each replaces the one shown
        QTRY_COMPARE(shown.count(), 3);
        QCOMPARE(fake.calls.size(), 3);
        QCOMPARE(fake.calls.at(1).summary, QStringLiteral("2 new contacts"));
        QCOMPARE(fake.calls.at(1).replacesId, 41u);
        QCOMPARE(fake.calls.at(2).summary, QStringLiteral("4 new contacts"));
        QCOMPARE(fake.calls.at(2).replacesId, 41u);
    }

    void aNotificationBeforeTheCapabilitiesWaitsForThem()
    {
        // The capabilities decide about escaping: nothing is sent before the service has told them.
        FakeNotifications fake;
        fake.capabilities = {QStringLiteral("body")};
        PeerBus bus(&fake);
        QVERIFY(bus.connect());
        DesktopNotifier notifier(bus.client(), [] {});
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifyNewContact(QStringLiteral("New contact"), QStringLiteral("1 < 2"));
        notifier.notifyNewContact(QStringLiteral("2 new contacts"), QStringLiteral("2 < 3"));
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(fake.calls.size(), 1);
        QCOMPARE(fake.calls.at(0).summary, QStringLiteral("2 new contacts"));
        QCOMPARE(fake.calls.at(0).body, QStringLiteral("2 < 3"));
    }

    void serviceWithoutSoundOrMarkup()
    {
        FakeNotifications fake;
        fake.capabilities = {QStringLiteral("body")};
        PeerBus bus(&fake);
        QVERIFY(bus.connect());
        int cues = 0;
        DesktopNotifier notifier(bus.client(), [&cues] { ++cues; });
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifyNewContact(QStringLiteral("New contact"), QStringLiteral("A & B"));
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(fake.calls.at(0).body, QStringLiteral("A & B")); // plain text is shown as is
        QCOMPARE(cues, 1);                                        // our own cue instead of the service's
    }

    void noServiceStillGivesTheCue()
    {
        // GIVEN a bus where nobody serves notifications
        PeerBus bus(nullptr);
        QVERIFY(bus.connect());
        int cues = 0;
        DesktopNotifier notifier(bus.client(), [&cues] { ++cues; });
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        notifier.notifyNewContact(QStringLiteral("New contact"), QStringLiteral("x"));
        QTRY_COMPARE(unavailable.count(), 1);
        QCOMPARE(cues, 1);
    }

    void noBusStillGivesTheCue()
    {
        const QDBusConnection dead = QDBusConnection::connectToPeer(
            QStringLiteral("unix:path=/nonexistent/kc-test-bus"), QStringLiteral("dead"));
        QVERIFY(!dead.isConnected());
        int cues = 0;
        DesktopNotifier notifier(dead, [&cues] { ++cues; });
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        notifier.notifyNewContact(QStringLiteral("New contact"), QStringLiteral("x"));
        QCOMPARE(cues, 1); // at once: nothing to wait for
        QCOMPARE(unavailable.count(), 1);
        QDBusConnection::disconnectFromPeer(QStringLiteral("dead"));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
