// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/queuestore.h"

#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/storecommon.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace kc::server {

using namespace detail;

namespace {

Queue queueFromRow(const Statement& q)
{
    Queue queue{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), std::nullopt};
    if (!q.value(3).isNull())
        queue.serviceLevelSeconds = q.value(3).toInt();
    return queue;
}

// "" for no team: the column is NOT NULL, and Qt SQL binds a null QString as NULL.
QVariant teamValue(const QString& team)
{
    return team.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(team);
}

QVariant thresholdValue(const std::optional<int>& seconds)
{
    return seconds ? QVariant(*seconds) : QVariant(QMetaType(QMetaType::Int));
}

ApiError invalid(const char* field, const QString& message)
{
    ApiError e = error(422, "validation_failed", message);
    e.fields.insert(QString::fromLatin1(field), message);
    return e;
}

} // namespace

ApiResult<QList<Queue>> QueueStore::list()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, team, service_level_seconds FROM queues"));
    if (!q)
        return internalError();
    QList<Queue> queues;
    while (q->next())
        queues.append(queueFromRow(*q));
    // Sorted here, not in SQL: the engines collate differently, and "Ärenden" belongs after "Tips".
    QCollator collator{QLocale(QLocale::Swedish, QLocale::Sweden)};
    std::sort(queues.begin(), queues.end(), [&collator](const Queue& a, const Queue& b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return queues;
}

std::optional<Queue> QueueStore::find(const QString& id)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, team, service_level_seconds FROM queues WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    return queueFromRow(*q);
}

std::optional<QStringList> QueueStore::unknown(const QStringList& ids)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM queues"));
    if (!q)
        return std::nullopt;
    QStringList known;
    while (q->next())
        known.append(q->value(0).toString());
    QStringList missing;
    for (const QString& id : ids)
        if (!known.contains(id) && !missing.contains(id))
            missing.append(id);
    return missing;
}

QString QueueStore::unknownQueueMessage(const QString& id)
{
    QStringList names;
    if (auto all = list())
        for (const Queue& queue : std::as_const(*all))
            names.append(queue.id);
    return Store::tr("Unknown queue: %1. Queues that exist: %2.")
        .arg(id, names.isEmpty() ? Store::tr("none") : names.join(QStringLiteral(", ")));
}

std::optional<ApiError> QueueStore::checkFields(const Queue& queue)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    if (!idPattern.match(queue.id).hasMatch())
        return invalid("id", Store::tr("A queue id is 1 to 32 lower-case letters a–z, digits, - or _, such as "
                                       "anmalan."));
    if (queue.name.trimmed().isEmpty())
        return invalid("name", Store::tr("The queue needs a display name."));
    if (queue.serviceLevelSeconds && *queue.serviceLevelSeconds < 1)
        return invalid("serviceLevelSeconds", Store::tr("The service-level threshold must be at least 1 second."));
    return std::nullopt;
}

ApiResult<Queue> QueueStore::add(const Queue& queue)
{
    if (auto refused = checkFields(queue))
        return *refused;
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // Checked first rather than told by a unique violation: the driver's text must not reach
    // the administrator, and a failed statement would end a PostgreSQL transaction.
    if (find(queue.id))
        return error(409, "conflict", Store::tr("The queue %1 already exists.").arg(queue.id));
    Queue added = queue;
    added.name = queue.name.trimmed();
    added.team = queue.team.trimmed();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO queues (id, name, team, service_level_seconds, created_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {added.id, added.name, teamValue(added.team), thresholdValue(added.serviceLevelSeconds), ms(m_options.now())});
    if (!q)
        return q.error().code == QLatin1String("unique_violation")
                   ? error(409, "conflict", Store::tr("The queue %1 already exists.").arg(queue.id))
                   : internalError();
    if (!m_audit.write(QStringLiteral("admin"), QStringLiteral("queue.add"), QStringLiteral("queue:") + queue.id,
                       queue.name) ||
        !tx.commit())
        return internalError();
    return added;
}

ApiResult<Queue> QueueStore::edit(const QString& id, const std::optional<QString>& name,
                                  const std::optional<QString>& team, const std::optional<int>& serviceLevelSeconds)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto existing = find(id);
    if (!existing)
        return error(404, "not_found", unknownQueueMessage(id));
    Queue changed = *existing;
    if (name)
        changed.name = name->trimmed();
    if (team)
        changed.team = team->trimmed();
    if (serviceLevelSeconds)
        changed.serviceLevelSeconds = serviceLevelSeconds;
    if (auto refused = checkFields(changed))
        return *refused;
    if (!m_db.exec(QStringLiteral("UPDATE queues SET name = ?, team = ?, service_level_seconds = ? WHERE id = ?"),
                   {changed.name, teamValue(changed.team), thresholdValue(changed.serviceLevelSeconds), id}) ||
        !m_audit.write(QStringLiteral("admin"), QStringLiteral("queue.edit"), QStringLiteral("queue:") + id,
                       changed.name) ||
        !tx.commit())
        return internalError();
    return changed;
}

} // namespace kc::server
