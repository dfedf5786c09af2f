// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Swedish postal code (postnummer): five digits, written "NNN NN", first digit 1–9.
// Accepts "41319", "413 19" and "SE-413 19"; never used to derive a kommun (postal areas cross
// kommun borders), at most to suggest one. Invariant: a value only comes out of parse().
// Thread rules: a plain value; parse() is reentrant.
#pragma once

#include "core/result.h"

namespace kc {

class PostalCode
{
public:
    static Result<PostalCode> parse(QStringView text);

    QString digits() const { return m_digits; }                                     // "41319"
    QString formatted() const { return m_digits.left(3) + u' ' + m_digits.mid(3); } // "413 19"

    bool operator==(const PostalCode&) const = default;

private:
    explicit PostalCode(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace kc
