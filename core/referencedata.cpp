// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/referencedata.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace kc {

QStringList splitCsvLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

Result<QList<QHash<QString, QString>>> readCsv(const QString& path, const QStringList& columns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{path, QCoreApplication::translate("kc::ReferenceData", "Cannot read the reference data file."),
                     QStringLiteral("io")};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return Error{path, QCoreApplication::translate("kc::ReferenceData", "The reference data file is empty."),
                     QStringLiteral("empty")};
    const QStringList header = splitCsvLine(QStringView(lines.first()).trimmed());
    for (const QString& c : columns)
        if (!header.contains(c))
            return Error{
                path,
                QCoreApplication::translate("kc::ReferenceData", "The reference data file lacks the column %1.").arg(c),
                QStringLiteral("header")};
    QList<QHash<QString, QString>> rows;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QStringList f = splitCsvLine(QStringView(lines[n]).trimmed());
        if (f.size() != header.size())
            return Error{path + u':' + QString::number(n + 1),
                         QCoreApplication::translate("kc::ReferenceData", "Wrong number of columns."),
                         QStringLiteral("row")};
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < f.size(); ++i)
            row.insert(header[i], f[i].trimmed());
        rows.append(row);
    }
    return rows;
}

namespace {

Error rowError(const QString& file, qsizetype row, const char* text)
{
    return Error{file + u':' + QString::number(row + 2), QCoreApplication::translate("kc::ReferenceData", text),
                 QStringLiteral("row")};
}

} // namespace

Result<ReferenceData> ReferenceData::load(const QString& directory)
{
    static const QRegularExpression countyCode(QStringLiteral("^\\d{2}$"));
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    ReferenceData data;

    const QString countiesPath = directory + QStringLiteral("/counties.csv");
    auto counties = readCsv(countiesPath, {QStringLiteral("county_code"), QStringLiteral("county_name"),
                                           QStringLiteral("county_name_short")});
    if (!counties)
        return counties.error();
    for (qsizetype i = 0; i < counties->size(); ++i) {
        const auto& r = counties->at(i);
        County c{r.value(QStringLiteral("county_code")), r.value(QStringLiteral("county_name")),
                 r.value(QStringLiteral("county_name_short"))};
        if (!countyCode.matchView(c.code).hasMatch() || c.name.isEmpty() || data.m_countyIndex.contains(c.code))
            return rowError(countiesPath, i, QT_TRANSLATE_NOOP("kc::ReferenceData", "Invalid or duplicate county."));
        data.m_countyIndex.insert(c.code, data.m_counties.size());
        data.m_counties.append(c);
    }

    const QString munPath = directory + QStringLiteral("/municipalities.csv");
    auto muns = readCsv(munPath, {QStringLiteral("municipality_code"), QStringLiteral("municipality_name_short"),
                                  QStringLiteral("county_code"), QStringLiteral("police_region"),
                                  QStringLiteral("police_area"), QStringLiteral("police_area_certain")});
    if (!muns)
        return muns.error();
    for (qsizetype i = 0; i < muns->size(); ++i) {
        const auto& r = muns->at(i);
        Municipality m{r.value(QStringLiteral("municipality_code")),
                       r.value(QStringLiteral("municipality_name_short")),
                       r.value(QStringLiteral("county_code")),
                       r.value(QStringLiteral("police_region")),
                       r.value(QStringLiteral("police_area")),
                       r.value(QStringLiteral("police_area_certain")) == QLatin1String("yes")};
        static const QStringList regions{
            QStringLiteral("Nord"), QStringLiteral("Mitt"), QStringLiteral("Stockholm"), QStringLiteral("Öst"),
            QStringLiteral("Väst"), QStringLiteral("Syd"),  QStringLiteral("Bergslagen")};
        // The first two digits of a kommunkod are its län; every kommun lies in one of the seven
        // polisregioner and in a named polisområde (reports are handed over by it).
        if (!fourDigits.matchView(m.code).hasMatch() || m.name.isEmpty() || !m.code.startsWith(m.countyCode) ||
            !data.m_countyIndex.contains(m.countyCode) || data.m_municipalityIndex.contains(m.code) ||
            !regions.contains(m.policeRegion) || m.policeArea.isEmpty())
            return rowError(munPath, i, QT_TRANSLATE_NOOP("kc::ReferenceData", "Invalid or duplicate municipality."));
        data.m_municipalityIndex.insert(m.code, data.m_municipalities.size());
        data.m_municipalities.append(m);
    }

    const QString offPath = directory + QStringLiteral("/offence-types.csv");
    auto offs = readCsv(offPath, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
                                  QStringLiteral("kind"), QStringLiteral("ended")});
    if (!offs)
        return offs.error();
    for (qsizetype i = 0; i < offs->size(); ++i) {
        const auto& r = offs->at(i);
        OffenceType o;
        o.code = r.value(QStringLiteral("code"));
        o.name = r.value(QStringLiteral("name"));
        o.category = r.value(QStringLiteral("category"));
        const QString kind = r.value(QStringLiteral("kind"));
        o.kind = kind == QLatin1String("loss") ? OffenceType::Kind::Loss : OffenceType::Kind::Crime;
        const QString ended = r.value(QStringLiteral("ended"));
        bool endedOk = ended.isEmpty();
        if (!endedOk) {
            o.endedYear = ended.toInt(&endedOk);
            endedOk = endedOk && o.endedYear >= 1950 && o.endedYear <= 2100;
        }
        const bool codeOk = o.kind == OffenceType::Kind::Loss ? o.code == QLatin1String(OffenceType::LossCode)
                                                              : fourDigits.matchView(o.code).hasMatch();
        if ((kind != QLatin1String("crime") && kind != QLatin1String("loss")) || !codeOk || !endedOk ||
            o.name.isEmpty() || data.m_offenceIndex.contains(o.code))
            return rowError(offPath, i, QT_TRANSLATE_NOOP("kc::ReferenceData", "Invalid or duplicate offence code."));
        data.m_offenceIndex.insert(o.code, data.m_offences.size());
        data.m_offences.append(o);
    }
    return data;
}

const ReferenceData& ReferenceData::builtin()
{
    static const ReferenceData data = [] {
        auto loaded = load(QStringLiteral(":/kontaktcenter/reference"));
        // The embedded files are checked by tst_referencedata; failing here is a build defect.
        Q_ASSERT_X(loaded.ok(), "ReferenceData::builtin", qPrintable(loaded.ok() ? QString() : loaded.error().path));
        return loaded.ok() ? std::move(loaded).value() : ReferenceData();
    }();
    return data;
}

const County* ReferenceData::county(QStringView code) const
{
    const auto it = m_countyIndex.constFind(code.toString());
    return it == m_countyIndex.cend() ? nullptr : &m_counties[*it];
}

const Municipality* ReferenceData::municipality(QStringView code) const
{
    const auto it = m_municipalityIndex.constFind(code.toString());
    return it == m_municipalityIndex.cend() ? nullptr : &m_municipalities[*it];
}

const OffenceType* ReferenceData::offenceType(QStringView code) const
{
    const auto it = m_offenceIndex.constFind(code.toString());
    return it == m_offenceIndex.cend() ? nullptr : &m_offences[*it];
}

} // namespace kc
