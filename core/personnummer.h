// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Personnummer and samordningsnummer (Skatteverket, SKV 704 / SKV 707).
//
// parse() accepts every written form: YYMMDD-NNNC, YYMMDD+NNNC, YYMMDDNNNC, YYYYMMDDNNNC and
// YYYYMMDD-NNNC (surrounding white space ignored). It normalises to 12 digits: for the 10-digit
// forms the century follows the year rule of 18 § folkbokföringsförordningen (Skatteverket): '+'
// replaces '-' from 1 January of the year the person turns 100, so '-' (or no separator) means the
// person turns at most 99 in `today`'s year and '+' at least 100 (a '-' date later this year is
// therefore in the future, never 100 years back). It then checks, in this order, the calendar date (day − 60 for a
// samordningsnummer), that the date is not after `today`, and the Luhn check digit over the nine
// digits YYMMDDNNN (never the century). The first problem found is returned as an Error whose
// `code` is one of "empty", "format", "length", "date", "future", "check_digit" and whose message
// says in words what is wrong (Swedish once the translator is loaded). A wrong check digit is never
// answered with the digit that would fit (that invites typing a valid number of someone else): the
// message asks for the whole number again.
//
// Invariant: a Personnummer value is always valid — it only comes out of parse().
// Thread rules: a plain value; parse() is reentrant.
#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace kc {

class Personnummer
{
public:
    enum class Sex { Female, Male };

    static Result<Personnummer> parse(QStringView text, QDate today = QDate::currentDate());

    // The Luhn check digit over nine digits (YYMMDDNNN); -1 if `nine` is not nine digits.
    static int checkDigit(QStringView nine);

    QString digits() const { return m_digits; }                  // 12 digits, YYYYMMDDNNNC
    QString formatted() const;                                   // YYYYMMDD-NNNC
    QString shortForm(QDate today = QDate::currentDate()) const; // YYMMDD-NNNC; + from the year of turning 100
    QDate birthDate() const;                                     // the date part, with day − 60 for samordningsnummer
    bool isCoordinationNumber() const;                           // samordningsnummer (day 61–91)
    Sex sex() const;                                             // from the ninth digit: odd = man, even = woman
    int ageOn(QDate day) const;

    bool operator==(const Personnummer&) const = default;

private:
    explicit Personnummer(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace kc
