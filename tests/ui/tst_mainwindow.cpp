// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The main window offscreen, driven by the keyboard only, in Swedish.
#include "../support/widgetenvironment.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "ui/lookuppanel.h"
#include "ui/mainwindow.h"
#include "ui/trainingbanner.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace kc;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }

    void titleAndBanner_data()
    {
        QTest::addColumn<bool>("training");
        QTest::addColumn<QString>("title");
        QTest::newRow("production") << false << "Kontaktcenter";
        QTest::newRow("training") << true << "Kontaktcenter – ÖVNINGSLÄGE";
    }

    void titleAndBanner()
    {
        QFETCH(bool, training);
        QFETCH(QString, title);
        MainWindow w(ReferenceData::builtin(), {.trainingMode = training});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), title);
        QCOMPARE(w.trainingBanner() != nullptr, training);
        if (training) {
            QVERIFY(w.trainingBanner()->isVisible());
            QVERIFY(w.trainingBanner()->text().startsWith(QStringLiteral("ÖVNINGSLÄGE")));
            QCOMPARE(w.trainingBanner()->accessibleName(), w.trainingBanner()->text());
        }
    }

    void keyboardLookupOfOffenceCodes()
    {
        MainWindow w(ReferenceData::builtin(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LookupPanel* panel = w.lookupPanel();
        // GIVEN focus elsewhere, WHEN the agent presses Ctrl+1 and types "cykel"
        panel->personnummerInput()->setFocus();
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(panel->offenceSearch()->hasFocus());
        QTest::keyClicks(panel->offenceSearch(), QStringLiteral("cykel"));
        // THEN only the cycle codes in use remain (cykel, elcykel, elsparkcykel, motorcykel, stöld
        // från cykel, and Brå's older cykel code 0807), and Enter moves into the list
        QCOMPARE(panel->offenceView()->model()->rowCount(), 6);
        QTest::keyClick(panel->offenceSearch(), Qt::Key_Return);
        QTRY_VERIFY(panel->offenceView()->hasFocus());
        QCOMPARE(panel->offenceView()->currentIndex().row(), 0);
    }

    void lookupKeysWorkWhileTheirTabIsBehind()
    {
        // GIVEN the default layout: the case history's tab in front of the lookups
        MainWindow w(ReferenceData::builtin(), {});
        auto* history = new QLineEdit;
        history->setAccessibleName(QStringLiteral("Ärendehistorik"));
        w.setCaseHistoryPanel(history);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        LookupPanel* panel = w.lookupPanel();
        history->setFocus();
        QTRY_VERIFY(history->hasFocus());
        QVERIFY(!panel->isVisible());
        // WHEN the agent presses Ctrl+1 THEN the lookups come forward with the offence search focused
        QTest::keyClick(history, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(panel->offenceSearch()->hasFocus());
        // AND from the case history again, Ctrl+3 reaches the personnummer check
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("sideTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(history);
        history->setFocus();
        QTRY_VERIFY(!panel->isVisible());
        QTest::keyClick(history, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(panel->personnummerInput()->hasFocus());
        // AND Ctrl+2 the kommuner
        tabs->setCurrentWidget(history);
        history->setFocus();
        QTest::keyClick(history, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(panel->municipalitySearch()->hasFocus());
    }

    void keyboardLookupOfMunicipalities()
    {
        MainWindow w(ReferenceData::builtin(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LookupPanel* panel = w.lookupPanel();
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(panel->municipalitySearch()->hasFocus());
        QTest::keyClicks(panel->municipalitySearch(), QStringLiteral("skara"));
        QCOMPARE(panel->municipalityView()->model()->rowCount(), 1);
        QCOMPARE(panel->municipalityView()->model()->index(0, 0).data().toString(), QStringLiteral("Skara (1495)"));
    }

    void personnummerCheckSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::newRow("wrong check digit")
            << "640823-3235"
            << "Numret går inte ihop: kontrollsiffran stämmer inte. Be uppringaren upprepa hela numret.";
        QTest::newRow("valid woman") << "200001012384" << "Giltigt personnummer 20000101-2384: född 2000-01-01, kvinna";
        QTest::newRow("samordningsnummer")
            << "197306749982" << "Giltigt samordningsnummer 19730674-9982: född 1973-06-14, kvinna";
    }

    void personnummerCheckSaysWhatIsWrong()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        MainWindow w(ReferenceData::builtin(), {});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LookupPanel* panel = w.lookupPanel();
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(panel->personnummerInput()->hasFocus());
        QTest::keyClicks(panel->personnummerInput(), typed);
        QVERIFY2(panel->personnummerResult()->text().startsWith(shown),
                 qPrintable(panel->personnummerResult()->text()));
        // Clearing the field clears the verdict.
        panel->personnummerInput()->clear();
        QCOMPARE(panel->personnummerResult()->text(), QString());
    }

    void everyInputHasAnAccessibleName()
    {
        MainWindow w(ReferenceData::builtin(), {.trainingMode = true});
        const auto edits = w.findChildren<QLineEdit*>();
        QVERIFY(edits.size() >= 3);
        for (auto* e : edits)
            QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(e->placeholderText()));
        for (auto* v : w.findChildren<QListView*>())
            QVERIFY(!v->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
