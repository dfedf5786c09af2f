// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// SignInFlow, offscreen, against the real server in-process on loopback (the demo environment's
// server, which is a real server over a throw-away database): the sign-in dialog's failures, the
// expired session that carries on with the same account, and the training path.
#include "../support/widgetenvironment.h"
#include "app/demoenvironment.h"
#include "app/signinflow.h"
#include "app/workstation.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "models/localstore.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "sync/secretstore.h"
#include "sync/syncengine.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kc;

namespace {

// Types the password and presses Enter, as the agent does.
void signInWith(SignInDialog& dialog, const QString& server, const QString& username, const QString& password)
{
    if (!dialog.serverField()->isReadOnly())
        dialog.serverField()->setText(server);
    if (!dialog.usernameField()->isReadOnly())
        dialog.usernameField()->setText(username);
    dialog.passwordField()->setText(password);
    QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
}

// Ends the workstation's session on the server, as its expiry would, and queues a change of the
// agent's state: sending it meets the 401. True once the workstation has said the session expired.
bool expireWithAChangeQueued(DemoEnvironment& demo, const sync::SecretStore& secrets, Workstation& ws)
{
    const QString token = secrets.token();
    const auto user = demo.server()->store().users().authenticate(token, QDateTime::currentDateTimeUtc());
    if (!user || !demo.server()->store().users().logout(token, *user))
        return false;
    QSignalSpy expired(&ws, &Workstation::sessionExpired);
    ws.engine()->setAgentState(AgentStatus::NotReady, QStringLiteral("Rast"));
    return expired.wait(10000);
}

} // namespace

class TestSignInFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(test::pinWidgetEnvironment());
        QVERIFY(m_dir.isValid());
    }

    void failuresAreExplainedInTheDialogAndTheAccountIsRemembered()
    {
        DemoEnvironment demo(Role::Agent, DemoEnvironment::Kind::NonDemo);
        QVERIFY(demo.start().ok());
        QSettings settings(m_dir.filePath(QStringLiteral("first.ini")), QSettings::IniFormat);
        MainWindow window(ReferenceData::builtin(), {});
        auto* dialog = new SignInDialog(&window);
        SignInFlow flow(window, *dialog, settings);
        flow.startInteractive(m_dir.filePath(QStringLiteral("first")));
        QTRY_VERIFY(dialog->isVisible());

        // WHEN the agent types a wrong password THEN the dialog says so and stays open
        signInWith(*dialog, demo.serverUrl(), demo.agentUsername(), QStringLiteral("fel-lösenord"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->errorLabel()->text(), signInErrorText(401, QString()), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->passwordField()->text().isEmpty());
        QVERIFY(!flow.isSignedIn());

        // WHEN nothing listens at the address THEN the dialog says so once, in Swedish, and what
        // to check — without Qt's English ("Connection refused")
        signInWith(*dialog, QStringLiteral("http://127.0.0.1:1"), demo.agentUsername(), demo.agentPassword());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->errorLabel()->text(),
                                  QStringLiteral("Servern tar inte emot anslutningen: den är inte igång på den här "
                                                 "adressen och porten, eller så är adressen fel."),
                                  10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!flow.isSignedIn());

        // WHEN the details are right THEN the workstation is signed in, the dialog closes and the
        // server and username (never the password) are remembered
        signInWith(*dialog, demo.serverUrl(), demo.agentUsername(), demo.agentPassword());
        QTRY_VERIFY_WITH_TIMEOUT(flow.isSignedIn(), 10000);
        QTRY_VERIFY(!dialog->isVisible());
        const SignInDialog::Remembered remembered = SignInDialog::loadRemembered(settings);
        QCOMPARE(remembered.serverUrl, demo.serverUrl());
        QCOMPARE(remembered.username, demo.agentUsername());
        for (const QString& key : settings.allKeys())
            QVERIFY2(settings.value(key).toString() != demo.agentPassword(), qPrintable(key));
    }

    void expiredSessionSignsInAgainAndTheOutboxGoesOn()
    {
        DemoEnvironment demo(Role::Agent, DemoEnvironment::Kind::NonDemo);
        QVERIFY(demo.start().ok());
        QSettings settings(m_dir.filePath(QStringLiteral("expiry.ini")), QSettings::IniFormat);
        MainWindow window(ReferenceData::builtin(), {});
        auto* dialog = new SignInDialog(&window);
        sync::MemorySecretStore secrets;
        SignInFlow flow(window, *dialog, settings, nullptr, &secrets);
        flow.startInteractive(m_dir.filePath(QStringLiteral("expiry")));
        QTRY_VERIFY(dialog->isVisible());
        signInWith(*dialog, demo.serverUrl(), demo.agentUsername(), demo.agentPassword());
        QTRY_VERIFY_WITH_TIMEOUT(flow.isSignedIn(), 10000);
        QTRY_VERIFY(!dialog->isVisible());
        Workstation* ws = flow.workstation();

        // GIVEN a session the server no longer accepts, and a change waiting in the outbox
        QVERIFY(expireWithAChangeQueued(demo, secrets, *ws));
        // THEN the dialog asks again, locked to the same server and account, and nothing is lost
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->noticeLabel()->text().isEmpty());
        QCOMPARE(dialog->usernameField()->text(), demo.agentUsername());
        QVERIFY(dialog->usernameField()->isReadOnly());
        QCOMPARE(dialog->serverField()->text(), demo.serverUrl());
        QVERIFY(dialog->serverField()->isReadOnly());
        QCOMPARE(ws->store()->pendingCount(), 1);

        // WHEN the agent signs in again THEN it is the same workstation and the outbox goes on
        QSignalSpy signedIn(ws, &Workstation::signedIn);
        signInWith(*dialog, QString(), QString(), demo.agentPassword());
        QVERIFY(signedIn.wait(10000));
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(flow.workstation(), ws);
        QTRY_COMPARE_WITH_TIMEOUT(ws->store()->pendingCount(), 0, 10000);
        const QList<OutboxItem> items = ws->store()->outbox(true);
        QCOMPARE(items.size(), qsizetype(1));
        QCOMPARE(items.first().state, OutboxItem::State::Sent);
    }

    // The fence, both ways: a normal workstation refuses a demo server, a demo workstation a real
    // one; each says so in Swedish in the dialog and nobody is signed in.
    void theFenceKeepsTrainingAndRealWorkApart_data()
    {
        QTest::addColumn<bool>("demoWorkstation");
        QTest::addRow("normal workstation, demo server") << false;
        QTest::addRow("demo workstation, real server") << true;
    }
    void theFenceKeepsTrainingAndRealWorkApart()
    {
        QFETCH(bool, demoWorkstation);
        DemoEnvironment server(Role::Agent,
                               demoWorkstation ? DemoEnvironment::Kind::NonDemo : DemoEnvironment::Kind::Demo);
        QVERIFY(server.start().ok());
        QSettings settings(m_dir.filePath(QStringLiteral("fence.ini")), QSettings::IniFormat);
        MainWindow window(ReferenceData::builtin(), {.trainingMode = demoWorkstation});
        auto* dialog = new SignInDialog(&window);
        SignInFlow flow(window, *dialog, settings);
        const QString dataDir =
            m_dir.filePath(demoWorkstation ? QStringLiteral("fence-demo") : QStringLiteral("fence"));
        if (demoWorkstation)
            flow.startClassroom(dataDir, server.serverUrl(), server.agentUsername());
        else
            flow.startInteractive(dataDir);
        QTRY_VERIFY(dialog->isVisible());
        signInWith(*dialog, server.serverUrl(), server.agentUsername(), server.agentPassword());
        const QString expected =
            demoWorkstation ? QStringLiteral("Det här är en riktig server") : QStringLiteral("övningsserver");
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorLabel()->text().contains(expected), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!flow.workstation());
        QVERIFY(!flow.isSignedIn());
        QVERIFY(SignInDialog::loadRemembered(settings).serverUrl.isEmpty());
    }

    // A demo workstation joins a classroom's demo server and keeps nothing in the real settings.
    void aDemoWorkstationJoinsAClassroom()
    {
        DemoEnvironment classroom;
        QVERIFY(classroom.start().ok());
        QSettings settings(m_dir.filePath(QStringLiteral("classroom.ini")), QSettings::IniFormat);
        MainWindow window(ReferenceData::builtin(), {.trainingMode = true});
        auto* dialog = new SignInDialog(&window);
        SignInFlow flow(window, *dialog, settings);
        flow.startClassroom(m_dir.filePath(QStringLiteral("classroom")), classroom.serverUrl(),
                            QStringLiteral("ovning2"));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->usernameField()->text(), QStringLiteral("ovning2"));
        signInWith(*dialog, classroom.serverUrl(), QStringLiteral("ovning2"), classroom.agentPassword());
        QTRY_VERIFY_WITH_TIMEOUT(flow.isSignedIn(), 10000);
        QVERIFY(settings.allKeys().isEmpty());
    }

    void closingTheDialogWithoutAnAccountGivesUp()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("abandon.ini")), QSettings::IniFormat);
        MainWindow window(ReferenceData::builtin(), {});
        auto* dialog = new SignInDialog(&window);
        SignInFlow flow(window, *dialog, settings);
        QSignalSpy abandoned(&flow, &SignInFlow::abandoned);
        flow.startInteractive(m_dir.filePath(QStringLiteral("abandon")));
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(abandoned.size(), 1);
        QVERIFY(!flow.workstation());
    }

    void trainingSignsInAtOnceAndAgainAfterExpiry()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        QSettings settings(m_dir.filePath(QStringLiteral("demo.ini")), QSettings::IniFormat);
        MainWindow window(ReferenceData::builtin(), {.trainingMode = true});
        auto* dialog = new SignInDialog(&window);
        sync::MemorySecretStore secrets;
        SignInFlow flow(window, *dialog, settings, nullptr, &secrets);
        QSignalSpy failed(&flow, &SignInFlow::failed);

        // WHEN training starts THEN the demo account is signed in without a dialog
        QVERIFY(flow.startDemo(demo).ok());
        QSignalSpy ready(flow.workstation(), &Workstation::ready);
        QVERIFY(ready.wait(10000));
        QVERIFY(!dialog->isVisible());
        Workstation* ws = flow.workstation();

        // WHEN the session expires THEN the dialog asks for the demo account's password
        QVERIFY(expireWithAChangeQueued(demo, secrets, *ws));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->serverField()->text(), demo.serverUrl());
        QCOMPARE(dialog->usernameField()->text(), demo.agentUsername());
        QVERIFY(dialog->usernameField()->isReadOnly());

        // WHEN a wrong password is typed THEN the dialog says so (no message box)
        signInWith(*dialog, QString(), QString(), QStringLiteral("fel-lösenord"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->errorLabel()->text(), signInErrorText(401, QString()), 10000);
        QCOMPARE(failed.size(), 0);

        // WHEN the right one is typed THEN the outbox goes on, and the demo account is not remembered
        signInWith(*dialog, QString(), QString(), demo.agentPassword());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(ws->store()->pendingCount(), 0, 10000);
        QCOMPARE(flow.workstation(), ws);
        QVERIFY(settings.allKeys().isEmpty());
        QCOMPARE(failed.size(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSignInFlow)
#include "tst_signinflow.moc"
