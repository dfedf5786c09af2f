// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The change feed read side: pages of changes a user may see (GET /changes), the unfiltered
// stream for the EventHub, the visibility rules both use, and retention.
//
// The table keeps what changed (kind, id, version) and who may see it (scope, owner), never a
// copy of the data: `data` is the entity as it is now, read when the change is served (so a
// corrected personnummer is not kept in old copies). Writers append through ChangeRecorder.
//
// Invariants: visible() and the SQL of page() apply the same rules. Retention removes changes
// older than retainChangesDays but keeps the newest, so the counter survives; prunedThrough()
// says up to where.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QJsonObject>

#include <optional>

namespace kc::server {

class AuditLog;

// One entry of the change feed.
struct Change
{
    qint64 seq = 0;
    QString kind; // contact | report | agent | alert
    QString id;
    QString op;    // upsert | delete
    QString event; // contact.created, contact.updated, report.created, report.updated, agent.state
    QString scope; // contact: its queue; report: its creator's team, or "area:NAME" (HandoffStore); agent: its team
    QString owner; // contact: assigned agent; report: creator; agent: the agent
    qint64 version = 0;
    QJsonObject data;
    // page(…, Text::Bytes) only: `data` as compact JSON text instead (`data` stays empty), written
    // straight from the rows for contacts and agents; byte for byte what `data` would have given.
    QByteArray dataText;
};

struct ChangePage
{
    QList<Change> changes;
    qint64 cursor = 0; // where the next page starts
};

class ChangeFeed
{
public:
    ChangeFeed(Database& db, const ServerOptions& options, AuditLog& audit)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
    {}

    // Changes after `cursor` that `viewer` may see, at most `limit` (filtered in SQL: never more
    // rows read than asked for), audited. Without a cursor: from the oldest change still kept (a
    // client starting over). 410 resync_required when the cursor is ahead of the newest change (a
    // restored database) or older than the oldest kept one (retention).
    // With `text` Bytes each change carries `dataText` instead of `data` (for pageText()).
    enum class Text { Objects, Bytes };
    ApiResult<ChangePage> page(const User& viewer, std::optional<qint64> cursor, int limit, Text text = Text::Objects);
    QList<Change> after(qint64 since, int limit); // unfiltered, with data, for the EventHub
    qint64 lastSeq();
    qint64 prunedThrough(); // every change up to here has been removed by retention
    // Removes changes older than retainChangesDays (keeping the newest, so the counter survives).
    [[nodiscard]] bool prune();
    bool visible(const User& viewer, const Change& change) const;
    static QJsonObject toJson(const Change& change);
    // The GET /changes body of a page read with Text::Bytes: {"changes":[…],"cursor":N}, byte for
    // byte QJsonDocument of toJson() of each change (compact, keys sorted), without building objects.
    static QByteArray pageText(const ChangePage& page);

private:
    bool fillData(QList<Change>& changes, Text text = Text::Objects);
    QString visibilitySql(const User& viewer, QVariantList& args) const;

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
};

} // namespace kc::server
