// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// "Today in charts" (issue 12) for the supervisor's selected queue: contacts arrived and answered
// per 15 minutes and the service level over the day, exactly the server's figures of
// `GET /queues/stats/intervals` (app/supervisordesk.cpp fetches them; this widget only draws).
//
// Readable in greyscale: arrived is a solid line with round markers, answered a dashed line,
// the service level a dotted line on its own axis (0–100 %), and the legend names each. The x axis
// is the hour of the day (local time), from an hour before the first contact of the day (from
// midnight when none came yet) to the last interval.
// Invariant: after setIntervals(items) every series holds one point per item, x = the interval's
// start in hours since local midnight, y = the item's figure (nothing smoothed or summed).
// Thread rules: GUI thread.
#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace kc {

struct IntervalFigures
{
    QDateTime start; // the interval's start (15 minutes)
    int arrived = 0;
    int answered = 0;
    int abandoned = 0;
    double serviceLevelPercent = 100; // cumulative from midnight to the interval's end
};

class IntervalChart : public QWidget
{
    Q_OBJECT
public:
    explicit IntervalChart(QWidget* parent = nullptr);

    // `queueName` titles the chart; an empty list shows empty series ("nothing yet today").
    void setIntervals(const QString& queueName, const QList<IntervalFigures>& items);

    QChart* chart() const { return m_chart; }
    QLineSeries* arrivedSeries() const { return m_arrived; }
    QLineSeries* answeredSeries() const { return m_answered; }
    QLineSeries* serviceLevelSeries() const { return m_serviceLevel; }
    QValueAxis* countAxis() const { return m_countAxis; }
    QValueAxis* hourAxis() const { return m_hourAxis; }
    QValueAxis* percentAxis() const { return m_percentAxis; }

private:
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_arrived;
    QLineSeries* m_answered;
    QLineSeries* m_serviceLevel;
    QValueAxis* m_hourAxis;
    QValueAxis* m_countAxis;
    QValueAxis* m_percentAxis;
};

} // namespace kc
