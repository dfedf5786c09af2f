// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/queuestatistics.h"

#include "core/jsoncodec.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/queuestore.h"
#include "server/store/storecommon.h"

#include <QJsonArray>

namespace kc::server {

using namespace detail;

QueueStats QueueStatistics::forQueue(const QString& queue, const QDateTime& now)
{
    QueueStats s;
    s.queue = queue;
    const auto configured = m_queues.find(queue);
    s.serviceLevelThresholdSeconds =
        configured ? configured->thresholdSeconds(m_options) : m_options.serviceLevelSeconds;
    const qint64 dayStart = ms(QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC());
    auto w = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(received_at) FROM contacts WHERE queue = ? AND state = "
                                      "'waiting'"),
                       {queue});
    if (w && w->next()) {
        s.waiting = w->value(0).toInt();
        if (!w->value(1).isNull())
            s.longestWaitSeconds = std::max<qint64>(0, (ms(now) - w->value(1).toLongLong()) / 1000);
        w->finish();
    }
    auto a =
        m_db.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN assigned_at - received_at <= ? THEN 1 ELSE 0 END),"
                                 " AVG(CASE WHEN completed_at IS NOT NULL THEN completed_at - assigned_at END)"
                                 " FROM contacts WHERE queue = ? AND assigned_at >= ?"),
                  {qint64(s.serviceLevelThresholdSeconds) * 1000, queue, dayStart});
    int withinThreshold = 0;
    if (a && a->next()) {
        s.answeredToday = a->value(0).toInt();
        withinThreshold = a->value(1).toInt();
        s.averageHandleSeconds = qRound64(a->value(2).toDouble() / 1000.0);
        a->finish();
    }
    auto ab = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE queue = ? AND state = 'abandoned' AND "
                                       "completed_at >= ?"),
                        {queue, dayStart});
    if (ab && ab->next()) {
        s.abandonedToday = ab->value(0).toInt();
        ab->finish();
    }
    const int offered = s.answeredToday + s.abandonedToday;
    s.serviceLevelPercent = offered == 0 ? 100.0 : qRound(1000.0 * withinThreshold / offered) / 10.0;
    return s;
}

ApiResult<QJsonObject> QueueStatistics::overview(const User& viewer, const QDateTime& now)
{
    if (viewer.role != Role::Supervisor && viewer.role != Role::Trainer)
        return forbidden();
    QStringList queues = viewer.queues; // a supervisor's own team's queues, none if none
    if (viewer.role == Role::Trainer) {
        queues.clear();
        auto q = m_db.exec(QStringLiteral("SELECT DISTINCT queue FROM contacts ORDER BY queue"));
        while (q && q->next())
            queues.append(q->value(0).toString());
    }
    QJsonArray stats;
    for (const QString& queue : std::as_const(queues))
        stats.append(json::toJson(forQueue(queue, now)));
    // Every agent of the team, offline unless a state was set.
    QJsonArray agents;
    QString sql = QStringLiteral("SELECT %1 FROM users u").arg(QLatin1String(agentStateColumns)) +
                  QStringLiteral(" LEFT JOIN agent_states s ON s.agent_id = u.id WHERE u.role = 'agent' AND"
                                 " u.disabled = 0");
    QVariantList args;
    if (viewer.role == Role::Supervisor) {
        sql += QStringLiteral(" AND u.team = ?");
        args << viewer.team;
    }
    sql += QStringLiteral(" ORDER BY u.display_name");
    auto q = m_db.exec(sql, args);
    while (q && q->next()) {
        const AgentState a = agentStateFromRow(*q, now);
        agents.append(json::toJson(a));
    }
    return QJsonObject{{QStringLiteral("queues"), stats}, {QStringLiteral("agents"), agents}};
}

} // namespace kc::server
