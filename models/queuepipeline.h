// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The agent's incoming-contacts table as one object: it builds and owns the chain
//
//   ContactQueueModel → WaitingTimeProxyModel → SearchFilterProxyModel → column order
//   (rows, service order)  (+ "Waiting" column)   (words typed by the agent)  (KRearrangeColumnsProxyModel)
//
// and output() is what a QTableView shows. Rows are never sorted: they stay in service order.
//
// Columns are named by the logical columns of the WaitingTimeProxyModel stage (ContactQueueModel's
// Column values, then WaitingColumn). The user's choice is persisted by column NAME ("channel",
// "queue", "caller", "waiting", "subject", "language", "priority"), never by index, so a column
// added later does not scramble saved choices; unknown names are ignored, and a choice that leaves
// nothing is replaced by the default order (every column: urgency first, Waiting right after Caller).
//
// Invariants: output() always has at least one column; the filter looks at SearchTextRole of the
// first column, which every stage passes through. A new filter text that changes the rows shown
// in many places reaches output() as one layout change, not as row removals and insertions (see
// SearchFilterProxyModel): whoever shows the number of rows listens to layoutChanged too.
// Thread rules: GUI thread.
#pragma once

#include "models/contactqueuemodel.h"
#include "models/waitingtimeproxymodel.h"

#include <QObject>

#include <memory>

class QSettings;
class KRearrangeColumnsProxyModel;

namespace kc {

class SearchFilterProxyModel;

class QueuePipeline : public QObject
{
    Q_OBJECT
public:
    // The Waiting column, in the logical numbering setColumns() takes.
    static constexpr int WaitingColumn = ContactQueueModel::ColumnCount;
    static constexpr int LogicalColumnCount = WaitingColumn + 1;

    // `now` is handed to the WaitingTimeProxyModel (default: the system clock, UTC).
    explicit QueuePipeline(WaitingTimeProxyModel::Clock now = {}, QObject* parent = nullptr);
    ~QueuePipeline() override;

    ContactQueueModel* source() const { return m_source.get(); }
    WaitingTimeProxyModel* waitingTime() const { return m_waiting.get(); }
    SearchFilterProxyModel* filter() const { return m_filter.get(); }
    QAbstractItemModel* output() const;

    void setFilterText(const QString& text);
    QString filterText() const;

    // Shows `logicalColumns` in this order. Out-of-range and repeated columns are dropped; an
    // empty result means the default order.
    void setColumns(const QList<int>& logicalColumns);
    QList<int> columns() const { return m_columns; }
    static QList<int> defaultColumns();

    // Stable identifiers for persistence: "caller" ↔ ContactQueueModel::Caller, "waiting" ↔
    // WaitingColumn. columnForName() returns -1 for a name it does not know.
    static QString columnName(int logicalColumn);
    static int columnForName(const QString& name);

    void saveColumns(QSettings& settings, const QString& key) const;
    void restoreColumns(QSettings& settings, const QString& key);

    // The contact shown at `outputIndex` (any column), or "" for an index not of output().
    QString mapToContactId(const QModelIndex& outputIndex) const;

    // Output rows [first, last] are what the view shows: only they tick (see WaitingTimeProxyModel).
    void setVisibleRows(int firstOutputRow, int lastOutputRow);

private:
    // Declared in chain order: destroyed from the view's end back to the source.
    std::unique_ptr<ContactQueueModel> m_source;
    std::unique_ptr<WaitingTimeProxyModel> m_waiting;
    std::unique_ptr<SearchFilterProxyModel> m_filter;
    std::unique_ptr<KRearrangeColumnsProxyModel> m_columnsProxy;
    QList<int> m_columns;
};

} // namespace kc
