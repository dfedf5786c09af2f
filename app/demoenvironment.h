// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Demo (training) mode for trainers in Skara: the real server library runs in-process on loopback
// over a fresh temporary SQLite database marked as demo data, seeded with the classroom's accounts
// (utbildare, gruppchef, ovning1…ovning12, the e-service gateway etjanst and Polisområde Skaraborg's
// desk skaraborg; server/trainingroom.h) under one random password and a
// handful of realistic waiting contacts (Skatteverket's test personnummer only), and the
// workstation signs in to it through the real sync path — not a mock — as the role chosen in the
// role picker (no password to type: this process made it).
//
// Nothing here can reach a production database: the database is created in a temporary directory
// and claimed as "demo" (a production server refuses it, and this demo server would refuse a
// production one). Thread rules: GUI thread.
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTemporaryDir>

#include <functional>

#include <memory>

namespace kc::server {
class ApiServer;
}

namespace kc {

class DemoEnvironment
{
public:
    // `role`: who the workstation signs in as — agent (ovning1), supervisor (gruppchef), trainer
    // (utbildare) or area (skaraborg, Polisområde Skaraborg's desk; its demo starts with one report
    // handed over).
    // `kind`: NonDemo only for tests of the normal sign-in path — the same synthetic data on a
    // server that calls itself a production server (the fence lets a normal workstation in).
    enum class Kind { Demo, NonDemo };
    explicit DemoEnvironment(Role role = Role::Agent, Kind kind = Kind::Demo);
    ~DemoEnvironment();

    // The server's clock (ServerOptions::clock), for tests that must not depend on the day they
    // run (a supervisor's "today"); set before start(). Default: the wall clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Starts the server and seeds it. The workstation then signs in as agentUsername().
    Result<bool> start();

    QString serverUrl() const;
    Role role() const { return m_role; }
    // The account of the chosen role (historical name: the agent's until the role picker came).
    QString agentUsername() const;
    QString agentPassword() const { return m_password; }
    QString dataDirectory() const { return m_dir.path(); }
    server::ApiServer* server() const { return m_server.get(); }

    // Another synthetic contact, as a trainer would inject one during an exercise.
    bool addContact(int index);
    // Issue 15: a synthetic web report from the polisen.se e-service (index 0: a bicycle stolen in
    // Skara, complete — registered, it is handed over to Polisområde Skaraborg; 1: damage to a car
    // with three problems to correct — a personnummer whose check digit is wrong, a date in the
    // future, an unknown kommun) and a tip (0: with contact details; 1: anonymous), posted through
    // the server's intake path as the e-service gateway would. Returns the contact id, "" on failure.
    QString addWebReport(int index);
    QString addTip(int index);
    static int webReportCount();
    static int tipCount();
    // The agent's demo: the web reports and tips arrive one by one (the first after 10 s, then
    // every 20 s), so the demo shows them coming in. `context` ends the schedule when destroyed.
    void scheduleIntake(QObject* context);
    // Ends the server: it stops listening and every open connection closes, as when the real
    // server goes away (tests of the workstation's offline behaviour). server() is null after.
    void stop();

private:
    QString intake(const QJsonObject& body, bool tip);
    bool seedHandoff(); // role area: one report handed over to Skaraborg
    Role m_role = Role::Agent;
    Kind m_kind = Kind::Demo;
    QTemporaryDir m_dir;
    std::unique_ptr<server::ApiServer> m_server;
    QString m_password;
    QString m_intakeId;
    std::function<QDateTime()> m_clock;
};

} // namespace kc
