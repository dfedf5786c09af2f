// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// JSON wire form of the domain types (types.h), exactly as the REST contract v1 names it
// (../shared/API.md, api/openapi.yaml). Both the server and the workstation use this one codec.
//
// Encoding (toJson): field names as in the contract; std::optional fields are left out when nullopt;
// an invalid QDateTime is left out too. Server-assigned fields of Report and Contact that are still
// unset (empty id/caseNumber/createdBy, version 0, invalid timestamps) are left out, so the encoding
// of a draft is a create body. Timestamps are RFC 3339 with the offset the value carries ("Z" for
// UTC), milliseconds only when non-zero.
//
// Decoding (fromJson<T>): the exact inverse. Absent and null both mean nullopt for optional fields;
// a required field that is absent or null is "missing_field". Unknown extra fields are ignored.
// Report and Contact are lenient about server-assigned fields (and Contact about language and
// priority), so the same decoder reads create bodies. The first problem found is returned as an
// Error whose path is the dotted field path ("stolenItems[2].valueSek") and whose code is one of:
//   missing_field, wrong_type (also a fractional number where a whole one belongs),
//   unknown_value (enum), out_of_range (priority outside 1..5, integers too large),
//   invalid_timestamp (unparsable or without offset), malformed_json (parse() only).
// Content rules (known codes, valid personnummer, ...) are validation.h's job, not this codec's.
// Error messages are translated (context "kc::json") and never contain field values, only paths
// and expected types, so they are safe to log.
//
// Invariants: toJson(fromJson(doc)) == doc for canonical documents (all fields set, timestamps as
// toJson writes them) and fromJson(toJson(x)) == x for every value.
// Thread rules: reentrant, no shared state; call from any thread.
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace kc::json {

QJsonObject toJson(const Address& v);
QJsonObject toJson(const Person& v);
QJsonObject toJson(const Contact& v);
QJsonObject toJson(const Suspect& v);
QJsonObject toJson(const StolenItem& v);
QJsonObject toJson(const Supplement& v);
QJsonObject toJson(const Location& v);
QJsonObject toJson(const ReportRouting& v);
QJsonObject toJson(const Report& v);
QJsonObject toJson(const User& v);
QJsonObject toJson(const AgentState& v);
QJsonObject toJson(const QueueStats& v);

// The compact JSON text of `v` appended to `out`, byte for byte
// QJsonDocument(toJson(v)).toJson(QJsonDocument::Compact) (keys sorted as QJsonObject keeps them),
// written without building a QJsonObject: GET /changes writes pages of hundreds of contacts.
void appendJson(QByteArray& out, const Contact& v);
void appendJson(QByteArray& out, const AgentState& v);
// `s` as a JSON string (quoted), escaped exactly as QJsonDocument escapes it.
void appendJsonString(QByteArray& out, QStringView s);

// `path` is where `v` sits in a larger document ("" for the root); error paths are built on it.
template<typename T>
Result<T> fromJson(const QJsonValue& v, const QString& path = {});

template<>
Result<Address> fromJson<Address>(const QJsonValue& v, const QString& path);
template<>
Result<Person> fromJson<Person>(const QJsonValue& v, const QString& path);
template<>
Result<Contact> fromJson<Contact>(const QJsonValue& v, const QString& path);
template<>
Result<Suspect> fromJson<Suspect>(const QJsonValue& v, const QString& path);
template<>
Result<StolenItem> fromJson<StolenItem>(const QJsonValue& v, const QString& path);
template<>
Result<Supplement> fromJson<Supplement>(const QJsonValue& v, const QString& path);
template<>
Result<Location> fromJson<Location>(const QJsonValue& v, const QString& path);
template<>
Result<ReportRouting> fromJson<ReportRouting>(const QJsonValue& v, const QString& path);
template<>
Result<Report> fromJson<Report>(const QJsonValue& v, const QString& path);
template<>
Result<User> fromJson<User>(const QJsonValue& v, const QString& path);
template<>
Result<AgentState> fromJson<AgentState>(const QJsonValue& v, const QString& path);
template<>
Result<QueueStats> fromJson<QueueStats>(const QJsonValue& v, const QString& path);

// RFC 3339 timestamps as the codec reads and writes them; exposed for query parameters and
// headers. parseTimestamp() returns an invalid QDateTime for anything without an offset.
QString formatTimestamp(const QDateTime& t);
QDateTime parseTimestamp(QStringView text);

// Parses UTF-8 JSON text; malformed text is Error{code "malformed_json"} naming the byte offset.
Result<QJsonValue> parseValue(const QByteArray& utf8);

template<typename T>
Result<T> parse(const QByteArray& utf8)
{
    Result<QJsonValue> value = parseValue(utf8);
    if (!value)
        return value.error();
    return fromJson<T>(*value);
}

} // namespace kc::json
