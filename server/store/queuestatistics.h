// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Queue statistics for the supervisor's wallboard: per queue waiting, longest wait, answered and
// abandoned today, service level and average handling time; and every agent of the team with
// their state. Computed from the contacts and agent states when asked, nothing stored.
//
// Invariants: a supervisor sees their own queues and team only, a trainer every queue; "today"
// is the server's local day; the service level of a queue is measured against that queue's own
// threshold (QueueStore; the server's --service-level-seconds when it has none).
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QDateTime>
#include <QJsonObject>

namespace kc::server {

class QueueStore;

class QueueStatistics
{
public:
    QueueStatistics(Database& db, const ServerOptions& options, QueueStore& queues)
        : m_db(db)
        , m_options(options)
        , m_queues(queues)
    {}

    // {"queues": [QueueStats…], "agents": [AgentState…]} as the contract's /queues/stats.
    ApiResult<QJsonObject> overview(const User& viewer, const QDateTime& now);
    QueueStats forQueue(const QString& queue, const QDateTime& now);

private:
    Database& m_db;
    const ServerOptions& m_options;
    QueueStore& m_queues;
};

} // namespace kc::server
