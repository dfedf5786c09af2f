// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/urgency.h"

#include <QCoreApplication>

namespace kc {

Urgency urgencyOf(int priority)
{
    if (priority <= 1)
        return Urgency::Acute;
    if (priority == 2)
        return Urgency::High;
    if (priority == 3)
        return Urgency::Normal;
    return Urgency::Low;
}

QString urgencyText(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Acute:
        return QCoreApplication::translate("kc::Urgency", "Acute");
    case Urgency::High:
        return QCoreApplication::translate("kc::Urgency", "High");
    case Urgency::Normal:
        return QCoreApplication::translate("kc::Urgency", "Normal");
    case Urgency::Low:
        return QCoreApplication::translate("kc::Urgency", "Low");
    }
    return {};
}

QString priorityText(int priority)
{
    return QStringLiteral("%1 %2").arg(priority).arg(urgencyText(urgencyOf(priority)));
}

} // namespace kc
