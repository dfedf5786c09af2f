// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/phonenumber.h"

#include <QCoreApplication>

namespace kc {

namespace {

Error phoneError(const char* code, const char* text)
{
    return Error{{}, QCoreApplication::translate("kc::PhoneNumber", text), QString::fromLatin1(code)};
}

bool isServiceNumber(QStringView d)
{
    return d == u"112" || d == u"11414" || d == u"1177" || d == u"11313" || d == u"116000" || d == u"116006";
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(QStringView text)
{
    QString digits;
    bool plus = false;
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return phoneError("empty", QT_TRANSLATE_NOOP("kc::PhoneNumber", "The phone number is missing."));
    // "+46 (0)70…": the (0) is the trunk prefix written for people dialling nationally.
    QString cleaned = s.toString();
    cleaned.remove(QStringLiteral("(0)"));
    for (qsizetype i = 0; i < cleaned.size(); ++i) {
        const QChar c = cleaned[i];
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')' && c != u'/')
            return phoneError(
                "format", QT_TRANSLATE_NOOP("kc::PhoneNumber",
                                            "A phone number may contain only digits, spaces, -, ( ) and a leading +."));
    }
    if (!plus && digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        plus = true;
    }
    if (!plus && isServiceNumber(digits))
        return PhoneNumber(digits, Kind::Service);

    QString nsn; // national significant number, without trunk 0
    if (plus) {
        if (!digits.startsWith(QLatin1String("46"))) {
            if (digits.size() < 7 || digits.size() > 15)
                return phoneError(
                    "length",
                    QT_TRANSLATE_NOOP("kc::PhoneNumber", "An international number has 7 to 15 digits after the +."));
            return PhoneNumber(u'+' + digits, Kind::Foreign);
        }
        nsn = digits.mid(2);
        if (nsn.startsWith(u'0')) // "+46070…" is a common slip; the trunk 0 does not belong there
            nsn.remove(0, 1);
    } else {
        if (!digits.startsWith(u'0'))
            return phoneError("trunk",
                              QT_TRANSLATE_NOOP("kc::PhoneNumber",
                                                "A Swedish number starts with 0 (e.g. 070… or 031…) or with +46."));
        nsn = digits.mid(1);
    }
    if (nsn.isEmpty() || nsn.startsWith(u'0'))
        return phoneError("format", QT_TRANSLATE_NOOP("kc::PhoneNumber", "The area code is missing or wrong."));

    static const QStringList mobilePrefixes = {QStringLiteral("70"), QStringLiteral("72"), QStringLiteral("73"),
                                               QStringLiteral("76"), QStringLiteral("79")};
    const bool mobile = mobilePrefixes.contains(nsn.left(2));
    if (mobile) {
        if (nsn.size() != 9)
            return phoneError("length",
                              QT_TRANSLATE_NOOP("kc::PhoneNumber", "A mobile number has 10 digits (07X-XXX XX XX)."));
        return PhoneNumber(QStringLiteral("+46") + nsn, Kind::Mobile);
    }
    if (nsn.size() < 7 || nsn.size() > 9)
        return phoneError("length",
                          QT_TRANSLATE_NOOP("kc::PhoneNumber",
                                            "A Swedish landline number has 8 to 10 digits including the area code."));
    return PhoneNumber(QStringLiteral("+46") + nsn, Kind::Landline);
}

QString PhoneNumber::national() const
{
    switch (m_kind) {
    case Kind::Service:
        return m_e164.size() == 5 ? m_e164.left(3) + u' ' + m_e164.mid(3) : m_e164;
    case Kind::Foreign:
        return m_e164;
    case Kind::Mobile: {
        const QString n = u'0' + m_e164.mid(3); // 07XXXXXXXX
        return n.left(3) + u'-' + n.mid(3, 3) + u' ' + n.mid(6, 2) + u' ' + n.mid(8, 2);
    }
    case Kind::Landline: {
        // Area codes: 08 (Stockholm), the two-digit-after-trunk big cities (031, 040, 011, 013,
        // 016, 018, 019, 021, 023, 026, 033, 035, 036, 042, 044, 046, 054, 060, 063, 090), else three.
        static const QStringList twoDigit = {
            QStringLiteral("31"), QStringLiteral("40"), QStringLiteral("11"), QStringLiteral("13"),
            QStringLiteral("16"), QStringLiteral("18"), QStringLiteral("19"), QStringLiteral("21"),
            QStringLiteral("23"), QStringLiteral("26"), QStringLiteral("33"), QStringLiteral("35"),
            QStringLiteral("36"), QStringLiteral("42"), QStringLiteral("44"), QStringLiteral("46"),
            QStringLiteral("54"), QStringLiteral("60"), QStringLiteral("63"), QStringLiteral("90")};
        const QString n = m_e164.mid(3);
        const qsizetype area = n.startsWith(u'8') ? 1 : twoDigit.contains(n.left(2)) ? 2 : 3;
        return u'0' + n.left(area) + u'-' + n.mid(area);
    }
    }
    return m_e164;
}

} // namespace kc
