// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// ContactLifecycle: the stages of the contact open at the desk and every transition between them.
#include "app/contactlifecycle.h"

#include <QTest>

using namespace kc;
using Stage = ContactLifecycle::Stage;
using State = OutboxItem::State;

Q_DECLARE_METATYPE(std::optional<kc::OutboxItem::State>)
Q_DECLARE_METATYPE(kc::ContactLifecycle::Stage)

class TestContactLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingOpenSavesNothing()
    {
        ContactLifecycle life;
        QCOMPARE(life.stage(), Stage::NoContact);
        QVERIFY(life.contactId().isEmpty());
        QVERIFY(!life.savesDrafts());
        // Word on a report with nothing open changes nothing.
        QVERIFY(!life.reportState(State::Attention));
        life.submitted();
        QCOMPARE(life.stage(), Stage::NoContact);
    }

    void openingTakesTheStageOfItsReport_data()
    {
        QTest::addColumn<std::optional<State>>("report");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<bool>("saves");
        QTest::newRow("no report yet") << std::optional<State>() << Stage::Drafting << true;
        QTest::newRow("queued") << std::optional(State::Pending) << Stage::Submitted << false;
        QTest::newRow("sent") << std::optional(State::Sent) << Stage::Submitted << false;
        QTest::newRow("refused") << std::optional(State::Attention) << Stage::Correcting << true;
    }

    void openingTakesTheStageOfItsReport()
    {
        QFETCH(std::optional<State>, report);
        QFETCH(Stage, stage);
        QFETCH(bool, saves);
        ContactLifecycle life;
        // WHEN a contact is opened THEN the desk is filling the form: nothing is saved yet
        life.open(QStringLiteral("c-1"), report);
        QCOMPARE(life.stage(), stage);
        QCOMPARE(life.contactId(), QStringLiteral("c-1"));
        QVERIFY(life.isOpen(QStringLiteral("c-1")));
        QVERIFY(!life.isOpen(QStringLiteral("c-2")));
        QVERIFY(life.filling());
        QVERIFY(!life.savesDrafts());
        // WHEN the form is filled THEN the agent's changes are saved unless the outbox holds the report
        life.filled();
        QCOMPARE(life.savesDrafts(), saves);
    }

    void draftSubmittedRefusedCorrectedSent()
    {
        ContactLifecycle life;
        life.open(QStringLiteral("c-1"), std::nullopt);
        life.filled();
        // WHEN the report is submitted THEN the form is no longer a draft
        life.submitted();
        QCOMPARE(life.stage(), Stage::Submitted);
        QVERIFY(!life.savesDrafts());
        QVERIFY(!life.reportState(State::Pending));
        QCOMPARE(life.stage(), Stage::Submitted);
        // WHEN the server refuses it THEN it opens for correction once, not on every later word
        QVERIFY(life.reportState(State::Attention));
        QCOMPARE(life.stage(), Stage::Correcting);
        QVERIFY(life.savesDrafts());
        QVERIFY(!life.reportState(State::Attention));
        QCOMPARE(life.stage(), Stage::Correcting);
        // WHEN the corrected report goes again THEN it is submitted; a second refusal opens it again
        life.submitted();
        QCOMPARE(life.stage(), Stage::Submitted);
        QVERIFY(life.reportState(State::Attention));
        life.submitted();
        QVERIFY(!life.reportState(State::Sent));
        QCOMPARE(life.stage(), Stage::Submitted);
    }

    void closingLeavesNothingOpen()
    {
        ContactLifecycle life;
        life.open(QStringLiteral("c-1"), State::Attention);
        life.close();
        QCOMPARE(life.stage(), Stage::NoContact);
        QVERIFY(life.contactId().isEmpty());
        QVERIFY(!life.isOpen(QStringLiteral("c-1")));
        QVERIFY(!life.filling());
        QVERIFY(!life.savesDrafts());
        // Opening with no id is closing.
        life.open(QString(), std::nullopt);
        QCOMPARE(life.stage(), Stage::NoContact);
    }

    void anotherContactStartsAfresh()
    {
        ContactLifecycle life;
        life.open(QStringLiteral("c-1"), State::Sent);
        life.filled();
        life.open(QStringLiteral("c-2"), std::nullopt);
        QCOMPARE(life.stage(), Stage::Drafting);
        QCOMPARE(life.contactId(), QStringLiteral("c-2"));
    }
};

QTEST_GUILESS_MAIN(TestContactLifecycle)
#include "tst_contactlifecycle.moc"
