// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/handoffmodel.h"

#include "core/jsoncodec.h"

#include <QFont>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kc {

namespace {
QString timeText(const QDateTime& at)
{
    // ISO order, as the case history writes times (CaseHistoryModel::timeText).
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}
} // namespace

HandoffModel::HandoffModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

std::optional<HandoffModel::Row> HandoffModel::rowFrom(const QJsonObject& o)
{
    Row r;
    r.reportId = o.value("reportId"_L1).toString();
    if (r.reportId.isEmpty())
        return std::nullopt;
    r.caseNumber = o.value("caseNumber"_L1).toString();
    r.offenceCode = o.value("offenceCode"_L1).toString();
    r.offenceName = o.value("offenceName"_L1).toString();
    r.municipalityCode = o.value("municipalityCode"_L1).toString();
    r.municipalityName = o.value("municipalityName"_L1).toString();
    r.routedAt = json::parseTimestamp(o.value("routedAt"_L1).toString());
    r.state = o.value("state"_L1).toString();
    r.acknowledgedAt = json::parseTimestamp(o.value("acknowledgedAt"_L1).toString());
    return r;
}

bool HandoffModel::before(const Row& a, const Row& b)
{
    if (a.routedAt != b.routedAt)
        return a.routedAt > b.routedAt;
    return a.reportId < b.reportId;
}

int HandoffModel::insertionPoint(const Row& row) const
{
    const auto it =
        std::lower_bound(m_rows.begin(), m_rows.end(), row, [](const Row& a, const Row& b) { return before(a, b); });
    return int(it - m_rows.begin());
}

void HandoffModel::setItems(const QJsonArray& items)
{
    std::vector<Row> wanted;
    QSet<QString> ids;
    for (const QJsonValue& v : items)
        if (auto r = rowFrom(v.toObject()); r && !ids.contains(r->reportId)) {
            ids.insert(r->reportId);
            wanted.push_back(std::move(*r));
        }
    std::sort(wanted.begin(), wanted.end(), &HandoffModel::before);

    // An existing row whose order key moved: rare (the server does not re-route); a reset is honest.
    for (const Row& w : wanted)
        if (const int at = rowOf(w.reportId); at >= 0 && m_rows[size_t(at)].routedAt != w.routedAt) {
            beginResetModel();
            m_rows = std::move(wanted);
            endResetModel();
            return;
        }
    // Gone: from the bottom up, so the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row)
        if (!ids.contains(m_rows[size_t(row)].reportId)) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
    for (Row& w : wanted)
        upsert(w);
}

void HandoffModel::upsert(const QJsonObject& item)
{
    if (auto r = rowFrom(item))
        upsert(*r);
}

void HandoffModel::upsert(const Row& r)
{
    if (const int at = rowOf(r.reportId); at >= 0) {
        Row& mine = m_rows[size_t(at)];
        if (mine == r)
            return;
        if (mine.routedAt == r.routedAt) {
            mine = r;
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            return;
        }
        beginRemoveRows({}, at, at);
        m_rows.erase(m_rows.begin() + at);
        endRemoveRows();
    }
    const int at = insertionPoint(r);
    beginInsertRows({}, at, at);
    m_rows.insert(m_rows.begin() + at, r);
    endInsertRows();
}

void HandoffModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int HandoffModel::rowOf(const QString& reportId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].reportId == reportId)
            return int(i);
    return -1;
}

QString HandoffModel::reportId(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].reportId : QString();
}

bool HandoffModel::isAcknowledged(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[size_t(row)].state == "acknowledged"_L1;
}

int HandoffModel::newCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.state == "new"_L1; }));
}

QString HandoffModel::areaName(const QString& policeArea)
{
    //: %1 the police area's name, "Skaraborg"
    return tr("Police area %1").arg(policeArea);
}

QString HandoffModel::stateText(const QString& state, const QDateTime& acknowledgedAt)
{
    if (state == "new"_L1)
        //: A report handed over to the police area, not yet acknowledged there
        return tr("New");
    if (state == "acknowledged"_L1)
        return acknowledgedAt.isValid()
                   //: %1 date and time, "2026-12-06 10:42"
                   ? tr("Received %1").arg(timeText(acknowledgedAt))
                   : tr("Received");
    return state;
}

int HandoffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HandoffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HandoffModel::rowText(const Row& r) const
{
    //: The whole row for a screen reader: case number, offence, kommun, handed over when, state
    return tr("%1, %2, %3, handed over %4, %5")
        .arg(r.caseNumber, r.offenceName.isEmpty() ? r.offenceCode : r.offenceName,
             r.municipalityName.isEmpty() ? r.municipalityCode : r.municipalityName, timeText(r.routedAt),
             stateText(r.state, r.acknowledgedAt));
}

QVariant HandoffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoutedColumn:
            return timeText(r.routedAt);
        case CaseNumberColumn:
            return r.caseNumber;
        case OffenceColumn:
            return r.offenceName.isEmpty() ? r.offenceCode : r.offenceName;
        case MunicipalityColumn:
            return r.municipalityName.isEmpty() ? r.municipalityCode : r.municipalityName;
        case StateColumn:
            return stateText(r.state, r.acknowledgedAt);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case OffenceColumn:
            return tr("Offence code %1").arg(r.offenceCode);
        case MunicipalityColumn:
            return tr("Municipality code %1").arg(r.municipalityCode);
        default:
            return rowText(r);
        }
    case Qt::AccessibleTextRole:
        return rowText(r);
    case Qt::FontRole:
        if (r.state == "new"_L1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ReportIdRole:
        return r.reportId;
    case StateRole:
        return r.state;
    case RoutedAtRole:
        return r.routedAt;
    }
    return {};
}

QVariant HandoffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoutedColumn:
        return tr("Handed over");
    case CaseNumberColumn:
        return tr("Case number");
    case OffenceColumn:
        return tr("Offence");
    case MunicipalityColumn:
        return tr("Municipality");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QHash<int, QByteArray> HandoffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ReportIdRole, "reportId");
    names.insert(StateRole, "state");
    names.insert(RoutedAtRole, "routedAt");
    return names;
}

} // namespace kc
