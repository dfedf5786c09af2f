// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Demo traffic for the supervisor view (issue 12): demo agents who, through the in-process demo
// server's Store, take, complete and abandon demo contacts over time, and a trickle of new
// contacts, so the figures of `kontaktcenter --demo --role supervisor` move.
//
// Use (e.g. in app/main.cpp for `--demo --role supervisor`, after DemoEnvironment::start()):
//
//     kc::DemoTraffic traffic(*demo.server(), {.team = QStringLiteral("Skara övning")});
//     if (auto ok = traffic.start(); !ok) …   // adds the demo agents, starts the timer
//
// The supervisor account must have the same team and queues to see them (DemoEnvironment or the
// training seeding adds it). traffic.stop() stops the timer; the contacts stay.
//
// Deterministic: every choice comes from a QRandomGenerator seeded with Options::seed, and the
// server's own clock (ServerOptions::now(), injectable) stamps the times. step() is one tick of
// the timer; tests set Options::interval to 0 (no timer) and call step() themselves.
//
// Each step: with probability 1/2 a contact arrives (one of a few synthetic subjects, queue by
// turn); every demo agent who is ready takes the most urgent waiting contact of their queues; one
// who has held a contact for `holdSteps` steps completes it and is ready again; with probability
// 1/8 the longest-waiting contact is abandoned (the caller hung up).
// Thread rules: the server's thread (the GUI thread in demo mode).
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>
#include <memory>

namespace kc {

namespace server {
class ApiServer;
}
class DemoEnvironment;

class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString team = QStringLiteral("Skara övning");
        QStringList queues = {QStringLiteral("anmalan"), QStringLiteral("information")};
        int agents = 4;
        int holdSteps = 3;
        quint32 seed = 12;
        std::chrono::milliseconds interval{4000}; // 0: no timer (tests call step())
    };

    DemoTraffic(server::ApiServer& server, Options options, QObject* parent = nullptr);

    // Adds the demo agents ("demo-agent-1" …, display names "Demoagent 1" …) if they are missing,
    // sets them ready, and starts the timer.
    Result<bool> start();
    void stop() { m_timer.stop(); }
    void step();

    // What happened so far (for tests and the demo's status line).
    int arrived() const { return m_arrived; }
    int completed() const { return m_completed; }
    int abandoned() const { return m_abandoned; }

private:
    struct Agent
    {
        User user;
        QString holding; // contact id, empty when free
        int heldSteps = 0;
    };

    server::ApiServer& m_server;
    Options m_options;
    QRandomGenerator m_random;
    QTimer m_timer;
    QList<Agent> m_agents;
    User m_intake;
    int m_arrived = 0;
    int m_completed = 0;
    int m_abandoned = 0;
};

// The wiring of `kontaktcenter --demo` (app/main.cpp): traffic over the started demo server when
// the demo's role is the supervisor (whose view shows it), null otherwise — the trainer's
// classroom stays still, since demo agents would take the contacts the trainees' exercises need.
// The returned traffic is started (interval from `options`; 0 for tests that call step()).
// Failure (the demo agents could not be added) is an error; the demo then runs without traffic.
Result<std::unique_ptr<DemoTraffic>> startDemoTraffic(DemoEnvironment& demo, DemoTraffic::Options options = {});

} // namespace kc
