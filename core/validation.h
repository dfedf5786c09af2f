// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Content rules of the REST contract, shared by the server (which enforces them: 422 with one
// Swedish message per field) and the workstation (which shows them live, before sending).
//
// Each function returns every problem found, not just the first, each Error carrying the dotted
// field path the API uses ("reporter.personnummer", "stolenItems[1].valueSek") so a form can mark
// and jump to the field. An empty list means valid. Normalisation (personnummer to 12 digits,
// phone to +46…, postal code to "NNN NN") is done by normalized*(), which leaves invalid fields as
// they are. Thread rules: pure functions, reentrant; ReferenceData is read-only.
#pragma once

#include "core/referencedata.h"
#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QList>

namespace kc {

// Field limits of the contract: the form shows them live (maxLength, counters), the server refuses
// longer input with 422 and the same field path. Lengths are in QChar (UTF-16 code units), as
// QLineEdit::maxLength counts them.
namespace limits {
inline constexpr int ShortText = 200;     // names, streets, cities, descriptions, brand, model, serial number
inline constexpr int Narrative = 20'000;  // händelsebeskrivning; also skador
inline constexpr int Supplement = 10'000; // tilläggsuppgift
inline constexpr int StolenItems = 200;   // rows
inline constexpr int Suspects = 50;
inline constexpr int Witnesses = 50;
} // namespace limits

// A tilläggsuppgift: required, at most limits::Supplement characters; errors on the path "text".
QList<Error> validateSupplementText(const QString& text);

QList<Error> validatePerson(const Person& person, const QString& path, bool nameRequired,
                            QDate today = QDate::currentDate(), const ReferenceData& ref = ReferenceData::builtin());
QList<Error> validateContactForCreate(const Contact& contact, const ReferenceData& ref = ReferenceData::builtin(),
                                      QDate today = QDate::currentDate());
QList<Error> validateReportForCreate(const Report& report, const ReferenceData& ref = ReferenceData::builtin(),
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());

Person normalizedPerson(Person person, QDate today = QDate::currentDate());
Report normalizedReport(Report report, QDate today = QDate::currentDate());

} // namespace kc
