// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A case-history search as the agent means it: what the text is (a personnummer, a phone number,
// a case number or free words) and the text. The sync layer turns it into GET /cases' query
// parameters; nothing above it builds those. Plain value; any thread.
#pragma once

#include <QString>

namespace kc {

struct CaseQuery
{
    enum class Kind { Personnummer, Phone, CaseNumber, FreeText };
    Kind kind = Kind::FreeText;
    QString text;

    bool operator==(const CaseQuery&) const = default;
};

} // namespace kc
