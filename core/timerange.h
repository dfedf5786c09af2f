// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Händelsetid: when something happened, from–to, since the exact time is often unknown.
// validate() checks: `from` given and valid; neither end after `now` (plus `tolerance`, for a
// workstation clock a little ahead of the server's); `to`, if given, not before `from`. Errors
// carry the path "occurredFrom" or "occurredTo" so a form can mark the right field.
// Thread rules: plain value, reentrant.
#pragma once

#include "core/result.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace kc {

struct TimeRange
{
    QDateTime from;
    std::optional<QDateTime> to;

    static Result<TimeRange> validate(const QDateTime& from, const std::optional<QDateTime>& to,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc(),
                                      std::chrono::seconds tolerance = std::chrono::seconds(0));
};

} // namespace kc
