// The workstation's side of the knowledge base (issue 14): searching, opening and editing articles
// on the server, and the local copy that answers when the server does not.
//
// Search and open go to the server when it answers (so the server counts what was used and what
// was searched for in vain); when it does not (no network, timeout, 5xx) they answer from the last
// synced copy in the local store, ranked the same way (knowledge::search), and say so (`offline`).
// syncAll() replaces the local copy with every article (GET /knowledge?full=true, paged); live
// changes (`knowledge.updated`) reach the copy through the SyncEngine, which calls invalidate().
//
// Editing (save) is for supervisors; the server refuses everyone else (403) and the message says so.
//
// Thread rules: GUI thread (RestClient's and LocalStore's thread).
#pragma once

#include "core/knowledge.h"

#include <QObject>

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
    // The local copy changed (a live update): the cached copy is read again when next needed.
    void invalidate() { m_cacheValid = false; }

Q_SIGNALS:
    void synced(bool ok, int count);
    void searchFinished(int request, const QList<kc::KnowledgeArticle>& results, bool offline);
    void articleOpened(const kc::KnowledgeArticle& article, bool offline);
    void openFailed(const QString& id, const QString& message);
    void saved(bool ok, const QString& message, const kc::KnowledgeArticle& article);

private:
    void fetchPage(int offset, QList<KnowledgeArticle> sofar);
    const knowledge::LocalIndex& cache(); // the local copy, prepared for searching
    static bool unreachable(const ApiJob* job);

    RestClient& m_client;
    LocalStore& m_store;
    knowledge::LocalIndex m_cache;
    bool m_cacheValid = false;
    int m_lastRequest = 0;
};

} // namespace kc::sync
