// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/intervalchart.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace kc {

IntervalChart::IntervalChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_arrived(new QLineSeries(m_chart))
    , m_answered(new QLineSeries(m_chart))
    , m_serviceLevel(new QLineSeries(m_chart))
    , m_hourAxis(new QValueAxis(m_chart))
    , m_countAxis(new QValueAxis(m_chart))
    , m_percentAxis(new QValueAxis(m_chart))
{
    m_arrived->setName(tr("Arrived per 15 min"));
    m_answered->setName(tr("Answered per 15 min"));
    m_serviceLevel->setName(tr("Service level (%)"));
    // Greyscale: three line styles of different weight, not three colours.
    QPen solid(Qt::black, 2.5, Qt::SolidLine);
    m_arrived->setPen(solid);
    m_arrived->setPointsVisible(true);
    QPen dashed(QColor(0x1f, 0x5f, 0x9f), 2, Qt::DashLine);
    m_answered->setPen(dashed);
    QPen dotted(QColor(0x80, 0x40, 0x00), 2, Qt::DotLine);
    m_serviceLevel->setPen(dotted);
    for (QLineSeries* s : {m_arrived, m_answered, m_serviceLevel})
        m_chart->addSeries(s);

    m_hourAxis->setTitleText(tr("Time of day (hour)"));
    m_hourAxis->setLabelFormat(QStringLiteral("%d"));
    m_hourAxis->setRange(0, 1);
    m_countAxis->setTitleText(tr("Contacts")); // short: fits a low chart; the legend says per 15 min
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setRange(0, 5);
    m_percentAxis->setTitleText(tr("Percent"));
    m_percentAxis->setLabelFormat(QStringLiteral("%d"));
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setTickCount(5);
    m_chart->addAxis(m_hourAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_chart->addAxis(m_percentAxis, Qt::AlignRight);
    for (QLineSeries* s : {m_arrived, m_answered}) {
        s->attachAxis(m_hourAxis);
        s->attachAxis(m_countAxis);
    }
    m_serviceLevel->attachAxis(m_hourAxis);
    m_serviceLevel->attachAxis(m_percentAxis);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(460, 200); // the legend and both axis titles readable
    m_view->setAccessibleName(tr("Today in charts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void IntervalChart::setIntervals(const QString& queueName, const QList<IntervalFigures>& items)
{
    QList<QPointF> arrived, answered, level;
    int most = 0;
    double lastHour = 1;
    std::optional<double> firstBusy;
    for (const IntervalFigures& i : items) {
        const QDateTime local = i.start.toLocalTime();
        const double hour = local.time().msecsSinceStartOfDay() / 3'600'000.0;
        arrived << QPointF(hour, i.arrived);
        answered << QPointF(hour, i.answered);
        level << QPointF(hour, i.serviceLevelPercent);
        most = std::max({most, i.arrived, i.answered});
        lastHour = std::max(lastHour, hour + 0.25);
        if (!firstBusy && i.arrived > 0)
            firstBusy = hour;
    }
    m_arrived->replace(arrived);
    m_answered->replace(answered);
    m_serviceLevel->replace(level);
    // The quiet night is not shown: from an hour before the first contact of the day.
    const int from = firstBusy ? std::max(0, int(std::floor(*firstBusy)) - 1) : 0;
    const int to = std::max(from + 1, int(std::ceil(lastHour)));
    m_hourAxis->setRange(from, to);
    m_hourAxis->setTickType(QValueAxis::TicksDynamic);
    m_hourAxis->setTickAnchor(0);
    m_hourAxis->setTickInterval(std::max(1, (to - from) / 8));
    // Whole contacts on the count axis: a step of 1, 2, 5, 10 … with about five ticks.
    const int top = std::max(4, most + 1);
    int step = 1;
    for (int nice : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000})
        if (top / nice <= 6) {
            step = nice;
            break;
        }
    m_countAxis->setRange(0, ((top + step - 1) / step) * step);
    m_countAxis->setTickType(QValueAxis::TicksDynamic);
    m_countAxis->setTickAnchor(0);
    m_countAxis->setTickInterval(step);
    m_chart->setTitle(queueName.isEmpty() ? QString() : tr("Today: %1").arg(queueName));
}

} // namespace kc
