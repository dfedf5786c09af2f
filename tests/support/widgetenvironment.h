// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The environment every widget test pins in its initTestCase (CTest sets the offscreen platform,
// the C.UTF-8 locale and the time zone; see tests/CMakeLists.txt): QStandardPaths' test mode, so
// settings and data never touch the user's, the Fusion style, so sizes and focus order do not
// depend on the machine, and the Swedish catalogue, the program's default language.
#pragma once

#include "core/i18n.h"

#include <QApplication>
#include <QStandardPaths>

namespace kc::test {

// False when the Swedish catalogue could not be loaded (QVERIFY it).
[[nodiscard]] inline bool pinWidgetEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
    return installTranslations(QStringLiteral("sv"));
}

} // namespace kc::test
