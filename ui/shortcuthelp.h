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
// QKeySequence::NativeText. Rows are grouped by, in order: the property GroupProperty set on the
// action (or QShortcut) or on one of its parents; the title of a menu that holds it; else "General".
// Fixed rows for keys that are no actions (Enter in the queue, Insert in a table) come from
// addStaticRow() and are listed last, under "In lists and forms".
//
// Invariants: a child of `window`, kept on top of its siblings while shown, and the size of the
// central widget (QMainWindow) or of the whole window; an event filter follows resizes.
// Thread rules: GUI thread.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QTreeWidget;

namespace kc {

class ShortcutHelp : public QWidget
{
    Q_OBJECT
public:
    // A QString property: the group a shortcut is listed under ("Contact", "Queue", …).
    static constexpr const char* GroupProperty = "kcShortcutGroup";

    struct Entry
    {
        QString group;
        QString keys;
        QString description;
        bool operator==(const Entry&) const = default;
    };

    explicit ShortcutHelp(QWidget* window);
    ~ShortcutHelp() override;

    void addStaticRow(const QString& keys, const QString& description);
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
    QList<Entry> m_static;
    QList<Entry> m_entries;
};

} // namespace kc
