// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/demotraffic.h"

#include "app/demoenvironment.h"
#include "server/apiserver.h"
#include "server/auth.h"
#include "server/store.h"

namespace kc {

namespace {

// Synthetic callers only (the demo server holds no real data).
const char* const subjects[] = {"Cykelstöld",
                                "Fråga om pass",
                                "Borttappad plånbok",
                                "Skadegörelse på bil",
                                "Tips om narkotikaförsäljning",
                                "Bedrägeri på internet"};
const char* const names[] = {"Demo Andersson", "Demo Berg", "Demo Carlsson", "Demo Dahl", "Demo Ek", "Demo Falk"};

} // namespace

DemoTraffic::DemoTraffic(server::ApiServer& server, Options options, QObject* parent)
    : QObject(parent)
    , m_server(server)
    , m_options(std::move(options))
    , m_random(m_options.seed)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::step);
}

Result<bool> DemoTraffic::start()
{
    server::Store& store = m_server.store();
    for (int i = 1; i <= m_options.agents; ++i) {
        User u;
        u.username = QStringLiteral("demo-agent-%1").arg(i);
        u.displayName = QStringLiteral("Demoagent %1").arg(i);
        u.role = Role::Agent;
        u.team = m_options.team;
        u.queues = m_options.queues;
        auto added = store.users().add(u, server::auth::newToken());
        if (!added)
            return Error{QString(), added.error().message, added.error().code};
        if (!store.users().setAgentState(*added, AgentStatus::Ready, std::nullopt))
            return Error{QString(), QStringLiteral("Could not set a demo agent ready."), QStringLiteral("seed")};
        m_agents.append({*added, {}, 0});
    }
    User intake;
    intake.username = QStringLiteral("demo-intag");
    intake.displayName = QStringLiteral("Demotrafikens växel");
    intake.role = Role::Intake;
    intake.team = m_options.team;
    auto addedIntake = store.users().add(intake, server::auth::newToken());
    if (!addedIntake)
        return Error{QString(), addedIntake.error().message, addedIntake.error().code};
    m_intake = *addedIntake;
    if (m_options.interval.count() > 0)
        m_timer.start(m_options.interval);
    return true;
}

void DemoTraffic::step()
{
    server::Store& store = m_server.store();
    if (m_random.bounded(2) == 0) {
        Contact c;
        c.channel = m_random.bounded(3) == 0 ? Channel::Web : Channel::Phone;
        c.queue = m_options.queues.value(m_arrived % std::max<qsizetype>(1, m_options.queues.size()));
        c.priority = 2 + int(m_random.bounded(3));
        c.caller.name = QString::fromUtf8(names[m_random.bounded(int(std::size(names)))]);
        c.subject = QString::fromUtf8(subjects[m_random.bounded(int(std::size(subjects)))]);
        if (store.contacts().create(m_intake, c))
            ++m_arrived;
    }
    for (Agent& a : m_agents) {
        if (!a.holding.isEmpty()) {
            if (++a.heldSteps < m_options.holdSteps)
                continue;
            if (store.contacts().complete(a.user, a.holding, Disposition::AdviceGiven, std::nullopt))
                ++m_completed;
            a.holding.clear();
            std::ignore = store.users().setAgentState(a.user, AgentStatus::Ready, std::nullopt);
            continue;
        }
        // The most urgent waiting contact of the agent's queues (the server's service order).
        auto waiting = store.contacts().list(a.user, QStringLiteral("waiting"), QString(), 1, 0);
        if (!waiting || waiting->isEmpty())
            continue;
        if (store.contacts().accept(a.user, waiting->first().id)) {
            a.holding = waiting->first().id;
            a.heldSteps = 0;
        }
    }
    if (m_random.bounded(8) == 0 && !m_agents.isEmpty()) {
        auto waiting = store.contacts().list(m_agents.first().user, QStringLiteral("waiting"), QString(), 50, 0);
        if (waiting && !waiting->isEmpty()) {
            // The longest-waiting one hangs up.
            const auto oldest =
                std::min_element(waiting->cbegin(), waiting->cend(),
                                 [](const Contact& x, const Contact& y) { return x.receivedAt < y.receivedAt; });
            if (store.contacts().abandon(m_intake, oldest->id))
                ++m_abandoned;
        }
    }
}

Result<std::unique_ptr<DemoTraffic>> startDemoTraffic(DemoEnvironment& demo, DemoTraffic::Options options)
{
    if (demo.role() != Role::Supervisor || !demo.server())
        return std::unique_ptr<DemoTraffic>();
    auto traffic = std::make_unique<DemoTraffic>(*demo.server(), std::move(options));
    if (auto started = traffic->start(); !started)
        return started.error();
    return traffic;
}

} // namespace kc
