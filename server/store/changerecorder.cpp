// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/changerecorder.h"

#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

namespace kc::server {

using namespace detail;

bool ChangeRecorder::commit(Transaction& tx)
{
    if (!tx.commit())
        return false;
    // Inside a caller's transaction (an idempotent write) the change is not durable yet: the poke
    // waits for the outermost commit, and is dropped if that rolls back.
    if (m_onChange)
        m_db.afterCommit(m_onChange);
    return true;
}

qint64 ChangeRecorder::append(const QString& kind, const QString& id, qint64 version, const QString& event,
                              const QString& scope, const QString& owner)
{
    // The counter row is locked until commit: writers queue here, so seq order is commit order.
    // The name is bound so that the statement is prepared once and kept (Database::exec).
    auto seq = m_db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value"),
                         {QStringLiteral("change_seq")});
    if (!seq || !seq->next())
        return -1;
    const qint64 value = seq->value(0).toLongLong();
    seq->finish();
    auto ins =
        m_db.exec(QStringLiteral("INSERT INTO changes (seq, kind, entity_id, op, event, scope, owner, data, at,"
                                 " version) VALUES (?, ?, ?, 'upsert', ?, ?, ?, '', ?, ?)"),
                  {value, kind, id, event, nullableStr(scope), nullableStr(owner), ms(m_options.now()), version});
    if (!ins)
        return -1;
    if (m_db.dialect() == Dialect::Postgres &&
        !m_db.exec(QStringLiteral("SELECT pg_notify(?, '')"), {QStringLiteral("kc_changes")}))
        return -1;
    return value;
}

} // namespace kc::server
