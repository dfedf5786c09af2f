// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Stöldgods in the report form: an editable table over StolenItemsModel with "add row" and
// "remove row" buttons and the live total ("Summa: 12 499 kr").
//
// Keyboard: Insert in the table adds a row and opens its first cell for typing; Delete empties the
// current cell and Ctrl+Delete removes the current row — only when no cell is being edited (then
// Delete belongs to the cell's text).
// Typing on a cell starts editing it; while editing, Tab moves to the next cell (stopping at the
// last one) and Enter commits. When not editing, Tab leaves the table like any other field, so
// the form stays navigable with Tab.
// Thread rules: GUI thread.
#pragma once

#include <QTableView>
#include <QWidget>

class QLabel;
class QPushButton;

namespace kc {

class StolenItemsModel;

class StolenItemsTable : public QTableView
{
    Q_OBJECT
public:
    explicit StolenItemsTable(QWidget* parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }

Q_SIGNALS:
    void insertRequested();
    void removeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    bool m_readOnly = false;
};

class StolenItemsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit StolenItemsEditor(QWidget* parent = nullptr);

    StolenItemsModel* model() const { return m_model; }
    StolenItemsTable* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QLabel* totalLabel() const { return m_total; }
    QList<QWidget*> focusChain() const; // the table, add, remove

    void addRow();           // appends a row, focuses its description cell and opens it for typing
    void removeCurrentRow(); // the table keeps focus on the row that takes its place
    void setReadOnly(bool readOnly);

private:
    void updateTotal();

    StolenItemsModel* m_model = nullptr;
    StolenItemsTable* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_total = nullptr;
    bool m_readOnly = false;
};

} // namespace kc
