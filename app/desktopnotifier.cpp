// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/desktopnotifier.h"

#include <QApplication>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace kc {

namespace {

const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
const QString DesktopEntry = QStringLiteral("se.polisen.kontaktcenter");
constexpr int CallTimeoutMs = 5000; // a hung notification daemon must not hold back the next one for 25 s

} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), &QApplication::beep, parent)
{}

DesktopNotifier::DesktopNotifier(const QDBusConnection& bus, std::function<void()> audibleCue, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_cue(std::move(audibleCue))
{
    if (!m_bus.isConnected())
        return;
    // Asked once, early: whether the body may hold markup (then it must be escaped) and whether the
    // service plays sounds itself. A notification asked for before the answer waits for it.
    m_inFlight = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &DesktopNotifier::onCapabilities);
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notifyNewContact(const QString& title, const QString& body)
{
    if (!m_bus.isConnected()) {
        if (m_cue)
            m_cue();
        Q_EMIT unavailable(m_bus.lastError().message());
        return;
    }
    if (m_inFlight) {
        m_waiting = Pending{title, body};
        return;
    }
    send({title, body});
}

void DesktopNotifier::send(const Pending& notification)
{
    // Markup is escaped unless the service is known to show the body as plain text, where an
    // escaped "&amp;" would be seen as such. A subject typed by the public must never become markup.
    const bool markup = !m_capabilities || m_capabilities->contains(QLatin1String("body-markup"));
    QVariantMap hints;
    hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
    hints.insert(QStringLiteral("category"), QStringLiteral("im.received"));
    hints.insert(QStringLiteral("desktop-entry"), DesktopEntry);
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("Kontaktcenter") << m_lastId << DesktopEntry << notification.title
         << (markup ? notification.body.toHtmlEscaped() : notification.body) << QStringList() << hints << int(-1);
    m_inFlight = true;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, &DesktopNotifier::onNotifyFinished);
}

void DesktopNotifier::onNotifyFinished(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    m_inFlight = false;
    const QDBusPendingReply<uint> reply = *watcher;
    if (reply.isError()) {
        if (m_cue)
            m_cue();
        Q_EMIT unavailable(reply.error().message());
    } else {
        m_lastId = reply.value();
        if (m_cue && m_capabilities && !m_capabilities->contains(QLatin1String("sound")))
            m_cue();
        Q_EMIT shown(m_lastId);
    }
    sendWaiting();
}

void DesktopNotifier::sendWaiting()
{
    if (!m_waiting)
        return;
    const Pending next = *m_waiting;
    m_waiting.reset();
    notifyNewContact(next.title, next.body);
}

void DesktopNotifier::onCapabilities(QDBusPendingCallWatcher* watcher)
{
    watcher->deleteLater();
    m_inFlight = false;
    const QDBusPendingReply<QStringList> reply = *watcher;
    if (!reply.isError())
        m_capabilities = reply.value();
    sendWaiting();
}

} // namespace kc
