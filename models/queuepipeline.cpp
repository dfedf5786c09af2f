// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/queuepipeline.h"

#include "models/searchfilterproxymodel.h"

#include <KRearrangeColumnsProxyModel>

#include <QSettings>

#include <algorithm>
#include <array>

namespace kc {

namespace {

// Indexed by logical column; the names are stored in users' settings, so never rename one.
constexpr std::array<const char*, QueuePipeline::LogicalColumnCount> columnNames = {
    "channel", "queue", "caller", "subject", "language", "priority", "waiting"};
static_assert(ContactQueueModel::Channel == 0 && ContactQueueModel::Priority == 5 && QueuePipeline::WaitingColumn == 6,
              "columnNames follows ContactQueueModel::Column");

// KRearrangeColumnsProxyModel forwards a source dataChanged by mapping its two corners, which
// breaks for a range of columns once they are reordered (the left corner may land right of the
// right one) or hidden (a corner becomes invalid). Qt 6.8 lets an identity proxy take over data
// changes: this one emits the span of the visible columns the source range touches, or nothing.
class ColumnOrderProxyModel : public KRearrangeColumnsProxyModel
{
public:
    explicit ColumnOrderProxyModel(QObject* parent = nullptr)
        : KRearrangeColumnsProxyModel(parent)
    {
        setHandleSourceDataChanges(false);
    }

    void setSourceModel(QAbstractItemModel* model) override
    {
        if (sourceModel())
            disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this, nullptr);
        KRearrangeColumnsProxyModel::setSourceModel(model);
        if (model)
            connect(model, &QAbstractItemModel::dataChanged, this, &ColumnOrderProxyModel::sourceDataChanged);
    }

private:
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
    {
        if (!topLeft.isValid() || !bottomRight.isValid())
            return;
        int first = -1;
        int last = -1;
        for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
            const int proxyColumn = proxyColumnForSourceColumn(c);
            if (proxyColumn < 0)
                continue;
            first = first < 0 ? proxyColumn : std::min(first, proxyColumn);
            last = std::max(last, proxyColumn);
        }
        if (first < 0)
            return; // only hidden columns changed
        const QModelIndex parent = mapFromSource(topLeft.parent());
        Q_EMIT dataChanged(index(topLeft.row(), first, parent), index(bottomRight.row(), last, parent), roles);
    }
};

} // namespace

QueuePipeline::QueuePipeline(WaitingTimeProxyModel::Clock now, QObject* parent)
    : QObject(parent)
    , m_source(std::make_unique<ContactQueueModel>())
    , m_waiting(std::make_unique<WaitingTimeProxyModel>(std::move(now)))
    , m_filter(std::make_unique<SearchFilterProxyModel>())
    , m_columnsProxy(std::make_unique<ColumnOrderProxyModel>())
    , m_columns(defaultColumns())
{
    m_waiting->setSourceModel(m_source.get());
    m_filter->setSearchRole(ContactQueueModel::SearchTextRole);
    m_filter->setSourceModel(m_waiting.get());
    m_columnsProxy->setSourceColumns(m_columns);
    m_columnsProxy->setSourceModel(m_filter.get());

    // What the view shows changes with the filter's rows; a visible range given before is stale.
    const auto forget = [this] { m_waiting->setVisibleRows(-1, -1); };
    connect(m_filter.get(), &QAbstractItemModel::rowsInserted, this, forget);
    connect(m_filter.get(), &QAbstractItemModel::rowsRemoved, this, forget);
    connect(m_filter.get(), &QAbstractItemModel::layoutChanged, this, forget);
    connect(m_filter.get(), &QAbstractItemModel::modelReset, this, forget);
}

QueuePipeline::~QueuePipeline() = default;

QAbstractItemModel* QueuePipeline::output() const
{
    return m_columnsProxy.get();
}

void QueuePipeline::setFilterText(const QString& text)
{
    m_filter->setSearchText(text);
}

QString QueuePipeline::filterText() const
{
    return m_filter->searchText();
}

QList<int> QueuePipeline::defaultColumns()
{
    // Urgency first: what must be answered first is the first thing the eye meets in a row.
    return {ContactQueueModel::Priority,
            ContactQueueModel::Channel,
            ContactQueueModel::Queue,
            ContactQueueModel::Caller,
            WaitingColumn,
            ContactQueueModel::Subject,
            ContactQueueModel::Language};
}

void QueuePipeline::setColumns(const QList<int>& logicalColumns)
{
    QList<int> columns;
    for (int c : logicalColumns)
        if (c >= 0 && c < LogicalColumnCount && !columns.contains(c))
            columns.append(c);
    if (columns.isEmpty())
        columns = defaultColumns(); // a table without columns would show nothing to choose from
    if (columns == m_columns)
        return;
    m_columns = columns;
    m_columnsProxy->setSourceColumns(m_columns);
}

QString QueuePipeline::columnName(int logicalColumn)
{
    if (logicalColumn < 0 || logicalColumn >= LogicalColumnCount)
        return {};
    return QString::fromLatin1(columnNames[size_t(logicalColumn)]);
}

int QueuePipeline::columnForName(const QString& name)
{
    for (size_t i = 0; i < columnNames.size(); ++i)
        if (name == QLatin1String(columnNames[i]))
            return int(i);
    return -1;
}

void QueuePipeline::saveColumns(QSettings& settings, const QString& key) const
{
    QStringList names;
    for (int c : m_columns)
        names.append(columnName(c));
    settings.setValue(key, names);
}

void QueuePipeline::restoreColumns(QSettings& settings, const QString& key)
{
    QList<int> columns;
    const QStringList names = settings.value(key).toStringList();
    for (const QString& name : names)
        if (const int c = columnForName(name.trimmed()); c >= 0)
            columns.append(c);
    setColumns(columns); // empty (nothing saved, or only unknown names) → default order
}

QString QueuePipeline::mapToContactId(const QModelIndex& outputIndex) const
{
    if (!outputIndex.isValid() || outputIndex.model() != output())
        return {};
    const QModelIndex filtered = m_columnsProxy->mapToSource(outputIndex);
    const QModelIndex waiting = m_filter->mapToSource(filtered);
    // Rows of the Waiting stage are the source's rows (it only adds a column), whichever column
    // the index is in; its mapToSource() is invalid for the Waiting column itself.
    if (!waiting.isValid() || waiting.row() >= m_source->rowCount())
        return {};
    return m_source->contact(waiting.row()).id;
}

void QueuePipeline::setVisibleRows(int firstOutputRow, int lastOutputRow)
{
    const int rows = m_filter->rowCount();
    if (firstOutputRow < 0 || lastOutputRow < firstOutputRow || firstOutputRow >= rows) {
        m_waiting->setVisibleRows(-1, -1);
        return;
    }
    lastOutputRow = std::min(lastOutputRow, rows - 1);
    // The filter keeps the source's order, so the rows between the two ends are a superset of
    // the visible ones.
    const int first = m_filter->mapToSource(m_filter->index(firstOutputRow, 0)).row();
    const int last = m_filter->mapToSource(m_filter->index(lastOutputRow, 0)).row();
    m_waiting->setVisibleRows(first, last);
}

} // namespace kc
