// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Uppslag: the agent's quick lookups while talking to the public — offence codes (brottskoder)
// and kommuner, each filtered as you type, and a personnummer check that says what is wrong
// (length, date, check digit) or who the number belongs to (date of birth, sex, samordningsnummer).
// Keyboard first: Ctrl+1/2/3 focus the three search fields. The panel usually sits in a tab behind
// another, where its own shortcuts would be dead (Qt ignores the shortcuts of hidden widgets): the
// window adds shortcutActions() to itself, so the keys work from anywhere in it, and
// focusRequested() brings the panel forward before the field takes the focus.
// Thread rules: GUI thread.
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QListView;

namespace kc {

class ReferenceData;
class SearchFilterProxyModel;

class LookupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LookupPanel(const ReferenceData& ref, QWidget* parent = nullptr);

    QLineEdit* offenceSearch() const { return m_offenceSearch; }
    QLineEdit* municipalitySearch() const { return m_municipalitySearch; }
    QLineEdit* personnummerInput() const { return m_pnrInput; }
    QListView* offenceView() const { return m_offenceView; }
    QListView* municipalityView() const { return m_municipalityView; }
    QLabel* personnummerResult() const { return m_pnrResult; }
    // Ctrl+1, Ctrl+2, Ctrl+3 (Qt::WindowShortcut): for the window to add to itself.
    QList<QAction*> shortcutActions() const { return m_shortcuts; }

Q_SIGNALS:
    // A lookup shortcut (Ctrl+1/2/3) was pressed: whoever hides this panel (a tab) shows it now.
    void focusRequested();

private:
    void checkPersonnummer(const QString& text);

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_offenceSearch = nullptr;
    QLineEdit* m_municipalitySearch = nullptr;
    QLineEdit* m_pnrInput = nullptr;
    QLabel* m_pnrResult = nullptr;
    QListView* m_offenceView = nullptr;
    QListView* m_municipalityView = nullptr;
    QList<QAction*> m_shortcuts;
};

} // namespace kc
