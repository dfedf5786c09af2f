// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/shortcuthelp.h"
#include "ui/keynames.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kc {

namespace {

// "&Quit" → "Quit", "Save && close" → "Save & close"; a "\t…" suffix (old-style shortcut text) goes.
QString withoutMnemonic(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\t')
            break;
        if (c == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                out += u'&';
                ++i;
            }
            continue;
        }
        out += c;
    }
    return out.trimmed();
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList parts;
    for (const QKeySequence& key : keys)
        if (!key.isEmpty())
            parts << keyText(key);
    return parts.join(QStringLiteral(", "));
}

// The group property on the object or its nearest parent that has one, up to (not including) `stop`.
QString groupFromProperty(const QObject* object, const QObject* stop)
{
    for (const QObject* o = object; o && o != stop; o = o->parent()) {
        const QVariant group = o->property(ShortcutHelp::GroupProperty);
        if (group.isValid() && !group.toString().isEmpty())
            return group.toString();
    }
    return {};
}

// The step on the object or its nearest parent that has one, up to (not including) `stop`.
std::optional<ShortcutHelp::Step> stepFromProperty(const QObject* object, const QObject* stop)
{
    for (const QObject* o = object; o && o != stop; o = o->parent()) {
        const QVariant step = o->property(ShortcutHelp::StepProperty);
        bool ok = false;
        const int value = step.toInt(&ok);
        if (step.isValid() && ok && value >= int(ShortcutHelp::Step::TakeContact) &&
            value <= int(ShortcutHelp::Step::AgentState))
            return ShortcutHelp::Step(value);
    }
    return std::nullopt;
}

bool reportFromProperty(const QObject* object, const QObject* stop)
{
    for (const QObject* o = object; o && o != stop; o = o->parent())
        if (o->property(ShortcutHelp::ReportProperty).toBool())
            return true;
    return false;
}

// Rows are sorted by rank: the steps first in their order, then rows without a step, then the
// static rows without one.
constexpr int NoStepRank = 100;
constexpr int StaticRank = 200;

} // namespace

ShortcutHelp::ShortcutHelp(QWidget* window)
    : QWidget(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("shortcutHelp"));
    setAccessibleName(tr("Keyboard shortcuts"));
    hide();

    m_panel = new QWidget(this);
    m_panel->setAutoFillBackground(true);
    auto* panelLayout = new QVBoxLayout(m_panel);
    auto* title = new QLabel(tr("Keyboard shortcuts"), m_panel);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    title->setFont(big);
    panelLayout->addWidget(title);
    auto* hint = new QLabel(
        tr("%1 or %2 closes this list.").arg(keyText(QKeySequence(Qt::Key_F1)), keyText(QKeySequence(Qt::Key_Escape))),
        m_panel);
    panelLayout->addWidget(hint);
    m_view = new QTreeWidget(m_panel);
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Keys"), tr("Action")});
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    panelLayout->addWidget(m_view);
    title->setBuddy(m_view);

    m_toggle = new QAction(tr("Keyboard shortcuts"), this);
    m_toggle->setObjectName(QStringLiteral("shortcutHelpAction"));
    m_toggle->setShortcut(QKeySequence(Qt::Key_F1));
    m_toggle->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(m_toggle);
    connect(m_toggle, &QAction::triggered, this, &ShortcutHelp::toggle);

    m_window->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, &ShortcutHelp::onFocusChanged);
}

ShortcutHelp::~ShortcutHelp()
{
    // ~QWidget moves the focus, and the slot must not run on a half-destroyed overlay.
    disconnect(qApp, &QApplication::focusChanged, this, &ShortcutHelp::onFocusChanged);
}

void ShortcutHelp::addStaticRow(const QString& keys, const QString& description, std::optional<Step> step, Scope scope)
{
    m_static.append({{step ? stepTitle(*step) : tr("In lists and forms"), keys, description}, step, scope});
}

void ShortcutHelp::setReportOpen(std::optional<bool> open)
{
    m_reportOpen = open;
}

bool ShortcutHelp::isReportOpen() const
{
    if (m_reportOpen)
        return *m_reportOpen;
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](const QWidget* w) { return w->property(ReportProperty).toBool() && w->isVisible(); });
}

QString ShortcutHelp::stepTitle(Step step)
{
    switch (step) {
    case Step::TakeContact:
        return tr("1. Take a contact");
    case Step::FillReport:
        return tr("2. Fill in the report");
    case Step::Register:
        return tr("3. Register the report");
    case Step::Complete:
        return tr("4. Complete the contact");
    case Step::AgentState:
        return tr("5. Your state");
    }
    return {};
}

void ShortcutHelp::toggle()
{
    if (isVisible())
        dismiss(true);
    else
        open();
}

void ShortcutHelp::open()
{
    collect();
    QWidget* focus = QApplication::focusWidget();
    m_previousFocus = focus && m_window->isAncestorOf(focus) && !isAncestorOf(focus) ? focus : nullptr;
    place();
    show();
    raise();
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
}

void ShortcutHelp::dismiss(bool restoreFocus)
{
    if (!isVisible())
        return;
    hide();
    if (restoreFocus && m_previousFocus && m_previousFocus->isVisible() && m_previousFocus->isEnabled())
        m_previousFocus->setFocus(Qt::OtherFocusReason);
    m_previousFocus = nullptr;
}

void ShortcutHelp::collect()
{
    const QString general = tr("General");
    const bool reportOpen = isReportOpen();
    QList<QAction*> actions = m_window->actions();
    actions += m_window->findChildren<QAction*>();
    for (QWidget* widget : m_window->findChildren<QWidget*>())
        actions += widget->actions();

    struct Row
    {
        Entry entry;
        int rank = NoStepRank;
    };
    QList<Row> found;
    // The step and report mark of an object: its own or a parent's, else those of a widget it was
    // added to (an action created elsewhere and added to the form belongs to the form).
    auto classify = [this](const QObject* object, const QList<QObject*>& holders) {
        std::optional<Step> step = stepFromProperty(object, m_window);
        bool report = reportFromProperty(object, m_window);
        for (const QObject* holder : holders) {
            if (!step)
                step = stepFromProperty(holder, m_window);
            report = report || reportFromProperty(holder, m_window);
        }
        return std::pair{step, report};
    };
    QSet<const QAction*> seen;
    for (QAction* action : std::as_const(actions)) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (action->isSeparator() || !action->isVisible() || action->shortcuts().isEmpty())
            continue;
        const auto [step, report] = classify(action, action->associatedObjects());
        if (report && !reportOpen)
            continue;
        QString group = step ? stepTitle(*step) : groupFromProperty(action, m_window);
        if (group.isEmpty())
            for (QObject* holder : action->associatedObjects())
                if (const auto* menu = qobject_cast<QMenu*>(holder); menu && !menu->title().isEmpty()) {
                    group = withoutMnemonic(menu->title());
                    break;
                }
        if (group.isEmpty())
            group = general;
        QString text = withoutMnemonic(action->text());
        if (text.isEmpty())
            text = action->toolTip();
        found.append({{group, keysText(action->shortcuts()), text}, step ? int(*step) : NoStepRank});
    }
    for (const QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
        if (!shortcut->isEnabled() || shortcut->whatsThis().isEmpty() || shortcut->keys().isEmpty())
            continue;
        const auto [step, report] = classify(shortcut, {});
        if (report && !reportOpen)
            continue;
        QString group = step ? stepTitle(*step) : groupFromProperty(shortcut, m_window);
        found.append({{group.isEmpty() ? general : group, keysText(shortcut->keys()), shortcut->whatsThis()},
                      step ? int(*step) : NoStepRank});
    }
    for (const StaticRow& row : std::as_const(m_static))
        if (row.scope == Scope::Always || reportOpen)
            found.append({row.entry, row.step ? int(*row.step) : StaticRank});
    std::stable_sort(found.begin(), found.end(), [](const Row& a, const Row& b) { return a.rank < b.rank; });
    QList<Entry> rows;
    rows.reserve(found.size());
    for (const Row& row : std::as_const(found))
        rows.append(row.entry);

    // Groups in order of first appearance, rows in the order found within each.
    QStringList groups;
    for (const Entry& row : std::as_const(rows))
        if (!groups.contains(row.group))
            groups << row.group;
    m_entries.clear();
    m_view->clear();
    for (const QString& group : std::as_const(groups)) {
        auto* heading = new QTreeWidgetItem(m_view, {group});
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        for (const Entry& row : std::as_const(rows))
            if (row.group == group) {
                m_entries.append(row);
                auto* item = new QTreeWidgetItem(heading, {row.keys, row.description});
                item->setData(0, Qt::AccessibleTextRole, QString(row.keys + QStringLiteral(": ") + row.description));
            }
    }
    m_view->expandAll();
    layoutPanel();
}

void ShortcutHelp::layoutPanel()
{
    // As tall as the list needs, up to the area less a margin; centred, so the dimmed window around
    // it says "this is on top".
    constexpr int margin = 24;
    int rows = m_view->topLevelItemCount();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        rows += m_view->topLevelItem(i)->childCount();
    const int rowHeight = qMax(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 4);
    const int listHeight = m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth() + 8;
    const int chrome = m_panel->sizeHint().height() - m_view->sizeHint().height();
    const int w = qMax(0, qMin(760, width() - 2 * margin));
    const int h = qMax(0, qMin(chrome + listHeight, height() - 2 * margin));
    m_panel->setGeometry((width() - w) / 2, (height() - h) / 2, w, h);
}

void ShortcutHelp::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutPanel();
}

void ShortcutHelp::place()
{
    QRect area = m_window->rect();
    QWidget* central = nullptr;
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        central = main->centralWidget();
    if (central) {
        area = central->geometry(); // a direct child of the main window: same coordinates
        if (m_watchedCentral != central) {
            if (m_watchedCentral)
                m_watchedCentral->removeEventFilter(this);
            central->installEventFilter(this);
            m_watchedCentral = central;
        }
    }
    setGeometry(area);
}

bool ShortcutHelp::eventFilter(QObject* watched, QEvent* event)
{
    if (isVisible() && (watched == m_window || watched == m_watchedCentral)) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::LayoutRequest:
            place();
            break;
        case QEvent::ChildAdded:
            raise(); // a widget added later must not cover the overlay
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ShortcutHelp::event(QEvent* event)
{
    // Esc is handled as a key, not as a shortcut: it then belongs to the overlay only while the
    // focus is in it, and a window-wide Esc shortcut cannot make it ambiguous.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void ShortcutHelp::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        dismiss(true);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutHelp::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 150));
}

void ShortcutHelp::mousePressEvent(QMouseEvent* event)
{
    if (!m_panel->geometry().contains(event->position().toPoint()))
        dismiss(true);
    event->accept();
}

void ShortcutHelp::onFocusChanged(QWidget*, QWidget* now)
{
    // Another shortcut moved the focus (Ctrl+1, Ctrl+F …): the agent is working again, and the
    // field they went to must not stay hidden under the overlay.
    if (isVisible() && now && now != this && !isAncestorOf(now))
        dismiss(false);
}

} // namespace kc
