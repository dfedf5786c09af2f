// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/contactqueuemodel.h"

#include "core/languages.h"
#include "core/phonenumber.h"
#include "core/urgency.h"

#include <QColor>
#include <QFont>
#include <QIcon>

#include <algorithm>
#include <limits>

namespace kc {

namespace {

qint64 receivedMs(const QDateTime& at)
{
    // A contact without a time cannot have waited longest: it goes last within its priority.
    return at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

QString themeIconName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QStringLiteral("call-start");
    case Channel::Web:
        return QStringLiteral("internet-web-browser");
    case Channel::Email:
        return QStringLiteral("internet-mail");
    case Channel::Chat:
        return QStringLiteral("internet-group-chat");
    }
    return {};
}

} // namespace

bool ContactQueueModel::Key::operator<(const Key& other) const
{
    if (priority != other.priority)
        return priority < other.priority;
    if (receivedMs != other.receivedMs)
        return receivedMs < other.receivedMs;
    return id < other.id;
}

ContactQueueModel::ContactQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

ContactQueueModel::~ContactQueueModel() = default;

QString ContactQueueModel::channelText(kc::Channel channel)
{
    switch (channel) {
    case kc::Channel::Phone:
        return tr("Phone");
    case kc::Channel::Web:
        return tr("Web");
    case kc::Channel::Email:
        return tr("E-mail");
    case kc::Channel::Chat:
        return tr("Chat");
    }
    return {};
}

QString ContactQueueModel::queueName(const QString& id) const
{
    return m_queueNames.value(id, id);
}

void ContactQueueModel::setQueueNames(const QHash<QString, QString>& names)
{
    if (names == m_queueNames)
        return;
    m_queueNames = names;
    // The search text holds the queue's name: "anmälan" must find the rows of queue anmalan.
    for (const auto& row : m_rows)
        row->search = searchText(*row);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ContactQueueModel::searchText(const Row& row) const
{
    const Contact& c = row.contact;
    const QString search = c.caller.name + u' ' + row.phoneForms + u' ' + c.caller.email.value_or(QString()) + u' ' +
                           c.subject + u' ' + c.queue + u' ' + queueName(c.queue) + u' ' + channelText(c.channel) +
                           u' ' + urgencyText(urgencyOf(c.priority)) +
                           (c.callbackOf ? u' ' + subjectText(c) : QString());
    return search.toLower();
}

QString ContactQueueModel::subjectText(const Contact& c)
{
    if (!c.callbackOf)
        return c.subject;
    // A booked callback (issue 15) is marked in words, with the note the colleague left.
    const QString note = c.callbackNote.value_or(QString()).trimmed();
    //: A callback contact in the queue: %1 what the caller's errand is about
    const QString marked = tr("Callback – %1").arg(c.subject);
    return note.isEmpty() ? marked : marked + QStringLiteral(" – ") + note;
}

std::unique_ptr<ContactQueueModel::Row> ContactQueueModel::makeRow(const Contact& contact) const
{
    auto row = std::make_unique<Row>();
    row->key = {contact.priority, receivedMs(contact.receivedAt), contact.id};
    row->contact = contact;

    const Person& p = contact.caller;
    QString& phoneForms = row->phoneForms;
    QString& national = row->phone;
    if (p.phone && !p.phone->isEmpty()) {
        if (const auto parsed = PhoneNumber::parse(*p.phone)) {
            national = parsed->national();
            QString digits;
            for (const QChar c : national)
                if (c.isDigit())
                    digits.append(c);
            // Agents type numbers the way the caller says them: "070-123 45 67", "0701234567" or
            // "+46701234567"; each form must find the row.
            phoneForms = national + u' ' + digits + u' ' + parsed->e164();
        } else {
            national = *p.phone; // kept as stored: the row must still show something to call back
            phoneForms = national;
        }
    }
    const QString email = p.email.value_or(QString());
    row->caller = !p.name.trimmed().isEmpty() ? p.name : !national.isEmpty() ? national : email;
    row->language = languageName(contact.language);
    row->search = searchText(*row);
    return row;
}

int ContactQueueModel::lowerBound(const Key& key) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), key,
                                     [](const std::unique_ptr<Row>& r, const Key& k) { return r->key < k; });
    return int(it - m_rows.begin());
}

void ContactQueueModel::setContacts(const QList<Contact>& contacts)
{
    QHash<QString, const Contact*> latest;
    latest.reserve(contacts.size());
    for (const Contact& c : contacts) {
        if (c.state != ContactState::Waiting)
            continue;
        const Contact*& slot = latest[c.id];
        if (!slot || slot->version <= c.version)
            slot = &c;
    }

    Rows rows;
    rows.reserve(latest.size());
    for (const Contact* c : std::as_const(latest))
        rows.push_back(makeRow(*c));
    std::sort(rows.begin(), rows.end(),
              [](const std::unique_ptr<Row>& a, const std::unique_ptr<Row>& b) { return a->key < b->key; });

    beginResetModel();
    m_rows = std::move(rows);
    m_byId.clear();
    m_byId.reserve(qsizetype(m_rows.size()));
    for (const auto& r : m_rows)
        m_byId.insert(r->key.id, r.get());
    endResetModel();
}

void ContactQueueModel::upsert(const Contact& contact)
{
    const bool waiting = contact.state == ContactState::Waiting;
    Row* existing = m_byId.value(contact.id);
    if (!existing) {
        if (!waiting)
            return;
        auto row = makeRow(contact);
        const int at = lowerBound(row->key);
        beginInsertRows({}, at, at);
        m_byId.insert(contact.id, row.get());
        m_rows.insert(m_rows.begin() + at, std::move(row));
        endInsertRows();
        return;
    }
    if (contact.version < existing->contact.version)
        return;
    if (!waiting) {
        remove(contact.id);
        return;
    }

    const int from = rowOf(contact.id);
    auto row = makeRow(contact);
    if (row->key == existing->key) {
        *existing = std::move(*row);
        Q_EMIT dataChanged(index(from, 0), index(from, ColumnCount - 1));
        return;
    }

    // The old row is still in the list while we search; its key differs from the new one, so it
    // never ties with it. `to` is a position among the current rows, as beginMoveRows wants it.
    const int to = lowerBound(row->key);
    if (to == from || to == from + 1) {
        // The new key still falls between the same neighbours: the row stays where it is.
        *existing = std::move(*row);
        Q_EMIT dataChanged(index(from, 0), index(from, ColumnCount - 1));
        return;
    }
    beginMoveRows({}, from, from, {}, to);
    auto moving = std::move(m_rows[size_t(from)]);
    m_rows.erase(m_rows.begin() + from);
    const int landed = to > from ? to - 1 : to;
    *moving = std::move(*row);
    m_rows.insert(m_rows.begin() + landed, std::move(moving));
    endMoveRows();
    Q_EMIT dataChanged(index(landed, 0), index(landed, ColumnCount - 1));
}

void ContactQueueModel::upsertMany(const QList<Contact>& contacts)
{
    // Contacts already shown (or not waiting) take the single path: an update in place, a move or a
    // removal. New waiting ones are collected, the latest of each id.
    QHash<QString, qsizetype> fresh;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts[i];
        if (m_byId.contains(c.id) || c.state != ContactState::Waiting) {
            fresh.remove(c.id);
            upsert(c);
        } else {
            fresh.insert(c.id, i);
        }
    }
    if (fresh.isEmpty())
        return;
    Rows rows;
    rows.reserve(size_t(fresh.size()));
    for (const qsizetype i : std::as_const(fresh))
        rows.push_back(makeRow(contacts[i]));
    std::sort(rows.begin(), rows.end(),
              [](const std::unique_ptr<Row>& a, const std::unique_ptr<Row>& b) { return a->key < b->key; });
    // From the back: inserting a range never moves the places of the ranges before it.
    size_t end = rows.size();
    while (end > 0) {
        const int at = lowerBound(rows[end - 1]->key);
        size_t begin = end - 1;
        while (begin > 0 && lowerBound(rows[begin - 1]->key) == at)
            --begin;
        beginInsertRows({}, at, at + int(end - begin) - 1);
        for (size_t i = begin; i < end; ++i)
            m_byId.insert(rows[i]->key.id, rows[i].get());
        m_rows.insert(m_rows.begin() + at, std::make_move_iterator(rows.begin() + qsizetype(begin)),
                      std::make_move_iterator(rows.begin() + qsizetype(end)));
        endInsertRows();
        end = begin;
    }
}

void ContactQueueModel::remove(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_byId.remove(id);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

const Contact& ContactQueueModel::contact(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_rows[size_t(row)]->contact;
}

int ContactQueueModel::rowOf(const QString& id) const
{
    const Row* r = m_byId.value(id);
    if (!r)
        return -1;
    const int row = lowerBound(r->key);
    Q_ASSERT(row < rowCount() && m_rows[size_t(row)].get() == r);
    return row;
}

int ContactQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = *m_rows[size_t(index.row())];
    const Contact& c = row.contact;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Channel:
            return channelText(c.channel);
        case Queue:
            return queueName(c.queue);
        case Caller:
            return row.caller;
        case Subject:
            return subjectText(c);
        case Language:
            return row.language;
        case Priority:
            return priorityText(c.priority);
        }
        return {};
    case Qt::BackgroundRole:
        // Acute: the whole row stands out; high: its urgency cell. Always with the words beside it
        // ("1 Akut", bold), so nothing depends on telling colours apart.
        if (c.priority <= 1)
            return QColor(0xfd, 0xe2, 0xe1);
        if (c.priority == 2 && index.column() == Priority)
            return QColor(0xff, 0xf0, 0xc8);
        return {};
    case Qt::ForegroundRole:
        if (c.priority <= 2)
            return QColor(0x1a, 0x1a, 0x1a); // dark text on the light tint, whatever the theme
        return {};
    case Qt::FontRole:
        if (c.priority <= 1 || (c.priority == 2 && index.column() == Priority)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Channel) {
            // Theme icons only: models stay free of widgets and styles. QIcon::fromTheme caches by
            // name, and the theme icon engine follows theme changes by itself.
            const QIcon icon = QIcon::fromTheme(themeIconName(c.channel));
            return icon.isNull() ? QVariant() : QVariant(icon);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Caller) {
            // Everything there is to call or write back to, one per line.
            QStringList lines{c.caller.name, row.phone, c.caller.email.value_or(QString())};
            lines.removeAll(QString());
            return lines.join(u'\n');
        }
        [[fallthrough]];
    case Qt::AccessibleTextRole:
        if (index.column() == Priority)
            return tr("Priority %1 (1 = most urgent): %2").arg(c.priority).arg(urgencyText(urgencyOf(c.priority)));
        if (index.column() == Queue && queueName(c.queue) != c.queue)
            return tr("Queue %1 (%2)").arg(queueName(c.queue), c.queue);
        return data(index, Qt::DisplayRole).toString();
    case ContactIdRole:
        return c.id;
    case PriorityRole:
        return c.priority;
    case ReceivedAtRole:
        return c.receivedAt;
    case SearchTextRole:
        return row.search;
    default:
        return {};
    }
}

QVariant ContactQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Channel:
        return tr("Channel");
    case Queue:
        return tr("Queue");
    case Caller:
        return tr("Caller");
    case Subject:
        return tr("Concerns");
    case Language:
        return tr("Language");
    case Priority:
        return tr("Urgency");
    }
    return {};
}

QHash<int, QByteArray> ContactQueueModel::roleNames() const
{
    auto roles = QAbstractTableModel::roleNames();
    roles.insert(ContactIdRole, "contactId");
    roles.insert(PriorityRole, "priority");
    roles.insert(ReceivedAtRole, "receivedAt");
    roles.insert(SearchTextRole, "searchText");
    return roles;
}

} // namespace kc
