// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Training on the workstation (issue 13): the role picker by keyboard, "(övning)" in every window
// title, the trainer's panel driving a run on the in-process demo server, and a trainee's score
// reaching both the trainee and the trainer.
//
// KC_SCREENSHOT_DIR=DIR saves the role picker, the trainer's panel and a trainee's feedback.
#include "../support/widgetenvironment.h"
#include "app/demoenvironment.h"
#include "app/trainingdesk.h"
#include "app/trainingfence.h"
#include "app/workstation.h"
#include "core/referencedata.h"
#include "models/queuepipeline.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/rolepicker.h"
#include "ui/trainerpanel.h"
#include "ui/trainingfeedback.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

void shoot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + u'/' + QLatin1String(name) + u".png"_s));
}

// One request, waited for (a signal, never a sleep).
QJsonObject call(sync::RestClient& client, const char* method, const QString& path, const QJsonObject& body = {},
                 const QList<std::pair<QByteArray, QByteArray>>& headers = {})
{
    const QString route = path.section(u'?', 0, 0);
    sync::ApiJob* job = qstrcmp(method, "GET") == 0 ? client.get(route, QUrlQuery(path.section(u'?', 1)))
                                                    : client.post(route, body, headers);
    QSignalSpy done(job, &sync::ApiJob::finished);
    if (!done.wait(10000))
        return {};
    return job->json();
}

bool signIn(sync::RestClient& client, const DemoEnvironment& demo, const QString& username)
{
    if (!client.setServer(demo.serverUrl()))
        return false;
    const QJsonObject session =
        call(client, "POST", u"/session"_s, {{u"username"_s, username}, {u"password"_s, demo.agentPassword()}});
    client.setToken(session.value(u"token").toString());
    return !client.token().isEmpty();
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }

    void rolePickerByKeyboard_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("role");
        QTest::addRow("Enter: agent") << QList<int>{Qt::Key_Return} << int(Role::Agent);
        QTest::addRow("down, Enter: supervisor") << QList<int>{Qt::Key_Down, Qt::Key_Return} << int(Role::Supervisor);
        QTest::addRow("up wraps: area") << QList<int>{Qt::Key_Up, Qt::Key_Return} << int(Role::Area);
        QTest::addRow("2: supervisor") << QList<int>{Qt::Key_2} << int(Role::Supervisor);
        QTest::addRow("3: trainer") << QList<int>{Qt::Key_3} << int(Role::Trainer);
        QTest::addRow("4: area") << QList<int>{Qt::Key_4} << int(Role::Area);
        QTest::addRow("Esc: no choice") << QList<int>{Qt::Key_Escape} << -1;
    }
    void rolePickerByKeyboard()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, role);
        RolePicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QCOMPARE(picker.focusWidget(), picker.button(Role::Agent));
        if (QTest::currentDataTag() == "Enter: agent"_L1)
            shoot(&picker, "training-role-picker");
        QSignalSpy finished(&picker, &QDialog::finished);
        for (int key : keys)
            QTest::keyClick(picker.focusWidget(), Qt::Key(key));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(picker.result(), role < 0 ? int(QDialog::Rejected) : int(QDialog::Accepted));
        if (role >= 0)
            QCOMPARE(int(picker.chosenRole()), role);
    }

    // Every window and dialog says "(övning)", however its title is set, and only once.
    void everyWindowTitleSaysTraining()
    {
        TitleFence fence;
        qApp->installEventFilter(&fence);
        MainWindow window(ReferenceData::builtin(), {.trainingMode = true});
        window.show();
        QVERIFY(window.windowTitle().endsWith(TitleFence::suffix()));
        QDialog dialog(&window);
        dialog.setWindowTitle(u"Avsluta kontakt"_s);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Avsluta kontakt"_s + TitleFence::suffix());
        dialog.setWindowTitle(u"Något annat"_s);
        QCOMPARE(dialog.windowTitle(), u"Något annat"_s + TitleFence::suffix());
        dialog.hide();
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Något annat"_s + TitleFence::suffix());
        qApp->removeEventFilter(&fence);
        QVERIFY(ServerFence::refusal(true, true).isEmpty());
        QVERIFY(ServerFence::refusal(false, false).isEmpty());
        QVERIFY(!ServerFence::refusal(true, false).isEmpty());
        QVERIFY(!ServerFence::refusal(false, true).isEmpty());
    }

    // In the real workstation: when the trainee takes an exercise contact, the tab "Inringaren
    // säger" shows what the caller says.
    void traineeReadsTheCallersScript()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        MainWindow window(ReferenceData::builtin(), {.trainingMode = true});
        Workstation ws(window);
        QSignalSpy ready(&ws, &Workstation::ready);
        QVERIFY(ws.start(demo.dataDirectory(), demo.serverUrl(), demo.agentUsername(), demo.agentPassword()).ok());
        window.show();
        QVERIFY(ready.wait(10000));
        attachTraining(ws, window);
        QTRY_VERIFY(window.findChild<CallerScriptPanel*>());
        auto* script = window.findChild<CallerScriptPanel*>();

        QNetworkAccessManager nam;
        sync::RestClient trainer(&nam);
        trainer.setAllowPlainHttp(true);
        QVERIFY(signIn(trainer, demo, u"utbildare"_s));
        const QJsonObject run =
            call(trainer, "POST", u"/training/runs"_s, {{u"scenarioId"_s, u"villainbrott-skovde"_s}});
        const QString contactId = run.value(u"contactIds"_s).toArray().at(0).toString();
        QVERIFY(!contactId.isEmpty());

        QueuePanel* panel = window.queuePanel();
        auto rowOf = [&] {
            for (int r = 0; r < panel->view()->model()->rowCount(); ++r)
                if (ws.pipeline()->mapToContactId(panel->view()->model()->index(r, 0)) == contactId)
                    return r;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 10000);
        QSignalSpy accepted(ws.engine(), &sync::SyncEngine::acceptFinished);
        panel->view()->setFocus();
        panel->view()->setCurrentIndex(panel->view()->model()->index(rowOf(), 0));
        QTest::keyClick(panel->view(), Qt::Key_Return);
        QVERIFY(accepted.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(script->text().contains(u"Altandörren är uppbruten"_s), 10000);
        QCOMPARE(window.sideTabs()->currentWidget(), script);
    }

    // The trainer starts "Cykelstöld vid Skara resecentrum"; a trainee takes the contact, files the
    // report and completes it; the trainee's feedback and the trainer's panel both show the score.
    // The trainer's panel in the middle of a longer scenario: the clock runs, the first contacts
    // are in the queues, the rest are still to come (the picture the issue asks to look at).
    void trainerPanelMidScenario()
    {
        DemoEnvironment demo(Role::Trainer);
        QVERIFY(demo.start().ok());
        QNetworkAccessManager nam;
        sync::RestClient trainer(&nam);
        trainer.setAllowPlainHttp(true);
        QVERIFY(signIn(trainer, demo, u"utbildare"_s));
        TrainerPanel panel;
        QAbstractItemModelTester tester(panel.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(760, 560);
        panel.show();
        TrainerDesk desk(panel, trainer);
        desk.loadScenarios();
        QTRY_VERIFY_WITH_TIMEOUT(panel.scenarioBox()->count() >= 10, 10000);
        const int morning = panel.scenarioBox()->findData(u"morgonrusning"_s);
        QVERIFY(morning >= 0);
        panel.scenarioBox()->setCurrentIndex(morning);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.runId().isEmpty(), 10000);
        // THEN the run is under way (29 of its 30 contacts come later on the scenario clock)
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().contains(u"pågår"_s), 10000);
        QVERIFY2(panel.statusLabel()->text().contains(u"i köerna"_s), qPrintable(panel.statusLabel()->text()));
        shoot(&panel, "training-trainer-panel-running");
    }

    void trainerRunsAScenarioAndSeesTheScore()
    {
        DemoEnvironment demo(Role::Trainer);
        QVERIFY(demo.start().ok());
        QNetworkAccessManager nam;
        sync::RestClient trainer(&nam), trainee(&nam);
        trainer.setAllowPlainHttp(true);
        trainee.setAllowPlainHttp(true);
        QVERIFY(signIn(trainer, demo, u"utbildare"_s));
        QVERIFY(signIn(trainee, demo, u"ovning3"_s));

        TrainerPanel panel;
        QAbstractItemModelTester tester(panel.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(760, 560);
        panel.show();
        TrainerDesk desk(panel, trainer);
        desk.loadScenarios();
        QTRY_VERIFY_WITH_TIMEOUT(panel.scenarioBox()->count() >= 10, 10000);
        const int skara = panel.scenarioBox()->findData(u"cykelstold-skara"_s);
        QVERIFY(skara >= 0);
        QCOMPARE(panel.scenarioBox()->itemText(skara), u"Cykelstöld vid Skara resecentrum"_s);
        panel.scenarioBox()->setCurrentIndex(skara);
        QTest::mouseClick(panel.startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.runId().isEmpty(), 10000);
        QTRY_VERIFY(panel.statusLabel()->text().contains(u"Cykelstöld"_s));

        // The trainee's side: the contact is in the queue; take it, file, complete.
        QString contactId;
        for (const QJsonValue& v : call(trainee, "GET", u"/contacts?state=waiting"_s).value(u"items").toArray())
            if (v.toObject().value(u"subject").toString() == u"Cykel stulen vid Skara resecentrum"_s &&
                v.toObject().value(u"caller").toObject().value(u"name").toString() == u"Johan Exempelsson"_s &&
                v.toObject().value(u"channel").toString() == u"phone"_s)
                contactId = v.toObject().value(u"id").toString();
        QVERIFY(!contactId.isEmpty());
        QVERIFY(call(trainee, "GET", u"/training/contacts/"_s + contactId)
                    .value(u"script")
                    .toString()
                    .contains(u"WBK123456"_s));
        QCOMPARE(call(trainee, "POST", u"/contacts/%1/accept"_s.arg(contactId)).value(u"state").toString(),
                 u"assigned"_s);
        const QJsonObject report{
            {u"contactId"_s, contactId},
            {u"offenceCode"_s, u"9830"_s},
            {u"occurredFrom"_s, QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate)},
            {u"location"_s, QJsonObject{{u"municipalityCode"_s, u"1495"_s}, {u"description"_s, u"Resecentrum"_s}}},
            {u"reporter"_s, QJsonObject{{u"name"_s, u"Johan Exempelsson"_s}, {u"personnummer"_s, u"200001011493"_s}}},
            {u"injuredPartyIsReporter"_s, true},
            {u"narrative"_s, u"Cykeln stod låst vid resecentrum och var borta."_s},
            {u"stolenItems"_s,
             QJsonArray{QJsonObject{{u"description"_s, u"Damcykel"_s}, {u"brand"_s, u"Crescent"_s}}}}};
        // The trainee typed the wrong kommun (Skövde): one field wrong out of six.
        QJsonObject wrongKommun = report;
        wrongKommun.insert(u"location"_s, QJsonObject{{u"municipalityCode"_s, u"1496"_s}});
        const QString reportId =
            call(trainee, "POST", u"/reports"_s, wrongKommun, {{"Idempotency-Key", "tst-training-1"}})
                .value(u"id")
                .toString();
        QVERIFY(!reportId.isEmpty());
        QCOMPARE(call(trainee, "POST", u"/contacts/%1/complete"_s.arg(contactId),
                      {{u"disposition"_s, u"report_filed"_s}, {u"reportId"_s, reportId}})
                     .value(u"state")
                     .toString(),
                 u"completed"_s);

        // The trainee's feedback, field by field.
        const QJsonObject result =
            call(trainee, "GET", u"/training/contacts/"_s + contactId).value(u"result").toObject();
        QCOMPARE(result.value(u"score").toInt(), 83);
        TrainingFeedbackDialog feedback(result);
        feedback.show();
        QVERIFY(QTest::qWaitForWindowExposed(&feedback));
        QVERIFY(feedback.scoreLabel()->text().contains(u"83"_s));
        QCOMPARE(feedback.fields()->topLevelItemCount(), 6);
        int wrong = 0;
        for (int i = 0; i < feedback.fields()->topLevelItemCount(); ++i)
            if (feedback.fields()->topLevelItem(i)->text(2) == u"1495"_s) {
                QCOMPARE(feedback.fields()->topLevelItem(i)->text(3), u"1496"_s);
                ++wrong;
            }
        QCOMPARE(wrong, 1);
        shoot(&feedback, "training-feedback");

        // The trainer sees it within a second or two (the panel reads the run every second).
        QTRY_COMPARE_WITH_TIMEOUT(panel.results()->rowCount(), 1, 10000);
        QCOMPARE(panel.results()->item(0, 0)->text(), u"Övning 3"_s);
        QCOMPARE(panel.results()->item(0, 2)->text(), u"83"_s);
        QVERIFY(panel.results()->item(0, 5)->text().contains(TrainerPanel::fieldName(u"municipalityCode"_s)));
        QVERIFY(panel.traineeSummary()->text().contains(u"Övning 3"_s));
        shoot(&panel, "training-trainer-panel");

        // The session summary: CSV for a spreadsheet, PDF for printing.
        const QStringList csv = panel.summaryCsv().split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 2);
        QVERIFY(csv.at(1).startsWith(u"Övning 3;"_s));
        QVERIFY(csv.at(1).contains(u";83;"_s));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"ovning.pdf"_s);
        QVERIFY(panel.writeSummaryPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        // Pause and resume from the panel.
        QTest::mouseClick(panel.pauseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusLabel()->text().contains(TrainerPanel::tr("paused")) ||
                                     panel.statusLabel()->text().contains(TrainerPanel::tr("finished")),
                                 10000);
    }
};

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
