// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/casenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kc {

namespace {

Error caseError(const char* code, const char* text)
{
    return Error{{}, QCoreApplication::translate("kc::CaseNumber", text), QString::fromLatin1(code)};
}

} // namespace

Result<CaseNumber> CaseNumber::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{4})-)?[Kk](\\d{1,9})-(\\d{2})$"));
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return caseError("empty", QT_TRANSLATE_NOOP("kc::CaseNumber", "The case number is missing."));
    const auto m = re.matchView(s);
    if (!m.hasMatch())
        return caseError(
            "format",
            QT_TRANSLATE_NOOP("kc::CaseNumber", "A case number is written RRRR-K<number>-YY, e.g. 1400-K1276-26."));
    const int prefix = m.hasCaptured(1) ? m.capturedView(1).toInt() : 0;
    if (m.hasCaptured(1) && prefix < 1000)
        return caseError(
            "prefix",
            QT_TRANSLATE_NOOP("kc::CaseNumber",
                              "The region prefix of a case number has four digits and does not start with 0."));
    if (m.capturedView(2).startsWith(u'0'))
        return caseError(
            "serial", QT_TRANSLATE_NOOP("kc::CaseNumber", "The serial number of a case number does not start with 0."));
    return CaseNumber(prefix, m.capturedView(2).toLongLong(), m.capturedView(3).toInt());
}

Result<CaseNumber> CaseNumber::make(int prefix, qint64 serial, int fullYear)
{
    if (prefix < 1000 || prefix > 9999)
        return caseError(
            "prefix",
            QT_TRANSLATE_NOOP("kc::CaseNumber",
                              "The region prefix of a case number has four digits and does not start with 0."));
    if (serial < 1 || serial > 999'999'999)
        return caseError(
            "serial",
            QT_TRANSLATE_NOOP("kc::CaseNumber", "The serial number of a case number must be between 1 and 999999999."));
    return CaseNumber(prefix, serial, ((fullYear % 100) + 100) % 100);
}

QString CaseNumber::toString() const
{
    QString s = QStringLiteral("K%1-%2").arg(m_serial).arg(m_year, 2, 10, QLatin1Char('0'));
    return hasPrefix() ? QString::number(m_prefix) + u'-' + s : s;
}

} // namespace kc
