// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/supervision.h"

#include "core/jsoncodec.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/queuestatistics.h"
#include "server/store/queuestore.h"
#include "server/store/storecommon.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace kc::server {

using namespace detail;

namespace {

qint64 dayStartMs(const QDate& day)
{
    return ms(QDateTime(day, QTime(0, 0)).toUTC());
}

std::optional<int> optionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant nullableInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

QStringList Supervision::queuesOf(const User& viewer)
{
    if (viewer.role == Role::Trainer && m_options.demo) {
        QStringList all;
        if (auto list = m_queues.list())
            for (const Queue& q : std::as_const(*list))
                all << q.id;
        return all;
    }
    return viewer.role == Role::Supervisor ? viewer.queues : QStringList();
}

// ---- agents --------------------------------------------------------------------------------------

ApiResult<QJsonObject> Supervision::agents(const User& viewer)
{
    const bool all = viewer.role == Role::Trainer && m_options.demo;
    if (viewer.role != Role::Supervisor && !all)
        return forbidden();
    const QDateTime now = m_options.now();
    QString sql = QStringLiteral("SELECT %1, u.queues FROM users u").arg(QLatin1String(agentStateColumns)) +
                  QStringLiteral(" LEFT JOIN agent_states s ON s.agent_id = u.id WHERE u.role = 'agent' AND"
                                 " u.disabled = 0");
    QVariantList args;
    if (!all) {
        sql += QStringLiteral(" AND u.team = ?");
        args << viewer.team;
    }
    sql += QStringLiteral(" ORDER BY u.display_name, u.id");
    auto q = m_db.exec(sql, args);
    if (!q)
        return internalError();
    QList<QJsonObject> rows;
    QStringList ids;
    while (q->next()) {
        const AgentState a = agentStateFromRow(*q, now);
        QJsonObject item = json::toJson(a);
        item.insert(QStringLiteral("queues"), QJsonDocument::fromJson(q->value(6).toString().toUtf8()).array());
        item.insert(QStringLiteral("handledToday"), 0);
        rows.append(item);
        ids << a.agentId;
    }
    q->finish();
    if (!ids.isEmpty()) {
        QVariantList held(ids.cbegin(), ids.cend());
        auto c = m_db.exec(QStringLiteral("SELECT assigned_to, id FROM contacts WHERE state = 'assigned' AND"
                                          " assigned_to IN (%1) ORDER BY assigned_at")
                               .arg(placeholders(ids.size())),
                           held);
        if (!c)
            return internalError();
        QHash<QString, QString> current;
        while (c->next())
            current.insert(c->value(0).toString(), c->value(1).toString()); // the newest wins
        c->finish();
        QVariantList handledArgs{dayStartMs(now.toLocalTime().date())};
        handledArgs.append(held);
        auto h = m_db.exec(QStringLiteral("SELECT assigned_to, COUNT(*) FROM contacts WHERE state = 'completed' AND"
                                          " completed_at >= ? AND assigned_to IN (%1) GROUP BY assigned_to")
                               .arg(placeholders(ids.size())),
                           handledArgs);
        if (!h)
            return internalError();
        QHash<QString, int> handled;
        while (h->next())
            handled.insert(h->value(0).toString(), h->value(1).toInt());
        h->finish();
        for (QJsonObject& item : rows) {
            const QString id = item.value(u"agentId").toString();
            if (current.contains(id))
                item.insert(QStringLiteral("currentContactId"), current.value(id));
            item.insert(QStringLiteral("handledToday"), handled.value(id));
        }
    }
    QJsonArray items;
    for (const QJsonObject& item : std::as_const(rows))
        items.append(item);
    return QJsonObject{{QStringLiteral("items"), items}};
}

// ---- contacts ------------------------------------------------------------------------------------

ApiResult<Contact> Supervision::patchContact(const User& supervisor, const QString& id, const QJsonObject& body,
                                             qint64 version)
{
    const auto existing = loadContact(m_db, id);
    if (!existing || !supervisor.queues.contains(existing->queue))
        return notFound();
    QList<Error> problems;
    std::optional<int> priority;
    std::optional<QString> queue;
    if (body.contains(u"priority")) {
        const QJsonValue p = body.value(u"priority");
        if (!p.isDouble() || p.toDouble() != double(p.toInt()) || p.toInt() < 1 || p.toInt() > 5)
            problems.append({QStringLiteral("priority"),
                             Store::tr("The priority must be between 1 (most urgent) and 5."),
                             QStringLiteral("invalid")});
        else
            priority = p.toInt();
    }
    if (body.contains(u"queue")) {
        const QString target = body.value(u"queue").toString();
        if (!m_queues.find(target))
            problems.append(
                {QStringLiteral("queue"), m_queues.unknownQueueMessage(target), QStringLiteral("unknown_queue")});
        else if (!supervisor.queues.contains(target))
            problems.append({QStringLiteral("queue"),
                             Store::tr("The queue %1 is not one of your team's queues.").arg(target),
                             QStringLiteral("forbidden_queue")});
        else
            queue = target;
    }
    if (!body.contains(u"priority") && !body.contains(u"queue"))
        problems.append({QStringLiteral("body"), Store::tr("Give a new priority or queue."), QStringLiteral("empty")});
    if (!problems.isEmpty())
        return validationFailed(problems);
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q =
        m_db.exec(QStringLiteral("UPDATE contacts SET priority = COALESCE(?, priority), queue = COALESCE(?, queue),"
                                 " version = version + 1 WHERE id = ? AND state = 'waiting' AND version = ?"
                                 " RETURNING %1")
                      .arg(QLatin1String(contactColumns)),
                  {nullableInt(priority), nullable(queue), id, version});
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        const auto now = loadContact(m_db, id);
        if (now && now->state != ContactState::Waiting)
            return error(409, "conflict", Store::tr("The contact is no longer waiting; it cannot be changed."));
        return error(412, "version_conflict",
                     Store::tr("The contact was changed by someone else; look at it again and repeat the change."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    // A move is announced in both queues: the old queue's viewers must learn that it left.
    if (c.queue != existing->queue &&
        m_recorder.append(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"),
                          existing->queue, QString()) < 0)
        return internalError();
    if (m_recorder.append(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"), c.queue,
                          QString()) < 0)
        return internalError();
    QStringList detail;
    if (priority)
        detail << QStringLiteral("priority %1→%2").arg(existing->priority).arg(*priority);
    if (queue)
        detail << QStringLiteral("queue %1→%2").arg(existing->queue, *queue);
    if (!m_audit.write(supervisor.id, QStringLiteral("contact.patch"), c.id, detail.join(QStringLiteral(", "))))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return c;
}

ApiResult<Contact> Supervision::requeue(Transaction& tx, const QString& id, const QString& byId, const QString& action,
                                        const QString& formerOwner)
{
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'waiting', assigned_to = NULL, assigned_at = NULL,"
                                      " version = version + 1 WHERE id = ? AND state = 'assigned' AND assigned_to = ?"
                                      " RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {id, formerOwner});
    if (!q)
        return internalError();
    if (!q->next())
        return error(409, "conflict", Store::tr("The contact is no longer held by this agent."));
    const Contact c = contactFromRow(*q);
    q->finish();
    // Owner: the former agent, so their own feed learns the contact left them.
    if (m_recorder.append(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"), c.queue,
                          formerOwner) < 0)
        return internalError();
    if (!m_audit.write(byId, action, c.id))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return c;
}

ApiResult<Contact> Supervision::handover(const User& agent, const QString& id, const QString& note,
                                         const QJsonObject& draft)
{
    const auto existing = loadContact(m_db, id);
    if (!existing || !mayViewContact(agent, *existing, m_options.demo))
        return notFound();
    if (existing->state != ContactState::Assigned || existing->assignedTo != agent.id)
        return error(409, "conflict", Store::tr("Only the agent who holds the contact can hand it over."));
    if (note.size() > 4000) {
        ApiError e = error(422, "validation_failed", Store::tr("The note is too long (at most 4,000 characters)."));
        e.fields.insert(QStringLiteral("note"), e.message);
        return e;
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (!m_db.exec(QStringLiteral("UPDATE contacts SET handover_note = ?, handover_draft = ?, handover_by = ?,"
                                  " handover_at = ? WHERE id = ? AND state = 'assigned' AND assigned_to = ?"),
                   {note, compact(draft), agent.id, ms(m_options.now()), id, agent.id}))
        return internalError();
    return requeue(tx, id, agent.id, QStringLiteral("contact.handover"), agent.id);
}

ApiResult<QJsonObject> Supervision::handoverOf(const User& viewer, const QString& id)
{
    const auto c = loadContact(m_db, id);
    const bool mayRead = c && ((viewer.role == Role::Agent && c->assignedTo == viewer.id) ||
                               (viewer.role == Role::Supervisor && viewer.queues.contains(c->queue)));
    if (!mayRead)
        return notFound();
    auto q = m_db.exec(
        QStringLiteral("SELECT handover_note, handover_draft, handover_by, handover_at FROM contacts WHERE id = ?"),
        {id});
    if (!q || !q->next() || q->value(3).isNull())
        return notFound();
    QJsonObject out{{QStringLiteral("note"), q->value(0).toString()},
                    {QStringLiteral("draft"), parseObject(q->value(1).toString())},
                    {QStringLiteral("by"), q->value(2).toString()},
                    {QStringLiteral("at"), json::formatTimestamp(fromMs(q->value(3).toLongLong()))}};
    q->finish();
    if (const auto by = userById(m_db, out.value(u"by").toString()))
        out.insert(QStringLiteral("byName"), by->displayName);
    if (!m_audit.writeRead(viewer, QStringLiteral("contact.handover.read"), id))
        return internalError();
    return out;
}

ApiResult<Contact> Supervision::release(const User& supervisor, const QString& id)
{
    const auto existing = loadContact(m_db, id);
    if (!existing || !supervisor.queues.contains(existing->queue))
        return notFound();
    if (existing->state != ContactState::Assigned || !existing->assignedTo)
        return error(409, "conflict", Store::tr("The contact is not held by an agent."));
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    return requeue(tx, id, supervisor.id, QStringLiteral("contact.release"), *existing->assignedTo);
}

// ---- thresholds and alerts -----------------------------------------------------------------------

std::optional<QueueThresholds> Supervision::loadThresholds(const QString& queue)
{
    auto q = m_db.exec(QStringLiteral("SELECT longest_wait_seconds, service_level_percent, waiting FROM"
                                      " queue_thresholds WHERE queue = ?"),
                       {queue});
    if (!q)
        return std::nullopt;
    QueueThresholds t;
    if (q->next())
        t = {optionalInt(q->value(0)), optionalInt(q->value(1)), optionalInt(q->value(2))};
    return t;
}

ApiResult<QueueThresholds> Supervision::thresholds(const User& viewer, const QString& queue)
{
    if (!queuesOf(viewer).contains(queue))
        return notFound();
    const auto t = loadThresholds(queue);
    return t ? ApiResult<QueueThresholds>(*t) : internalError();
}

ApiResult<QueueThresholds> Supervision::setThresholds(const User& supervisor, const QString& queue,
                                                      const QJsonObject& body)
{
    if (!supervisor.queues.contains(queue))
        return notFound();
    QueueThresholds t;
    QList<Error> problems;
    auto read = [&](const char* name, int max, std::optional<int>& out) {
        const QJsonValue v = body.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0 || v.toInt() > max)
            problems.append({QString::fromLatin1(name), Store::tr("Give a whole number from 0 to %1.").arg(max),
                             QStringLiteral("invalid")});
        else
            out = v.toInt();
    };
    read("longestWaitSeconds", 24 * 3600, t.longestWaitSeconds);
    read("serviceLevelPercent", 100, t.serviceLevelPercent);
    read("waiting", 100000, t.waiting);
    if (!problems.isEmpty())
        return validationFailed(problems);
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (!m_db.exec(QStringLiteral("DELETE FROM queue_thresholds WHERE queue = ?"), {queue}) ||
        !m_db.exec(
            QStringLiteral("INSERT INTO queue_thresholds (queue, longest_wait_seconds, service_level_percent,"
                           " waiting) VALUES (?, ?, ?, ?)"),
            {queue, nullableInt(t.longestWaitSeconds), nullableInt(t.serviceLevelPercent), nullableInt(t.waiting)}))
        return internalError();
    if (!m_audit.write(supervisor.id, QStringLiteral("queue.thresholds"), queue,
                       QString::fromUtf8(QJsonDocument(toJson(t)).toJson(QJsonDocument::Compact))))
        return internalError();
    if (!tx.commit())
        return internalError();
    return t;
}

namespace {

Alert alertFromRow(const Statement& q)
{
    Alert a{q.value(0).toString(), q.value(1).toString(),           q.value(2).toString(), q.value(3).toDouble(),
            q.value(4).toDouble(), fromMs(q.value(5).toLongLong()), std::nullopt,          std::nullopt};
    if (!q.value(6).isNull())
        a.clearedAt = fromMs(q.value(6).toLongLong());
    if (!q.value(7).isNull())
        a.contactId = q.value(7).toString();
    return a;
}

const char* const alertColumns = "id, queue, kind, value, threshold, raised_at, cleared_at, contact_id";

} // namespace

ApiResult<QList<Alert>> Supervision::alerts(const User& viewer, bool activeOnly)
{
    const QStringList queues = queuesOf(viewer);
    if (viewer.role != Role::Supervisor && !(viewer.role == Role::Trainer && m_options.demo))
        return forbidden();
    QList<Alert> list;
    if (queues.isEmpty())
        return list;
    QVariantList args(queues.cbegin(), queues.cend());
    QString sql = QStringLiteral("SELECT %1 FROM alerts WHERE queue IN (%2)")
                      .arg(QLatin1String(alertColumns), placeholders(queues.size()));
    if (activeOnly) {
        sql += QStringLiteral(" AND cleared_at IS NULL");
    } else {
        sql += QStringLiteral(" AND raised_at >= ?"); // today's log
        args << dayStartMs(m_options.now().toLocalTime().date());
    }
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY raised_at, id"), args);
    if (!q)
        return internalError();
    while (q->next())
        list.append(alertFromRow(*q));
    return list;
}

int Supervision::evaluateAlerts(const QDateTime& now)
{
    auto t = m_db.exec(QStringLiteral("SELECT queue, longest_wait_seconds, service_level_percent, waiting FROM"
                                      " queue_thresholds ORDER BY queue"));
    if (!t)
        return 0;
    struct Row
    {
        QString queue;
        QueueThresholds t;
    };
    QList<Row> rows;
    while (t->next())
        rows.append(
            {t->value(0).toString(), {optionalInt(t->value(1)), optionalInt(t->value(2)), optionalInt(t->value(3))}});
    t->finish();
    int changed = evaluateCallbacks(now);
    // The queue alerts active now: a check that agrees with them writes nothing (this runs after
    // every change). Read fresh each time; the INSERT/UPDATE below still decide between instances.
    QSet<QString> active;
    if (auto a = m_db.exec(QStringLiteral("SELECT queue, kind FROM alerts WHERE cleared_at IS NULL AND"
                                          " contact_id IS NULL"))) {
        while (a->next())
            active.insert(a->value(0).toString() + u'\n' + a->value(1).toString());
    } else {
        return changed;
    }
    for (const Row& row : std::as_const(rows)) {
        const QueueStats s = m_stats.forQueue(row.queue, now);
        struct Check
        {
            const char* kind;
            std::optional<int> threshold;
            double value;
            bool breached;
        };
        const Check checks[] = {
            {"longest_wait", row.t.longestWaitSeconds, double(s.longestWaitSeconds),
             row.t.longestWaitSeconds && s.longestWaitSeconds > *row.t.longestWaitSeconds},
            {"service_level", row.t.serviceLevelPercent, s.serviceLevelPercent,
             row.t.serviceLevelPercent && s.serviceLevelPercent < *row.t.serviceLevelPercent},
            {"waiting", row.t.waiting, double(s.waiting), row.t.waiting && s.waiting > *row.t.waiting},
        };
        for (const Check& c : checks) {
            const QString kind = QString::fromLatin1(c.kind);
            if (c.breached == active.contains(row.queue + u'\n' + kind))
                continue; // raised and still over, or clear and still within
            Transaction tx(m_db);
            if (!tx.ok())
                return changed;
            std::optional<Statement> q;
            QString event;
            if (c.breached) {
                auto r = m_db.exec(QStringLiteral("INSERT INTO alerts (id, queue, kind, value, threshold, raised_at)"
                                                  " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
                                   {auth::newId("al"), row.queue, kind, c.value, double(*c.threshold), ms(now)});
                if (!r)
                    return changed;
                q.emplace(std::move(*r));
                event = QStringLiteral("alert.raised");
            } else {
                auto r = m_db.exec(QStringLiteral("UPDATE alerts SET cleared_at = ? WHERE queue = ? AND kind = ? AND"
                                                  " cleared_at IS NULL RETURNING id"),
                                   {ms(now), row.queue, kind});
                if (!r)
                    return changed;
                q.emplace(std::move(*r));
                event = QStringLiteral("alert.cleared");
            }
            if (!q->next())
                continue; // nothing to do, or another instance did it
            const QString id = q->value(0).toString();
            q->finish();
            if (m_recorder.append(QStringLiteral("alert"), id, 1, event, row.queue, QString()) < 0)
                return changed;
            if (!m_recorder.commit(tx))
                return changed;
            ++changed;
        }
    }
    return changed;
}

int Supervision::evaluateCallbacks(const QDateTime& now)
{
    int changed = 0;
    // Booked callbacks whose time has come turn waiting, received at their callbackAt (so the
    // queue serves them by that time and priority), one transaction and contact.updated each.
    auto due = m_db.exec(QStringLiteral("SELECT id FROM contacts WHERE state = 'scheduled' AND callback_at <= ?"
                                        " ORDER BY callback_at, id"),
                         {ms(now)});
    if (!due)
        return changed;
    QStringList ids;
    while (due->next())
        ids << due->value(0).toString();
    due->finish();
    for (const QString& id : std::as_const(ids)) {
        Transaction tx(m_db);
        if (!tx.ok())
            return changed;
        auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'waiting', received_at = callback_at,"
                                          " version = version + 1 WHERE id = ? AND state = 'scheduled' RETURNING %1")
                               .arg(QLatin1String(contactColumns)),
                           {id});
        if (!q)
            return changed;
        if (!q->next())
            continue; // another instance was first
        const Contact c = contactFromRow(*q);
        q->finish();
        if (m_recorder.append(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"), c.queue,
                              QString()) < 0 ||
            !m_audit.write(QStringLiteral("server"), QStringLiteral("contact.callback_due"), c.id) ||
            !m_recorder.commit(tx))
            return changed;
        ++changed;
    }
    // A callback still waiting CallbackMissedMinutes after its time: callback_missed, one alert per
    // contact; cleared once it is no longer waiting (accepted, abandoned, or gone).
    constexpr int CallbackMissedMinutes = 15;
    auto late = m_db.exec(QStringLiteral("SELECT c.id, c.queue, c.callback_at FROM contacts c WHERE c.state = 'waiting'"
                                         " AND c.callback_of IS NOT NULL AND c.callback_at < ? AND NOT EXISTS (SELECT 1"
                                         " FROM alerts a WHERE a.contact_id = c.id AND a.kind = 'callback_missed'"
                                         " AND a.cleared_at IS NULL)"),
                          {ms(now.addSecs(-CallbackMissedMinutes * 60))});
    if (!late)
        return changed;
    struct Late
    {
        QString id, queue;
        qint64 at;
    };
    QList<Late> lateOnes;
    while (late->next())
        lateOnes.append({late->value(0).toString(), late->value(1).toString(), late->value(2).toLongLong()});
    late->finish();
    for (const Late& l : std::as_const(lateOnes)) {
        Transaction tx(m_db);
        if (!tx.ok())
            return changed;
        const double minutes = double((ms(now) - l.at) / 60000);
        auto r =
            m_db.exec(QStringLiteral("INSERT INTO alerts (id, queue, kind, value, threshold, raised_at, contact_id)"
                                     " VALUES (?, ?, 'callback_missed', ?, ?, ?, ?) ON CONFLICT DO NOTHING"
                                     " RETURNING id"),
                      {auth::newId("al"), l.queue, minutes, double(CallbackMissedMinutes), ms(now), l.id});
        if (!r)
            return changed;
        if (!r->next())
            continue;
        const QString alertId = r->value(0).toString();
        r->finish();
        if (m_recorder.append(QStringLiteral("alert"), alertId, 1, QStringLiteral("alert.raised"), l.queue, QString()) <
                0 ||
            !m_recorder.commit(tx))
            return changed;
        ++changed;
    }
    auto settled = m_db.exec(QStringLiteral("SELECT a.id FROM alerts a LEFT JOIN contacts c ON c.id = a.contact_id"
                                            " WHERE a.kind = 'callback_missed' AND a.cleared_at IS NULL AND"
                                            " (c.id IS NULL OR c.state <> 'waiting')"));
    if (!settled)
        return changed;
    QStringList settledIds;
    while (settled->next())
        settledIds << settled->value(0).toString();
    settled->finish();
    for (const QString& alertId : std::as_const(settledIds)) {
        Transaction tx(m_db);
        if (!tx.ok())
            return changed;
        auto r = m_db.exec(
            QStringLiteral("UPDATE alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL RETURNING queue"),
            {ms(now), alertId});
        if (!r)
            return changed;
        if (!r->next())
            continue; // another instance cleared it
        const QString queue = r->value(0).toString();
        r->finish();
        if (m_recorder.append(QStringLiteral("alert"), alertId, 1, QStringLiteral("alert.cleared"), queue, QString()) <
                0 ||
            !m_recorder.commit(tx))
            return changed;
        ++changed;
    }
    return changed;
}

// ---- intervals -----------------------------------------------------------------------------------

ApiResult<QJsonObject> Supervision::intervals(const User& viewer, const QString& queue, const QDate& date,
                                              const QDateTime& now)
{
    QStringList queues = queuesOf(viewer);
    if (!queue.isEmpty()) {
        if (!queues.contains(queue))
            return notFound();
        queues = {queue};
    }
    const QDate day = date.isValid() ? date : now.toLocalTime().date();
    const qint64 start = dayStartMs(day);
    const qint64 end = dayStartMs(day.addDays(1));
    QHash<QString, qint64> thresholdMs;
    for (const QString& id : std::as_const(queues)) {
        const auto configured = m_queues.find(id);
        thresholdMs.insert(
            id, qint64(configured ? configured->thresholdSeconds(m_options) : m_options.serviceLevelSeconds) * 1000);
    }
    constexpr qint64 slotMs = 15 * 60 * 1000;
    const int slotCount = int((end - start) / slotMs); // 92 or 100 on the days the clocks change
    QList<int> arrived(slotCount), answered(slotCount), within(slotCount), abandoned(slotCount);
    if (!queues.isEmpty()) {
        QVariantList args(queues.cbegin(), queues.cend());
        args << start << end << start << end << start << end;
        auto q = m_db.exec(QStringLiteral("SELECT queue, state, received_at, assigned_at, completed_at FROM contacts"
                                          " WHERE queue IN (%1) AND ((received_at >= ? AND received_at < ?) OR"
                                          " (assigned_at >= ? AND assigned_at < ?) OR (completed_at >= ? AND"
                                          " completed_at < ?))")
                               .arg(placeholders(queues.size())),
                           args);
        if (!q)
            return internalError();
        auto slotOf = [&](qint64 t) { return t >= start && t < end ? int((t - start) / slotMs) : -1; };
        while (q->next()) {
            const QString state = q->value(1).toString();
            const qint64 received = q->value(2).toLongLong();
            if (const int i = slotOf(received); i >= 0)
                ++arrived[i];
            if (!q->value(3).isNull()) {
                const qint64 assigned = q->value(3).toLongLong();
                if (const int i = slotOf(assigned); i >= 0) {
                    ++answered[i];
                    if (assigned - received <= thresholdMs.value(q->value(0).toString()))
                        ++within[i];
                }
            }
            if (state == QLatin1String("abandoned") && !q->value(4).isNull())
                if (const int i = slotOf(q->value(4).toLongLong()); i >= 0)
                    ++abandoned[i];
        }
    }
    QJsonArray items;
    int offeredSoFar = 0, withinSoFar = 0;
    const qint64 nowMs = ms(now);
    for (int i = 0; i < slotCount; ++i) {
        const qint64 from = start + i * slotMs;
        if (from > nowMs)
            break; // the rest of today has not happened
        offeredSoFar += answered[i] + abandoned[i];
        withinSoFar += within[i];
        const double level = offeredSoFar == 0 ? 100.0 : qRound(1000.0 * withinSoFar / offeredSoFar) / 10.0;
        items.append(QJsonObject{{QStringLiteral("start"), json::formatTimestamp(fromMs(from))},
                                 {QStringLiteral("arrived"), arrived[i]},
                                 {QStringLiteral("answered"), answered[i]},
                                 {QStringLiteral("abandoned"), abandoned[i]},
                                 {QStringLiteral("serviceLevelPercent"), level}});
    }
    return QJsonObject{{QStringLiteral("items"), items}};
}

QJsonObject Supervision::toJson(const QueueThresholds& t)
{
    QJsonObject o;
    if (t.longestWaitSeconds)
        o.insert(QStringLiteral("longestWaitSeconds"), *t.longestWaitSeconds);
    if (t.serviceLevelPercent)
        o.insert(QStringLiteral("serviceLevelPercent"), *t.serviceLevelPercent);
    if (t.waiting)
        o.insert(QStringLiteral("waiting"), *t.waiting);
    return o;
}

QJsonObject Supervision::toJson(const Alert& a)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("queue"), a.queue},
                  {QStringLiteral("kind"), a.kind},
                  {QStringLiteral("value"), a.value},
                  {QStringLiteral("threshold"), a.threshold},
                  {QStringLiteral("raisedAt"), json::formatTimestamp(a.raisedAt)}};
    if (a.clearedAt)
        o.insert(QStringLiteral("clearedAt"), json::formatTimestamp(*a.clearedAt));
    if (a.contactId)
        o.insert(QStringLiteral("contactId"), *a.contactId);
    return o;
}

} // namespace kc::server
