// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/supervisordesk.h"

#include "core/jsoncodec.h"
#include "models/localstore.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"
#include "ui/announce.h"
#include "ui/intervalchart.h"
#include "ui/mainwindow.h"
#include "ui/notifier.h"
#include "ui/supervisorview.h"

#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTimeZone>
#include <QTimer>

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
    , m_callbacks(m_now)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &SupervisorDesk::flush);
    m_agents.setContactTitle([this](const QString& id) {
        const auto c = m_store.contact(id);
        return c ? c->subject : QString();
    });
    m_view = new SupervisorView(m_queues, m_agents, m_waiting, m_serving, m_callbacks, m_now);
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
    connect(&m_engine, &sync::SyncEngine::agentStateReceived, this, [this](const AgentState& state) {
        m_pendingStates << state;
        schedule();
    });
    connect(&m_engine, &sync::SyncEngine::contactChanged, this, &SupervisorDesk::onContactChanged);
    // Alert events are not in the catch-up: one raised between the full load's answer and the
    // stream attaching would be missed until the next reconnect. The stream's arrival fetches the
    // alerts again (a change found is said as after a reconnect).
    connect(&m_engine, &sync::SyncEngine::liveAttached, this, [this] {
        if (m_pending > 0)
            m_alertsAfterLoad = true; // the load's GET /alerts may have been answered before
        else
            reloadAlerts();
    });
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
    m_callbacks.setQueueNames(names);
}

void SupervisorDesk::schedule()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void SupervisorDesk::flush()
{
    m_flushTimer->stop();
    if (const QList<QueueStats> stats = std::exchange(m_pendingStats, {}); !stats.isEmpty()) {
        m_queues.applyStats(stats);
        const QString shown = m_view->selectedQueues().value(0);
        if (std::any_of(stats.cbegin(), stats.cend(), [&](const QueueStats& s) { return s.queue == shown; }))
            reloadIntervals();
    }
    if (const QList<AgentState> states = std::exchange(m_pendingStates, {}); !states.isEmpty())
        m_agents.applyStates(states);
    m_pendingContactSet.clear();
    if (const QStringList ids = std::exchange(m_pendingContacts, {}); !ids.isEmpty()) {
        QList<Contact> changed;
        for (const QString& id : ids) {
            // The store holds the newest: several changes of one contact are applied as one.
            if (const auto c = m_store.contact(id)) {
                m_waiting.upsert(*c);
                changed << *c;
                // A callback booked or turned waiting while the stream was not attached arrives
                // only through the catch-up, never as an event: the list follows the store too.
                if (c->state == ContactState::Scheduled || c->callbackAt || !m_callbacks.callerOf(id).isEmpty())
                    m_callbacks.upsert(json::toJson(*c));
            } else {
                m_waiting.remove(id);
            }
        }
        m_agents.applyContacts(changed);
    }
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
    if (kind == QLatin1String("callback_missed")) {
        // The caller's name, as the supervisor's list showed it (the contact is waiting now).
        const QString id = a.value(u"contactId").toString();
        QString caller = m_callbacks.callerOf(id);
        if (const auto c = m_store.contact(id); caller.isEmpty() && c)
            caller = c->caller.name;
        const int late = a[u"value"].toInt();
        return caller.isEmpty() ? tr("%1: a booked callback is %n min late", nullptr, late).arg(queue)
                                : tr("%1: callback to %2 is %n min late", nullptr, late).arg(queue, caller);
    }
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
    if (--m_pending == 0) {
        m_loadedOnce = true;
        if (std::exchange(m_alertsAfterLoad, false))
            reloadAlerts();
        Q_EMIT loaded();
    }
}

void SupervisorDesk::setActiveAlerts(const QJsonArray& items)
{
    const QHash<QString, QJsonObject> before = std::exchange(m_active, {});
    for (const QJsonValue& v : items)
        m_active.insert(v[u"id"].toString(), v.toObject());
    // The answer may be older than alert events that came meanwhile (another connection): they are
    // applied again on top of it, in order (applying one the answer already knows changes nothing).
    for (const AlertEvent& e : std::as_const(m_alertJournal)) {
        if (e.raised)
            m_active.insert(e.alert[u"id"].toString(), e.alert);
        else
            m_active.remove(e.alert[u"id"].toString());
    }
    if (!m_loadedOnce) {
        showAlerts(); // sign-in: the banner shows what is active, as it is
        return;
    }
    // After a reconnect: what changed while the events could not reach us is said, not just shown.
    QStringList said;
    QStringList raised;
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it)
        if (!before.contains(it.key()))
            raised << describe(*it);
    raised.sort();
    for (const QString& text : std::as_const(raised)) {
        said << tr("Alert while disconnected: %1").arg(text);
        if (m_notifier)
            m_notifier->notifyNewContact(tr("Alert"), text);
    }
    QStringList cleared;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!m_active.contains(it.key()))
            cleared << describe(*it);
    cleared.sort();
    for (const QString& text : std::as_const(cleared))
        said << tr("Recovered while disconnected: %1").arg(text);
    if (said.isEmpty()) {
        showAlerts();
        return;
    }
    m_view->setAlerts(activeAlerts(), false);
    const QString text = said.join(QStringLiteral("; "));
    announce(m_view->alertBanner(), text, Politeness::Assertive);
    Q_EMIT message(text);
}

void SupervisorDesk::reload()
{
    const int generation = ++m_generation;
    m_alertJournal.clear(); // what comes from now on may be newer than the answers
    m_pending = 5;
    auto handle = [this, generation](sync::ApiJob* job, auto apply) {
        connect(job, &sync::ApiJob::finished, this, [this, generation, apply](sync::ApiJob* j) {
            j->deleteLater();
            if (generation != m_generation)
                return; // a newer reload is on its way
            flush();    // what arrived before this answer is older than it
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
        m_serving.setQueues(queues);
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
    loadAlerts(handle);
    // The team's booked callbacks (issue 15; a server without them answers an empty list).
    handle(m_client.get(QStringLiteral("/contacts"), QUrlQuery(QStringLiteral("state=scheduled&limit=500"))),
           [this](const QJsonObject& body) { m_callbacks.setContacts(body.value(u"items").toArray()); });
}

template<typename Handle>
void SupervisorDesk::loadAlerts(const Handle& handle)
{
    handle(m_client.get(QStringLiteral("/alerts"), QUrlQuery(QStringLiteral("active=true"))),
           [this](const QJsonObject& body) { setActiveAlerts(body.value(u"items").toArray()); });
    // The alert log of today, oldest at the bottom.
    handle(m_client.get(QStringLiteral("/alerts")), [this](const QJsonObject& body) {
        m_view->alertLog()->clear();
        QSet<QString> raisedIds, clearedIds;
        for (const QJsonValue& v : body.value(u"items").toArray()) {
            const QJsonObject a = v.toObject();
            raisedIds.insert(a[u"id"].toString());
            if (a.contains(u"clearedAt"))
                clearedIds.insert(a[u"id"].toString());
            const QString raised = json::parseTimestamp(a[u"raisedAt"].toString()).toLocalTime().toString(u"HH:mm"_s);
            QString line = raised + u' ' + describe(a);
            if (a.contains(u"clearedAt"))
                line += u' ' +
                        tr("(recovered %1)")
                            .arg(json::parseTimestamp(a[u"clearedAt"].toString()).toLocalTime().toString(u"HH:mm"_s));
            m_view->addLogEntry(line);
        }
        // Events that came while the answer was on its way and that it does not know yet.
        for (const AlertEvent& e : std::as_const(m_alertJournal))
            if (!(e.raised ? raisedIds : clearedIds).contains(e.alert[u"id"].toString()))
                m_view->addLogEntry(e.line);
    });
}

void SupervisorDesk::reloadAlerts()
{
    // Only the alerts, outside the full load's count; dropped when a full load began meanwhile (its
    // journal of events starts then, so an answer older than that could lose one).
    const int generation = m_generation;
    loadAlerts([this, generation](sync::ApiJob* job, auto apply) {
        connect(job, &sync::ApiJob::finished, this, [this, generation, apply](sync::ApiJob* j) {
            j->deleteLater();
            if (generation == m_generation && j->outcome() == sync::ApiJob::Outcome::Ok)
                apply(j->json());
        });
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
            m_pendingStats << *s;
            schedule();
        }
    } else if (name == QLatin1String("contact.created") || name == QLatin1String("contact.updated")) {
        // Booked callbacks: shown while `scheduled`, gone when they turn `waiting` (or anything else).
        if (data.value(u"state").toString() == QLatin1String("scheduled") ||
            m_callbacks.callerOf(data.value(u"id").toString()).size() > 0 || data.contains(u"callbackAt"))
            m_callbacks.upsert(data);
    } else if (name == QLatin1String("alert.raised")) {
        m_active.insert(data[u"id"].toString(), data);
        showAlerts();
        const QString text = describe(data);
        const QString line = m_now().toLocalTime().toString(u"HH:mm"_s) + u' ' + text;
        m_view->addLogEntry(line);
        m_alertJournal.append({true, data, line});
        if (m_notifier)
            m_notifier->notifyNewContact(tr("Alert"), text);
    } else if (name == QLatin1String("alert.cleared")) {
        const QString line =
            m_now().toLocalTime().toString(u"HH:mm"_s) + u' ' + tr("Recovered: %1").arg(describe(data));
        if (m_active.remove(data[u"id"].toString()) > 0)
            m_view->addLogEntry(line);
        m_alertJournal.append({false, data, line});
        showAlerts();
    }
}

void SupervisorDesk::onContactChanged(const QString& id)
{
    if (!m_pendingContactSet.contains(id)) {
        m_pendingContactSet.insert(id);
        m_pendingContacts << id;
    }
    schedule();
}

} // namespace kc
