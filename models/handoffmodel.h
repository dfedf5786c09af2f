// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Överlämnade anmälningar: the reports handed over to one police area (issue 15), as GET /handoffs
// answers them, for the `area` role's small view. One row per report.
//
// Columns: RoutedColumn (when it was handed over, local "yyyy-MM-dd HH:mm"), CaseNumberColumn,
// OffenceColumn (offence name, code in the tooltip), MunicipalityColumn (kommun name, code in the
// tooltip), StateColumn ("Ny" / "Mottagen 2026-12-06 10:42"). Roles (every column): ReportIdRole,
// StateRole (the wire word "new"/"acknowledged"), RoutedAtRole (QDateTime); Qt::FontRole (new
// rows bold), Qt::ToolTipRole and Qt::AccessibleTextRole (the whole row in words).
// The list carries no personal data (the contract's handoff item has none).
//
// Invariants: report ids are unique; rows are always newest routedAt first (then report id, so the
// order is total). setItems() brings the rows to exactly the given items with the finest signals
// that fit — rowsRemoved for reports gone, dataChanged for changed rows, rowsInserted at their
// place for new ones — so a re-fetch after every event keeps the selection and the keyboard focus;
// only a change of an existing row's order key falls back to a reset. upsert() applies one item
// (the answer of an acknowledgement). Items without a reportId are skipped.
//
// Thread rules: GUI thread, like any model. Texts are translated when data() is called.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace kc {

class HandoffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RoutedColumn, CaseNumberColumn, OffenceColumn, MunicipalityColumn, StateColumn, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1, StateRole, RoutedAtRole };

    explicit HandoffModel(QObject* parent = nullptr);

    // The "items" of GET /handoffs: the rows become exactly these (see the invariants).
    void setItems(const QJsonArray& items);
    // One handoff item as the server now has it (POST /handoffs/{id}/ack answers one): the row is
    // updated, or inserted at its place when new.
    void upsert(const QJsonObject& item);
    void clear();

    int rowOf(const QString& reportId) const; // -1 when absent
    QString reportId(int row) const;
    bool isAcknowledged(int row) const;
    int newCount() const; // rows still waiting for an acknowledgement

    // "Ny" / "Mottagen 2026-12-06 10:42", the words of the state column.
    static QString stateText(const QString& state, const QDateTime& acknowledgedAt);
    // "Polisområde Skaraborg": how a police area is named in every text (also the case history's).
    static QString areaName(const QString& policeArea);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString reportId;
        QString caseNumber;
        QString offenceCode;
        QString offenceName;
        QString municipalityCode;
        QString municipalityName;
        QDateTime routedAt;
        QString state; // "new" | "acknowledged"
        QDateTime acknowledgedAt;
        bool operator==(const Row&) const = default;
    };
    static std::optional<Row> rowFrom(const QJsonObject& item);
    static bool before(const Row& a, const Row& b); // newest first, then report id
    int insertionPoint(const Row& row) const;
    void upsert(const Row& row);
    QString rowText(const Row& row) const;

    std::vector<Row> m_rows;
};

} // namespace kc
