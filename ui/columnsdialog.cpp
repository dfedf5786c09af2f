// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/columnsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kc {

ColumnsDialog::ColumnsDialog(const QStringList& titles, const QList<int>& shown, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Columns"));
    auto* layout = new QVBoxLayout(this);
    auto* label =
        new QLabel(tr("Columns of the incoming contacts: Space shows or hides, Alt+Up/Alt+Down moves."), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Columns"));
    label->setBuddy(m_list);
    const auto add = [this, &titles](int column, bool checked) {
        auto* item = new QListWidgetItem(titles.value(column), m_list);
        item->setData(Qt::UserRole, column);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (int column : shown)
        add(column, true);
    for (int column = 0; column < titles.size(); ++column)
        if (!shown.contains(column))
            add(column, false);
    m_list->setCurrentRow(0);
    m_list->installEventFilter(this);

    auto* row = new QHBoxLayout;
    layout->addWidget(m_list);
    auto* up = new QPushButton(tr("Move up (Alt+Up)"), this);
    auto* down = new QPushButton(tr("Move down (Alt+Down)"), this);
    row->addWidget(up);
    row->addWidget(down);
    row->addStretch(1);
    layout->addLayout(row);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The last shown column cannot be hidden: an empty table would hide every contact.
    connect(m_list, &QListWidget::itemChanged, this, [this, buttons](QListWidgetItem*) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!columns().isEmpty());
    });
    m_list->setFocus();
}

QList<int> ColumnsDialog::columns() const
{
    QList<int> result;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            result << m_list->item(i)->data(Qt::UserRole).toInt();
    return result;
}

void ColumnsDialog::moveCurrent(int delta)
{
    const int from = m_list->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(from);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

bool ColumnsDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace kc
