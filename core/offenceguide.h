// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The offence guide: from an offence named in plain words ("Olaga hot", "Inbrott i lägenhet") and
// the answers to the few questions Brå splits it by, to the one Brå code (brottskod).
//
// Brå often splits one offence into 2–16 codes: by the injured party's sex and age (kvinna, man,
// flicka, pojke, age bands), the relation to the offender (partner, family, acquaintance,
// stranger), indoors or outdoors, internet-related, attempt or completed, against an elderly or
// disabled person, international link. The guide is data, resources/reference/offence-guide.csv:
// one row per code, saying which answers lead to it ('*' = any; '|' separates alternatives; ages
// as "18-", "0-17", "7-14"). The rows were built from Brå's names in offence-types.csv, and load()
// refuses a row whose code is unknown or ended. Offences are listed most frequent first (the order
// of first appearance in the file).
//
// derive() keeps the rows whose conditions agree with every answer given (an unanswered question
// agrees with anything). One distinct code left: that is the code. Several: `open` names the
// unanswered questions that still split them — what the agent must ask next. None: Brå has no
// code for that combination (e.g. olaga förföljelse of a woman by an acquaintance, 9426, missing
// from Brå's list), and the agent chooses one by search.
//
// Thread rules: builtin() is parsed once (function-local static) and immutable; every member is
// const and reentrant. QtCore only.
#pragma once

#include "core/referencedata.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace kc {

class Personnummer;

struct OffenceAnswers
{
    // The questions, in the order a form asks them. Values are the guide's words: Sex "kvinna" /
    // "man"; Relation "partner" / "familj" / "bekant" / "obekant"; Place "inomhus" / "utomhus";
    // Stage "fullbordat" / "försök"; Internet, Vulnerable, International "ja" / "nej". Age is a
    // number of whole years, held apart from the text answers.
    enum Question { Sex, Age, Relation, Place, Internet, Stage, Vulnerable, International, QuestionCount };

    std::array<QString, QuestionCount> choice; // "" = not answered (choice[Age] unused)
    std::optional<int> age;

    bool isAnswered(Question q) const { return q == Age ? age.has_value() : !choice[q].isEmpty(); }
    // Sex and age of the injured party from a personnummer, age on `day` (the day of the offence).
    static OffenceAnswers fromPersonnummer(const Personnummer& pn, QDate day);
    // The values a question accepts, in the order to offer them (empty for Age).
    static QStringList values(Question q);
};

struct OffenceDerivation
{
    QString code;                         // the one code the answers lead to; empty if none or open
    QList<OffenceAnswers::Question> open; // unanswered questions that still split the candidates
    QStringList candidates;               // codes still possible, file order, no duplicates
};

class OffenceGuide
{
public:
    static const OffenceGuide& builtin();
    // Reads `path` and checks every code against `ref` (known, not ended).
    static Result<OffenceGuide> load(const QString& path, const ReferenceData& ref = ReferenceData::builtin());

    QStringList offences() const { return m_offences; } // plain words, most frequent first
    bool contains(const QString& offence) const { return m_offences.contains(offence); }
    // The questions that matter for `offence` at all (some row conditions on them), in order.
    QList<OffenceAnswers::Question> questions(const QString& offence) const;
    OffenceDerivation derive(const QString& offence, const OffenceAnswers& answers) const;
    // The plain-word offence whose rows include `code`, or "" (first in file order).
    QString offenceFor(const QString& code) const;

private:
    struct Row
    {
        QString offence;
        std::array<QStringList, OffenceAnswers::QuestionCount> allowed; // empty list = any
        int ageMin = 0, ageMax = 999;
        QString code;
    };
    static bool matches(const Row& row, const OffenceAnswers& a);
    QStringList m_offences;
    QList<Row> m_rows;
};

} // namespace kc
