// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Users, their sessions and their agent state: the accounts the command line administers,
// sign-in with its attempt limits, the tokens that authenticate requests, and an agent's
// ready / not ready / busy state.
//
// Invariants: a password is stored only as a PBKDF2 hash; a token only as its hash. A user's
// queues exist (QueueStore); a username is taken once. Disabling a
// user or changing a password ends the user's sessions at once. Every sign-in, failed sign-in,
// blocked period and sign-out is audited; an unknown username costs the same work and gets the
// same answer as a wrong password (no probing for usernames). A change of agent state appends an
// `agent` change. The state follows the sessions: an agent who signs in while `offline` becomes
// `not_ready` (no reason); signing out of the last live session makes them `offline`.
//
// Thread rules: the thread that owns the Database (the server's thread). Only
// auth::verifyPassword, between beginLogin and finishLogin, may run elsewhere.
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QDateTime>
#include <QSet>

#include <optional>

namespace kc::server {

class AuditLog;
class ChangeRecorder;
class QueueStore;

// A user with what only the server knows.
struct Account
{
    User user;
    QString passwordHash;
    bool disabled = false;
};

struct Session
{
    QString token;
    QDateTime expiresAt;
    User user;
};

class UserStore
{
public:
    UserStore(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder, QueueStore& queues)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
        , m_queues(queues)
    {}

    // ---- administration (command line) ----
    // An `area` user must name a known police area (knownPoliceAreas()); other roles none.
    ApiResult<User> add(const User& user, const QString& password);
    // Every polisområde the reference data names, sorted: what `--police-area` accepts.
    static QStringList knownPoliceAreas();
    QList<Account> list();
    ApiResult<bool> setDisabled(const QString& username, bool disabled);
    ApiResult<bool> setPassword(const QString& username, const QString& password);

    // ---- sessions ----
    // Sign-in in three steps so the slow key derivation can run off the server's thread:
    // beginLogin (rate limit, account) → auth::verifyPassword(password, hashToCheck) anywhere →
    // finishLogin (session or failure, audit). login() does all three in place.
    // beginLogin records the attempt before anything is checked (so parallel attempts cannot all
    // pass the limit) and refuses with 429 once the (username, address) or the username alone has
    // used up its failures in the window. `address` is the client's, as ApiServer determined it.
    struct LoginAttempt
    {
        QString username;
        std::optional<Account> account;
        QString hashToCheck;
        qint64 attemptId = 0;
        bool upgradeHash = false; // the stored hash is cheaper than kdfIterations: rehash on success
    };
    ApiResult<LoginAttempt> beginLogin(const QString& username, const QString& address, const QDateTime& now);
    // upgradedHash: a new hash of the (correct) password at today's cost, or empty.
    ApiResult<Session> finishLogin(const LoginAttempt& attempt, bool passwordOk, const QString& upgradedHash,
                                   const QDateTime& now);
    ApiResult<Session> login(const QString& username, const QString& password, const QDateTime& now);
    // The signed-in user for a token; nullopt when unknown or expired (`expired` tells which).
    // `expiresAt`: when the session ends (for auth::SessionCache).
    std::optional<User> authenticate(const QString& token, const QDateTime& now, bool* expired = nullptr,
                                     QDateTime* expiresAt = nullptr);
    bool logout(const QString& token, const User& user);
    // Of these token hashes, the ones whose session is still valid (not expired, user enabled).
    std::optional<QSet<QString>> validSessions(const QSet<QString>& tokenHashes, const QDateTime& now);

    // ---- agent state ----
    // The agent's current state; `offline` (since the account was made) when none was ever set.
    // nullopt on a database error.
    std::optional<AgentState> agentState(const User& agent);
    ApiResult<AgentState> setAgentState(const User& agent, AgentStatus state, const std::optional<QString>& reason);

private:
    std::optional<Account> accountByName(const QString& username);
    // Inside the caller's transaction: saves the state and appends its `agent.state` change.
    bool recordAgentState(const AgentState& s);
    QString userKey(const QString& username);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
    QueueStore& m_queues;
    QByteArray m_loginKeySecret;
};

} // namespace kc::server
