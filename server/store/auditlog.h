// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The audit trail: who did or read what, when. Every part of the Store writes its row through
// here, in the same transaction as the thing it records (write()), or for reads in a transaction
// of its own before the data is sent (writeRead()). Supervisors read their team's trail (trail()).
//
// Invariant: no audit row, no action — a false from write() makes the caller roll back, a false
// from writeRead() means the data must not be sent.
//
// Reads in batches (issue 16): while the HTTP pipeline collects a request's reads (collectReads()),
// writeRead() only notes the row; the pipeline hands the rows to the AuditWriter and sends the
// answer only after the writer's commit succeeded (otherwise a 500 and no data). The writer commits
// every row that arrived while its previous commit ran in one transaction (group commit) on a
// connection and thread of its own, so the server's thread neither parses nor commits them.
//
// Thread rules: AuditLog — the thread that owns the Database (the server's or a worker's thread).
// AuditWriter — submit() from any thread; `done` runs on the writer's thread.
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QDateTime>
#include <QList>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace kc::server {

struct AuditEntry
{
    QDateTime at;
    QString user, action, resource, detail;
};

// One audit row as written.
struct AuditRow
{
    qint64 at = 0; // epoch milliseconds
    QString user, action, resource, detail;
};

class AuditWriter
{
public:
    AuditWriter() = default;
    ~AuditWriter(); // stop()
    Q_DISABLE_COPY_MOVE(AuditWriter)

    // Opens the writer's own connection on its own thread; false when it could not (errorString()).
    bool start(const DatabaseUrl& url);
    // Writes what was submitted, then ends the thread. Later submits fail at once.
    void stop();
    QString errorString() const { return m_error; }

    // `done(true)` once the rows are committed, `done(false)` when they could not be; on the
    // writer's thread, in submission order.
    void submit(QList<AuditRow> rows, std::function<void(bool)> done);

    // Rows committed and commits made so far (for the benchmarks' figures).
    qint64 rowsWritten() const;
    qint64 commits() const;

private:
    struct Item
    {
        QList<AuditRow> rows;
        std::function<void(bool)> done;
    };
    void run(const DatabaseUrl& url);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    QList<Item> m_queue;
    bool m_started = false;
    bool m_stopping = false;
    int m_ready = 0; // 0 starting, 1 ready, -1 failed
    QString m_error;
    qint64 m_rows = 0, m_commits = 0;
    std::thread m_thread;
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

    // While set, writeRead() appends its row to `sink` instead of committing it: the caller must
    // commit them (AuditWriter) before any of the data leaves. nullptr: write in place again.
    void collectReads(QList<AuditRow>* sink) { m_sink = sink; }

private:
    Database& m_db;
    const ServerOptions& m_options;
    QList<AuditRow>* m_sink = nullptr;
};

} // namespace kc::server
