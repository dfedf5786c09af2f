#include "app/workstation.h"

#include "core/jsoncodec.h"
#include "models/contactqueuemodel.h"
#include "models/localstore.h"
#include "models/queuepipeline.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/agentstatewidget.h"
#include "ui/mainwindow.h"
#include "ui/queuepanel.h"

#include <QApplication>
#include <QJsonDocument>
#include <QSettings>

namespace kc {

Workstation::Workstation(MainWindow& window, QObject* parent)
    : QObject(parent)
    , m_window(window)
{}

Workstation::~Workstation()
{
    if (m_pipeline) {
        QSettings settings;
        m_pipeline->saveColumns(settings, QStringLiteral("queue/columns"));
    }
}

Result<bool> Workstation::start(const QString& dataDir, const QString& serverUrl, const QString& username,
                                const QString& password)
{
    auto store = LocalStore::open(LocalStore::pathFor(dataDir, serverUrl, username));
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    m_client = std::make_unique<sync::RestClient>(&m_nam);
    if (auto ok = m_client->setServer(serverUrl); !ok)
        return ok.error();
    m_engine = std::make_unique<sync::SyncEngine>(*m_store, *m_client);

    m_pipeline = new QueuePipeline({}, this);
    {
        QSettings settings;
        m_pipeline->restoreColumns(settings, QStringLiteral("queue/columns"));
    }
    m_panel = new QueuePanel(*m_pipeline);
    m_window.setQueuePanel(m_panel);
    {
        QSettings settings;
        const QStringList reasons =
            settings.value(QStringLiteral("agent/notReadyReasons"), AgentStateWidget::defaultReasons()).toStringList();
        m_agentState = new AgentStateWidget(reasons);
        m_window.setAgentStateWidget(m_agentState);
    }
    connect(m_agentState, &AgentStateWidget::stateRequested, m_engine.get(), &sync::SyncEngine::setAgentState);
    // The state shown is the server's: it comes back as an agent.state event (also "busy" after an
    // accept, which the server sets itself).
    connect(m_engine.get(), &sync::SyncEngine::eventReceived, this,
            [this](const QString& name, const QJsonObject& data, qint64) {
                if (name == QLatin1String("agent.state") && data.value(u"agentId").toString() == m_userId)
                    m_agentState->setCurrentState(data.value(u"state").toString(), data.value(u"reason").toString());
            });

    connect(m_engine.get(), &sync::SyncEngine::contactChanged, this, [this](const QString& id) {
        if (const auto c = m_store->contact(id))
            m_pipeline->source()->upsert(*c);
        else
            m_pipeline->source()->remove(id);
    });
    connect(m_engine.get(), &sync::SyncEngine::stateChanged, this,
            [this](const sync::ConnectionState& s) { m_window.setConnectionText(s.text()); });
    connect(m_panel, &QueuePanel::acceptRequested, m_engine.get(), &sync::SyncEngine::accept);
    connect(m_engine.get(), &sync::SyncEngine::acceptFinished, this,
            [this](const QString& id, bool ok, const QString&, const QString& message) {
                if (!ok) {
                    m_panel->showMessage(message);
                    return;
                }
                const auto c = m_store->contact(id);
                m_panel->showMessage(QString());
                m_window.statusBarMessage(tr("You accepted the contact from %1.")
                                              .arg(c && !c->caller.name.isEmpty() ? c->caller.name
                                                   : c                            ? c->caller.phone.value_or(id)
                                                                                  : id));
            });
    // A new contact asks for attention when the window is not in front.
    connect(m_pipeline->source(), &QAbstractItemModel::rowsInserted, this,
            [this] { QApplication::alert(&m_window, 0); });
    connect(m_engine.get(), &sync::SyncEngine::loginFinished, this, [this](bool ok, int, const QString& message) {
        if (!ok) {
            Q_EMIT failed(message);
            return;
        }
        onSignedIn();
    });
    m_window.setConnectionText(m_engine->state().text());
    m_engine->login(username, password);
    return true;
}

void Workstation::onSignedIn()
{
    const QJsonObject user = QJsonDocument::fromJson(m_store->value(QStringLiteral("userJson")).toUtf8()).object();
    m_userId = user.value(u"id").toString();
    QStringList queues;
    for (const QJsonValue& q : user.value(u"queues").toArray())
        queues << q.toString();
    m_window.setUserText(
        tr("%1 – queues: %2").arg(user.value(u"displayName").toString(), queues.join(QStringLiteral(", "))));
    m_pipeline->source()->setContacts(m_store->contacts(QStringLiteral("waiting")));
    m_engine->startLive(); // catches up first, then follows the event stream
    Q_EMIT ready();
}

} // namespace kc
