// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Languages the contact centre meets, by code: the contact's `language` (ISO 639-1, as the server
// sends it: "sv", "ar") and the interpreter languages of the report form. The Swedish names are
// what agents read and say ("arabiska"); the queue, the contact header and the form all show the
// same word for the same code. Free text is allowed wherever a language is typed, so an unknown
// code is shown as it came. The selection is a convenience, not a statistic: no public figure of
// which languages the contact centre books interpreters for was found, so the list is not ranked
// and any other language is typed in (README "Where the data comes from").
// Thread rules: pure functions over constant data; any thread.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kc {

// "ar" → "arabiska"; "sv" → "svenska"; an unknown code → the code itself, trimmed.
QString languageName(QStringView code);
// The Swedish names of every known language except Swedish, in Swedish alphabetical order (the
// table's order: å ä ö sort last, which no C-locale comparison does), for choosers.
QStringList interpreterLanguageNames();

} // namespace kc
