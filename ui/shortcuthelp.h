// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Kortkommandon (F1): a semi-transparent overlay over the window's central area that lists every
// keyboard shortcut of the window, so a new agent can learn the keyboard-first workflow without a
// manual. F1 toggles it (the overlay installs that QAction on the window itself, Qt::WindowShortcut),
// Esc, F1, a click outside the list or moving the focus elsewhere (another shortcut) close it, and
// the focus goes back where it was.
//
// The list is collected each time the overlay opens, so actions added later (a panel that arrives
// after sign-in) are listed too: every visible QAction with a shortcut among the window's children
// and the actions added to the window or its widgets, plus every QShortcut that has a whatsThis text
// (a QShortcut has no other description). Text without the '&' mnemonic, keys in
// QKeySequence::NativeText (so in Swedish once our catalogue is loaded: ui/keynames.h).
//
// Order — the work's flow. An action (or QShortcut, or one of its parents) may carry StepProperty,
// an int of Step; rows are listed by step (take a contact → fill in the report → register →
// complete → your state), each step under its own heading, and within a step in the order found.
// Rows without a step follow, grouped as before: by GroupProperty on the action or a parent; else
// by the title of a menu that holds it; else "General". Static rows (keys that are no actions:
// Enter in the queue, Insert in a table) come from addStaticRow(), with a step of their own or last
// under "In lists and forms".
//
// Report rows — shown only while a report is open. A row belongs to the report when ReportProperty
// (bool) is true on its action or a parent (ReportForm marks itself), or when it was added with
// Scope::Report. A report is open when a widget that carries ReportProperty is visible in the
// window (ReportForm sits in the contact pane only while a contact is shown); setReportOpen()
// overrides that for a window that holds its form elsewhere.
//
// Invariants: a child of `window`, kept on top of its siblings while shown, and the size of the
// central widget (QMainWindow) or of the whole window; an event filter follows resizes.
// Thread rules: GUI thread.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QTreeWidget;

namespace kc {

class ShortcutHelp : public QWidget
{
    Q_OBJECT
public:
    // A QString property: the group a shortcut is listed under ("Contact", "Queue", …) when it has no step.
    static constexpr const char* GroupProperty = "kcShortcutGroup";
    // An int property (a Step): where in the work's flow the shortcut belongs; its heading.
    static constexpr const char* StepProperty = "kcShortcutStep";
    // A bool property: the shortcut belongs to the report form (listed only while a report is open).
    static constexpr const char* ReportProperty = "kcShortcutReport";

    // The work's flow, in the order the list shows it.
    enum class Step : int {
        TakeContact = 1, // Ctrl+Return, Enter in the queue, filter, switch open contact
        FillReport,      // sections, fields, rows, lookups, case history
        Register,        // Registrera anmälan
        Complete,        // Slutför kontakt
        AgentState,      // Redo, change state
    };
    enum class Scope { Always, Report };

    struct Entry
    {
        QString group;
        QString keys;
        QString description;
        bool operator==(const Entry&) const = default;
    };

    explicit ShortcutHelp(QWidget* window);
    ~ShortcutHelp() override;

    // A row for keys that are no action. `keys` as the user reads them: build them with
    // kc::keyText()/keyRangeText() (ui/keynames.h), never as literal text. Without a step the row is
    // listed last, under "In lists and forms".
    void addStaticRow(const QString& keys, const QString& description, std::optional<Step> step = std::nullopt,
                      Scope scope = Scope::Always);
    // Overrides whether a report is open (see above); std::nullopt returns to finding it out.
    void setReportOpen(std::optional<bool> open);
    bool isReportOpen() const;
    static QString stepTitle(Step step); // the heading of a step
    void toggle();

    QAction* toggleAction() const { return m_toggle; } // F1; may also be put into the Help menu
    QList<Entry> entries() const { return m_entries; } // as listed when the overlay last opened
    QTreeWidget* view() const { return m_view; }

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void open();
    void dismiss(bool restoreFocus);
    void collect();
    void place();
    void layoutPanel();
    void onFocusChanged(QWidget* old, QWidget* now);

    QWidget* m_window = nullptr;
    QPointer<QWidget> m_watchedCentral;
    QPointer<QWidget> m_previousFocus;
    QWidget* m_panel = nullptr;
    QTreeWidget* m_view = nullptr;
    QAction* m_toggle = nullptr;
    struct StaticRow
    {
        Entry entry;
        std::optional<Step> step;
        Scope scope = Scope::Always;
    };
    QList<StaticRow> m_static;
    QList<Entry> m_entries;
    std::optional<bool> m_reportOpen;
};

} // namespace kc
