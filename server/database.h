// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The server's database: one Qt SQL connection (SQLite or PostgreSQL), the schema and its
// migrations, and small helpers that keep SQL portable between the two.
//
// Portability rules the schema follows: timestamps are BIGINT milliseconds since the epoch (UTC),
// booleans INTEGER 0/1, JSON documents TEXT; ids are opaque TEXT chosen by the server; "?"
// placeholders everywhere; INSERT … RETURNING and ON CONFLICT (both engines) instead of
// lastInsertId(). Writes run in transactions opened by begin(): SQLite takes the write lock at
// once (BEGIN IMMEDIATE) so concurrent writers wait instead of failing on lock upgrade.
//
// Migrations run at open(), inside one transaction, recorded in meta.schema_version; a database
// written by a newer version is refused with a message saying so.
//
// Prepared statements are kept per connection and reused (parsing was a tenth of a short audited
// read): exec() with arguments hands out a Statement that goes back to a small per-SQL pool of idle
// statements when it is destroyed, finished first. A statement in use is never handed out twice, so
// the same SQL may run again while an earlier result is still being read. Statements without
// arguments are not prepared (PostgreSQL cannot PREPARE DDL, SET or NOTIFY) and not kept.
//
// Schema 9 keeps a counter `session_epoch` (table counters) that triggers raise whenever a session
// ends (any DELETE on sessions: sign-out, disable, password change, pruning) or a user row changes,
// from whichever process or instance: a cache of signed-in users (auth::SessionCache) compares it
// on every request, so a revocation takes effect at once without asking for the session itself.
//
// Schema 10 (PostgreSQL) stores the words of each report's search_text (reports.search_tsv, a
// generated column with a GIN index) and indexes (created_at, id), the order case search pages in.
//
// Thread rules: a Database and its connection belong to the thread that opened it (Qt SQL's rule).
// QPSQL runs forward-only queries in single-row mode: consume a result before the next statement.
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <QHash>
#include <QSqlRecord>

#include <functional>
#include <memory>

namespace kc::server {

enum class Dialect { Sqlite, Postgres };

struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host, user, password, name;
    int port = 5432;

    // "sqlite:/path/file.db", "postgresql://user@host:port/dbname"; the password comes from
    // PGPASSWORD or PGPASSFILE-style file, never from the command line (it would show in ps).
    static Result<DatabaseUrl> parse(const QString& url);
    QString redacted() const; // for messages: no password
};

class StatementPool;

// One executed statement, forward only: read it like a QSqlQuery (next, value, finish, or as a
// const QSqlQuery&). Move-only; on destruction it is finished and returned to its Database's pool.
class Statement
{
public:
    Statement(QSqlQuery query, QString sql, std::weak_ptr<StatementPool> pool);
    Statement(Statement&& other) noexcept = default;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QSqlRecord record() const { return m_query.record(); }
    void finish() { m_query.finish(); }
    const QSqlQuery& query() const { return m_query; }
    operator const QSqlQuery&() const { return m_query; }

private:
    void giveBack();

    QSqlQuery m_query;
    QString m_sql;
    std::weak_ptr<StatementPool> m_pool; // empty: not kept
};

class Database
{
public:
    static constexpr int SchemaVersion = 10;

    ~Database();
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url, const QString& connectionName);
    // Another connection to a database that open() has already migrated (the audit writer's, a
    // worker thread's): the same settings, no migration. Belongs to the calling thread.
    static Result<std::unique_ptr<Database>> attach(const DatabaseUrl& url, const QString& connectionName);

    Dialect dialect() const { return m_dialect; }
    QString kindName() const
    {
        return m_dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

    // Transactions nest: begin() inside an open transaction makes a savepoint, whose commit()
    // releases it and whose rollback() undoes only the work since it (both engines). So a store
    // method keeps its own Transaction and may run inside a caller's (the idempotent write: the
    // key, the work and its stored answer in one commit), where a refusal of the inner work rolls
    // back that work alone.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }
    // Runs `f` once the outermost transaction has committed (at once when none is open); dropped
    // when it rolls back. For what must not happen before the data is durable (the EventHub poke).
    void afterCommit(std::function<void()> f);

    // Prepares, binds and runs; on failure returns an Error with the driver's text (never the
    // bound values: they may be personal data).
    Result<Statement> exec(const QString& sql, const QVariantList& args = {});
    QString lastError() const { return m_lastError; }

    // The session epoch (schema 9, see above); -1 when it could not be read.
    qint64 sessionEpoch();

    // Reads and writes of the meta table (schema_version, data_kind, …).
    QString meta(const QString& key);
    bool setMeta(const QString& key, const QString& value);

private:
    Database(Dialect dialect, QString name);
    static Result<std::unique_ptr<Database>> connect(const DatabaseUrl& url, const QString& connectionName);
    Result<bool> migrate();
    Result<bool> migrateQueues(); // schema 5: the standard queues and every queue id in use
    // Schema 7 and later: seeds or updates the shipped knowledge articles when their set changed.
    Result<bool> applyShippedKnowledge();
    Result<Statement> failed(const QSqlQuery& q, const QString& sql);

    Dialect m_dialect;
    QString m_name;
    QString m_lastError;
    std::shared_ptr<StatementPool> m_pool;
    int m_depth = 0; // open transaction levels: 1 the transaction, more its savepoints
    QList<std::function<void()>> m_afterCommit;
};

// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db)
        : m_db(db)
        , m_open(db.begin())
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool ok() const { return m_open; }
    [[nodiscard]] bool commit()
    {
        const bool done = m_open && m_db.commit();
        if (done)
            m_open = false;
        return done;
    }

private:
    Database& m_db;
    bool m_open;
};

} // namespace kc::server
