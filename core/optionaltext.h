// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What a free-text field of a form holds, as the contract's optional string: nothing when the
// field is empty (after trimming, when `trimmed`). Forms keep untrimmed text in drafts, so that a
// restored draft shows exactly what was typed, and trim only what is sent. Pure; any thread.
#pragma once

#include <QString>

#include <optional>

namespace kc {

inline std::optional<QString> optionalText(const QString& text, bool trimmed)
{
    const QString t = trimmed ? text.trimmed() : text;
    if (t.isEmpty())
        return std::nullopt;
    return t;
}

} // namespace kc
