// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/referencepicker.h"

#include "models/referencelistmodel.h"
#include "models/searchfilterproxymodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

namespace kc {

ReferencePicker::ReferencePicker(ReferenceListModel* model, int visibleRows, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_model->setParent(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);

    m_proxy = new SearchFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSearchRole(ReferenceListModel::SearchTextRole);
    m_list = new QListView(this);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The filter field drives the list; clicking still works, Tab does not stop here twice.
    m_list->setFocusPolicy(Qt::ClickFocus);
    // Whole rows only: a row is as tall as the style draws it, which is more than the font's height.
    const int row = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height());
    m_list->setFixedHeight(row * visibleRows + 2 * m_list->frameWidth());
    layout->addWidget(m_list);

    m_chosen = new QLabel(this);
    m_chosen->setWordWrap(true);
    m_chosen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_chosen);
    updateChosenLabel();

    connect(m_filter, &QLineEdit::textChanged, this, &ReferencePicker::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReferencePicker::onCurrentChanged);
}

void ReferencePicker::setAccessibleNames(const QString& name)
{
    m_filter->setAccessibleName(name);
    m_list->setAccessibleName(name);
    m_chosen->setAccessibleName(name);
}

QString ReferencePicker::filterText() const
{
    return m_filter->text();
}

void ReferencePicker::setFilterText(const QString& text)
{
    m_filter->setText(text); // applyFilter via textChanged
}

void ReferencePicker::applyFilter(const QString& text)
{
    m_updating = true;
    m_proxy->setSearchText(text);
    m_updating = false;
    // Keep the choice if it is still listed, else take the first match, else nothing.
    int row = -1;
    if (!m_code.isEmpty())
        if (const int source = m_model->rowOf(m_code); source >= 0)
            row = m_proxy->mapFromSource(m_model->index(source, 0)).row();
    if (row < 0 && m_proxy->rowCount() > 0 && !text.trimmed().isEmpty())
        row = 0;
    setCurrentRow(row);
}

void ReferencePicker::setCurrentRow(int row)
{
    QItemSelectionModel* selection = m_list->selectionModel();
    if (row < 0) {
        m_updating = true;
        selection->clear();
        m_updating = false;
        if (!m_code.isEmpty()) {
            m_code.clear();
            updateChosenLabel();
            Q_EMIT codeChanged(m_code);
        }
        return;
    }
    const QModelIndex index = m_proxy->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
    onCurrentChanged(); // also when the row stayed current but the choice was not taken yet
}

void ReferencePicker::onCurrentChanged()
{
    if (m_updating)
        return;
    const QModelIndex current = m_list->currentIndex();
    const QString code = current.isValid() ? current.data(ReferenceListModel::CodeRole).toString() : QString();
    if (code == m_code)
        return;
    m_code = code;
    updateChosenLabel();
    Q_EMIT codeChanged(m_code);
}

void ReferencePicker::setCode(const QString& code)
{
    const int source = code.isEmpty() ? -1 : m_model->rowOf(code);
    if (source < 0) {
        setCurrentRow(-1);
        return;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(source, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(source, 0));
    }
    setCurrentRow(index.row());
}

void ReferencePicker::updateChosenLabel()
{
    if (m_code.isEmpty()) {
        m_chosen->setText(tr("Nothing chosen"));
        return;
    }
    const QModelIndex index = m_model->index(m_model->rowOf(m_code), 0);
    m_chosen->setText(tr("Chosen: %1").arg(index.data().toString()));
}

void ReferencePicker::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_filter->setReadOnly(readOnly);
    m_list->setEnabled(!readOnly);
}

bool ReferencePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int rows = m_proxy->rowCount();
        const int page = std::max(1, m_list->height() / std::max(1, m_list->sizeHintForRow(0)) - 1);
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        int next = -2;
        switch (key->key()) {
        case Qt::Key_Down:
            next = current + 1;
            break;
        case Qt::Key_Up:
            next = current < 0 ? 0 : current - 1;
            break;
        case Qt::Key_PageDown:
            next = current + page;
            break;
        case Qt::Key_PageUp:
            next = current < 0 ? 0 : current - page;
            break;
        default:
            break;
        }
        if (next != -2 && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (rows > 0)
                setCurrentRow(std::clamp(next, 0, rows - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kc
