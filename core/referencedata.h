// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Reference data: the 290 kommuner with SCB codes and the 21 län (CC0, via sjbrg/swedish-geodata),
// each kommun with its polisregion and polisområde (README "Where the data comes from" cites the
// sources; `policeAreaCertain` is false where no source confirmed the area), and every offence code
// of Brå's SOL list (brottskoder, with Brå's names) plus the loss errand ("Förlust", no crime code).
// Ended codes stay in the list so old reports still show their name; they are never offered for a
// new report (OffenceType::isEnded, validateReportForCreate). Shipped as CSV resources under
// :/kontaktcenter/reference/ and parsed once.
//
// builtin() is the embedded set, parsed on first use (thread-safe: a function-local static) and
// immutable afterwards, so every thread may read it without locks. load() reads another directory
// with the same three files (an override for deployments; also how tests feed broken data).
#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace kc {

struct County
{
    QString code;      // "14"
    QString name;      // "Västra Götalands län"
    QString shortName; // "Västra Götaland"
};

struct Municipality
{
    QString code;                   // SCB kommunkod, "1480"
    QString name;                   // short form, "Göteborg"
    QString countyCode;             // "14"
    QString policeRegion;           // "Väst" — one of Nord, Mitt, Stockholm, Öst, Väst, Syd, Bergslagen
    QString policeArea;             // polisområde, "Skaraborg"
    bool policeAreaCertain = false; // confirmed by a cited source, not inferred
};

struct OffenceType
{
    enum class Kind { Crime, Loss };
    static constexpr auto LossCode = "FORLUST"; // the loss errand: not a crime, no Brå code

    QString code;     // four digits, or LossCode
    QString name;     // Swedish benämning
    QString category; // "Stöld och rån", "Bedrägeri", … (mostly the chapter of brottsbalken)
    Kind kind = Kind::Crime;
    int endedYear = 0; // the year Brå ended the code; 0 = in use

    bool isEnded() const { return endedYear != 0; }
};

class ReferenceData
{
public:
    static const ReferenceData& builtin();
    static Result<ReferenceData> load(const QString& directory);

    const QList<County>& counties() const { return m_counties; }
    const QList<Municipality>& municipalities() const { return m_municipalities; } // by code
    const QList<OffenceType>& offenceTypes() const { return m_offences; }          // file order, ended ones too

    const County* county(QStringView code) const;
    const Municipality* municipality(QStringView code) const;
    const OffenceType* offenceType(QStringView code) const;

private:
    ReferenceData() = default;
    QList<County> m_counties;
    QList<Municipality> m_municipalities;
    QList<OffenceType> m_offences;
    QHash<QString, qsizetype> m_countyIndex, m_municipalityIndex, m_offenceIndex;
};

// Split one CSV line (RFC 4180 quoting, no embedded newlines). Exposed for tests.
QStringList splitCsvLine(QStringView line);

// Rows of a UTF-8 CSV file as maps column name → trimmed value; an Error if the file cannot be
// read, is empty, lacks one of `columns` or has a row with the wrong number of fields. Shared by
// the reference files and the offence guide.
Result<QList<QHash<QString, QString>>> readCsv(const QString& path, const QStringList& columns);

} // namespace kc
