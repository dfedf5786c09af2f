// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The audit trail: who did or read what, when. Every part of the Store writes its row through
// here, in the same transaction as the thing it records (write()), or for reads in a transaction
// of its own before the data is sent (writeRead()). Supervisors read their team's trail (trail()).
//
// Invariant: no audit row, no action — a false from write() makes the caller roll back, a false
// from writeRead() means the data must not be sent.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QDateTime>

namespace kc::server {

struct AuditEntry
{
    QDateTime at;
    QString user, action, resource, detail;
};

class AuditLog
{
public:
    AuditLog(Database& db, const ServerOptions& options)
        : m_db(db)
        , m_options(options)
    {}

    // Inside the caller's transaction.
    [[nodiscard]] bool write(const QString& userId, const QString& action, const QString& resource,
                             const QString& detail = {});
    // An audit row in a transaction of its own, for reads: false means the data must not be sent.
    [[nodiscard]] bool writeRead(const User& viewer, const QString& action, const QString& resource,
                                 const QString& detail = {});
    // The trail of the supervisor's own team (its users' rows), itself audited.
    ApiResult<QList<AuditEntry>> trail(const User& viewer, const QString& user, const QString& resource,
                                       const QDateTime& since, int limit);

private:
    Database& m_db;
    const ServerOptions& m_options;
};

} // namespace kc::server
