// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/auditlog.h"

#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

#include <QAtomicInteger>

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
    if (m_sink) {
        m_sink->append(
            {ms(m_options.now()), viewer.id, action, resource, detail.isNull() ? QStringLiteral("") : detail});
        return true;
    }
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

// ---- AuditWriter ---------------------------------------------------------------------------------

AuditWriter::~AuditWriter()
{
    stop();
}

bool AuditWriter::start(const DatabaseUrl& url)
{
    std::unique_lock lock(m_mutex);
    if (m_started)
        return m_ready == 1;
    m_started = true;
    m_thread = std::thread([this, url] { run(url); });
    m_wake.wait(lock, [this] { return m_ready != 0; });
    return m_ready == 1;
}

void AuditWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void AuditWriter::submit(QList<AuditRow> rows, std::function<void(bool)> done)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ready == 1 && !m_stopping) {
            m_queue.append({std::move(rows), std::move(done)});
            m_wake.notify_all();
            return;
        }
    }
    done(false); // no writer: no row, so no data
}

qint64 AuditWriter::rowsWritten() const
{
    std::lock_guard lock(m_mutex);
    return m_rows;
}

qint64 AuditWriter::commits() const
{
    std::lock_guard lock(m_mutex);
    return m_commits;
}

void AuditWriter::run(const DatabaseUrl& url)
{
    static QAtomicInteger<int> serial = 0;
    std::unique_ptr<Database> db;
    {
        auto opened = Database::attach(url, QStringLiteral("kc-audit-%1").arg(++serial));
        std::lock_guard lock(m_mutex);
        if (!opened) {
            m_error = opened.error().message;
            m_ready = -1;
            m_wake.notify_all();
            return;
        }
        db = std::move(opened).value();
        m_ready = 1;
    }
    m_wake.notify_all();
    const QString insert =
        QStringLiteral("INSERT INTO audit (at, user_id, action, resource, detail) VALUES (?, ?, ?, ?, ?)");
    for (;;) {
        QList<Item> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_queue.isEmpty() || m_stopping; });
            if (m_queue.isEmpty())
                break; // stopping, and everything submitted is written
            batch.swap(m_queue);
        }
        // One transaction for everything that queued up while the last one committed.
        bool ok = db->begin();
        qint64 rows = 0;
        for (const Item& item : std::as_const(batch))
            for (const AuditRow& r : item.rows) {
                ok = ok && bool(db->exec(insert, {r.at, r.user, r.action, r.resource, r.detail}));
                ++rows;
            }
        if (ok)
            ok = db->commit();
        if (!ok) {
            db->rollback();
            qCCritical(lcStore) << "could not write a batch of" << rows << "audit rows; their reads are refused";
        }
        {
            std::lock_guard lock(m_mutex);
            if (ok) {
                m_rows += rows;
                ++m_commits;
            }
        }
        for (Item& item : batch)
            item.done(ok);
    }
    db.reset();
}

} // namespace kc::server
