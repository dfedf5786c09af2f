// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/postalcode.h"

#include <QCoreApplication>

namespace kc {

Result<PostalCode> PostalCode::parse(QStringView text)
{
    QStringView s = text.trimmed();
    if (s.startsWith(u"SE-", Qt::CaseInsensitive) || s.startsWith(u"S-", Qt::CaseInsensitive))
        s = s.mid(s.indexOf(u'-') + 1);
    if (s.isEmpty())
        return Error{
            {}, QCoreApplication::translate("kc::PostalCode", "The postal code is missing."), QStringLiteral("empty")};
    QString digits;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (!(c == u' ' && i == 3))
            return Error{{},
                         QCoreApplication::translate("kc::PostalCode",
                                                     "A postal code has five digits, written NNN NN (e.g. 413 19)."),
                         QStringLiteral("format")};
    }
    if (digits.size() != 5)
        return Error{{},
                     QCoreApplication::translate("kc::PostalCode",
                                                 "A postal code has five digits, written NNN NN (e.g. 413 19)."),
                     QStringLiteral("length")};
    if (digits[0] == u'0')
        return Error{{},
                     QCoreApplication::translate("kc::PostalCode", "Swedish postal codes never start with 0."),
                     QStringLiteral("range")};
    return PostalCode(std::move(digits));
}

} // namespace kc
