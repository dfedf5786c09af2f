// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Translation set-up shared by every executable. Source strings are English (tr()/translate());
// Swedish is the default UI language and the language of every message the server sends.
//
// installTranslations() loads Qt's own catalogue (qtbase_<lang>) and ours, embedded as
// :/i18n/kontaktcenter_<lang>.qm, into the application. Call once, from the main thread, after
// the Q*Application exists. Tests call it to assert the Swedish texts users see.
#pragma once

#include <QString>

namespace kc {

inline constexpr auto DefaultLanguage = "sv";

// Returns false when our catalogue for `language` is missing (English needs none: it is the
// source language, so "en" always succeeds).
bool installTranslations(const QString& language = QString::fromLatin1(DefaultLanguage));

} // namespace kc
