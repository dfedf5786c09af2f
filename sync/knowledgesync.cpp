// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/knowledgesync.h"

#include "models/localstore.h"
#include "sync/restclient.h"

#include <QJsonArray>
#include <QThread>
#include <QUrlQuery>

namespace kc::sync {

namespace {

constexpr int PageSize = 500;

QList<KnowledgeArticle> articlesOf(const QJsonArray& items)
{
    QList<KnowledgeArticle> list;
    for (const QJsonValue& v : items)
        if (auto a = knowledge::fromJson(v.toObject()); a && !a->id.isEmpty())
            list.append(*a);
    return list;
}

} // namespace

KnowledgeSync::KnowledgeSync(RestClient& client, LocalStore& store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

bool KnowledgeSync::unreachable(const ApiJob* job)
{
    return job->outcome() == ApiJob::Outcome::NetworkError || job->outcome() == ApiJob::Outcome::Timeout ||
           job->status() >= 500;
}

KnowledgeSync::~KnowledgeSync()
{
    if (m_builder) {
        disconnect(m_builder, nullptr, this, nullptr);
        m_builder->wait();
        delete m_builder;
    }
}

const QList<KnowledgeArticle>& KnowledgeSync::articles()
{
    if (!m_articlesRead) {
        m_articles = m_store.articles();
        m_articlesRead = true;
    }
    return m_articles;
}

void KnowledgeSync::invalidate()
{
    m_articlesRead = false;
    m_articles.clear();
    ++m_generation;
}

void KnowledgeSync::articleChanged(const QString& id)
{
    if (!m_articlesRead) {
        invalidate(); // read whole when next needed
        return;
    }
    const std::optional<KnowledgeArticle> fresh = m_store.article(id);
    const auto at =
        std::find_if(m_articles.begin(), m_articles.end(), [&id](const KnowledgeArticle& a) { return a.id == id; });
    if (at != m_articles.end() && fresh && at->version == fresh->version)
        return; // opened again, unchanged: no new index
    if (at != m_articles.end() && fresh)
        *at = *fresh;
    else if (at != m_articles.end())
        m_articles.erase(at);
    else if (fresh)
        m_articles.append(*fresh);
    copyChanged();
}

void KnowledgeSync::copyChanged()
{
    ++m_generation;
    buildIndex();
}

void KnowledgeSync::buildIndex()
{
    if (m_builder || indexReady())
        return; // the build under way is followed by another if the copy moved on meanwhile
    const QList<KnowledgeArticle> list = articles(); // shared, never written by the worker
    const quint64 generation = m_generation;
    auto built = std::make_shared<std::shared_ptr<const knowledge::LocalIndex>>();
    m_builder = QThread::create([list, built] { *built = std::make_shared<const knowledge::LocalIndex>(list); });
    m_builder->setObjectName(QStringLiteral("kc.knowledge.index"));
    connect(m_builder, &QThread::finished, this, [this, built, generation] {
        m_builder->deleteLater();
        m_builder = nullptr;
        m_index = *built;
        m_indexGeneration = generation;
        Q_EMIT indexBuilt();
        if (m_indexGeneration != m_generation)
            buildIndex();
    });
    m_builder->start(QThread::LowPriority);
}

void KnowledgeSync::syncAll()
{
    fetchPage(0, {});
}

void KnowledgeSync::fetchPage(int offset, QList<KnowledgeArticle> sofar)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("full"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    query.addQueryItem(QStringLiteral("cursor"), QString::number(offset));
    ApiJob* job = m_client.get(QStringLiteral("/knowledge"), query);
    connect(job, &ApiJob::finished, this, [this, offset, sofar = std::move(sofar)](ApiJob* done) mutable {
        done->deleteLater();
        if (done->outcome() != ApiJob::Outcome::Ok) {
            Q_EMIT synced(false, 0); // the copy stays as it was
            return;
        }
        const QJsonArray items = done->json().value(u"items").toArray();
        sofar.append(articlesOf(items));
        if (items.size() == PageSize && done->json().value(u"nextCursor").isString()) {
            fetchPage(offset + PageSize, std::move(sofar));
            return;
        }
        const bool ok = m_store.replaceArticles(sofar);
        if (ok) {
            m_articles = std::move(sofar);
            m_articlesRead = true;
            copyChanged();
        } else {
            invalidate();
        }
        Q_EMIT synced(ok, int(m_articles.size()));
    });
}

int KnowledgeSync::search(const QString& query, int limit)
{
    const int request = ++m_lastRequest;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), query);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    ApiJob* job = m_client.get(QStringLiteral("/knowledge"), q);
    connect(job, &ApiJob::finished, this, [this, request, query, limit](ApiJob* done) {
        done->deleteLater();
        if (done->outcome() == ApiJob::Outcome::Ok) {
            Q_EMIT searchFinished(request, articlesOf(done->json().value(u"items").toArray()), false);
            return;
        }
        // The server does not answer (or refused): the last synced copy answers instead.
        Q_EMIT searchFinished(request, searchLocally(query, limit), true);
    });
    return request;
}

QList<KnowledgeArticle> KnowledgeSync::searchLocally(const QString& query, int limit)
{
    buildIndex(); // if the copy moved on since the last one
    if (m_index)
        return m_index->search(query, limit); // the previous index until the new one is ready
    return knowledge::search(articles(), query, limit);
}

std::optional<KnowledgeArticle> KnowledgeSync::localArticle(const QString& id)
{
    for (const KnowledgeArticle& a : articles())
        if (a.id == id)
            return a;
    return std::nullopt;
}

void KnowledgeSync::open(const QString& id)
{
    ApiJob* job = m_client.get(QStringLiteral("/knowledge/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    connect(job, &ApiJob::finished, this, [this, id](ApiJob* done) {
        done->deleteLater();
        if (done->outcome() == ApiJob::Outcome::Ok) {
            if (auto a = knowledge::fromJson(done->json()); a && !a->id.isEmpty()) {
                if (m_store.upsertArticle(*a))
                    articleChanged(a->id);
                Q_EMIT articleOpened(*a, false);
                return;
            }
        }
        if (const auto local = localArticle(id)) {
            Q_EMIT articleOpened(*local, true);
            return;
        }
        Q_EMIT openFailed(id, done->errorText());
    });
}

void KnowledgeSync::save(const KnowledgeArticle& article, bool create)
{
    QJsonObject body = knowledge::toJson(article);
    body.remove(QStringLiteral("version"));
    ApiJob* job = nullptr;
    if (create) {
        if (article.id.isEmpty())
            body.remove(QStringLiteral("id"));
        job = m_client.post(QStringLiteral("/knowledge"), body);
    } else {
        body.remove(QStringLiteral("id"));
        job = m_client.patch(QStringLiteral("/knowledge/") + QString::fromLatin1(QUrl::toPercentEncoding(article.id)),
                             body, '"' + QByteArray::number(article.version) + '"');
    }
    connect(job, &ApiJob::finished, this, [this](ApiJob* done) {
        done->deleteLater();
        if (done->outcome() != ApiJob::Outcome::Ok) {
            QString message = done->errorText();
            const QJsonObject fields = done->errorFields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (it.value().toString() != message)
                    message += QStringLiteral("\n%1: %2").arg(it.key(), it.value().toString());
            Q_EMIT saved(false, message, {});
            return;
        }
        const auto a = knowledge::fromJson(done->json());
        if (a && m_store.upsertArticle(*a))
            articleChanged(a->id);
        Q_EMIT saved(true, {}, a ? *a : KnowledgeArticle{});
    });
}

} // namespace kc::sync
