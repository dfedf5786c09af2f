// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge base in the workstation (issue 14), offscreen, against the real server over
// loopback: the "done when" in demo mode by keyboard (a caller asks "Jag har tappat mitt pass, vad
// gör jag?": F3 from the open report, a few words, Enter, the article read in the order of an
// answer, Esc back to the form, completed as Rådgivning with the article recorded on the server);
// a supervisor's edit reaching an agent's open article live; agents refused; an offline workstation
// searching its local copy. And the panel's hits model under QAbstractItemModelTester.
#include "../server/apiclient.h"
#include "../support/widgetenvironment.h"
#include "app/contactdesk.h"
#include "app/demoenvironment.h"
#include "app/knowledgedesk.h"
#include "app/workstation.h"
#include "core/referencedata.h"
#include "models/knowledgeresultsmodel.h"
#include "models/localstore.h"
#include "models/queuepipeline.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "sync/knowledgesync.h"
#include "sync/syncengine.h"
#include "ui/completiondialog.h"
#include "ui/contactpane.h"
#include "ui/knowledgeeditdialog.h"
#include "ui/knowledgepanel.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/reportform.h"
#include "ui/shortcuthelp.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* to = QApplication::focusWidget();
    QVERIFY(to);
    QTest::keyClick(to, Qt::Key(key), modifiers);
}

// QTest::keyClicks, also for å, ä, ö.
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

// KC_SCREENSHOT_DIR=DIR saves a picture (README "Looking at the UI").
void shoot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (int depth = 0; depth < 8; ++depth)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png")));
}

QString firstHit(KnowledgePanel* panel)
{
    const auto* model = panel->model();
    return model->rowCount() > 0 ? model->index(0).data(KnowledgeResultsModel::IdRole).toString() : QString();
}

struct Desk
{
    MainWindow window{ReferenceData::builtin(), {}};
    Workstation ws{window};
    QTemporaryDir dir;
};

} // namespace

class TestKnowledgePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }

    void resultsModel()
    {
        KnowledgeResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KnowledgeArticle a;
        a.id = u"pass"_s;
        a.title = u"Tappat pass"_s;
        a.summary = u"Passet <spärras> när det anmäls."_s;
        model.setResults(u"pass"_s, {a});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(KnowledgeResultsModel::HighlightedTitleRole).toString(), u"Tappat <b>pass</b>"_s);
        // the text is escaped, the matches marked
        QCOMPARE(model.index(0).data(KnowledgeResultsModel::HighlightedSummaryRole).toString(),
                 u"<b>Passet</b> &lt;spärras&gt; när det anmäls."_s);
        model.setResults(u"x"_s, {});
        QCOMPARE(model.rowCount(), 0);
    }

    // The "done when", in demo mode, by keyboard only.
    void answersLostPassportAndRecordsTheArticle()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        MainWindow window(ReferenceData::builtin(), {.trainingMode = true});
        window.resize(1366, 740);
        Workstation ws(window);
        QSignalSpy ready(&ws, &Workstation::ready);
        QVERIFY(ws.start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(ready.wait(10000));
        QTRY_VERIFY(ws.store()->articles().size() >= 30); // the local copy is synced

        // The caller on the chat asks about a lost passport: the agent takes that contact.
        QString contactId;
        QTRY_VERIFY([&] {
            for (const Contact& c : ws.store()->contacts(u"waiting"_s))
                if (c.subject == u"Jag har tappat mitt pass, vad gör jag?"_s)
                    contactId = c.id;
            return !contactId.isEmpty();
        }());
        QSignalSpy opened(ws.desk(), &ContactDesk::opened);
        ws.engine()->accept(contactId);
        QVERIFY(opened.wait(10000));
        ReportForm* form = ws.contactPane()->form();
        QTRY_VERIFY(form->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() && form->isAncestorOf(QApplication::focusWidget()));
        QWidget* wasAt = QApplication::focusWidget();

        // F1 lists the key with the work of the report.
        auto* help = new ShortcutHelp(&window);
        press(Qt::Key_F1);
        QTRY_VERIFY(help->isVisible());
        QStringList listed;
        for (const ShortcutHelp::Entry& e : help->entries())
            listed << e.group + u' ' + e.keys + u' ' + e.description;
        QVERIFY2(listed.contains(u"2. Fyll i anmälan F3 Kunskapsbank"_s), qPrintable(listed.join(u'\n')));
        press(Qt::Key_F1);
        QTRY_VERIFY(!help->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), wasAt);

        // F3 from the open report: the knowledge panel, its search field focused.
        KnowledgePanel* panel = ws.knowledgePanel();
        press(Qt::Key_F3);
        QTRY_VERIFY(panel->isVisible());
        QCOMPARE(QApplication::focusWidget(), panel->searchField());
        type(panel->searchField(), u"tappat pass"_s);
        QTRY_COMPARE(firstHit(panel), u"pass-id-kort-forlorat"_s);
        QVERIFY(panel->model()
                    ->index(0)
                    .data(KnowledgeResultsModel::HighlightedTitleRole)
                    .toString()
                    .contains(u"<b>pass</b>"_s));
        press(Qt::Key_Return);
        QTRY_VERIFY(panel->currentArticle() && panel->currentArticle()->id == u"pass-id-kort-forlorat"_s);
        // Read in the order of an answer: the short answer, the details, then whom to refer to.
        const QString text = panel->articleView()->toPlainText();
        const qsizetype shortAnswer = text.indexOf(u"Kort svar:"_s);
        const qsizetype details = text.indexOf(u"Schengens informationssystem"_s);
        const qsizetype referTo = text.indexOf(u"Hänvisa till"_s);
        QVERIFY2(shortAnswer >= 0 && shortAnswer < details && details < referTo, qPrintable(text));
        QVERIFY(text.indexOf(u"Polisen, telefon 114 14, polisen.se"_s) > referTo);
        QVERIFY(form->isVisible()); // the report stays open beside the panel
        shoot(&window, "knowledge-beside-report");

        // Esc: back where she was in the form.
        press(Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), wasAt);

        // Complete as Rådgivning: the article opened is offered, checked; Enter records it.
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(ws.desk()->completionDialog() && ws.desk()->completionDialog()->isVisible());
        CompletionDialog* dialog = ws.desk()->completionDialog();
        QTest::keyClick(dialog->list(), Qt::Key_2);
        QCOMPARE(dialog->disposition(), std::optional(Disposition::AdviceGiven));
        QVERIFY(dialog->articleList()->isVisible());
        QCOMPARE(dialog->articleList()->count(), 1);
        QCOMPARE(dialog->articleIds(), QStringList{u"pass-id-kort-forlorat"_s});
        shoot(dialog, "knowledge-completion");
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        QTRY_COMPARE(ws.store()->pendingCount(), 0);
        auto row = demo.server()->store().database().exec(
            u"SELECT state, disposition, knowledge_articles FROM contacts WHERE id = ?"_s, {contactId});
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), u"completed"_s);
        QCOMPARE(row->value(1).toString(), u"advice_given"_s);
        QCOMPARE(row->value(2).toString(), u"[\"pass-id-kort-forlorat\"]"_s);
        row->finish();
        QTRY_COMPARE(ws.store()->contact(contactId)->knowledgeArticleIds, QStringList{u"pass-id-kort-forlorat"_s});
    }

    // A supervisor's edit reaches an agent's open article live; the agent may not edit; offline,
    // the agent's workstation searches its last synced copy.
    void liveEditsAndOfflineSearch()
    {
        QTemporaryDir dbDir;
        test::TestServer server;
        QVERIFY(server.start(u"sqlite:"_s + dbDir.filePath(u"kc.sqlite"_s)));
        const QString url = u"http://127.0.0.1:%1"_s.arg(server.port());
        Desk anna, sara;
        for (auto [desk, user] : {std::pair{&anna, u"anna"_s}, std::pair{&sara, u"sara"_s}}) {
            QSignalSpy ready(&desk->ws, &Workstation::ready);
            QVERIFY(desk->ws.start(desk->dir.path(), url, user, test::testPassword).ok());
            desk->window.show();
            QVERIFY(ready.wait(10000));
            QTRY_VERIFY(desk->ws.store()->articles().size() >= 30);
            desk->ws.knowledgeAction()->trigger();
            QTRY_VERIFY(desk->ws.knowledgePanel()->isVisible());
        }
        QVERIFY(!anna.ws.knowledgePanel()->editButton()->isVisible()); // agents read
        QVERIFY(sara.ws.knowledgePanel()->editButton()->isVisible());  // supervisors edit

        for (Desk* desk : {&anna, &sara}) {
            KnowledgePanel* panel = desk->ws.knowledgePanel();
            panel->searchField()->setText(u"tolk"_s);
            QTRY_COMPARE(firstHit(panel), u"tolk"_s);
            QTest::keyClick(panel->searchField(), Qt::Key_Return);
            QTRY_VERIFY(panel->currentArticle() && panel->currentArticle()->id == u"tolk"_s);
        }
        // The supervisor edits the short answer in the dialog and saves.
        sara.ws.knowledgePanel()->editButton()->click();
        QTRY_VERIFY(sara.ws.knowledgeDesk()->editDialog() && sara.ws.knowledgeDesk()->editDialog()->isVisible());
        KnowledgeEditDialog* dialog = sara.ws.knowledgeDesk()->editDialog();
        dialog->summaryField()->setPlainText(u"Boka tolk genom utredaren; skriv språket i Tolkbehov."_s);
        dialog->accept();
        // … and the agent's open article shows it, live.
        QTRY_VERIFY(anna.ws.knowledgePanel()->articleView()->toPlainText().contains(u"Boka tolk genom utredaren"_s));
        QCOMPARE(anna.ws.knowledgePanel()->currentArticle()->version, 2);
        // The offline index follows the live change, built on a worker thread: until it is ready
        // the previous index answers at once, and the GUI thread never waits for a build.
        sync::KnowledgeSync& annaKnowledge = anna.ws.knowledgeDesk()->knowledge();
        QTRY_VERIFY(annaKnowledge.indexReady());
        QCOMPARE(annaKnowledge.searchLocally(u"tolk utredaren"_s).value(0).version, 2);
        QSignalSpy built(&annaKnowledge, &sync::KnowledgeSync::indexBuilt);
        annaKnowledge.invalidate(); // the whole copy may have changed
        QVERIFY(!annaKnowledge.indexReady());
        QCOMPARE(annaKnowledge.searchLocally(u"tolk utredaren"_s).value(0).id, u"tolk"_s); // the previous index
        QVERIFY(!annaKnowledge.indexReady()); // the new one is being built, not here
        QVERIFY(built.wait(10000));
        QVERIFY(annaKnowledge.indexReady());
        QCOMPARE(annaKnowledge.searchLocally(u"tolk utredaren"_s).value(0).version, 2);
        QTRY_COMPARE(anna.ws.store()->articles().size(), sara.ws.store()->articles().size());

        // The agent may not edit: the server refuses, in Swedish.
        QSignalSpy saved(&anna.ws.knowledgeDesk()->knowledge(), &sync::KnowledgeSync::saved);
        KnowledgeArticle mine = *anna.ws.knowledgePanel()->currentArticle();
        mine.summary = u"Min egen text."_s;
        anna.ws.knowledgeDesk()->knowledge().save(mine, false);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(0).toBool(), false);
        QCOMPARE(saved.first().at(1).toString(), u"Din roll får inte göra detta."_s);

        // Offline: the server is gone; the agent still finds answers in her copy.
        server.server.reset();
        KnowledgePanel* panel = anna.ws.knowledgePanel();
        panel->searchField()->setText(u"hittegods"_s);
        QTRY_COMPARE(firstHit(panel), u"hittegods-upphittat"_s);
        QTRY_VERIFY(panel->statusLabel()->isVisible());
        QVERIFY2(panel->statusLabel()->text().contains(u"senast hämtade"_s), qPrintable(panel->statusLabel()->text()));
        QTest::keyClick(panel->searchField(), Qt::Key_Return);
        QTRY_VERIFY(panel->currentArticle() && panel->currentArticle()->id == u"hittegods-upphittat"_s);
    }
};

QTEST_MAIN(TestKnowledgePanel)
#include "tst_knowledgepanel.moc"
