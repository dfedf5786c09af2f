// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Case number (ärendenummer, K-nummer): "RRRR-K<serial>-YY", e.g. "1400-K1276-26" — a four-digit
// region prefix (a server setting, default 1400 for Västra Götaland), K, a running serial that
// starts at 1 each year, and the two-digit year. parse() also takes the short form "K1276-26"
// (prefix unknown, 0 until given) and lower-case k. A provisional local reference is a different
// thing (see sync/) and never parses as a case number.
// Invariant: prefix 1000–9999 or 0 (short form), serial ≥ 1, year 0–99.
// Thread rules: plain value, reentrant.
#pragma once

#include "core/result.h"

namespace kc {

class CaseNumber
{
public:
    static Result<CaseNumber> parse(QStringView text);
    static Result<CaseNumber> make(int prefix, qint64 serial, int fullYear);

    int prefix() const { return m_prefix; }
    qint64 serial() const { return m_serial; }
    int year() const { return m_year; } // two digits
    bool hasPrefix() const { return m_prefix != 0; }
    QString toString() const; // "1400-K1276-26", or "K1276-26" without prefix

    bool operator==(const CaseNumber&) const = default;

private:
    CaseNumber(int prefix, qint64 serial, int year)
        : m_prefix(prefix)
        , m_serial(serial)
        , m_year(year)
    {}
    int m_prefix = 0;
    qint64 m_serial = 0;
    int m_year = 0;
};

} // namespace kc
