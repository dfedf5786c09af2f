// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/stolenitemstable.h"
#include "ui/keynames.h"

#include "models/stolenitemsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace kc {

namespace {

// Commits every keystroke of a cell editor to the model, so the total, the value check, drafts
// and changed() follow typing, not only Enter.
class LiveCommitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            auto* self = const_cast<LiveCommitDelegate*>(this);
            connect(line, &QLineEdit::textEdited, self, [self, line] { Q_EMIT self->commitData(line); });
        }
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        // The view pushes every dataChanged back into the open editor; the text is already there,
        // and setting it again would move the cursor to the end while the agent types.
        if (auto* line = qobject_cast<QLineEdit*>(editor); line && line->text() == index.data(Qt::EditRole).toString())
            return;
        QStyledItemDelegate::setEditorData(editor, index);
    }
};

} // namespace

// ---- StolenItemsTable ------------------------------------------------------------------------

StolenItemsTable::StolenItemsTable(QWidget* parent)
    : QTableView(parent)
{
    // Tab leaves the table unless a cell is being edited (the delegate handles Tab there).
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setWordWrap(false);
    setItemDelegate(new LiveCommitDelegate(this));
}

void StolenItemsTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::DoubleClicked);
}

void StolenItemsTable::keyPressEvent(QKeyEvent* event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (!m_readOnly && !isEditing()) {
        if (event->key() == Qt::Key_Insert && mods == Qt::NoModifier) {
            Q_EMIT insertRequested();
            event->accept();
            return;
        }
        // Delete empties the cell, as in every spreadsheet; the whole row (description, serial
        // number, value) only goes with Ctrl+Delete, so a habit cannot throw a row away.
        if (event->key() == Qt::Key_Delete && mods == Qt::NoModifier) {
            if (currentIndex().isValid() && (model()->flags(currentIndex()) & Qt::ItemIsEditable))
                model()->setData(currentIndex(), QString(), Qt::EditRole);
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete && mods == Qt::ControlModifier) {
            if (currentIndex().isValid())
                Q_EMIT removeRequested();
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

QModelIndex StolenItemsTable::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // Tab while editing walks the cells row by row and stops at either end instead of wrapping
    // around to the first row.
    const QModelIndex current = currentIndex();
    if (current.isValid() && model()) {
        const int lastColumn = model()->columnCount() - 1;
        const int lastRow = model()->rowCount() - 1;
        if (cursorAction == MoveNext) {
            if (current.column() < lastColumn)
                return current.siblingAtColumn(current.column() + 1);
            if (current.row() < lastRow)
                return model()->index(current.row() + 1, 0);
            return {};
        }
        if (cursorAction == MovePrevious) {
            if (current.column() > 0)
                return current.siblingAtColumn(current.column() - 1);
            if (current.row() > 0)
                return model()->index(current.row() - 1, lastColumn);
            return {};
        }
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

// ---- StolenItemsEditor -----------------------------------------------------------------------

StolenItemsEditor::StolenItemsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new StolenItemsModel(this);
    m_view = new StolenItemsTable(this);
    m_view->setObjectName(QStringLiteral("stolenItems"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Stolen goods"));
    m_view->setProperty("kcLabel", tr("Stolen goods"));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(StolenItemsModel::DescriptionColumn, QHeaderView::Stretch);
    // Wide enough for the (translated) header, and for typical content.
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    const std::pair<int, int> widths[] = {{StolenItemsModel::BrandColumn, 7 * em},
                                          {StolenItemsModel::ModelColumn, 7 * em},
                                          {StolenItemsModel::SerialNumberColumn, 9 * em},
                                          {StolenItemsModel::ValueColumn, 7 * em}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, std::max(width, header->sectionSizeHint(column)));
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 5 + header->sizeHint().height());
    layout->addWidget(m_view);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add row"), this);
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("%1 in the table").arg(keyText(QKeySequence(Qt::Key_Insert))));
    m_add->setAccessibleName(tr("Add a row of stolen goods"));
    m_remove = new QPushButton(tr("Remove row"), this);
    m_remove->setAutoDefault(false);
    m_remove->setToolTip(tr("%1 in the table").arg(keyText(QKeySequence(Qt::CTRL | Qt::Key_Delete))));
    m_remove->setAccessibleName(tr("Remove the current row of stolen goods"));
    m_total = new QLabel(this);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setObjectName(QStringLiteral("stolenItemsTotal"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    layout->addLayout(buttons);
    updateTotal();

    connect(m_add, &QPushButton::clicked, this, &StolenItemsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &StolenItemsEditor::removeCurrentRow);
    connect(m_view, &StolenItemsTable::insertRequested, this, &StolenItemsEditor::addRow);
    connect(m_view, &StolenItemsTable::removeRequested, this, &StolenItemsEditor::removeCurrentRow);
    connect(m_model, &StolenItemsModel::totalChanged, this, &StolenItemsEditor::updateTotal);
    auto updateButtons = [this] { m_remove->setEnabled(!m_readOnly && m_model->rowCount() > 0); };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
}

QList<QWidget*> StolenItemsEditor::focusChain() const
{
    return {m_view, m_add, m_remove};
}

void StolenItemsEditor::addRow()
{
    if (m_readOnly)
        return;
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex index = m_model->index(row, StolenItemsModel::DescriptionColumn);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->edit(index);
}

void StolenItemsEditor::removeCurrentRow()
{
    if (m_readOnly)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : m_model->rowCount() - 1;
    if (row < 0)
        return;
    const int column = current.isValid() ? current.column() : 0;
    m_model->removeRows(row, 1);
    if (const int rows = m_model->rowCount(); rows > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, rows - 1), column));
    if (!m_remove->isEnabled() && m_remove->hasFocus())
        m_view->setFocus(Qt::OtherFocusReason);
}

void StolenItemsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_view->setReadOnly(readOnly);
    m_add->setEnabled(!readOnly);
    m_remove->setEnabled(!readOnly && m_model->rowCount() > 0);
}

void StolenItemsEditor::updateTotal()
{
    const QString text = tr("Total: %1 kr").arg(StolenItemsModel::formatKronor(m_model->totalSek()));
    m_total->setText(text);
    m_total->setAccessibleName(text);
}

} // namespace kc
