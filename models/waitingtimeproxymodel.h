// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Adds one column, "Waiting" (väntetid), after the columns of a ContactQueueModel: how long each
// contact has waited, now − receivedAt, as "m:ss" ("0:05", "12:00") or past an hour "h:mm:ss"
// ("1:02:03"). The source model is never written to or asked to emit anything: the time is
// computed in data(), and a timer announces once a second that the column changed.
//
// Ticking: tick() emits ONE dataChanged for the Waiting column only, over the rows given with
// setVisibleRows() or, when none are given, over all rows. A single ranged signal instead of
// extraColumnDataChanged() per row: with 100,000 rows that would be 100,000 signals a second
// through every proxy stage; a view repaints only the part of a range it shows anyway. The
// visible range is forgotten whenever rows are inserted, removed, moved or reset (it would point
// at the wrong rows), so ticks fall back to all rows until the view sets it again.
//
// Roles of the Waiting column: Qt::DisplayRole and Qt::AccessibleTextRole (the text),
// Qt::TextAlignmentRole (right-aligned, like every time of day); roles >= Qt::UserRole come from the
// source row's first column, so ContactIdRole and SearchTextRole work in every column.
//
// The clock is injected (tests set a fixed time and call tick() by hand, with setTicking(false)).
// Thread rules: GUI thread; the clock is called from data(), so it must be cheap.
#pragma once

#include <KExtraColumnsProxyModel>

#include <QDateTime>
#include <QTimer>

#include <functional>

namespace kc {

class WaitingTimeProxyModel : public KExtraColumnsProxyModel
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // `now` defaults to QDateTime::currentDateTimeUtc. Ticking starts at once (every 1000 ms).
    explicit WaitingTimeProxyModel(Clock now = {}, QObject* parent = nullptr);

    // The proxy column of "Waiting" (the source's column count); -1 without a source model.
    int waitingColumn() const;

    void setTicking(bool on);
    bool isTicking() const { return m_timer.isActive(); }

    // Rows [first, last] of this proxy are what the view shows; (-1, -1) forgets the range.
    void setVisibleRows(int first, int last);

    // "m:ss" below an hour, "h:mm:ss" from an hour on; negative waits (clock skew) show "0:00".
    static QString formatWaiting(qint64 seconds);

    QVariant extraColumnData(const QModelIndex& parent, int row, int extraColumn,
                             int role = Qt::DisplayRole) const override;
    void setSourceModel(QAbstractItemModel* model) override;

public Q_SLOTS:
    // Announces that the Waiting column changed (one dataChanged, that column only).
    void tick();

private:
    Clock m_now;
    QTimer m_timer;
    int m_firstVisible = -1;
    int m_lastVisible = -1;
};

} // namespace kc
