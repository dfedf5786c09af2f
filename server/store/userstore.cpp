// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/userstore.h"

#include "core/referencedata.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/queuestore.h"
#include "server/store/storecommon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace kc::server {

using namespace detail;

namespace {

QString queuesJson(const QStringList& queues)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(queues)).toJson(QJsonDocument::Compact));
}

} // namespace

// ---- administration ------------------------------------------------------------------------------

QStringList UserStore::knownPoliceAreas()
{
    QStringList areas;
    for (const Municipality& m : ReferenceData::builtin().municipalities())
        if (!m.policeArea.isEmpty() && !areas.contains(m.policeArea))
            areas.append(m.policeArea);
    std::sort(areas.begin(), areas.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return areas;
}

ApiResult<User> UserStore::add(const User& user, const QString& password)
{
    if (user.username.trimmed().isEmpty() || user.displayName.trimmed().isEmpty())
        return error(422, "validation_failed", Store::tr("A user needs a username and a display name."));
    if (password.size() < 10)
        return error(422, "validation_failed", Store::tr("The password must have at least 10 characters."));
    // Only queues that exist: a misspelt queue would silently show the agent nothing.
    const auto unknownQueues = m_queues.unknown(user.queues);
    if (!unknownQueues)
        return internalError();
    if (!unknownQueues->isEmpty()) {
        ApiError e = error(422, "validation_failed", m_queues.unknownQueueMessage(unknownQueues->join(u',')));
        e.fields.insert(QStringLiteral("queues"), e.message);
        return e;
    }
    // A police area's desk receives for exactly one known polisområde; nobody else has one.
    if (user.role == Role::Area) {
        const QStringList known = knownPoliceAreas();
        if (!user.policeArea || !known.contains(*user.policeArea)) {
            ApiError e = error(422, "validation_failed",
                               Store::tr("An area user needs a known police area (--police-area), one of: %1.")
                                   .arg(known.join(u", ")));
            e.fields.insert(QStringLiteral("policeArea"), e.message);
            return e;
        }
    } else if (user.policeArea) {
        ApiError e = error(422, "validation_failed", Store::tr("Only an area user has a police area."));
        e.fields.insert(QStringLiteral("policeArea"), e.message);
        return e;
    }
    User u = user;
    u.id = auth::newId("u");
    if (u.team.isNull()) // a user without a team: "" (Qt SQL binds a null QString as NULL)
        u.team = QStringLiteral("");
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // Asked first, not learnt from a unique violation: the driver's text is no message for people.
    if (accountByName(u.username))
        return error(409, "conflict", Store::tr("The user %1 already exists.").arg(u.username));
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, team, queues, police_area,"
                                 " password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {u.id, u.username, u.displayName, wireName(u.role), u.team, queuesJson(u.queues),
                   nullable(u.policeArea), auth::hashPassword(password, m_options.kdfIterations), ms(m_options.now())});
    if (!q)
        return q.error().code == QLatin1String("unique_violation")
                   ? error(409, "conflict", Store::tr("The user %1 already exists.").arg(u.username))
                   : internalError();
    if (!m_audit.write(QStringLiteral("admin"), QStringLiteral("user.add"), u.id, u.username))
        return internalError();
    if (!tx.commit())
        return internalError();
    return u;
}

QList<Account> UserStore::list()
{
    QList<Account> list;
    auto q =
        m_db.exec(QStringLiteral("SELECT id, username, display_name, role, team, queues, police_area, password_hash,"
                                 " disabled FROM users ORDER BY username"));
    while (q && q->next())
        list.append({userFromRow(*q), q->value(7).toString(), q->value(8).toInt() != 0});
    return list;
}

ApiResult<bool> UserStore::setDisabled(const QString& username, bool disabled)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE username = ? RETURNING id"),
                       {disabled ? 1 : 0, username});
    if (!q)
        return internalError();
    if (!q->next())
        return notFound();
    const QString id = q->value(0).toString();
    q->finish();
    // A disabled user's open sessions end now, not at expiry.
    if (disabled && !m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {id}))
        return internalError();
    if (!m_audit.write(QStringLiteral("admin"),
                       disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), id))
        return internalError();
    if (!tx.commit())
        return internalError();
    return true;
}

ApiResult<bool> UserStore::setPassword(const QString& username, const QString& password)
{
    if (password.size() < 10)
        return error(422, "validation_failed", Store::tr("The password must have at least 10 characters."));
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE username = ? RETURNING id"),
                       {auth::hashPassword(password, m_options.kdfIterations), username});
    if (!q)
        return internalError();
    if (!q->next())
        return notFound();
    const QString id = q->value(0).toString();
    q->finish();
    if (!m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {id}))
        return internalError();
    if (!m_audit.write(QStringLiteral("admin"), QStringLiteral("user.passwd"), id))
        return internalError();
    if (!tx.commit())
        return internalError();
    return true;
}

std::optional<Account> UserStore::accountByName(const QString& username)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, username, display_name, role, team, queues, police_area, password_hash,"
                                 " disabled FROM users WHERE username = ?"),
                  {username});
    if (!q || !q->next())
        return std::nullopt;
    return Account{userFromRow(*q), q->value(7).toString(), q->value(8).toInt() != 0};
}

// ---- sessions ------------------------------------------------------------------------------------

QString UserStore::userKey(const QString& username)
{
    // A keyed hash: the rate limit needs to recognise a username, never to read it back, and a
    // plain hash of a short "username" (often a password typed into the wrong field) is easily
    // reversed by trying candidates.
    if (m_loginKeySecret.isEmpty()) {
        m_loginKeySecret = m_db.meta(QStringLiteral("login_key_secret")).toLatin1();
        if (m_loginKeySecret.isEmpty()) {
            const QByteArray fresh = auth::newToken().toLatin1();
            if (!m_db.setMeta(QStringLiteral("login_key_secret"), QString::fromLatin1(fresh)))
                return {};
            m_loginKeySecret = fresh;
        }
    }
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(username.toUtf8(), m_loginKeySecret, QCryptographicHash::Sha256).toHex());
}

ApiResult<UserStore::LoginAttempt> UserStore::beginLogin(const QString& username, const QString& address,
                                                         const QDateTime& now)
{
    const QString key = userKey(username);
    if (key.isEmpty())
        return internalError();
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // Count and record in one transaction, serialised per username: SQLite's BEGIN IMMEDIATE holds
    // the write lock, PostgreSQL an advisory lock that every instance on the database honours. So
    // however many attempts arrive at once, at most the limit of them reach the password check.
    if (m_db.dialect() == Dialect::Postgres &&
        !m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), {key}))
        return internalError();
    const qint64 windowStart = ms(now) - qint64(m_options.loginWindow.count()) * 1000;
    auto counts = m_db.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN address = ? THEN 1 ELSE 0 END),"
                                           " MIN(at), MIN(CASE WHEN address = ? THEN at END)"
                                           " FROM login_attempts WHERE user_key = ? AND at > ?"),
                            {address, address, key, windowStart});
    if (!counts || !counts->next())
        return internalError();
    const int fromAnywhere = counts->value(0).toInt();
    const int fromHere = counts->value(1).toInt();
    const qint64 oldestAnywhere = counts->value(2).toLongLong();
    const qint64 oldestHere = counts->value(3).toLongLong();
    counts->finish();
    const std::optional<Account> account = accountByName(username);
    const QString resource = account ? QStringLiteral("user:") + account->user.id : QStringLiteral("user:?");
    const bool userBlocked = fromAnywhere >= m_options.loginFailuresPerUser;
    if (userBlocked || fromHere >= m_options.loginFailuresPerAddress) {
        const QString blockAddress = userBlocked ? QStringLiteral("*") : address;
        const qint64 until = (userBlocked ? oldestAnywhere : oldestHere) + qint64(m_options.loginWindow.count()) * 1000;
        // One audit row per blocked period, not per refused attempt: a flood must not flood the trail.
        auto known = m_db.exec(QStringLiteral("SELECT until FROM login_blocks WHERE user_key = ? AND address = ?"),
                               {key, blockAddress});
        if (!known)
            return internalError();
        const bool audited = known->next() && known->value(0).toLongLong() > ms(now);
        known->finish();
        if (!audited) {
            if (!m_db.exec(QStringLiteral("INSERT INTO login_blocks (user_key, address, until) VALUES (?, ?, ?)"
                                          " ON CONFLICT (user_key, address) DO UPDATE SET until = excluded.until"),
                           {key, blockAddress, until}) ||
                !m_audit.write(account ? account->user.id : QStringLiteral("-"), QStringLiteral("login.blocked"),
                               resource,
                               userBlocked ? QStringLiteral("all addresses") : QStringLiteral("one address")) ||
                !tx.commit())
                return internalError();
        }
        ApiError e = error(429, "rate_limited",
                           userBlocked ? Store::tr("Too many failed sign-ins for this user. Wait or ask a supervisor.")
                                       : Store::tr("Too many failed sign-ins for this user from this computer. Wait "
                                                   "or ask a supervisor."));
        e.retryAfterSeconds = int(std::max<qint64>(1, (until - ms(now) + 999) / 1000));
        return e;
    }
    // Recorded before the password is checked; a successful check removes it again.
    auto inserted =
        m_db.exec(QStringLiteral("INSERT INTO login_attempts (user_key, address, at) VALUES (?, ?, ?) RETURNING id"),
                  {key, address, ms(now)});
    if (!inserted || !inserted->next())
        return internalError();
    LoginAttempt attempt{username, account, {}, inserted->value(0).toLongLong(), false};
    inserted->finish();
    if (!tx.commit())
        return internalError();
    // An unknown user costs the same key derivation as a known one and gets the same answer: no
    // probing for usernames. The dummy can never match (its "hash" is no PBKDF2 output of anything
    // known), so nothing needs computing to make it.
    attempt.hashToCheck = attempt.account ? attempt.account->passwordHash
                                          : QStringLiteral("pbkdf2-sha256$%1$AAAAAAAAAAAAAAAAAAAAAA==$"
                                                           "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                                                .arg(m_options.kdfIterations);
    attempt.upgradeHash = attempt.account && auth::iterationsOf(attempt.hashToCheck) < m_options.kdfIterations;
    return attempt;
}

ApiResult<Session> UserStore::finishLogin(const LoginAttempt& attempt, bool passwordOk, const QString& upgradedHash,
                                          const QDateTime& now)
{
    const auto& account = attempt.account;
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (!passwordOk || !account || account->disabled) {
        // The attempt row stays: it is the failure the rate limit counts. An unknown username is
        // audited without what was typed.
        if (!m_audit.write(account ? account->user.id : QStringLiteral("-"), QStringLiteral("login.failed"),
                           account ? QStringLiteral("user:") + account->user.id : QStringLiteral("user:?")) ||
            !tx.commit())
            return internalError();
        return error(401, "unauthenticated", Store::tr("Wrong username or password."));
    }
    Session s{auth::newToken(), now.addSecs(m_options.tokenLifetime.count()), account->user};
    if (!m_db.exec(QStringLiteral("DELETE FROM login_attempts WHERE id = ?"), {attempt.attemptId}) ||
        !m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at)"
                                  " VALUES (?, ?, ?, ?)"),
                   {auth::tokenHash(s.token), s.user.id, ms(now), ms(s.expiresAt)}))
        return internalError();
    // A hash from before the cost was raised is replaced now that the password is known; only if
    // nobody changed the password meanwhile.
    if (!upgradedHash.isEmpty() &&
        !m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?"),
                   {upgradedHash, account->user.id, account->passwordHash}))
        return internalError();
    // Sessions and attempts past their time are only clutter. Expired sessions stay a week, so a
    // workstation coming back from a long break is told "expired", not "invalid".
    const qint64 windowStart = ms(now) - qint64(m_options.loginWindow.count()) * 1000;
    if (!m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {ms(now.addDays(-7))}) ||
        !m_db.exec(QStringLiteral("DELETE FROM login_attempts WHERE at < ?"), {windowStart}) ||
        !m_db.exec(QStringLiteral("DELETE FROM login_blocks WHERE until < ?"), {ms(now)}))
        return internalError();
    if (!m_audit.write(s.user.id, QStringLiteral("login"), QStringLiteral("user:") + s.user.id))
        return internalError();
    // An agent who signs in is at the workstation but not yet taking contacts: offline becomes
    // not_ready, published like any change. Any other state (signed in elsewhere) stays.
    bool stateChanged = false;
    if (s.user.role == Role::Agent) {
        const auto current = agentState(s.user);
        if (!current)
            return internalError();
        stateChanged = current->state == AgentStatus::Offline;
        if (stateChanged &&
            !recordAgentState({s.user.id, s.user.displayName, s.user.team, AgentStatus::NotReady, std::nullopt, now}))
            return internalError();
    }
    if (!(stateChanged ? m_recorder.commit(tx) : tx.commit()))
        return internalError();
    return s;
}

ApiResult<Session> UserStore::login(const QString& username, const QString& password, const QDateTime& now)
{
    auto attempt = beginLogin(username, QStringLiteral("local"), now);
    if (!attempt)
        return attempt.error();
    const bool ok = auth::verifyPassword(password, attempt->hashToCheck);
    return finishLogin(*attempt, ok,
                       ok && attempt->upgradeHash ? auth::hashPassword(password, m_options.kdfIterations) : QString(),
                       now);
}

std::optional<User> UserStore::authenticate(const QString& token, const QDateTime& now, bool* expired,
                                            QDateTime* expiresAt)
{
    if (expired)
        *expired = false;
    auto q = m_db.exec(QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.team, u.queues,"
                                      " u.police_area, s.expires_at, u.disabled FROM sessions s JOIN users u"
                                      " ON u.id = s.user_id WHERE s.token_hash = ?"),
                       {auth::tokenHash(token)});
    if (!q || !q->next())
        return std::nullopt;
    if (q->value(7).toLongLong() <= ms(now) || q->value(8).toInt() != 0) {
        if (expired)
            *expired = true;
        return std::nullopt;
    }
    if (expiresAt)
        *expiresAt = fromMs(q->value(6).toLongLong());
    return userFromRow(*q);
}

std::optional<QSet<QString>> UserStore::validSessions(const QSet<QString>& tokenHashes, const QDateTime& now)
{
    QSet<QString> valid;
    if (tokenHashes.isEmpty())
        return valid;
    QStringList marks;
    QVariantList args{ms(now)};
    for (const QString& h : tokenHashes) {
        marks << QStringLiteral("?");
        args << h;
    }
    auto q = m_db.exec(QStringLiteral("SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id"
                                      " WHERE s.expires_at > ? AND u.disabled = 0 AND s.token_hash IN (%1)")
                           .arg(marks.join(u',')),
                       args);
    if (!q)
        return std::nullopt;
    while (q->next())
        valid.insert(q->value(0).toString());
    return valid;
}

bool UserStore::logout(const QString& token, const User& user)
{
    Transaction tx(m_db);
    if (!tx.ok() || !m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {auth::tokenHash(token)}) ||
        !m_audit.write(user.id, QStringLiteral("logout"), QStringLiteral("user:") + user.id))
        return false;
    if (user.role == Role::Agent) {
        // The agent's last live session ends: nobody is at a workstation for them any more.
        const QDateTime now = m_options.now();
        auto live = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE user_id = ? AND expires_at > ?"),
                              {user.id, ms(now)});
        if (!live || !live->next())
            return false;
        const bool lastSession = live->value(0).toInt() == 0;
        live->finish();
        if (lastSession) {
            if (!recordAgentState({user.id, user.displayName, user.team, AgentStatus::Offline, std::nullopt, now}))
                return false;
            return m_recorder.commit(tx);
        }
    }
    return tx.commit();
}

// ---- agents --------------------------------------------------------------------------------------

std::optional<AgentState> UserStore::agentState(const User& agent)
{
    auto q = m_db.exec(QStringLiteral("SELECT s.state, s.reason, s.since, u.created_at FROM users u"
                                      " LEFT JOIN agent_states s ON s.agent_id = u.id WHERE u.id = ?"),
                       {agent.id});
    if (!q)
        return std::nullopt;
    // Never set (an agent who has not signed in since states were kept): offline since the account
    // was made.
    AgentState s{agent.id, agent.displayName, agent.team, AgentStatus::Offline, std::nullopt, m_options.now()};
    if (q->next()) {
        if (!q->value(0).isNull()) {
            s.state = fromWireName<AgentStatus>(q->value(0).toString()).value_or(AgentStatus::Offline);
            if (!q->value(1).isNull())
                s.reason = q->value(1).toString();
            s.since = fromMs(q->value(2).toLongLong());
        } else {
            s.since = fromMs(q->value(3).toLongLong());
        }
    }
    return s;
}

bool UserStore::recordAgentState(const AgentState& s)
{
    return saveAgentState(m_db, s) && m_recorder.append(QStringLiteral("agent"), s.agentId, 0,
                                                        QStringLiteral("agent.state"), s.team, s.agentId) >= 0;
}

ApiResult<AgentState> UserStore::setAgentState(const User& agent, AgentStatus state,
                                               const std::optional<QString>& reason)
{
    AgentState s{agent.id, agent.displayName, agent.team, state, reason, m_options.now()};
    if (state == AgentStatus::NotReady && (!reason || reason->trimmed().isEmpty())) {
        ApiError e = error(422, "validation_failed", Store::tr("Say why you are not ready."));
        e.fields.insert(QStringLiteral("reason"), e.message);
        return e;
    }
    if (state != AgentStatus::NotReady)
        s.reason.reset();
    Transaction tx(m_db);
    if (!tx.ok() || !recordAgentState(s))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return s;
}

} // namespace kc::server
