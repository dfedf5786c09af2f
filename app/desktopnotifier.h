// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The workstation's Notifier: a freedesktop.org desktop notification (org.freedesktop.Notifications
// Notify over the session D-Bus — KDE Plasma, GNOME, and most other desktops), with the sound hint
// "message-new-instant", category "im.received" and the desktop entry se.polisen.kontaktcenter.
// Each notification replaces the previous one, so a burst of contacts leaves one notification, not
// a stack.
//
// Never blocks the GUI thread: every call is asynchronous (QDBusPendingCallWatcher); a
// notification asked for while the previous call is unanswered waits for that answer (it needs the
// id to replace; the first one waits for the service's capabilities) and only the latest one
// waiting is sent. When there is no notification service
// (no session bus, or the call fails) the audible cue still plays: QApplication::beep(). It also
// plays when the service says it cannot play sounds (no "sound" capability).
//
// Thread rules: GUI thread (the thread of the QDBusConnection's receiver objects).
#pragma once

#include "ui/notifier.h"

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QDBusPendingCallWatcher;

namespace kc {

class DesktopNotifier : public QObject, public Notifier
{
    Q_OBJECT
public:
    // The session bus and QApplication::beep().
    explicit DesktopNotifier(QObject* parent = nullptr);
    // `bus`: where the notification service is (a test passes a peer connection to a fake);
    // `audibleCue`: played when the service cannot (a test counts it).
    DesktopNotifier(const QDBusConnection& bus, std::function<void()> audibleCue, QObject* parent = nullptr);
    ~DesktopNotifier() override;

    void notifyNewContact(const QString& title, const QString& body) override;

    uint lastNotificationId() const { return m_lastId; } // 0 before the first answer

Q_SIGNALS:
    void shown(uint id);                    // the service answered Notify
    void unavailable(const QString& error); // no service: the audible cue played instead

private:
    struct Pending
    {
        QString title;
        QString body;
    };
    void send(const Pending& notification);
    void onNotifyFinished(QDBusPendingCallWatcher* watcher);
    void onCapabilities(QDBusPendingCallWatcher* watcher);
    void sendWaiting();

    QDBusConnection m_bus;
    std::function<void()> m_cue;
    std::optional<QStringList> m_capabilities; // once the service has told
    uint m_lastId = 0;
    bool m_inFlight = false;
    std::optional<Pending> m_waiting;
};

} // namespace kc
