// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/agentstatewidget.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace kc {

namespace {
constexpr int StateRole = Qt::UserRole + 1;
constexpr int ReasonRole = Qt::UserRole + 2;
} // namespace

QStringList AgentStateWidget::defaultReasons()
{
    return {tr("Break"), tr("Lunch"), tr("Meeting"), tr("Training"), tr("Administration")};
}

AgentStateWidget::AgentStateWidget(const QStringList& notReadyReasons, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("agentState"));
    m_label->setAccessibleName(tr("Your state"));
    m_chooser = new QComboBox(this);
    m_chooser->setAccessibleName(tr("Change your state"));
    m_chooser->setToolTip(tr("Change your state (Ctrl+Shift+S)"));
    m_chooser->addItem(tr("Change state…"));
    auto add = [this](const QString& text, AgentStatus state, const QString& reason = {}) {
        m_chooser->addItem(text);
        const int row = m_chooser->count() - 1;
        m_chooser->setItemData(row, static_cast<int>(state), StateRole);
        m_chooser->setItemData(row, reason, ReasonRole);
    };
    add(tr("Ready"), AgentStatus::Ready);
    for (const QString& reason : notReadyReasons)
        add(tr("Not ready – %1").arg(reason), AgentStatus::NotReady, reason);
    add(tr("Wrap-up"), AgentStatus::WrapUp);
    layout->addWidget(m_label);
    layout->addWidget(m_chooser);
    // activated, not currentIndexChanged: only the agent's own choice (Enter in the open list, a
    // click, an arrow key on the closed box) sends anything; resetting the box below does not.
    connect(m_chooser, &QComboBox::activated, this, &AgentStateWidget::onActivated);
    auto* focus = new QAction(tr("Change your state"), this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    addAction(focus);
    focus->setShortcutContext(Qt::WindowShortcut);
    connect(focus, &QAction::triggered, this, [this] {
        m_chooser->setFocus();
        m_chooser->showPopup();
    });
    setCurrentState(AgentStatus::Offline);
}

void AgentStateWidget::onActivated(int index)
{
    const QVariant state = m_chooser->itemData(index, StateRole);
    const QString reason = m_chooser->itemData(index, ReasonRole).toString();
    m_chooser->setCurrentIndex(0);
    if (state.isValid()) // not the "Change state…" prompt
        Q_EMIT stateRequested(static_cast<AgentStatus>(state.toInt()), reason);
}

void AgentStateWidget::setCurrentState(AgentStatus state, const QString& reason)
{
    QString text;
    switch (state) {
    case AgentStatus::Ready:
        text = tr("Ready");
        break;
    case AgentStatus::NotReady:
        text = reason.isEmpty() ? tr("Not ready") : tr("Not ready – %1").arg(reason);
        break;
    case AgentStatus::Busy:
        text = tr("Busy");
        break;
    case AgentStatus::WrapUp:
        text = tr("Wrap-up");
        break;
    case AgentStatus::Offline:
        text = tr("Offline");
        break;
    }
    m_label->setText(text);
}

QString AgentStateWidget::currentText() const
{
    return m_label->text();
}

} // namespace kc
