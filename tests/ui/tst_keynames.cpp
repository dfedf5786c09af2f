// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Key names in Swedish, everywhere a shortcut is shown: Qt's QKeySequence::toString(NativeText)
// looks them up in the context "QShortcut", which our own catalogue fills (ui/keynames.cpp), since
// Debian ships no Swedish qtbase catalogue.
#include "../support/widgetenvironment.h"
#include "ui/keynames.h"
#include "ui/shortcuthelp.h"

#include <QAction>
#include <QMainWindow>
#include <QTest>
#include <QTranslator>

using namespace kc;
using namespace Qt::StringLiterals;

class TestKeyNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }

    void swedishNames_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("shown");
        QTest::newRow("Ctrl+Shift+A") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) << u"Ctrl+Skift+A"_s;
        QTest::newRow("Ctrl+Return") << QKeySequence(Qt::CTRL | Qt::Key_Return) << u"Ctrl+Retur"_s;
        QTest::newRow("Shift+Tab") << QKeySequence(Qt::SHIFT | Qt::Key_Tab) << u"Skift+Tabb"_s;
        QTest::newRow("Backtab") << QKeySequence(Qt::Key_Backtab) << u"Skift+Tabb"_s;
        QTest::newRow("Alt+1") << QKeySequence(Qt::ALT | Qt::Key_1) << u"Alt+1"_s;
        QTest::newRow("Alt+Up") << QKeySequence(Qt::ALT | Qt::Key_Up) << u"Alt+Uppil"_s;
        QTest::newRow("Down") << QKeySequence(Qt::Key_Down) << u"Nedpil"_s;
        QTest::newRow("Left") << QKeySequence(Qt::Key_Left) << u"Vänsterpil"_s;
        QTest::newRow("Right") << QKeySequence(Qt::Key_Right) << u"Högerpil"_s;
        QTest::newRow("Space") << QKeySequence(Qt::Key_Space) << u"Blanksteg"_s;
        QTest::newRow("Backspace") << QKeySequence(Qt::Key_Backspace) << u"Backsteg"_s;
        QTest::newRow("Insert") << QKeySequence(Qt::Key_Insert) << u"Insert"_s;
        QTest::newRow("Ctrl+Delete") << QKeySequence(Qt::CTRL | Qt::Key_Delete) << u"Ctrl+Delete"_s;
        QTest::newRow("Page Down") << QKeySequence(Qt::Key_PageDown) << u"Page Down"_s;
        QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape) << u"Esc"_s;
        QTest::newRow("F9") << QKeySequence(Qt::Key_F9) << u"F9"_s;
        QTest::newRow("keypad Enter") << QKeySequence(Qt::Key_Enter) << u"Enter"_s;
    }

    void swedishNames()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, shown);
        QCOMPARE(keyText(keys), shown);
        QCOMPARE(keys.toString(QKeySequence::NativeText), shown); // what menus show
        // PortableText (settings, files) stays untranslated
        QVERIFY(!keys.toString(QKeySequence::PortableText).contains(u"Skift"_s));
    }

    void rangeOfKeys()
    {
        QCOMPARE(keyRangeText(QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_9)),
                 u"Alt+1 … Alt+9"_s);
    }

    void everyListedNameIsTranslated()
    {
        QTranslator swedish;
        QVERIFY(swedish.load(u":/i18n/kontaktcenter_sv.qm"_s));
        const QList<const char*> names = keyNameSourceTexts();
        QVERIFY(names.size() >= 20);
        for (const char* name : names)
            QVERIFY2(!swedish.translate("QShortcut", name).isEmpty(), name);
    }

    void theShortcutListIsSwedish()
    {
        QMainWindow window;
        window.setCentralWidget(new QWidget(&window));
        auto* complete = new QAction(u"Slutför kontakt"_s, &window);
        complete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        window.addAction(complete);
        ShortcutHelp help(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        help.toggle();
        bool found = false;
        for (const ShortcutHelp::Entry& e : help.entries())
            if (e.description == u"Slutför kontakt"_s) {
                QCOMPARE(e.keys, u"Ctrl+Skift+A"_s);
                found = true;
            }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestKeyNames)
#include "tst_keynames.moc"
