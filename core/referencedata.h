// Reference data: the 290 kommuner with SCB codes and the 21 län (CC0, via sjbrg/swedish-geodata),
// and the offence codes (brottskoder, Brå "Klassificering av brott") plus the loss errand
// ("Förlust", no crime code). Shipped as CSV resources under :/kontaktcenter/reference/ and
// parsed once.
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
    QString code;       // SCB kommunkod, "1480"
    QString name;       // short form, "Göteborg"
    QString countyCode; // "14"
};

struct OffenceType
{
    enum class Kind { Crime, Loss };
    static constexpr auto LossCode = "FORLUST"; // the loss errand: not a crime, no Brå code

    QString code;     // four digits, or LossCode
    QString name;     // Swedish benämning
    QString category; // "Stöld", "Inbrott", "Fordon", … for grouping in pickers
    Kind kind = Kind::Crime;
    bool verified = false; // checked against ../shared/DOMAIN.md; others await Brå's current list
};

class ReferenceData
{
public:
    static const ReferenceData& builtin();
    static Result<ReferenceData> load(const QString& directory);

    const QList<County>& counties() const { return m_counties; }
    const QList<Municipality>& municipalities() const { return m_municipalities; } // by code
    const QList<OffenceType>& offenceTypes() const { return m_offences; }          // file order

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

} // namespace kc
