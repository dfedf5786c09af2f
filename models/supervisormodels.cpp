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

QDateTime defaultNow()
{
    return QDateTime::currentDateTimeUtc();
}

std::optional<int> optionalInt(const QJsonValue& v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

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
    for (const QueueStats& s : stats)
        m_rows.append(rowFor(s));
    endResetModel();
}

void QueueStatsModel::applyStats(const QueueStats& s)
{
    const int row = rowOf(s.queue);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(rowFor(s));
        endInsertRows();
        return;
    }
    m_rows[row] = rowFor(s);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].stats.queue == queue)
            return i;
    return -1;
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
    QList<QStandardItem*> row;
    for (int c = 0; c < ColumnCount; ++c) {
        auto* item = new QStandardItem;
        item->setEditable(false);
        row << item;
    }
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

void AgentTreeModel::fillItems(const QList<QStandardItem*>& row, const QJsonObject& a)
{
    const AgentStatus state = fromWireName<AgentStatus>(a.value(u"state").toString()).value_or(AgentStatus::Offline);
    std::optional<QString> reason;
    if (a.value(u"reason").isString())
        reason = a.value(u"reason").toString();
    const QString current = a.value(u"currentContactId").toString();
    row[Name]->setText(a.value(u"displayName").toString());
    row[Name]->setData(a.value(u"agentId").toString(), SupervisorRoles::IdRole);
    row[Name]->setData(QDateTime::fromString(a.value(u"since").toString(), Qt::ISODateWithMs),
                       SupervisorRoles::SinceRole);
    row[Name]->setData(current, SupervisorRoles::CurrentContactRole);
    row[Name]->setData(int(state), SupervisorRoles::AgentStateRole);
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
    removeRows(0, rowCount());
    m_agents.clear();
    m_teams.clear();
    m_counted.clear();
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
        QList<QStandardItem*> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QStandardItem;
            item->setEditable(false);
            row << item;
        }
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
    // Events and loads travel on different connections: an older state never replaces a newer one.
    if (const auto newest = m_newest.constFind(s.agentId); newest != m_newest.cend()) {
        const QDateTime since = QDateTime::fromString(newest->value(u"since").toString(), Qt::ISODateWithMs);
        if (since.isValid() && s.since.isValid() && s.since < since)
            return;
    }
    QList<QStandardItem*> row = rowOf(s.agentId);
    QJsonObject a{{QStringLiteral("agentId"), s.agentId},
                  {QStringLiteral("displayName"), s.displayName},
                  {QStringLiteral("team"), s.team},
                  {QStringLiteral("state"), wireName(s.state)},
                  {QStringLiteral("since"), s.since.toUTC().toString(Qt::ISODateWithMs)}};
    if (s.reason)
        a.insert(QStringLiteral("reason"), *s.reason);
    m_newest.insert(s.agentId, a);
    if (row.isEmpty()) {
        a.insert(QStringLiteral("handledToday"), 0);
        QList<QStandardItem*> fresh;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QStandardItem;
            item->setEditable(false);
            fresh << item;
        }
        fill(fresh, a);
        teamItem(s.team)->appendRow(fresh);
        m_agents.insert(s.agentId, fresh[0]);
        return;
    }
    a.insert(QStringLiteral("currentContactId"), row[Name]->data(SupervisorRoles::CurrentContactRole).toString());
    a.insert(QStringLiteral("handledToday"), row[HandledToday]->text().toInt());
    fill(row, a);
}

void AgentTreeModel::applyContact(const Contact& c)
{
    // Whoever shows this contact as current and no longer holds it lets go of it.
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it) {
        QStandardItem* first = it.value();
        if (first->data(SupervisorRoles::CurrentContactRole).toString() != c.id)
            continue;
        if (c.state == ContactState::Assigned && c.assignedTo == it.key())
            continue;
        first->setData(QString(), SupervisorRoles::CurrentContactRole);
        rowOf(it.key())[CurrentContact]->setText(QString());
    }
    if (!c.assignedTo)
        return;
    QList<QStandardItem*> row = rowOf(*c.assignedTo);
    if (row.isEmpty())
        return;
    if (c.state == ContactState::Assigned) {
        row[Name]->setData(c.id, SupervisorRoles::CurrentContactRole);
        row[CurrentContact]->setText(titleOf(c.id));
    } else if (c.state == ContactState::Completed && !m_counted.contains(c.id)) {
        // Counted once, however often the event comes (a replay after a reconnect).
        m_counted.insert(c.id, *c.assignedTo);
        row[HandledToday]->setText(QString::number(row[HandledToday]->text().toInt() + 1));
    }
}

// ---- waiting contacts ------------------------------------------------------------------------------

WaitingTreeModel::WaitingTreeModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Priority"), tr("Subject"), tr("Channel")});
}

void WaitingTreeModel::setQueues(const QList<std::pair<QString, QString>>& idAndName)
{
    QList<Contact> keep;
    removeRows(0, rowCount());
    m_queues.clear();
    m_contacts.clear();
    for (const auto& [id, name] : idAndName) {
        QList<QStandardItem*> row;
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QStandardItem;
            item->setEditable(false);
            row << item;
        }
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
    remove(c.id);
    QStandardItem* queue = m_queues.value(c.queue);
    if (c.state != ContactState::Waiting || !queue)
        return;
    QList<QStandardItem*> row;
    for (int col = 0; col < ColumnCount; ++col) {
        auto* item = new QStandardItem;
        item->setEditable(false);
        row << item;
    }
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
                       (level == Level::Alarm ? QString(u' ' + QueueStatsModel::tr("over limit")) : QString()));
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
