// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kc {

bool installTranslations(const QString& language)
{
    auto* app = QCoreApplication::instance();
    Q_ASSERT(app);
    // Qt's own strings (standard buttons, dialogs) in the same language; absent catalogues are fine.
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    if (language == QLatin1String("en"))
        return true;
    auto* ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/kontaktcenter_") + language + QStringLiteral(".qm"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace kc
