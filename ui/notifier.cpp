// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/notifier.h"

#include "core/types.h"
#include "models/contactqueuemodel.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace kc {

Notifier::~Notifier() = default;

NewContactAnnouncer::NewContactAnnouncer(Notifier& notifier, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_window(window)
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(std::chrono::seconds(2));
    connect(&m_interval, &QTimer::timeout, this, &NewContactAnnouncer::endInterval);
    if (window)
        window->installEventFilter(this);
}

std::chrono::milliseconds NewContactAnnouncer::minimumInterval() const
{
    return m_interval.intervalAsDuration();
}

void NewContactAnnouncer::setMinimumInterval(std::chrono::milliseconds interval)
{
    m_interval.setInterval(interval);
}

QString NewContactAnnouncer::describe(const Contact& contact)
{
    // Channel and queue only: the subject is typed by the public (web, e-mail) and may hold names
    // or personnummer, and notifications end up on lock screens and in notification histories.
    const QString where = ContactQueueModel::channelText(contact.channel) + QStringLiteral(" – ") + contact.queue;
    // A booked callback coming back: the agent is to call someone who is expecting it (the caller
    // and the note stay in the queue, not on the lock screen).
    //: %1 "Telefon – anmalan"
    return contact.callbackOf ? tr("Callback: %1").arg(where) : where;
}

void NewContactAnnouncer::announce(const Contact& contact)
{
    if (!m_window)
        return;
    QApplication::alert(m_window, 0);
    if (m_window->isActiveWindow()) {
        m_unseen = 0;
        m_pending = false;
        return;
    }
    ++m_unseen;
    m_latest = describe(contact);
    if (m_interval.isActive()) {
        m_pending = true;
        return;
    }
    notify();
}

void NewContactAnnouncer::endInterval()
{
    m_interval.stop();
    if (!m_pending || !m_window || m_window->isActiveWindow())
        return;
    notify();
}

void NewContactAnnouncer::notify()
{
    m_pending = false;
    if (m_unseen <= 1)
        m_notifier.notifyNewContact(tr("New contact"), m_latest);
    else
        m_notifier.notifyNewContact(tr("%n new contacts", nullptr, m_unseen), tr("Latest: %1").arg(m_latest));
    m_interval.start(); // the next one waits at least this long; arrivals meanwhile are coalesced
}

bool NewContactAnnouncer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::WindowActivate) {
        // The agent is looking: what was announced is seen.
        m_unseen = 0;
        m_pending = false;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kc
