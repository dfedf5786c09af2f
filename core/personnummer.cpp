// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/personnummer.h"

#include <QCoreApplication>

namespace kc {

namespace {

Error problem(const char* code, QString message)
{
    return Error{QString(), std::move(message), QString::fromLatin1(code)};
}

bool allDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int num(QStringView s)
{
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

} // namespace

int Personnummer::checkDigit(QStringView nine)
{
    if (nine.size() != 9 || !allDigits(nine))
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < 9; ++i) {
        int d = (nine[i].unicode() - u'0') * (i % 2 == 0 ? 2 : 1);
        sum += d / 10 + d % 10;
    }
    return (10 - sum % 10) % 10;
}

Result<Personnummer> Personnummer::parse(QStringView text, QDate today)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return problem("empty", QCoreApplication::translate("kc::Personnummer", "The personnummer is missing."));

    // One optional separator; where it may stand is checked once the length is known, so a
    // missing digit is reported as a length problem, not a format one.
    QChar separator;
    qsizetype separatorAt = -1;
    QString digits;
    digits.reserve(12);
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if ((c == u'-' || c == u'+') && separator.isNull()) {
            separator = c;
            separatorAt = i;
        } else {
            return problem("format", QCoreApplication::translate(
                                         "kc::Personnummer",
                                         "The personnummer may contain only digits and a - or + before the last "
                                         "four digits (YYMMDD-NNNN or YYYYMMDD-NNNN)."));
        }
    }
    if (digits.size() != 10 && digits.size() != 12)
        return problem("length", QCoreApplication::translate("kc::Personnummer",
                                                             "The personnummer has %n digit(s); it must have 10 or 12 "
                                                             "(YYMMDD-NNNN or YYYYMMDD-NNNN).",
                                                             nullptr, int(digits.size())));
    if (separatorAt >= 0 && separatorAt != digits.size() - 4)
        return problem("format",
                       QCoreApplication::translate(
                           "kc::Personnummer", "The personnummer may contain only digits and a - or + before the last "
                                               "four digits (YYMMDD-NNNN or YYYYMMDD-NNNN)."));
    if (digits.size() == 12 && separator == u'+')
        return problem("format",
                       QCoreApplication::translate("kc::Personnummer",
                                                   "A + separator is used only in the 10-digit form (YYMMDD+NNNN)."));

    const QStringView yymmdd = QStringView(digits).right(10).left(6);
    const int month = num(yymmdd.mid(2, 2));
    int day = num(yymmdd.mid(4, 2));
    const bool coordination = day > 60;
    if (coordination)
        day -= 60;
    if (month < 1 || month > 12)
        return problem("date", QCoreApplication::translate("kc::Personnummer", "Invalid date: there is no month %1.")
                                   .arg(yymmdd.mid(2, 2)));

    int year = 0;
    if (digits.size() == 12) {
        year = num(QStringView(digits).left(4));
    } else {
        // The separator follows the calendar year, not the birthday (18 § folkbokföringsförordningen):
        // '+' from 1 January of the year the person turns 100. So '-' (or none) names the one year
        // ending in YY within the last 99 years, '+' the latest such year at least 100 years back.
        const int yy = num(yymmdd.left(2));
        const int latest = separator == u'+' ? today.year() - 100 : today.year();
        year = latest - ((latest - yy) % 100 + 100) % 100;
    }
    const QDate date(year, month, day);
    if (!date.isValid() || day == 0)
        return problem(
            "date", coordination ? QCoreApplication::translate(
                                       "kc::Personnummer",
                                       "Invalid date: %1-%2 has no day %3 (a samordningsnummer adds 60 to the day).")
                                       .arg(year, 4, 10, QLatin1Char('0'))
                                       .arg(month, 2, 10, QLatin1Char('0'))
                                       .arg(day)
                                 : QCoreApplication::translate("kc::Personnummer", "Invalid date: %1-%2 has no day %3.")
                                       .arg(year, 4, 10, QLatin1Char('0'))
                                       .arg(month, 2, 10, QLatin1Char('0'))
                                       .arg(day));
    if (date > today) {
        // Someone born later in the year, 100 years ago, already writes '+': say so rather than
        // only calling the date future.
        if (digits.size() == 10 && separator != u'+')
            return problem("future", QCoreApplication::translate("kc::Personnummer",
                                                                 "The date of birth %1 lies in the future. Someone who "
                                                                 "turns 100 this year is written with + (YYMMDD+NNNN).")
                                         .arg(date.toString(Qt::ISODate)));
        return problem("future",
                       QCoreApplication::translate("kc::Personnummer", "The date of birth %1 lies in the future.")
                           .arg(date.toString(Qt::ISODate)));
    }

    const QStringView ten = QStringView(digits).right(10);
    if (checkDigit(ten.left(9)) != ten[9].unicode() - u'0')
        // Never say which digit would fit: a wrong check digit usually means another digit was
        // misheard, and "fixing" the last one makes a valid number that belongs to someone else.
        return problem("check_digit",
                       QCoreApplication::translate("kc::Personnummer",
                                                   "The number does not add up: the check digit does not match. Ask "
                                                   "the caller to repeat the whole number."));

    if (digits.size() == 10)
        digits.prepend(QString::number(year / 100));
    return Personnummer(std::move(digits));
}

QString Personnummer::formatted() const
{
    return m_digits.left(8) + QLatin1Char('-') + m_digits.right(4);
}

QString Personnummer::shortForm(QDate today) const
{
    // '+' from 1 January of the year the person turns 100, not from the birthday.
    const QChar sep = today.year() - birthDate().year() >= 100 ? u'+' : u'-';
    return m_digits.mid(2, 6) + sep + m_digits.right(4);
}

QDate Personnummer::birthDate() const
{
    const QStringView d(m_digits);
    int day = num(d.mid(6, 2));
    if (day > 60)
        day -= 60;
    return QDate(num(d.left(4)), num(d.mid(4, 2)), day);
}

bool Personnummer::isCoordinationNumber() const
{
    return num(QStringView(m_digits).mid(6, 2)) > 60;
}

Personnummer::Sex Personnummer::sex() const
{
    return (m_digits[10].unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
}

int Personnummer::ageOn(QDate day) const
{
    const QDate born = birthDate();
    int age = day.year() - born.year();
    if (day.month() < born.month() || (day.month() == born.month() && day.day() < born.day()))
        --age;
    return age;
}

} // namespace kc
