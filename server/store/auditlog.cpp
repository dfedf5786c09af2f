// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/auditlog.h"

#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

namespace kc::server {

using namespace detail;

bool AuditLog::write(const QString& userId, const QString& action, const QString& resource, const QString& detail)
{
    // No audit row, no action: callers roll back when this fails.
    if (m_db.exec(QStringLiteral("INSERT INTO audit (at, user_id, action, resource, detail) VALUES (?, ?, ?, ?, ?)"),
                  {ms(m_options.now()), userId, action, resource, detail.isNull() ? QStringLiteral("") : detail}))
        return true;
    qCCritical(lcStore) << "could not write an audit row for" << action;
    return false;
}

bool AuditLog::writeRead(const User& viewer, const QString& action, const QString& resource, const QString& detail)
{
    Transaction tx(m_db);
    return tx.ok() && write(viewer.id, action, resource, detail) && tx.commit();
}

ApiResult<QList<AuditEntry>> AuditLog::trail(const User& viewer, const QString& user, const QString& resource,
                                             const QDateTime& since, int limit)
{
    if (viewer.role != Role::Supervisor)
        return forbidden();
    // The trail of the supervisor's own team: rows written by its users.
    QString sql = QStringLiteral("SELECT a.at, a.user_id, a.action, a.resource, a.detail FROM audit a"
                                 " JOIN users u ON u.id = a.user_id WHERE u.team = ? AND a.at >= ?");
    QVariantList args{viewer.team, since.isValid() ? ms(since) : qint64(0)};
    if (!user.isEmpty()) {
        sql += QStringLiteral(" AND a.user_id = ?");
        args << user;
    }
    if (!resource.isEmpty()) {
        sql += QStringLiteral(" AND a.resource = ?");
        args << resource;
    }
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT ?");
    args << limit;
    QList<AuditEntry> list;
    auto q = m_db.exec(sql, args);
    if (!q)
        return internalError();
    while (q->next())
        list.append({fromMs(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString()});
    q->finish();
    // Reading the trail is itself a read of personal data.
    if (!writeRead(viewer, QStringLiteral("audit.read"), QStringLiteral("audit"),
                   user.isEmpty() ? QString() : QStringLiteral("user=") + user))
        return internalError();
    return list;
}

} // namespace kc::server
