// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Reports and their supplements: filed by an agent (with a case number allocated in the same
// transaction), read by agents and supervisors, changed by their creator or the creator's
// team's supervisors, supplemented by any agent.
//
// Invariants: the server-owned fields (id, case number, creator, times, version, status,
// supplements) are set here and refused by name in a patch, never silently ignored; a patch must
// name the version it changes (412 otherwise). The free-text index (SQLite FTS5; on PostgreSQL an
// expression index) holds no personal identity numbers. Every change appends to the change feed
// and is audited; every read is audited before it is answered.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QJsonObject>

#include <optional>

namespace kc::server {

class AuditLog;
class ChangeRecorder;

class ReportStore
{
public:
    ReportStore(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
    {}

    // A `contactId` must name a contact the agent has taken (assigned to them, or completed by
    // them); anything else is 422 on contactId.
    ApiResult<Report> create(const User& agent, Report report);
    ApiResult<Report> get(const User& viewer, const QString& id);
    // Only the report's creator and the supervisors of the creator's team may edit it; the
    // server-owned fields are refused (422 naming the field), not silently ignored.
    ApiResult<Report> patch(const User& editor, const QString& id, const QJsonObject& patch, qint64 expectedVersion);
    ApiResult<Supplement> addSupplement(const User& agent, const QString& reportId, const QString& text);

private:
    std::optional<Report> load(const QString& id);
    bool mayEdit(const User& editor, const Report& report);
    bool indexText(const QString& reportId, const QString& text, bool replace);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
};

} // namespace kc::server
