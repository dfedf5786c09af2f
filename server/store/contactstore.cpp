// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/contactstore.h"

#include "core/jsoncodec.h"
#include "core/validation.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/queuestore.h"
#include "server/store/storecommon.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace kc::server {

using namespace detail;

// ---- contacts ------------------------------------------------------------------------------------

namespace {

// The Swedish names of a new contact's fields, for messages ("Kanal saknas.").
QString fieldLabel(const QString& path)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("kc::server::Store", "Channel")},
        {QStringLiteral("queue"), QT_TRANSLATE_NOOP("kc::server::Store", "Queue")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("kc::server::Store", "Priority")},
        {QStringLiteral("caller"), QT_TRANSLATE_NOOP("kc::server::Store", "Caller")},
        {QStringLiteral("caller.name"), QT_TRANSLATE_NOOP("kc::server::Store", "Caller's name")},
        {QStringLiteral("caller.personnummer"), QT_TRANSLATE_NOOP("kc::server::Store", "Caller's personnummer")},
        {QStringLiteral("caller.phone"), QT_TRANSLATE_NOOP("kc::server::Store", "Caller's phone number")},
        {QStringLiteral("caller.email"), QT_TRANSLATE_NOOP("kc::server::Store", "Caller's e-mail address")},
        {QStringLiteral("caller.address"), QT_TRANSLATE_NOOP("kc::server::Store", "Caller's address")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("kc::server::Store", "Subject")},
        {QStringLiteral("language"), QT_TRANSLATE_NOOP("kc::server::Store", "Language")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("kc::server::Store", "State")},
    };
    const char* label = labels.value(path);
    return label ? Store::tr(label) : path;
}

// A value that decodes for a field the codec refused, so decoding can go on to the next field.
// Optional fields are dropped instead (nullopt).
std::optional<QJsonValue> placeholder(const QString& path)
{
    static const QHash<QString, QJsonValue> values{
        {QStringLiteral("channel"), QStringLiteral("phone")},
        {QStringLiteral("queue"), QString()},
        {QStringLiteral("priority"), 3},
        {QStringLiteral("caller"), QJsonObject{{QStringLiteral("name"), QString()}}},
        {QStringLiteral("caller.name"), QString()},
        {QStringLiteral("subject"), QString()},
    };
    const auto it = values.find(path);
    return it == values.end() ? std::nullopt : std::optional<QJsonValue>(*it);
}

// Sets (or removes) the value at a dotted path of at most two levels; false when it cannot.
bool replaceAt(QJsonObject& body, const QString& path, const std::optional<QJsonValue>& value)
{
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        if (!body.contains(parts[0]) && !value)
            return false;
        value ? void(body.insert(parts[0], *value)) : body.remove(parts[0]);
        return true;
    }
    if (parts.size() != 2 || !body.value(parts[0]).isObject())
        return false;
    QJsonObject inner = body.value(parts[0]).toObject();
    if (!inner.contains(parts[1]) && !value)
        return false;
    value ? void(inner.insert(parts[1], *value)) : inner.remove(parts[1]);
    body.insert(parts[0], inner);
    return true;
}

} // namespace

Contact ContactStore::fromRequest(const QJsonObject& original, QList<Error>* problems)
{
    QJsonObject body = original;
    // Each pass finds the first field the codec refuses, notes it and puts a harmless value in its
    // place; a body has a handful of fields, so a few passes reach the end.
    for (int pass = 0; pass < 32; ++pass) {
        auto decoded = json::fromJson<Contact>(body);
        if (decoded)
            return *decoded;
        Error e = decoded.error();
        const QString label = fieldLabel(e.path);
        if (e.code == QLatin1String("missing_field"))
            e.message = Store::tr("%1 is missing.").arg(label);
        else if (!e.path.isEmpty())
            e.message.replace(e.path, label);
        problems->append(e);
        if (e.path.isEmpty() || !replaceAt(body, e.path, placeholder(e.path)))
            break;
    }
    return Contact{};
}

ApiResult<Contact> ContactStore::create(const User& by, Contact c, const QList<Error>& problems)
{
    c.caller = normalizedPerson(c.caller);
    QList<Error> errors = problems;
    QSet<QString> reported;
    for (const Error& e : problems)
        reported.insert(e.path);
    if (reported.contains(QString()))
        return validationFailed(errors); // not even an object: nothing else to say
    // The content rules, for the fields that decoded; a field already refused is not repeated.
    for (const Error& e : validateContactForCreate(c))
        if (!reported.contains(e.path) && !reported.contains(e.path.section(u'.', 0, 0)))
            errors.append(e);
    if (!c.queue.trimmed().isEmpty() && !reported.contains(QStringLiteral("queue"))) {
        const std::optional<QStringList> unknown = m_queues.unknown({c.queue});
        if (!unknown)
            return internalError();
        if (!unknown->isEmpty())
            errors.append(
                {QStringLiteral("queue"), m_queues.unknownQueueMessage(c.queue), QStringLiteral("unknown_queue")});
    }
    if (!errors.isEmpty())
        return validationFailed(errors);
    c.id = auth::newId("c");
    c.state = ContactState::Waiting;
    c.receivedAt = m_options.now();
    c.version = 1;
    c.assignedTo.reset();
    c.assignedAt.reset();
    c.completedAt.reset();
    c.disposition.reset();
    c.reportId.reset();
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("INSERT INTO contacts (id, channel, queue, state, priority, caller,"
                                      " caller_personnummer, caller_phone, subject, language, received_at, version,"
                                      " created_by) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                       {c.id, wireName(c.channel), c.queue, c.priority, compact(json::toJson(c.caller)),
                        nullable(c.caller.personnummer), nullable(c.caller.phone), c.subject, c.language,
                        ms(c.receivedAt), by.id});
    if (!q)
        return internalError();
    return publish(tx, c, QStringLiteral("contact.created"), QString(), by.id, QStringLiteral("contact.create"));
}

ApiResult<QList<Contact>> ContactStore::list(const User& viewer, const QString& state, const QString& queue, int limit,
                                             int offset)
{
    if (viewer.role == Role::Intake || (viewer.role == Role::Trainer && !m_options.demo))
        return forbidden();
    QString sql = QStringLiteral("SELECT %1 FROM contacts WHERE 1 = 1").arg(QLatin1String(contactColumns));
    QVariantList args;
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        args << state;
    }
    if (!queue.isEmpty()) {
        sql += QStringLiteral(" AND queue = ?");
        args << queue;
    }
    // Visibility in SQL, so paging counts only what the viewer may see.
    if (viewer.role == Role::Agent || viewer.role == Role::Supervisor) {
        QStringList marks;
        for (const QString& qn : viewer.queues) {
            marks << QStringLiteral("?");
            args << qn;
        }
        QString cond =
            marks.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("queue IN (%1)").arg(marks.join(u','));
        if (viewer.role == Role::Agent) {
            cond = QStringLiteral("(%1 OR assigned_to = ?)").arg(cond);
            args << viewer.id;
        }
        sql += QStringLiteral(" AND ") + cond;
    }
    sql += QStringLiteral(" ORDER BY priority, received_at, id LIMIT ? OFFSET ?");
    args << limit << offset;
    auto q = m_db.exec(sql, args);
    if (!q)
        return internalError();
    QList<Contact> list;
    while (q->next())
        list.append(contactFromRow(*q));
    q->finish();
    if (!m_audit.writeRead(viewer, QStringLiteral("contacts.list"), QStringLiteral("contacts"),
                           QStringLiteral("%1 contacts").arg(list.size())))
        return internalError();
    return list;
}

ApiResult<Contact> ContactStore::get(const User& viewer, const QString& id)
{
    const auto c = loadContact(m_db, id);
    if (!c || !mayViewContact(viewer, *c, m_options.demo))
        return notFound();
    if (!m_audit.writeRead(viewer, QStringLiteral("contact.read"), id))
        return internalError();
    return *c;
}

ApiResult<Contact> ContactStore::accept(const User& agent, const QString& id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    const qint64 now = ms(m_options.now());
    // One statement decides the race: only a waiting contact can be taken, by exactly one agent.
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'assigned', assigned_to = ?, assigned_at = ?,"
                                      " version = version + 1 WHERE id = ? AND state = 'waiting' RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {agent.id, now, id});
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        const auto existing = loadContact(m_db, id);
        if (!existing || !mayViewContact(agent, *existing, m_options.demo))
            return notFound();
        return error(409, "already_assigned",
                     existing->state == ContactState::Assigned && existing->assignedTo != agent.id
                         ? Store::tr("A colleague has already taken this contact.")
                         : Store::tr("The contact is no longer waiting."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    if (!agent.queues.contains(c.queue))
        return notFound(); // rolled back: not one of the agent's queues
    const AgentState busy{agent.id, agent.displayName, agent.team, AgentStatus::Busy, std::nullopt, fromMs(now)};
    return publish(tx, c, QStringLiteral("contact.updated"), agent.id, agent.id, QStringLiteral("contact.accept"), {},
                   busy);
}

ApiResult<Contact> ContactStore::complete(const User& agent, const QString& id, Disposition disposition,
                                          const std::optional<QString>& reportId,
                                          const QStringList& knowledgeArticleIds,
                                          const std::optional<CallbackBooking>& callback)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (reportId) {
        // The link must be true: a report filed for this contact, or by this agent without a
        // contact. Anything else would tie a caller to someone else's case.
        auto r = m_db.exec(QStringLiteral("SELECT contact_id, created_by FROM reports WHERE id = ?"), {*reportId});
        if (!r)
            return internalError();
        const bool found = r->next();
        const QString contactOfReport = found ? r->value(0).toString() : QString();
        const QString creator = found ? r->value(1).toString() : QString();
        r->finish();
        if (!found || !(contactOfReport == id || (contactOfReport.isEmpty() && creator == agent.id))) {
            ApiError e =
                error(422, "validation_failed",
                      Store::tr("The report was not filed for this contact; choose the contact's own report."));
            e.fields.insert(QStringLiteral("reportId"), e.message);
            return e;
        }
    }
    const qint64 now = ms(m_options.now());
    // An existing link is kept or confirmed, never replaced: the WHERE refuses a different one.
    QVariantList args{
        now,
        wireName(disposition),
        nullable(reportId),
        knowledgeArticleIds.isEmpty()
            ? QVariant(QMetaType(QMetaType::QString))
            : QVariant(QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(knowledgeArticleIds)).toJson(QJsonDocument::Compact))),
        id,
        agent.id};
    if (reportId)
        args << *reportId;
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'completed', completed_at = ?, disposition = ?,"
                                      " report_id = COALESCE(?, report_id), knowledge_articles = ?,"
                                      " version = version + 1"
                                      " WHERE id = ? AND state = 'assigned' AND assigned_to = ?%1 RETURNING %2")
                           .arg(reportId ? QStringLiteral(" AND (report_id IS NULL OR report_id = ?)") : QString(),
                                QLatin1String(contactColumns)),
                       args);
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        const auto existing = loadContact(m_db, id);
        if (!existing || !mayViewContact(agent, *existing, m_options.demo))
            return notFound();
        if (existing->assignedTo != agent.id)
            return error(403, "forbidden", Store::tr("Only the agent who took the contact can complete it."));
        if (existing->state == ContactState::Assigned && reportId && existing->reportId != reportId) {
            ApiError e = error(422, "validation_failed",
                               Store::tr("The contact is already linked to another report; the link is not replaced."));
            e.fields.insert(QStringLiteral("reportId"), e.message);
            return e;
        }
        return error(409, "conflict", Store::tr("The contact is already completed."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    if (auto refused = IntakeStore::dispositionRefused(c, disposition))
        return *refused; // rolled back
    if (auto refused = KnowledgeStore::recordUse(m_db, knowledgeArticleIds, now))
        return *refused; // rolled back
    std::optional<Contact> booked;
    if (callback) {
        booked = IntakeStore::insertCallback(m_db, c, *callback, agent.id);
        if (!booked)
            return internalError();
    }
    const AgentState wrap{agent.id, agent.displayName, agent.team, AgentStatus::WrapUp, std::nullopt, fromMs(now)};
    return publish(tx, c, QStringLiteral("contact.updated"), agent.id, agent.id, QStringLiteral("contact.complete"),
                   wireName(disposition), wrap, booked);
}

ApiResult<Contact> ContactStore::abandon(const User& by, const QString& id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'abandoned', completed_at = ?, version = version + 1"
                                      " WHERE id = ? AND state = 'waiting' RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {ms(m_options.now()), id});
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        if (!loadContact(m_db, id))
            return notFound();
        return error(409, "already_assigned", Store::tr("The contact is no longer waiting; it cannot be abandoned."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    return publish(tx, c, QStringLiteral("contact.updated"), QString(), by.id, QStringLiteral("contact.abandon"));
}

ApiResult<Contact> ContactStore::publish(Transaction& tx, const Contact& c, const QString& event, const QString& owner,
                                         const QString& byId, const QString& action, const QString& detail,
                                         const std::optional<AgentState>& agentState,
                                         const std::optional<Contact>& callback)
{
    // Row locks first, the change counter last (ChangeRecorder): the agent's state is saved before
    // any change is appended.
    if (agentState && !saveAgentState(m_db, *agentState))
        return internalError();
    if (m_recorder.append(QStringLiteral("contact"), c.id, c.version, event, c.queue, owner) < 0)
        return internalError();
    if (agentState && m_recorder.append(QStringLiteral("agent"), agentState->agentId, 0, QStringLiteral("agent.state"),
                                        agentState->team, agentState->agentId) < 0)
        return internalError();
    if (!m_audit.write(byId, action, c.id, detail))
        return internalError();
    // A booked callback (issue 15): its row was written before the change counter was touched.
    if (callback && (m_recorder.append(QStringLiteral("contact"), callback->id, callback->version,
                                       QStringLiteral("contact.created"), callback->queue, QString()) < 0 ||
                     !m_audit.write(byId, QStringLiteral("contact.callback_book"), callback->id, c.id)))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return c;
}

} // namespace kc::server
