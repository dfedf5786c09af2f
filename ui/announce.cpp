// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/announce.h"

#include <QAccessible>
#include <QString>

namespace kc {

namespace {
AnnouncementListener listener = nullptr; // GUI thread only, like announce()
} // namespace

void setAnnouncementListener(AnnouncementListener l)
{
    listener = l;
}

void announce(QObject* source, const QString& text, Politeness politeness)
{
    if (!source || text.isEmpty())
        return;
    if (listener)
        listener(source, text, politeness);
    if (!QAccessible::isActive())
        return;
    QAccessibleAnnouncementEvent event(source, text);
    event.setPoliteness(politeness == Politeness::Assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                                            : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
}

} // namespace kc
