// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Spoken announcements for screen readers. A message that appears in a label (a refusal, a
// status line, the connection banner) is not read aloud by Orca or NVDA unless it is announced:
// announce() sends a QAccessibleAnnouncementEvent (Qt 6.8) from `source`, polite by default,
// assertive for what must interrupt (a lost connection, a refused report).
// Thread rules: GUI thread.
#pragma once

class QObject;
class QString;

namespace kc {

enum class Politeness { Polite, Assertive };

// Does nothing when no assistive technology listens (QAccessible::isActive() is false) or the
// text is empty, so callers announce unconditionally.
void announce(QObject* source, const QString& text, Politeness politeness = Politeness::Polite);

// For tests: every non-empty announcement also goes to `listener`, whether or not an assistive
// technology listens — QAccessible::isActive() follows the platform's bridge and cannot be switched
// on offscreen (QAccessible::setActive() only informs observers). nullptr removes it.
using AnnouncementListener = void (*)(QObject* source, const QString& text, Politeness politeness);
void setAnnouncementListener(AnnouncementListener listener);

} // namespace kc
