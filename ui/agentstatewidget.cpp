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
    auto add = [this](const QString& text, const char* state, const QString& reason = {}) {
        m_chooser->addItem(text);
        const int row = m_chooser->count() - 1;
        m_chooser->setItemData(row, QString::fromLatin1(state), StateRole);
        m_chooser->setItemData(row, reason, ReasonRole);
    };
    add(tr("Ready"), "ready");
    for (const QString& reason : notReadyReasons)
        add(tr("Not ready – %1").arg(reason), "not_ready", reason);
    add(tr("Wrap-up"), "wrap_up");
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
    setCurrentState(QStringLiteral("offline"));
}

void AgentStateWidget::onActivated(int index)
{
    const QString state = m_chooser->itemData(index, StateRole).toString();
    const QString reason = m_chooser->itemData(index, ReasonRole).toString();
    m_chooser->setCurrentIndex(0);
    if (!state.isEmpty())
        Q_EMIT stateRequested(state, reason);
}

void AgentStateWidget::setCurrentState(const QString& state, const QString& reason)
{
    QString text;
    if (state == QLatin1String("ready"))
        text = tr("Ready");
    else if (state == QLatin1String("not_ready"))
        text = reason.isEmpty() ? tr("Not ready") : tr("Not ready – %1").arg(reason);
    else if (state == QLatin1String("busy"))
        text = tr("Busy");
    else if (state == QLatin1String("wrap_up"))
        text = tr("Wrap-up");
    else
        text = tr("Offline");
    m_label->setText(text);
}

QString AgentStateWidget::currentText() const
{
    return m_label->text();
}

} // namespace kc
