// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A read-only list model over one reference list (offence types or kommuner), for pickers in the
// report form and the lookup panel. Rows are fixed at construction; the model never changes, so
// views and proxies may cache freely.
//
// Roles: Qt::DisplayRole "0802 – Biltillgrepp, fullbordat" / "Göteborg (1480)", CodeRole, NameRole,
// GroupRole (category or län name), SearchTextRole (lower-case code, name and group, for filtering).
// The offence list holds only codes in use: ended ones are never offered (ReferenceData keeps them
// for showing old reports). Thread rules: GUI thread, like any model.
#pragma once

#include "core/referencedata.h"

#include <QAbstractListModel>

namespace kc {

class ReferenceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, NameRole, GroupRole, SearchTextRole };

    struct Item
    {
        QString code;
        QString name;
        QString group;
    };

    static ReferenceListModel* offenceTypes(const ReferenceData& ref, QObject* parent = nullptr);
    static ReferenceListModel* municipalities(const ReferenceData& ref, QObject* parent = nullptr);
    // Any list of code/name pairs shown like offences (the offence guide's plain words).
    static ReferenceListModel* plain(QList<Item> items, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row of `code`, or -1.
    int rowOf(const QString& code) const;

private:
    enum class Kind { Offence, Municipality, Plain };
    ReferenceListModel(Kind kind, QList<Item> items, QObject* parent);
    Kind m_kind;
    QList<Item> m_items;
    QList<QString> m_search; // precomputed SearchTextRole, one per row
};

} // namespace kc
