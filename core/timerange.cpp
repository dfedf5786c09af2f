// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/timerange.h"

#include <QCoreApplication>

namespace kc {

namespace {

Error rangeError(const char* path, const char* code, const char* text)
{
    return Error{QString::fromLatin1(path), QCoreApplication::translate("kc::TimeRange", text),
                 QString::fromLatin1(code)};
}

} // namespace

Result<TimeRange> TimeRange::validate(const QDateTime& from, const std::optional<QDateTime>& to, const QDateTime& now,
                                      std::chrono::seconds tolerance)
{
    const QDateTime latest = now.addSecs(tolerance.count());
    if (!from.isValid())
        return rangeError("occurredFrom", "missing",
                          QT_TRANSLATE_NOOP("kc::TimeRange", "The start of the event time is missing."));
    if (from > latest)
        return rangeError("occurredFrom", "future",
                          QT_TRANSLATE_NOOP("kc::TimeRange", "The start of the event time lies in the future."));
    if (to) {
        if (!to->isValid())
            return rangeError("occurredTo", "invalid",
                              QT_TRANSLATE_NOOP("kc::TimeRange", "The end of the event time is not a valid time."));
        if (*to > latest)
            return rangeError("occurredTo", "future",
                              QT_TRANSLATE_NOOP("kc::TimeRange", "The end of the event time lies in the future."));
        if (*to < from)
            return rangeError("occurredTo", "order",
                              QT_TRANSLATE_NOOP("kc::TimeRange", "The end of the event time is before its start."));
    }
    return TimeRange{from, to};
}

} // namespace kc
