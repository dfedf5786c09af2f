// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The queues contacts wait in, as configured entities: an id (what users' queue lists and
// contacts name, e.g. `anmalan`), a Swedish display name, a team and a service-level threshold.
// The command line administers them (queue add/edit/list); GET /queues lists them for the
// workstations; user add and contact creation accept only queues that exist.
//
// Invariants: ids are lower-case ASCII letters, digits, `-` and `_` (at most 32), so they stay
// safe in URLs, logs and the users' JSON lists; names are not empty. A queue without its own
// threshold uses the server's --service-level-seconds (stored as NULL, so changing the option
// changes every such queue). Queues are never deleted: old contacts keep naming them. Every add
// and edit is audited.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QStringList>

#include <optional>

namespace kc::server {

class AuditLog;

struct Queue
{
    QString id;
    QString name;
    QString team;                           // empty: no team
    std::optional<int> serviceLevelSeconds; // nullopt: the server's --service-level-seconds
    int thresholdSeconds(const ServerOptions& o) const { return serviceLevelSeconds.value_or(o.serviceLevelSeconds); }
};

class QueueStore
{
public:
    QueueStore(Database& db, const ServerOptions& options, AuditLog& audit)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
    {}

    // Sorted by display name (Swedish collation). An empty list on a database error.
    ApiResult<QList<Queue>> list();
    std::optional<Queue> find(const QString& id);
    // Of these ids, the ones that name no queue (in the given order); nullopt on a database error.
    std::optional<QStringList> unknown(const QStringList& ids);

    // ---- administration (command line) ----
    ApiResult<Queue> add(const Queue& queue);
    // Changes what is given; the rest stays.
    ApiResult<Queue> edit(const QString& id, const std::optional<QString>& name, const std::optional<QString>& team,
                          const std::optional<int>& serviceLevelSeconds);

    // The refusal of an unknown queue, naming the known ones ("Okänd kö: xyz. Köer som finns: …").
    QString unknownQueueMessage(const QString& id);

private:
    std::optional<ApiError> checkFields(const Queue& queue);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
};

} // namespace kc::server
