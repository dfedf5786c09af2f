// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/waitingtimeproxymodel.h"

#include "models/contactqueuemodel.h"

namespace kc {

WaitingTimeProxyModel::WaitingTimeProxyModel(Clock now, QObject* parent)
    : KExtraColumnsProxyModel(parent)
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    appendColumn(tr("Waiting"));
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &WaitingTimeProxyModel::tick);
    m_timer.start();

    // Any change of rows makes a remembered visible range point at other rows.
    const auto forget = [this] { m_firstVisible = m_lastVisible = -1; };
    connect(this, &QAbstractItemModel::rowsInserted, this, forget);
    connect(this, &QAbstractItemModel::rowsRemoved, this, forget);
    connect(this, &QAbstractItemModel::rowsMoved, this, forget);
    connect(this, &QAbstractItemModel::layoutChanged, this, forget);
    connect(this, &QAbstractItemModel::modelReset, this, forget);
}

void WaitingTimeProxyModel::setSourceModel(QAbstractItemModel* model)
{
    KExtraColumnsProxyModel::setSourceModel(model);
    m_firstVisible = m_lastVisible = -1;
}

int WaitingTimeProxyModel::waitingColumn() const
{
    return sourceModel() ? proxyColumnForExtraColumn(0) : -1;
}

void WaitingTimeProxyModel::setTicking(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

void WaitingTimeProxyModel::setVisibleRows(int first, int last)
{
    if (first < 0 || last < first) {
        m_firstVisible = m_lastVisible = -1;
        return;
    }
    m_firstVisible = first;
    m_lastVisible = last;
}

QString WaitingTimeProxyModel::formatWaiting(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString mmss = QString::number(s).rightJustified(2, u'0');
    if (h == 0)
        return QString::number(m) + u':' + mmss;
    return QString::number(h) + u':' + QString::number(m).rightJustified(2, u'0') + u':' + mmss;
}

QVariant WaitingTimeProxyModel::extraColumnData(const QModelIndex& parent, int row, int extraColumn, int role) const
{
    Q_UNUSED(extraColumn); // there is only one
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QDateTime received = index(row, 0, parent).data(ContactQueueModel::ReceivedAtRole).toDateTime();
        if (!received.isValid())
            return QString();
        return formatWaiting(received.secsTo(m_now()));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        if (role >= Qt::UserRole)
            return index(row, 0, parent).data(role);
        return {};
    }
}

void WaitingTimeProxyModel::tick()
{
    const int rows = rowCount();
    if (!sourceModel() || rows == 0)
        return;
    int first = 0;
    int last = rows - 1;
    if (m_firstVisible >= 0 && m_firstVisible < rows) {
        first = m_firstVisible;
        last = std::min(m_lastVisible, rows - 1);
    }
    const int column = waitingColumn();
    Q_EMIT dataChanged(index(first, column), index(last, column), {Qt::DisplayRole, Qt::AccessibleTextRole});
}

} // namespace kc
