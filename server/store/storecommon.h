// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What the parts of the Store share and nobody else needs: the conversions between rows and
// domain values (timestamps as epoch milliseconds, NULL for absent text), the contract's common
// errors, and the few reads and writes that more than one part makes (a contact, a user, an
// agent's state). Internal to server/store/; not for the HTTP layer.
//
// Thread rules: as the Database passed in (its thread); the pure helpers are reentrant.
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace kc::server::detail {

qint64 ms(const QDateTime& t);
QDateTime fromMs(qint64 v); // UTC
QVariant nullable(const std::optional<QString>& s);
QVariant nullableStr(const QString& s); // empty: NULL
QString compact(const QJsonObject& o);
QJsonObject parseObject(const QString& s);
// "?,?,?" for an IN (…) of n values.
QString placeholders(qsizetype n);

ApiError error(int status, const char* code, const QString& message);
ApiError notFound();
ApiError forbidden();
ApiError validationFailed(const QList<Error>& errors);

// The columns contactFromRow() reads, in its order.
extern const char* const contactColumns;
Contact contactFromRow(const QSqlQuery& q);
// id, username, display_name, role, team, queues, police_area from column `first` on.
User userFromRow(const QSqlQuery& q, int first = 0);

std::optional<Contact> loadContact(Database& db, const QString& id);
// Who may see a contact (and so act on it or file a report for it); trainers only in demo mode.
bool mayViewContact(const User& viewer, const Contact& c, bool demo);
std::optional<User> userById(Database& db, const QString& id);
// Inside the caller's transaction, before the change is appended.
bool saveAgentState(Database& db, const AgentState& s);
// The columns agentStateFromRow() reads, in its order (users u LEFT JOIN agent_states s); an agent
// who never had a state is offline since `never`.
extern const char* const agentStateColumns;
AgentState agentStateFromRow(const QSqlQuery& q, const QDateTime& never);

} // namespace kc::server::detail
