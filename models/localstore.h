// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The workstation's local store: one SQLite database per server and user, under the user's data
// directory (file mode 0600, WAL). It holds what the agent may see (contacts, reports fetched so
// far), the sync cursor and session, the drafts (one per contact, saved on every change, surviving
// kill -9) and the outbox (reports, supplements, state changes, completions waiting to be sent, in
// order). Nothing typed is ever lost: every write is its own committed transaction.
//
// Privacy: the session token is not kept here by the workstation (sync/secretstore.h; only the CLI
// keeps it in meta "token"). Deleted rows are overwritten (PRAGMA secure_delete), and
// purgeExpired() removes what is older than the retention period.
//
// Schema: a `meta` table with schema_version; migrations run at open() in one transaction; a
// database written by a newer version is refused with a clear message (tests migrate stored sample
// databases from tests/data/localstore-v*.sql).
//
// Submitting a report moves its draft into the outbox in ONE transaction: the draft disappears
// exactly when the outbox item appears. The item gets its Idempotency-Key at that moment (stored,
// reused on every retry) and a provisional local reference "PREL-<8 hex>" that never looks like a
// case number, until markSent() records the server's answer (case number).
//
// Thread rules: use a LocalStore from the thread that opened it (Qt SQL's rule); other threads
// open their own LocalStore on the same file (WAL lets readers and one writer work together).
#pragma once

#include "core/knowledge.h"
#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kc {

struct Draft
{
    QString contactId;  // "" for a report not tied to a contact (kontaktcenter-cli report submit)
    QJsonObject report; // the Report as typed so far (API.md shape, possibly incomplete)
    QString section;    // where the cursor was: "reporter", "offence", "narrative", …
    QDateTime updatedAt;
};

struct OutboxItem
{
    enum class Kind { Report, Supplement, AgentState, Complete };
    enum class State { Pending, Attention, Sent };

    qint64 id = 0; // order of submission
    Kind kind = Kind::Report;
    QString target;         // Report: contact id or ""; Supplement: report id; Complete: contact id
    QJsonObject payload;    // the request body
    QString idempotencyKey; // generated once at enqueue, sent with every attempt
    QString localRef;       // "PREL-1a2b3c4d" for reports, "" otherwise
    State state = State::Pending;
    int attempts = 0;
    QString lastError;  // Swedish, for people (the server's message for Attention)
    QJsonObject result; // the server's answer once Sent (a Report carries caseNumber)
    QDateTime createdAt;
};

QString wireName(OutboxItem::Kind kind);
QString wireName(OutboxItem::State state);

class LocalStore
{
public:
    static constexpr int SchemaVersion = 2;

    // The time the store stamps new rows with (outbox created_at, draft updated_at) and purges by.
    using Clock = std::function<QDateTime()>;

    ~LocalStore();
    // Opens (creating if needed) the database file at `path`, migrating it. `clock` defaults to
    // the system's UTC time; tests pass their own.
    static Result<std::unique_ptr<LocalStore>> open(const QString& path, Clock clock = {});
    // The conventional file for a server and user under `dataDir`, e.g.
    // DIR/stores/<host_port>-<username>.sqlite (characters outside [A-Za-z0-9._-] become '_').
    static QString pathFor(const QString& dataDir, const QString& serverUrl, const QString& username);
    // The file and clock this store was opened with: another thread opens its own connection to the
    // same file with them (the sync engine's catch-up applies pages on a worker thread).
    QString path() const { return m_path; }
    Clock clock() const { return m_clock; }
    // For a connection whose every write can be fetched again from the server (catch-up pages with
    // their cursor, the server's answers to sent items): commits stop waiting for fsync
    // (synchronous=NORMAL). A crash of the process still loses nothing committed; a power loss may
    // lose the last commits, whole — a page with its cursor, an answer with its item still pending
    // (re-sent with its key, the first answer comes back). Never for drafts or the outbox itself.
    bool relaxDurability();

    // Runs `work` (calls of this store's write methods) as ONE transaction: one commit, one fsync,
    // for applying a page of changes or recording an answer. Rolled back when `work` returns false.
    // Not nestable; submitReport and enqueue (which run their own transaction) must not be called
    // inside; the mark* methods, upserts and setValue may.
    bool batch(const std::function<bool()>& work);

    // ---- meta: session and sync position ----
    QString value(const QString& key) const; // "" when unset
    bool setValue(const QString& key, const QString& value);
    // Keys used by the sync layer: "serverUrl", "username", "tokenExpiresAt", "userJson", "cursor"
    // (last change sequence applied; "" = from the start), "resync" ("1" while starting over after
    // 410 resync_required), "lastEventId"; "token" only by the CLI (LocalStoreSecretStore).

    // ---- contacts and reports the agent may see ----
    bool upsertContact(const Contact& contact); // keeps the higher version
    std::optional<Contact> contact(const QString& id) const;
    QList<Contact> contacts(const QString& state = {}) const; // service order: priority, receivedAt
    bool removeContact(const QString& id);
    bool upsertReport(const QJsonObject& report); // API.md Report as the server sent it
    std::optional<QJsonObject> report(const QString& id) const;
    bool removeReport(const QString& id);

    // ---- the knowledge base: the last synced copy, for searching offline (schema 2) ----
    bool upsertArticle(const KnowledgeArticle& article); // keeps the higher version
    // A full sync: exactly these articles afterwards, in one transaction (not inside batch()).
    bool replaceArticles(const QList<KnowledgeArticle>& articles);
    QList<KnowledgeArticle> articles() const;
    std::optional<KnowledgeArticle> article(const QString& id) const; // one article, for a live change

    // ---- drafts ----
    bool saveDraft(const Draft& draft); // replaces the draft of draft.contactId
    std::optional<Draft> draft(const QString& contactId) const;
    bool removeDraft(const QString& contactId);

    // ---- outbox ----
    // Moves the draft of `contactId` (if any) into the outbox as a report with `report` as payload,
    // in one transaction. Returns the new item (with its key and local reference).
    Result<OutboxItem> submitReport(const QString& contactId, const QJsonObject& report);
    Result<OutboxItem> enqueue(OutboxItem::Kind kind, const QString& target, const QJsonObject& payload);
    QList<OutboxItem> outbox(bool includeSent = false) const; // in submission order
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    std::optional<OutboxItem> outboxItemByLocalRef(const QString& localRef) const;
    // The newest report item for `contactId` (a contact has at most one report in practice).
    std::optional<OutboxItem> reportItemForContact(const QString& contactId) const;
    std::optional<OutboxItem> nextPending() const; // the oldest Pending item
    // The oldest Pending item after `afterId` (the flush walks the outbox with several in flight).
    std::optional<OutboxItem> nextPending(qint64 afterId) const;
    bool markSent(qint64 id, const QJsonObject& result);
    bool markAttention(qint64 id, const QString& message); // needs the agent; never retried alone
    bool markRetry(qint64 id, const QString& error);       // attempts+1, stays Pending
    bool requeue(qint64 id);                               // the agent fixed it: Pending again
    // The agent corrected an item the server refused (Attention): new payload, Pending again, and a
    // new Idempotency-Key — the refused attempt created nothing, and the server remembers the old
    // key with the old body. Keeps its place in the order and its local reference.
    bool resubmit(qint64 id, const QJsonObject& payload);
    int pendingCount() const;

    // ---- retention ----
    // Personal data does not stay on a workstation longer than it is useful: removes contacts
    // received, reports last updated and sent outbox items queued more than `keepDays` days before
    // the clock's now. Never drafts, never unsent items (pending or needing attention), never a
    // contact that has a draft or an unsent item, never a sent report an unsent completion still
    // names. The file runs with secure_delete, and the WAL is checkpointed and truncated after a
    // purge, so the removed text is overwritten on disk, not only unlinked. Returns the number of
    // rows removed, or an error.
    Result<int> purgeExpired(int keepDays);

private:
    explicit LocalStore(QString connectionName);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    struct Impl;
    struct Statements; // prepared write statements, kept for the connection's life
    std::unique_ptr<Statements> m_statements;
    QString m_name;
    QString m_path;
    Clock m_clock;
    bool m_inBatch = false;
};

} // namespace kc
