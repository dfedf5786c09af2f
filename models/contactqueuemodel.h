// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The contacts waiting in the agent's queues, one row each, in service order: priority ascending
// (1 = most urgent), then receivedAt ascending (longest waiting first), then id (so the order is
// total and stable). Fed by the sync layer: setContacts() for the initial load, upsert() for every
// contact event, remove() when a contact vanishes from what the agent may see.
//
// Invariants: every row is a Contact in state Waiting; ids are unique; rows are always in service
// order. upsert() says exactly what happened with the finest signal that fits: rowsInserted at the
// contact's place, rowsMoved when its order key (priority, receivedAt) changed, dataChanged for
// the whole row when only other fields changed, rowsRemoved when it is no longer waiting. An
// update carrying an older version than the row holds is ignored (events may arrive late).
// Scale: 100,000 rows; rowOf() and upsert() find rows by binary search on the order key (an id →
// row hash would need O(n) renumbering on every insert), so the only O(n) part of an upsert is
// shifting the row pointers.
//
// Scheduled callbacks are not waiting: never a row (agents never see them in their queue).
// Columns: Channel (icon + text), Queue (its Swedish name once setQueueNames() gave one, else the
// id), Caller (name, else the phone in national form, else the e-mail address), Subject ("Gäller":
// what the caller's errand is about), Language (Swedish name, "arabiska"), Priority ("1 Akut":
// number and urgency word; acute rows tinted and bold, high ones in their urgency cell — text
// always beside colour). The waiting time is not a column here: it changes every second, and
// WaitingTimeProxyModel adds it without touching rows.
// Roles (every column): ContactIdRole, PriorityRole, ReceivedAtRole (QDateTime), SearchTextRole
// (lower-case caller name, phone in national, digit and E.164 forms, e-mail, subject, queue and
// channel text, for SearchFilterProxyModel); plus Qt::ToolTipRole and Qt::AccessibleTextRole.
//
// Thread rules: GUI thread, like any model. Texts are translated when a row is stored, so install
// the translator before loading contacts.
#pragma once

#include "core/types.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace kc {

class ContactQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Channel, Queue, Caller, Subject, Language, Priority, ColumnCount };
    enum Roles { ContactIdRole = Qt::UserRole + 1, PriorityRole, ReceivedAtRole, SearchTextRole };

    explicit ContactQueueModel(QObject* parent = nullptr);
    ~ContactQueueModel() override;

    // Replaces every row (model reset). Contacts not waiting are skipped; of two with the same id
    // the one with the higher version (or, equal, the later one in the list) is kept.
    void setContacts(const QList<Contact>& contacts);
    // Applies one contact as the server now sees it: insert, move, update in place or remove.
    void upsert(const Contact& contact);
    // Applies many at once, each as upsert() would (of two with the same id, the later wins), but
    // new rows that land between the same two neighbours go in as one rowsInserted range: a proxy
    // such as QSortFilterProxyModel spends O(rows) per signal, so a catch-up of 100,000 contacts
    // inserted one by one was quadratic on the GUI thread.
    void upsertMany(const QList<Contact>& contacts);
    // Removes the contact with `id`, if present.
    void remove(const QString& id);

    // The contact of `row`; precondition 0 <= row < rowCount().
    const Contact& contact(int row) const;
    // The row of the contact with `id`, or -1. O(log n).
    int rowOf(const QString& id) const;

    // The translated name of a channel ("Telefon"), as shown in the Channel column.
    static QString channelText(kc::Channel channel);
    // The Subject column's text: the subject; a callback (callbackOf set) is marked in words with
    // its note: "Återuppringning – Stulen cykel – Ring efter 15, kunden har möte".
    static QString subjectText(const kc::Contact& contact);

    // Queue id → display name ("anmalan" → "Anmälan"), from GET /queues. Unknown ids show as they
    // are. Changing the names re-announces every row (dataChanged), never reorders.
    void setQueueNames(const QHash<QString, QString>& names);
    QString queueName(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // The service order: (priority, receivedAt, id), compared in that order.
    struct Key
    {
        int priority = 0;
        qint64 receivedMs = 0;
        QString id;
        bool operator<(const Key& other) const;
        bool operator==(const Key& other) const = default;
    };
    struct Row
    {
        Key key;
        Contact contact;
        QString phone;      // the caller's phone in national form ("070-123 45 67"), or as stored
        QString phoneForms; // every form of the phone an agent may type, for the search text
        QString caller;     // Caller column text, computed once (phone parsing is not free)
        QString language;   // Language column text
        QString search;     // SearchTextRole
    };
    using Rows = std::vector<std::unique_ptr<Row>>;

    std::unique_ptr<Row> makeRow(const Contact& contact) const;
    QString searchText(const Row& row) const;
    // First row whose key is not less than `key`.
    int lowerBound(const Key& key) const;

    Rows m_rows;                 // service order
    QHash<QString, Row*> m_byId; // id → its row object (not its row number, which shifts)
    QHash<QString, QString> m_queueNames;
};

} // namespace kc
