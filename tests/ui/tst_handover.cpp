// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Shift hand-over (issue 12) end to end offscreen over the in-process demo server: an agent signs
// out (Arkiv → Logga ut) with a contact open and a report half typed; asked, she hands it over with
// a note; a colleague signs in, takes the contact and finds the note and her draft in the form,
// whole (typed by key presses: QTest types ASCII only). Choosing "complete" instead keeps the contact and stops the
// sign-out.
#include "../support/widgetenvironment.h"
#include "app/contactdesk.h"
#include "app/demoenvironment.h"
#include "app/handoverdesk.h"
#include "app/workstation.h"
#include "core/referencedata.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "sync/syncengine.h"
#include "ui/contactpane.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"
#include "ui/reportform.h"

#include <QAction>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

struct Seat
{
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<Workstation> ws;
    bool signIn(DemoEnvironment& demo, const QString& username)
    {
        window = std::make_unique<MainWindow>(ReferenceData::builtin(), MainWindow::Options{.trainingMode = true});
        ws = std::make_unique<Workstation>(*window);
        QSignalSpy ready(ws.get(), &Workstation::ready);
        if (!ws->start(demo.dataDirectory(), demo.serverUrl(), username, demo.agentPassword()).ok())
            return false;
        window->resize(1366, 740);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) && ready.wait(10000);
    }
    QJsonObject fields() const
    {
        QJsonObject d = ws->contactPane()->form()->draft();
        d.remove(u"formState"_s); // where the cursor was is the typist's, not the report's
        return d;
    }
};

QString contactState(DemoEnvironment& demo, const QString& id)
{
    auto row = demo.server()->store().database().exec(QStringLiteral("SELECT state FROM contacts WHERE id = ?"), {id});
    return row && row->next() ? row->value(0).toString() : QString();
}

} // namespace

class TestHandover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }
    void init() { QSettings().clear(); }

    void aDraftReachesTheColleagueWhole()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        User colleague;
        colleague.username = u"kollega"_s;
        colleague.displayName = u"Kollega Test"_s;
        colleague.role = Role::Agent;
        colleague.team = u"Skara övning"_s;
        colleague.queues = {u"anmalan"_s, u"information"_s};
        QVERIFY(demo.server()->store().users().add(colleague, demo.agentPassword()));

        Seat anna;
        QVERIFY(anna.signIn(demo, demo.agentUsername()));
        QVERIFY(anna.window->signOutAction()->isEnabled());
        QTRY_VERIFY(anna.window->queuePanel()->view()->model()->rowCount() > 0);
        QSignalSpy accepted(anna.ws->engine(), &sync::SyncEngine::acceptFinished);
        QTest::keyClick(anna.window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(accepted.wait(10000));
        QTRY_VERIFY(!anna.ws->contactPane()->currentContactId().isEmpty());
        const QString id = anna.ws->contactPane()->currentContactId();
        QWidget* narrative = anna.ws->contactPane()->form()->fieldFor(u"narrative"_s);
        QVERIFY(narrative);
        narrative->setFocus();
        QTest::keyClicks(narrative, u"Cykeln stod last vid stationen, vajerlaset klippt. Rod Crescent."_s);
        const QJsonObject typed = anna.fields();
        QVERIFY(QJsonDocument(typed).toJson().contains("vajerlaset klippt"));

        // "Complete first" keeps the contact and stops the sign-out.
        QSignalSpy signedOut(anna.ws.get(), &Workstation::signedOut);
        anna.ws->handoverDesk()->ask = [](const Contact&, const auto& answer) {
            answer(HandoverDesk::Choice{HandoverDesk::Choice::Kind::Complete, {}});
        };
        anna.window->signOutAction()->trigger();
        QCOMPARE(signedOut.count(), 0);
        QCOMPARE(contactState(demo, id), u"assigned"_s);
        QCOMPARE(anna.ws->contactPane()->currentContactId(), id);

        // Hand over, with a note.
        QStringList asked;
        anna.ws->handoverDesk()->ask = [&](const Contact& c, const auto& answer) {
            asked << c.id;
            answer(HandoverDesk::Choice{HandoverDesk::Choice::Kind::HandOver, u"Ringer tillbaka efter 14."_s});
        };
        anna.window->signOutAction()->trigger();
        QVERIFY(signedOut.wait(10000));
        QCOMPARE(asked, QStringList{id});
        QCOMPARE(contactState(demo, id), u"waiting"_s);

        // The colleague takes it: the note is shown, the form holds Anna's draft.
        Seat bo;
        QVERIFY(bo.signIn(demo, u"kollega"_s));
        QSignalSpy boAccepted(bo.ws->engine(), &sync::SyncEngine::acceptFinished);
        bo.ws->engine()->accept(id);
        QVERIFY(boAccepted.wait(10000));
        QTRY_COMPARE(bo.ws->contactPane()->currentContactId(), id);
        QTRY_COMPARE(bo.fields(), typed);
    }
};

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
