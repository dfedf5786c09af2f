// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/agentstatewidget.h"

#include "models/supervisormodels.h"
#include "ui/announce.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace kc {

namespace {
constexpr int StateRole = Qt::UserRole + 1;
constexpr int ReasonRole = Qt::UserRole + 2;

QString elapsedText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// Light tints with dark text (contrast above 7:1); the words carry the meaning.
QString chipStyle(AgentStatus state)
{
    const char* background = "#e4e4e4"; // offline
    switch (state) {
    case AgentStatus::Ready:
        background = "#cdebd3";
        break;
    case AgentStatus::NotReady:
        background = "#fbe3b8";
        break;
    case AgentStatus::Busy:
        background = "#f6cfcf";
        break;
    case AgentStatus::WrapUp:
        background = "#cfe0f6";
        break;
    case AgentStatus::Offline:
        break;
    }
    return QStringLiteral("QLabel#agentState { background: %1; color: #1a1a1a; padding: 1px 6px;"
                          " border: 1px solid #8a8a8a; border-radius: 3px; }")
        .arg(QLatin1String(background));
}
} // namespace

QStringList AgentStateWidget::defaultReasons()
{
    return {tr("Break"), tr("Lunch"), tr("Meeting"), tr("Training"), tr("Administration")};
}

QString AgentStateWidget::stateText(AgentStatus state, const QString& reason)
{
    // The same words as the supervisor's agents table: one place says what a state is called.
    return AgentTreeModel::stateText(state, reason.isEmpty() ? std::nullopt : std::optional(reason));
}

AgentStateWidget::AgentStateWidget(const QStringList& notReadyReasons, Clock now, QWidget* parent)
    : QWidget(parent)
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("agentState"));
    m_label->setAccessibleName(tr("Your state"));
    m_chooser = new QComboBox(this);
    m_chooser->setAccessibleName(tr("Change your state"));
    m_chooseAction = new QAction(tr("Change your state"), this);
    m_chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_chooser->setToolTip(
        tr("Change your state (%1)").arg(m_chooseAction->shortcut().toString(QKeySequence::NativeText)));
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
    addAction(m_chooseAction);
    m_chooseAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_chooseAction, &QAction::triggered, this, [this] {
        m_chooser->setFocus();
        m_chooser->showPopup();
    });
    m_readyAction = new QAction(tr("Ready for the next contact"), this);
    m_readyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_readyAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_readyAction);
    connect(m_readyAction, &QAction::triggered, this, [this] {
        if (readyOffered())
            Q_EMIT stateRequested(AgentStatus::Ready, QString());
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &AgentStateWidget::refreshTime);
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

bool AgentStateWidget::readyOffered() const
{
    return m_state == AgentStatus::NotReady || m_state == AgentStatus::WrapUp || m_state == AgentStatus::Offline;
}

void AgentStateWidget::setCurrentState(AgentStatus state, const QString& reason, const QDateTime& since)
{
    const bool changed = state != m_state || reason != m_reason;
    m_state = state;
    m_reason = reason;
    m_since = since;
    m_label->setStyleSheet(chipStyle(state));
    m_readyAction->setEnabled(readyOffered());
    if (m_since.isValid())
        m_tick.start();
    else
        m_tick.stop();
    refreshTime();
    if (changed)
        announce(m_label, tr("Your state: %1").arg(stateText(m_state, m_reason)));
}

void AgentStateWidget::refreshTime()
{
    QString text = stateText(m_state, m_reason);
    if (m_since.isValid())
        text += QStringLiteral(" · ") + elapsedText(m_since.secsTo(m_now()));
    m_label->setText(text);
    m_label->setToolTip(m_since.isValid() ? tr("Since %1").arg(m_since.toLocalTime().toString(QStringLiteral("HH:mm")))
                                          : QString());
}

QString AgentStateWidget::currentText() const
{
    return stateText(m_state, m_reason);
}

QString AgentStateWidget::shownText() const
{
    return m_label->text();
}

} // namespace kc
