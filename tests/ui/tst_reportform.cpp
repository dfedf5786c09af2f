// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The report form (polisanmälan) offscreen, driven by the keyboard: a whole report filled with
// key clicks only, live validation, the error list, drafts, prefill from a contact, the stolen
// goods table. Runs in English (no translator installed), so messages are compared with the
// source texts core/ produces. Every item model of the form runs under QAbstractItemModelTester.
#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/referencedata.h"
#include "core/validation.h"
#include "models/referencelistmodel.h"
#include "models/searchfilterproxymodel.h"
#include "models/stolenitemsmodel.h"
#include "ui/announce.h"
#include "ui/eventtime.h"
#include "ui/reportform.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <vector>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// One key at a time to whatever has focus: the first key on a table cell opens its editor.
// QTest::keyClicks() knows ASCII only; å, ä, ö (and other Latin-1 letters) are sent as the key a
// Swedish keyboard has for them, with their text.
void type(const QString& text)
{
    for (QChar c : text) {
        QWidget* w = focused();
        QVERIFY(w);
        if (c.unicode() < 0x80)
            QTest::keyClicks(w, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key(c.toUpper().unicode()), QString(c), Qt::NoModifier);
        // Between two keys of a person the event loop runs (item views close editors queued).
        QCoreApplication::processEvents();
    }
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QVERIFY(focused());
    QTest::keyClick(focused(), k, modifiers);
    QCoreApplication::processEvents();
}

void tab()
{
    key(Qt::Key_Tab);
}

QString describeFocus()
{
    QWidget* w = focused();
    if (!w)
        return u"nothing"_s;
    return QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName() + u" \""_s +
           w->accessibleName() + u'"';
}

// A form in its own active window, with every model of ours under a tester.
struct Fixture
{
    // The form's clock, read once: "igår" means the same day to the form and to the test, also
    // when a run crosses midnight.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReportForm form{ReferenceData::builtin(), nullptr, [this] { return now; }};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    bool show()
    {
        form.resize(600, 740);
        form.show();
        form.activateWindow();
        if (!QTest::qWaitForWindowActive(&form))
            return false;
        QList<QAbstractItemModel*> models;
        for (auto* m : form.findChildren<ReferenceListModel*>())
            models.append(m);
        for (auto* m : form.findChildren<SearchFilterProxyModel*>())
            models.append(m);
        for (auto* m : form.findChildren<StolenItemsModel*>())
            models.append(m);
        for (QAbstractItemModel* m : models)
            testers.push_back(
                std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
        return models.size() == 7; // kommuner, offence codes, the offence guide: each with its filter; goods
    }

    QLineEdit* line(const QString& path) const { return qobject_cast<QLineEdit*>(form.fieldFor(path)); }
    StolenItemsModel* stolen() const { return form.findChild<StolenItemsModel*>(); }
    QTableView* table() const { return qobject_cast<QTableView*>(form.fieldFor(u"stolenItems"_s)); }
    QListWidget* errorList() const { return form.findChild<QListWidget*>(u"errorList"_s); }
    QLabel* total() const { return form.findChild<QLabel*>(u"stolenItemsTotal"_s); }
    QLabel* pnrMessage() const
    {
        return form.fieldFor(u"reporter.personnummer"_s)->parentWidget()->findChild<QLabel*>(u"personnummerMessage"_s);
    }
    QStringList errorPaths() const
    {
        QStringList paths;
        for (int i = 0; i < errorList()->count(); ++i)
            paths.append(errorList()->item(i)->data(Qt::UserRole).toString());
        return paths;
    }
};

QStringList paths(const QList<Error>& errors)
{
    QStringList p;
    for (const Error& e : errors)
        p.append(e.path);
    return p;
}

QString messageAt(const QList<Error>& errors, const QString& path)
{
    for (const Error& e : errors)
        if (e.path == path)
            return e.message;
    return {};
}

// A draft the form accepts as it is (validate() empty), for the registration tests.
QJsonObject validDraft(const QDateTime& now)
{
    const QString yesterday = now.toLocalTime().date().addDays(-1).toString(Qt::ISODate) + u"T20:00:00"_s;
    return QJsonObject{{u"reporter"_s, QJsonObject{{u"name"_s, u"Anna Testsson"_s}}},
                       {u"injuredPartyIsReporter"_s, true},
                       {u"offenceCode"_s, u"9830"_s},
                       {u"occurredFrom"_s, QDateTime::fromString(yesterday, Qt::ISODate).toUTC().toString(Qt::ISODate)},
                       {u"location"_s, QJsonObject{{u"municipalityCode"_s, u"1495"_s}}},
                       {u"narrative"_s, u"Cykeln stod låst vid resecentrum."_s}};
}

// Screen-reader announcements, as kc::announce() sends them (offscreen no assistive technology
// listens, so they are taken at announce()'s test listener).
QStringList* g_announcements = nullptr;

void recordAnnouncement(QObject*, const QString& text, Politeness)
{
    if (g_announcements)
        g_announcements->append(text);
}

struct AnnouncementRecorder
{
    QStringList messages;
    AnnouncementRecorder()
    {
        g_announcements = &messages;
        setAnnouncementListener(recordAnnouncement);
    }
    ~AnnouncementRecorder()
    {
        setAnnouncementListener(nullptr);
        g_announcements = nullptr;
    }
    bool contains(const QString& part) const
    {
        return std::any_of(messages.cbegin(), messages.cend(), [&part](const QString& m) { return m.contains(part); });
    }
};

} // namespace

#define EXPECT_FOCUS(form, path)                                                                                       \
    QTRY_VERIFY2((form).fieldFor(path)->hasFocus(), qPrintable(u"expected " path " but focus is "_s + describeFocus()))

class TestReportForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(u"Fusion"_s);
    }

    void fillWholeReportWithTheKeyboard()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy changed(&f.form, &ReportForm::changed);
        QSignalSpy submitted(&f.form, &ReportForm::submitRequested);

        // GIVEN the agent jumps to Anmälare with Alt+1: Tolkbehov first (it is decided first), then
        // the person, moving on with Tab
        QTest::keyClick(&f.form, Qt::Key_1, Qt::AltModifier);
        EXPECT_FOCUS(f.form, "interpreterLanguage"); // no interpreter needed
        tab();
        EXPECT_FOCUS(f.form, "reporter.name");
        type(u"Anna Testsson"_s);
        tab();
        EXPECT_FOCUS(f.form, "reporter.personnummer");
        type(u"20000101-1493"_s);
        tab();
        EXPECT_FOCUS(f.form, "reporter.phone");
        type(u"070-174 06 11"_s);
        tab();
        EXPECT_FOCUS(f.form, "reporter.email");
        type(u"anna@example.se"_s);
        tab();
        EXPECT_FOCUS(f.form, "reporter.address.street");
        type(u"Storgatan 1"_s);
        tab();
        EXPECT_FOCUS(f.form, "reporter.address.postalCode");
        type(u"53230"_s);
        tab();
        EXPECT_FOCUS(f.form, "reporter.address.city");
        type(u"Skara"_s);
        tab();
        // Målsägande: "Samma som anmälaren" stays checked, so its person block is skipped
        EXPECT_FOCUS(f.form, "injuredPartyIsReporter");
        QVERIFY(qobject_cast<QCheckBox*>(focused())->isChecked());
        tab();

        // Brottstyp in plain words: "cykel" lists Cykelstöld first, which Brå does not split, so
        // no question is asked and the code is derived at once.
        EXPECT_FOCUS(f.form, "offenceGuide");
        type(u"cykel"_s);
        QCOMPARE(f.form.findChild<QLabel*>(u"offenceGuideResult"_s)->text(),
                 u"Brå code: 9830 – Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"_s);
        tab();
        // The derived code stands chosen in the code picker, where it could be changed.
        EXPECT_FOCUS(f.form, "offenceCode");
        auto* chosen = f.form.fieldFor(u"offenceCode"_s)->parentWidget()->findChildren<QLabel*>().last();
        QCOMPARE(chosen->text(),
                 u"Chosen: 9830 – Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"_s);
        tab();

        // Händelsetid: relative days, turned into dates when the field is left
        EXPECT_FOCUS(f.form, "occurredFrom");
        type(u"igår 20:00"_s);
        tab();
        const QDate yesterday = f.now.toLocalTime().date().addDays(-1);
        QCOMPARE(f.line(u"occurredFrom"_s)->text(), yesterday.toString(Qt::ISODate) + u" 20:00"_s);
        EXPECT_FOCUS(f.form, "occurredTo");
        type(u"igår 22:00"_s);
        tab();

        // Brottsplats with a searchable kommun
        EXPECT_FOCUS(f.form, "location.address.street");
        type(u"Stationsgatan 5"_s);
        tab();
        type(u"532 30"_s);
        tab();
        type(u"Skara"_s);
        tab();
        EXPECT_FOCUS(f.form, "location.municipalityCode");
        type(u"skara"_s);
        tab();
        EXPECT_FOCUS(f.form, "location.description");
        type(u"Cykelstället vid resecentrum"_s);
        tab();

        // Händelsebeskrivning: Tab leaves the text instead of typing a tab
        EXPECT_FOCUS(f.form, "narrative");
        type(u"Cykeln stod låst vid resecentrum."_s);
        key(Qt::Key_Return);
        type(u"Låset var avklippt på morgonen."_s);
        tab();
        EXPECT_FOCUS(f.form, "injuries");
        tab();

        // Gärningsperson: the add button is reached with Tab and pressed with Space
        EXPECT_FOCUS(f.form, "suspects");
        key(Qt::Key_Space);
        EXPECT_FOCUS(f.form, "suspects[0].known");
        tab();
        EXPECT_FOCUS(f.form, "suspects[0].name");
        tab();
        EXPECT_FOCUS(f.form, "suspects[0].description");
        type(u"Man, cirka 25 år, mörk jacka, cyklade mot centrum"_s);
        tab(); // the row's remove button
        QCOMPARE(qobject_cast<QPushButton*>(focused())->text(), u"Remove suspect"_s);
        tab();
        EXPECT_FOCUS(f.form, "suspects"); // add another? no
        tab();

        // Vittnen
        EXPECT_FOCUS(f.form, "witnesses");
        key(Qt::Key_Space);
        EXPECT_FOCUS(f.form, "witnesses[0].name");
        type(u"Vera Vittne"_s);
        tab();
        EXPECT_FOCUS(f.form, "witnesses[0].phone");
        type(u"070-174 06 12"_s);
        tab();
        tab();
        EXPECT_FOCUS(f.form, "witnesses");
        tab();

        // Stöldgods: Insert adds a row and opens it; Tab walks the cells while editing
        EXPECT_FOCUS(f.form, "stolenItems");
        key(Qt::Key_Insert);
        QTRY_VERIFY(focused() != f.table());
        type(u"Cykel"_s);
        tab();
        type(u"Crescent"_s);
        tab();
        type(u"Elda"_s);
        tab();
        type(u"WCR123456"_s);
        tab();
        type(u"12499"_s);
        QCOMPARE(f.total()->text(), u"Total: 12\u00A0499 kr"_s); // live, before Enter
        key(Qt::Key_Return);
        EXPECT_FOCUS(f.form, "stolenItems");

        // WHEN the agent presses F9 (Registrera anmälan) THEN the form asks once more, and nothing
        // is sent yet
        QVERIFY(f.form.validate().isEmpty());
        key(Qt::Key_F9);
        QVERIFY(f.form.isConfirmingRegistration());
        QCOMPARE(submitted.size(), 0);
        // WHEN the agent confirms with Enter
        key(Qt::Key_Return);

        // THEN the report is submitted, and its body is one the server accepts
        QCOMPARE(submitted.size(), 1);
        QVERIFY(!f.form.isConfirmingRegistration());
        QVERIFY(!f.errorList()->isVisible());
        QVERIFY(changed.size() > 150); // every keystroke
        const auto report = json::fromJson<Report>(f.form.reportBody());
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        const QList<Error> serverErrors = validateReportForCreate(*report);
        QVERIFY2(serverErrors.isEmpty(), qPrintable(paths(serverErrors).join(u", ")));
        QCOMPARE(report->offenceCode, u"9830"_s);
        QCOMPARE(report->reporter.personnummer, std::optional<QString>(u"200001011493"_s));
        QCOMPARE(report->reporter.phone, std::optional<QString>(u"+46701740611"_s));
        QCOMPARE(report->reporter.address->postalCode, u"532 30"_s);
        QCOMPARE(report->occurredFrom, QDateTime(yesterday, QTime(20, 0)));
        QCOMPARE(report->occurredTo, std::optional<QDateTime>(QDateTime(yesterday, QTime(22, 0))));
        QCOMPARE(report->location.municipalityCode, u"1495"_s);
        QCOMPARE(report->location.address->street, u"Stationsgatan 5"_s);
        QVERIFY(report->injuredPartyIsReporter);
        QVERIFY(!report->injuredParty);
        QCOMPARE(report->suspects.size(), 1);
        QVERIFY(!report->suspects[0].known);
        QCOMPARE(report->witnesses.size(), 1);
        QCOMPARE(report->witnesses[0].phone, std::optional<QString>(u"+46701740612"_s));
        QCOMPARE(report->stolenItems.size(), 1);
        QCOMPARE(report->stolenItems[0].valueSek, std::optional<qint64>(12499));
        QCOMPARE(report->stolenItems[0].serialNumber, std::optional<QString>(u"WCR123456"_s));
        QCOMPARE(report->narrative, u"Cykeln stod låst vid resecentrum.\nLåset var avklippt på morgonen."_s);
        QVERIFY(!report->interpreterLanguage);
        QVERIFY(!report->contactId);
    }

    void lossErrandAndUpInFilter()
    {
        Fixture f;
        QVERIFY(f.show());
        QTest::keyClick(&f.form, Qt::Key_3, Qt::AltModifier);
        EXPECT_FOCUS(f.form, "offenceGuide");
        tab();
        EXPECT_FOCUS(f.form, "offenceCode");
        type(u"förlust"_s);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"FORLUST"_s);
        // nothing matches: nothing chosen; back to a match: the first one is chosen
        type(u"xyz"_s);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), QString());
        for (int i = 0; i < 3; ++i)
            key(Qt::Key_Backspace);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"FORLUST"_s);
        // Up at the top stays at the top
        key(Qt::Key_Up);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"FORLUST"_s);
        // Ended codes are never offered, not even by their exact number.
        for (int i = 0; i < 7; ++i)
            key(Qt::Key_Backspace);
        type(u"0410"_s);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), QString());
    }

    void offenceDerivedFromPlainWordsAndAnswers()
    {
        // GIVEN a reporter who is the injured party: a woman born 2000 (Skatteverket's test number)
        Fixture f;
        QVERIFY(f.show());
        f.line(u"reporter.personnummer"_s)->setText(u"200001012384"_s);
        QTest::keyClick(&f.form, Qt::Key_3, Qt::AltModifier);
        EXPECT_FOCUS(f.form, "offenceGuide");
        auto* result = f.form.findChild<QLabel*>(u"offenceGuideResult"_s);
        // WHEN the agent types the offence as the caller says it
        type(u"olaga hot"_s);
        // THEN sex and age are already answered from the personnummer, and only the relation and
        // the internet question are left
        QCOMPARE(result->text(), u"Answer to find the Brå code: Relation to the offender, Internet-related."_s);
        tab();
        EXPECT_FOCUS(f.form, "offenceGuide.sex");
        QCOMPARE(qobject_cast<QComboBox*>(focused())->currentData().toString(), u"kvinna"_s);
        tab();
        EXPECT_FOCUS(f.form, "offenceGuide.age");
        QVERIFY(qobject_cast<QLineEdit*>(focused())->text().toInt() >= 26);
        tab();
        EXPECT_FOCUS(f.form, "offenceGuide.relation");
        type(u"s"_s); // Stranger (the form runs untranslated here; in Swedish "o", Obekant)
        QCOMPARE(qobject_cast<QComboBox*>(focused())->currentData().toString(), u"obekant"_s);
        tab();
        EXPECT_FOCUS(f.form, "offenceGuide.internet");
        type(u"n"_s); // No
        // THEN the code follows, shown with Brå's name, and is the report's code
        QCOMPARE(result->text(),
                 u"Brå code: 9443 – Olaga hot, ej internetrelaterat, mot kvinna 18 år eller äldre, obekanta"_s);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"9443"_s);
        tab();
        EXPECT_FOCUS(f.form, "offenceCode");

        // WHEN the agent overrides the derived code in the code picker
        type(u"9447"_s);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"9447"_s);
        QVERIFY2(result->text().contains(u"changed by hand"_s), qPrintable(result->text()));

        // THEN a draft restores the override and the answers, without deriving anew
        const QJsonObject draft = f.form.draft();
        Fixture g;
        QVERIFY(g.show());
        g.form.setDraft(draft);
        QCOMPARE(g.form.draft().value("offenceCode"_L1).toString(), u"9447"_s);
        auto* relation = g.form.findChild<QComboBox*>(u"offenceGuide.relation"_s);
        QCOMPARE(relation->currentData().toString(), u"obekant"_s);
        QVERIFY(!relation->isHidden());

        // WHEN the answer changes (a partner, not a stranger) THEN the code is derived again
        // (a pause first: letters typed within the keyboard interval search together, "sp")
        QTest::qWait(QApplication::keyboardInputInterval() + 100);
        QTest::keyClick(f.form.findChild<QComboBox*>(u"offenceGuide.relation"_s), Qt::Key_P);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"9440"_s);

        // WHEN another offence is chosen whose questions are still open THEN the derived code is
        // not kept: the report has no code until the answers lead to one
        QLineEdit* plain = qobject_cast<QLineEdit*>(f.form.fieldFor(u"offenceGuide"_s));
        plain->clear();
        QTest::keyClicks(plain, u"misshandel"_s);
        QCOMPARE(result->text(), u"Answer to find the Brå code: Where."_s);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), QString());
    }

    void offenceQuestionsFollowTheInjuredParty()
    {
        // GIVEN an injured party other than the reporter: a boy of 12 on the day of the event
        Fixture f;
        QVERIFY(f.show());
        f.line(u"reporter.personnummer"_s)->setText(u"200001012384"_s);
        f.form.findChild<QCheckBox*>(u"injuredPartyIsReporter"_s)->setChecked(false);
        const QDate born = QDate::currentDate().addYears(-12).addDays(-10);
        QString nine = born.toString(u"yyMMdd"_s) + u"001"_s; // odd ninth digit: a boy
        const QString pnr = born.toString(u"yyyyMMdd"_s) + u"001"_s + QString::number(Personnummer::checkDigit(nine));
        f.line(u"injuredParty.personnummer"_s)->setText(pnr);
        QTest::keyClick(&f.form, Qt::Key_3, Qt::AltModifier);
        type(u"olaga hot"_s);
        // THEN Brå's code for a boy under 18 splits only on the internet; the relation is not asked
        auto* result = f.form.findChild<QLabel*>(u"offenceGuideResult"_s);
        QCOMPARE(result->text(), u"Answer to find the Brå code: Internet-related."_s);
        QTest::keyClick(f.form.findChild<QComboBox*>(u"offenceGuide.internet"_s), Qt::Key_Y);
        QCOMPARE(f.form.draft().value("offenceCode"_L1).toString(), u"0452"_s);
        // WHEN the injured party is the reporter again (a woman, 26) THEN the answers follow
        f.form.findChild<QCheckBox*>(u"injuredPartyIsReporter"_s)->setChecked(true);
        QCOMPARE(result->text(), u"Answer to find the Brå code: Relation to the offender."_s);
    }

    void personnummerLive_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment"); // of the English message
        QTest::newRow("length") << "200001011" << "length" << "9 digit(s)";
        QTest::newRow("date") << "20001301-1493" << "date" << "no month 13";
        QTest::newRow("check digit") << "19870704-9996" << "check_digit" << "repeat the whole number";
        QTest::newRow("letters") << "2000O101-1493" << "format" << "only digits";
        QTest::newRow("samordningsnummer is fine") << "197306749982" << "" << "";
    }

    void personnummerLive()
    {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        Fixture f;
        QVERIFY(f.show());
        QTest::keyClick(&f.form, Qt::Key_1, Qt::AltModifier);
        tab();
        tab();
        EXPECT_FOCUS(f.form, "reporter.personnummer");
        // WHEN a number is typed (and the field not left)
        type(typed);
        // THEN the message under it says at once what is wrong, in core's words
        const auto parsed = Personnummer::parse(typed);
        QCOMPARE(parsed.ok(), code.isEmpty());
        QCOMPARE(f.pnrMessage()->isVisible(), !code.isEmpty());
        if (!code.isEmpty()) {
            QCOMPARE(parsed.error().code, code);
            QCOMPARE(f.pnrMessage()->text(), parsed.error().message);
            QVERIFY2(f.pnrMessage()->text().contains(fragment), qPrintable(f.pnrMessage()->text()));
            // the field itself is marked once it is left
            QVERIFY(f.form.fieldFor(u"reporter.personnummer"_s)->toolTip().isEmpty());
            tab();
            QCOMPARE(f.form.fieldFor(u"reporter.personnummer"_s)->toolTip(), parsed.error().message);
            QCOMPARE(messageAt(f.form.validate(), u"reporter.personnummer"_s), parsed.error().message);
            // AND fixing it removes message and mark live
            key(Qt::Key_Tab, Qt::ShiftModifier);
            EXPECT_FOCUS(f.form, "reporter.personnummer");
            key(Qt::Key_A, Qt::ControlModifier);
            type(u"20000101-2384"_s);
            QVERIFY(!f.pnrMessage()->isVisible());
            QVERIFY(f.form.fieldFor(u"reporter.personnummer"_s)->toolTip().isEmpty());
        }
        QVERIFY(!paths(f.form.validate()).contains(u"reporter.personnummer"_s));
    }

    void eventTimeParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: an error
        QTest::addColumn<QString>("code");
        const QDate today(2026, 11, 27);
        QTest::newRow("date and time") << "2026-11-27 14:30" << QDateTime(today, QTime(14, 30)) << "";
        QTest::newRow("date only") << "2026-11-27" << QDateTime(today, QTime(0, 0)) << "";
        QTest::newRow("T and seconds") << "2026-11-27T14:30:15" << QDateTime(today, QTime(14, 30, 15)) << "";
        QTest::newRow("short month, dot") << "2026-3-5 7.05" << QDateTime(QDate(2026, 3, 5), QTime(7, 5)) << "";
        QTest::newRow("idag") << "idag 14:30" << QDateTime(today, QTime(14, 30)) << "";
        QTest::newRow("i dag alone") << "I dag" << QDateTime(today, QTime(0, 0)) << "";
        QTest::newRow("igår") << "igår 22:00" << QDateTime(today.addDays(-1), QTime(22, 0)) << "";
        QTest::newRow("i går kl") << "i går kl. 22.00" << QDateTime(today.addDays(-1), QTime(22, 0)) << "";
        QTest::newRow("yesterday") << " yesterday  07:05 " << QDateTime(today.addDays(-1), QTime(7, 5)) << "";
        QTest::newRow("slashes") << "27/11 14:30" << QDateTime() << "format";
        QTest::newRow("words") << "igår kväll" << QDateTime() << "format";
        QTest::newRow("no such day") << "2026-02-30 10:00" << QDateTime() << "date";
        QTest::newRow("no such time") << "idag 24:00" << QDateTime() << "time";
    }

    void eventTimeParsing()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QFETCH(QString, code);
        const auto parsed = parseEventTime(text, QDate(2026, 11, 27));
        QCOMPARE(parsed.ok(), expected.isValid());
        if (parsed) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(parseEventTime(formatEventTime(*parsed)).value(), expected);
        } else {
            QCOMPARE(parsed.error().code, code);
            QVERIFY(!parsed.error().message.isEmpty());
        }
    }

    void eventTimeMessages()
    {
        Fixture f;
        QVERIFY(f.show());
        QLineEdit* from = f.line(u"occurredFrom"_s);
        QLineEdit* to = f.line(u"occurredTo"_s);
        auto* fromMessage = f.form.findChild<QLabel*>(u"occurredFromMessage"_s);
        auto* toMessage = f.form.findChild<QLabel*>(u"occurredToMessage"_s);

        // GIVEN a time in the future: said when the field is left, not while typing
        QTest::keyClick(&f.form, Qt::Key_4, Qt::AltModifier);
        EXPECT_FOCUS(f.form, "occurredFrom");
        type(u"2099-01-01 10:00"_s);
        QVERIFY(!fromMessage->isVisible());
        tab();
        QCOMPARE(fromMessage->text(), u"The start of the event time lies in the future."_s);
        QVERIFY(fromMessage->isVisible());
        QCOMPARE(messageAt(f.form.validate(), u"occurredFrom"_s), fromMessage->text());

        // WHEN it is corrected to a time after "till"
        key(Qt::Key_Tab, Qt::ShiftModifier);
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"igår 22:00"_s);
        QVERIFY(!fromMessage->isVisible()); // fixed: gone while typing
        tab();
        type(u"igår 20:00"_s);
        tab();
        // THEN "till" says it is before "från"
        QCOMPARE(toMessage->text(), u"The end of the event time is before its start."_s);
        QCOMPARE(messageAt(f.form.validate(), u"occurredTo"_s), toMessage->text());
        QCOMPARE(to->toolTip(), toMessage->text());
        // and moving "från" back fixes "till" live
        from->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"igår 19:00"_s);
        QVERIFY(!toMessage->isVisible());
        QVERIFY(to->toolTip().isEmpty());

        // GIVEN text that is no time at all
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"igår kl 25"_s);
        tab();
        const QString formatMessage =
            u"Write the time as YYYY-MM-DD HH:MM, or YYYY-MM-DD, \"i dag 14:30\" or \"i går 22:00\"."_s;
        QCOMPARE(fromMessage->text(), formatMessage);
        // THEN validate() reports it once, by path, and the draft keeps it as typed
        const QList<Error> errors = f.form.validate();
        QCOMPARE(paths(errors).count(u"occurredFrom"_s), 1);
        QCOMPARE(messageAt(errors, u"occurredFrom"_s), formatMessage);
        QCOMPARE(f.form.draft().value("occurredFrom"_L1).toString(), u"igår kl 25"_s);
        QCOMPARE(from->text(), u"igår kl 25"_s);

        // a day that does not exist
        from->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(u"2026-02-30 10:00"_s);
        tab();
        QCOMPARE(fromMessage->text(), u"There is no date 2026-02-30."_s);
        // a missing start is the server's "missing"
        from->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        QCOMPARE(messageAt(f.form.validate(), u"occurredFrom"_s), u"The start of the event time is missing."_s);
    }

    void postalCodeAndValueProblems()
    {
        Fixture f;
        QVERIFY(f.show());
        // GIVEN a bad postal code at the scene, one starting with 0 for the reporter
        QTest::keyClick(&f.form, Qt::Key_5, Qt::AltModifier);
        tab();
        EXPECT_FOCUS(f.form, "location.address.postalCode");
        type(u"4131"_s);
        tab(); // left: marked
        QCOMPARE(f.form.fieldFor(u"location.address.postalCode"_s)->toolTip(),
                 u"A postal code has five digits, written NNN NN (e.g. 413 19)."_s);
        f.form.fieldFor(u"reporter.address.postalCode"_s)->setFocus();
        type(u"01234"_s);
        // AND a stolen item whose value is no number
        QTest::keyClick(&f.form, Qt::Key_9, Qt::AltModifier);
        key(Qt::Key_Insert);
        type(u"Väska"_s);
        for (int i = 0; i < 4; ++i)
            tab();
        type(u"12a"_s);
        key(Qt::Key_Return);

        // THEN validate() names all three by path
        const QList<Error> errors = f.form.validate();
        QCOMPARE(messageAt(errors, u"location.address.postalCode"_s),
                 u"A postal code has five digits, written NNN NN (e.g. 413 19)."_s);
        QCOMPARE(messageAt(errors, u"reporter.address.postalCode"_s), u"Swedish postal codes never start with 0."_s);
        QCOMPARE(messageAt(errors, u"stolenItems[0].valueSek"_s), u"Write the value in whole kronor, e.g. 12 499."_s);
        // the value is kept as typed, in the table and in the draft, and counts nothing
        QCOMPARE(f.stolen()->index(0, StolenItemsModel::ValueColumn).data(Qt::EditRole).toString(), u"12a"_s);
        QCOMPARE(f.form.draft().value("stolenItems"_L1).toArray().at(0).toObject().value("valueSek"_L1).toString(),
                 u"12a"_s);
        QCOMPARE(f.total()->text(), u"Total: 0 kr"_s);
        // errors come in form order: reporter before location before stolen goods
        const QStringList order = paths(errors);
        QVERIFY(order.indexOf(u"reporter.address.postalCode"_s) < order.indexOf(u"location.address.postalCode"_s));
        QVERIFY(order.indexOf(u"location.address.postalCode"_s) < order.indexOf(u"stolenItems[0].valueSek"_s));
    }

    void errorListJumpsAndClearsLive()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy submitted(&f.form, &ReportForm::submitRequested);
        f.form.fieldFor(u"occurredTo"_s)->setFocus();

        // WHEN an empty form is to be registered
        key(Qt::Key_F9);

        // THEN nothing is sent, every problem is listed in form order and the first field has focus
        QCOMPARE(submitted.size(), 0);
        QVERIFY(f.errorList()->isVisible());
        const QStringList expected = {u"reporter.name"_s, u"offenceCode"_s, u"occurredFrom"_s,
                                      u"location.municipalityCode"_s, u"narrative"_s};
        QCOMPARE(f.errorPaths(), expected);
        QCOMPARE(f.errorList()->item(0)->text(), u"Reporter – Name: The name is missing."_s);
        QCOMPARE(f.errorList()->item(4)->text(), u"Description of events – What happened: Describe what happened."_s);
        EXPECT_FOCUS(f.form, "reporter.name");
        QCOMPARE(f.form.fieldFor(u"narrative"_s)->toolTip(), u"Describe what happened."_s);

        // WHEN the agent goes to the list (it comes right before the form's first field, Tolkbehov)
        // and picks the narrative
        key(Qt::Key_Tab, Qt::ShiftModifier);
        EXPECT_FOCUS(f.form, "interpreterLanguage");
        key(Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(f.errorList()->hasFocus());
        key(Qt::Key_End);
        key(Qt::Key_Return);
        // THEN the narrative has focus, scrolled into view
        EXPECT_FOCUS(f.form, "narrative");
        QCOMPARE(f.form.currentSection(), u"narrative"_s);
        auto* scroll = f.form.findChild<QScrollArea*>();
        QWidget* narrative = f.form.fieldFor(u"narrative"_s);
        const QRect inViewport(narrative->mapTo(scroll->viewport(), QPoint(0, 0)), QSize(10, 10));
        QVERIFY(scroll->viewport()->rect().intersects(inViewport));

        // WHEN the agent types there THEN its mark and entry disappear at once
        type(u"Någon tog min cykel."_s);
        QVERIFY(f.form.fieldFor(u"narrative"_s)->toolTip().isEmpty());
        QCOMPARE(f.errorList()->count(), 4);
        QVERIFY(!f.errorPaths().contains(u"narrative"_s));

        // a jump by double click
        const QRect itemRect = f.errorList()->visualItemRect(f.errorList()->item(2));
        // (a real double click is press, release, double-click event, release)
        QTest::mouseClick(f.errorList()->viewport(), Qt::LeftButton, {}, itemRect.center());
        QTest::mouseDClick(f.errorList()->viewport(), Qt::LeftButton, {}, itemRect.center());
        EXPECT_FOCUS(f.form, "occurredFrom");

        // a stolen item without description: the cell is marked and Enter on its entry selects it
        QTest::keyClick(&f.form, Qt::Key_9, Qt::AltModifier);
        key(Qt::Key_Insert);
        key(Qt::Key_Escape);
        f.form.submit();
        QVERIFY(f.errorPaths().contains(u"stolenItems[0].description"_s));
        QCOMPARE(f.stolen()->index(0, 0).data(StolenItemsModel::ErrorRole).toString(), u"Describe the stolen item."_s);
        f.errorList()->setFocus();
        f.errorList()->setCurrentRow(int(f.errorPaths().indexOf(u"stolenItems[0].description"_s)));
        key(Qt::Key_Return);
        EXPECT_FOCUS(f.form, "stolenItems");
        QCOMPARE(f.table()->currentIndex(), f.stolen()->index(0, 0));
        type(u"Hjälm"_s);
        key(Qt::Key_Return);
        QVERIFY(!f.errorPaths().contains(u"stolenItems[0].description"_s));

        // showErrors({}) hides the list
        f.form.showErrors({});
        QVERIFY(!f.errorList()->isVisible());
        QVERIFY(f.form.fieldFor(u"reporter.name"_s)->toolTip().isEmpty());
    }

    void serverErrorsShownByPath()
    {
        Fixture f;
        QVERIFY(f.show());
        // the server's 422 names fields the form has
        f.form.showErrors({{u"reporter.personnummer"_s, u"Wrong check digit."_s, u"check_digit"_s},
                           {u"witnesses[3].name"_s, u"x"_s, u"missing"_s},
                           {u"somethingNew"_s, u"Unknown problem."_s, u"x"_s}});
        QCOMPARE(f.errorList()->count(), 3);
        QCOMPARE(f.errorList()->item(0)->text(), u"Reporter – Personnummer: Wrong check digit."_s);
        QCOMPARE(f.errorList()->item(2)->text(), u"Unknown problem."_s);
        QCOMPARE(f.form.fieldFor(u"reporter.personnummer"_s)->toolTip(), u"Wrong check digit."_s);
        QCOMPARE(f.form.fieldFor(u"somethingNew"_s), nullptr);
        QCOMPARE(f.form.fieldFor(u"witnesses[3].name"_s), f.form.findChild<QPushButton*>(u"addWitness"_s));
    }

    void fieldLimitsShown()
    {
        Fixture f;
        QVERIFY(f.show());
        // GIVEN the form THEN one-line names, streets and descriptions stop at the contract's 200
        for (const QString& path : {u"reporter.name"_s, u"reporter.address.street"_s, u"location.address.street"_s,
                                    u"location.description"_s})
            QCOMPARE(f.line(path)->maxLength(), limits::ShortText);
        // WHEN a narrative longer than 20,000 characters is pasted THEN submitting lists it, by path
        auto* narrative = qobject_cast<QPlainTextEdit*>(f.form.fieldFor(u"narrative"_s));
        QVERIFY(narrative);
        narrative->setPlainText(QString(limits::Narrative + 1, u'x'));
        QCOMPARE(messageAt(f.form.validate(), u"narrative"_s), u"At most 20000 characters (now 20001)."_s);
        f.form.submit();
        QVERIFY(f.errorPaths().contains(u"narrative"_s));
    }

    void rowsAddRemoveByKeyboard()
    {
        Fixture f;
        QVERIFY(f.show());
        QTest::keyClick(&f.form, Qt::Key_7, Qt::AltModifier);
        EXPECT_FOCUS(f.form, "suspects");
        key(Qt::Key_Space);
        key(Qt::Key_Space); // "Identity known"
        tab();
        type(u"Kalle Känd"_s);
        tab();
        tab(); // remove button of row 1
        tab(); // add
        key(Qt::Key_Space);
        EXPECT_FOCUS(f.form, "suspects[1].known");
        tab();
        tab();
        type(u"Lång, gul mössa"_s);
        QJsonArray suspects = f.form.draft().value("suspects"_L1).toArray();
        QCOMPARE(suspects.size(), 2);
        QCOMPARE(suspects[0].toObject().value("known"_L1).toBool(), true);
        QCOMPARE(suspects[0].toObject().value("name"_L1).toString(), u"Kalle Känd"_s);
        QCOMPARE(suspects[1].toObject().value("description"_L1).toString(), u"Lång, gul mössa"_s);

        // WHEN the first row is removed with its button
        f.form.fieldFor(u"suspects[0].description"_s)->setFocus();
        tab();
        QCOMPARE(qobject_cast<QPushButton*>(focused())->text(), u"Remove suspect"_s);
        key(Qt::Key_Space);
        // THEN focus moves to the next row, which is now number 1
        EXPECT_FOCUS(f.form, "suspects[0].known");
        suspects = f.form.draft().value("suspects"_L1).toArray();
        QCOMPARE(suspects.size(), 1);
        QCOMPARE(suspects[0].toObject().value("description"_L1).toString(), u"Lång, gul mössa"_s);
        // removing the last row leaves focus on the add button
        tab();
        tab();
        tab();
        key(Qt::Key_Space);
        EXPECT_FOCUS(f.form, "suspects");
        QCOMPARE(f.form.draft().value("suspects"_L1).toArray().size(), 0);

        // a known suspect without a name is a problem with the right path
        key(Qt::Key_Space);
        key(Qt::Key_Space);
        QCOMPARE(messageAt(f.form.validate(), u"suspects[0].name"_s), u"A known suspect needs a name."_s);
    }

    void stolenItemsTableByKeyboard()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy changed(&f.form, &ReportForm::changed);
        QTest::keyClick(&f.form, Qt::Key_9, Qt::AltModifier);
        EXPECT_FOCUS(f.form, "stolenItems");
        QCOMPARE(f.total()->text(), u"Total: 0 kr"_s);

        // GIVEN two rows added with Insert
        key(Qt::Key_Insert);
        type(u"Cykel"_s);
        for (int i = 0; i < 4; ++i)
            tab();
        type(u"12 000"_s);
        key(Qt::Key_Return);
        key(Qt::Key_Insert);
        type(u"Hjälm"_s);
        for (int i = 0; i < 4; ++i)
            tab();
        type(u"499"_s);
        key(Qt::Key_Return);
        QCOMPARE(f.stolen()->rowCount(), 2);
        QCOMPARE(f.total()->text(), u"Total: 12\u00A0499 kr"_s);
        QVERIFY(changed.size() >= 10);

        // WHEN Delete is pressed while a cell is being edited THEN it edits text, the row stays
        key(Qt::Key_F2);
        QTRY_VERIFY(focused() != f.table());
        key(Qt::Key_Home);
        key(Qt::Key_Delete);
        QCOMPARE(f.stolen()->rowCount(), 2);
        QCOMPARE(f.total()->text(), u"Total: 12\u00A0099 kr"_s); // "99" — live
        key(Qt::Key_Return);

        // WHEN Delete is pressed on the table THEN the current cell empties, the row stays
        EXPECT_FOCUS(f.form, "stolenItems");
        QCOMPARE(f.table()->currentIndex().row(), 1);
        key(Qt::Key_Delete);
        QCOMPARE(f.stolen()->rowCount(), 2);
        QCOMPARE(f.total()->text(), u"Total: 12\u00A0000 kr"_s);
        // WHEN Ctrl+Delete is pressed THEN the current row goes
        key(Qt::Key_Delete, Qt::ControlModifier);
        QCOMPARE(f.stolen()->rowCount(), 1);
        QCOMPARE(f.total()->text(), u"Total: 12\u00A0000 kr"_s);
        QCOMPARE(f.total()->accessibleName(), f.total()->text());

        // Tab leaves the table to "Add row"; Space adds a row opened for typing
        tab();
        QCOMPARE(qobject_cast<QPushButton*>(focused())->text(), u"Add row"_s);
        key(Qt::Key_Space);
        QCOMPARE(f.stolen()->rowCount(), 2);
        type(u"Lampa"_s);
        key(Qt::Key_Return);
        QCOMPARE(f.stolen()->rows().at(1).description, u"Lampa"_s);
        // "Remove row" removes the current row
        tab();
        tab();
        QCOMPARE(qobject_cast<QPushButton*>(focused())->text(), u"Remove row"_s);
        key(Qt::Key_Space);
        QCOMPARE(f.stolen()->rowCount(), 1);
        QCOMPARE(f.stolen()->rows().at(0).description, u"Cykel"_s);
    }

    void draftRoundTrip()
    {
        Fixture f;
        QVERIFY(f.show());
        // GIVEN a form with valid and not yet valid text in many sections
        QTest::keyClick(&f.form, Qt::Key_1, Qt::AltModifier);
        type(u"arabiska"_s); // tolkbehov comes first
        tab();
        type(u"  Anna Testsson"_s);
        tab();
        type(u"19870704-9996"_s); // wrong check digit
        for (int i = 0; i < 6; ++i)
            tab();
        EXPECT_FOCUS(f.form, "injuredPartyIsReporter");
        key(Qt::Key_Space); // not the reporter: the injured party's own block
        tab();
        EXPECT_FOCUS(f.form, "injuredParty.name");
        type(u"Bo Målsägande"_s);
        QTest::keyClick(&f.form, Qt::Key_3, Qt::AltModifier);
        type(u"förlust"_s); // in plain words; Förlust asks nothing, its code is taken at once
        tab();
        tab();              // past the code picker, which holds it
        type(u"igår kl"_s); // not a time (yet)
        tab();
        type(u"2026-11-27 10:00"_s);
        QTest::keyClick(&f.form, Qt::Key_5, Qt::AltModifier);
        for (int i = 0; i < 3; ++i)
            tab();
        type(u"göteb"_s);
        QTest::keyClick(&f.form, Qt::Key_9, Qt::AltModifier);
        key(Qt::Key_Insert);
        type(u"Plånbok"_s);
        for (int i = 0; i < 4; ++i)
            tab();
        type(u"12a"_s);
        key(Qt::Key_Return);
        QTest::keyClick(&f.form, Qt::Key_7, Qt::AltModifier);
        key(Qt::Key_Space);
        tab();
        type(u"Okänd"_s);
        QTest::keyClick(&f.form, Qt::Key_6, Qt::AltModifier);
        type(u"Rad ett"_s);
        key(Qt::Key_Return);
        type(u"Rad två "_s);
        f.form.setContactId(u"contact-7"_s);
        QCOMPARE(f.form.currentSection(), u"narrative"_s);

        const QJsonObject draft = f.form.draft();
        QCOMPARE(draft.value("occurredFrom"_L1).toString(), u"igår kl"_s);
        QCOMPARE(draft.value("stolenItems"_L1).toArray().at(0).toObject().value("valueSek"_L1).toString(), u"12a"_s);
        QCOMPARE(draft.value("reporter"_L1).toObject().value("personnummer"_L1).toString(), u"19870704-9996"_s);
        QCOMPARE(draft.value("reporter"_L1).toObject().value("name"_L1).toString(), u"  Anna Testsson"_s);
        QCOMPARE(draft.value("injuredPartyIsReporter"_L1).toBool(true), false);
        QCOMPARE(draft.value("offenceCode"_L1).toString(), u"FORLUST"_s);
        QCOMPARE(draft.value("location"_L1).toObject().value("municipalityCode"_L1).toString(), u"1480"_s);
        QCOMPARE(draft.value("interpreterLanguage"_L1).toString(), u"arabiska"_s);
        QCOMPARE(draft.value("narrative"_L1).toString(), u"Rad ett\nRad två "_s);
        QCOMPARE(draft.value("contactId"_L1).toString(), u"contact-7"_s);
        QCOMPARE(draft.value("formState"_L1).toObject().value("section"_L1).toString(), u"narrative"_s);

        // WHEN a second form is given that draft, as stored on disk
        const QJsonObject stored = QJsonDocument::fromJson(QJsonDocument(draft).toJson()).object();
        ReportForm second(ReferenceData::builtin());
        QSignalSpy changed(&second, &ReportForm::changed);
        second.setDraft(stored);

        // THEN it holds exactly the same, says nothing changed, and shows the live messages
        QCOMPARE(second.draft(), draft);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(second.currentSection(), u"narrative"_s);
        QCOMPARE(qobject_cast<QLineEdit*>(second.fieldFor(u"occurredFrom"_s))->text(), u"igår kl"_s);
        auto* pnrMessage =
            second.fieldFor(u"reporter.personnummer"_s)->parentWidget()->findChild<QLabel*>(u"personnummerMessage"_s);
        QVERIFY(!pnrMessage->isHidden());
        QVERIFY(pnrMessage->text().contains(u"check digit"_s));
        QVERIFY(!second.fieldFor(u"injuredParty.name"_s)->isHidden());
        QCOMPARE(second.validate(), f.form.validate());
        // and the second form can go on where the first stopped: setCurrentSection focuses it
        // (once shown, since showing a window focuses its first field)
        const QString section = second.currentSection();
        second.show();
        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        second.setCurrentSection(section);
        EXPECT_FOCUS(second, "narrative");
        QCOMPARE(changed.size(), 0);

        // clear() empties everything
        second.clear();
        const QJsonObject empty = second.draft();
        QVERIFY(!empty.contains("contactId"_L1));
        QCOMPARE(empty.value("reporter"_L1).toObject().value("name"_L1).toString(), QString());
        QCOMPARE(empty.value("stolenItems"_L1).toArray().size(), 0);
        QCOMPARE(empty.value("injuredPartyIsReporter"_L1).toBool(), true);
        QCOMPARE(changed.size(), 0);
        QVERIFY(pnrMessage->isHidden());
    }

    void prefillFromContact()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy changed(&f.form, &ReportForm::changed);
        Contact c;
        c.id = u"c-42"_s;
        c.caller.name = u"Samira Testdotter"_s;
        c.caller.personnummer = u"197306749982"_s;
        c.caller.phone = u"+46701740607"_s;
        c.caller.email = u"samira@example.se"_s;
        c.caller.address = Address{u"Andra Långgatan 3"_s, u"41328"_s, u"Göteborg"_s, u"1480"_s};
        c.language = u"ar"_s;

        f.form.prefill(c);

        QCOMPARE(changed.size(), 0);
        QCOMPARE(f.line(u"reporter.name"_s)->text(), u"Samira Testdotter"_s);
        QCOMPARE(f.line(u"reporter.personnummer"_s)->text(), u"19730674-9982"_s);
        QCOMPARE(f.line(u"reporter.phone"_s)->text(), u"070-174 06 07"_s);
        QCOMPARE(f.line(u"reporter.email"_s)->text(), u"samira@example.se"_s);
        QCOMPARE(f.line(u"reporter.address.street"_s)->text(), u"Andra Långgatan 3"_s);
        QCOMPARE(f.line(u"reporter.address.postalCode"_s)->text(), u"413 28"_s);
        QCOMPARE(f.line(u"reporter.address.city"_s)->text(), u"Göteborg"_s);
        QCOMPARE(qobject_cast<QComboBox*>(f.form.fieldFor(u"interpreterLanguage"_s))->currentText(), u"arabiska"_s);
        QVERIFY(!f.pnrMessage()->isVisible());
        const QJsonObject body = f.form.reportBody();
        QCOMPARE(body.value("contactId"_L1).toString(), u"c-42"_s);
        QCOMPARE(body.value("reporter"_L1).toObject().value("personnummer"_L1).toString(), u"197306749982"_s);
        QCOMPARE(body.value("reporter"_L1).toObject().value("phone"_L1).toString(), u"+46701740607"_s);
        QCOMPARE(body.value("interpreterLanguage"_L1).toString(), u"arabiska"_s);

        // a Swedish-speaking caller with only a phone number: no interpreter, the rest empty
        f.form.clear();
        Contact sv;
        sv.caller.phone = u"0701740608"_s;
        f.form.prefill(sv);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(f.line(u"reporter.phone"_s)->text(), u"070-174 06 08"_s);
        QVERIFY(f.line(u"reporter.personnummer"_s)->text().isEmpty());
        QCOMPARE(qobject_cast<QComboBox*>(f.form.fieldFor(u"interpreterLanguage"_s))->currentText(), QString());
        QVERIFY(!f.form.reportBody().contains("contactId"_L1));
    }

    void sectionsShortcutsAndScrolling()
    {
        Fixture f;
        QVERIFY(f.show());
        const QStringList keys = {u"reporter"_s,  u"injuredParty"_s, u"offence"_s,   u"time"_s,       u"location"_s,
                                  u"narrative"_s, u"suspects"_s,     u"witnesses"_s, u"stolenItems"_s};
        auto* scroll = f.form.findChild<QScrollArea*>();
        // every Alt+digit, from the last to the first, lands in its section and in view
        for (int i = 8; i >= 0; --i) {
            QTest::keyClick(&f.form, Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
            QTRY_COMPARE(f.form.currentSection(), keys[i]);
            auto* box = f.form.findChild<QGroupBox*>(keys[i]);
            QVERIFY(box);
            QVERIFY2(box->isAncestorOf(focused()), qPrintable(keys[i] + u": "_s + describeFocus()));
            QVERIFY(box->title().endsWith(u"(Alt+%1)"_s.arg(i + 1)));
            const QRect r(focused()->mapTo(scroll->viewport(), QPoint(0, 0)), focused()->size());
            QVERIFY2(scroll->viewport()->rect().intersects(r), qPrintable(keys[i]));
        }
        // Tab order follows the sections; the current section follows focus
        f.form.setCurrentSection(u"location"_s);
        EXPECT_FOCUS(f.form, "location.address.street");
        f.form.fieldFor(u"narrative"_s)->setFocus();
        QTRY_COMPARE(f.form.currentSection(), u"narrative"_s);
        type(u"Text"_s);
        tab();
        EXPECT_FOCUS(f.form, "injuries");
        QCOMPARE(qobject_cast<QPlainTextEdit*>(f.form.fieldFor(u"narrative"_s))->toPlainText(), u"Text"_s);
        // unknown sections change nothing
        f.form.setCurrentSection(u"nope"_s);
        QCOMPARE(f.form.currentSection(), u"narrative"_s);
    }

    void accessibleNamesAndBuddies()
    {
        Fixture f;
        QVERIFY(f.show());
        // with rows in the lists too
        QTest::keyClick(&f.form, Qt::Key_7, Qt::AltModifier);
        key(Qt::Key_Space);
        QTest::keyClick(&f.form, Qt::Key_8, Qt::AltModifier);
        key(Qt::Key_Space);
        QSet<const QWidget*> buddies;
        for (const QLabel* l : f.form.findChildren<QLabel*>()) {
            QVERIFY2(!l->text().contains(u'&'), qPrintable(l->text())); // no Alt+letter mnemonics
            if (l->buddy())
                buddies.insert(l->buddy());
        }
        QList<QWidget*> inputs;
        for (QLineEdit* e : f.form.findChildren<QLineEdit*>())
            if (!qobject_cast<QComboBox*>(e->parentWidget()))
                inputs.append(e);
        for (QPlainTextEdit* e : f.form.findChildren<QPlainTextEdit*>())
            inputs.append(e);
        for (QComboBox* c : f.form.findChildren<QComboBox*>())
            inputs.append(c);
        QVERIFY(inputs.size() >= 25);
        for (QWidget* w : std::as_const(inputs)) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(buddies.contains(w), qPrintable(w->accessibleName()));
        }
        for (QAbstractButton* b : f.form.findChildren<QAbstractButton*>())
            QVERIFY2(!b->text().contains(u'&'), qPrintable(b->text()));
        // it fits the middle column of a 1366×768 screen
        QVERIFY(f.form.minimumSizeHint().width() <= 600);
    }

    void readOnlyAfterSubmit()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy submitted(&f.form, &ReportForm::submitRequested);
        QSignalSpy changed(&f.form, &ReportForm::changed);
        f.form.setSubmissionStatus(u"Anmälan köad – preliminär referens PREL-1a2b3c4d"_s);
        auto* status = f.form.findChild<QLabel*>(u"submissionStatus"_s);
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), u"Anmälan köad – preliminär referens PREL-1a2b3c4d"_s);

        f.form.setReadOnly(true);
        QTest::keyClick(&f.form, Qt::Key_1, Qt::AltModifier);
        tab();
        type(u"Anna"_s);
        QVERIFY(f.line(u"reporter.name"_s)->text().isEmpty());
        QTest::keyClick(&f.form, Qt::Key_9, Qt::AltModifier);
        key(Qt::Key_Insert);
        QCOMPARE(f.stolen()->rowCount(), 0);
        f.form.submit();
        key(Qt::Key_F9);
        key(Qt::Key_Return);
        QCOMPARE(submitted.size(), 0);
        QVERIFY(!f.form.isConfirmingRegistration());
        QCOMPARE(changed.size(), 0);
        QVERIFY(!f.form.findChild<QPushButton*>(u"submit"_s)->isEnabled());

        f.form.setSubmissionStatus(QString());
        QVERIFY(!status->isVisible());
        f.form.setReadOnly(false);
        QTest::keyClick(&f.form, Qt::Key_1, Qt::AltModifier);
        tab();
        type(u"Anna"_s);
        QCOMPARE(f.line(u"reporter.name"_s)->text(), u"Anna"_s);
    }

    void registrationAsksOnceMore()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy submitted(&f.form, &ReportForm::submitRequested);
        f.form.setDraft(validDraft(f.now));
        QVERIFY2(f.form.validate().isEmpty(), qPrintable(paths(f.form.validate()).join(u", ")));
        auto* button = f.form.findChild<QPushButton*>(u"submit"_s);
        auto* confirmation = f.form.findChild<QWidget*>(u"registerConfirmation"_s);
        auto* note = f.form.findChild<QLabel*>(u"draftNote"_s);
        QVERIFY(button && confirmation && note);
        // The button says what it does and shows its key, built by Qt (not written by hand)
        QCOMPARE(ReportForm::registerKey(), QKeySequence(Qt::Key_F9));
        QCOMPARE(button->text(),
                 u"Register the report (%1)"_s.arg(QKeySequence(Qt::Key_F9).toString(QKeySequence::NativeText)));
        QVERIFY(!confirmation->isVisible());

        // GIVEN the agent writes in the narrative WHEN they press Ctrl+S (save, out of habit)
        f.form.fieldFor(u"narrative"_s)->setFocus();
        EXPECT_FOCUS(f.form, "narrative");
        key(Qt::Key_S, Qt::ControlModifier);
        // THEN nothing is sent and the form says that drafts save themselves
        QCOMPARE(submitted.size(), 0);
        QVERIFY(!f.form.isConfirmingRegistration());
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), u"The draft is saved automatically."_s);

        // WHEN they press F9 THEN the form asks, inline, with its keys, and nothing is sent yet
        key(Qt::Key_F9);
        QVERIFY(f.form.isConfirmingRegistration());
        QVERIFY(confirmation->isVisible());
        QTRY_VERIFY(confirmation->hasFocus());
        QCOMPARE(f.form.findChild<QLabel*>(u"registerQuestion"_s)->text(),
                 u"Register the report? It cannot be undone."_s);
        QCOMPARE(f.form.findChild<QLabel*>(u"registerKeys"_s)->text(), u"Return = Register, Esc = Back"_s);
        QCOMPARE(submitted.size(), 0);
        // WHEN they press Esc THEN they are back in the narrative, nothing sent
        key(Qt::Key_Escape);
        QVERIFY(!f.form.isConfirmingRegistration());
        EXPECT_FOCUS(f.form, "narrative");
        QCOMPARE(submitted.size(), 0);

        // WHEN they ask again and move on to another field THEN the question goes, nothing sent
        key(Qt::Key_F9);
        QVERIFY(f.form.isConfirmingRegistration());
        f.form.fieldFor(u"location.description"_s)->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(!f.form.isConfirmingRegistration());
        QCOMPARE(submitted.size(), 0);

        // WHEN they click the button and confirm with Enter THEN it is registered, once
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(f.form.isConfirmingRegistration());
        QTRY_VERIFY(confirmation->hasFocus());
        key(Qt::Key_Return);
        QCOMPARE(submitted.size(), 1);
        QVERIFY(!f.form.isConfirmingRegistration());
        // AND the keypad's Enter confirms too
        key(Qt::Key_F9);
        QTRY_VERIFY(confirmation->hasFocus());
        QTest::keyClick(confirmation, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(submitted.size(), 2);

        // GIVEN a form with a problem WHEN F9 THEN no question: the problems are listed instead
        f.line(u"reporter.name"_s)->clear();
        key(Qt::Key_F9);
        QVERIFY(!f.form.isConfirmingRegistration());
        QVERIFY(f.errorList()->isVisible());
        EXPECT_FOCUS(f.form, "reporter.name");
        key(Qt::Key_Return);
        QCOMPARE(submitted.size(), 2);
    }

    void newMessagesAreAnnounced()
    {
        AnnouncementRecorder heard;
        Fixture f;
        QVERIFY(f.show());
        // WHEN an empty form is to be registered THEN the list of problems is read aloud
        key(Qt::Key_F9);
        QVERIFY2(heard.contains(u"problem(s) to fix. First: Reporter – Name: The name is missing."_s),
                 qPrintable(heard.messages.join(u" | ")));
        // WHEN a personnummer with a wrong check digit is typed THEN its message is read once the
        // typing pauses — not at every keystroke ("1 digit", "2 digits" …)
        heard.messages.clear();
        f.form.fieldFor(u"reporter.personnummer"_s)->setFocus();
        type(u"19870704-9996"_s);
        QTRY_VERIFY2(heard.contains(u"repeat the whole number"_s), qPrintable(heard.messages.join(u" | ")));
        QVERIFY2(heard.messages.size() < 4, qPrintable(heard.messages.join(u" | ")));
        QVERIFY(heard.messages.constLast().contains(u"repeat the whole number"_s));
        // AND leaving the field does not say it again
        const qsizetype said = heard.messages.size();
        tab();
        QCOMPARE(heard.messages.size(), said);
        // WHEN a valid form is to be registered THEN the question and its keys are read aloud
        heard.messages.clear();
        f.form.setDraft(validDraft(f.now));
        key(Qt::Key_F9);
        QVERIFY(f.form.isConfirmingRegistration());
        QVERIFY2(heard.contains(u"Register the report? It cannot be undone. Return = Register, Esc = Back"_s),
                 qPrintable(heard.messages.join(u" | ")));
        key(Qt::Key_Escape);
        // Ctrl+S's note too
        heard.messages.clear();
        key(Qt::Key_S, Qt::ControlModifier);
        QVERIFY(heard.contains(u"The draft is saved automatically."_s));
    }

    void markedFieldKeepsItsFocusRing()
    {
        Fixture f;
        QVERIFY(f.show());
        auto* name = f.line(u"reporter.name"_s);
        f.form.showErrors({{u"reporter.name"_s, u"The name is missing."_s, u"missing"_s}});
        f.line(u"reporter.phone"_s)->setFocus();
        QTRY_VERIFY(!name->hasFocus());
        const QColor red(0xc6, 0x28, 0x28);
        const QPoint edge(1, name->height() / 2);
        QCOMPARE(name->grab().toImage().pixelColor(edge), red); // marked
        // WHEN the marked field has the focus THEN its frame shows the focus colour, not the red
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        const QColor focused = name->grab().toImage().pixelColor(edge);
        QCOMPARE(focused, name->palette().color(QPalette::Active, QPalette::Highlight));
        QVERIFY(focused != red);
    }

    void hintsAreReadableText()
    {
        Fixture f;
        QVERIFY(f.show());
        // A hint is text to read, not a greyed-out (disabled) label.
        auto* hint = f.form.findChild<QLabel*>(u"occurredHint"_s);
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->isEnabled());
        QCOMPARE(hint->text(),
                 u"As YYYY-MM-DD HH:MM, a date alone, \"i dag 14:30\" or \"i går 22:00\"; To only if known."_s);
        // and a screen reader gets it with the field, also after the field was marked and fixed
        QWidget* from = f.form.fieldFor(u"occurredFrom"_s);
        QCOMPARE(from->accessibleDescription(), hint->text());
        f.form.showErrors({{u"occurredFrom"_s, u"The start of the event time is missing."_s, u"missing"_s}});
        QCOMPARE(from->accessibleDescription(), u"The start of the event time is missing."_s);
        f.form.showErrors({});
        QCOMPARE(from->accessibleDescription(), hint->text());
    }

    void denseEnoughFor1366x768()
    {
        // The form's share of a 1366×768 screen during a call: about 780 × 600 px.
        Fixture f;
        f.form.resize(780, 600);
        f.form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.form));
        auto* scroll = f.form.findChild<QScrollArea*>();
        auto* narrativeBox = f.form.findChild<QGroupBox*>(u"narrative"_s);
        auto* narrative = f.form.fieldFor(u"narrative"_s);
        auto* injuries = f.form.fieldFor(u"injuries"_s);
        const int viewport = scroll->viewport()->height();
        // Händelsebeskrivning starts within about one screen of the top (it was two screens down)
        const int top = narrativeBox->mapTo(scroll->widget(), QPoint(0, 0)).y();
        QVERIFY2(top < viewport * 3 / 2, qPrintable(u"narrative at %1 px, viewport %2 px"_s.arg(top).arg(viewport)));
        // Skador is a few lines; the narrative is the big one
        QVERIFY2(injuries->height() * 2 < narrative->height(),
                 qPrintable(u"injuries %1 px, narrative %2 px"_s.arg(injuries->height()).arg(narrative->height())));
        QVERIFY(injuries->height() <= injuries->fontMetrics().lineSpacing() * 4);
        // Tolkbehov is the reporter section's first field
        QCOMPARE(qobject_cast<QWidget*>(f.form.fieldFor(u"interpreterLanguage"_s)),
                 f.form.findChild<QGroupBox*>(u"reporter"_s)->findChild<QComboBox*>(u"interpreterLanguage"_s));
        f.form.setCurrentSection(u"reporter"_s);
        EXPECT_FOCUS(f.form, "interpreterLanguage");
        if (const QString dir = qEnvironmentVariable("KC_SCREENSHOT_DIR"); !dir.isEmpty())
            f.form.grab().save(dir + u"/report-form-780x600.png"_s);
    }

    void validationListDoesNotRepeatLabels()
    {
        // In Swedish, where the messages name their field: "Händelsetid – Från: saknas."
        QTranslator swedish;
        QVERIFY(swedish.load(u":/i18n/kontaktcenter_sv.qm"_s));
        QCoreApplication::installTranslator(&swedish);
        {
            Fixture f;
            QVERIFY(f.show());
            f.form.submit();
            QStringList shown;
            for (int i = 0; i < f.errorList()->count(); ++i)
                shown << f.errorList()->item(i)->text();
            QVERIFY2(shown.contains(u"Anmälare – Namn: saknas."_s), qPrintable(shown.join(u" | ")));
            QVERIFY2(shown.contains(u"Händelsetid – Från: saknas."_s), qPrintable(shown.join(u" | ")));
            // the field's own tooltip keeps the whole sentence
            QCOMPARE(f.form.fieldFor(u"occurredFrom"_s)->toolTip(), u"Händelsetid från saknas."_s);
            // and the key names are Swedish
            QCOMPARE(f.form.findChild<QPushButton*>(u"submit"_s)->text(), u"Registrera anmälan (F9)"_s);
            QCOMPARE(f.form.findChild<QLabel*>(u"registerKeys"_s)->text(), u"Retur = Registrera, Esc = Tillbaka"_s);
            QCOMPARE(f.form.findChild<QGroupBox*>(u"reporter"_s)->title(), u"Anmälare (Alt+1)"_s);
            QCOMPARE(f.form.findChild<QGroupBox*>(u"suspects"_s)->title(), u"Gärningspersoner (Alt+7)"_s);
        }
        QCoreApplication::removeTranslator(&swedish);
    }

    void typingALongNarrativeStaysCheap()
    {
        Fixture f;
        QVERIFY(f.show());
        // The lead saves a draft on every changed(); time that work for each keystroke of a
        // 2,000-character narrative.
        QList<qint64> nanoseconds;
        connect(&f.form, &ReportForm::changed, this, [&] {
            QElapsedTimer t;
            t.start();
            const QJsonObject d = f.form.draft();
            nanoseconds.append(t.nsecsElapsed());
            QVERIFY(d.value("narrative"_L1).isString());
        });
        QTest::keyClick(&f.form, Qt::Key_6, Qt::AltModifier);
        const QString sentence = u"Jag gick ut på morgonen och såg att cykeln var borta från stället. "_s;
        QString text;
        while (text.size() < 2000)
            text += sentence;
        type(text);
        QCOMPARE(nanoseconds.size(), int(text.size())); // one changed() per keystroke
        std::sort(nanoseconds.begin(), nanoseconds.end());
        const qint64 median = nanoseconds[nanoseconds.size() / 2];
        qDebug("draft() per keystroke: median %lld µs, worst %lld µs", median / 1000, nanoseconds.last() / 1000);
        // The median, not the worst: a shared machine may preempt any single call.
        QVERIFY2(median < 1'000'000, qPrintable(u"median draft(): %1 µs"_s.arg(median / 1000)));
    }
};

QTEST_MAIN(TestReportForm)
#include "tst_reportform.moc"
