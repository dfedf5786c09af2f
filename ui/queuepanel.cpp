// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/queuepanel.h"

#include "models/contactqueuemodel.h"
#include "models/queuepipeline.h"
#include "ui/announce.h"
#include "ui/columnsdialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace kc {

QueuePanel::QueuePanel(QueuePipeline& pipeline, QWidget* parent)
    : QWidget(parent)
    , m_pipeline(pipeline)
{
    setObjectName(QStringLiteral("queuePanel"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: name, number, errand, queue… (%1)")
                                     .arg(QKeySequence(Qt::CTRL | Qt::Key_F).toString(QKeySequence::NativeText)));
    m_filter->setAccessibleName(tr("Filter the incoming contacts"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_pipeline.setFilterText(text);
        updateTitle();
        showMessage(QString());
    });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel#queueMessage { background: #fde7e9; color: #8a1020; padding: 4px;"
                                            " border: 1px solid #e8a0a8; }"));
    m_message->setAccessibleName(tr("Message about the last action"));
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QTableView(this);
    m_view->setModel(m_pipeline.output());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    applyHeaderModes();
    // Dragging a header reorders the pipeline's columns (persisted by name), not only this view.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    connect(header, &QHeaderView::sectionMoved, this, [this, header] {
        QList<int> order;
        const QList<int> columns = m_pipeline.columns();
        for (int visual = 0; visual < header->count(); ++visual)
            order << columns.value(header->logicalIndex(visual));
        // After the move has finished: the view goes back to identity, the pipeline reorders.
        QTimer::singleShot(0, this, [this, order] { applyColumns(order); });
    });
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAccessibleName(tr("Incoming contacts"));
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as in every form
    layout->addWidget(m_view, 1);

    auto* columnsAction = new QAction(tr("Choose columns…"), this);
    header->addAction(columnsAction);
    addAction(columnsAction);
    connect(columnsAction, &QAction::triggered, this, &QueuePanel::chooseColumns);
    auto* columnsButton = new QPushButton(tr("Columns…"), this);
    columnsButton->setAccessibleName(tr("Choose columns"));
    columnsButton->setToolTip(tr("Choose and order the columns of this table"));
    connect(columnsButton, &QPushButton::clicked, this, &QueuePanel::chooseColumns);

    m_accept =
        new QPushButton(tr("Accept (%1)").arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)), this);
    m_accept->setToolTip(tr("Accept the selected contact (%1); %2 takes the next one")
                             .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                                  QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept, 1);
    buttons->addWidget(columnsButton);
    layout->addLayout(buttons);
    connect(m_accept, &QPushButton::clicked, this, &QueuePanel::acceptCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &QueuePanel::acceptCurrent);

    m_takeNext = new QAction(tr("Take the next contact"), this);
    m_takeNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addAction(m_takeNext);
    m_takeNext->setShortcutContext(Qt::WindowShortcut);
    connect(m_takeNext, &QAction::triggered, this, &QueuePanel::takeNext);
    // A refusal is news about one attempt: the next attempt, a filter edit or Esc makes it old.
    // (Not a change of row: the refused contact's row vanishing moves the current row at once.)
    auto* dismiss = new QAction(tr("Hide the message above the queue"), this);
    dismiss->setShortcut(QKeySequence(Qt::Key_Escape));
    dismiss->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(dismiss);
    connect(dismiss, &QAction::triggered, this, [this] { showMessage(QString()); });
    auto* find = new QAction(tr("Filter the incoming contacts"), this);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    addAction(find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });

    QAbstractItemModel* out = m_pipeline.output();
    connect(out, &QAbstractItemModel::rowsInserted, this, &QueuePanel::updateTitle);
    connect(out, &QAbstractItemModel::rowsRemoved, this, &QueuePanel::updateTitle);
    connect(out, &QAbstractItemModel::modelReset, this, &QueuePanel::updateTitle);
    connect(out, &QAbstractItemModel::layoutChanged, this, &QueuePanel::updateTitle); // the filter's big changes
    updateTitle();
}

void QueuePanel::updateTitle()
{
    m_title->setText(tr("Incoming contacts (%n waiting)", nullptr, m_pipeline.output()->rowCount()));
}

void QueuePanel::showMessage(const QString& text)
{
    if (text == m_message->text())
        return;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    announce(m_message, text, Politeness::Assertive);
}

void QueuePanel::acceptCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        takeNext();
        return;
    }
    const QString id = m_pipeline.mapToContactId(current);
    if (!id.isEmpty()) {
        showMessage(QString());
        Q_EMIT acceptRequested(id);
    }
}

void QueuePanel::applyHeaderModes()
{
    // Every column as wide as its contents, the subject takes the rest: it is what the agent reads.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QList<int> columns = m_pipeline.columns();
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i] == ContactQueueModel::Subject)
            header->setSectionResizeMode(i, QHeaderView::Stretch);
}

void QueuePanel::applyColumns(const QList<int>& logicalColumns)
{
    QHeaderView* header = m_view->horizontalHeader();
    {
        const QSignalBlocker block(header);
        for (int logical = 0; logical < header->count(); ++logical)
            header->moveSection(header->visualIndex(logical), logical);
    }
    if (logicalColumns == m_pipeline.columns())
        return;
    m_pipeline.setColumns(logicalColumns);
    applyHeaderModes();
    Q_EMIT columnsChanged();
}

void QueuePanel::chooseColumns()
{
    QStringList titles;
    for (int c = 0; c < QueuePipeline::LogicalColumnCount; ++c)
        titles << m_pipeline.waitingTime()->headerData(c, Qt::Horizontal).toString();
    // open(), not exec(): the queue keeps ticking and arriving meanwhile.
    auto* dialog = new ColumnsDialog(titles, m_pipeline.columns(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyColumns(dialog->columns()); });
    m_columnsDialog = dialog;
    dialog->open();
}

void QueuePanel::takeNext()
{
    // Ctrl+Return is a newline habit in multi-line fields (chat tools): never take a stranger's
    // contact from inside the narrative.
    if (QWidget* f = QApplication::focusWidget(); qobject_cast<QPlainTextEdit*>(f) || qobject_cast<QTextEdit*>(f)) {
        showMessage(tr("%1 takes the next contact when you are not in a text field.")
                        .arg(m_takeNext->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    QAbstractItemModel* out = m_pipeline.output();
    if (out->rowCount() == 0) {
        showMessage(tr("No contact is waiting."));
        return;
    }
    m_view->setCurrentIndex(out->index(0, 0));
    const QString id = m_pipeline.mapToContactId(out->index(0, 0));
    if (!id.isEmpty()) {
        showMessage(QString());
        Q_EMIT acceptRequested(id);
    }
}

} // namespace kc
