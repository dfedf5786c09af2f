// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The workstation's side of the knowledge base (issue 14): searching, opening and editing articles
// on the server, and the local copy that answers when the server does not.
//
// Search and open go to the server when it answers (so the server counts what was used and what
// was searched for in vain); when it does not (no network, timeout, 5xx) they answer from the last
// synced copy in the local store, ranked the same way (knowledge::search), and say so (`offline`).
// syncAll() replaces the local copy with every article (GET /knowledge?full=true, paged); live
// changes (`knowledge.updated`) reach the copy through the SyncEngine, after which the desk calls
// articleChanged(id).
//
// The offline search's index (knowledge::LocalIndex, 2 s to prepare at 10,000 articles) is built
// on a worker thread whenever the local copy changes (after a sync, an edit, a live change), so
// the GUI thread never waits for it. Until the new one is ready, offline searches use the previous
// index (its texts may be one change behind) or, before the first one, a plain scan of the copy
// in memory (knowledge::search, a few ms at 10,000). indexReady() says when the index matches the
// copy. The copy itself is kept in memory: read from the local store once, replaced by a sync,
// and patched one article at a time.
//
// Editing (save) is for supervisors; the server refuses everyone else (403) and the message says so.
//
// Thread rules: GUI thread (RestClient's and LocalStore's thread); the index builder thread only
// reads its own copy of the article list and hands the index back through a queued signal.
#pragma once

#include "core/knowledge.h"

#include <QObject>

#include <memory>

class QThread;

namespace kc {
class LocalStore;
}

namespace kc::sync {

class ApiJob;
class RestClient;

class KnowledgeSync : public QObject
{
    Q_OBJECT
public:
    KnowledgeSync(RestClient& client, LocalStore& store, QObject* parent = nullptr);
    ~KnowledgeSync() override; // waits for an index build under way (it only reads its own copy)

    void syncAll();
    // Returns a request number; searchFinished carries it, so a caller drops answers to searches it
    // has since replaced (typing).
    int search(const QString& query, int limit = 20);
    void open(const QString& id);
    // Creates (article.id empty, or not known to the server: `create`) or edits an article
    // (PATCH with If-Match = article.version).
    void save(const KnowledgeArticle& article, bool create);
    // The local copy only (offline search), best first.
    QList<KnowledgeArticle> searchLocally(const QString& query, int limit = 20);
    std::optional<KnowledgeArticle> localArticle(const QString& id);
    // The local copy, in memory (read from the store the first time it is needed).
    const QList<KnowledgeArticle>& articles();
    // One article of the local copy changed in the store (a live update): the copy follows and a
    // new index is built.
    void articleChanged(const QString& id);
    // The whole local copy may have changed: read again when next needed.
    void invalidate();
    // The offline index matches the local copy (else a build is under way or not yet asked for).
    bool indexReady() const { return m_index && m_indexGeneration == m_generation; }

Q_SIGNALS:
    void synced(bool ok, int count);
    void searchFinished(int request, const QList<kc::KnowledgeArticle>& results, bool offline);
    void articleOpened(const kc::KnowledgeArticle& article, bool offline);
    void openFailed(const QString& id, const QString& message);
    void saved(bool ok, const QString& message, const kc::KnowledgeArticle& article);
    // A new offline index is ready (built on the worker thread).
    void indexBuilt();

private:
    void fetchPage(int offset, QList<KnowledgeArticle> sofar);
    void copyChanged(); // the copy in memory changed: a new generation, a new index
    void buildIndex();  // on the worker thread, unless a build is under way (then after it)
    static bool unreachable(const ApiJob* job);

    RestClient& m_client;
    LocalStore& m_store;
    QList<KnowledgeArticle> m_articles; // the local copy, when m_articlesRead
    bool m_articlesRead = false;
    quint64 m_generation = 1;                             // of the copy; bumped on every change
    std::shared_ptr<const knowledge::LocalIndex> m_index; // the last index built (maybe older)
    quint64 m_indexGeneration = 0;                        // the copy m_index was built from
    QThread* m_builder = nullptr;                         // a build under way
    int m_lastRequest = 0;
};

} // namespace kc::sync
