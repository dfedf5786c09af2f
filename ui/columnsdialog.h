// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Kolumner: the agent chooses which columns of the incoming-contacts table are shown and in which
// order. Keyboard first: Up/Down move through the list, Space shows or hides a column, Alt+Up and
// Alt+Down (or the buttons) move it, Enter applies, Esc cancels. At least one column stays shown.
// The dialog only answers columns(); the queue panel applies and the workstation persists them by
// name (QueuePipeline). Thread rules: GUI thread.
#pragma once

#include <QDialog>

class QListWidget;

namespace kc {

class ColumnsDialog : public QDialog
{
    Q_OBJECT
public:
    // `titles[i]` names logical column i; `shown` lists the shown ones in their current order.
    ColumnsDialog(const QStringList& titles, const QList<int>& shown, QWidget* parent = nullptr);

    QList<int> columns() const; // the checked columns, in list order
    QListWidget* list() const { return m_list; }
    void moveCurrent(int delta);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QListWidget* m_list = nullptr;
};

} // namespace kc
