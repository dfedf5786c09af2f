// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/workstation.h"

#include "app/areadesk.h"
#include "app/handoverdesk.h"
#include "app/supervisordesk.h"

#include "app/casehistorydesk.h"
#include "app/contactdesk.h"
#include "app/knowledgedesk.h"
#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"
#include "models/contactqueuemodel.h"
#include "models/localstore.h"
#include "models/queuepipeline.h"
#include "sync/knowledgesync.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/agentstatewidget.h"
#include "ui/areaview.h"
#include "ui/casehistorypanel.h"
#include "ui/connectionbanner.h"
#include "ui/contactpane.h"
#include "ui/knowledgepanel.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/queuepanel.h"
#include "ui/reportform.h"
#include "ui/shortcuthelp.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace kc {

Workstation::Workstation(MainWindow& window, Notifier* notifier, sync::SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_notifier(notifier)
    , m_secrets(secrets)
{}

int Workstation::retentionDays()
{
    const int days = QSettings().value(QStringLiteral("privacy/retentionDays"), 14).toInt();
    return days > 0 ? days : 14;
}

void Workstation::purgeExpired()
{
    if (const auto removed = m_store->purgeExpired(retentionDays()); !removed)
        qWarning("%s", qPrintable(removed.error().message));
}

void Workstation::signOut()
{
    if (!m_engine) {
        Q_EMIT signedOut();
        return;
    }
    m_signedIn = false;
    m_engine->logout();
}

Workstation::~Workstation()
{
    if (m_pipeline) {
        QSettings settings;
        m_pipeline->saveColumns(settings, QStringLiteral("queue/columns"));
    }
    m_area.reset();
    m_desk.reset(); // writes pending drafts while the store file is still ours
}

Result<bool> Workstation::start(const QString& dataDir, const QString& serverUrl, const QString& username,
                                const QString& password)
{
    m_storePath = LocalStore::pathFor(dataDir, serverUrl, username);
    m_username = username;
    auto store = LocalStore::open(m_storePath);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    // Earlier versions kept the session token in the store; it does not belong on disk.
    if (!m_store->value(QStringLiteral("token")).isEmpty())
        m_store->setValue(QStringLiteral("token"), QString());
    purgeExpired();
    auto* hourly = new QTimer(this);
    hourly->setInterval(std::chrono::hours(1));
    connect(hourly, &QTimer::timeout, this, &Workstation::purgeExpired);
    hourly->start();
    m_client = std::make_unique<sync::RestClient>(&m_nam);
    if (auto ok = m_client->setServer(serverUrl); !ok)
        return ok.error();
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_client, m_secrets);
    connect(m_engine.get(), &sync::SyncEngine::loggedOut, this, &Workstation::signedOut);
    connect(m_engine.get(), &sync::SyncEngine::loginFinished, this,
            [this](bool ok, int status, const QString& message) {
                if (!ok) {
                    Q_EMIT signInFailed(status, message);
                    return;
                }
                onSignedIn();
            });
    connect(m_engine.get(), &sync::SyncEngine::signInRequired, this, &Workstation::sessionExpired);
    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this, [this](const sync::ConnectionState& s) {
        if (m_signedIn)
            m_window.setConnectionText(s.text());
        showConnection();
    });
    connect(m_engine.get(), &sync::SyncEngine::outboxChanged, this, &Workstation::showConnection);
    m_engine->login(username, password);
    return true;
}

void Workstation::signIn(const QString& password)
{
    if (m_engine)
        m_engine->login(m_username, password);
}

void Workstation::buildWidgets()
{
    const ReferenceData& ref = ReferenceData::builtin();
    m_pipeline = new QueuePipeline({}, this);
    {
        QSettings settings;
        m_pipeline->restoreColumns(settings, QStringLiteral("queue/columns"));
    }
    m_panel = new QueuePanel(*m_pipeline);
    m_window.setQueuePanel(m_panel);
    connect(m_panel, &QueuePanel::columnsChanged, this, [this] {
        QSettings settings;
        m_pipeline->saveColumns(settings, QStringLiteral("queue/columns"));
    });
    m_history = new CaseHistoryPanel(ref);
    m_window.setCaseHistoryPanel(m_history);
    auto* findCases = new QAction(tr("Search the case history"), m_history);
    findCases->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    findCases->setShortcutContext(Qt::WindowShortcut);
    m_window.addAction(findCases);
    connect(findCases, &QAction::triggered, m_history, [this] {
        m_window.sideTabs()->setCurrentWidget(m_history);
        m_history->searchField()->setFocus();
        m_history->searchField()->selectAll();
    });
    m_contactPane = new ContactPane(ref);
    m_window.setContactPane(m_contactPane);
    m_desk = std::make_unique<ContactDesk>(*m_store, m_storePath, *m_engine, *m_contactPane, *m_history);
    m_historyDesk = std::make_unique<CaseHistoryDesk>(ref, *m_store, *m_engine, *m_history);
    connect(m_desk.get(), &ContactDesk::message, &m_window, &MainWindow::statusBarMessage);
    connect(m_desk.get(), &ContactDesk::idle, m_panel, [this] {
        m_window.setContactOpen(false);
        m_panel->view()->setFocus();
    });
    connect(m_desk.get(), &ContactDesk::opened, this, [this] {
        m_window.setContactOpen(true);
        m_panel->showMessage(QString());
    });
    {
        QSettings settings;
        const QStringList reasons =
            settings.value(QStringLiteral("agent/notReadyReasons"), AgentStateWidget::defaultReasons()).toStringList();
        m_agentState = new AgentStateWidget(reasons);
        m_window.setAgentStateWidget(m_agentState);
    }
    // Kontakt: the work's actions in its order, so the menu also teaches the keys (and F1 lists
    // them under this heading).
    // F1 lists them by the step of the work they belong to.
    const auto step = [](QObject* o, ShortcutHelp::Step s) { o->setProperty(ShortcutHelp::StepProperty, int(s)); };
    step(m_panel, ShortcutHelp::Step::TakeContact); // take next, filter, columns
    step(m_contactPane->switchAction(), ShortcutHelp::Step::TakeContact);
    step(findCases, ShortcutHelp::Step::FillReport);
    step(m_contactPane->completeAction(), ShortcutHelp::Step::Complete);
    step(m_agentState, ShortcutHelp::Step::AgentState);
    QMenu* contactMenu = m_window.contactMenu();
    contactMenu->addAction(m_panel->takeNextAction());
    contactMenu->addAction(m_contactPane->switchAction());
    contactMenu->addAction(m_contactPane->completeAction());
    contactMenu->addSeparator();
    contactMenu->addAction(findCases);
    contactMenu->addSeparator();
    contactMenu->addAction(m_agentState->readyAction());
    contactMenu->addAction(m_agentState->chooseAction());
    connect(m_agentState, &AgentStateWidget::stateRequested, m_engine.get(), &sync::SyncEngine::setAgentState);
    // The state shown is the server's: it comes back as an agent.state event (also "busy" after an
    // accept and "wrap_up" after a completion, which the server sets itself).
    connect(m_engine.get(), &sync::SyncEngine::agentStateReceived, this, [this](const AgentState& state) {
        if (state.agentId != m_userId)
            return;
        m_agentState->setCurrentState(state.state, state.reason.value_or(QString()), state.since);
        m_desk->agentStateChanged(state.state, m_agentState->currentText());
    });
    connect(m_engine.get(), &sync::SyncEngine::queuesReceived, this, &Workstation::applyQueues);
    // Contacts that are the agent's but were never open here (taken on another workstation, or
    // before a crash) arrive with the first catch-up after a sign-in: then they open, as after a
    // restart. Only then — a contact accepted here opens through the accept.
    connect(m_engine.get(), &sync::SyncEngine::catchUpFinished, this, [this](bool ok) {
        if (!ok || !m_resumeAfterCatchUp)
            return;
        m_resumeAfterCatchUp = false;
        m_desk->resume();
    });
    applyQueues(m_engine->cachedQueues());
    const auto arrived = [this](const Contact& contact) {
        if (contact.state != ContactState::Waiting)
            return;
        if (m_announcer)
            m_announcer->announce(contact);
        else
            QApplication::alert(&m_window, 0);
    };
    connect(m_engine.get(), &sync::SyncEngine::contactCreated, this, arrived);
    // A booked callback coming due enters the queue as an update, but for the agent it is new.
    connect(m_engine.get(), &sync::SyncEngine::callbackReturned, this, arrived);
    // In one pass per batch: a catch-up brings its ids 100 at a time, and new rows inserted one by
    // one cost the queue's proxies O(rows) each.
    connect(m_engine.get(), &sync::SyncEngine::contactsChanged, this, [this](const QStringList& ids) {
        QList<Contact> present;
        present.reserve(ids.size());
        for (const QString& id : ids) {
            if (auto c = m_store->contact(id))
                present.append(std::move(*c));
            else
                m_pipeline->source()->remove(id);
        }
        m_pipeline->source()->upsertMany(present);
    });
    connect(m_panel, &QueuePanel::acceptRequested, this, [this](const QString& id) {
        if (const auto refusal = m_desk->refusalToTake()) {
            m_panel->showMessage(*refusal);
            return;
        }
        m_desk->flushDrafts();
        m_engine->accept(id);
    });
    connect(m_engine.get(), &sync::SyncEngine::acceptFinished, this,
            [this](const QString& id, bool ok, const QString&, const QString& message) {
                if (!ok) {
                    m_panel->showMessage(message);
                    return;
                }
                m_panel->showMessage(QString());
                if (const auto c = m_store->contact(id))
                    m_window.statusBarMessage(
                        tr("You accepted the contact from %1.").arg(ContactPane::contactTitle(*c)));
                // A handed-over contact opens with the colleague's note and draft.
                m_handover->takeOver(id, [this, id](const QString& note) {
                    m_desk->open(id);
                    if (!note.isEmpty())
                        m_window.statusBarMessage(tr("Handed over with the note: %1").arg(note));
                });
            });
    // Arkiv → Logga ut: open contacts are handed over or completed first, never dropped.
    m_handover = std::make_unique<HandoverDesk>(*m_client, *m_store, &m_window);
    connect(m_handover.get(), &HandoverDesk::message, &m_window, &MainWindow::statusBarMessage);
    connect(m_handover.get(), &HandoverDesk::completeRequested, m_desk.get(), &ContactDesk::open);
    connect(m_handover.get(), &HandoverDesk::readyToSignOut, this, [this] {
        // Signed out on purpose: the window closes once the server has ended the session.
        connect(this, &Workstation::signedOut, &m_window, &QWidget::close, Qt::SingleShotConnection);
        signOut();
    });
    m_window.signOutAction()->setEnabled(true);
    connect(m_window.signOutAction(), &QAction::triggered, this, [this] {
        m_desk->flushDrafts();
        m_handover->signOutRequested(m_desk->openContacts());
    });
    if (m_notifier)
        m_announcer = std::make_unique<NewContactAnnouncer>(*m_notifier, &m_window);
    buildKnowledge();
}

void Workstation::buildKnowledge()
{
    m_knowledgePanel = new KnowledgePanel;
    auto* dock = new QDockWidget(tr("Knowledge base"), &m_window);
    dock->setObjectName(QStringLiteral("knowledgeDock"));
    dock->setWidget(m_knowledgePanel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_knowledgeDesk = std::make_unique<KnowledgeDesk>(*m_client, *m_store, *m_engine, *m_knowledgePanel);
    connect(m_knowledgeDesk.get(), &KnowledgeDesk::articleOpened, m_desk.get(), &ContactDesk::articleOpened);
    connect(m_knowledgeDesk.get(), &KnowledgeDesk::message, &m_window, &MainWindow::statusBarMessage);
    // The case history names the articles recorded on contacts by their titles (from the copy in
    // memory: reading 10,000 articles from the store on every live change would stall the GUI).
    const auto titles = [this] {
        QHash<QString, QString> byId;
        for (const KnowledgeArticle& a : m_knowledgeDesk->knowledge().articles())
            byId.insert(a.id, a.title);
        m_history->model()->setArticleTitles(byId);
    };
    connect(&m_knowledgeDesk->knowledge(), &sync::KnowledgeSync::synced, this, titles);
    // A live change names one article (a page of a catch-up up to 500): that title only.
    connect(m_engine.get(), &sync::SyncEngine::knowledgeChanged, this, [this](const QString& id) {
        if (const auto article = m_knowledgeDesk->knowledge().localArticle(id))
            m_history->model()->setArticleTitle(id, article->title);
    });
    // One key from anywhere, also while the report form is open; Esc in the panel goes back to
    // where the agent was, with the form as it was.
    m_knowledgeAction = new QAction(tr("Knowledge base"), &m_window);
    m_knowledgeAction->setShortcut(KnowledgePanel::shortcut());
    m_knowledgeAction->setShortcutContext(Qt::WindowShortcut);
    m_knowledgeAction->setProperty(ShortcutHelp::StepProperty, int(ShortcutHelp::Step::FillReport));
    m_window.addAction(m_knowledgeAction);
    auto returnTo = std::make_shared<QPointer<QWidget>>();
    connect(m_knowledgeAction, &QAction::triggered, this, [this, dock, returnTo] {
        QWidget* focus = QApplication::focusWidget();
        if (focus && !m_knowledgePanel->isAncestorOf(focus))
            *returnTo = focus;
        dock->show();
        dock->raise();
        m_knowledgePanel->focusSearch();
    });
    connect(m_knowledgePanel, &KnowledgePanel::closeRequested, this, [this, returnTo] {
        if (*returnTo && (*returnTo)->isVisible())
            (*returnTo)->setFocus(Qt::ShortcutFocusReason);
        else
            m_window.setFocus();
    });
    QMenu* contactMenu = m_window.contactMenu();
    const QList<QAction*> actions = contactMenu->actions();
    // After the case history (the lookups of the work), before the agent's state.
    QAction* before = nullptr;
    for (qsizetype i = 0; i + 1 < actions.size(); ++i)
        if (actions.at(i)->isSeparator() && i > 0 && !actions.at(i - 1)->isSeparator())
            before = actions.at(i);
    contactMenu->insertAction(before, m_knowledgeAction);
}

void Workstation::onSignedIn()
{
    const bool first = !m_signedIn;
    m_signedIn = true;
    const QJsonObject user = QJsonDocument::fromJson(m_store->value(QStringLiteral("userJson")).toUtf8()).object();
    m_userId = user.value(u"id").toString();
    if (first)
        buildWidgets();
    m_desk->setUser(m_userId);
    // A police area's desk (role area) sees its handoffs and nothing else: the server refuses it
    // contacts, agents' states and the knowledge base, so nothing of those is asked for.
    const bool area = AreaDesk::isArea(user);
    if (first && area)
        m_area = std::make_unique<AreaDesk>(m_window, *m_engine, *m_client, user);
    m_knowledgeDesk->setEditable(user.value(u"role").toString() == wireName(Role::Supervisor));
    if (!area)
        m_knowledgeDesk->syncAll();
    m_historyDesk->setAgentNames({{m_userId, user.value(u"displayName").toString()}});
    showUser();
    m_window.setConnectionText(m_engine->state().text());
    showConnection();
    m_resumeAfterCatchUp = !area;
    if (!area) {
        m_engine->fetchQueues();
        m_engine->fetchAgentState(); // the state shown is the server's from the first moment
    }
    if (first && !area) {
        m_pipeline->source()->setContacts(m_store->contacts(QStringLiteral("waiting")));
        m_desk->resume();
    }
    // Which view for which role: a supervisor gets the supervisor's desk (app/supervisordesk.h).
    if (first && SupervisorDesk::isSupervisor(user)) {
        m_supervisor = std::make_unique<SupervisorDesk>(m_window, *m_engine, *m_client, *m_store, m_notifier);
        // A supervisor takes no contacts and has no agent state: those actions go.
        m_agentState->hide();
        for (QAction* a : {m_panel->takeNextAction(), m_contactPane->switchAction(), m_contactPane->completeAction(),
                           m_agentState->readyAction(), m_agentState->chooseAction()}) {
            m_window.contactMenu()->removeAction(a);
            a->setEnabled(false);
        }
    }
    if (m_supervisor) {
        m_supervisor->setQueueNames(m_queueNames);
        m_supervisor->reload();
    }
    if (m_area) {
        // An area user takes no contacts and has no agent state: those actions go.
        m_agentState->hide();
        for (QAction* a : {m_panel->takeNextAction(), m_contactPane->switchAction(), m_contactPane->completeAction(),
                           m_agentState->readyAction(), m_agentState->chooseAction(), m_knowledgeAction}) {
            m_window.contactMenu()->removeAction(a);
            a->setEnabled(false);
        }
        m_area->reload();
    }
    if (!first)
        m_engine->stopLive(); // a stream refused for the old session does not retry by itself
    m_engine->startLive();    // catches up first, then follows the event stream
    m_engine->flush();        // what waited for a sign-in goes now
    if (first)
        Q_EMIT ready();
    Q_EMIT signedIn();
}

void Workstation::applyQueues(const QList<QueueInfo>& queues)
{
    m_queueNames.clear();
    for (const QueueInfo& q : queues)
        m_queueNames.insert(q.id, q.name);
    m_pipeline->source()->setQueueNames(m_queueNames);
    m_contactPane->setQueueNames(m_queueNames);
    m_history->model()->setQueueNames(m_queueNames);
    if (m_supervisor)
        m_supervisor->setQueueNames(m_queueNames);
    if (m_signedIn)
        showUser();
}

void Workstation::showUser()
{
    const QJsonObject user = QJsonDocument::fromJson(m_store->value(QStringLiteral("userJson")).toUtf8()).object();
    if (AreaDesk::isArea(user)) {
        const QString name = user.value(u"displayName").toString();
        const QString area = AreaView::areaName(user.value(u"policeArea").toString());
        m_window.setUserText(name == area ? area : QStringLiteral("%1 – %2").arg(name, area));
        return;
    }
    QStringList queues;
    for (const QJsonValue& q : user.value(u"queues").toArray())
        queues << m_queueNames.value(q.toString(), q.toString());
    m_window.setUserText(
        tr("%1 – queues: %2").arg(user.value(u"displayName").toString(), queues.join(QStringLiteral(", "))));
}

void Workstation::showConnection()
{
    if (!m_engine || !m_store)
        return;
    const sync::ConnectionState s = m_engine->state();
    ConnectionBanner::State banner;
    switch (s.kind) {
    case sync::ConnectionState::Kind::Online:
        banner.situation = ConnectionBanner::Situation::Online;
        break;
    case sync::ConnectionState::Kind::Reconnecting:
        banner.situation = ConnectionBanner::Situation::Reconnecting;
        break;
    case sync::ConnectionState::Kind::Offline:
        banner.situation = ConnectionBanner::Situation::Offline;
        break;
    case sync::ConnectionState::Kind::SignInRequired:
        banner.situation = ConnectionBanner::Situation::SignInRequired;
        break;
    }
    banner.retryInSeconds = s.retryInSeconds;
    for (const OutboxItem& item : m_store->outbox()) {
        if (item.state == OutboxItem::State::Sent)
            continue;
        if (item.kind == OutboxItem::Kind::Report)
            ++banner.pendingReports;
        else
            ++banner.pendingOther;
    }
    // Before the first sign-in there is nothing of the agent's to speak of.
    if (!m_signedIn && s.kind != sync::ConnectionState::Kind::SignInRequired)
        banner.situation = ConnectionBanner::Situation::Online;
    m_window.connectionBanner()->setState(banner);
}

} // namespace kc
