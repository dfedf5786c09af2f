// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/supervisordesk.h"

#include "core/jsoncodec.h"
#include "models/localstore.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/intervalchart.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/supervisorview.h"

#include <QJsonArray>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kc {

bool SupervisorDesk::isSupervisor(const QJsonObject& user)
{
    return user.value(u"role").toString() == wireName(Role::Supervisor);
}

SupervisorDesk::SupervisorDesk(MainWindow& window, sync::SyncEngine& engine, sync::RestClient& client,
                               LocalStore& store, Notifier* notifier, Clock now, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_client(client)
    , m_store(store)
    , m_notifier(notifier)
    , m_now(now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_queues(m_now)
{
    m_agents.setContactTitle([this](const QString& id) {
        const auto c = m_store.contact(id);
        return c ? c->subject : QString();
    });
    m_view = new SupervisorView(m_queues, m_agents, m_waiting, m_now);
    // The agent's parts of the window give way to the supervisor's view.
    QSplitter* main = m_window.mainSplitter();
    for (int i = 0; i < main->count(); ++i)
        main->widget(i)->hide();
    main->addWidget(m_view);
    m_view->show();
    m_window.setWindowTitle(m_window.windowTitle() + QStringLiteral(" – ") + tr("Supervisor"));
    QMenu* menu = m_window.contactMenu();
    menu->addActions({m_view->raiseAction(), m_view->lowerAction(), m_view->moveAction()});
    menu->addSeparator();
    menu->addActions({m_view->releaseAction(), m_view->thresholdsAction()});
    menu->addSeparator();
    menu->addAction(m_view->wallboardAction());
    m_window.addActions(m_view->actions());
    connect(m_view, &SupervisorView::wallboardToggled, this,
            [this](bool on) { on ? m_window.showFullScreen() : m_window.showNormal(); });

    connect(&m_engine, &sync::SyncEngine::eventReceived, this,
            [this](const QString& name, const QJsonObject& data, qint64) { onEvent(name, data); });
    // Agent states from the live stream and from the catch-up alike (a change made before the
    // stream was connected comes only through the catch-up).
    connect(&m_engine, &sync::SyncEngine::agentStateReceived, this,
            [this](const AgentState& state) { m_agents.applyState(state); });
    connect(&m_engine, &sync::SyncEngine::contactChanged, this, &SupervisorDesk::onContactChanged);
    connect(m_view, &SupervisorView::selectedQueuesChanged, this, &SupervisorDesk::reloadIntervals);
    // After every reconnect everything is loaded again: events missed meanwhile are not replayed
    // for queue figures (queue.stats are snapshots), so only a full load makes the numbers right.
    connect(&m_engine, &sync::SyncEngine::stateChanged, this, [this](const sync::ConnectionState& s) {
        if (s.kind == sync::ConnectionState::Kind::Online && m_wasOffline)
            reload();
        m_wasOffline = s.kind != sync::ConnectionState::Kind::Online;
    });

    connect(m_view, &SupervisorView::priorityChangeRequested, this,
            [this](const QString& id, int priority, qint64 version) {
                auto* job =
                    m_client.patch(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("priority"), priority}},
                                   '"' + QByteArray::number(version) + '"');
                connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* j) {
                    j->deleteLater();
                    if (j->outcome() != sync::ApiJob::Outcome::Ok)
                        Q_EMIT message(j->errorText());
                });
            });
    connect(m_view, &SupervisorView::moveRequested, this, [this](const QString& id, const QString& queue, qint64 v) {
        auto* job = m_client.patch(QStringLiteral("/contacts/%1").arg(id), {{QStringLiteral("queue"), queue}},
                                   '"' + QByteArray::number(v) + '"');
        connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* j) {
            j->deleteLater();
            if (j->outcome() != sync::ApiJob::Outcome::Ok)
                Q_EMIT message(j->errorText());
        });
    });
    connect(m_view, &SupervisorView::releaseRequested, this, [this](const QString& id) {
        auto* job = m_client.post(QStringLiteral("/contacts/%1/release").arg(id), {});
        connect(job, &sync::ApiJob::finished, this, [this](sync::ApiJob* j) {
            j->deleteLater();
            Q_EMIT message(j->outcome() == sync::ApiJob::Outcome::Ok ? tr("The contact is back in its queue.")
                                                                     : j->errorText());
        });
    });
    connect(m_view, &SupervisorView::thresholdsChangeRequested, this,
            [this](const QString& queue, const Thresholds& t) {
                auto* job = m_client.put(QStringLiteral("/queues/%1/thresholds").arg(queue), t.toJson());
                connect(job, &sync::ApiJob::finished, this, [this, queue](sync::ApiJob* j) {
                    j->deleteLater();
                    if (j->outcome() == sync::ApiJob::Outcome::Ok)
                        m_queues.setThresholds(queue, Thresholds::fromJson(j->json()));
                    else
                        Q_EMIT message(j->errorText());
                });
            });
    connect(this, &SupervisorDesk::message, &m_window, &MainWindow::statusBarMessage);
}

SupervisorDesk::~SupervisorDesk()
{
    // The view's proxies read this desk's models: it goes first (unless the window took it along).
    delete m_view.data();
}

void SupervisorDesk::setQueueNames(const QHash<QString, QString>& names)
{
    m_names = names;
    m_queues.setQueueNames(names);
}

QStringList SupervisorDesk::activeAlerts() const
{
    QStringList list;
    for (const QJsonObject& a : m_active)
        list << describe(a);
    list.sort();
    return list;
}

QString SupervisorDesk::describe(const QJsonObject& a) const
{
    const QString queue = m_names.value(a.value(u"queue").toString(), a.value(u"queue").toString());
    const QString kind = a.value(u"kind").toString();
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    if (kind == QLatin1String("longest_wait"))
        return tr("%1: longest wait over %2").arg(queue, QueueStatsModel::formatDuration(a[u"threshold"].toInteger()));
    if (kind == QLatin1String("service_level"))
        return tr("%1: service level %2 % below target %3 %")
            .arg(queue, sv.toString(a[u"value"].toDouble(), 'f', 1))
            .arg(a[u"threshold"].toInt());
    return tr("%1: %2 waiting, more than %3").arg(queue).arg(a[u"value"].toInt()).arg(a[u"threshold"].toInt());
}

void SupervisorDesk::showAlerts()
{
    m_view->setAlerts(activeAlerts());
}

void SupervisorDesk::finishOne()
{
    if (--m_pending == 0)
        Q_EMIT loaded();
}

void SupervisorDesk::reload()
{
    const int generation = ++m_generation;
    m_pending = 4;
    auto handle = [this, generation](sync::ApiJob* job, auto apply) {
        connect(job, &sync::ApiJob::finished, this, [this, generation, apply](sync::ApiJob* j) {
            j->deleteLater();
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (j->outcome() == sync::ApiJob::Outcome::Ok)
                apply(j->json());
            else
                Q_EMIT message(j->errorText());
            finishOne();
        });
    };
    handle(m_client.get(QStringLiteral("/queues/stats")), [this](const QJsonObject& body) {
        QList<QueueStats> stats;
        QList<std::pair<QString, QString>> queues;
        for (const QJsonValue& v : body.value(u"queues").toArray())
            if (auto s = json::fromJson<QueueStats>(v)) {
                stats << *s;
                queues.append({s->queue, m_names.value(s->queue, s->queue)});
            }
        m_queues.setStats(stats);
        const QStringList selected = m_view->selectedQueues();
        m_waiting.setQueues(queues);
        m_waiting.setContacts(m_store.contacts(QStringLiteral("waiting")));
        m_view->selectQueues(selected.isEmpty() && !queues.isEmpty() ? QStringList{queues.first().first} : selected);
        reloadIntervals();
        for (const QueueStats& s : std::as_const(stats)) {
            auto* job = m_client.get(QStringLiteral("/queues/%1/thresholds").arg(s.queue));
            connect(job, &sync::ApiJob::finished, this, [this, queue = s.queue](sync::ApiJob* j) {
                j->deleteLater();
                if (j->outcome() == sync::ApiJob::Outcome::Ok)
                    m_queues.setThresholds(queue, Thresholds::fromJson(j->json()));
            });
        }
    });
    handle(m_client.get(QStringLiteral("/agents")),
           [this](const QJsonObject& body) { m_agents.setAgents(body.value(u"items").toArray()); });
    handle(m_client.get(QStringLiteral("/alerts"), QUrlQuery(QStringLiteral("active=true"))),
           [this](const QJsonObject& body) {
               m_active.clear();
               for (const QJsonValue& v : body.value(u"items").toArray())
                   m_active.insert(v[u"id"].toString(), v.toObject());
               showAlerts();
           });
    // The alert log of today, oldest at the bottom.
    handle(m_client.get(QStringLiteral("/alerts")), [this](const QJsonObject& body) {
        m_view->alertLog()->clear();
        for (const QJsonValue& v : body.value(u"items").toArray()) {
            const QJsonObject a = v.toObject();
            const QString raised = json::parseTimestamp(a[u"raisedAt"].toString()).toLocalTime().toString(u"HH:mm"_s);
            QString line = raised + u' ' + describe(a);
            if (a.contains(u"clearedAt"))
                line += u' ' +
                        tr("(recovered %1)")
                            .arg(json::parseTimestamp(a[u"clearedAt"].toString()).toLocalTime().toString(u"HH:mm"_s));
            m_view->addLogEntry(line);
        }
    });
}

void SupervisorDesk::reloadIntervals()
{
    if (m_intervalsBusy) {
        m_intervalsAgain = true;
        return;
    }
    const QString queue = m_view->selectedQueues().value(0);
    if (queue.isEmpty()) {
        m_view->chart()->setIntervals({}, {});
        return;
    }
    m_intervalsBusy = true;
    auto* job = m_client.get(QStringLiteral("/queues/stats/intervals"), QUrlQuery({{u"queue"_s, queue}}));
    connect(job, &sync::ApiJob::finished, this, [this, queue](sync::ApiJob* j) {
        j->deleteLater();
        m_intervalsBusy = false;
        if (j->outcome() == sync::ApiJob::Outcome::Ok) {
            QList<IntervalFigures> items;
            for (const QJsonValue& v : j->json().value(u"items").toArray())
                items.append({json::parseTimestamp(v[u"start"].toString()), v[u"arrived"].toInt(),
                              v[u"answered"].toInt(), v[u"abandoned"].toInt(), v[u"serviceLevelPercent"].toDouble()});
            m_view->chart()->setIntervals(m_names.value(queue, queue), items);
        } else {
            Q_EMIT message(j->errorText());
        }
        if (std::exchange(m_intervalsAgain, false))
            reloadIntervals();
        else
            Q_EMIT intervalsLoaded();
    });
}

void SupervisorDesk::onEvent(const QString& name, const QJsonObject& data)
{
    if (name == QLatin1String("queue.stats")) {
        if (auto s = json::fromJson<QueueStats>(data)) {
            m_queues.applyStats(*s);
            if (m_view->selectedQueues().value(0) == s->queue)
                reloadIntervals();
        }
    } else if (name == QLatin1String("alert.raised")) {
        m_active.insert(data[u"id"].toString(), data);
        showAlerts();
        const QString text = describe(data);
        m_view->addLogEntry(m_now().toLocalTime().toString(u"HH:mm"_s) + u' ' + text);
        if (m_notifier)
            m_notifier->notifyNewContact(tr("Alert"), text);
    } else if (name == QLatin1String("alert.cleared")) {
        if (m_active.remove(data[u"id"].toString()) > 0)
            m_view->addLogEntry(m_now().toLocalTime().toString(u"HH:mm"_s) + u' ' +
                                tr("Recovered: %1").arg(describe(data)));
        showAlerts();
    }
}

void SupervisorDesk::onContactChanged(const QString& id)
{
    if (const auto c = m_store.contact(id)) {
        m_waiting.upsert(*c);
        m_agents.applyContact(*c);
    } else {
        m_waiting.remove(id);
    }
}

} // namespace kc
