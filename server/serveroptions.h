// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The settings of one server instance, shared by ApiServer, Store and EventHub. Plain data; the
// executable fills it from its command line, tests and demo mode directly.
//
// Thread rules: filled before ApiServer::open(), read-only afterwards (any thread may read it).
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>

namespace kc::server {

struct ServerOptions
{
    QString databaseUrl;          // "sqlite:/path/file.db" or "postgresql://user@host:port/dbname"
    int casePrefix = 1400;        // region prefix of case numbers
    int serviceLevelSeconds = 60; // "answered within" threshold of the service level
    bool demo = false;            // training data only; /health says so, and a demo server refuses
                                  // a database that holds production data (and vice versa)
    // Listen with SO_REUSEPORT, so that several server processes on this host serve one port and
    // the kernel spreads new connections over them (issue 16). PostgreSQL only, never on a demo
    // server: SQLite's writer, the in-process event hub and the in-memory training runs do not
    // cross processes (ApiServer::open() refuses it there).
    bool reusePort = false;
    std::chrono::seconds tokenLifetime{12 * 3600};
    std::chrono::seconds heartbeat{15};
    std::chrono::seconds alertTick{5}; // how often alerts are evaluated when nothing changes
    std::chrono::seconds streamLifetime{300};
    // How often open event streams are checked against their sessions (sign-out on another
    // instance, expiry, a disabled user): a stream ends at most this long after its session.
    std::chrono::milliseconds sessionCheck{2000};
    int maxStreamsPerUser = 4;       // the 5th concurrent GET /events of one user → 429
    int resyncBacklog = 10'000;      // a resume with a longer backlog gets `resync` and /changes
    int retainChangesDays = 30;      // older changes are pruned; older cursors → 410
    int kdfIterations = 600'000;     // PBKDF2-SHA256 for new passwords (OWASP 2023); older hashes
                                     // are upgraded at the next successful sign-in
    int kdfQueueLimit = 64;          // sign-ins waiting for the hashing pool; beyond: 503
    int loginFailuresPerAddress = 5; // per (username, client address) in loginWindow → 429
    int loginFailuresPerUser = 50;   // per username from any address in loginWindow → 429
    std::chrono::seconds loginWindow{15 * 60};
    qint64 maxBodyBytes = 1 << 20;
    // Reverse proxies whose X-Forwarded-For names the client; from anyone else it is ignored.
    QList<QHostAddress> trustedProxies;
    // The time, for rules that depend on it (rate limits, retention, expiry); tests inject one.
    std::function<QDateTime()> clock;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

} // namespace kc::server
