// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge base (kunskapsbank) on the server: articles, their versions, full-text search, and
// what supervisors learn from use (articles recorded on contacts, searches that found nothing).
//
// Invariants:
// - Every article has a version, starting at 1, raised by every edit; every version is kept in
//   knowledge_versions (who, when, which fields changed, the whole article) and every create and
//   edit is audited and appended to the change feed as `knowledge.updated` (kind "knowledge",
//   visible to every role that works with callers), in one transaction.
// - The shipped articles (resources/knowledge/, embedded) are seeded by the schema 7 migration and
//   applied again whenever the shipped set changes (applyShipped): a new article is added, an
//   article nobody edited here is updated to a later edition, an article edited here is never
//   overwritten.
// - Search: every query stem must match a word by prefix (knowledge::queryStems; when no article
//   has them all, any of them); ranked title over tags over summary over body. SQLite: FTS5
//   (unicode61, diacritics kept: å ä ö are letters of their own), a row per article sharing its
//   rowid; PostgreSQL: a weighted tsvector with the `swedish` configuration and a GIN index.
// - Searches that found nothing are counted by their text only (no user, no contact), and never
//   when the text looks like a personnummer or phone number (knowledge::looksPersonal).
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/knowledge.h"
#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QJsonObject>

namespace kc::server {

class AuditLog;
class ChangeRecorder;

struct KnowledgeVersion
{
    qint64 version = 0;
    QDateTime at;
    QString by; // user id, or "leverans" for a shipped edition
    QStringList changed;
};

struct KnowledgeStats
{
    struct Used
    {
        QString articleId, title;
        int count = 0;  // recorded on completed contacts
        int opened = 0; // opened (GET /knowledge/{id})
    };
    struct Unanswered
    {
        QString query;
        int count = 0;
    };
    QList<Used> used;
    QList<Unanswered> unanswered;
};

class KnowledgeStore
{
public:
    KnowledgeStore(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
    {}

    // Best first; an empty query lists every article by title (offset/limit pages), with bodies
    // when `full` (the workstation's offline copy). A query without hits is counted for stats.
    ApiResult<QList<KnowledgeArticle>> search(const QString& query, int limit, int offset = 0);
    ApiResult<QList<KnowledgeArticle>> list(int limit, int offset);
    ApiResult<KnowledgeArticle> get(const User& viewer, const QString& id);
    ApiResult<KnowledgeArticle> create(const User& by, const QJsonObject& body);
    ApiResult<KnowledgeArticle> patch(const User& by, const QString& id, const QJsonObject& body, qint64 ifMatch);
    ApiResult<QList<KnowledgeVersion>> history(const QString& id);
    ApiResult<KnowledgeStats> stats(const QDateTime& since);

    // Inside the completing transaction: the articles an agent recorded on a contact; unknown ids
    // are refused (422 on knowledgeArticleIds).
    static std::optional<ApiError> recordUse(Database& db, const QStringList& articleIds, qint64 at);

    // The articles shipped with this server (resources/knowledge/), with their edition.
    struct Shipped
    {
        KnowledgeArticle article;
        int edition = 1;
    };
    static QList<Shipped> shipped();
    // Adds new shipped articles and updates unedited ones to a later edition, inside the caller's
    // transaction (the migration's). Returns false on a database error.
    static bool applyShipped(Database& db, qint64 now);

private:
    static bool writeIndex(Database& db, qint64 num, const KnowledgeArticle& a);
    static bool insertVersion(Database& db, const KnowledgeArticle& a, qint64 at, const QString& by,
                              const QStringList& changed);
    ApiResult<QList<KnowledgeArticle>> runSearch(const QStringList& stems, bool all, int limit);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
};

} // namespace kc::server
