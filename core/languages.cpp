// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/languages.h"

namespace kc {

namespace {

struct Language
{
    const char* code;
    const char* swedishName;
};

constexpr Language languages[] = {
    {"sq", "albanska"},     {"am", "amharinska"}, {"ar", "arabiska"},      {"bs", "bosniska"},
    {"bg", "bulgariska"},   {"prs", "dari"},      {"en", "engelska"},      {"et", "estniska"},
    {"fi", "finska"},       {"fr", "franska"},    {"el", "grekiska"},      {"it", "italienska"},
    {"zh", "kinesiska"},    {"hr", "kroatiska"},  {"ku", "kurdiska"},      {"lv", "lettiska"},
    {"lt", "litauiska"},    {"ps", "pashto"},     {"fa", "persiska"},      {"pl", "polska"},
    {"pt", "portugisiska"}, {"ro", "rumänska"},   {"ru", "ryska"},         {"sr", "serbiska"},
    {"so", "somaliska"},    {"es", "spanska"},    {"sv", "svenska"},       {"sgn", "teckenspråk"},
    {"th", "thailändska"},  {"ti", "tigrinja"},   {"tr", "turkiska"},      {"de", "tyska"},
    {"uk", "ukrainska"},    {"hu", "ungerska"},   {"vi", "vietnamesiska"},
};

} // namespace

QString languageName(QStringView code)
{
    const QString wanted = code.trimmed().toString().toLower();
    for (const Language& l : languages)
        if (wanted == QLatin1StringView(l.code))
            return QString::fromUtf8(l.swedishName);
    return code.trimmed().toString();
}

QStringList interpreterLanguageNames()
{
    QStringList names;
    for (const Language& l : languages)
        if (QLatin1StringView(l.code) != QLatin1StringView("sv"))
            names << QString::fromUtf8(l.swedishName);
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

} // namespace kc
