// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/supervisormodels.h"

#include "models/contactqueuemodel.h"

#include <QColor>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QTimer>

namespace kc {

namespace {

// One row of `columns` items, none editable: every supervisor table is read-only in its cells (the
// supervisor acts through keys and dialogs).
QList<QStandardItem*> readOnlyRow(int columns)
{
    QList<QStandardItem*> row;
    row.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        auto* item = new QStandardItem;
        item->setEditable(false);
        row << item;
    }
    return row;
}

QDateTime defaultNow()
{
    return QDateTime::currentDateTimeUtc();
}

std::optional<int> optionalInt(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

// At the space nearest the middle: two lines of about equal width (short texts stay whole).
QString wrapped(QString text)
{
    const int middle = int(text.size()) / 2;
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i) == u' ' && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best > 0 && text.size() > 12)
        text[best] = u'\n';
    return text;
}

} // namespace

int StateLimits::limitFor(AgentStatus state, const std::optional<QString>& reason) const
{
    switch (state) {
    case AgentStatus::Busy:
        return busySeconds;
    case AgentStatus::WrapUp:
        return wrapUpSeconds;
    case AgentStatus::NotReady:
        if (reason)
            if (const auto it = notReadyReasonSeconds.constFind(reason->trimmed().toLower());
                it != notReadyReasonSeconds.cend())
                return *it;
        return notReadySeconds;
    case AgentStatus::Ready:
    case AgentStatus::Offline:
        return 0;
    }
    return 0;
}

QVariant levelDecoration(Level level)
{
    if (level == Level::Normal)
        return {};
    // Red and amber, as dots: the text beside always says the same for readers without colour.
    static const QPixmap amber = [] {
        QPixmap p(12, 12);
        p.fill(Qt::transparent);
        QPainter painter(&p);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xE0, 0x9A, 0x00));
        painter.setPen(Qt::black);
        painter.drawEllipse(1, 1, 10, 10);
        return p;
    }();
    static const QPixmap red = [] {
        QPixmap p(12, 12);
        p.fill(Qt::transparent);
        QPainter painter(&p);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xC0, 0x10, 0x10));
        painter.setPen(Qt::black);
        painter.drawRect(1, 1, 10, 10); // a square, not a dot: tells red from amber in greyscale
        return p;
    }();
    return level == Level::Alarm ? red : amber;
}

// ---- thresholds ------------------------------------------------------------------------------------

Thresholds Thresholds::fromJson(const QJsonObject& o)
{
    return {optionalInt(o.value(u"longestWaitSeconds")), optionalInt(o.value(u"serviceLevelPercent")),
            optionalInt(o.value(u"waiting"))};
}

QJsonObject Thresholds::toJson() const
{
    QJsonObject o;
    if (longestWaitSeconds)
        o.insert(QStringLiteral("longestWaitSeconds"), *longestWaitSeconds);
    if (serviceLevelPercent)
        o.insert(QStringLiteral("serviceLevelPercent"), *serviceLevelPercent);
    if (waiting)
        o.insert(QStringLiteral("waiting"), *waiting);
    return o;
}

// ---- queues ----------------------------------------------------------------------------------------

QueueStatsModel::QueueStatsModel(Clock now, QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(now ? std::move(now) : Clock(defaultNow))
{}

QString QueueStatsModel::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 h = seconds / 3600;
    const QString mmss = QString::number(seconds % 60).rightJustified(2, u'0');
    if (h == 0)
        return QString::number(seconds / 60) + u':' + mmss;
    return QString::number(h) + u':' + QString::number(seconds / 60 % 60).rightJustified(2, u'0') + u':' + mmss;
}

void QueueStatsModel::setQueueNames(const QHash<QString, QString>& names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Queue), index(int(m_rows.size()) - 1, Queue));
}

QueueStatsModel::Row QueueStatsModel::rowFor(const QueueStats& s) const
{
    Row r{s, {}};
    if (s.waiting > 0)
        r.oldestSince = m_now().addSecs(-s.longestWaitSeconds);
    return r;
}

void QueueStatsModel::setStats(const QList<QueueStats>& stats)
{
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    for (const QueueStats& s : stats) {
        m_rowOf.insert(s.queue, int(m_rows.size()));
        m_rows.append(rowFor(s));
    }
    endResetModel();
}

void QueueStatsModel::applyStats(const QueueStats& s)
{
    applyStats(QList<QueueStats>{s});
}

void QueueStatsModel::applyStats(const QList<QueueStats>& burst)
{
    int first = int(m_rows.size());
    int last = -1;
    QList<QueueStats> added;
    QHash<QString, int> addedAt;
    for (const QueueStats& s : burst) {
        const int row = rowOf(s.queue);
        if (row >= 0) {
            m_rows[row] = rowFor(s);
            first = std::min(first, row);
            last = std::max(last, row);
        } else if (const auto at = addedAt.constFind(s.queue); at != addedAt.cend()) {
            added[*at] = s;
        } else {
            addedAt.insert(s.queue, int(added.size()));
            added.append(s);
        }
    }
    // One signal over every changed row (the rows between are unchanged, which dataChanged allows).
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (added.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    for (const QueueStats& s : std::as_const(added)) {
        m_rowOf.insert(s.queue, int(m_rows.size()));
        m_rows.append(rowFor(s));
    }
    endInsertRows();
}

void QueueStatsModel::setWrappedHeaders(bool on)
{
    if (m_wrapped == on)
        return;
    m_wrapped = on;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void QueueStatsModel::setThresholds(const QString& queue, const Thresholds& t)
{
    m_thresholds.insert(queue, t);
    if (const int row = rowOf(queue); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<QueueStats> QueueStatsModel::stats(const QString& queue) const
{
    const int row = rowOf(queue);
    return row < 0 ? std::nullopt : std::optional<QueueStats>(m_rows[row].stats);
}

int QueueStatsModel::rowOf(const QString& queue) const
{
    return m_rowOf.value(queue, -1);
}

int QueueStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Level QueueStatsModel::levelOf(const Row& r, int column) const
{
    const Thresholds t = m_thresholds.value(r.stats.queue);
    if (column == ServiceLevel && t.serviceLevelPercent) {
        if (r.stats.serviceLevelPercent < *t.serviceLevelPercent)
            return Level::Alarm;
        if (r.stats.serviceLevelPercent < *t.serviceLevelPercent + 5)
            return Level::Warning;
    }
    if (column == Waiting && t.waiting) {
        if (r.stats.waiting > *t.waiting)
            return Level::Alarm;
        if (r.stats.waiting == *t.waiting)
            return Level::Warning;
    }
    return Level::Normal;
}

QVariant QueueStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    const QueueStats& s = r.stats;
    const Level level = levelOf(r, index.column());
    switch (role) {
    case SupervisorRoles::IdRole:
        return s.queue;
    case SupervisorRoles::SinceRole:
        return r.oldestSince;
    case SupervisorRoles::LimitRole:
        return qint64(m_thresholds.value(s.queue).longestWaitSeconds.value_or(0));
    case SupervisorRoles::LevelRole:
        return int(level);
    case Qt::DecorationRole:
        return levelDecoration(level);
    case Qt::TextAlignmentRole:
        return index.column() == Queue ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QLocale sv(QLocale::Swedish, QLocale::Sweden);
        QString text;
        switch (index.column()) {
        case Queue:
            return queueName(s.queue);
        case Waiting:
            text = QString::number(s.waiting);
            break;
        case Answered:
            return QString::number(s.answeredToday);
        case Abandoned:
            return QString::number(s.abandonedToday);
        case ServiceLevel: {
            text =
                tr("%1 % (%2 s)").arg(sv.toString(s.serviceLevelPercent, 'f', 1)).arg(s.serviceLevelThresholdSeconds);
            if (const auto target = m_thresholds.value(s.queue).serviceLevelPercent)
                text += u' ' + tr("target %1 %").arg(*target);
            break;
        }
        case AverageHandle:
            return formatDuration(s.averageHandleSeconds);
        }
        if (level == Level::Alarm)
            text += u' ' + (index.column() == ServiceLevel ? tr("below target") : tr("over limit"));
        else if (level == Level::Warning)
            text += u' ' + tr("near limit");
        return text;
    }
    }
    return {};
}

QVariant QueueStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return m_wrapped ? wrapped(headerText(section)) : headerText(section);
}

QString QueueStatsModel::headerText(int section)
{
    switch (section) {
    case Queue:
        return tr("Queue");
    case Waiting:
        return tr("Waiting");
    case Answered:
        return tr("Answered today");
    case Abandoned:
        return tr("Abandoned today");
    case ServiceLevel:
        return tr("Service level");
    case AverageHandle:
        return tr("Average handling time");
    }
    return {};
}

// ---- agents ----------------------------------------------------------------------------------------

AgentTreeModel::AgentTreeModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Agent"), tr("State"), tr("Current contact"), tr("Handled today")});
}

QString AgentTreeModel::stateText(AgentStatus state, const std::optional<QString>& reason)
{
    switch (state) {
    case AgentStatus::Ready:
        return tr("Ready");
    case AgentStatus::NotReady:
        return reason && !reason->isEmpty() ? tr("Not ready – %1").arg(*reason) : tr("Not ready");
    case AgentStatus::Busy:
        return tr("Busy");
    case AgentStatus::WrapUp:
        return tr("Wrap-up");
    case AgentStatus::Offline:
        return tr("Signed out");
    }
    return {};
}

QStandardItem* AgentTreeModel::teamItem(const QString& team)
{
    if (QStandardItem* t = m_teams.value(team))
        return t;
    QList<QStandardItem*> row = readOnlyRow(ColumnCount);
    row[0]->setText(team.isEmpty() ? tr("No team") : tr("Team %1").arg(team));
    appendRow(row);
    m_teams.insert(team, row[0]);
    return row[0];
}

QList<QStandardItem*> AgentTreeModel::rowOf(const QString& agentId) const
{
    QStandardItem* first = m_agents.value(agentId);
    if (!first)
        return {};
    QList<QStandardItem*> row;
    QStandardItem* parentItem = first->parent();
    for (int c = 0; c < ColumnCount; ++c)
        row << parentItem->child(first->row(), c);
    return row;
}

void AgentTreeModel::fill(QList<QStandardItem*> row, const QJsonObject& a)
{
    // One dataChanged for the row instead of one per item and role: every proxy stage and view
    // handles each signal, and a burst of events changes hundreds of rows.
    const QModelIndex first = row[0]->index();
    {
        const QSignalBlocker quiet(first.isValid() ? this : nullptr);
        fillItems(row, a);
    }
    if (first.isValid())
        Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
}

void AgentTreeModel::touch(QStandardItem* first)
{
    QStandardItem* team = first->parent();
    const int row = first->row();
    auto it = m_touched.find(team);
    if (it == m_touched.end())
        m_touched.insert(team, {row, row});
    else
        *it = {std::min(it->first, row), std::max(it->second, row)};
}

void AgentTreeModel::emitTouched()
{
    // One signal per team over its changed rows (those between are unchanged: dataChanged allows it).
    const auto touched = std::exchange(m_touched, {});
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const QModelIndex team = it.key()->index();
        Q_EMIT dataChanged(index(it->first, 0, team), index(it->second, ColumnCount - 1, team));
    }
}

void AgentTreeModel::setStateLimits(const StateLimits& limits)
{
    m_limits = limits;
    {
        const QSignalBlocker quiet(this);
        for (QStandardItem* first : std::as_const(m_agents)) {
            const auto state = AgentStatus(first->data(SupervisorRoles::AgentStateRole).toInt());
            const QJsonObject& a = m_newest.value(first->data(SupervisorRoles::IdRole).toString());
            std::optional<QString> reason;
            if (a.value(u"reason").isString())
                reason = a.value(u"reason").toString();
            first->setData(qint64(m_limits.limitFor(state, reason)), SupervisorRoles::LimitRole);
            touch(first);
        }
    }
    emitTouched();
}

void AgentTreeModel::fillItems(const QList<QStandardItem*>& row, const QJsonObject& a)
{
    const AgentStatus state = fromWireName<AgentStatus>(a.value(u"state").toString()).value_or(AgentStatus::Offline);
    std::optional<QString> reason;
    if (a.value(u"reason").isString())
        reason = a.value(u"reason").toString();
    const QString id = a.value(u"agentId").toString();
    const QString current = a.value(u"currentContactId").toString();
    const QString before = row[Name]->data(SupervisorRoles::CurrentContactRole).toString();
    if (!before.isEmpty() && before != current && m_holder.value(before) == id)
        m_holder.remove(before);
    if (!current.isEmpty())
        m_holder.insert(current, id);
    row[Name]->setText(a.value(u"displayName").toString());
    row[Name]->setData(id, SupervisorRoles::IdRole);
    row[Name]->setData(QDateTime::fromString(a.value(u"since").toString(), Qt::ISODateWithMs),
                       SupervisorRoles::SinceRole);
    row[Name]->setData(current, SupervisorRoles::CurrentContactRole);
    row[Name]->setData(int(state), SupervisorRoles::AgentStateRole);
    row[Name]->setData(qint64(m_limits.limitFor(state, reason)), SupervisorRoles::LimitRole);
    if (a.contains(u"queues")) {
        QStringList queues;
        for (const QJsonValue& q : a.value(u"queues").toArray())
            queues << q.toString();
        row[Name]->setData(queues, SupervisorRoles::AgentQueuesRole);
    }
    // Signed out while holding a contact: the supervisor can release it.
    const Level level = state == AgentStatus::Offline && !current.isEmpty() ? Level::Alarm : Level::Normal;
    row[State]->setText(stateText(state, reason) +
                        (level == Level::Alarm ? u' ' + tr("– holds a contact") : QString()));
    row[State]->setData(int(level), SupervisorRoles::LevelRole);
    row[State]->setData(levelDecoration(level), Qt::DecorationRole);
    row[CurrentContact]->setText(titleOf(current));
    row[HandledToday]->setText(QString::number(a.value(u"handledToday").toInt()));
    row[HandledToday]->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
}

void AgentTreeModel::setAgents(const QJsonArray& items)
{
    // One reset instead of a signal per team and agent (a full load of 500 agents): the rows are
    // rebuilt quietly between its two signals.
    beginResetModel();
    {
        const QSignalBlocker quiet(this);
        loadAgents(items);
    }
    endResetModel();
}

void AgentTreeModel::loadAgents(const QJsonArray& items)
{
    removeRows(0, rowCount());
    m_agents.clear();
    m_teams.clear();
    m_counted.clear();
    m_holder.clear();
    for (const QJsonValue& v : items) {
        QJsonObject a = v.toObject();
        const QString id = a.value(u"agentId").toString();
        // An event newer than this snapshot already arrived: keep what it said about the state.
        if (const auto newest = m_newest.constFind(id); newest != m_newest.cend()) {
            const QDateTime snapshotSince = QDateTime::fromString(a.value(u"since").toString(), Qt::ISODateWithMs);
            const QDateTime eventSince = QDateTime::fromString(newest->value(u"since").toString(), Qt::ISODateWithMs);
            if (eventSince.isValid() && (!snapshotSince.isValid() || eventSince > snapshotSince)) {
                a.insert(QStringLiteral("state"), newest->value(u"state"));
                a.insert(QStringLiteral("since"), newest->value(u"since"));
                if (newest->contains(u"reason"))
                    a.insert(QStringLiteral("reason"), newest->value(u"reason"));
                else
                    a.remove(QStringLiteral("reason"));
            }
        }
        m_newest.insert(id, a);
        QList<QStandardItem*> row = readOnlyRow(ColumnCount);
        fill(row, a);
        teamItem(a.value(u"team").toString())->appendRow(row);
        m_agents.insert(a.value(u"agentId").toString(), row[0]);
    }
}

QString AgentTreeModel::titleOf(const QString& contactId) const
{
    if (contactId.isEmpty() || !m_title)
        return contactId;
    const QString title = m_title(contactId);
    return title.isEmpty() ? contactId : title;
}

QModelIndex AgentTreeModel::indexOfAgent(const QString& agentId) const
{
    QStandardItem* item = m_agents.value(agentId);
    return item ? item->index() : QModelIndex();
}

void AgentTreeModel::applyState(const AgentState& s)
{
    applyStates({s});
}

void AgentTreeModel::applyStates(const QList<AgentState>& burst)
{
    QList<AgentState> fresh; // agents not shown yet: added after the others, with their signals
    {
        const QSignalBlocker quiet(this);
        for (const AgentState& s : burst) {
            // Events and loads travel on different connections: an older state never replaces a
            // newer one.
            if (const auto newest = m_newest.constFind(s.agentId); newest != m_newest.cend()) {
                const QDateTime since = QDateTime::fromString(newest->value(u"since").toString(), Qt::ISODateWithMs);
                if (since.isValid() && s.since.isValid() && s.since < since)
                    continue;
            }
            QJsonObject a{{QStringLiteral("agentId"), s.agentId},
                          {QStringLiteral("displayName"), s.displayName},
                          {QStringLiteral("team"), s.team},
                          {QStringLiteral("state"), wireName(s.state)},
                          {QStringLiteral("since"), s.since.toUTC().toString(Qt::ISODateWithMs)}};
            if (s.reason)
                a.insert(QStringLiteral("reason"), *s.reason);
            m_newest.insert(s.agentId, a);
            const QList<QStandardItem*> row = rowOf(s.agentId);
            if (row.isEmpty()) {
                fresh << s;
                continue;
            }
            a.insert(QStringLiteral("currentContactId"),
                     row[Name]->data(SupervisorRoles::CurrentContactRole).toString());
            a.insert(QStringLiteral("handledToday"), row[HandledToday]->text().toInt());
            fillItems(row, a);
            touch(row[Name]);
        }
    }
    emitTouched();
    for (const AgentState& s : std::as_const(fresh)) {
        if (m_newest.value(s.agentId).value(u"since").toString() != s.since.toUTC().toString(Qt::ISODateWithMs))
            continue; // a newer state of the same new agent follows in this burst
        if (m_agents.contains(s.agentId))
            continue;
        QJsonObject a = m_newest.value(s.agentId);
        a.insert(QStringLiteral("handledToday"), 0);
        QList<QStandardItem*> row = readOnlyRow(ColumnCount);
        fillItems(row, a);
        teamItem(s.team)->appendRow(row);
        m_agents.insert(s.agentId, row[0]);
    }
}

void AgentTreeModel::applyContact(const Contact& c)
{
    applyContacts({c});
}

void AgentTreeModel::applyContacts(const QList<Contact>& burst)
{
    {
        const QSignalBlocker quiet(this);
        for (const Contact& c : burst) {
            // Whoever shows this contact as current and no longer holds it lets go of it.
            const QString holder = m_holder.value(c.id);
            if (!holder.isEmpty() && !(c.state == ContactState::Assigned && c.assignedTo == holder)) {
                m_holder.remove(c.id);
                if (const QList<QStandardItem*> row = rowOf(holder); !row.isEmpty()) {
                    row[Name]->setData(QString(), SupervisorRoles::CurrentContactRole);
                    row[CurrentContact]->setText(QString());
                    touch(row[Name]);
                }
            }
            if (!c.assignedTo)
                continue;
            const QList<QStandardItem*> row = rowOf(*c.assignedTo);
            if (row.isEmpty())
                continue;
            if (c.state == ContactState::Assigned) {
                const QString before = row[Name]->data(SupervisorRoles::CurrentContactRole).toString();
                if (!before.isEmpty() && before != c.id && m_holder.value(before) == *c.assignedTo)
                    m_holder.remove(before);
                m_holder.insert(c.id, *c.assignedTo);
                row[Name]->setData(c.id, SupervisorRoles::CurrentContactRole);
                row[CurrentContact]->setText(titleOf(c.id));
                touch(row[Name]);
            } else if (c.state == ContactState::Completed && !m_counted.contains(c.id)) {
                // Counted once, however often the event comes (a replay after a reconnect).
                m_counted.insert(c.id, *c.assignedTo);
                row[HandledToday]->setText(QString::number(row[HandledToday]->text().toInt() + 1));
                touch(row[Name]);
            }
        }
    }
    emitTouched();
}

// ---- waiting contacts ------------------------------------------------------------------------------

WaitingTreeModel::WaitingTreeModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Priority"), tr("Subject"), tr("Channel")});
}

void WaitingTreeModel::setQueues(const QList<std::pair<QString, QString>>& idAndName)
{
    removeRows(0, rowCount());
    m_queues.clear();
    m_contacts.clear();
    for (const auto& [id, name] : idAndName) {
        QList<QStandardItem*> row = readOnlyRow(ColumnCount);
        row[0]->setText(name);
        row[0]->setData(id, SupervisorRoles::IdRole);
        appendRow(row);
        m_queues.insert(id, row[0]);
    }
}

QModelIndex WaitingTreeModel::queueIndex(const QString& queue) const
{
    QStandardItem* q = m_queues.value(queue);
    return q ? q->index() : QModelIndex();
}

int WaitingTreeModel::waitingCount(const QString& queue) const
{
    QStandardItem* q = m_queues.value(queue);
    return q ? q->rowCount() : 0;
}

void WaitingTreeModel::setContacts(const QList<Contact>& contacts)
{
    for (QStandardItem* q : std::as_const(m_queues))
        q->removeRows(0, q->rowCount());
    m_contacts.clear();
    for (const Contact& c : contacts)
        upsert(c);
}

void WaitingTreeModel::remove(const QString& contactId)
{
    QStandardItem* first = m_contacts.take(contactId);
    if (first)
        first->parent()->removeRow(first->row());
}

void WaitingTreeModel::upsert(const Contact& c)
{
    // Still waiting where it is shown (a replayed or a harmless change): the row changes in place,
    // one dataChanged instead of a removal and an insertion through every proxy stage.
    if (QStandardItem* first = m_contacts.value(c.id);
        first && c.state == ContactState::Waiting && first->parent() == m_queues.value(c.queue) &&
        first->data(SupervisorRoles::PriorityRole).toInt() == c.priority &&
        first->data(SupervisorRoles::SinceRole).toDateTime() == c.receivedAt) {
        QStandardItem* queue = first->parent();
        const int r = first->row();
        {
            const QSignalBlocker quiet(this);
            first->setData(c.version, SupervisorRoles::VersionRole);
            queue->child(r, Subject)->setText(c.subject);
            queue->child(r, Channel)->setText(ContactQueueModel::channelText(c.channel));
        }
        Q_EMIT dataChanged(first->index(), queue->child(r, ColumnCount - 1)->index());
        return;
    }
    remove(c.id);
    QStandardItem* queue = m_queues.value(c.queue);
    if (c.state != ContactState::Waiting || !queue)
        return;
    QList<QStandardItem*> row = readOnlyRow(ColumnCount);
    row[Priority]->setText(QString::number(c.priority));
    row[Priority]->setData(c.id, SupervisorRoles::IdRole);
    row[Priority]->setData(c.receivedAt, SupervisorRoles::SinceRole);
    row[Priority]->setData(c.priority, SupervisorRoles::PriorityRole);
    row[Priority]->setData(c.version, SupervisorRoles::VersionRole);
    row[Priority]->setData(c.queue, SupervisorRoles::QueueRole);
    row[Subject]->setText(c.subject);
    row[Channel]->setText(ContactQueueModel::channelText(c.channel));
    // Served order: priority, then longest waiting first.
    int at = 0;
    for (; at < queue->rowCount(); ++at) {
        QStandardItem* other = queue->child(at, 0);
        const int p = other->data(SupervisorRoles::PriorityRole).toInt();
        const QDateTime t = other->data(SupervisorRoles::SinceRole).toDateTime();
        if (c.priority < p || (c.priority == p && c.receivedAt < t))
            break;
    }
    queue->insertRow(at, row);
    m_contacts.insert(c.id, row[0]);
}

// ---- agents serving each queue ----------------------------------------------------------------------

ServingAgentsModel::ServingAgentsModel(AgentTreeModel& agents, QObject* parent)
    : QStandardItemModel(0, AgentTreeModel::ColumnCount, parent)
    , m_agents(agents)
{
    QStringList headers;
    for (int c = 0; c < AgentTreeModel::ColumnCount; ++c)
        headers << agents.headerData(c, Qt::Horizontal).toString();
    setHorizontalHeaderLabels(headers);
    // Agents come and go rarely (a full load, one joining the team): then everything is copied
    // again. A state changes often: then only the changed agents' rows, one signal per queue.
    connect(&agents, &QAbstractItemModel::modelReset, this, &ServingAgentsModel::rebuild);
    connect(&agents, &QAbstractItemModel::rowsInserted, this, &ServingAgentsModel::rebuild);
    connect(&agents, &QAbstractItemModel::rowsRemoved, this, &ServingAgentsModel::rebuild);
    connect(&agents, &QAbstractItemModel::dataChanged, this, &ServingAgentsModel::follow);
}

void ServingAgentsModel::setQueues(const QList<std::pair<QString, QString>>& idAndName)
{
    m_queueList = idAndName;
    beginResetModel();
    QSignalBlocker quiet(this);
    removeRows(0, rowCount());
    m_queues.clear();
    m_copies.clear();
    for (const auto& [id, name] : idAndName) {
        QList<QStandardItem*> row = readOnlyRow(AgentTreeModel::ColumnCount);
        row[0]->setText(name);
        row[0]->setData(id, SupervisorRoles::IdRole);
        appendRow(row);
        m_queues.insert(id, row[0]);
    }
    copyAll();
    quiet.unblock();
    endResetModel();
}

QModelIndex ServingAgentsModel::queueIndex(const QString& queue) const
{
    QStandardItem* q = m_queues.value(queue);
    return q ? q->index() : QModelIndex();
}

QStringList ServingAgentsModel::agentsOf(const QString& queue) const
{
    QStringList ids;
    if (QStandardItem* q = m_queues.value(queue))
        for (int r = 0; r < q->rowCount(); ++r)
            ids << q->child(r, 0)->data(SupervisorRoles::IdRole).toString();
    return ids;
}

void ServingAgentsModel::copyRow(const QList<QStandardItem*>& from, const QList<QStandardItem*>& to)
{
    static const int roles[] = {Qt::DisplayRole,
                                Qt::DecorationRole,
                                Qt::TextAlignmentRole,
                                SupervisorRoles::IdRole,
                                SupervisorRoles::SinceRole,
                                SupervisorRoles::LevelRole,
                                SupervisorRoles::LimitRole,
                                SupervisorRoles::CurrentContactRole,
                                SupervisorRoles::AgentStateRole,
                                SupervisorRoles::AgentQueuesRole};
    for (int c = 0; c < from.size(); ++c)
        for (int role : roles)
            to[c]->setData(from[c]->data(role), role);
}

void ServingAgentsModel::rebuild()
{
    // Quietly between the two signals of one reset: a full load copies hundreds of rows.
    beginResetModel();
    {
        const QSignalBlocker quiet(this);
        copyAll();
    }
    endResetModel();
}

void ServingAgentsModel::copyAll()
{
    for (QStandardItem* q : std::as_const(m_queues))
        q->removeRows(0, q->rowCount());
    m_copies.clear();
    for (int t = 0; t < m_agents.rowCount(); ++t) {
        QStandardItem* team = m_agents.item(t);
        for (int r = 0; r < team->rowCount(); ++r) {
            QList<QStandardItem*> from;
            for (int c = 0; c < AgentTreeModel::ColumnCount; ++c)
                from << team->child(r, c);
            for (const QString& queue : from[0]->data(SupervisorRoles::AgentQueuesRole).toStringList()) {
                QStandardItem* q = m_queues.value(queue);
                if (!q)
                    continue;
                QList<QStandardItem*> to = readOnlyRow(AgentTreeModel::ColumnCount);
                copyRow(from, to);
                q->appendRow(to);
                m_copies.insert(from[0]->data(SupervisorRoles::IdRole).toString(), to[0]);
            }
        }
    }
}

void ServingAgentsModel::follow(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    const QModelIndex team = topLeft.parent();
    if (!team.isValid())
        return;                                         // a team row: nothing of it is copied
    QHash<QStandardItem*, std::pair<int, int>> touched; // queue item → first and last changed row
    {
        const QSignalBlocker quiet(this);
        QStandardItem* teamItem = m_agents.itemFromIndex(team);
        for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
            QList<QStandardItem*> from;
            for (int c = 0; c < AgentTreeModel::ColumnCount; ++c)
                from << teamItem->child(r, c);
            const QString id = from[0]->data(SupervisorRoles::IdRole).toString();
            for (auto it = m_copies.constFind(id); it != m_copies.cend() && it.key() == id; ++it) {
                QStandardItem* queue = it.value()->parent();
                const int row = it.value()->row();
                QList<QStandardItem*> to;
                for (int c = 0; c < AgentTreeModel::ColumnCount; ++c)
                    to << queue->child(row, c);
                copyRow(from, to);
                auto span = touched.find(queue);
                if (span == touched.end())
                    touched.insert(queue, {row, row});
                else
                    *span = {std::min(span->first, row), std::max(span->second, row)};
            }
        }
    }
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const QModelIndex queue = it.key()->index();
        Q_EMIT dataChanged(index(it->first, 0, queue), index(it->second, AgentTreeModel::ColumnCount - 1, queue));
    }
}

// ---- scheduled callbacks ---------------------------------------------------------------------------

ScheduledCallbacksModel::ScheduledCallbacksModel(Clock now, QObject* parent)
    : QAbstractTableModel(parent)
    , m_now(now ? std::move(now) : Clock(defaultNow))
{}

void ScheduledCallbacksModel::setQueueNames(const QHash<QString, QString>& names)
{
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Queue), index(int(m_rows.size()) - 1, Queue));
}

int ScheduledCallbacksModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

void ScheduledCallbacksModel::setContacts(const QJsonArray& items)
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    for (const QJsonValue& v : items)
        upsert(v.toObject());
}

void ScheduledCallbacksModel::remove(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ScheduledCallbacksModel::upsert(const QJsonObject& c)
{
    const QString id = c.value(u"id").toString();
    if (id.isEmpty())
        return;
    const QString caller = c.value(u"caller").toObject().value(u"name").toString();
    if (!caller.isEmpty())
        m_callers.insert(id, caller);
    remove(id);
    if (c.value(u"state").toString() != QLatin1String("scheduled"))
        return;
    Row r{id, c.value(u"queue").toString(), QDateTime::fromString(c.value(u"callbackAt").toString(), Qt::ISODateWithMs),
          caller, c.value(u"callbackNote").toString()};
    // By the time of the callback, the earliest first.
    int at = 0;
    while (at < m_rows.size() &&
           (m_rows[at].callbackAt < r.callbackAt || (m_rows[at].callbackAt == r.callbackAt && m_rows[at].id < id)))
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, r);
    endInsertRows();
}

int ScheduledCallbacksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduledCallbacksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduledCallbacksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case SupervisorRoles::IdRole:
        return r.id;
    case SupervisorRoles::QueueRole:
        return r.queue;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case CallbackAt: {
            // Local time; the date only when it is not today (by the injected clock).
            const QLocale sv(QLocale::Swedish, QLocale::Sweden);
            const QDateTime local = r.callbackAt.toLocalTime();
            if (!local.isValid())
                return QString();
            if (local.date() == m_now().toLocalTime().date())
                return local.toString(QStringLiteral("HH:mm"));
            return QString(sv.toString(local.date(), QStringLiteral("ddd d MMM")) + u' ' +
                           local.toString(QStringLiteral("HH:mm")));
        }
        case Queue:
            return m_names.value(r.queue, r.queue);
        case Caller:
            return r.caller;
        case Note:
            return r.note;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == Note ? QVariant(r.note) : QVariant();
    }
    return {};
}

QVariant ScheduledCallbacksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CallbackAt:
        return tr("Call back at");
    case Queue:
        return tr("Queue");
    case Caller:
        return tr("Caller");
    case Note:
        return tr("Note");
    }
    return {};
}

// ---- the ticking column ----------------------------------------------------------------------------

SinceColumnProxy::SinceColumnProxy(const QString& header, Clock now, QObject* parent)
    : KExtraColumnsProxyModel(parent)
    , m_now(now ? std::move(now) : Clock(defaultNow))
    , m_timer(new QTimer(this))
{
    appendColumn(header);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SinceColumnProxy::tick);
    m_timer->start();
}

int SinceColumnProxy::timeColumn() const
{
    return sourceModel() ? proxyColumnForExtraColumn(0) : -1;
}

void SinceColumnProxy::setWrappedHeader(bool on)
{
    if (m_wrapped == on || !sourceModel())
        return;
    m_wrapped = on;
    Q_EMIT headerDataChanged(Qt::Horizontal, timeColumn(), timeColumn());
}

QVariant SinceColumnProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant value = KExtraColumnsProxyModel::headerData(section, orientation, role);
    if (m_wrapped && orientation == Qt::Horizontal && role == Qt::DisplayRole && section == timeColumn())
        return wrapped(value.toString());
    return value;
}

void SinceColumnProxy::setTicking(bool on)
{
    on ? m_timer->start() : m_timer->stop();
}

QVariant SinceColumnProxy::extraColumnData(const QModelIndex& parent, int row, int, int role) const
{
    const QModelIndex first = index(row, 0, parent);
    const QDateTime since = first.data(SupervisorRoles::SinceRole).toDateTime();
    const qint64 limit = first.data(SupervisorRoles::LimitRole).toLongLong();
    const qint64 seconds = since.isValid() ? std::max<qint64>(0, since.secsTo(m_now())) : -1;
    const Level level = limit > 0 && seconds > limit ? Level::Alarm : Level::Normal;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (seconds < 0)
            return QString();
        return QString(QueueStatsModel::formatDuration(seconds) +
                       (level == Level::Alarm
                            ? QString(u' ' + (m_alarmText.isEmpty() ? QueueStatsModel::tr("over limit") : m_alarmText))
                            : QString()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        return levelDecoration(level);
    case SupervisorRoles::LevelRole:
        return int(level);
    }
    return {};
}

void SinceColumnProxy::tickBelow(const QModelIndex& parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    const int column = timeColumn();
    Q_EMIT dataChanged(index(0, column, parent), index(rows - 1, column, parent),
                       {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::DecorationRole});
    for (int r = 0; r < rows; ++r) {
        const QModelIndex child = index(r, 0, parent);
        if (hasChildren(child))
            tickBelow(child);
    }
}

void SinceColumnProxy::tick()
{
    if (sourceModel())
        tickBelow({});
}

} // namespace kc
