// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/supervisorview.h"

#include "ui/intervalchart.h"

#include "ui/announce.h"
#include "ui/keynames.h"

#include <KDescendantsProxyModel>
#include <KSelectionProxyModel>

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QPointer>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QTreeView>
#include <QVBoxLayout>

namespace kc {

namespace {

// open(), not exec(): no nested event loop on the GUI thread while events keep arriving. The
// dialog deletes itself; `answer` runs once, with nullopt on Cancel.
void openThresholdsDialog(QWidget* parent, const QString& queueName, const Thresholds& current,
                          const std::function<void(std::optional<Thresholds>)>& answer)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(SupervisorView::tr("Alert thresholds – %1").arg(queueName));
    auto* form = new QFormLayout(dialog);
    // 0 means "no alert of this kind".
    auto spin = [&](const QString& label, int max, const std::optional<int>& value, const QString& suffix) {
        auto* box = new QSpinBox(dialog);
        box->setRange(0, max);
        box->setSpecialValueText(SupervisorView::tr("none"));
        box->setSuffix(suffix);
        box->setValue(value.value_or(0));
        form->addRow(label, box);
        return box;
    };
    QSpinBox* wait = spin(SupervisorView::tr("&Longest wait above"), 24 * 3600, current.longestWaitSeconds,
                          SupervisorView::tr(" s"));
    QSpinBox* level =
        spin(SupervisorView::tr("&Service level below"), 100, current.serviceLevelPercent, QStringLiteral(" %"));
    QSpinBox* waiting = spin(SupervisorView::tr("&Waiting more than"), 100000, current.waiting, QString());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(dialog, &QDialog::finished, dialog, [=](int result) {
        if (result != QDialog::Accepted) {
            answer(std::nullopt);
            return;
        }
        auto value = [](QSpinBox* b) { return b->value() == 0 ? std::nullopt : std::optional<int>(b->value()); };
        answer(Thresholds{value(wait), value(level), value(waiting)});
    });
    dialog->open();
}

} // namespace

SupervisorView::SupervisorView(QueueStatsModel& queues, AgentTreeModel& agents, WaitingTreeModel& waiting,
                               ServingAgentsModel& serving, ScheduledCallbacksModel& callbacks, Clock now,
                               QWidget* parent)
    : QWidget(parent)
    , m_queues(queues)
    , m_agents(agents)
    , m_waiting(waiting)
    , m_serving(serving)
    , m_queueTimes(new SinceColumnProxy(tr("Longest wait"), now, this))
    , m_flatAgents(new KDescendantsProxyModel(this))
    , m_agentTimes(new SinceColumnProxy(tr("Time in state"), now, this))
    , m_queueSelection(new QItemSelectionModel(&waiting, this))
    , m_selected(new KSelectionProxyModel(m_queueSelection, this))
    , m_waitingTimes(new SinceColumnProxy(tr("Waiting time"), now, this))
    , m_servingSelection(new QItemSelectionModel(&serving, this))
    , m_servingSelected(new KSelectionProxyModel(m_servingSelection, this))
    , m_servingTimes(new SinceColumnProxy(tr("Time in state"), now, this))
    , m_banner(new QLabel(this))
    , m_title(new QLabel(tr("Queues"), this))
    , m_queuesView(new QTableView(this))
    , m_agentsView(new QTableView(this))
    , m_waitingView(new QTreeView(this))
    , m_servingView(new QTreeView(this))
    , m_callbacksView(new QTableView(this))
    , m_log(new QListWidget(this))
    , m_chart(new IntervalChart(this))
{
    chooseQueue = [this](const QStringList& ids, const QStringList& names,
                         const std::function<void(std::optional<QString>)>& answer) {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Move to queue"));
        dialog->setLabelText(tr("&Queue:"));
        dialog->setComboBoxItems(names);
        dialog->setComboBoxEditable(false);
        connect(dialog, &QDialog::finished, dialog, [dialog, ids, names, answer](int result) {
            const QString name = dialog->textValue();
            answer(result == QDialog::Accepted && names.contains(name)
                       ? std::optional<QString>(ids.value(names.indexOf(name)))
                       : std::nullopt);
        });
        dialog->open(); // not exec(): see openThresholdsDialog
    };
    editThresholds = [this](const QString& name, const Thresholds& current,
                            const std::function<void(std::optional<Thresholds>)>& answer) {
        openThresholdsDialog(this, name, current, answer);
    };

    m_queueTimes->setSourceModel(&m_queues);
    m_flatAgents->setSourceModel(&m_agents);
    m_agentTimes->setSourceModel(m_flatAgents);
    m_selected->setFilterBehavior(KSelectionProxyModel::ChildrenOfExactSelection);
    m_selected->setSourceModel(&m_waiting);
    m_waitingTimes->setSourceModel(m_selected);
    // The selected queues as roots, each with the agents serving it below (an agent on two selected
    // queues is under both: it serves both).
    m_servingSelected->setFilterBehavior(KSelectionProxyModel::SubTrees);
    m_servingSelected->setSourceModel(&serving);
    m_servingTimes->setSourceModel(m_servingSelected);
    // An agent unusually long in one state (StateLimits): the time says so in words.
    m_agentTimes->setAlarmText(tr("unusually long"));
    m_servingTimes->setAlarmText(tr("unusually long"));

    m_banner->setObjectName(QStringLiteral("alertBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    // Dark text on a light red, with a symbol and words: readable without colour as well.
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#alertBanner { background: #fde2e1; color: #000; border: 2px solid #b00000; padding: 6px; "
        "font-weight: bold; }"));
    m_banner->hide();

    m_queuesView->setModel(m_queueTimes);
    m_queuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queuesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queuesView->verticalHeader()->hide();
    m_queuesView->setAccessibleName(tr("Queues"));
    // The ticking "Longest wait" is the proxy's last column; shown second, as people read it.
    m_queuesView->horizontalHeader()->moveSection(m_queueTimes->timeColumn(), QueueStatsModel::Waiting + 1);
    m_queuesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queuesView->horizontalHeader()->setStretchLastSection(true);

    m_agentsView->setModel(m_agentTimes);
    m_agentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentsView->verticalHeader()->hide();
    m_agentsView->setAccessibleName(tr("Agents"));
    m_agentsView->horizontalHeader()->moveSection(m_agentTimes->timeColumn(), AgentTreeModel::State + 1);
    m_agentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in sight only: by default a header measures up to 1,000 rows' text on
    // every change, which at 500 agents was most of a burst's cost (bench_wallboard).
    m_agentsView->horizontalHeader()->setResizeContentsPrecision(0);
    m_agentsView->horizontalHeader()->setStretchLastSection(true);

    m_waitingView->setModel(m_waitingTimes);
    m_waitingView->setRootIsDecorated(false);
    m_waitingView->setAccessibleName(tr("Waiting contacts of the selected queues"));
    m_waitingView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waitingView->header()->setResizeContentsPrecision(0);

    m_servingView->setObjectName(QStringLiteral("serving"));
    m_callbacksView->setObjectName(QStringLiteral("callbacks"));
    m_servingView->setModel(m_servingTimes);
    m_servingView->setAccessibleName(tr("Agents serving the selected queues"));
    m_servingView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_servingView->header()->setResizeContentsPrecision(0);
    m_servingView->header()->moveSection(m_servingTimes->timeColumn(), AgentTreeModel::State + 1);
    m_servingView->setColumnHidden(AgentTreeModel::HandledToday, true);

    m_callbacksView->setModel(&callbacks);
    m_callbacksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_callbacksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_callbacksView->verticalHeader()->hide();
    m_callbacksView->setAccessibleName(tr("Booked callbacks of the team"));
    m_callbacksView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_callbacksView->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    // The queues and, beside them, today in charts for the selected queue.
    m_upper_part = new QSplitter(Qt::Horizontal, this);
    auto* upper = static_cast<QSplitter*>(m_upper_part);
    upper->addWidget(m_queuesView);
    {
        auto* box = new QWidget(upper);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("Today in c&harts"), box);
        label->setFont(titleFont);
        label->setBuddy(m_chart);
        l->addWidget(label);
        l->addWidget(m_chart);
        upper->addWidget(box);
    }
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);
    upper->setSizes({3000, 2000}); // the queues' columns first; the chart takes the rest
    layout->addWidget(m_upper_part, 2);
    m_lower_part = new QSplitter(Qt::Horizontal, this);
    auto* splitter = static_cast<QSplitter*>(m_lower_part);
    // A column of titled parts, one above the other; each title's mnemonic moves the focus there.
    auto column = [&](const QList<std::pair<QString, QWidget*>>& parts) {
        auto* stack = new QSplitter(Qt::Vertical, splitter);
        for (const auto& [title, body] : parts) {
            auto* box = new QWidget(stack);
            auto* l = new QVBoxLayout(box);
            l->setContentsMargins(0, 0, 0, 0);
            auto* label = new QLabel(title, box);
            label->setFont(titleFont);
            label->setBuddy(body);
            if (!body->objectName().isEmpty())
                label->setObjectName(body->objectName() + QStringLiteral("Label"));
            l->addWidget(label);
            l->addWidget(body);
            stack->addWidget(box);
        }
        splitter->addWidget(stack);
    };
    column({{tr("&Waiting contacts"), m_waitingView}, {tr("Agents on the selected &queues"), m_servingView}});
    column({{tr("A&gents"), m_agentsView}, {tr("&Booked callbacks"), m_callbacksView}});
    column({{tr("Alert &log"), m_log}});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    layout->addWidget(m_lower_part, 3);

    auto action = [this](const QString& text, const QKeySequence& keys) {
        auto* a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    m_raise = action(tr("Raise priority"), QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_lower = action(tr("Lower priority"), QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_move = action(tr("Move to another queue…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_release = action(tr("Release the agent's contact to the queue"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_thresholds = action(tr("Alert thresholds of the queue…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_wallboard = action(tr("Wallboard"), QKeySequence(Qt::Key_F11));
    m_wallboard->setCheckable(true);
    m_waitingView->addActions({m_raise, m_lower, m_move});
    m_waitingView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_agentsView->addAction(m_release);
    m_servingView->addAction(m_release);
    m_servingView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_agentsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_queuesView->addAction(m_thresholds);
    m_queuesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_raise, &QAction::triggered, this, [this] { changePriority(-1); });
    connect(m_lower, &QAction::triggered, this, [this] { changePriority(+1); });
    connect(m_move, &QAction::triggered, this, &SupervisorView::moveContact);
    connect(m_release, &QAction::triggered, this, &SupervisorView::releaseContact);
    connect(m_thresholds, &QAction::triggered, this, &SupervisorView::editQueueThresholds);
    connect(m_wallboard, &QAction::toggled, this, &SupervisorView::setWallboard);

    connect(m_queuesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisorView::syncSelection);
    // A queue row appearing or the tree being rebuilt: the selection over it is made again.
    connect(&m_waiting, &QAbstractItemModel::modelReset, this, &SupervisorView::syncSelection);
    connect(&m_waiting, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& where) {
        if (!where.isValid())
            syncSelection();
    });
    connect(&m_serving, &QAbstractItemModel::modelReset, this, &SupervisorView::syncSelection);
    connect(&m_queues, &QAbstractItemModel::modelReset, this, &SupervisorView::syncSelection);
    connect(m_waitingView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SupervisorView::updateActions);
    connect(m_agentsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SupervisorView::updateActions);
    connect(m_servingView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SupervisorView::updateActions);
    updateActions();
}

QAbstractItemModel* SupervisorView::queuesProxy() const
{
    return m_queueTimes;
}

QAbstractItemModel* SupervisorView::agentsProxy() const
{
    return m_agentTimes;
}

QAbstractItemModel* SupervisorView::waitingProxy() const
{
    return m_waitingTimes;
}

QAbstractItemModel* SupervisorView::servingProxy() const
{
    return m_servingTimes;
}

QStringList SupervisorView::selectedQueues() const
{
    QStringList ids;
    for (const QModelIndex& i : m_queuesView->selectionModel()->selectedRows())
        ids << i.data(SupervisorRoles::IdRole).toString();
    return ids;
}

void SupervisorView::selectQueues(const QStringList& queues)
{
    QItemSelection selection;
    for (int r = 0; r < m_queueTimes->rowCount(); ++r)
        if (queues.contains(m_queueTimes->index(r, 0).data(SupervisorRoles::IdRole).toString()))
            selection.select(m_queueTimes->index(r, 0), m_queueTimes->index(r, m_queueTimes->columnCount() - 1));
    m_queuesView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void SupervisorView::syncSelection()
{
    QItemSelection selection, serving;
    for (const QString& id : selectedQueues()) {
        if (const QModelIndex q = m_waiting.queueIndex(id); q.isValid())
            selection.select(q, q);
        if (const QModelIndex q = m_serving.queueIndex(id); q.isValid())
            serving.select(q, q);
    }
    m_queueSelection->select(selection, QItemSelectionModel::ClearAndSelect);
    m_servingSelection->select(serving, QItemSelectionModel::ClearAndSelect);
    m_servingView->expandAll(); // (the waiting contacts are flat: nothing to expand there)
    updateActions();
    if (const QStringList now = selectedQueues(); now != m_lastSelected) {
        m_lastSelected = now;
        Q_EMIT selectedQueuesChanged();
    }
}

QModelIndex SupervisorView::currentContact() const
{
    const QModelIndex current = m_waitingView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

void SupervisorView::updateActions()
{
    const QModelIndex c = currentContact();
    const int priority = c.data(SupervisorRoles::PriorityRole).toInt();
    m_raise->setEnabled(c.isValid() && priority > 1);
    m_lower->setEnabled(c.isValid() && priority < 5);
    m_move->setEnabled(c.isValid());
    const QModelIndex agent = currentAgent();
    m_release->setEnabled(agent.isValid() &&
                          !agent.siblingAtColumn(0).data(SupervisorRoles::CurrentContactRole).toString().isEmpty());
}

void SupervisorView::changePriority(int delta)
{
    const QModelIndex c = currentContact();
    if (!c.isValid())
        return;
    const int priority = std::clamp(c.data(SupervisorRoles::PriorityRole).toInt() + delta, 1, 5);
    if (priority == c.data(SupervisorRoles::PriorityRole).toInt())
        return;
    Q_EMIT priorityChangeRequested(c.data(SupervisorRoles::IdRole).toString(), priority,
                                   c.data(SupervisorRoles::VersionRole).toLongLong());
}

void SupervisorView::moveContact()
{
    const QModelIndex c = currentContact();
    if (!c.isValid() || !chooseQueue)
        return;
    QStringList ids, names;
    for (int r = 0; r < m_queues.rowCount(); ++r) {
        const QString id = m_queues.queueAt(r);
        if (id == c.data(SupervisorRoles::QueueRole).toString())
            continue;
        ids << id;
        names << m_queues.queueName(id);
    }
    // The contact as it was when asked (its version guards against a change meanwhile).
    chooseQueue(ids, names,
                [this, guard = QPointer<SupervisorView>(this), id = c.data(SupervisorRoles::IdRole).toString(),
                 version = c.data(SupervisorRoles::VersionRole).toLongLong()](std::optional<QString> target) {
                    if (guard && target)
                        Q_EMIT moveRequested(id, *target, version);
                });
}

QModelIndex SupervisorView::currentAgent() const
{
    // The list of the selected queues' agents when the keyboard is there, the team's otherwise.
    return m_servingView->hasFocus() ? m_servingView->currentIndex() : m_agentsView->currentIndex();
}

void SupervisorView::releaseContact()
{
    const QModelIndex agent = currentAgent();
    const QString contact = agent.siblingAtColumn(0).data(SupervisorRoles::CurrentContactRole).toString();
    if (!contact.isEmpty())
        Q_EMIT releaseRequested(contact);
}

void SupervisorView::editQueueThresholds()
{
    QModelIndex current = m_queuesView->currentIndex();
    if (!current.isValid() && m_queueTimes->rowCount() > 0)
        current = m_queueTimes->index(0, 0);
    const QString queue = current.siblingAtColumn(0).data(SupervisorRoles::IdRole).toString();
    if (queue.isEmpty() || !editThresholds)
        return;
    editThresholds(m_queues.queueName(queue), m_queues.thresholds(queue),
                   [this, guard = QPointer<SupervisorView>(this), queue](std::optional<Thresholds> t) {
                       if (guard && t)
                           Q_EMIT thresholdsChangeRequested(queue, *t);
                   });
}

void SupervisorView::setAlerts(const QStringList& texts, bool announceIt)
{
    const QString text =
        texts.isEmpty() ? QString() : QStringLiteral("⚠ ") + tr("Alert: %1").arg(texts.join(QStringLiteral("; ")));
    if (text == m_banner->text() && m_banner->isVisible() == !texts.isEmpty())
        return;
    m_banner->setText(text);
    m_banner->setVisible(!texts.isEmpty());
    if (announceIt)
        announce(m_banner, texts.isEmpty() ? tr("No alerts.") : text, Politeness::Assertive);
}

void SupervisorView::addLogEntry(const QString& text)
{
    m_log->insertItem(0, text);
}

void SupervisorView::setWallboard(bool on)
{
    if (m_isWallboard == on)
        return;
    m_isWallboard = on;
    m_wallboard->setChecked(on);
    m_lower_part->setVisible(!on);
    m_chart->parentWidget()->setVisible(!on); // the wallboard: only the queues and the banner
    // Readable across a room: three times the type, and more room per row.
    QFont f = font();
    if (on)
        f.setPointSizeF(f.pointSizeF() * 2.6);
    m_queuesView->setFont(f);
    QFont headerFont = font();
    if (on)
        headerFont.setPointSizeF(headerFont.pointSizeF() * 1.7); // on two lines; the numbers matter most
    m_queuesView->horizontalHeader()->setFont(headerFont);
    // Long headers on two lines: every column fits 1366 px without clipping its name.
    m_queues.setWrappedHeaders(on);
    m_queueTimes->setWrappedHeader(on);
    m_banner->setFont(f);
    m_title->setFont(f);
    // Every column across the whole width, so nothing needs scrolling on a wall.
    m_queuesView->horizontalHeader()->setSectionResizeMode(on ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_queuesView->horizontalHeader()->setStretchLastSection(true);
    m_queuesView->resizeRowsToContents();
    layout()->activate();
    Q_EMIT wallboardToggled(on);
}

} // namespace kc
