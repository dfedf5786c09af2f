// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Demo mode end to end, offscreen: the in-process server seeded with demo contacts, the
// workstation signed in through the real sync path, driven by the keyboard.
#include "../support/widgetenvironment.h"
#include "app/casehistorydesk.h"
#include "app/contactdesk.h"
#include "app/demoenvironment.h"
#include "app/workstation.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"
#include "models/localstore.h"
#include "models/queuepipeline.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "sync/syncengine.h"
#include "ui/agentstatewidget.h"
#include "ui/casehistorypanel.h"
#include "ui/completiondialog.h"
#include "ui/contactpane.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/reportform.h"
#include "ui/reportview.h"
#include "ui/shortcuthelp.h"
#include "ui/trainingbanner.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace kc;

namespace {
// Tab (only the keyboard) until `target` has focus; false after `limit` presses.
bool tabTo(QWidget* target, int limit = 40)
{
    for (int i = 0; i < limit; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

// QTest::keyClicks, also for å, ä, ö (which QTest's ASCII table does not know).
void type(QWidget* to, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(to, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, to, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, to, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* to = QApplication::focusWidget();
    QVERIFY(to);
    QTest::keyClick(to, Qt::Key(key), modifiers);
}

// KC_SCREENSHOT_DIR=DIR saves pictures of the window at the interesting moments (to look at
// them, README "Looking at the UI"); without it nothing is written.
void shoot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // What a screen shows: the layouts as they are once the pending layout requests have run.
    // (A child's new size reaches its parents one layout request at a time.)
    for (int depth = 0; depth < 8; ++depth)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
}

QString problems(ReportForm* form)
{
    QStringList list;
    for (const Error& e : form->validate())
        list << e.path + QStringLiteral(": ") + e.message;
    return list.join(u'\n');
}
} // namespace

class TestDemoWorkstation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }

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

        QSignalSpy accepted(ws.engine(), &sync::SyncEngine::acceptFinished);
        // WHEN a colleague takes the contact she is about to accept
        User colleague;
        colleague.username = QStringLiteral("kollega");
        colleague.displayName = QStringLiteral("Kollega");
        colleague.role = Role::Agent;
        colleague.queues = {QStringLiteral("anmalan"), QStringLiteral("information")};
        const auto added = demo.server()->store().users().add(colleague, QStringLiteral("ett-långt-lösenord"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        const QString target = ws.pipeline()->mapToContactId(panel->view()->model()->index(0, 0));
        QVERIFY(demo.server()->store().contacts().accept(*added, target).ok());
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
        accepted.clear();
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QVERIFY(accepted.wait(10000));
        // THEN she is told in Swedish, and the row is gone
        QCOMPARE(accepted.first().at(1).toBool(), false);
        QVERIFY(panel->message()->isVisible());
        QCOMPARE(panel->message()->text(), QStringLiteral("Kontakten har redan tagits av en kollega."));
        QTRY_COMPARE(panel->view()->model()->rowCount(), 6);

        // WHEN she takes the next one with Ctrl+Return THEN it leaves the waiting queue, and the
        // refusal above is old news
        const QString first = ws.pipeline()->mapToContactId(panel->view()->model()->index(0, 0));
        accepted.clear();
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(accepted.wait(10000));
        QCOMPARE(accepted.first().at(0).toString(), first);
        QVERIFY(accepted.first().at(1).toBool());
        QTRY_COMPARE(panel->view()->model()->rowCount(), 5);
        QVERIFY(!panel->message()->isVisible());

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
                           "username = 'ovning1')")); // demo.agentUsername()
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), QStringLiteral("not_ready"));
        QCOMPARE(row->value(1).toString(), QStringLiteral("Lunch"));
    }
    // The "Done when" of the workstation issue, by keyboard only: take the next contact, file a
    // valid report, see its case number, complete the contact, go back to Redo. Then the draft of
    // a second contact survives destroying and recreating the whole window.
    void filesAReportByKeyboardOnlyAndSeesItsCaseNumber()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        auto window = std::make_unique<MainWindow>(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        auto ws = std::make_unique<Workstation>(*window);
        QSignalSpy ready(ws.get(), &Workstation::ready);
        QVERIFY(ws->start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE(window->queuePanel()->view()->model()->rowCount(), 7);
        ContactPane* pane = ws->contactPane();
        ReportForm* form = pane->form();
        QVERIFY(!form->isVisible()); // no contact yet: the pane says how to take one

        // F1 lists the window's shortcuts, in Swedish, over the window; F1 again closes it.
        auto* help = new ShortcutHelp(window.get()); // a child of the window, as in main.cpp
        press(Qt::Key_F1);
        QTRY_VERIFY(help->isVisible());
        QStringList listed;
        for (const ShortcutHelp::Entry& e : help->entries())
            listed << e.keys + u' ' + e.description;
        for (const QString& expected :
             {QStringLiteral("Ta nästa kontakt"), QStringLiteral("Slutför kontakt"),
              QStringLiteral("Redo för nästa kontakt"), QStringLiteral("Sök i ärendehistoriken")})
            QVERIFY2(listed.join(u'\n').contains(expected), qPrintable(listed.join(u'\n')));
        // (the form's own shortcuts are listed only while a contact is open: Alt+1…9, F9)
        QVERIFY2(!listed.join(u'\n').contains(QStringLiteral("Registrera anmälan")), qPrintable(listed.join(u'\n')));
        shoot(window.get(), "shortcuts");
        press(Qt::Key_F1);
        QTRY_VERIFY(!help->isVisible());

        // Take the next contact: Ella, priority 1, pre-filled as the reporter.
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(form->isVisible());
        const QString contactId = pane->currentContactId();
        QVERIFY(!contactId.isEmpty());
        auto* name = qobject_cast<QLineEdit*>(form->fieldFor(QStringLiteral("reporter.name")));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Ella Testsson"));
        // the cursor starts in Anmälare, at Tolkbehov (decided first)
        QWidget* interpreter = form->fieldFor(QStringLiteral("interpreterLanguage"));
        QTRY_COMPARE(QApplication::focusWidget(), interpreter);
        // With the form open, F1 also lists its shortcuts.
        press(Qt::Key_F1);
        QTRY_VERIFY(help->isVisible());
        listed.clear();
        for (const ShortcutHelp::Entry& e : help->entries())
            listed << e.group + u' ' + e.keys + u' ' + e.description;
        QVERIFY2(listed.contains(QStringLiteral("3. Registrera anmälan F9 Registrera anmälan")),
                 qPrintable(listed.join(u'\n')));
        QVERIFY2(listed.contains(QStringLiteral("2. Fyll i anmälan Alt+6 Händelsebeskrivning")),
                 qPrintable(listed.join(u'\n')));
        shoot(window.get(), "shortcuts-report");
        press(Qt::Key_Escape);
        QTRY_VERIFY(!help->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), interpreter); // back where the agent was

        // Every input of the whole window has an accessible name (screen readers, tests).
        QStringList unnamed;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                               qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                               qobject_cast<QAbstractButton*>(w);
            // Qt's own parts are named through their owner: a combo box's line edit and list, a
            // line edit's clear button, a table's headers and corner button, the menu bar's ">>".
            const bool part = qobject_cast<QComboBox*>(w->parentWidget()) ||
                              qobject_cast<QLineEdit*>(w->parentWidget()) || qobject_cast<QHeaderView*>(w) ||
                              w->inherits("QComboBoxListView") || w->inherits("QTableCornerButton") ||
                              w->objectName().startsWith(QLatin1String("qt_"));
            if (input && !part && w->accessibleName().isEmpty() &&
                (!qobject_cast<QAbstractButton*>(w) || qobject_cast<QAbstractButton*>(w)->text().isEmpty()))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Anmälare: her personnummer, first mistyped (the check digit), then corrected.
        QWidget* pnr = form->fieldFor(QStringLiteral("reporter.personnummer"));
        QVERIFY(tabTo(pnr));
        type(pnr, QStringLiteral("20000101-2385"));
        press(Qt::Key_F9); // Registrera refuses and lists what is wrong
        QVERIFY(!form->validate().isEmpty());
        QCOMPARE(ws->store()->pendingCount(), 0);
        shoot(window.get(), "form-errors");
        press(Qt::Key_Backspace);
        type(QApplication::focusWidget(), QStringLiteral("4"));
        // Brottstyp: Alt+3, the offence in plain words; her sex and age come from the personnummer,
        // the agent answers the relation (b, bekant: the neighbour) and the internet (n, nej), and
        // the Brå code follows.
        press(Qt::Key_3, Qt::AltModifier);
        type(QApplication::focusWidget(), QStringLiteral("olaga hot"));
        QWidget* relation = form->findChild<QWidget*>(QStringLiteral("offenceGuide.relation"));
        QVERIFY(tabTo(relation));
        type(relation, QStringLiteral("b"));
        QVERIFY(tabTo(form->findChild<QWidget*>(QStringLiteral("offenceGuide.internet"))));
        type(QApplication::focusWidget(), QStringLiteral("n"));
        QCOMPARE(form->draft().value(QStringLiteral("offenceCode")).toString(), QStringLiteral("9442"));
        shoot(window.get(), "offence-guide");
        // Händelsetid: Alt+4.
        press(Qt::Key_4, Qt::AltModifier);
        type(QApplication::focusWidget(), QStringLiteral("igår 22:30"));
        // Brottsplats: Alt+5, street, then on to the kommun.
        press(Qt::Key_5, Qt::AltModifier);
        type(QApplication::focusWidget(), QStringLiteral("Storgatan 1"));
        QWidget* kommun = form->fieldFor(QStringLiteral("location.municipalityCode"));
        QVERIFY(kommun);
        QVERIFY(tabTo(kommun));
        type(kommun, QStringLiteral("Skara"));
        // Händelsebeskrivning: Alt+6.
        press(Qt::Key_6, Qt::AltModifier);
        type(QApplication::focusWidget(),
             QStringLiteral("Grannen hotade anmälarens mamma i trapphuset vid 22.30 och sa att han skulle "
                            "komma tillbaka."));
        QVERIFY2(form->validate().isEmpty(), qPrintable(problems(form)));

        // Registrera: F9 asks once more, Enter confirms; queued with a provisional reference, then
        // the case number.
        QSignalSpy sent(ws->engine(), &sync::SyncEngine::reportSent);
        shoot(window.get(), "form-during-call");
        press(Qt::Key_F9);
        QTRY_VERIFY(form->isConfirmingRegistration());
        shoot(window.get(), "register-confirmation");
        QCOMPARE(ws->store()->pendingCount(), 0);
        press(Qt::Key_Return);
        QVERIFY(sent.wait(10000));
        const QString caseNumber = sent.first().at(1).toString();
        QVERIFY2(caseNumber.startsWith(QStringLiteral("1400-K")), qPrintable(caseNumber));
        QTRY_VERIFY(pane->statusLabel()->text().contains(caseNumber));
        // The caller's case history (by her number) finds the new case once it is registered.
        ws->caseHistory()->showForCaller(ws->store()->contact(contactId)->caller);
        QTRY_COMPARE(ws->caseHistory()->model()->rowCount(), 1);
        QVERIFY(ws->caseHistory()->model()->index(0, 0).data().toString().contains(caseNumber));
        shoot(window.get(), "contact-open");
        // Opening the case (Enter on its row) shows the whole report, read-only.
        QTreeView* history = ws->caseHistory()->view();
        history->setFocus();
        history->setCurrentIndex(history->model()->index(0, 0));
        QTest::keyClick(history, Qt::Key_Return);
        QTRY_VERIFY(ws->caseHistoryDesk()->reportView() && ws->caseHistoryDesk()->reportView()->isVisible());
        shoot(ws->caseHistoryDesk()->reportView(), "report-view");
        ws->caseHistoryDesk()->reportView()->close();
        window->activateWindow();
        QTRY_VERIFY(QApplication::focusWidget());
        QVERIFY(!ws->store()->draft(contactId).has_value()); // the draft became the outbox item

        // Avsluta kontakt: Ctrl+Shift+A, "Anmälan upprättad" is preselected, Enter.
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(ws->desk()->completionDialog() && ws->desk()->completionDialog()->isVisible());
        CompletionDialog* dialog = ws->desk()->completionDialog();
        QCOMPARE(dialog->disposition(), std::optional(Disposition::ReportFiled));
        QCOMPARE(dialog->list()->currentItem()->text(), QStringLiteral("1  Anmälan upprättad"));
        QTest::keyClick(dialog->list(), Qt::Key_Return); // the list has the dialog's focus
        QTRY_COMPARE(ws->agentState()->currentText(), QStringLiteral("Efterarbete"));
        QTRY_VERIFY(pane->readyButton()->isVisible());
        QTRY_COMPARE(ws->store()->pendingCount(), 0);
        {
            auto row = demo.server()->store().database().exec(
                QStringLiteral("SELECT c.state, c.disposition, r.case_number FROM contacts c JOIN reports r ON r.id = "
                               "c.report_id WHERE c.id = '%1'")
                    .arg(contactId));
            QVERIFY(row && row->next());
            QCOMPARE(row->value(0).toString(), QStringLiteral("completed"));
            QCOMPARE(row->value(1).toString(), QStringLiteral("report_filed"));
            QCOMPARE(row->value(2).toString(), caseNumber);
        }

        // Redo: Ctrl+Shift+R (the focus is back in the main window, on the queue).
        QTRY_COMPARE(QApplication::focusWidget(), window->queuePanel()->view());
        press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(ws->agentState()->currentText(), QStringLiteral("Redo"));

        // The next contact: she types a little, the cursor in Händelsebeskrivning …
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!pane->currentContactId().isEmpty() && pane->currentContactId() != contactId);
        const QString second = pane->currentContactId();
        press(Qt::Key_6, Qt::AltModifier);
        type(QApplication::focusWidget(), QStringLiteral("Okända köp på kortet, 3 st."));
        const QJsonObject typed = form->draft();
        // … and the window goes away (closing, or a crash after the draft reached the disk).
        ws.reset();
        window.reset();

        window = std::make_unique<MainWindow>(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        ws = std::make_unique<Workstation>(*window);
        QSignalSpy readyAgain(ws.get(), &Workstation::ready);
        QVERIFY(ws->start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(readyAgain.wait(10000));
        // THEN the open contact is back with exactly what she typed, cursor section included
        QTRY_COMPARE(ws->contactPane()->currentContactId(), second);
        QCOMPARE(ws->contactPane()->form()->draft(), typed);
        QCOMPARE(ws->contactPane()->form()->currentSection(), QStringLiteral("narrative"));
        QTRY_VERIFY(qobject_cast<QPlainTextEdit*>(QApplication::focusWidget()));
    }
    // A report the server refuses ("needs attention") opens again for correction; Ctrl+S sends the
    // corrected one in its place, and it gets its case number.
    void refusedReportIsCorrectedAndSentAgain()
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
        QTRY_COMPARE(window.queuePanel()->view()->model()->rowCount(), 7);
        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!ws.contactPane()->currentContactId().isEmpty());
        const QString contactId = ws.contactPane()->currentContactId();

        // GIVEN a report in the outbox that the server refuses (a personnummer with a wrong check
        // digit, written past the form's own checks, as an older version might have)
        const QJsonObject refused{
            {QStringLiteral("contactId"), contactId},
            {QStringLiteral("offenceCode"), QStringLiteral("9442")},
            {QStringLiteral("occurredFrom"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("municipalityCode"), QStringLiteral("1495")}}},
            {QStringLiteral("reporter"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ella Testsson")},
                                                     {QStringLiteral("personnummer"), QStringLiteral("198707049996")}}},
            {QStringLiteral("injuredPartyIsReporter"), true},
            {QStringLiteral("narrative"), QStringLiteral("Grannen hotade henne i trapphuset.")},
        };
        const auto item = ws.store()->submitReport(contactId, refused);
        QVERIFY(item.ok());
        ws.engine()->flush();
        QTRY_COMPARE(ws.store()->outboxItem(item->id)->state, OutboxItem::State::Attention);
        ws.desk()->open(contactId);
        ReportForm* form = ws.contactPane()->form();
        // THEN the agent sees why, in Swedish, and the form is open for correction
        QTRY_VERIFY(ws.contactPane()->statusLabel()->text().contains(QStringLiteral("kontrollsiffra")));
        auto* pnr = qobject_cast<QLineEdit*>(form->fieldFor(QStringLiteral("reporter.personnummer")));
        QVERIFY(pnr);
        QVERIFY(!pnr->isReadOnly());
        // WHEN she corrects the personnummer by keyboard and registers it again (F9, Enter)
        press(Qt::Key_1, Qt::AltModifier);
        QVERIFY(tabTo(pnr));
        pnr->selectAll();
        type(pnr, QStringLiteral("20000101-2384"));
        QSignalSpy sent(ws.engine(), &sync::SyncEngine::reportSent);
        press(Qt::Key_F9);
        QTRY_VERIFY(form->isConfirmingRegistration());
        press(Qt::Key_Return);
        // THEN it goes in the same place, under the same reference, and gets its case number
        QVERIFY(sent.wait(10000));
        QCOMPARE(sent.first().at(0).toString(), item->localRef);
        QTRY_VERIFY(ws.contactPane()->statusLabel()->text().contains(sent.first().at(1).toString()));
        QCOMPARE(ws.store()->outboxItem(item->id)->state, OutboxItem::State::Sent);
        QCOMPARE(ws.store()->outbox(true).size(), qsizetype(1)); // corrected in place, not filed twice
        QVERIFY(!ws.store()->draft(contactId).has_value());
    }

    // The session token lives in the injected secret store (the keyring in the program), never in
    // the local store; signing out ends the session on the server.
    void tokenStaysOffDiskAndSignOutEndsTheSession()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        // GIVEN a local store in which an older version left a token
        {
            auto old =
                LocalStore::open(LocalStore::pathFor(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername()));
            QVERIFY(old.ok());
            QVERIFY((*old)->setValue(QStringLiteral("token"), QStringLiteral("gammal-token")));
        }
        MainWindow window(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        sync::MemorySecretStore secrets;
        Workstation ws(window, nullptr, &secrets);
        QSignalSpy ready(&ws, &Workstation::ready);
        // WHEN the workstation signs in
        QVERIFY(ws.start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        QVERIFY(ready.wait(10000));
        // THEN the token is in the secret store only
        const QString token = secrets.token();
        QVERIFY(!token.isEmpty());
        QCOMPARE(ws.store()->value(QStringLiteral("token")), QString());
        QVERIFY(demo.server()->store().users().authenticate(token, QDateTime::currentDateTimeUtc()));
        // WHEN the agent signs out THEN the secret is forgotten and the server refuses the token
        QSignalSpy out(&ws, &Workstation::signedOut);
        ws.signOut();
        QVERIFY(out.wait(10000));
        QCOMPARE(secrets.token(), QString());
        QVERIFY(!demo.server()->store().users().authenticate(token, QDateTime::currentDateTimeUtc()));
    }
};

QTEST_MAIN(TestDemoWorkstation)
#include "tst_demoworkstation.moc"
