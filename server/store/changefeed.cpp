// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/changefeed.h"

#include "core/jsoncodec.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/handoffstore.h"
#include "server/store/storecommon.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kc::server {

using namespace detail;

namespace {

bool isAgent(const User& u)
{
    return u.role == Role::Agent;
}

} // namespace

// ---- feeds ---------------------------------------------------------------------------------------

bool ChangeFeed::visible(const User& viewer, const Change& c) const
{
    // The same rules as visibilitySql(), for the EventHub's live fan-out.
    const bool trainerSeesAll = viewer.role == Role::Trainer && m_options.demo;
    if (c.kind == QLatin1String("contact")) {
        switch (viewer.role) {
        case Role::Agent:
            return viewer.queues.contains(c.scope) || c.owner == viewer.id;
        case Role::Supervisor:
            return viewer.queues.contains(c.scope);
        case Role::Trainer:
            return trainerSeesAll;
        case Role::Intake:
        case Role::Area:
            return false;
        }
    }
    // A handoff row (a report's change as its police area sees it, HandoffStore) is that area's
    // only; an area user sees nothing else.
    const bool handoffRow = c.kind == QLatin1String("report") && c.scope.startsWith(QLatin1String("area:"));
    if (handoffRow || viewer.role == Role::Area)
        return handoffRow && viewer.role == Role::Area &&
               c.scope == HandoffStore::scopeOf(viewer.policeArea.value_or(QString()));
    if (c.kind == QLatin1String("report"))
        return (isAgent(viewer) && c.owner == viewer.id) ||
               (viewer.role == Role::Supervisor && !viewer.team.isEmpty() && c.scope == viewer.team) || trainerSeesAll;
    if (c.kind == QLatin1String("knowledge"))
        return viewer.role != Role::Intake &&
               viewer.role != Role::Area; // the knowledge base is everyone's who talks to callers
    if (c.kind == QLatin1String("agent"))
        return c.owner == viewer.id || viewer.role == Role::Trainer ||
               (viewer.role == Role::Supervisor && c.scope == viewer.team);
    if (c.kind == QLatin1String("alert")) // scope: the queue
        return (viewer.role == Role::Supervisor && viewer.queues.contains(c.scope)) || trainerSeesAll;
    return false;
}

QString ChangeFeed::visibilitySql(const User& viewer, QVariantList& args) const
{
    auto inList = [&args](const QStringList& values) {
        if (values.isEmpty())
            return QStringLiteral("1 = 0");
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            args << v;
        }
        return QStringLiteral("scope IN (%1)").arg(marks.join(u','));
    };
    switch (viewer.role) {
    case Role::Agent: {
        QString sql = QStringLiteral("(kind = 'contact' AND (%1 OR owner = ?))").arg(inList(viewer.queues));
        args << viewer.id << viewer.id;
        return sql + QStringLiteral(" OR (kind IN ('report', 'agent') AND owner = ?) OR kind = 'knowledge'");
    }
    case Role::Supervisor: {
        QString sql = QStringLiteral("(kind IN ('contact', 'alert') AND %1)").arg(inList(viewer.queues));
        args << viewer.team << viewer.id;
        return sql + QStringLiteral(" OR (kind IN ('report', 'agent') AND scope = ?) OR (kind = 'agent' AND owner = ?)"
                                    " OR kind = 'knowledge'");
    }
    case Role::Trainer:
        // Agents' states for the training room; callers and reports only when they are synthetic.
        return m_options.demo ? QStringLiteral("NOT (kind = 'report' AND scope LIKE 'area:%')")
                              : QStringLiteral("kind IN ('agent', 'knowledge')");
    case Role::Area:
        // Only the handoff rows of its own area (kind report, scope "area:NAME"; HandoffStore).
        args << HandoffStore::scopeOf(viewer.policeArea.value_or(QString()));
        return QStringLiteral("kind = 'report' AND scope = ?");
    case Role::Intake:
        break;
    }
    return QStringLiteral("1 = 0");
}

QJsonObject ChangeFeed::toJson(const Change& c)
{
    return QJsonObject{{QStringLiteral("seq"), c.seq},     {QStringLiteral("kind"), c.kind},
                       {QStringLiteral("id"), c.id},       {QStringLiteral("op"), c.op},
                       {QStringLiteral("event"), c.event}, {QStringLiteral("data"), c.data}};
}

QByteArray ChangeFeed::pageText(const ChangePage& page)
{
    // Keys in QJsonObject's order: changes, cursor; each change data, event, id, kind, op, seq.
    qsizetype size = 32;
    for (const Change& c : page.changes)
        size += c.dataText.size() + c.id.size() + 96;
    QByteArray out;
    out.reserve(size);
    out += "{\"changes\":[";
    for (qsizetype i = 0; i < page.changes.size(); ++i) {
        const Change& c = page.changes[i];
        if (i > 0)
            out += ',';
        out += "{\"data\":";
        out += c.dataText.isEmpty() ? QByteArray("{}") : c.dataText;
        out += ",\"event\":";
        json::appendJsonString(out, c.event);
        out += ",\"id\":";
        json::appendJsonString(out, c.id);
        out += ",\"kind\":";
        json::appendJsonString(out, c.kind);
        out += ",\"op\":";
        json::appendJsonString(out, c.op);
        out += ",\"seq\":";
        out += QByteArray::number(c.seq);
        out += '}';
    }
    out += "],\"cursor\":";
    out += QByteArray::number(page.cursor);
    out += '}';
    return out;
}

bool ChangeFeed::fillData(QList<Change>& changes, Text text)
{
    // One query per kind for the whole page: the feed holds ids, the data is what is current now.
    QHash<QString, QJsonObject> contacts, reports, agents, articles, alerts;
    // Text::Bytes: contacts and agents (nearly all of a catch-up) go straight to text.
    const bool asText = text == Text::Bytes;
    QHash<QString, QByteArray> contactTexts, agentTexts;
    QSet<QString> contactIds, reportIds, agentIds, articleIds, alertIds;
    for (const Change& c : std::as_const(changes)) {
        if (c.kind == QLatin1String("contact"))
            contactIds.insert(c.id);
        else if (c.kind == QLatin1String("report"))
            reportIds.insert(c.id);
        else if (c.kind == QLatin1String("agent"))
            agentIds.insert(c.id);
        else if (c.kind == QLatin1String("knowledge"))
            articleIds.insert(c.id);
        else if (c.kind == QLatin1String("alert"))
            alertIds.insert(c.id);
    }
    auto run = [this](const QString& sqlWithMarks, const QSet<QString>& ids,
                      const std::function<void(const QSqlQuery&)>& row) {
        if (ids.isEmpty())
            return true;
        QStringList marks;
        QVariantList args;
        for (const QString& id : ids) {
            marks << QStringLiteral("?");
            args << id;
        }
        auto q = m_db.exec(sqlWithMarks.arg(marks.join(u',')), args);
        if (!q)
            return false;
        while (q->next())
            row(*q);
        return true;
    };
    const bool ok =
        run(QStringLiteral("SELECT %1 FROM contacts WHERE id IN (%2)")
                .arg(QLatin1String(contactColumns), QStringLiteral("%1")),
            contactIds,
            [&](const QSqlQuery& q) {
                const Contact c = contactFromRow(q);
                if (asText)
                    json::appendJson(contactTexts[c.id], c);
                else
                    contacts.insert(c.id, json::toJson(c));
            }) &&
        run(QStringLiteral("SELECT id, body, version, updated_at, %1 FROM reports WHERE id IN (%2)")
                .arg(QLatin1String(HandoffStore::columns), QStringLiteral("%1")),
            reportIds,
            [&](const QSqlQuery& q) {
                QJsonObject body = parseObject(q.value(1).toString());
                HandoffStore::applyColumns(body, q, 4);
                body.insert(QStringLiteral("version"), q.value(2).toLongLong());
                body.insert(QStringLiteral("updatedAt"), json::formatTimestamp(fromMs(q.value(3).toLongLong())));
                body.insert(QStringLiteral("supplements"), QJsonArray());
                reports.insert(q.value(0).toString(), body);
            }) &&
        run(QStringLiteral("SELECT report_id, at, by_user, text FROM supplements WHERE report_id IN (%1) ORDER BY id"),
            reportIds,
            [&](const QSqlQuery& q) {
                auto it = reports.find(q.value(0).toString());
                if (it == reports.end())
                    return;
                QJsonArray list = it->value(u"supplements").toArray();
                list.append(json::toJson(
                    Supplement{fromMs(q.value(1).toLongLong()), q.value(2).toString(), q.value(3).toString()}));
                it->insert(QStringLiteral("supplements"), list);
            }) &&
        run(QStringLiteral("SELECT %1 FROM users u JOIN agent_states s ON s.agent_id = u.id WHERE u.id IN (%2)")
                .arg(QLatin1String(agentStateColumns), QStringLiteral("%1")),
            agentIds,
            [&](const QSqlQuery& q) {
                // (joined, so every row has a state: the fallback time is never used)
                const AgentState a = agentStateFromRow(q, QDateTime());
                if (asText)
                    json::appendJson(agentTexts[a.agentId], a);
                else
                    agents.insert(a.agentId, json::toJson(a));
            }) &&
        run(QStringLiteral("SELECT id, data, version FROM knowledge WHERE id IN (%1)"), articleIds,
            [&](const QSqlQuery& q) {
                QJsonObject article = parseObject(q.value(1).toString());
                article.insert(QStringLiteral("version"), q.value(2).toLongLong());
                articles.insert(q.value(0).toString(), article);
            }) &&
        run(QStringLiteral("SELECT id, queue, kind, value, threshold, raised_at, cleared_at, contact_id FROM alerts"
                           " WHERE id IN (%1)"),
            alertIds, [&](const QSqlQuery& q) {
                QJsonObject a{{QStringLiteral("id"), q.value(0).toString()},
                              {QStringLiteral("queue"), q.value(1).toString()},
                              {QStringLiteral("kind"), q.value(2).toString()},
                              {QStringLiteral("value"), q.value(3).toDouble()},
                              {QStringLiteral("threshold"), q.value(4).toDouble()},
                              {QStringLiteral("raisedAt"), json::formatTimestamp(fromMs(q.value(5).toLongLong()))}};
                if (!q.value(6).isNull())
                    a.insert(QStringLiteral("clearedAt"), json::formatTimestamp(fromMs(q.value(6).toLongLong())));
                if (!q.value(7).isNull())
                    a.insert(QStringLiteral("contactId"), q.value(7).toString());
                alerts.insert(a.value(u"id").toString(), a);
            });
    if (!ok)
        return false;
    for (Change& c : changes) {
        if (asText && (c.kind == QLatin1String("contact") || c.kind == QLatin1String("agent"))) {
            c.dataText = (c.kind == QLatin1String("contact") ? contactTexts : agentTexts).value(c.id);
            continue;
        }
        const auto& source = c.kind == QLatin1String("contact")     ? contacts
                             : c.kind == QLatin1String("report")    ? reports
                             : c.kind == QLatin1String("knowledge") ? articles
                             : c.kind == QLatin1String("alert")     ? alerts
                                                                    : agents;
        c.data = source.value(c.id);
        // A police area's row carries the handoff item only, never the report (no personal data).
        if (c.kind == QLatin1String("report") && c.scope.startsWith(QLatin1String("area:")))
            c.data = HandoffStore::item(c.id, c.data);
        if (asText)
            c.dataText = QJsonDocument(std::exchange(c.data, {})).toJson(QJsonDocument::Compact);
    }
    return true;
}

namespace {

const char* const changeColumns = "seq, kind, entity_id, op, event, scope, owner, version";

Change changeFromRow(const QSqlQuery& q)
{
    return Change{q.value(0).toLongLong(),
                  q.value(1).toString(),
                  q.value(2).toString(),
                  q.value(3).toString(),
                  q.value(4).toString(),
                  q.value(5).toString(),
                  q.value(6).toString(),
                  q.value(7).toLongLong(),
                  {},
                  {}};
}

} // namespace

QList<Change> ChangeFeed::after(qint64 since, int limit)
{
    QList<Change> list;
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM changes WHERE seq > ? ORDER BY seq LIMIT ?").arg(QLatin1String(changeColumns)),
        {since, limit});
    while (q && q->next())
        list.append(changeFromRow(*q));
    if (q)
        q->finish();
    if (!fillData(list))
        return {};
    return list;
}

qint64 ChangeFeed::lastSeq()
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 ChangeFeed::prunedThrough()
{
    return m_db.meta(QStringLiteral("changes_pruned_through")).toLongLong();
}

bool ChangeFeed::prune()
{
    const qint64 cutoff = ms(m_options.now().addDays(-m_options.retainChangesDays));
    Transaction tx(m_db);
    if (!tx.ok())
        return false;
    auto q = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM changes WHERE at < ?"), {cutoff});
    if (!q || !q->next())
        return false;
    const qint64 through = q->value(0).toLongLong();
    q->finish();
    if (through <= prunedThrough())
        return true;
    return m_db.exec(QStringLiteral("DELETE FROM changes WHERE seq <= ?"), {through}) &&
           m_db.setMeta(QStringLiteral("changes_pruned_through"), QString::number(through)) && tx.commit();
}

ApiResult<ChangePage> ChangeFeed::page(const User& viewer, std::optional<qint64> cursor, int limit, Text text)
{
    // Everything up to `top` is committed (seq order is commit order), so the cursor may jump to
    // it when the page is not full — an agent does not rescan colleagues' changes forever.
    const qint64 top = lastSeq();
    // No cursor: a client starting (over) gets every change still kept. A cursor must be one the
    // server can continue from.
    const qint64 since = cursor.value_or(prunedThrough());
    if (cursor && (since > top || since < prunedThrough())) {
        ApiError e =
            error(410, "resync_required",
                  since > top ? Store::tr("The server has fewer changes than this computer has seen (a restored "
                                          "database?). Load everything again from the start.")
                              : Store::tr("The changes since this computer was last connected are no longer "
                                          "kept. Load everything again from the start."));
        return e;
    }
    QVariantList args{since, top};
    const QString visibility = visibilitySql(viewer, args);
    args << limit;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM changes WHERE seq > ? AND seq <= ? AND (%2) ORDER BY seq LIMIT ?")
                           .arg(QLatin1String(changeColumns), visibility),
                       args);
    if (!q)
        return internalError();
    ChangePage page;
    while (q->next())
        page.changes.append(changeFromRow(*q));
    q->finish();
    if (!fillData(page.changes, text))
        return internalError();
    page.cursor = page.changes.size() == limit ? page.changes.last().seq : top;
    if (!m_audit.writeRead(viewer, QStringLiteral("changes.read"), QStringLiteral("changes"),
                           QStringLiteral("%1 changes after %2").arg(page.changes.size()).arg(since)))
        return internalError();
    return page;
}

} // namespace kc::server
