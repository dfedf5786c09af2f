// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Inkommande kontakter: the agent's live table of waiting contacts (the QueuePipeline's output),
// a filter field that narrows it as you type, and "Ta emot" (accept). Keyboard first: Enter on a
// row or the button accepts; Ctrl+Return takes the first contact in service order from anywhere
// in the window; Ctrl+F focuses the filter. A refusal (a colleague was first, a phone call still
// open) is shown in Swedish right above the table and announced; it stays only while it is news:
// the next attempt, a filter edit or Esc clears it. The row is gone when the engine
// says so.
// The panel only emits acceptRequested(); the composition root wires it to the sync engine.
// Thread rules: GUI thread.
#pragma once

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace kc {

class QueuePipeline;

class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    QueuePanel(QueuePipeline& pipeline, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* filter() const { return m_filter; }
    QLabel* message() const { return m_message; }
    QDialog* columnsDialog() const { return m_columnsDialog; } // the open one, for tests

    void showMessage(const QString& text);                 // "" hides it
    QAction* takeNextAction() const { return m_takeNext; } // Ctrl+Return; the Kontakt menu holds it too
    void takeNext();                                       // accepts the first row shown
    void chooseColumns();                                  // the Kolumner dialog; applies the agent's choice

Q_SIGNALS:
    void acceptRequested(const QString& contactId);
    void columnsChanged(); // the agent chose other columns or another order: time to persist

private:
    void acceptCurrent();
    void updateTitle();
    void applyColumns(const QList<int>& logicalColumns);
    void applyHeaderModes();

    QueuePipeline& m_pipeline;
    QLabel* m_title = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_accept = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_takeNext = nullptr;
    QPointer<QDialog> m_columnsDialog;
};

} // namespace kc
