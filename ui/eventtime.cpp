// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/eventtime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kc {

namespace {

Error timeError(const char* code, QString message)
{
    return Error{QString(), std::move(message), QString::fromLatin1(code)};
}

} // namespace

Result<QDateTime> parseEventTime(QStringView text, QDate today)
{
    // Lower-cased and with runs of white space collapsed, so "I  går" reads like "i går".
    const QString s = text.toString().simplified().toLower();
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(idag|i dag|today)|(igår|i går|yesterday)|(\\d{4})-(\\d{1,2})-(\\d{1,2}))"
                       "(?:(?: ?t ?| )(?:kl\\.? ?)?(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(s);
    if (!m.hasMatch())
        return timeError("format",
                         QCoreApplication::translate(
                             "kc::ReportForm", "Write the time as YYYY-MM-DD HH:MM, or YYYY-MM-DD, \"i dag 14:30\" or "
                                               "\"i går 22:00\"."));
    QDate date;
    if (m.hasCaptured(1)) {
        date = today;
    } else if (m.hasCaptured(2)) {
        date = today.addDays(-1);
    } else {
        const int year = m.captured(3).toInt();
        const int month = m.captured(4).toInt();
        const int day = m.captured(5).toInt();
        date = QDate(year, month, day);
        if (!date.isValid())
            return timeError("date", QCoreApplication::translate("kc::ReportForm", "There is no date %1-%2-%3.")
                                         .arg(year, 4, 10, QLatin1Char('0'))
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0')));
    }
    QTime time(0, 0);
    if (m.hasCaptured(6)) {
        const int hour = m.captured(6).toInt();
        const int minute = m.captured(7).toInt();
        const int second = m.hasCaptured(8) ? m.captured(8).toInt() : 0;
        time = QTime(hour, minute, second);
        if (!time.isValid())
            return timeError("time", QCoreApplication::translate("kc::ReportForm", "There is no time of day %1:%2.")
                                         .arg(hour, 2, 10, QLatin1Char('0'))
                                         .arg(minute, 2, 10, QLatin1Char('0')));
    }
    return QDateTime(date, time);
}

QString formatEventTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toString(local.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                     : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace kc
