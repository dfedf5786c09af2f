// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The workstation's side of issue 15, end to end offscreen against the real server over loopback
// (the in-process demo server, signed in through the real sync path): a web report opens
// pre-filled with each of the citizen's problems marked and the original beside it, and registers
// with a case number after correcting; a tip opens read-only and completes only as a tip; a
// callback needs a valid time and comes back marked; the police area's desk lists the handoff and
// acknowledges it by keyboard, and the agent's case history then says so. Plus the pieces on
// their own where a clock must be pinned (the callback time) or a contact shape made up (the
// callback marker). Synthetic data only (Skatteverket's test personnummer).
#include "../support/widgetenvironment.h"
#include "app/areadesk.h"
#include "app/contactdesk.h"
#include "app/demoenvironment.h"
#include "app/workstation.h"
#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"
#include "models/contactqueuemodel.h"
#include "models/handoffmodel.h"
#include "models/localstore.h"
#include "models/queuepipeline.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/areaview.h"
#include "ui/casehistorypanel.h"
#include "ui/citizenreport.h"
#include "ui/completiondialog.h"
#include "ui/contactpane.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/referencepicker.h"
#include "ui/reportform.h"
#include "ui/tipview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

// One signed-in workstation on the demo server, offscreen at the reference size.
struct Station
{
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Workstation> ws;
    bool signIn(DemoEnvironment& demo, const QString& dataDir, const QString& username)
    {
        window = std::make_unique<MainWindow>(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        ws = std::make_unique<Workstation>(*window);
        QSignalSpy ready(ws.get(), &Workstation::ready);
        if (!ws->start(dataDir, demo.serverUrl(), username, demo.agentPassword()).ok())
            return false;
        window->resize(1366, 740);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        return ready.wait(10000);
    }
};

struct Desk
{
    DemoEnvironment demo;
    Station agent;
    bool start() { return demo.start().ok() && agent.signIn(demo, demo.dataDirectory(), demo.agentUsername()); }
    ContactPane* pane() const { return agent.ws->contactPane(); }
    ReportForm* form() const { return pane()->form(); }
    // Takes `id` through the real accept and waits until it is open in the pane.
    bool take(const QString& id)
    {
        QSignalSpy accepted(agent.ws->engine(), &sync::SyncEngine::acceptFinished);
        // The contact must have reached the local store first (contact.created).
        if (!QTest::qWaitFor([&] { return agent.ws->store()->contact(id).has_value(); }, 10000))
            return false;
        agent.ws->engine()->accept(id);
        return accepted.wait(10000) && QTest::qWaitFor([&] { return pane()->currentContactId() == id; }, 10000);
    }
    QJsonObject serverRow(const QString& sql)
    {
        auto q = demo.server()->store().database().exec(sql);
        QJsonObject o;
        if (q && q->next())
            for (int i = 0; i < q->record().count(); ++i)
                o.insert(q->record().fieldName(i), QJsonValue::fromVariant(q->value(i)));
        return o;
    }
};

void shoot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + QLatin1String(name) + u".png"_s));
}

QString yesterdayAt(const char* time)
{
    return QDate::currentDate().addDays(-1).toString(u"yyyy-MM-dd"_s) + u' ' + QLatin1String(time);
}

} // namespace

class TestIntakeDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }
    void init() { QSettings().clear(); }

    // ---- web reports -------------------------------------------------------------------------

    void webReportOpensPrefilledWithProblemsMarked()
    {
        Desk d;
        QVERIFY(d.start());
        // GIVEN a web report whose personnummer does not add up, whose date lies in the future and
        // whose kommun does not exist
        const QString id = d.demo.addWebReport(1);
        QVERIFY(!id.isEmpty());
        // WHEN the agent takes it
        QVERIFY(d.take(id));
        const auto contact = d.agent.ws->store()->contact(id);
        QVERIFY(contact && contact->webReport);
        const QJsonArray problems = contact->webReport->value(u"problems").toArray();
        QVERIFY2(problems.size() >= 3, qPrintable(QJsonDocument(problems).toJson()));

        // THEN the form holds what the citizen typed, verbatim where it does not parse
        ReportForm* form = d.form();
        auto text = [form](const char* path) {
            auto* edit = qobject_cast<QLineEdit*>(form->fieldFor(QLatin1String(path)));
            return edit ? edit->text() : u"<no line edit>"_s;
        };
        QCOMPARE(text("reporter.name"), u"Prov Provsdotter"_s);
        QVERIFY2(text("reporter.personnummer").remove(u'-').contains(u"200001012385"_s),
                 qPrintable(text("reporter.personnummer")));
        QVERIFY2(text("occurredFrom").startsWith(u"2099-12-05"_s), qPrintable(text("occurredFrom")));
        auto* narrative = form->fieldFor(u"narrative"_s);
        QVERIFY(narrative->property("plainText").toString().startsWith(u"Någon har repat lacken"_s));
        // AND each problem is marked on its field with the server's Swedish message
        for (const QJsonValue& v : problems) {
            const QString field = webreport::formPath(v[u"field"].toString());
            const QString message = v[u"message"].toString();
            QWidget* w = form->fieldFor(field);
            QVERIFY2(w, qPrintable(field));
            QVERIFY2(w->toolTip().contains(message), qPrintable(field + u": "_s + w->toolTip()));
            QVERIFY(w->accessibleDescription().contains(message));
        }
        auto* errors = form->findChild<QListWidget*>(u"errorList"_s);
        QVERIFY(errors && errors->isVisible());
        QCOMPARE(errors->count(), problems.size());
        // AND the citizen's original stands beside the form, read-only, with when it was sent
        CitizenReportPanel* original = d.pane()->citizenPanel();
        QVERIFY(original->isVisible());
        QVERIFY(original->text()->isReadOnly());
        const QString shown = original->plainText();
        for (const char* typed : {"200001012385", "2099-12-05T02:00:00Z", "9999", "Parkeringen bakom Coop, Skövde",
                                  "Skadegörelse på bil", "demo-etj-0002"})
            QVERIFY2(shown.contains(QString::fromUtf8(typed)), typed);
        QVERIFY2(shown.contains(u"2026-12-06 08:40"_s), qPrintable(shown)); // submittedAt, local time
        QVERIFY(shown.contains(problems.first()[u"message"].toString()));
        // AND collapsing it gives the form the room
        QTest::keyClick(original->toggleButton(), Qt::Key_Space);
        QVERIFY(!original->text()->isVisible());
        QTest::keyClick(original->toggleButton(), Qt::Key_Space);
        QVERIFY(original->text()->isVisible());
        shoot(d.agent.window.get(), "intake-web-report-prefilled");
        // AND reopened from its draft (switching contact, a restart), the problems not yet
        // corrected are marked again
        d.agent.ws->desk()->flushDrafts();
        QVERIFY(d.agent.ws->store()->draft(id).has_value());
        d.agent.ws->desk()->open(id);
        QCOMPARE(errors->count(), problems.size());
        for (const QJsonValue& v : problems)
            QVERIFY(form->fieldFor(webreport::formPath(v[u"field"].toString()))
                        ->toolTip()
                        .contains(v[u"message"].toString()));
    }

    void webReportCorrectedAndRegistered()
    {
        Desk d;
        QVERIFY(d.start());
        const QString id = d.demo.addWebReport(1);
        QVERIFY(d.take(id));
        ReportForm* form = d.form();
        // WHEN the agent corrects what the citizen got wrong, by typing
        auto* pnr = qobject_cast<QLineEdit*>(form->fieldFor(u"reporter.personnummer"_s));
        pnr->setFocus();
        pnr->selectAll();
        QTest::keyClicks(pnr, u"20000101-2384"_s);
        // the mark goes as soon as the field is right
        QTRY_VERIFY(!pnr->toolTip().contains(u"kontrollsiffr"_s, Qt::CaseInsensitive));
        auto* from = qobject_cast<QLineEdit*>(form->fieldFor(u"occurredFrom"_s));
        from->setFocus();
        from->selectAll();
        QTest::keyClicks(from, yesterdayAt("02:00"));
        // the kommun: Skövde (Polisområde Skaraborg, confirmed in the reference data)
        const auto municipality = form->findChildren<ReferencePicker*>();
        ReferencePicker* place = nullptr;
        for (ReferencePicker* p : municipality)
            if (p->filterEdit() == form->fieldFor(u"location.municipalityCode"_s))
                place = p;
        QVERIFY(place);
        place->setCode(u"1496"_s);
        // The typing is a draft now, and reopening keeps it over the pre-fill
        d.agent.ws->desk()->flushDrafts();
        QTRY_VERIFY(d.agent.ws->store()->draft(id).has_value());
        d.agent.ws->desk()->open(id);
        QCOMPARE(qobject_cast<QLineEdit*>(form->fieldFor(u"reporter.personnummer"_s))->text(), u"20000101-2384"_s);
        // and the corrected personnummer is no longer marked, while nothing else was lost
        QVERIFY(
            !form->fieldFor(u"reporter.personnummer"_s)->toolTip().contains(u"kontrollsiffr"_s, Qt::CaseInsensitive));
        QCOMPARE(qobject_cast<QLineEdit*>(form->fieldFor(u"reporter.name"_s))->text(), u"Prov Provsdotter"_s);

        // WHEN she registers (F9, then Retur in the inline question)
        QSignalSpy sent(d.agent.ws->engine(), &sync::SyncEngine::reportSent);
        form->setFocus();
        QTest::keyClick(form, Qt::Key_F9);
        QTRY_VERIFY2(form->isConfirmingRegistration(),
                     qPrintable(form->findChild<QListWidget*>(u"errorList"_s)->item(0)
                                    ? form->findChild<QListWidget*>(u"errorList"_s)->item(0)->text()
                                    : QString()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // THEN the report gets its case number
        QVERIFY(sent.wait(10000));
        const QString caseNumber = sent.first().at(1).toString();
        QVERIFY(!caseNumber.isEmpty());
        QTRY_VERIFY(d.pane()->statusLabel()->text().contains(caseNumber));
        // AND on the server it carries the citizen's original and is handed to Skaraborg
        const QJsonObject row = d.serverRow(u"SELECT id, body FROM reports WHERE case_number = '%1'"_s.arg(caseNumber));
        QVERIFY(!row.isEmpty());
        const QString reportId = row[u"id"].toString();
        const auto routing = [&d, &reportId] {
            return d.serverRow(u"SELECT police_area, routing_state FROM reports WHERE id = '%1'"_s.arg(reportId));
        };
        QCOMPARE(routing(), (QJsonObject{{"police_area"_L1, u"Skaraborg"_s}, {"routing_state"_L1, u"new"_s}}));
        // AND the agent's copy of the report says where it went, in words
        QTRY_VERIFY(d.agent.ws->store()->report(reportId).has_value());
        const QJsonObject mine = *d.agent.ws->store()->report(reportId);
        QVERIFY(mine.value(u"webReport").isObject());
        QCOMPARE(CaseHistoryModel::routingText(mine.value(u"routing").toObject()),
                 u"Överlämnad till Polisområde Skaraborg"_s);

        // ---- the police area's desk, signed in as skaraborg on the same server ----
        Station area;
        QTemporaryDir areaData;
        QVERIFY(area.signIn(d.demo, areaData.path(), u"skaraborg"_s));
        AreaDesk* desk = area.ws->areaDesk();
        QVERIFY(desk);
        QVERIFY(!d.agent.ws->areaDesk()); // agents never get it
        QAbstractItemModelTester tester(&desk->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        AreaView* view = desk->view();
        QVERIFY(view->isVisible());
        QVERIFY(!area.ws->contactPane()->isVisible()); // the agent's parts give way
        QTRY_COMPARE(desk->model().rowCount(), 1);
        QCOMPARE(desk->model().index(0, HandoffModel::CaseNumberColumn).data().toString(), caseNumber);
        QCOMPARE(desk->model().index(0, HandoffModel::MunicipalityColumn).data().toString(), u"Skövde"_s);
        QCOMPARE(desk->model().index(0, HandoffModel::StateColumn).data().toString(), u"Ny"_s);
        QVERIFY(view->title()->text().contains(u"Polisområde Skaraborg"_s));
        QCOMPARE(view->summary()->text(), u"1 ny av 1"_s);
        QCOMPARE(area.window->focusWidget(), view->view()); // the list has the focus from the start
        // WHEN she acknowledges it with Enter on the row
        view->view()->setFocus();
        QCOMPARE(view->currentReportId(), reportId);
        QSignalSpy acked(desk, &AreaDesk::acknowledged);
        QTest::keyClick(view->view(), Qt::Key_Return);
        QVERIFY(acked.wait(10000));
        // THEN the row says so, the server has it, and a second Enter sends nothing
        QTRY_VERIFY(desk->model().index(0, HandoffModel::StateColumn).data().toString().startsWith(u"Mottagen "_s));
        QCOMPARE(routing()[u"routing_state"].toString(), u"acknowledged"_s);
        QVERIFY(!view->acknowledgeButton()->isEnabled());
        QTest::keyClick(view->view(), Qt::Key_Return);
        QCOMPARE(acked.size(), 1);
        // AND the list is live: a report registered now in Skara arrives without a key pressed
        QTRY_COMPARE(area.ws->engine()->state().kind, sync::ConnectionState::Kind::Online);
        auto session = d.demo.server()->store().users().login(d.demo.agentUsername(), d.demo.agentPassword(),
                                                              QDateTime::currentDateTimeUtc());
        QVERIFY(session.ok());
        Report other;
        other.offenceCode = u"1201"_s;
        other.occurredFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        other.location.municipalityCode = u"1495"_s; // Skara
        other.reporter.name = u"Test Testsson"_s;
        other.narrative = u"Repor i lacken."_s;
        QVERIFY(d.demo.server()->store().reports().create(session->user, other).ok());
        QTRY_COMPARE(desk->model().rowCount(), 2);
        QCOMPARE(desk->model().index(0, HandoffModel::MunicipalityColumn).data().toString(), u"Skara"_s);
        QCOMPARE(view->summary()->text(), u"1 ny av 2"_s);
        // AND the acknowledgement flows back to the agent's copy of the report
        QTRY_COMPARE(d.agent.ws->store()->report(reportId)->value(u"routing")[u"state"].toString(), u"acknowledged"_s);
        // AND the agent's case history shows "Mottagen av Polisområde Skaraborg <time>"
        CaseHistoryPanel* history = d.agent.ws->caseHistory();
        history->searchField()->setText(caseNumber);
        QTest::keyClick(history->searchField(), Qt::Key_Return);
        CaseHistoryModel* cases = history->model();
        QTRY_VERIFY(cases->rowOfReport(reportId) >= 0);
        QTRY_VERIFY2(
            cases->index(cases->rowOfReport(reportId), CaseHistoryModel::StatusColumn)
                .data()
                .toString()
                .contains(u"Mottagen av Polisområde Skaraborg 20"_s),
            qPrintable(cases->index(cases->rowOfReport(reportId), CaseHistoryModel::StatusColumn).data().toString()));
        shoot(area.window.get(), "intake-area-view");
    }

    void areaDemoHasAHandoff()
    {
        // ./kc demo --role area: Polisområde Skaraborg's desk with the Skara web report handed over
        DemoEnvironment demo(Role::Area);
        QVERIFY(demo.start().ok());
        QCOMPARE(demo.agentUsername(), u"skaraborg"_s);
        Station area;
        QVERIFY(area.signIn(demo, demo.dataDirectory(), demo.agentUsername()));
        QVERIFY(area.ws->areaDesk());
        QTRY_COMPARE(area.ws->areaDesk()->model().rowCount(), 1);
        QCOMPARE(area.ws->areaDesk()->model().index(0, HandoffModel::MunicipalityColumn).data().toString(), u"Skara"_s);
    }

    void routingInWords()
    {
        QCOMPARE(CaseHistoryModel::routingText(QJsonObject{
                     {"policeRegion"_L1, u"Väst"_s}, {"policeArea"_L1, u"Skaraborg"_s}, {"state"_L1, u"new"_s}}),
                 u"Överlämnad till Polisområde Skaraborg"_s);
        QCOMPARE(CaseHistoryModel::routingText(QJsonObject{{"policeRegion"_L1, u"Väst"_s},
                                                           {"policeArea"_L1, u"Skaraborg"_s},
                                                           {"state"_L1, u"acknowledged"_s},
                                                           {"acknowledgedAt"_L1, u"2026-12-06T09:42:00Z"_s}}),
                 u"Mottagen av Polisområde Skaraborg 2026-12-06 10:42"_s);
        QCOMPARE(CaseHistoryModel::routingText(QJsonObject{
                     {"policeRegion"_L1, u"Väst"_s}, {"policeArea"_L1, QString()}, {"state"_L1, u"unrouted"_s}}),
                 u"Ej fördelad till polisområde (Polisregion Väst)"_s);
        QCOMPARE(CaseHistoryModel::routingText({}), QString());
    }

    void trainingScenarioSendsAWebReport()
    {
        // The trainer starts the scenario with the e-service: its first contact arrives as a web
        // report with its problems, through the same intake path as the real e-service's.
        Desk d;
        QVERIFY(d.start());
        Station trainer;
        QTemporaryDir trainerData;
        QVERIFY(trainer.signIn(d.demo, trainerData.path(), u"utbildare"_s));
        auto* job = trainer.ws->client()->post(u"/training/runs"_s,
                                               QJsonObject{{"scenarioId"_L1, u"etjanst-tips-aterringning"_s}});
        QSignalSpy done(job, &sync::ApiJob::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(job->status(), 201);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&d] {
                for (const Contact& c : d.agent.ws->store()->contacts(u"waiting"_s))
                    if (c.webReport && c.webReport->value(u"externalId").toString().startsWith(u"ovning-"_s))
                        return c.webReport->value(u"problems").toArray().size() >= 3;
                return false;
            }(),
            10000);
    }

    // ---- tips ---------------------------------------------------------------------------------

    void tipIsReadOnlyAndCompletesOnlyAsATip()
    {
        Desk d;
        QVERIFY(d.start());
        const QString id = d.demo.addTip(0);
        QVERIFY(d.take(id));
        // THEN the tip view stands where the form stands, with the tipster's words
        QVERIFY(d.pane()->isShowingTip());
        QVERIFY(!d.form()->isVisible());
        TipView* tip = d.pane()->tipView();
        QVERIFY(tip->valueLabel(u"what"_s)->text().startsWith(u"En vit skåpbil"_s));
        QCOMPARE(tip->valueLabel(u"where"_s)->text(), u"Rastplatsen vid väg 49 norr om Skara"_s);
        QCOMPARE(tip->valueLabel(u"howKnown"_s)->text(), u"Jag kör förbi på väg till nattskiftet"_s);
        QVERIFY(tip->valueLabel(u"contact"_s)->text().contains(u"Test Testsson"_s));
        QVERIFY(tip->valueLabel(u"contact"_s)->text().contains(u"070-174 06 12"_s));
        QVERIFY(tip->hint()->text().contains(u"inte som anmälan"_s));
        // AND F9 registers nothing: a tip never becomes a crime report by accident
        QTest::keyClick(d.agent.window.get(), Qt::Key_F9);
        QTest::keyClick(d.agent.window.get(), Qt::Key_Return);
        QVERIFY(!d.agent.ws->store()->reportItemForContact(id).has_value());
        // WHEN she completes it: only the tip's two outcomes are offered
        QTest::keyClick(d.agent.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(d.agent.ws->desk()->completionDialog());
        CompletionDialog* dialog = d.agent.ws->desk()->completionDialog();
        QCOMPARE(dialog->list()->count(), 2);
        QCOMPARE(dialog->disposition(), Disposition::TipForwarded);
        QVERIFY(dialog->list()->item(0)->text().contains(u"Vidarebefordrat till polisområdet"_s));
        QVERIFY(dialog->list()->item(1)->text().contains(u"Ingen åtgärd"_s));
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        // THEN the server has it completed as forwarded, with no report
        QTRY_COMPARE(d.serverRow(u"SELECT state, disposition FROM contacts WHERE id = '%1'"_s.arg(id)),
                     (QJsonObject{{"state"_L1, u"completed"_s}, {"disposition"_L1, u"tip_forwarded"_s}}));
        QVERIFY(!d.agent.ws->store()->draft(id).has_value());
    }

    void anonymousTipSaysSo()
    {
        TipView view;
        QJsonObject tip{
            {"externalId"_L1, u"t-2"_s}, {"what"_L1, u"<b>Stöldgods</b> i garaget"_s}, {"anonymous"_L1, true}};
        view.setTip(tip, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QCOMPARE(view.valueLabel(u"contact"_s)->text(), u"Anonym"_s);
        QCOMPARE(view.valueLabel(u"when"_s)->text(), u"(inte angivet)"_s);
        QCOMPARE(view.valueLabel(u"what"_s)->textFormat(), Qt::PlainText); // never markup
        QVERIFY(view.hint()->text().contains(u"Ctrl+Skift+A"_s));
    }

    void onlyTipsAreForwarded()
    {
        CompletionDialog dialog(u"Ella"_s, false);
        for (int i = 0; i < dialog.list()->count(); ++i)
            QVERIFY(dialog.list()->item(i)->data(Qt::UserRole).toInt() != int(Disposition::TipForwarded));
        QCOMPARE(dialog.list()->count(), 6);
    }

    // ---- callbacks ----------------------------------------------------------------------------

    void callbackNeedsAValidTime()
    {
        const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), QTimeZone::UTC); // 11:00 in Skara
        CompletionDialog dialog(u"Ella"_s, false);
        dialog.setClock([now] { return now; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(dialog.list(), Qt::Key_5);
        QCOMPARE(dialog.disposition(), Disposition::CallbackBooked);
        QVERIFY(dialog.callbackTimeEdit()->isVisible());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        // Empty: refused, the field takes the focus and says how to write it
        QTest::keyClick(dialog.list(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.callbackMessage()->isVisible());
        QVERIFY2(dialog.callbackMessage()->text().contains(u"när"_s), qPrintable(dialog.callbackMessage()->text()));
        QCOMPARE(QApplication::focusWidget(), dialog.callbackTimeEdit());
        // In the past
        QTest::keyClicks(dialog.callbackTimeEdit(), u"2026-12-06 10:30"_s);
        QTest::keyClick(dialog.callbackTimeEdit(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(dialog.callbackMessage()->text().contains(u"passerat"_s),
                 qPrintable(dialog.callbackMessage()->text()));
        // More than 14 days ahead
        dialog.callbackTimeEdit()->clear();
        QTest::keyClicks(dialog.callbackTimeEdit(), u"2026-12-21 10:00"_s);
        QTest::keyClick(dialog.callbackTimeEdit(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(dialog.callbackMessage()->text().contains(u"14 dagar"_s),
                 qPrintable(dialog.callbackMessage()->text()));
        // Not a time at all
        dialog.callbackTimeEdit()->clear();
        QTest::keyClicks(dialog.callbackTimeEdit(), u"efter lunch"_s);
        QTest::keyClick(dialog.callbackTimeEdit(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 0);
        // Right: in the future, with a note
        dialog.callbackTimeEdit()->clear();
        QTest::keyClicks(dialog.callbackTimeEdit(), u"2026-12-07 09:30"_s);
        QVERIFY(!dialog.callbackMessage()->isVisible()); // the message follows the typing
        dialog.callbackNoteEdit()->setFocus();
        dialog.callbackNoteEdit()->insert(u"Vill ha svar om försäkringen"_s);
        QTest::keyClick(dialog.callbackNoteEdit(), Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.callbackAt(), QDateTime(QDate(2026, 12, 7), QTime(8, 30), QTimeZone::UTC));
        QCOMPARE(dialog.callbackNote(), u"Vill ha svar om försäkringen"_s);
    }

    void callbackBookedThroughTheServer()
    {
        Desk d;
        QVERIFY(d.start());
        QAbstractItemModel* queue = d.agent.window->queuePanel()->view()->model();
        QTRY_COMPARE(queue->rowCount(), 7);
        const QString ella = d.agent.ws->pipeline()->mapToContactId(queue->index(0, 0));
        QVERIFY(d.take(ella));
        QTest::keyClick(d.agent.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(d.agent.ws->desk()->completionDialog());
        CompletionDialog* dialog = d.agent.ws->desk()->completionDialog();
        QTest::keyClick(dialog->list(), Qt::Key_5);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(u"yyyy-MM-dd"_s) + u" 10:00"_s;
        QTest::keyClicks(dialog->callbackTimeEdit(), tomorrow);
        QTest::keyClicks(dialog->callbackNoteEdit(), u"Ring efter tio"_s);
        QTest::keyClick(dialog->callbackNoteEdit(), Qt::Key_Return);
        // THEN the server books the callback: scheduled, pointing back, with the note
        QTRY_VERIFY(!d.serverRow(u"SELECT id FROM contacts WHERE callback_of = '%1'"_s.arg(ella)).isEmpty());
        const QString callback =
            d.serverRow(u"SELECT id FROM contacts WHERE callback_of = '%1'"_s.arg(ella))[u"id"].toString();
        QCOMPARE(d.serverRow(u"SELECT state FROM contacts WHERE id = '%1'"_s.arg(callback))[u"state"].toString(),
                 u"scheduled"_s);
        // AND the agent's queue never shows it while scheduled
        QTRY_VERIFY(d.agent.ws->store()->contact(callback).has_value());
        QCOMPARE(d.agent.ws->pipeline()->source()->rowOf(callback), -1);
        QCOMPARE(d.agent.ws->store()->contact(callback)->callbackNote, u"Ring efter tio"_s);
    }

    void callbackMarkedInQueueAndHeader()
    {
        Contact c;
        c.id = u"c-cb"_s;
        c.channel = Channel::Phone;
        c.queue = u"anmalan"_s;
        c.priority = 2;
        c.state = ContactState::Waiting;
        c.caller.name = u"Ella Testsson"_s;
        c.subject = u"Hotad i trapphuset"_s;
        c.receivedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::UTC);
        c.callbackOf = u"c-1"_s;
        c.callbackAt = c.receivedAt;
        c.callbackNote = u"Ring efter tio"_s;
        c.version = 1;
        ContactQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts({c});
        QCOMPARE(model.index(0, ContactQueueModel::Subject).data().toString(),
                 u"Återuppringning – Hotad i trapphuset – Ring efter tio"_s);
        QVERIFY(model.index(0, 0).data(ContactQueueModel::SearchTextRole).toString().contains(u"återuppringning"_s));
        // A scheduled callback is no row of the agent's queue
        Contact scheduled = c;
        scheduled.id = u"c-later"_s;
        scheduled.state = ContactState::Scheduled;
        model.upsert(scheduled);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(u"c-later"_s), -1);

        ContactPane pane(ReferenceData::builtin());
        pane.resize(900, 600);
        pane.show();
        pane.showContact(c);
        QVERIFY(pane.callbackChip()->isVisible());
        QCOMPARE(pane.callbackChip()->text(), u"Återuppringning"_s);
        QVERIFY(pane.header()->text().contains(u"Ring efter tio"_s));
        QVERIFY(pane.header()->text().contains(u"2026-12-07 10:00"_s));
        // An ordinary contact has no chip
        Contact plain = c;
        plain.callbackOf.reset();
        plain.callbackNote.reset();
        pane.showContact(plain);
        QVERIFY(!pane.callbackChip()->isVisible());
    }
};

QTEST_MAIN(TestIntakeDesk)
#include "tst_intakedesk.moc"
