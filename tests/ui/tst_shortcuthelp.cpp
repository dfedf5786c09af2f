// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The F1 overlay over a main window offscreen: what it lists, where it sits, and the keys that
// open and close it. Source (English) texts.
#include "ui/shortcuthelp.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QShortcut>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

QString native(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

struct Fixture
{
    QMainWindow window;
    QLineEdit* edit = nullptr;
    QLineEdit* other = nullptr;
    std::unique_ptr<ShortcutHelp> help;

    Fixture()
    {
        auto* central = new QWidget(&window);
        auto* layout = new QVBoxLayout(central);
        edit = new QLineEdit(central);
        other = new QLineEdit(central);
        layout->addWidget(edit);
        layout->addWidget(other);
        window.setCentralWidget(central);
        window.resize(800, 600);

        auto* file = window.menuBar()->addMenu(QStringLiteral("&File"));
        QAction* quit = file->addAction(QStringLiteral("&Quit"));
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

        auto* take = new QAction(QStringLiteral("&Take the next contact"), &window);
        take->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        take->setShortcutContext(Qt::WindowShortcut);
        window.addAction(take);

        // A panel that names its group once for all its actions.
        central->setProperty(ShortcutHelp::GroupProperty, QStringLiteral("Contact"));
        auto* complete = new QAction(QStringLiteral("Complete contact"), central);
        complete->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        central->addAction(complete);

        auto* hidden = new QAction(QStringLiteral("Hidden"), &window);
        hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        hidden->setVisible(false);
        window.addAction(hidden);
        window.addAction(new QAction(QStringLiteral("No shortcut"), &window));

        auto* focusOther = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), &window);
        focusOther->setContext(Qt::WindowShortcut);
        focusOther->setWhatsThis(QStringLiteral("Go to the other field"));
        QObject::connect(focusOther, &QShortcut::activated, other, [this] { other->setFocus(); });
        auto* undescribed = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), &window);
        undescribed->setContext(Qt::WindowShortcut);

        help = std::make_unique<ShortcutHelp>(&window);
        help->addStaticRow(QStringLiteral("Enter"), QStringLiteral("Accept the selected contact (in the queue)"));
    }

    bool start()
    {
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        edit->setFocus();
        return QApplication::focusWidget() == edit;
    }
};

} // namespace

class TestShortcutHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void listsEveryShortcutOfTheWindow()
    {
        Fixture f;
        QVERIFY(f.start());
        QVERIFY(!f.help->isVisible());
        f.help->toggle();
        QVERIFY(f.help->isVisible());

        const QList<ShortcutHelp::Entry> entries = f.help->entries();
        const ShortcutHelp::Entry take{QStringLiteral("General"), native(QKeySequence(Qt::CTRL | Qt::Key_Return)),
                                       QStringLiteral("Take the next contact")};
        QVERIFY(entries.contains(take));
        QVERIFY(entries.contains(ShortcutHelp::Entry{QStringLiteral("File"), native(QKeySequence(Qt::CTRL | Qt::Key_Q)),
                                                     QStringLiteral("Quit")}));
        QVERIFY(entries.contains(ShortcutHelp::Entry{QStringLiteral("Contact"),
                                                     native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)),
                                                     QStringLiteral("Complete contact")}));
        QVERIFY(entries.contains(ShortcutHelp::Entry{QStringLiteral("General"), native(QKeySequence(Qt::Key_F1)),
                                                     QStringLiteral("Keyboard shortcuts")}));
        QVERIFY(
            entries.contains(ShortcutHelp::Entry{QStringLiteral("General"), native(QKeySequence(Qt::CTRL | Qt::Key_L)),
                                                 QStringLiteral("Go to the other field")}));
        QCOMPARE(entries.constLast(),
                 (ShortcutHelp::Entry{QStringLiteral("In lists and forms"), QStringLiteral("Enter"),
                                      QStringLiteral("Accept the selected contact (in the queue)")}));
        for (const ShortcutHelp::Entry& e : entries) {
            QVERIFY2(e.description != QLatin1String("Hidden"), "an invisible action is listed");
            QVERIFY2(e.description != QLatin1String("No shortcut"), "an action without a shortcut is listed");
            QVERIFY2(!e.description.contains(u'&'), qPrintable(e.description));
            QVERIFY2(e.keys != native(QKeySequence(Qt::CTRL | Qt::Key_U)), "a shortcut without description");
        }
        QCOMPARE(entries.count(take), 1); // found as a child and as a window action: listed once

        // What the agent sees: the row in the list, under its group.
        QTreeWidget* view = f.help->view();
        const QList<QTreeWidgetItem*> found =
            view->findItems(take.description, Qt::MatchExactly | Qt::MatchRecursive, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->text(0), take.keys);
        QVERIFY(found.first()->parent());
        QCOMPARE(found.first()->parent()->text(0), QStringLiteral("General"));
    }

    void listedInTheOrderOfTheWork()
    {
        // GIVEN actions created in no particular order, each naming its step of the work
        QMainWindow window;
        auto* central = new QWidget(&window);
        window.setCentralWidget(central);
        window.resize(800, 600);
        auto add = [&](const char* text, QKeySequence keys, std::optional<ShortcutHelp::Step> step) {
            auto* a = new QAction(QString::fromLatin1(text), central);
            a->setShortcut(keys);
            if (step)
                a->setProperty(ShortcutHelp::StepProperty, int(*step));
            central->addAction(a);
        };
        add("Change your state", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), ShortcutHelp::Step::AgentState);
        add("Complete contact", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), ShortcutHelp::Step::Complete);
        add("Search the case history", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), std::nullopt);
        add("Register the report", QKeySequence(Qt::Key_F9), ShortcutHelp::Step::Register);
        add("Take the next contact", QKeySequence(Qt::CTRL | Qt::Key_Return), ShortcutHelp::Step::TakeContact);
        add("Look up offence codes", QKeySequence(Qt::CTRL | Qt::Key_1), ShortcutHelp::Step::FillReport);
        add("Ready", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), ShortcutHelp::Step::AgentState);
        ShortcutHelp help(&window);
        help.addStaticRow(QStringLiteral("Tab"), QStringLiteral("Next field"));
        help.addStaticRow(QStringLiteral("Enter"), QStringLiteral("Accept the selected contact"),
                          ShortcutHelp::Step::TakeContact);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // WHEN the list opens
        help.toggle();

        // THEN it follows the work: take a contact, fill in the report, register, complete, state;
        // then what belongs to no step, and the keys of lists and forms last
        QStringList order;
        for (const ShortcutHelp::Entry& e : help.entries())
            order << e.description;
        const QStringList expected = {u"Take the next contact"_s,
                                      u"Accept the selected contact"_s,
                                      u"Look up offence codes"_s,
                                      u"Register the report"_s,
                                      u"Complete contact"_s,
                                      u"Change your state"_s,
                                      u"Ready"_s,
                                      u"Keyboard shortcuts"_s,
                                      u"Search the case history"_s,
                                      u"Next field"_s};
        QCOMPARE(order, expected);
        // each step under its own heading, in the list the agent sees
        QStringList headings;
        for (int i = 0; i < help.view()->topLevelItemCount(); ++i)
            headings << help.view()->topLevelItem(i)->text(0);
        QCOMPARE(headings, (QStringList{ShortcutHelp::stepTitle(ShortcutHelp::Step::TakeContact),
                                        ShortcutHelp::stepTitle(ShortcutHelp::Step::FillReport),
                                        ShortcutHelp::stepTitle(ShortcutHelp::Step::Register),
                                        ShortcutHelp::stepTitle(ShortcutHelp::Step::Complete),
                                        ShortcutHelp::stepTitle(ShortcutHelp::Step::AgentState), u"General"_s,
                                        u"In lists and forms"_s}));
    }

    void reportShortcutsOnlyWhileAReportIsOpen()
    {
        // GIVEN a window whose report form is hidden (no contact open)
        Fixture f;
        auto* form = new QWidget(f.window.centralWidget());
        f.window.centralWidget()->layout()->addWidget(form);
        form->setProperty(ShortcutHelp::ReportProperty, true);
        auto* section = new QAction(QStringLiteral("Description of events"), form);
        section->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
        section->setShortcutContext(Qt::WindowShortcut);
        form->addAction(section);
        f.help->addStaticRow(QStringLiteral("Insert"), QStringLiteral("Add a row of stolen goods"),
                             ShortcutHelp::Step::FillReport, ShortcutHelp::Scope::Report);
        form->hide();
        QVERIFY(f.start());
        auto listed = [&f](const QString& description) {
            const QList<ShortcutHelp::Entry> entries = f.help->entries();
            return std::any_of(entries.cbegin(), entries.cend(),
                               [&description](const ShortcutHelp::Entry& e) { return e.description == description; });
        };
        // WHEN the list opens THEN the report's keys are not in it; the rest is
        QVERIFY(!f.help->isReportOpen());
        f.help->toggle();
        QVERIFY(!listed(u"Description of events"_s));
        QVERIFY(!listed(u"Add a row of stolen goods"_s));
        QVERIFY(listed(u"Take the next contact"_s));
        f.help->toggle();
        // WHEN a report is open (the form shows) THEN they are
        form->show();
        QVERIFY(f.help->isReportOpen());
        f.help->toggle();
        QVERIFY(listed(u"Description of events"_s));
        QVERIFY(listed(u"Add a row of stolen goods"_s));
        f.help->toggle();
        // AND the caller may say so itself, either way
        f.help->setReportOpen(false);
        f.help->toggle();
        QVERIFY(!listed(u"Description of events"_s));
        f.help->toggle();
        form->hide();
        f.help->setReportOpen(true);
        f.help->toggle();
        QVERIFY(listed(u"Description of events"_s));
    }

    void actionsAddedLaterAreListed()
    {
        Fixture f;
        QVERIFY(f.start());
        f.help->toggle();
        f.help->toggle();
        QVERIFY(!f.help->isVisible());
        auto* late = new QAction(QStringLiteral("Case &history"), &f.window);
        late->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
        f.window.addAction(late);
        f.help->toggle();
        QVERIFY(f.help->entries().contains(ShortcutHelp::Entry{
            QStringLiteral("General"), native(QKeySequence(Qt::CTRL | Qt::Key_4)), QStringLiteral("Case history")}));
    }

    void coversTheCentralAreaAndFollowsResizes()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(&f.window, Qt::Key_F1);
        QVERIFY(f.help->isVisible());
        QCOMPARE(f.help->parentWidget(), &f.window);
        QCOMPARE(f.help->geometry(), f.window.centralWidget()->geometry());
        QVERIFY(f.help->geometry().height() > 0);
        // on top of the central widget (a later sibling would otherwise cover it)
        QCOMPARE(f.window.childAt(f.help->geometry().center()) == f.help.get() ||
                     f.help->isAncestorOf(f.window.childAt(f.help->geometry().center())),
                 true);
        f.window.resize(1000, 700);
        QTRY_COMPARE(f.help->geometry(), f.window.centralWidget()->geometry());
        QCOMPARE(f.help->width(), f.window.centralWidget()->width());
    }

    void f1Toggles()
    {
        Fixture f;
        QVERIFY(f.start());
        // WHEN the agent presses F1 in a field
        QTest::keyClick(f.edit, Qt::Key_F1);
        // THEN the list opens and has the focus, so arrows scroll it
        QVERIFY(f.help->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.help->view());
        // AND F1 again closes it and gives the focus back
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F1);
        QVERIFY(!f.help->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.edit);
    }

    void escapeCloses()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(f.edit, Qt::Key_F1);
        QVERIFY(f.help->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!f.help->isVisible());
        QCOMPARE(QApplication::focusWidget(), f.edit);
    }

    void escapeElsewhereIsNotTaken()
    {
        // Esc belongs to the overlay only while it is open and has the focus.
        Fixture f;
        QVERIFY(f.start());
        int escapes = 0;
        auto* esc = new QAction(&f.window);
        esc->setShortcut(QKeySequence(Qt::Key_Escape));
        esc->setShortcutContext(Qt::WindowShortcut);
        f.window.addAction(esc);
        QObject::connect(esc, &QAction::triggered, &f.window, [&escapes] { ++escapes; });
        QTest::keyClick(f.edit, Qt::Key_Escape);
        QCOMPARE(escapes, 1);
        QVERIFY(!f.help->isVisible());
        // AND while the overlay is open, Esc closes the overlay and nothing else
        QTest::keyClick(f.edit, Qt::Key_F1);
        QVERIFY(f.help->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!f.help->isVisible());
        QCOMPARE(escapes, 1);
        QCOMPARE(QApplication::focusWidget(), f.edit);
    }

    void anotherShortcutClosesIt()
    {
        Fixture f;
        QVERIFY(f.start());
        QTest::keyClick(f.edit, Qt::Key_F1);
        QVERIFY(f.help->isVisible());
        // Ctrl+L moves the focus to a field under the overlay: the overlay gets out of the way.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), f.other);
        QVERIFY(!f.help->isVisible());
    }

    void clickOutsideTheListCloses()
    {
        Fixture f;
        QVERIFY(f.start());
        f.help->toggle();
        QVERIFY(f.help->isVisible());
        QTest::mouseClick(f.help.get(), Qt::LeftButton, {}, QPoint(2, 2));
        QVERIFY(!f.help->isVisible());
    }
};

QTEST_MAIN(TestShortcutHelp)
#include "tst_shortcuthelp.moc"
