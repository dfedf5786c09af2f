// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Händelsetid as the agent types it into the report form, read into a local QDateTime.
//
// Accepted: "2026-11-27 14:30" (also "T" between date and time, "14.30", seconds, one-digit
// month, day and hour), "2026-11-27" (= 00:00), and relative days: "idag 14:30" / "i dag",
// "igår 22:00" / "i går" (also "today", "yesterday"; an optional "kl" before the time). Relative
// days count from `today`. The error's code is "format" (not such a text), "date" (no such day)
// or "time" (no such time of day); its message says how to write it. Whether the time lies in the
// future is not this parser's business (TimeRange::validate).
// Thread rules: reentrant.
#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>

namespace kc {

Result<QDateTime> parseEventTime(QStringView text, QDate today = QDate::currentDate());

// The form's own way of writing a time: "2026-11-27 14:30" in local time, ":SS" only when the
// seconds are not zero. parseEventTime(formatEventTime(t)) == t for local times.
QString formatEventTime(const QDateTime& time);

} // namespace kc
