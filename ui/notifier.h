// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A new contact must reach an agent who is looking at another window: the window asks for
// attention (QApplication::alert, always), and — only while the window is not active — a desktop
// notification with an audible cue.
//
// Notifier is the side effect as an interface, passed in through the constructor: the workstation
// gives app/DesktopNotifier (freedesktop notifications over D-Bus), a test gives a fake.
// NewContactAnnouncer decides what to show and when: at most one notification per minimumInterval()
// (2 s); contacts arriving in between are coalesced into one "3 new contacts" notification sent when
// the interval ends. The count is of contacts announced since the window was last active; activating
// the window resets it and drops a pending notification.
//
// Privacy: title and body hold only channel and queue — never the caller's name, personnummer,
// phone number, nor the subject (typed by the public on web and e-mail contacts, so it may hold
// any of those): notifications are visible on the lock screen and kept in the desktop's history.
// Thread rules: GUI thread.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QWidget;

namespace kc {

struct Contact;

class Notifier
{
public:
    virtual ~Notifier();
    // Shows (or replaces) the application's notification; must not block.
    virtual void notifyNewContact(const QString& title, const QString& body) = 0;
};

class NewContactAnnouncer : public QObject
{
    Q_OBJECT
public:
    NewContactAnnouncer(Notifier& notifier, QWidget* window, QObject* parent = nullptr);

    void announce(const Contact& contact);

    std::chrono::milliseconds minimumInterval() const;
    void setMinimumInterval(std::chrono::milliseconds interval);
    // Ends the current interval now, as its timer does: a held-back notification goes out (and
    // starts the next interval). Lets a test step through intervals without waiting for a clock.
    void endInterval();
    int unseenCount() const { return m_unseen; }

    // "Phone – anmalan": what a notification says about one contact; a booked callback coming back
    // (callbackOf set) "Callback: Phone – anmalan".
    static QString describe(const Contact& contact);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void notify();

    Notifier& m_notifier;
    QPointer<QWidget> m_window;
    QTimer m_interval;
    int m_unseen = 0;       // announced while the window was not active, since it last was
    bool m_pending = false; // something arrived during the interval and is not shown yet
    QString m_latest;       // describe() of the latest contact
};

} // namespace kc
