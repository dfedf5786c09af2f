// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/referencelistmodel.h"

namespace kc {

ReferenceListModel::ReferenceListModel(Kind kind, QList<Item> items, QObject* parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_items(std::move(items))
{
    m_search.reserve(m_items.size());
    for (const Item& i : std::as_const(m_items))
        m_search.append((i.code + u' ' + i.name + u' ' + i.group).toLower());
}

ReferenceListModel* ReferenceListModel::offenceTypes(const ReferenceData& ref, QObject* parent)
{
    QList<Item> items;
    items.reserve(ref.offenceTypes().size());
    for (const OffenceType& o : ref.offenceTypes())
        if (!o.isEnded())
            items.append({o.code, o.name, o.category});
    return new ReferenceListModel(Kind::Offence, std::move(items), parent);
}

ReferenceListModel* ReferenceListModel::plain(QList<Item> items, QObject* parent)
{
    return new ReferenceListModel(Kind::Plain, std::move(items), parent);
}

ReferenceListModel* ReferenceListModel::municipalities(const ReferenceData& ref, QObject* parent)
{
    QList<Item> items;
    items.reserve(ref.municipalities().size());
    for (const Municipality& m : ref.municipalities()) {
        const County* c = ref.county(m.countyCode);
        items.append({m.code, m.name, c ? c->name : QString()});
    }
    return new ReferenceListModel(Kind::Municipality, std::move(items), parent);
}

int ReferenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReferenceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (m_kind == Kind::Municipality)
            return QStringLiteral("%1 (%2)").arg(item.name, item.code);
        if (item.code == QLatin1String(OffenceType::LossCode) || m_kind == Kind::Plain)
            return item.name;
        return QString(item.code + QStringLiteral(" – ") + item.name);
    case Qt::ToolTipRole:
        return item.group;
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case CodeRole:
        return item.code;
    case NameRole:
        return item.name;
    case GroupRole:
        return item.group;
    case SearchTextRole:
        return m_search[index.row()];
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferenceListModel::roleNames() const
{
    auto roles = QAbstractListModel::roleNames();
    roles.insert(CodeRole, "code");
    roles.insert(NameRole, "name");
    roles.insert(GroupRole, "group");
    roles.insert(SearchTextRole, "searchText");
    return roles;
}

int ReferenceListModel::rowOf(const QString& code) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].code == code)
            return int(i);
    return -1;
}

} // namespace kc
