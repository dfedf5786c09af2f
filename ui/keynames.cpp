// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/keynames.h"

#include <QCoreApplication>

namespace kc {

namespace {

// The names QKeySequence::toString(NativeText) translates in context "QShortcut" (Qt 6.8,
// qkeysequence.cpp: the modifier names and the first entry of its key-name table for each key),
// for the keys this program uses or may show (F%1 covers every function key). The Swedish names
// in kontaktcenter_sv.ts follow Swedish Windows (Microsoft's Swedish key names): Skift, Retur,
// Backsteg, Blanksteg — as a public key-name table citing Microsoft's documentation lists them —
// and Tabb, Uppil, Nedpil, Vänsterpil, Högerpil, Microsoft's Swedish usage too but not checked here
// against a primary source. Keys whose caps carry English words on Swedish keyboards (Esc, Insert,
// Delete, Home, End, Page Up, Page Down) keep them; Enter is the keypad's key (Retur the main one).
constexpr const char* names[] = {
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),     QT_TRANSLATE_NOOP("QShortcut", "Meta"),
    QT_TRANSLATE_NOOP("QShortcut", "Num"),     QT_TRANSLATE_NOOP("QShortcut", "Space"),
    QT_TRANSLATE_NOOP("QShortcut", "Esc"),     QT_TRANSLATE_NOOP("QShortcut", "Tab"),
    QT_TRANSLATE_NOOP("QShortcut", "Backtab"), QT_TRANSLATE_NOOP("QShortcut", "Backspace"),
    QT_TRANSLATE_NOOP("QShortcut", "Return"),  QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Ins"),     QT_TRANSLATE_NOOP("QShortcut", "Del"),
    QT_TRANSLATE_NOOP("QShortcut", "Home"),    QT_TRANSLATE_NOOP("QShortcut", "End"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),    QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Right"),   QT_TRANSLATE_NOOP("QShortcut", "Down"),
    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),    QT_TRANSLATE_NOOP("QShortcut", "PgDown"),
    QT_TRANSLATE_NOOP("QShortcut", "F%1"),
};

} // namespace

QString keyText(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

QString keyRangeText(const QKeySequence& first, const QKeySequence& last)
{
    //: A range of keys in a list of shortcuts: %1 the first, %2 the last ("Alt+1 … Alt+9")
    return QCoreApplication::translate("kc::KeyNames", "%1 … %2").arg(keyText(first), keyText(last));
}

QList<const char*> keyNameSourceTexts()
{
    return {std::begin(names), std::end(names)};
}

} // namespace kc
