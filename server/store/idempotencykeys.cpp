// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/idempotencykeys.h"

#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

namespace kc::server {

using namespace detail;

// ---- idempotency ---------------------------------------------------------------------------------

IdempotencyKeys::KeyState IdempotencyKeys::existing(const QString& userId, const QString& key,
                                                    const QString& requestHash, qint64 now, StoredAnswer* replay)
{
    auto q = m_db.exec(QStringLiteral("SELECT request_hash, state, status, body, etag, location FROM idempotency"
                                      " WHERE user_id = ? AND key = ?"),
                       {userId, key});
    if (!q || !q->next())
        return KeyState::Failed;
    const QString hash = q->value(0).toString();
    const QString state = q->value(1).toString();
    StoredAnswer stored{q->value(2).toInt(), q->value(3).toString().toUtf8(), q->value(4).toString().toUtf8(),
                        q->value(5).toString().toUtf8()};
    q->finish();
    if (hash != requestHash)
        return KeyState::Reused;
    if (state == QLatin1String("done")) {
        *replay = stored;
        return KeyState::Replay;
    }
    // A claim older than two minutes belongs to a request that died with its server. Taking it
    // over is one conditional UPDATE: of two instances trying at once, exactly one succeeds.
    auto reclaim = m_db.exec(QStringLiteral("UPDATE idempotency SET created_at = ? WHERE user_id = ? AND key = ?"
                                            " AND state = 'running' AND created_at < ? RETURNING key"),
                             {now, userId, key, now - 120'000});
    if (!reclaim)
        return KeyState::Failed;
    const bool claimed = reclaim->next();
    reclaim->finish();
    return claimed ? KeyState::Claimed : KeyState::Running;
}

IdempotencyKeys::KeyState IdempotencyKeys::claim(const QString& userId, const QString& key, const QString& requestHash,
                                                 StoredAnswer* replay)
{
    const qint64 now = ms(m_options.now());
    Transaction tx(m_db);
    if (!tx.ok())
        return KeyState::Failed;
    // Keys live at least 24 h; older ones go when a new one comes.
    if (!m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {now - 48LL * 3600 * 1000}))
        return KeyState::Failed;
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM idempotency WHERE user_id = ? AND key = ?"), {userId, key});
    if (!q)
        return KeyState::Failed;
    const bool found = q->next();
    q->finish();
    if (found) {
        const KeyState state = existing(userId, key, requestHash, now, replay);
        if (state != KeyState::Claimed)
            return state;
        return tx.commit() ? KeyState::Claimed : KeyState::Failed;
    }
    if (auto ins = m_db.exec(QStringLiteral("INSERT INTO idempotency (user_id, key, request_hash, state, created_at)"
                                            " VALUES (?, ?, ?, 'running', ?)"),
                             {userId, key, requestHash, now});
        !ins)
        return ins.error().code == QLatin1String("unique_violation") ? KeyState::Running // another instance, just now
                                                                     : KeyState::Failed;
    return tx.commit() ? KeyState::Claimed : KeyState::Failed;
}

IdempotencyKeys::KeyState IdempotencyKeys::claimWithin(const QString& userId, const QString& key,
                                                       const QString& requestHash, StoredAnswer* replay)
{
    Q_ASSERT(m_db.inTransaction());
    const qint64 now = ms(m_options.now());
    // Keys live at least 24 h; older ones go when a new one comes.
    if (!m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {now - 48LL * 3600 * 1000}))
        return KeyState::Failed;
    // One statement for a new key (the common case). A key another instance holds uncommitted makes
    // PostgreSQL wait here for its commit (or rollback) instead of failing the transaction.
    auto ins = m_db.exec(QStringLiteral("INSERT INTO idempotency (user_id, key, request_hash, state, created_at)"
                                        " VALUES (?, ?, ?, 'running', ?) ON CONFLICT (user_id, key) DO NOTHING"
                                        " RETURNING key"),
                         {userId, key, requestHash, now});
    if (!ins)
        return KeyState::Failed;
    const bool inserted = ins->next();
    ins->finish();
    return inserted ? KeyState::Claimed : existing(userId, key, requestHash, now, replay);
}

bool IdempotencyKeys::keepWithin(const QString& userId, const QString& key, const StoredAnswer& answer)
{
    Q_ASSERT(m_db.inTransaction());
    return bool(
        m_db.exec(QStringLiteral("UPDATE idempotency SET state = 'done', status = ?, body = ?, etag = ?, location = ?"
                                 " WHERE user_id = ? AND key = ?"),
                  {answer.status, QString::fromUtf8(answer.body), nullableStr(QString::fromUtf8(answer.etag)),
                   nullableStr(QString::fromUtf8(answer.location)), userId, key}));
}

bool IdempotencyKeys::finish(const QString& userId, const QString& key, const StoredAnswer& answer)
{
    Transaction tx(m_db);
    return tx.ok() && keepWithin(userId, key, answer) && tx.commit();
}

bool IdempotencyKeys::release(const QString& userId, const QString& key)
{
    Transaction tx(m_db);
    return tx.ok() &&
           m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE user_id = ? AND key = ? AND state = 'running'"),
                     {userId, key}) &&
           tx.commit();
}

} // namespace kc::server
