// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Key names in the user's language, everywhere a shortcut is shown.
//
// Qt names keys for people through QKeySequence::toString(QKeySequence::NativeText), which looks
// every modifier and key name up in the translation context "QShortcut" ("Ctrl", "Shift", "Return",
// "PgUp", "F%1" …; qtbase src/gui/kernel/qkeysequence.cpp). Debian ships no Swedish qtbase
// catalogue, so without help those names stay English next to our Swedish texts. keynames.cpp lists
// those source texts with QT_TRANSLATE_NOOP("QShortcut", …), so lupdate puts them into our own
// catalogue (translations/kontaktcenter_sv.ts), which kc::installTranslations() installs after
// Qt's and which therefore wins: "Ctrl+Skift+A", "Skift+Tabb", "Retur", "Uppil".
//
// The rule that follows: a shortcut shown to the user — on a button, in a tooltip, in a message, in
// the F1 list — is always built from a QKeySequence with keyText() (or toString(NativeText)), never
// written out in a translatable string. Menus and the F1 list do this already.
// Thread rules: GUI thread (translation lookups), like QKeySequence itself.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace kc {

// `keys` as the user reads it, in the UI language: QKeySequence::toString(NativeText).
QString keyText(const QKeySequence& keys);

// "Alt+1 … Alt+9": a range of keys, for lists that name them together.
QString keyRangeText(const QKeySequence& first, const QKeySequence& last);

// Every "QShortcut" source text listed in keynames.cpp, for the test that checks each has a
// Swedish translation.
QList<const char*> keyNameSourceTexts();

} // namespace kc
