// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Ärendehistorik offscreen, by the keyboard: the panel (kind detection, searchRequested, the
// caller's cases, opening a case with Enter, the list toggle, paging, errors) and the read-only
// ReportView (every section, escaping, tilläggsuppgift by keyboard, pending texts, Esc).
// The panel's model and its flat proxy run under QAbstractItemModelTester for the whole test.
//
// UI texts are compared through QCoreApplication::translate() with the Swedish catalogue installed,
// so the test holds both before and after the Swedish strings are merged. Data: Skatteverket's
// test personnummer, invented names, phone numbers from PTS's range for fiction.
#include "../support/widgetenvironment.h"
#include "core/i18n.h"
#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"
#include "ui/announce.h"
#include "ui/casehistorypanel.h"
#include "ui/reportview.h"

#include <KDescendantsProxyModel>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace kc;

namespace {

const QDate Today(2026, 3, 2);

QString panelText(const char* source)
{
    return QCoreApplication::translate("kc::CaseHistoryPanel", source);
}

QString viewText(const char* source)
{
    return QCoreApplication::translate("kc::ReportView", source);
}

QJsonObject summary(const QString& id, const QString& caseNumber, const QString& offence, const QString& createdAt)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("caseNumber"), caseNumber},
            {QStringLiteral("status"), QStringLiteral("registered")},
            {QStringLiteral("offenceCode"), offence},
            {QStringLiteral("occurredFrom"), createdAt},
            {QStringLiteral("municipalityCode"), QStringLiteral("1480")},
            {QStringLiteral("reporterName"), QStringLiteral("Tolvan Tolvansson")},
            {QStringLiteral("createdAt"), createdAt}};
}

QJsonObject contact(const QString& id, const QString& reportId, const QString& receivedAt)
{
    Contact c;
    c.id = id;
    c.queue = QStringLiteral("anmalan");
    c.state = ContactState::Completed;
    c.caller.name = QStringLiteral("Tolvan Tolvansson");
    c.caller.personnummer = QStringLiteral("191212121212");
    c.caller.phone = QStringLiteral("+46701740605");
    c.subject = QStringLiteral("Stulen cykel");
    c.receivedAt = json::parseTimestamp(receivedAt);
    c.assignedTo = QStringLiteral("u-anna");
    c.disposition = Disposition::ReportFiled;
    c.reportId = reportId;
    c.version = 3;
    return json::toJson(c);
}

// r3 with contacts c7 and c5, r2 with c2, r1 without contacts; newest first.
QJsonArray page1()
{
    return {
        QJsonObject{
            {QStringLiteral("report"), summary(QStringLiteral("r3"), QStringLiteral("1400-K1276-26"),
                                               QStringLiteral("9830"), QStringLiteral("2026-03-01T17:30:00Z"))},
            {QStringLiteral("contacts"),
             QJsonArray{contact(QStringLiteral("c7"), QStringLiteral("r3"), QStringLiteral("2026-03-02T10:00:00Z")),
                        contact(QStringLiteral("c5"), QStringLiteral("r3"), QStringLiteral("2026-03-01T18:00:00Z"))}}},
        QJsonObject{{QStringLiteral("report"), summary(QStringLiteral("r2"), QStringLiteral("1400-K981-26"),
                                                       QStringLiteral("9802"), QStringLiteral("2026-02-10T01:00:00Z"))},
                    {QStringLiteral("contacts"), QJsonArray{contact(QStringLiteral("c2"), QStringLiteral("r2"),
                                                                    QStringLiteral("2026-02-10T08:55:00Z"))}}},
        QJsonObject{
            {QStringLiteral("report"), summary(QStringLiteral("r1"), QStringLiteral("1400-K77-25"),
                                               QStringLiteral("FORLUST"), QStringLiteral("2025-06-20T12:00:00Z"))},
            {QStringLiteral("contacts"), QJsonArray{}}},
    };
}

QJsonArray page2()
{
    return {QJsonObject{
        {QStringLiteral("report"), summary(QStringLiteral("r0"), QStringLiteral("1400-K12-24"), QStringLiteral("1201"),
                                           QStringLiteral("2024-01-05T12:00:00Z"))},
        {QStringLiteral("contacts"),
         QJsonArray{contact(QStringLiteral("c0"), QStringLiteral("r0"), QStringLiteral("2024-01-05T13:00:00Z"))}}}};
}

Report fullReport()
{
    Report r;
    r.id = QStringLiteral("r3");
    r.caseNumber = QStringLiteral("1400-K1276-26");
    r.version = 2;
    r.offenceCode = QStringLiteral("9830");
    r.occurredFrom = QDateTime(QDate(2026, 3, 1), QTime(17, 30), QTimeZone::UTC);
    r.occurredTo = QDateTime(QDate(2026, 3, 1), QTime(19, 0), QTimeZone::UTC);
    r.location.municipalityCode = QStringLiteral("1495");
    r.location.address = Address{QStringLiteral("Stationsgatan 1"), QStringLiteral("532 30"), QStringLiteral("Skara"),
                                 QStringLiteral("1495")};
    r.location.description = QStringLiteral("Cykelstället vid stationen");
    r.reporter.name = QStringLiteral("Tolvan Tolvansson");
    r.reporter.personnummer = QStringLiteral("191212121212");
    r.reporter.phone = QStringLiteral("+46701740605");
    r.injuredPartyIsReporter = true;
    r.suspects = {Suspect{false, std::nullopt, QStringLiteral("Man i grön jacka, cirka 30 år")}};
    Person witness;
    witness.name = QStringLiteral("Vera Vittnesson");
    witness.phone = QStringLiteral("+46701740612");
    r.witnesses = {witness};
    r.stolenItems = {StolenItem{QStringLiteral("Cykel"), QStringLiteral("Crescent"), QStringLiteral("Elda"),
                                QStringLiteral("WCR123456"), 12500},
                     StolenItem{QStringLiteral("Cykellås"), std::nullopt, std::nullopt, std::nullopt, 3000}};
    r.narrative =
        QStringLiteral("Cykeln stod låst vid stationen.\nNär jag kom tillbaka var den borta. <b>inte fet</b>");
    r.createdBy = QStringLiteral("u-anna");
    r.createdAt = QDateTime(QDate(2026, 3, 2), QTime(8, 12), QTimeZone::UTC);
    r.updatedAt = r.createdAt;
    r.supplements = {
        Supplement{r.createdAt.addSecs(3600), QStringLiteral("u-anna"), QStringLiteral("Cykeln hade en röd korg.")}};
    return r;
}

// The panel with a tester on its model and on its flat proxy, alive as long as the fixture.
struct PanelFixture
{
    CaseHistoryPanel panel{ReferenceData::builtin()};
    QSignalSpy searched{&panel, &CaseHistoryPanel::searchRequested};
    QSignalSpy opened{&panel, &CaseHistoryPanel::openRequested};
    QSignalSpy more{&panel, &CaseHistoryPanel::moreRequested};
    QAbstractItemModelTester modelTester{panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    std::unique_ptr<QAbstractItemModelTester> flatTester;

    PanelFixture()
    {
        auto* flat = panel.findChild<KDescendantsProxyModel*>();
        Q_ASSERT(flat);
        flatTester =
            std::make_unique<QAbstractItemModelTester>(flat, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QComboBox* kind() const { return panel.findChild<QComboBox*>(QStringLiteral("caseHistoryKind")); }
    QCheckBox* listToggle() const { return panel.findChild<QCheckBox*>(QStringLiteral("caseHistoryListToggle")); }
    QLabel* message() const { return panel.findChild<QLabel*>(QStringLiteral("caseHistoryMessage")); }
    QLabel* summaryLabel() const { return panel.findChild<QLabel*>(QStringLiteral("caseHistorySummary")); }
    QPushButton* moreButton() const { return panel.findChild<QPushButton*>(QStringLiteral("caseHistoryMore")); }
    CaseQuery lastQuery() const { return searched.last().at(0).value<CaseQuery>(); }

    bool show()
    {
        panel.resize(900, 500);
        panel.show();
        return QTest::qWaitForWindowExposed(&panel);
    }
    void typeAndSearch(const QString& text)
    {
        panel.searchField()->setFocus();
        panel.searchField()->selectAll();
        QTest::keyClick(panel.searchField(), Qt::Key_Backspace);
        QTest::keyClicks(panel.searchField(), text);
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
    }
};

} // namespace

class TestCaseHistoryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::pinWidgetEnvironment()); }

    void detectKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CaseQuery::Kind>("kind");
        QTest::newRow("personnummer, 12 digits with dash") << "19121212-1212" << CaseQuery::Kind::Personnummer;
        QTest::newRow("personnummer, 12 digits") << "191212121212" << CaseQuery::Kind::Personnummer;
        QTest::newRow("personnummer, 10 digits") << " 121212-1212 " << CaseQuery::Kind::Personnummer;
        QTest::newRow("personnummer, over 100") << "950629+9818" << CaseQuery::Kind::Personnummer;
        QTest::newRow("samordningsnummer") << "19730674-9982" << CaseQuery::Kind::Personnummer;
        QTest::newRow("wrong check digit") << "19121212-1213" << CaseQuery::Kind::FreeText;
        QTest::newRow("mobile, national") << "070-174 06 05" << CaseQuery::Kind::Phone;
        QTest::newRow("mobile, E.164") << "+46701740605" << CaseQuery::Kind::Phone;
        QTest::newRow("landline") << "031-12 34 56" << CaseQuery::Kind::Phone;
        QTest::newRow("case number") << "1400-K1276-26" << CaseQuery::Kind::CaseNumber;
        QTest::newRow("case number, short, lower case") << "k1276-26" << CaseQuery::Kind::CaseNumber;
        QTest::newRow("words") << "stulen cykel" << CaseQuery::Kind::FreeText;
        QTest::newRow("words with a number") << "07 cykel" << CaseQuery::Kind::FreeText;
        QTest::newRow("empty") << "  " << CaseQuery::Kind::FreeText;
    }

    void detectKind()
    {
        QFETCH(QString, text);
        QFETCH(CaseQuery::Kind, kind);
        QCOMPARE(detectCaseQueryKind(text, Today), kind);
    }

    void searchByKeyboard_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<CaseQuery::Kind>("kind");
        QTest::addColumn<QString>("sent");
        QTest::newRow("personnummer, normalised") << "19121212-1212" << CaseQuery::Kind::Personnummer << "191212121212";
        // ten digits: the century that makes the person younger than 100, "+" from 100 on
        QTest::newRow("personnummer, over 100") << "121212+1212" << CaseQuery::Kind::Personnummer << "191212121212";
        QTest::newRow("phone, E.164") << "070-174 06 05" << CaseQuery::Kind::Phone << "+46701740605";
        QTest::newRow("case number, canonical") << "k1276-26" << CaseQuery::Kind::CaseNumber << "K1276-26";
        QTest::newRow("free text, trimmed") << "  stulen cykel " << CaseQuery::Kind::FreeText << "stulen cykel";
    }

    void searchByKeyboard()
    {
        QFETCH(QString, typed);
        QFETCH(CaseQuery::Kind, kind);
        QFETCH(QString, sent);
        PanelFixture f;
        QVERIFY(f.show());
        // GIVEN the agent types into the search field and presses Enter
        f.typeAndSearch(typed);
        // THEN one search of the recognised kind goes out, normalised
        QCOMPARE(f.searched.size(), 1);
        QCOMPARE(f.lastQuery(), (CaseQuery{kind, sent}));
        QVERIFY(!f.message()->isVisible());
    }

    void kindOverrideAndRefusals()
    {
        PanelFixture f;
        QVERIFY(f.show());
        // GIVEN "Fritext" is chosen, a personnummer is searched as words
        f.kind()->setFocus();
        QTest::keyClick(f.kind(), Qt::Key_End); // the last item, Fritext
        QCOMPARE(f.kind()->currentText(), panelText("Free text"));
        f.typeAndSearch(QStringLiteral("19121212-1212"));
        QCOMPARE(f.searched.size(), 1);
        QCOMPARE(f.lastQuery(), (CaseQuery{CaseQuery::Kind::FreeText, QStringLiteral("19121212-1212")}));
        // WHEN "Personnummer" is chosen and the text is not one, THEN nothing is sent and the reason shows
        f.kind()->setCurrentIndex(1);
        QCOMPARE(f.kind()->currentText(), panelText("Personnummer"));
        f.typeAndSearch(QStringLiteral("cykel"));
        QCOMPARE(f.searched.size(), 1);
        QVERIFY(f.message()->isVisible());
        QVERIFY(!f.message()->text().isEmpty());
        QVERIFY(f.message()->property("error").toBool());
        // a wrong check digit says so in the message of the personnummer check
        f.typeAndSearch(QStringLiteral("19121212-1213"));
        QCOMPARE(f.searched.size(), 1);
        QCOMPARE(f.message()->text(), Personnummer::parse(u"19121212-1213").error().message);
        // an empty field searches nothing either
        f.kind()->setCurrentIndex(0);
        f.typeAndSearch(QString());
        QCOMPARE(f.searched.size(), 1);
        QVERIFY(f.message()->isVisible());
        // and a valid search clears the message
        f.typeAndSearch(QStringLiteral("1400-K1276-26"));
        QCOMPARE(f.searched.size(), 2);
        QCOMPARE(f.lastQuery(), (CaseQuery{CaseQuery::Kind::CaseNumber, QStringLiteral("1400-K1276-26")}));
        QVERIFY(!f.message()->isVisible());
    }

    void detectedKindIsShown()
    {
        PanelFixture f;
        QVERIFY(f.show());
        auto* detected = f.panel.findChild<QLabel*>(QStringLiteral("caseHistoryDetectedKind"));
        QVERIFY(detected);
        QVERIFY(detected->text().isEmpty());
        f.panel.searchField()->setFocus();
        QTest::keyClicks(f.panel.searchField(), QStringLiteral("070-174 06 05"));
        QCOMPARE(detected->text(), panelText("Searches by %1").arg(panelText("phone number")));
    }

    void showForCaller()
    {
        PanelFixture f;
        QVERIFY(f.show());
        // a caller with a valid personnummer: searched by it, and the field shows it
        Person p;
        p.name = QStringLiteral("Tolvan Tolvansson");
        p.personnummer = QStringLiteral("191212121212");
        p.phone = QStringLiteral("+46701740605");
        f.panel.showForCaller(p);
        QCOMPARE(f.searched.size(), 1);
        QCOMPARE(f.lastQuery(), (CaseQuery{CaseQuery::Kind::Personnummer, QStringLiteral("191212121212")}));
        QCOMPARE(f.panel.searchField()->text(), QStringLiteral("19121212-1212"));
        f.panel.setResults(page1(), false);
        QCOMPARE(f.panel.model()->rowCount(), 3);
        // an invalid personnummer: the phone instead
        p.personnummer = QStringLiteral("19121212-1213");
        f.panel.showForCaller(p);
        QCOMPARE(f.searched.size(), 2);
        QCOMPARE(f.lastQuery(), (CaseQuery{CaseQuery::Kind::Phone, QStringLiteral("+46701740605")}));
        QCOMPARE(f.panel.searchField()->text(), QStringLiteral("070-174 06 05"));
        // the previous caller's cases are gone at once, not when the answer comes
        QCOMPARE(f.panel.model()->rowCount(), 0);
        // Enter on what showForCaller put in the field searches the same again
        f.panel.searchField()->setFocus();
        QTest::keyClick(f.panel.searchField(), Qt::Key_Return);
        QCOMPARE(f.searched.size(), 3);
        QCOMPARE(f.lastQuery(), (CaseQuery{CaseQuery::Kind::Phone, QStringLiteral("+46701740605")}));
        // neither: no search, the list is emptied and the panel says why
        p.personnummer.reset();
        p.phone.reset();
        f.panel.showForCaller(p);
        QCOMPARE(f.searched.size(), 3);
        QCOMPARE(f.panel.model()->rowCount(), 0);
        QVERIFY(f.panel.searchField()->text().isEmpty());
        QVERIFY(f.message()->isVisible());
        QCOMPARE(f.message()->text(), panelText("No caller to search for"));
    }

    void resultsAreATreeNewestFirstExpanded()
    {
        PanelFixture f;
        QVERIFY(f.show());
        f.panel.setResults(page1(), false);
        QTreeView* view = f.panel.view();
        QCOMPARE(view->model(), f.panel.model());
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("1400-K1276-26"));
        QVERIFY(view->isExpanded(view->model()->index(0, 0)));
        QVERIFY(view->isExpanded(view->model()->index(1, 0)));
        QCOMPARE(f.summaryLabel()->text(),
                 QCoreApplication::translate("kc::CaseHistoryPanel", "%n case(s)", nullptr, 3));
        QVERIFY(!f.moreButton()->isVisible());
        // nothing found says so
        f.panel.setResults({}, false);
        QCOMPARE(f.summaryLabel()->text(), panelText("No cases found."));
    }

    void openCaseByKeyboard()
    {
        PanelFixture f;
        QVERIFY(f.show());
        f.panel.setResults(page1(), false);
        QTreeView* view = f.panel.view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        // GIVEN the first case is current, WHEN the agent presses Enter, THEN that case opens
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(f.opened.size(), 1);
        QCOMPARE(f.opened.last().at(0).toString(), QStringLiteral("r3"));
        // Down goes into the expanded case: its newest contact; Enter opens the contact's case
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().data(CaseHistoryModel::ContactIdRole).toString(), QStringLiteral("c7"));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(f.opened.size(), 2);
        QCOMPARE(f.opened.last().at(0).toString(), QStringLiteral("r3"));
        // past the second contact to the next case
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().data(CaseHistoryModel::IsCaseRole).toBool(), true);
        QTest::keyClick(view, Qt::Key_Enter);
        QCOMPARE(f.opened.size(), 3);
        QCOMPARE(f.opened.last().at(0).toString(), QStringLiteral("r2"));
    }

    // A contact completed as Rådgivning (no report) is a row of its own with what was done and the
    // articles used; Enter on it opens nothing and says why, and the summary counts it apart.
    void contactWithoutReport()
    {
        PanelFixture f;
        QVERIFY(f.show());
        Contact c;
        c.id = QStringLiteral("c8");
        c.queue = QStringLiteral("information");
        c.state = ContactState::Completed;
        c.caller.name = QStringLiteral("Tolvan Tolvansson");
        c.subject = QStringLiteral("Tappat pass");
        c.receivedAt = json::parseTimestamp(QStringLiteral("2026-02-20T10:00:00Z"));
        c.assignedTo = QStringLiteral("u-anna");
        c.disposition = Disposition::AdviceGiven;
        c.knowledgeArticleIds = {QStringLiteral("pass-id-kort-forlorat")};
        c.version = 3;
        QJsonArray items = page1();
        items.insert(1, QJsonObject{{QStringLiteral("report"), QJsonValue::Null},
                                    {QStringLiteral("contacts"), QJsonArray{json::toJson(c)}}});
        f.panel.model()->setArticleTitles({{QStringLiteral("pass-id-kort-forlorat"), QStringLiteral("Tappat pass")}});
        f.panel.setResults(items, true);
        QTreeView* view = f.panel.view();
        const QModelIndex row = view->model()->index(1, 0);
        QCOMPARE(row.data(CaseHistoryModel::ContactIdRole).toString(), QStringLiteral("c8"));
        const QString status = view->model()->index(1, CaseHistoryModel::StatusColumn).data().toString();
        QVERIFY2(status.endsWith(QStringLiteral(": Tappat pass")), qPrintable(status));
        QCOMPARE(f.summaryLabel()->text(),
                 panelText("%1 shown, more available")
                     .arg(QCoreApplication::translate("kc::CaseHistoryPanel", "%n case(s)", nullptr, 3) +
                          QStringLiteral(", ") +
                          QCoreApplication::translate("kc::CaseHistoryPanel", "%n contact(s) without a report", nullptr,
                                                      1)));
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        view->setCurrentIndex(row);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(f.opened.size(), 0);
        QVERIFY(f.message()->isVisible());
        QCOMPARE(f.message()->text(), panelText("No report was filed for this contact; its row shows what was done."));
        // KC_SCREENSHOT_DIR=DIR saves a picture (README "Looking at the UI").
        if (const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(f.panel.grab().save(dir + QStringLiteral("/casehistory-advice.png")));
        // in the flat list too
        f.listToggle()->setChecked(true);
        QCOMPARE(view->model()->index(3, 0).data(CaseHistoryModel::ContactIdRole).toString(), QStringLiteral("c8"));
    }

    void listToggle()
    {
        PanelFixture f;
        QVERIFY(f.show());
        f.panel.setResults(page1(), false);
        QTreeView* view = f.panel.view();
        // GIVEN the second case is current in the tree
        view->setCurrentIndex(f.panel.model()->index(1, 0));
        // WHEN the agent ticks "Visa som lista" by keyboard
        f.listToggle()->setFocus();
        QTest::keyClick(f.listToggle(), Qt::Key_Space);
        QVERIFY(f.listToggle()->isChecked());
        // THEN the view shows the flat list over the same model: cases and contacts, six rows
        auto* flat = qobject_cast<KDescendantsProxyModel*>(view->model());
        QVERIFY(flat);
        QCOMPARE(flat->sourceModel(), f.panel.model());
        QCOMPARE(flat->rowCount(), 6);
        QVERIFY(!view->rootIsDecorated());
        // and the same case is still current (row 3: r3, c7, c5, r2)
        QCOMPARE(view->currentIndex().row(), 3);
        QCOMPARE(view->currentIndex().data(CaseHistoryModel::ReportIdRole).toString(), QStringLiteral("r2"));
        // Enter on a contact row of the list opens its case
        view->setFocus();
        view->setCurrentIndex(flat->index(2, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(f.opened.size(), 1);
        QCOMPARE(f.opened.last().at(0).toString(), QStringLiteral("r3"));
        // the next page lands in the list too
        f.panel.appendResults(page2(), false);
        QCOMPARE(flat->rowCount(), 8);
        // WHEN toggled back THEN the tree again, expanded, with the contact still current
        f.listToggle()->setFocus();
        QTest::keyClick(f.listToggle(), Qt::Key_Space);
        QCOMPARE(view->model(), f.panel.model());
        QVERIFY(view->rootIsDecorated());
        QVERIFY(view->isExpanded(f.panel.model()->index(3, 0)));
        QCOMPARE(view->currentIndex().data(CaseHistoryModel::ContactIdRole).toString(), QStringLiteral("c5"));
    }

    void pagingBusyAndErrors()
    {
        PanelFixture f;
        QVERIFY(f.show());
        f.panel.setBusy(true);
        QCOMPARE(f.summaryLabel()->text(), panelText("Searching…"));
        f.panel.setResults(page1(), true);
        // GIVEN more results exist, "Visa fler" is there and asks for them
        QVERIFY(f.moreButton()->isVisible());
        QVERIFY(f.moreButton()->isEnabled());
        f.moreButton()->setFocus();
        QTest::keyClick(f.moreButton(), Qt::Key_Space);
        QCOMPARE(f.more.size(), 1);
        // while a page is on its way it cannot be asked for twice
        f.panel.setBusy(true);
        QVERIFY(!f.moreButton()->isEnabled());
        f.panel.appendResults(page2(), false);
        QCOMPARE(f.panel.model()->rowCount(), 4);
        QVERIFY(f.panel.view()->isExpanded(f.panel.model()->index(3, 0)));
        QVERIFY(!f.moreButton()->isVisible());
        // an error shows above the list and keeps the results
        const QString error = QStringLiteral("Frånkopplad – sökningen kunde inte göras.");
        static QStringList heard;
        heard.clear();
        setAnnouncementListener([](QObject*, const QString& text, Politeness p) {
            if (p == Politeness::Assertive)
                heard.append(text);
        });
        f.panel.setError(error);
        setAnnouncementListener(nullptr);
        QCOMPARE(heard, QStringList{error}); // read aloud, at once
        QVERIFY(f.message()->isVisible());
        QCOMPARE(f.message()->text(), error);
        QCOMPARE(f.panel.model()->rowCount(), 4);
        QVERIFY(!f.summaryLabel()->text().contains(panelText("Searching…")));
    }

    void reportViewShowsEverySection()
    {
        const Report r = fullReport();
        ReportView view(ReferenceData::builtin(), json::toJson(r));
        QCOMPARE(view.reportId(), QStringLiteral("r3"));
        QVERIFY(view.windowTitle().contains(QStringLiteral("1400-K1276-26")));
        QVERIFY(view.browser()->isReadOnly());
        const QString text = view.browser()->toPlainText();
        for (const QString& expected : {
                 QStringLiteral("1400-K1276-26"),
                 QStringLiteral(
                     "9830 – Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"), // offence with its
                                                                                                    // name
                 QStringLiteral("Skara (1495)"),                                                    // kommun by name
                 QStringLiteral("Stationsgatan 1"),
                 QStringLiteral("Cykelstället vid stationen"),
                 QStringLiteral("2026-03-01 18:30"), // occurred from, local time
                 QStringLiteral("2026-03-01 20:00"), // to
                 QStringLiteral("Tolvan Tolvansson"),
                 QStringLiteral("19121212-1212"), // personnummer in its long written form
                 QStringLiteral("070-174 06 05"),
                 QStringLiteral("Cykeln stod låst vid stationen."),
                 QStringLiteral("När jag kom tillbaka var den borta."),
                 QStringLiteral("<b>inte fet</b>"), // escaped: shown as typed, never as markup
                 QStringLiteral("Man i grön jacka, cirka 30 år"),
                 QStringLiteral("Vera Vittnesson"),
                 QStringLiteral("WCR123456"),
                 // the total of the stolen goods (toPlainText() turns the no-break space into a space)
                 viewText("%1 kr").arg(QLocale().toString(15500)).replace(QChar::Nbsp, u' '),
                 QStringLiteral("Cykeln hade en röd korg."), // the existing supplement
                 viewText("another agent"),                  // who wrote it: never the user id
                 viewText("Description of the event"),
                 viewText("Supplementary information"),
             })
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!view.browser()->toHtml().contains(QStringLiteral("<b>inte fet</b>")));
        QVERIFY(!text.contains(QStringLiteral("u-anna")));
    }

    void reportViewSupplementByKeyboard()
    {
        ReportView view(ReferenceData::builtin(), json::toJson(fullReport()));
        QSignalSpy requested(&view, &ReportView::supplementRequested);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.browser()->hasFocus());
        // Tab goes from the report to the supplement field
        QTest::keyClick(view.browser(), Qt::Key_Tab);
        QTRY_VERIFY(view.supplementField()->hasFocus());
        // GIVEN an empty field, Ctrl+Return is refused with a message
        QTest::keyClick(view.supplementField(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 0);
        auto* message = view.findChild<QLabel*>(QStringLiteral("supplementMessage"));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), viewText("Write the supplementary information first."));
        // so is only white space, from the button too (Tab, then Space)
        QTest::keyClicks(view.supplementField(), QStringLiteral("   "));
        QTest::keyClick(view.supplementField(), Qt::Key_Tab);
        QTRY_VERIFY(view.supplementButton()->hasFocus());
        QTest::keyClick(view.supplementButton(), Qt::Key_Space);
        QCOMPARE(requested.size(), 0);
        // WHEN the agent writes two lines and presses Ctrl+Return
        view.supplementField()->setFocus();
        view.supplementField()->clear();
        QTest::keyClicks(view.supplementField(), QStringLiteral("Kvittot har hittats."));
        QTest::keyClick(view.supplementField(), Qt::Key_Return); // a plain Return is a new line
        QTest::keyClicks(view.supplementField(), QStringLiteral("Ramnummer WCR123456."));
        QCOMPARE(requested.size(), 0);
        QTest::keyClick(view.supplementField(), Qt::Key_Return, Qt::ControlModifier);
        // THEN it is requested once, for this report, and shown as waiting to be sent
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toString(), QStringLiteral("r3"));
        const QString sent = QStringLiteral("Kvittot har hittats.\nRamnummer WCR123456.");
        QCOMPARE(requested[0][1].toString(), sent);
        QVERIFY(view.supplementField()->toPlainText().isEmpty());
        QVERIFY(view.browser()->toPlainText().contains(viewText("Waiting to be sent")));
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Ramnummer WCR123456.")));

        // WHEN the server's report arrives with it THEN it is no longer pending
        Report refreshed = fullReport();
        refreshed.version = 3;
        refreshed.supplements.append(Supplement{refreshed.createdAt.addSecs(7200), QStringLiteral("u-anna"), sent});
        view.setReport(json::toJson(refreshed));
        QVERIFY(!view.browser()->toPlainText().contains(viewText("Waiting to be sent")));
        QCOMPARE(view.browser()->toPlainText().count(QStringLiteral("Ramnummer WCR123456.")), 1);
        // and what the outbox still holds is shown as pending
        view.setPendingSupplements({QStringLiteral("Ytterligare en uppgift.")});
        QVERIFY(view.browser()->toPlainText().contains(viewText("Waiting to be sent")));
        QVERIFY(view.browser()->toPlainText().contains(QStringLiteral("Ytterligare en uppgift.")));
        view.setPendingSupplements({});
        QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("Ytterligare en uppgift.")));
    }

    void reportViewEscCloses()
    {
        ReportView view(ReferenceData::builtin(), json::toJson(fullReport()));
        QSignalSpy rejected(&view, &QDialog::rejected);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.supplementField()->setFocus();
        QTRY_VERIFY(view.supplementField()->hasFocus());
        QTest::keyClicks(view.supplementField(), QStringLiteral("halvklar text"));
        // Enter never closes the report (there is no default button)
        view.browser()->setFocus();
        QTest::keyClick(view.browser(), Qt::Key_Return);
        QVERIFY(view.isVisible());
        // Esc with a half-written tilläggsuppgift only warns the first time: nothing typed is lost
        // by a reflex
        QTest::keyClick(view.supplementField(), Qt::Key_Escape);
        QVERIFY(view.isVisible());
        QCOMPARE(rejected.size(), 0);
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("supplementMessage"))->isVisible());
        QCOMPARE(view.supplementField()->toPlainText(), QStringLiteral("halvklar text"));
        // the second Esc closes
        QTest::keyClick(view.supplementField(), Qt::Key_Escape);
        QTRY_VERIFY(!view.isVisible());
        QCOMPARE(rejected.size(), 1);
    }

    void reportViewAccessibleNames()
    {
        ReportView view(ReferenceData::builtin(), json::toJson(fullReport()));
        QVERIFY(!view.browser()->accessibleName().isEmpty());
        QVERIFY(!view.supplementField()->accessibleName().isEmpty());
        QVERIFY(!view.supplementButton()->text().isEmpty());
        CaseHistoryPanel panel(ReferenceData::builtin());
        QVERIFY(!panel.searchField()->accessibleName().isEmpty());
        QVERIFY(!panel.view()->accessibleName().isEmpty());
        for (auto* w : panel.findChildren<QWidget*>())
            if (qobject_cast<QComboBox*>(w) || qobject_cast<QCheckBox*>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
};

QTEST_MAIN(TestCaseHistoryPanel)
#include "tst_casehistorypanel.moc"
