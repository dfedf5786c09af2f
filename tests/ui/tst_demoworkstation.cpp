// Demo mode end to end, offscreen: the in-process server seeded with demo contacts, the
// workstation signed in through the real sync path, driven by the keyboard.
#include "app/demoenvironment.h"
#include "app/workstation.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "models/queuepipeline.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "sync/syncengine.h"
#include "ui/agentstatewidget.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/trainingbanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace kc;

class TestDemoWorkstation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
        QVERIFY(installTranslations(QStringLiteral("sv")));
    }

    void takesContactsByKeyboardAndSeesColleaguesWin()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        MainWindow window(ReferenceData::builtin(), {.trainingMode = true});
        Workstation ws(window);
        QSignalSpy ready(&ws, &Workstation::ready);
        QVERIFY(ws.start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.wait(10000));
        QVERIFY(window.trainingBanner()->isVisible());
        QueuePanel* panel = window.queuePanel();
        QVERIFY(panel);
        // GIVEN the seeded contacts, in service order: the child calling (priority 1) first
        QTRY_COMPARE(panel->view()->model()->rowCount(), 7);
        QVERIFY(ws.pipeline()->mapToContactId(panel->view()->model()->index(0, 0)).startsWith(u"c-"));

        // WHEN the agent types a filter THEN the table narrows as she types
        panel->filter()->setFocus();
        QTest::keyClicks(panel->filter(), QStringLiteral("cykel"));
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        panel->filter()->clear();
        QCOMPARE(panel->view()->model()->rowCount(), 7);

        // WHEN she takes the next one with Ctrl+Return THEN it leaves the waiting queue
        const QString first = ws.pipeline()->mapToContactId(panel->view()->model()->index(0, 0));
        QSignalSpy accepted(ws.engine(), &sync::SyncEngine::acceptFinished);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(accepted.first().at(0).toString(), first);
        QVERIFY(accepted.first().at(1).toBool());
        QTRY_COMPARE(panel->view()->model()->rowCount(), 6);

        // WHEN a colleague takes the contact she is about to accept
        User colleague;
        colleague.username = QStringLiteral("kollega");
        colleague.displayName = QStringLiteral("Kollega");
        colleague.role = Role::Agent;
        colleague.queues = {QStringLiteral("anmalan"), QStringLiteral("information")};
        const auto added = demo.server()->store().addUser(colleague, QStringLiteral("ett-långt-lösenord"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        const QString target = ws.pipeline()->mapToContactId(panel->view()->model()->index(0, 0));
        QVERIFY(demo.server()->store().accept(*added, target).ok());
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
        accepted.clear();
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QVERIFY(accepted.wait(10000));
        // THEN she is told in Swedish, and the row is gone
        QCOMPARE(accepted.first().at(1).toBool(), false);
        QVERIFY(panel->message()->isVisible());
        QCOMPARE(panel->message()->text(), QStringLiteral("Kontakten har redan tagits av en kollega."));
        QTRY_COMPARE(panel->view()->model()->rowCount(), 5);

        // WHEN a new contact arrives THEN it appears live
        QVERIFY(demo.addContact(2));
        QTRY_COMPARE(panel->view()->model()->rowCount(), 6);

        // After the accept the server made her busy; she goes "Ej redo – Lunch" by keyboard
        AgentStateWidget* state = ws.agentState();
        QTRY_COMPARE(state->currentText(), QStringLiteral("Upptagen"));
        state->chooser()->setFocus();
        const int lunch = state->chooser()->findText(QStringLiteral("Ej redo – Lunch"));
        QVERIFY(lunch > 0);
        state->chooser()->setCurrentIndex(lunch - 1);
        QTest::keyClick(state->chooser(), Qt::Key_Down);
        QTRY_COMPARE(state->currentText(), QStringLiteral("Ej redo – Lunch"));
        // and the server agrees
        auto row = demo.server()->store().database().exec(
            QStringLiteral("SELECT state, reason FROM agent_states WHERE agent_id = (SELECT id FROM users WHERE "
                           "username = 'ovning')"));
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), QStringLiteral("not_ready"));
        QCOMPARE(row->value(1).toString(), QStringLiteral("Lunch"));
    }
};

QTEST_MAIN(TestDemoWorkstation)
#include "tst_demoworkstation.moc"
