// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/storecommon.h"

#include "core/jsoncodec.h"
#include "server/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcStore, "kc.server.store")

namespace kc::server {

ApiError internalError()
{
    return detail::error(500, "internal",
                         Store::tr("The server could not complete the request. Nothing was saved; try again."));
}

namespace detail {

QString placeholders(qsizetype n)
{
    QString marks;
    marks.reserve(2 * n);
    for (qsizetype i = 0; i < n; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

qint64 ms(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 v)
{
    return QDateTime::fromMSecsSinceEpoch(v, QTimeZone::UTC);
}

const char* const agentStateColumns = "u.id, u.display_name, u.team, s.state, s.reason, s.since";

AgentState agentStateFromRow(const QSqlQuery& q, const QDateTime& never)
{
    AgentState a{q.value(0).toString(), q.value(1).toString(),
                 q.value(2).toString(), fromWireName<AgentStatus>(q.value(3).toString()).value_or(AgentStatus::Offline),
                 std::nullopt,          q.value(5).isNull() ? never : fromMs(q.value(5).toLongLong())};
    if (!q.value(4).isNull())
        a.reason = q.value(4).toString();
    return a;
}

QVariant nullable(const std::optional<QString>& s)
{
    return s ? QVariant(*s) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableStr(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

ApiError error(int status, const char* code, const QString& message)
{
    return ApiError{status, QString::fromLatin1(code), message, {}, 0};
}

ApiError notFound()
{
    return error(404, "not_found", Store::tr("There is no such item, or you may not see it."));
}

ApiError forbidden()
{
    return error(403, "forbidden", Store::tr("Your role may not do this."));
}

ApiError validationFailed(const QList<Error>& errors)
{
    ApiError e = error(422, "validation_failed", Store::tr("Some fields need correcting."));
    for (const Error& f : errors)
        if (!e.fields.contains(f.path))
            e.fields.insert(f.path.isEmpty() ? QStringLiteral("body") : f.path, f.message);
    if (errors.size() == 1)
        e.message = errors.first().message;
    return e;
}

const char* const contactColumns = "id, channel, queue, state, priority, caller, subject, language, received_at,"
                                   " assigned_to, assigned_at, completed_at, disposition, report_id, version,"
                                   " knowledge_articles, callback_of, callback_at, callback_note, web_report, tip";

Contact contactFromRow(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toString();
    c.channel = fromWireName<Channel>(q.value(1).toString()).value_or(Channel::Phone);
    c.queue = q.value(2).toString();
    c.state = fromWireName<ContactState>(q.value(3).toString()).value_or(ContactState::Waiting);
    c.priority = q.value(4).toInt();
    if (auto p = json::fromJson<Person>(parseObject(q.value(5).toString())))
        c.caller = *p;
    c.subject = q.value(6).toString();
    c.language = q.value(7).toString();
    c.receivedAt = fromMs(q.value(8).toLongLong());
    if (!q.value(9).isNull())
        c.assignedTo = q.value(9).toString();
    if (!q.value(10).isNull())
        c.assignedAt = fromMs(q.value(10).toLongLong());
    if (!q.value(11).isNull())
        c.completedAt = fromMs(q.value(11).toLongLong());
    if (!q.value(12).isNull())
        c.disposition = fromWireName<Disposition>(q.value(12).toString());
    if (!q.value(13).isNull())
        c.reportId = q.value(13).toString();
    c.version = q.value(14).toLongLong();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(15).toString().toUtf8()).array())
        c.knowledgeArticleIds.append(v.toString());
    if (!q.value(16).isNull())
        c.callbackOf = q.value(16).toString();
    if (!q.value(17).isNull())
        c.callbackAt = fromMs(q.value(17).toLongLong());
    if (!q.value(18).isNull())
        c.callbackNote = q.value(18).toString();
    if (!q.value(19).isNull())
        c.webReport = parseObject(q.value(19).toString());
    if (!q.value(20).isNull())
        c.tip = parseObject(q.value(20).toString());
    return c;
}

User userFromRow(const QSqlQuery& q, int first)
{
    User u;
    u.id = q.value(first).toString();
    u.username = q.value(first + 1).toString();
    u.displayName = q.value(first + 2).toString();
    u.role = fromWireName<Role>(q.value(first + 3).toString()).value_or(Role::Agent);
    u.team = q.value(first + 4).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(first + 5).toString().toUtf8()).array())
        u.queues.append(v.toString());
    if (!q.value(first + 6).isNull() && !q.value(first + 6).toString().isEmpty())
        u.policeArea = q.value(first + 6).toString();
    return u;
}

std::optional<Contact> loadContact(Database& db, const QString& id)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(QLatin1String(contactColumns)), {id});
    if (!q || !q->next())
        return std::nullopt;
    return contactFromRow(*q);
}

bool mayViewContact(const User& viewer, const Contact& c, bool demo)
{
    switch (viewer.role) {
    case Role::Agent:
        return viewer.queues.contains(c.queue) || c.assignedTo == viewer.id;
    case Role::Supervisor:
        return viewer.queues.contains(c.queue); // no queues, no contacts: never "all"
    case Role::Trainer:
        return demo; // synthetic callers only
    case Role::Intake:
    case Role::Area: // a police area sees handoffs, never contacts
        return false;
    }
    return false;
}

std::optional<User> userById(Database& db, const QString& id)
{
    auto q = db.exec(
        QStringLiteral("SELECT id, username, display_name, role, team, queues, police_area FROM users WHERE id = ?"),
        {id});
    if (!q || !q->next())
        return std::nullopt;
    return userFromRow(*q);
}

bool saveAgentState(Database& db, const AgentState& s)
{
    // Before the change is appended: row locks first, the change counter last (see ChangeRecorder).
    return db
        .exec(QStringLiteral("INSERT INTO agent_states (agent_id, state, reason, since) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (agent_id) DO UPDATE SET state = excluded.state,"
                             " reason = excluded.reason, since = excluded.since"),
              {s.agentId, wireName(s.state), nullable(s.reason), ms(s.since)})
        .ok();
}

} // namespace detail

} // namespace kc::server
