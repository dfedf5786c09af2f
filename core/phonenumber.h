// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Swedish phone numbers, normalised to E.164 (+46…) for storage and matching.
//
// Accepts national forms ("070-123 45 67", "031-12 34 56", "0701234567"), international forms
// ("+46 70 123 45 67", "0046701234567", "+46 (0)70…") and foreign numbers ("+47 …", kept as
// given, kind Foreign). Spaces, dashes, dots and parentheses are ignored. Mobile numbers are
// 07[02369] + 7 digits; other Swedish numbers are landlines with 7–9 digits after the trunk 0.
// Short service numbers (112, 114 14, 1177, 113 13, 116 000, 116 006) are kind Service, kept as national digits.
// Invariant: a value only comes out of parse(). Thread rules: plain value, reentrant.
#pragma once

#include "core/result.h"

namespace kc {

class PhoneNumber
{
public:
    enum class Kind { Mobile, Landline, Service, Foreign };

    static Result<PhoneNumber> parse(QStringView text);

    QString e164() const { return m_e164; } // "+46701234567"; for Service the digits ("11414")
    Kind kind() const { return m_kind; }
    QString national() const; // "070-123 45 67" / "031-123456" / "114 14"

    bool operator==(const PhoneNumber&) const = default;

private:
    PhoneNumber(QString e164, Kind kind)
        : m_e164(std::move(e164))
        , m_kind(kind)
    {}
    QString m_e164;
    Kind m_kind = Kind::Landline;
};

} // namespace kc
