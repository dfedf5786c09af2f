// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/offenceguide.h"

#include "core/personnummer.h"

#include <QCoreApplication>

namespace kc {

namespace {

using Q = OffenceAnswers::Question;

// CSV column of each question, in Question order.
const char* const columns[] = {"sex", "age", "relation", "place", "internet", "stage", "vulnerable", "international"};

Error guideError(const QString& where, const char* text)
{
    return Error{where, QCoreApplication::translate("kc::OffenceGuide", text), QStringLiteral("row")};
}

// "18-" → [18, 999], "0-17" → [0, 17], "*" → any. False when malformed.
bool parseAge(const QString& text, int& min, int& max)
{
    if (text == u"*")
        return true;
    const qsizetype dash = text.indexOf(u'-');
    if (dash <= 0)
        return false;
    bool okMin = true, okMax = true;
    min = text.left(dash).toInt(&okMin);
    max = dash + 1 < text.size() ? text.mid(dash + 1).toInt(&okMax) : 999;
    return okMin && okMax && min <= max;
}

} // namespace

QStringList OffenceAnswers::values(Question q)
{
    switch (q) {
    case Sex:
        return {QStringLiteral("kvinna"), QStringLiteral("man")};
    case Relation:
        return {QStringLiteral("partner"), QStringLiteral("familj"), QStringLiteral("bekant"),
                QStringLiteral("obekant")};
    case Place:
        return {QStringLiteral("inomhus"), QStringLiteral("utomhus")};
    case Stage:
        return {QStringLiteral("fullbordat"), QStringLiteral("försök")};
    case Internet:
    case Vulnerable:
    case International:
        return {QStringLiteral("ja"), QStringLiteral("nej")};
    case Age:
    case QuestionCount:
        break;
    }
    return {};
}

OffenceAnswers OffenceAnswers::fromPersonnummer(const Personnummer& pn, QDate day)
{
    OffenceAnswers a;
    a.choice[Sex] = pn.sex() == Personnummer::Sex::Female ? QStringLiteral("kvinna") : QStringLiteral("man");
    if (day.isValid() && day >= pn.birthDate())
        a.age = pn.ageOn(day);
    return a;
}

Result<OffenceGuide> OffenceGuide::load(const QString& path, const ReferenceData& ref)
{
    QStringList wanted{QStringLiteral("offence"), QStringLiteral("code")};
    for (const char* c : columns)
        wanted.append(QString::fromLatin1(c));
    auto rows = readCsv(path, wanted);
    if (!rows)
        return rows.error();
    OffenceGuide guide;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const auto& r = rows->at(i);
        const QString where = path + u':' + QString::number(i + 2);
        Row row;
        row.offence = r.value(QStringLiteral("offence"));
        row.code = r.value(QStringLiteral("code"));
        const OffenceType* type = ref.offenceType(row.code);
        if (row.offence.isEmpty() || !type || type->isEnded())
            return guideError(where, QT_TRANSLATE_NOOP("kc::OffenceGuide",
                                                       "The offence guide names an unknown or ended offence code."));
        for (int q = 0; q < OffenceAnswers::QuestionCount; ++q) {
            const QString cell = r.value(QString::fromLatin1(columns[q]));
            if (q == Q::Age) {
                if (!parseAge(cell, row.ageMin, row.ageMax))
                    return guideError(where, QT_TRANSLATE_NOOP("kc::OffenceGuide", "Invalid age range."));
                if (cell != u"*")
                    row.allowed[q] = {cell}; // marks the question as used
                continue;
            }
            if (cell == u"*")
                continue;
            row.allowed[q] = cell.split(u'|');
            for (const QString& v : std::as_const(row.allowed[q]))
                if (!OffenceAnswers::values(OffenceAnswers::Question(q)).contains(v))
                    return guideError(where,
                                      QT_TRANSLATE_NOOP("kc::OffenceGuide", "Invalid answer in the offence guide."));
        }
        if (!guide.m_offences.contains(row.offence))
            guide.m_offences.append(row.offence);
        guide.m_rows.append(std::move(row));
    }
    return guide;
}

const OffenceGuide& OffenceGuide::builtin()
{
    static const OffenceGuide guide = [] {
        auto loaded = load(QStringLiteral(":/kontaktcenter/reference/offence-guide.csv"));
        // The embedded file is checked by tst_offenceguide; failing here is a build defect.
        Q_ASSERT_X(loaded.ok(), "OffenceGuide::builtin", qPrintable(loaded.ok() ? QString() : loaded.error().path));
        return loaded.ok() ? std::move(loaded).value() : OffenceGuide();
    }();
    return guide;
}

bool OffenceGuide::matches(const Row& row, const OffenceAnswers& a)
{
    if (a.age && (*a.age < row.ageMin || *a.age > row.ageMax))
        return false;
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q)
        if (q != Q::Age && !a.choice[q].isEmpty() && !row.allowed[q].isEmpty() && !row.allowed[q].contains(a.choice[q]))
            return false;
    return true;
}

QList<OffenceAnswers::Question> OffenceGuide::questions(const QString& offence) const
{
    QList<Q> used;
    for (int q = 0; q < OffenceAnswers::QuestionCount; ++q)
        for (const Row& row : m_rows)
            if (row.offence == offence && !row.allowed[q].isEmpty()) {
                used.append(Q(q));
                break;
            }
    return used;
}

OffenceDerivation OffenceGuide::derive(const QString& offence, const OffenceAnswers& answers) const
{
    OffenceDerivation d;
    QList<const Row*> left;
    for (const Row& row : m_rows)
        if (row.offence == offence && matches(row, answers)) {
            left.append(&row);
            if (!d.candidates.contains(row.code))
                d.candidates.append(row.code);
        }
    if (d.candidates.size() == 1) {
        d.code = d.candidates.first();
        return d;
    }
    // A question is still open when the rows left differ in what they demand of it.
    const auto differs = [&left](int q) {
        for (const Row* row : std::as_const(left)) {
            const bool same = q == Q::Age ? row->ageMin == left.first()->ageMin && row->ageMax == left.first()->ageMax
                                          : row->allowed[q] == left.first()->allowed[q];
            if (!same)
                return true;
        }
        return false;
    };
    if (d.candidates.size() > 1)
        for (int q = 0; q < OffenceAnswers::QuestionCount; ++q)
            if (!answers.isAnswered(Q(q)) && differs(q))
                d.open.append(Q(q));
    return d;
}

QString OffenceGuide::offenceFor(const QString& code) const
{
    for (const Row& row : m_rows)
        if (row.code == code)
            return row.offence;
    return {};
}

} // namespace kc
