// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// A searchable choice from a reference list (brottskoder, kommuner) without leaving the keyboard:
// a filter field over a list, and a line saying what is chosen ("Vald: 9830 – Tillgrepp av
// cykel"). Typing filters the list (every word must match, SearchFilterProxyModel); Up/Down and
// Page Up/Down in the filter field move the list's current row, so the agent never has to leave
// the field. The current row IS the choice.
//
// Invariants: the chosen code is always a row the list shows — when the filter hides it, the
// first row that matches becomes the choice, and when nothing matches nothing is chosen. The
// filter text is kept as typed (drafts restore it). Thread rules: GUI thread.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace kc {

class ReferenceListModel;
class SearchFilterProxyModel;

class ReferencePicker : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of `model` (a ReferenceListModel); `visibleRows` sizes the list.
    ReferencePicker(ReferenceListModel* model, int visibleRows, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QListView* listView() const { return m_list; }
    QLabel* chosenLabel() const { return m_chosen; }

    QString code() const { return m_code; } // "" when nothing is chosen
    // Chooses `code` (empty: none). Clears the filter if it hides the code.
    void setCode(const QString& code);
    QString filterText() const;
    void setFilterText(const QString& text); // filters; the choice follows the invariant
    void setReadOnly(bool readOnly);
    void setAccessibleNames(const QString& name); // for the filter field and the list

Q_SIGNALS:
    void codeChanged(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void onCurrentChanged();
    void setCurrentRow(int row);
    void updateChosenLabel();

    ReferenceListModel* m_model = nullptr;
    SearchFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_filter = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_chosen = nullptr;
    QString m_code;
    bool m_updating = false; // the proxy moves the current row while filtering: not a choice
    bool m_readOnly = false;
};

} // namespace kc
