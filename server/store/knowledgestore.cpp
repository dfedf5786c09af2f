// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/knowledgestore.h"

#include "core/jsoncodec.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace kc::server {

using namespace detail;

namespace {

constexpr auto shippedBy = "leverans";

KnowledgeArticle articleFromData(const QString& data, qint64 version)
{
    auto a = knowledge::fromJson(parseObject(data));
    KnowledgeArticle article = a ? *a : KnowledgeArticle{};
    article.version = version;
    return article;
}

QString withParts(const QString& text)
{
    return text + u' ' + knowledge::compoundParts(text);
}

ApiError invalid(const QString& field, const QString& message)
{
    ApiError e = error(422, "validation_failed", message);
    e.fields.insert(field, message);
    return e;
}

// An id from the title: lower-case a–z and digits, å ä → a, ö → o (ids are for URLs, not for people).
QString slug(const QString& title)
{
    QString s;
    for (QChar c : title.toLower()) {
        if (c == u'å' || c == u'ä')
            c = u'a';
        else if (c == u'ö')
            c = u'o';
        else if (c == u'é')
            c = u'e';
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            s += c;
        else if (!s.isEmpty() && !s.endsWith(u'-'))
            s += u'-';
    }
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.left(60);
}

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,79}$"));
    return re;
}

} // namespace

// ---- shipped articles ------------------------------------------------------------------------

QList<KnowledgeStore::Shipped> KnowledgeStore::shipped()
{
    QList<Shipped> list;
    const QDir dir(QStringLiteral(":/kontaktcenter/knowledge"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        auto a = knowledge::fromJson(o);
        if (!a || a->id.isEmpty()) {
            qCWarning(lcStore) << "shipped knowledge article" << name << "is not valid";
            continue;
        }
        list.append({*a, std::max(1, o.value(u"edition").toInt(1))});
    }
    return list;
}

bool KnowledgeStore::writeIndex(Database& db, qint64 num, const KnowledgeArticle& a)
{
    const QString tags = a.tags.join(u' ');
    if (db.dialect() == Dialect::Sqlite) {
        return db.exec(QStringLiteral("DELETE FROM knowledge_fts WHERE rowid = ?"), {num}) &&
               db.exec(QStringLiteral("INSERT INTO knowledge_fts (rowid, title, tags, summary, body)"
                                      " VALUES (?, ?, ?, ?, ?)"),
                       {num, withParts(a.title), withParts(tags), withParts(a.summary), withParts(a.body)});
    }
    return db
        .exec(QStringLiteral("UPDATE knowledge SET tsv = setweight(to_tsvector('swedish', ?), 'A') ||"
                             " setweight(to_tsvector('swedish', ?), 'B') || setweight(to_tsvector('swedish', ?), 'C')"
                             " || setweight(to_tsvector('swedish', ?), 'D') WHERE num = ?"),
              {withParts(a.title), withParts(tags), withParts(a.summary), withParts(a.body), num})
        .ok();
}

bool KnowledgeStore::insertVersion(Database& db, const KnowledgeArticle& a, qint64 at, const QString& by,
                                   const QStringList& changed)
{
    return db
        .exec(QStringLiteral("INSERT INTO knowledge_versions (article_id, version, at, by_user, changed, data)"
                             " VALUES (?, ?, ?, ?, ?, ?)"),
              {a.id, a.version, at, by,
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(changed)).toJson(QJsonDocument::Compact)),
               compact(knowledge::toJson(a))})
        .ok();
}

bool KnowledgeStore::applyShipped(Database& db, qint64 now)
{
    for (const Shipped& s : shipped()) {
        auto q =
            db.exec(QStringLiteral("SELECT num, version, shipped_edition, edited_locally FROM knowledge WHERE id = ?"),
                    {s.article.id});
        if (!q)
            return false;
        KnowledgeArticle a = s.article;
        if (!q->next()) {
            q->finish();
            a.version = 1;
            auto ins = db.exec(
                QStringLiteral("INSERT INTO knowledge (id, version, title, data, shipped_edition,"
                               " edited_locally, created_at, updated_at, updated_by)"
                               " VALUES (?, 1, ?, ?, ?, 0, ?, ?, ?) RETURNING num"),
                {a.id, a.title, compact(knowledge::toJson(a)), s.edition, now, now, QString::fromLatin1(shippedBy)});
            if (!ins || !ins->next())
                return false;
            const qint64 num = ins->value(0).toLongLong();
            ins->finish();
            if (!writeIndex(db, num, a) || !insertVersion(db, a, now, QString::fromLatin1(shippedBy), {}))
                return false;
            continue;
        }
        const qint64 num = q->value(0).toLongLong();
        const qint64 version = q->value(1).toLongLong();
        const int edition = q->value(2).toInt();
        const bool edited = q->value(3).toInt() != 0;
        q->finish();
        // A local edit is the centre's own knowledge: a later edition never overwrites it.
        if (edited || edition >= s.edition)
            continue;
        a.version = version + 1;
        if (!db.exec(QStringLiteral("UPDATE knowledge SET version = ?, title = ?, data = ?, shipped_edition = ?,"
                                    " updated_at = ?, updated_by = ? WHERE num = ?"),
                     {a.version, a.title, compact(knowledge::toJson(a)), s.edition, now, QString::fromLatin1(shippedBy),
                      num}) ||
            !writeIndex(db, num, a) ||
            !insertVersion(db, a, now, QString::fromLatin1(shippedBy), {QStringLiteral("edition")}))
            return false;
    }
    return true;
}

// ---- reading and searching ---------------------------------------------------------------------

ApiResult<QList<KnowledgeArticle>> KnowledgeStore::list(int limit, int offset)
{
    auto q = m_db.exec(QStringLiteral("SELECT data, version FROM knowledge ORDER BY title, id LIMIT ? OFFSET ?"),
                       {limit, offset});
    if (!q)
        return internalError();
    QList<KnowledgeArticle> list;
    while (q->next())
        list.append(articleFromData(q->value(0).toString(), q->value(1).toLongLong()));
    return list;
}

ApiResult<QList<KnowledgeArticle>> KnowledgeStore::runSearch(const QStringList& stems, bool all, int limit)
{
    QString expression;
    QString sql;
    if (m_db.dialect() == Dialect::Sqlite) {
        QStringList terms;
        for (const QString& s : stems)
            terms << u'"' + s + QStringLiteral("\"*");
        expression = terms.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
        // FTS5 orders by its rank straight from the index; only `limit` rows are joined.
        sql = QStringLiteral("SELECT k.data, k.version FROM (SELECT rowid AS r, rank FROM knowledge_fts"
                             " WHERE knowledge_fts MATCH ? AND rank MATCH 'bm25(10.0, 5.0, 2.0, 1.0)'"
                             " ORDER BY rank LIMIT ?) f JOIN knowledge k ON k.num = f.r ORDER BY f.rank, k.num");
    } else {
        QStringList terms;
        for (const QString& s : stems)
            terms << s + QStringLiteral(":*");
        expression = terms.join(all ? QStringLiteral(" & ") : QStringLiteral(" | "));
        // ts_rank alone let a word in a long body outweigh the title: what the title matches
        // comes first (ts_filter keeps the title's, weight A, lexemes).
        sql = QStringLiteral("SELECT k.data, k.version FROM knowledge k, to_tsquery('swedish', ?) query"
                             " WHERE k.tsv @@ query ORDER BY (ts_filter(k.tsv, '{a}') @@ query) DESC,"
                             " ts_rank('{0.02, 0.1, 0.3, 1.0}', k.tsv, query) DESC, k.num LIMIT ?");
    }
    auto q = m_db.exec(sql, {expression, limit});
    if (!q)
        return internalError();
    QList<KnowledgeArticle> list;
    while (q->next())
        list.append(articleFromData(q->value(0).toString(), q->value(1).toLongLong()));
    return list;
}

ApiResult<QList<KnowledgeArticle>> KnowledgeStore::search(const QString& query, int limit, int offset)
{
    const QString text = query.simplified();
    if (text.isEmpty())
        return list(limit, offset);
    const QStringList stems = knowledge::queryStems(text);
    QList<KnowledgeArticle> found;
    if (!stems.isEmpty()) {
        auto strict = runSearch(stems, true, limit);
        if (!strict)
            return strict.error();
        found = *strict;
        if (found.isEmpty() && stems.size() > 1) {
            auto loose = runSearch(stems, false, limit);
            if (!loose)
                return loose.error();
            found = *loose;
        }
    }
    if (found.isEmpty() && !knowledge::looksPersonal(text)) {
        // What the knowledge base lacks: the words only, never who asked.
        if (!m_db.exec(QStringLiteral("INSERT INTO knowledge_misses (query, at) VALUES (?, ?)"),
                       {text.toLower().left(200), ms(m_options.now())}))
            return internalError();
    }
    return found;
}

ApiResult<KnowledgeArticle> KnowledgeStore::get(const User&, const QString& id)
{
    auto q = m_db.exec(QStringLiteral("SELECT data, version FROM knowledge WHERE id = ?"), {id});
    if (!q)
        return internalError();
    if (!q->next())
        return notFound();
    const KnowledgeArticle a = articleFromData(q->value(0).toString(), q->value(1).toLongLong());
    q->finish();
    if (!m_db.exec(QStringLiteral("INSERT INTO knowledge_usage (article_id, kind, at) VALUES (?, 'opened', ?)"),
                   {id, ms(m_options.now())}))
        return internalError();
    return a;
}

// ---- editing -----------------------------------------------------------------------------------

ApiResult<KnowledgeArticle> KnowledgeStore::create(const User& by, const QJsonObject& body)
{
    auto parsed = knowledge::fromJson(body);
    if (!parsed)
        return invalid(parsed.error().path, parsed.error().message);
    KnowledgeArticle a = *parsed;
    if (!a.id.isEmpty() && !idPattern().match(a.id).hasMatch())
        return invalid(QStringLiteral("id"),
                       Store::tr("An article id is lower-case letters a–z, digits and dashes (at most 80)."));
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (a.id.isEmpty()) {
        const QString base = slug(a.title).isEmpty() ? QStringLiteral("artikel") : slug(a.title);
        a.id = base;
        for (int n = 2;; ++n) {
            auto q = m_db.exec(QStringLiteral("SELECT 1 FROM knowledge WHERE id = ?"), {a.id});
            if (!q)
                return internalError();
            if (!q->next())
                break;
            a.id = base + u'-' + QString::number(n);
        }
    }
    a.version = 1;
    const qint64 now = ms(m_options.now());
    auto ins = m_db.exec(QStringLiteral("INSERT INTO knowledge (id, version, title, data, shipped_edition,"
                                        " edited_locally, created_at, updated_at, updated_by)"
                                        " VALUES (?, 1, ?, ?, NULL, 1, ?, ?, ?) RETURNING num"),
                         {a.id, a.title, compact(knowledge::toJson(a)), now, now, by.id});
    if (!ins) {
        if (ins.error().code == QLatin1String("unique_violation"))
            return error(409, "conflict", Store::tr("An article with this id already exists."));
        return internalError();
    }
    if (!ins->next())
        return internalError();
    const qint64 num = ins->value(0).toLongLong();
    ins->finish();
    if (!writeIndex(m_db, num, a) || !insertVersion(m_db, a, now, by.id, {QStringLiteral("created")}) ||
        !m_audit.write(by.id, QStringLiteral("knowledge.create"), a.id) ||
        m_recorder.append(QStringLiteral("knowledge"), a.id, a.version, QStringLiteral("knowledge.updated"), {}, {}) <
            0 ||
        !m_recorder.commit(tx))
        return internalError();
    return a;
}

ApiResult<KnowledgeArticle> KnowledgeStore::patch(const User& by, const QString& id, const QJsonObject& body,
                                                  qint64 ifMatch)
{
    static const QStringList editable{
        QStringLiteral("title"),      QStringLiteral("summary"), QStringLiteral("body"),
        QStringLiteral("referTo"),    QStringLiteral("tags"),    QStringLiteral("language"),
        QStringLiteral("reviewedAt"), QStringLiteral("sources"), QStringLiteral("checkBeforeQuoting")};
    ApiError readOnly = error(422, "validation_failed", Store::tr("These fields cannot be changed."));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!editable.contains(it.key()))
            readOnly.fields.insert(it.key(), Store::tr("%1 cannot be changed.").arg(it.key()));
    if (!readOnly.fields.isEmpty())
        return readOnly;
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("SELECT num, data, version FROM knowledge WHERE id = ?"), {id});
    if (!q)
        return internalError();
    if (!q->next())
        return notFound();
    const qint64 num = q->value(0).toLongLong();
    const QJsonObject before = parseObject(q->value(1).toString());
    const qint64 version = q->value(2).toLongLong();
    q->finish();
    if (version != ifMatch) {
        ApiError e = error(412, "version_conflict",
                           Store::tr("Someone changed the article after you opened it (now version %1). Open it "
                                     "again and make your change there.")
                               .arg(version));
        return e;
    }
    QJsonObject merged = before;
    QStringList changed;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (before.value(it.key()) != it.value())
            changed << it.key();
        merged.insert(it.key(), it.value());
    }
    auto parsed = knowledge::fromJson(merged);
    if (!parsed)
        return invalid(parsed.error().path, parsed.error().message);
    KnowledgeArticle a = *parsed;
    a.id = id;
    a.version = version;
    if (changed.isEmpty())
        return a; // nothing to record
    a.version = version + 1;
    const qint64 now = ms(m_options.now());
    if (!m_db.exec(QStringLiteral("UPDATE knowledge SET version = ?, title = ?, data = ?, edited_locally = 1,"
                                  " updated_at = ?, updated_by = ? WHERE num = ?"),
                   {a.version, a.title, compact(knowledge::toJson(a)), now, by.id, num}) ||
        !writeIndex(m_db, num, a) || !insertVersion(m_db, a, now, by.id, changed) ||
        !m_audit.write(by.id, QStringLiteral("knowledge.update"), a.id, changed.join(u',')) ||
        m_recorder.append(QStringLiteral("knowledge"), a.id, a.version, QStringLiteral("knowledge.updated"), {}, {}) <
            0 ||
        !m_recorder.commit(tx))
        return internalError();
    return a;
}

ApiResult<QList<KnowledgeVersion>> KnowledgeStore::history(const QString& id)
{
    auto exists = m_db.exec(QStringLiteral("SELECT 1 FROM knowledge WHERE id = ?"), {id});
    if (!exists)
        return internalError();
    if (!exists->next())
        return notFound();
    exists->finish();
    auto q = m_db.exec(QStringLiteral("SELECT version, at, by_user, changed FROM knowledge_versions"
                                      " WHERE article_id = ? ORDER BY version DESC, id DESC"),
                       {id});
    if (!q)
        return internalError();
    QList<KnowledgeVersion> list;
    while (q->next()) {
        QStringList changed;
        for (const QJsonValue& v : QJsonDocument::fromJson(q->value(3).toString().toUtf8()).array())
            changed << v.toString();
        list.append({q->value(0).toLongLong(), fromMs(q->value(1).toLongLong()), q->value(2).toString(), changed});
    }
    return list;
}

ApiResult<KnowledgeStats> KnowledgeStore::stats(const QDateTime& since)
{
    KnowledgeStats s;
    auto used = m_db.exec(QStringLiteral("SELECT u.article_id, k.title, SUM(CASE WHEN u.kind = 'recorded' THEN 1 ELSE 0"
                                         " END) AS recorded, SUM(CASE WHEN u.kind = 'opened' THEN 1 ELSE 0 END)"
                                         " FROM knowledge_usage u JOIN knowledge k ON k.id = u.article_id"
                                         " WHERE u.at >= ? GROUP BY u.article_id, k.title"
                                         " ORDER BY recorded DESC, 4 DESC, u.article_id LIMIT 50"),
                          {ms(since)});
    if (!used)
        return internalError();
    while (used->next())
        s.used.append(
            {used->value(0).toString(), used->value(1).toString(), used->value(2).toInt(), used->value(3).toInt()});
    used->finish();
    auto misses = m_db.exec(QStringLiteral("SELECT query, COUNT(*) FROM knowledge_misses WHERE at >= ?"
                                           " GROUP BY query ORDER BY 2 DESC, query LIMIT 50"),
                            {ms(since)});
    if (!misses)
        return internalError();
    while (misses->next())
        s.unanswered.append({misses->value(0).toString(), misses->value(1).toInt()});
    return s;
}

std::optional<ApiError> KnowledgeStore::recordUse(Database& db, const QStringList& articleIds, qint64 at)
{
    for (const QString& id : articleIds) {
        auto q = db.exec(QStringLiteral("SELECT 1 FROM knowledge WHERE id = ?"), {id});
        if (!q)
            return internalError();
        if (!q->next())
            return invalid(QStringLiteral("knowledgeArticleIds"), Store::tr("There is no article %1.").arg(id));
        q->finish();
        if (!db.exec(QStringLiteral("INSERT INTO knowledge_usage (article_id, kind, at) VALUES (?, 'recorded', ?)"),
                     {id, at}))
            return internalError();
    }
    return std::nullopt;
}

} // namespace kc::server
