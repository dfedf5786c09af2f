// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Stöldgods (godsförteckning): the stolen goods of one report as an editable table, one row per
// item — beskrivning, märke, modell, serienummer/IMEI/ramnummer, värde (whole kronor).
//
// Every cell holds the text exactly as the agent typed it, so a half-typed or wrong value ("12a")
// survives drafts and is shown again as typed; items() parses only when asked. The value column
// validates live: a non-empty text that is not a whole number of kronor carries its problem in
// ErrorRole (and as tooltip and a red background) at once. Other cells may carry a problem set
// from outside (setCellError(), e.g. the server's "describe the item"); it disappears as soon as
// that cell is edited. totalSek() is the sum of the values that parse; totalChanged says when it
// moves.
//
// Invariants: columnCount() is always ColumnCount; rows have no children; the model never
// reorders rows. Thread rules: GUI thread, like any model.
#pragma once

#include "core/types.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <optional>

namespace kc {

class StolenItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DescriptionColumn, BrandColumn, ModelColumn, SerialNumberColumn, ValueColumn, ColumnCount };
    enum Roles {
        ErrorRole = Qt::UserRole + 1, // QString: what is wrong with the cell, empty when nothing
        FieldRole,                    // QString: the API field of the column ("valueSek")
    };

    // One row as typed.
    struct Row
    {
        QString description;
        QString brand;
        QString model;
        QString serialNumber;
        QString value;

        bool operator==(const Row&) const = default;
    };

    explicit StolenItemsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex& parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    const QList<Row>& rows() const { return m_rows; }
    void setRows(QList<Row> rows); // a model reset; cell errors are dropped

    // The rows as domain values: texts trimmed when `trimmed`, empty optional texts left out,
    // valueSek only when the value parses (a wrong value is nullopt here: see valueError()).
    QList<StolenItem> items(bool trimmed = true) const;

    qint64 totalSek() const { return m_total; }
    QString valueError(int row) const; // the live problem of the row's value, empty when none

    void setCellError(int row, int column, const QString& message); // empty message clears it
    void clearCellErrors();

    // Whole kronor: "12499", "12 499", "12 499 kr", "-5" (negative parses; validation refuses
    // it). `ok` is false when the text is neither blank nor such a number; blank is nullopt, ok.
    static std::optional<qint64> parseValue(QStringView text, bool* ok = nullptr);
    static QString formatKronor(qint64 value);   // "12 499" with a no-break space between groups
    static QString fieldName(int column);        // "description", "brand", "model", "serialNumber", "valueSek"
    static int columnOfField(QStringView field); // the inverse; -1 for anything else

Q_SIGNALS:
    void totalChanged(qint64 totalSek);

private:
    bool isOwnIndex(const QModelIndex& index) const;
    QString text(int row, int column) const;
    QString errorAt(int row, int column) const;
    void updateTotal();

    QList<Row> m_rows;
    QList<std::array<QString, ColumnCount>> m_cellErrors; // parallel to m_rows
    qint64 m_total = 0;
};

} // namespace kc
