// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Records changes for the change feed, for every part of the Store that writes contacts,
// reports or agent states.
//
// Invariants: append() runs inside the writer's transaction, after the writer's own row locks
// (row locks first, the counter last). It numbers the change from one counter row that stays
// locked until commit, so sequence order is commit order on both engines and a reader that has
// seen seq N has seen everything before it. On PostgreSQL it also NOTIFYs kc_changes, so other
// server instances on the same database poke their EventHubs. commit() commits and then calls the
// change callback (the local EventHub's poke) — after the outermost commit when the writer's
// transaction runs inside another (Database::afterCommit).
//
// Thread rules: the thread that owns the Database (the server's thread); the callback runs there.
#pragma once

#include "server/database.h"
#include "server/serveroptions.h"

#include <functional>

namespace kc::server {

class ChangeRecorder
{
public:
    ChangeRecorder(Database& db, const ServerOptions& options)
        : m_db(db)
        , m_options(options)
    {}

    void setCallback(std::function<void()> callback) { m_onChange = std::move(callback); }

    // kind: contact | report | agent; scope and owner decide who may see it (see ChangeFeed).
    // Returns the change's sequence number, or -1 (the caller rolls back).
    qint64 append(const QString& kind, const QString& id, qint64 version, const QString& event, const QString& scope,
                  const QString& owner);
    // Commits the transaction; on success tells the callback.
    [[nodiscard]] bool commit(Transaction& tx);

private:
    Database& m_db;
    const ServerOptions& m_options;
    std::function<void()> m_onChange;
};

} // namespace kc::server
