// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Idempotency keys: a client's retried create or change is answered with the stored answer of
// the first request instead of being done twice. The HTTP layer drives them. In one transaction
// (the server's path since issue 16): claimWithin, the work, keepWithin, one commit — the key,
// the work and its answer are durable together or not at all (a server failure rolls all of it
// back, so a retry runs again). As three commits (KC_SERVER_SLOW_PATH, the benchmarks'
// baseline): claim before the work, then finish (store the answer) or release.
//
// Two instances on PostgreSQL with one new key: claimWithin's INSERT … ON CONFLICT DO NOTHING
// waits for the other's uncommitted row, then finds it done and replays its answer: one report.
//
// Invariants: a key belongs to one user and one request (same key, other request: Reused); keys
// live at least 24 hours; a claim older than two minutes belongs to a request that died with its
// server and may be taken over — by exactly one instance (one conditional UPDATE).
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "server/database.h"
#include "server/serveroptions.h"

#include <QByteArray>

namespace kc::server {

class IdempotencyKeys
{
public:
    IdempotencyKeys(Database& db, const ServerOptions& options)
        : m_db(db)
        , m_options(options)
    {}

    enum class KeyState { Claimed, Replay, Running, Reused, Failed };
    struct StoredAnswer
    {
        int status = 0;
        QByteArray body, etag, location;
    };
    // Replay: `replay` holds the stored answer.
    KeyState claim(const QString& userId, const QString& key, const QString& requestHash, StoredAnswer* replay);
    [[nodiscard]] bool finish(const QString& userId, const QString& key, const StoredAnswer& answer);
    // Forgets a claimed key whose request failed on the server's side, so that a retry runs again.
    [[nodiscard]] bool release(const QString& userId, const QString& key);

    // The same, inside the caller's open transaction (Database::inTransaction): nothing commits.
    KeyState claimWithin(const QString& userId, const QString& key, const QString& requestHash, StoredAnswer* replay);
    [[nodiscard]] bool keepWithin(const QString& userId, const QString& key, const StoredAnswer& answer);

private:
    // The key's row exists (read in this transaction): what it means for this request.
    KeyState existing(const QString& userId, const QString& key, const QString& requestHash, qint64 now,
                      StoredAnswer* replay);

    Database& m_db;
    const ServerOptions& m_options;
};

} // namespace kc::server
