// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Demo (training) mode for trainers in Skara: the real server library runs in-process on loopback
// over a fresh temporary SQLite database marked as demo data, seeded with a demo agent and a
// handful of realistic waiting contacts (Skatteverket's test personnummer only), and the
// workstation signs in to it through the real sync path — not a mock.
//
// Nothing here can reach a production database: the database is created in a temporary directory
// and claimed as "demo" (a production server refuses it, and this demo server would refuse a
// production one). Thread rules: GUI thread.
#pragma once

#include "core/result.h"

#include <QTemporaryDir>

#include <memory>

namespace kc::server {
class ApiServer;
}

namespace kc {

class DemoEnvironment
{
public:
    DemoEnvironment();
    ~DemoEnvironment();

    // Starts the server and seeds it. The workstation then signs in as agentUsername().
    Result<bool> start();

    QString serverUrl() const;
    QString agentUsername() const { return QStringLiteral("ovning"); }
    QString agentPassword() const { return m_password; }
    QString dataDirectory() const { return m_dir.path(); }
    server::ApiServer* server() const { return m_server.get(); }

    // Another synthetic contact, as a trainer would inject one during an exercise.
    bool addContact(int index);
    // Ends the server: it stops listening and every open connection closes, as when the real
    // server goes away (tests of the workstation's offline behaviour). server() is null after.
    void stop();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ApiServer> m_server;
    QString m_password;
    QString m_intakeId;
};

} // namespace kc
