#include "server/store.h"

#include "core/casenumber.h"
#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "core/referencedata.h"
#include "core/validation.h"
#include "server/auth.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>
#include <QTimeZone>

#include <tuple>

Q_LOGGING_CATEGORY(lcStore, "kc.server.store")

namespace kc::server {

namespace {

qint64 ms(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(qint64 v)
{
    return QDateTime::fromMSecsSinceEpoch(v, QTimeZone::UTC);
}

QVariant nullable(const std::optional<QString>& s)
{
    return s ? QVariant(*s) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableStr(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

ApiError error(int status, const char* code, const QString& message)
{
    return ApiError{status, QString::fromLatin1(code), message, {}, 0};
}

ApiError notFound()
{
    return error(404, "not_found", Store::tr("There is no such item, or you may not see it."));
}

ApiError forbidden()
{
    return error(403, "forbidden", Store::tr("Your role may not do this."));
}

ApiError validationFailed(const QList<Error>& errors)
{
    ApiError e = error(422, "validation_failed", Store::tr("Some fields need correcting."));
    for (const Error& f : errors)
        if (!e.fields.contains(f.path))
            e.fields.insert(f.path.isEmpty() ? QStringLiteral("body") : f.path, f.message);
    if (errors.size() == 1)
        e.message = errors.first().message;
    return e;
}

const char* const contactColumns = "id, channel, queue, state, priority, caller, subject, language, received_at,"
                                   " assigned_to, assigned_at, completed_at, disposition, report_id, version";

Contact contactFromRow(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toString();
    c.channel = fromWireName<Channel>(q.value(1).toString()).value_or(Channel::Phone);
    c.queue = q.value(2).toString();
    c.state = fromWireName<ContactState>(q.value(3).toString()).value_or(ContactState::Waiting);
    c.priority = q.value(4).toInt();
    if (auto p = json::fromJson<Person>(parseObject(q.value(5).toString())))
        c.caller = *p;
    c.subject = q.value(6).toString();
    c.language = q.value(7).toString();
    c.receivedAt = fromMs(q.value(8).toLongLong());
    if (!q.value(9).isNull())
        c.assignedTo = q.value(9).toString();
    if (!q.value(10).isNull())
        c.assignedAt = fromMs(q.value(10).toLongLong());
    if (!q.value(11).isNull())
        c.completedAt = fromMs(q.value(11).toLongLong());
    if (!q.value(12).isNull())
        c.disposition = fromWireName<Disposition>(q.value(12).toString());
    if (!q.value(13).isNull())
        c.reportId = q.value(13).toString();
    c.version = q.value(14).toLongLong();
    return c;
}

User userFromRow(const QSqlQuery& q, int first = 0)
{
    User u;
    u.id = q.value(first).toString();
    u.username = q.value(first + 1).toString();
    u.displayName = q.value(first + 2).toString();
    u.role = fromWireName<Role>(q.value(first + 3).toString()).value_or(Role::Agent);
    u.team = q.value(first + 4).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(first + 5).toString().toUtf8()).array())
        u.queues.append(v.toString());
    return u;
}

QString queuesJson(const QStringList& queues)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(queues)).toJson(QJsonDocument::Compact));
}

// What free-text search looks through: lower-cased, no personal identity numbers.
QString searchText(const Report& r)
{
    QStringList parts{r.caseNumber, r.narrative, r.reporter.name, r.location.description.value_or(QString())};
    if (const auto* o = ReferenceData::builtin().offenceType(r.offenceCode))
        parts.append(o->name);
    if (const auto* m = ReferenceData::builtin().municipality(r.location.municipalityCode))
        parts.append(m->name);
    if (r.injuredParty)
        parts.append(r.injuredParty->name);
    for (const StolenItem& i : r.stolenItems)
        parts << i.description << i.brand.value_or(QString()) << i.model.value_or(QString())
              << i.serialNumber.value_or(QString());
    return parts.join(u' ').toLower();
}

bool isAgent(const User& u)
{
    return u.role == Role::Agent;
}

} // namespace

ApiError internalError()
{
    return error(500, "internal",
                 Store::tr("The server could not complete the request. Nothing was saved; try again."));
}

Store::Store(Database& db, const ServerOptions& options)
    : m_db(db)
    , m_options(options)
{}

bool Store::commit(Transaction& tx)
{
    if (!tx.commit())
        return false;
    if (m_onChange)
        m_onChange();
    return true;
}

qint64 Store::appendChange(const QString& kind, const QString& id, qint64 version, const QString& event,
                           const QString& scope, const QString& owner)
{
    // The counter row is locked until commit: writers queue here, so seq order is commit order.
    auto seq =
        m_db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value"));
    if (!seq || !seq->next())
        return -1;
    const qint64 value = seq->value(0).toLongLong();
    seq->finish();
    auto ins =
        m_db.exec(QStringLiteral("INSERT INTO changes (seq, kind, entity_id, op, event, scope, owner, data, at,"
                                 " version) VALUES (?, ?, ?, 'upsert', ?, ?, ?, '', ?, ?)"),
                  {value, kind, id, event, nullableStr(scope), nullableStr(owner), ms(m_options.now()), version});
    if (!ins)
        return -1;
    if (m_db.dialect() == Dialect::Postgres && !m_db.exec(QStringLiteral("NOTIFY kc_changes")))
        return -1;
    return value;
}

bool Store::audit(const QString& userId, const QString& action, const QString& resource, const QString& detail)
{
    // No audit row, no action: callers roll back when this fails.
    if (m_db.exec(QStringLiteral("INSERT INTO audit (at, user_id, action, resource, detail) VALUES (?, ?, ?, ?, ?)"),
                  {ms(m_options.now()), userId, action, resource, detail.isNull() ? QStringLiteral("") : detail}))
        return true;
    qCCritical(lcStore) << "could not write an audit row for" << action;
    return false;
}

bool Store::auditRead(const User& viewer, const QString& action, const QString& resource, const QString& detail)
{
    Transaction tx(m_db);
    return tx.ok() && audit(viewer.id, action, resource, detail) && tx.commit();
}

// ---- administration ------------------------------------------------------------------------------

ApiResult<User> Store::addUser(const User& user, const QString& password)
{
    if (user.username.trimmed().isEmpty() || user.displayName.trimmed().isEmpty())
        return error(422, "validation_failed", Store::tr("A user needs a username and a display name."));
    if (password.size() < 10)
        return error(422, "validation_failed", Store::tr("The password must have at least 10 characters."));
    User u = user;
    u.id = auth::newId("u");
    if (u.team.isNull()) // a user without a team: "" (Qt SQL binds a null QString as NULL)
        u.team = QStringLiteral("");
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, team, queues, password_hash,"
                                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {u.id, u.username, u.displayName, wireName(u.role), u.team, queuesJson(u.queues),
                   auth::hashPassword(password, m_options.kdfIterations), ms(m_options.now())});
    if (!q)
        return q.error().code == QLatin1String("unique_violation")
                   ? error(409, "conflict", Store::tr("A user with that username already exists."))
                   : internalError();
    if (!audit(QStringLiteral("admin"), QStringLiteral("user.add"), u.id, u.username))
        return internalError();
    if (!tx.commit())
        return internalError();
    return u;
}

QList<Account> Store::users()
{
    QList<Account> list;
    auto q = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, team, queues, password_hash, disabled"
                                      " FROM users ORDER BY username"));
    while (q && q->next())
        list.append({userFromRow(*q), q->value(6).toString(), q->value(7).toInt() != 0});
    return list;
}

ApiResult<bool> Store::setDisabled(const QString& username, bool disabled)
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
    if (!audit(QStringLiteral("admin"), disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"), id))
        return internalError();
    if (!tx.commit())
        return internalError();
    return true;
}

ApiResult<bool> Store::setPassword(const QString& username, const QString& password)
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
    if (!audit(QStringLiteral("admin"), QStringLiteral("user.passwd"), id))
        return internalError();
    if (!tx.commit())
        return internalError();
    return true;
}

ApiResult<bool> Store::claimDataKind(bool demo)
{
    const QString wanted = demo ? QStringLiteral("demo") : QStringLiteral("production");
    const QString current = m_db.meta(QStringLiteral("data_kind"));
    if (current.isEmpty())
        return m_db.setMeta(QStringLiteral("data_kind"), wanted) ? ApiResult<bool>(true) : internalError();
    if (current != wanted)
        return error(409, "conflict",
                     demo ? Store::tr("This database holds production data; a demo server must not use it.")
                          : Store::tr("This database holds demo data; a production server must not use it."));
    return true;
}

std::optional<Account> Store::accountByName(const QString& username)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, team, queues, password_hash, disabled"
                                      " FROM users WHERE username = ?"),
                       {username});
    if (!q || !q->next())
        return std::nullopt;
    return Account{userFromRow(*q), q->value(6).toString(), q->value(7).toInt() != 0};
}

std::optional<User> Store::userById(const QString& id)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, username, display_name, role, team, queues FROM users WHERE id = ?"),
                       {id});
    if (!q || !q->next())
        return std::nullopt;
    return userFromRow(*q);
}

// ---- sessions ------------------------------------------------------------------------------------

QString Store::userKey(const QString& username)
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

ApiResult<Store::LoginAttempt> Store::beginLogin(const QString& username, const QString& address, const QDateTime& now)
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
                !audit(account ? account->user.id : QStringLiteral("-"), QStringLiteral("login.blocked"), resource,
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

ApiResult<Session> Store::finishLogin(const LoginAttempt& attempt, bool passwordOk, const QString& upgradedHash,
                                      const QDateTime& now)
{
    const auto& account = attempt.account;
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (!passwordOk || !account || account->disabled) {
        // The attempt row stays: it is the failure the rate limit counts. An unknown username is
        // audited without what was typed.
        if (!audit(account ? account->user.id : QStringLiteral("-"), QStringLiteral("login.failed"),
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
    if (!audit(s.user.id, QStringLiteral("login"), QStringLiteral("user:") + s.user.id) || !tx.commit())
        return internalError();
    return s;
}

ApiResult<Session> Store::login(const QString& username, const QString& password, const QDateTime& now)
{
    auto attempt = beginLogin(username, QStringLiteral("local"), now);
    if (!attempt)
        return attempt.error();
    const bool ok = auth::verifyPassword(password, attempt->hashToCheck);
    return finishLogin(*attempt, ok,
                       ok && attempt->upgradeHash ? auth::hashPassword(password, m_options.kdfIterations) : QString(),
                       now);
}

std::optional<User> Store::authenticate(const QString& token, const QDateTime& now, bool* expired)
{
    if (expired)
        *expired = false;
    auto q = m_db.exec(QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, u.team, u.queues,"
                                      " s.expires_at, u.disabled FROM sessions s JOIN users u ON u.id = s.user_id"
                                      " WHERE s.token_hash = ?"),
                       {auth::tokenHash(token)});
    if (!q || !q->next())
        return std::nullopt;
    if (q->value(6).toLongLong() <= ms(now) || q->value(7).toInt() != 0) {
        if (expired)
            *expired = true;
        return std::nullopt;
    }
    return userFromRow(*q);
}

std::optional<QSet<QString>> Store::validSessions(const QSet<QString>& tokenHashes, const QDateTime& now)
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

bool Store::logout(const QString& token, const User& user)
{
    Transaction tx(m_db);
    return tx.ok() &&
           m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {auth::tokenHash(token)}) &&
           audit(user.id, QStringLiteral("logout"), QStringLiteral("user:") + user.id) && tx.commit();
}

// ---- agents --------------------------------------------------------------------------------------

bool Store::saveAgentState(const AgentState& s)
{
    // Before the change is appended: row locks first, the change counter last (see appendChange).
    return m_db
        .exec(QStringLiteral("INSERT INTO agent_states (agent_id, state, reason, since) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (agent_id) DO UPDATE SET state = excluded.state,"
                             " reason = excluded.reason, since = excluded.since"),
              {s.agentId, wireName(s.state), nullable(s.reason), ms(s.since)})
        .ok();
}

ApiResult<AgentState> Store::setAgentState(const User& agent, AgentStatus state, const std::optional<QString>& reason)
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
    if (!tx.ok() || !saveAgentState(s) ||
        appendChange(QStringLiteral("agent"), agent.id, 0, QStringLiteral("agent.state"), agent.team, agent.id) < 0)
        return internalError();
    if (!commit(tx))
        return internalError();
    return s;
}

// ---- contacts ------------------------------------------------------------------------------------

bool Store::mayViewContact(const User& viewer, const Contact& c) const
{
    switch (viewer.role) {
    case Role::Agent:
        return viewer.queues.contains(c.queue) || c.assignedTo == viewer.id;
    case Role::Supervisor:
        return viewer.queues.contains(c.queue); // no queues, no contacts: never "all"
    case Role::Trainer:
        return m_options.demo; // synthetic callers only
    case Role::Intake:
        return false;
    }
    return false;
}

std::optional<Contact> Store::loadContact(const QString& id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE id = ?").arg(QLatin1String(contactColumns)), {id});
    if (!q || !q->next())
        return std::nullopt;
    return contactFromRow(*q);
}

ApiResult<Contact> Store::createContact(const User& by, Contact c)
{
    c.caller = normalizedPerson(c.caller);
    if (auto errors = validateContactForCreate(c); !errors.isEmpty())
        return validationFailed(errors);
    c.id = auth::newId("c");
    c.state = ContactState::Waiting;
    c.receivedAt = m_options.now();
    c.version = 1;
    c.assignedTo.reset();
    c.assignedAt.reset();
    c.completedAt.reset();
    c.disposition.reset();
    c.reportId.reset();
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("INSERT INTO contacts (id, channel, queue, state, priority, caller,"
                                      " caller_personnummer, caller_phone, subject, language, received_at, version,"
                                      " created_by) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                       {c.id, wireName(c.channel), c.queue, c.priority, compact(json::toJson(c.caller)),
                        nullable(c.caller.personnummer), nullable(c.caller.phone), c.subject, c.language,
                        ms(c.receivedAt), by.id});
    if (!q || appendChange(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.created"), c.queue,
                           QString()) < 0)
        return internalError();
    if (!audit(by.id, QStringLiteral("contact.create"), c.id))
        return internalError();
    if (!commit(tx))
        return internalError();
    return c;
}

ApiResult<QList<Contact>> Store::contacts(const User& viewer, const QString& state, const QString& queue, int limit,
                                          int offset)
{
    if (viewer.role == Role::Intake || (viewer.role == Role::Trainer && !m_options.demo))
        return forbidden();
    QString sql = QStringLiteral("SELECT %1 FROM contacts WHERE 1 = 1").arg(QLatin1String(contactColumns));
    QVariantList args;
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND state = ?");
        args << state;
    }
    if (!queue.isEmpty()) {
        sql += QStringLiteral(" AND queue = ?");
        args << queue;
    }
    // Visibility in SQL, so paging counts only what the viewer may see.
    if (viewer.role == Role::Agent || viewer.role == Role::Supervisor) {
        QStringList marks;
        for (const QString& qn : viewer.queues) {
            marks << QStringLiteral("?");
            args << qn;
        }
        QString cond =
            marks.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("queue IN (%1)").arg(marks.join(u','));
        if (viewer.role == Role::Agent) {
            cond = QStringLiteral("(%1 OR assigned_to = ?)").arg(cond);
            args << viewer.id;
        }
        sql += QStringLiteral(" AND ") + cond;
    }
    sql += QStringLiteral(" ORDER BY priority, received_at, id LIMIT ? OFFSET ?");
    args << limit << offset;
    auto q = m_db.exec(sql, args);
    if (!q)
        return internalError();
    QList<Contact> list;
    while (q->next())
        list.append(contactFromRow(*q));
    q->finish();
    if (!auditRead(viewer, QStringLiteral("contacts.list"), QStringLiteral("contacts"),
                   QStringLiteral("%1 contacts").arg(list.size())))
        return internalError();
    return list;
}

ApiResult<Contact> Store::contact(const User& viewer, const QString& id)
{
    const auto c = loadContact(id);
    if (!c || !mayViewContact(viewer, *c))
        return notFound();
    if (!auditRead(viewer, QStringLiteral("contact.read"), id))
        return internalError();
    return *c;
}

ApiResult<Contact> Store::accept(const User& agent, const QString& id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    const qint64 now = ms(m_options.now());
    // One statement decides the race: only a waiting contact can be taken, by exactly one agent.
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'assigned', assigned_to = ?, assigned_at = ?,"
                                      " version = version + 1 WHERE id = ? AND state = 'waiting' RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {agent.id, now, id});
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        const auto existing = loadContact(id);
        if (!existing || !mayViewContact(agent, *existing))
            return notFound();
        return error(409, "already_assigned",
                     existing->state == ContactState::Assigned && existing->assignedTo != agent.id
                         ? Store::tr("A colleague has already taken this contact.")
                         : Store::tr("The contact is no longer waiting."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    if (!agent.queues.contains(c.queue))
        return notFound(); // rolled back: not one of the agent's queues
    AgentState busy{agent.id, agent.displayName, agent.team, AgentStatus::Busy, std::nullopt, fromMs(now)};
    if (!saveAgentState(busy) ||
        appendChange(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"), c.queue, agent.id) <
            0 ||
        appendChange(QStringLiteral("agent"), agent.id, 0, QStringLiteral("agent.state"), agent.team, agent.id) < 0)
        return internalError();
    if (!audit(agent.id, QStringLiteral("contact.accept"), c.id))
        return internalError();
    if (!commit(tx))
        return internalError();
    return c;
}

ApiResult<Contact> Store::complete(const User& agent, const QString& id, Disposition disposition,
                                   const std::optional<QString>& reportId)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    if (reportId) {
        // The link must be true: a report filed for this contact, or by this agent without a
        // contact. Anything else would tie a caller to someone else's case.
        auto r = m_db.exec(QStringLiteral("SELECT contact_id, created_by FROM reports WHERE id = ?"), {*reportId});
        if (!r)
            return internalError();
        const bool found = r->next();
        const QString contactOfReport = found ? r->value(0).toString() : QString();
        const QString creator = found ? r->value(1).toString() : QString();
        r->finish();
        if (!found || !(contactOfReport == id || (contactOfReport.isEmpty() && creator == agent.id))) {
            ApiError e =
                error(422, "validation_failed",
                      Store::tr("The report was not filed for this contact; choose the contact's own report."));
            e.fields.insert(QStringLiteral("reportId"), e.message);
            return e;
        }
    }
    const qint64 now = ms(m_options.now());
    // An existing link is kept or confirmed, never replaced: the WHERE refuses a different one.
    QVariantList args{now, wireName(disposition), nullable(reportId), id, agent.id};
    if (reportId)
        args << *reportId;
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'completed', completed_at = ?, disposition = ?,"
                                      " report_id = COALESCE(?, report_id), version = version + 1"
                                      " WHERE id = ? AND state = 'assigned' AND assigned_to = ?%1 RETURNING %2")
                           .arg(reportId ? QStringLiteral(" AND (report_id IS NULL OR report_id = ?)") : QString(),
                                QLatin1String(contactColumns)),
                       args);
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        const auto existing = loadContact(id);
        if (!existing || !mayViewContact(agent, *existing))
            return notFound();
        if (existing->assignedTo != agent.id)
            return error(403, "forbidden", Store::tr("Only the agent who took the contact can complete it."));
        if (existing->state == ContactState::Assigned && reportId && existing->reportId != reportId) {
            ApiError e = error(422, "validation_failed",
                               Store::tr("The contact is already linked to another report; the link is not replaced."));
            e.fields.insert(QStringLiteral("reportId"), e.message);
            return e;
        }
        return error(409, "conflict", Store::tr("The contact is already completed."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    AgentState wrap{agent.id, agent.displayName, agent.team, AgentStatus::WrapUp, std::nullopt, fromMs(now)};
    if (!saveAgentState(wrap) ||
        appendChange(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"), c.queue, agent.id) <
            0 ||
        appendChange(QStringLiteral("agent"), agent.id, 0, QStringLiteral("agent.state"), agent.team, agent.id) < 0)
        return internalError();
    if (!audit(agent.id, QStringLiteral("contact.complete"), c.id, wireName(disposition)))
        return internalError();
    if (!commit(tx))
        return internalError();
    return c;
}

ApiResult<Contact> Store::abandon(const User& by, const QString& id)
{
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'abandoned', completed_at = ?, version = version + 1"
                                      " WHERE id = ? AND state = 'waiting' RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {ms(m_options.now()), id});
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        if (!loadContact(id))
            return notFound();
        return error(409, "already_assigned", Store::tr("The contact is no longer waiting; it cannot be abandoned."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    if (appendChange(QStringLiteral("contact"), c.id, c.version, QStringLiteral("contact.updated"), c.queue,
                     QString()) < 0)
        return internalError();
    if (!audit(by.id, QStringLiteral("contact.abandon"), c.id))
        return internalError();
    if (!commit(tx))
        return internalError();
    return c;
}

// ---- reports -------------------------------------------------------------------------------------

std::optional<Report> Store::loadReport(const QString& id)
{
    auto q = m_db.exec(QStringLiteral("SELECT body, version, updated_at FROM reports WHERE id = ?"), {id});
    if (!q || !q->next())
        return std::nullopt;
    auto r = json::fromJson<Report>(parseObject(q->value(0).toString()));
    if (!r)
        return std::nullopt;
    Report report = *r;
    report.version = q->value(1).toLongLong();
    report.updatedAt = fromMs(q->value(2).toLongLong());
    q->finish();
    report.supplements.clear();
    auto s =
        m_db.exec(QStringLiteral("SELECT at, by_user, text FROM supplements WHERE report_id = ? ORDER BY id"), {id});
    while (s && s->next())
        report.supplements.append({fromMs(s->value(0).toLongLong()), s->value(1).toString(), s->value(2).toString()});
    return report;
}

ApiResult<Report> Store::createReport(const User& agent, Report r)
{
    const QDateTime now = m_options.now();
    r = normalizedReport(std::move(r));
    if (auto errors = validateReportForCreate(r, ReferenceData::builtin(), now); !errors.isEmpty())
        return validationFailed(errors);
    if (r.contactId) {
        const auto c = loadContact(*r.contactId);
        if (!c || !mayViewContact(agent, *c)) {
            ApiError e = error(422, "validation_failed", Store::tr("The contact does not exist or is not yours."));
            e.fields.insert(QStringLiteral("contactId"), e.message);
            return e;
        }
    }
    r.id = auth::newId("r");
    r.version = 1;
    r.status = ReportStatus::Registered;
    r.createdBy = agent.id;
    r.createdAt = now;
    r.updatedAt = now;
    r.supplements.clear();

    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // The serial is allocated inside the creating transaction: a failed create leaves no hole
    // visible to anyone, and two creates can never share a number.
    const int year = now.toLocalTime().date().year();
    auto serial = m_db.exec(QStringLiteral("INSERT INTO case_serials (prefix, year, next) VALUES (?, ?, 1)"
                                           " ON CONFLICT (prefix, year) DO UPDATE SET next = case_serials.next + 1"
                                           " RETURNING next"),
                            {m_options.casePrefix, year});
    if (!serial || !serial->next())
        return internalError();
    const auto caseNumber = CaseNumber::make(m_options.casePrefix, serial->value(0).toLongLong(), year);
    serial->finish();
    if (!caseNumber)
        return internalError();
    r.caseNumber = caseNumber->toString();

    const QJsonObject body = json::toJson(r);
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO reports (id, case_number, version, contact_id, offence_code, reporter_personnummer,"
                       " injured_personnummer, reporter_phone, body, search_text, created_by, created_at, updated_at)"
                       " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.caseNumber, nullable(r.contactId), r.offenceCode, nullable(r.reporter.personnummer),
         r.injuredParty ? nullable(r.injuredParty->personnummer) : QVariant(QMetaType(QMetaType::QString)),
         nullable(r.reporter.phone), compact(body), searchText(r), agent.id, ms(now), ms(now)});
    if (!q || !indexText(r.id, searchText(r), false))
        return internalError();
    if (r.contactId &&
        !m_db.exec(QStringLiteral("UPDATE contacts SET report_id = ? WHERE id = ? AND report_id IS NULL"),
                   {r.id, *r.contactId}))
        return internalError();
    if (appendChange(QStringLiteral("report"), r.id, r.version, QStringLiteral("report.created"), agent.team,
                     agent.id) < 0)
        return internalError();
    if (!audit(agent.id, QStringLiteral("report.create"), r.id, r.caseNumber))
        return internalError();
    if (!commit(tx))
        return internalError();
    return r;
}

ApiResult<Report> Store::report(const User& viewer, const QString& id)
{
    if (viewer.role != Role::Agent && viewer.role != Role::Supervisor)
        return forbidden();
    const auto r = loadReport(id);
    if (!r)
        return notFound();
    // No audit row, no data.
    if (!auditRead(viewer, QStringLiteral("report.read"), id))
        return internalError();
    return *r;
}

ApiResult<Report> Store::patchReport(const User& editor, const QString& id, const QJsonObject& patch,
                                     qint64 expectedVersion)
{
    // Server-owned fields are refused by name: a client that believes it changed them must hear
    // that it did not.
    static const QStringList readOnly = {
        QStringLiteral("id"),        QStringLiteral("caseNumber"), QStringLiteral("contactId"),
        QStringLiteral("createdBy"), QStringLiteral("createdAt"),  QStringLiteral("supplements"),
        QStringLiteral("version"),   QStringLiteral("updatedAt"),  QStringLiteral("status")};
    QList<Error> refused;
    for (const QString& field : readOnly)
        if (patch.contains(field))
            refused.append(Error{field, Store::tr("%1 is set by the server and cannot be changed.").arg(field),
                                 QStringLiteral("read_only")});
    if (!refused.isEmpty())
        return validationFailed(refused);
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    const auto current = loadReport(id);
    if (!current)
        return notFound();
    if (!mayEditReport(editor, *current))
        return error(403, "forbidden",
                     Store::tr("Only the agent who filed the report and the supervisors of that agent's team may "
                               "change it. Add a supplement instead."));
    if (current->version != expectedVersion)
        return error(
            412, "version_conflict",
            Store::tr("The report was changed by someone else meanwhile. Reload it and make your change again."));
    QJsonObject merged = json::toJson(*current);
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merged.insert(it.key(), it.value());
    auto decoded = json::fromJson<Report>(merged);
    if (!decoded)
        return validationFailed({decoded.error()});
    Report r = normalizedReport(*decoded);
    // A patch may not move the event into the future etc.; the create rules hold for the result.
    if (auto errors = validateReportForCreate(r, ReferenceData::builtin(), m_options.now()); !errors.isEmpty())
        return validationFailed(errors);
    r.id = current->id;
    r.caseNumber = current->caseNumber;
    r.createdBy = current->createdBy;
    r.createdAt = current->createdAt;
    r.status = current->status;
    r.version = current->version + 1;
    r.updatedAt = m_options.now();
    r.supplements = current->supplements;
    QJsonObject stored = json::toJson(r);
    stored.remove(QStringLiteral("supplements"));
    auto q =
        m_db.exec(QStringLiteral("UPDATE reports SET version = ?, offence_code = ?, reporter_personnummer = ?,"
                                 " injured_personnummer = ?, reporter_phone = ?, body = ?, search_text = ?,"
                                 " updated_at = ? WHERE id = ? AND version = ? RETURNING id"),
                  {r.version, r.offenceCode, nullable(r.reporter.personnummer),
                   r.injuredParty ? nullable(r.injuredParty->personnummer) : QVariant(QMetaType(QMetaType::QString)),
                   nullable(r.reporter.phone), compact(stored), searchText(r), ms(r.updatedAt), id, expectedVersion});
    if (!q)
        return internalError();
    if (!q->next())
        return error(
            412, "version_conflict",
            Store::tr("The report was changed by someone else meanwhile. Reload it and make your change again."));
    q->finish();
    const auto creator = userById(r.createdBy);
    if (!indexText(r.id, searchText(r), true) ||
        appendChange(QStringLiteral("report"), r.id, r.version, QStringLiteral("report.updated"),
                     creator ? creator->team : QString(), r.createdBy) < 0)
        return internalError();
    if (!audit(editor.id, QStringLiteral("report.update"), r.id, QStringList(patch.keys()).join(u',')))
        return internalError();
    if (!commit(tx))
        return internalError();
    return r;
}

bool Store::mayEditReport(const User& editor, const Report& report)
{
    if (report.createdBy == editor.id)
        return true;
    if (editor.role != Role::Supervisor)
        return false;
    const auto creator = userById(report.createdBy);
    return creator && !editor.team.isEmpty() && creator->team == editor.team;
}

ApiResult<Supplement> Store::addSupplement(const User& agent, const QString& reportId, const QString& text)
{
    // The same rule the report view shows live (core/validation).
    if (auto errors = validateSupplementText(text); !errors.isEmpty())
        return validationFailed(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto bump = m_db.exec(QStringLiteral("UPDATE reports SET version = version + 1, updated_at = ? WHERE id = ?"
                                         " RETURNING created_by, version"),
                          {ms(m_options.now()), reportId});
    if (!bump)
        return internalError();
    if (!bump->next())
        return notFound();
    const QString creatorId = bump->value(0).toString();
    const qint64 version = bump->value(1).toLongLong();
    bump->finish();
    Supplement s{m_options.now(), agent.id, text.trimmed()};
    if (!m_db.exec(QStringLiteral("INSERT INTO supplements (report_id, at, by_user, text) VALUES (?, ?, ?, ?)"),
                   {reportId, ms(s.at), s.by, s.text}))
        return internalError();
    // The change names the report and its version; nobody copies the whole report per supplement.
    const auto creator = userById(creatorId);
    if (appendChange(QStringLiteral("report"), reportId, version, QStringLiteral("report.updated"),
                     creator ? creator->team : QString(), creatorId) < 0)
        return internalError();
    if (!audit(agent.id, QStringLiteral("report.supplement"), reportId))
        return internalError();
    if (!commit(tx))
        return internalError();
    return s;
}

ApiResult<QJsonObject> Store::cases(const User& viewer, const CasesQuery& query)
{
    if (viewer.role != Role::Agent && viewer.role != Role::Supervisor)
        return forbidden();
    QString where;
    QVariantList args;
    QString auditDetail;
    bool textOrder = false; // SQLite free text: newest first by rowid, straight from the index
    if (!query.personnummer.isEmpty()) {
        const auto pn = Personnummer::parse(query.personnummer);
        if (!pn) {
            ApiError e = validationFailed({Error{QStringLiteral("personnummer"), pn.error().message, pn.error().code}});
            return e;
        }
        where = QStringLiteral("reporter_personnummer = ? OR injured_personnummer = ? OR id IN (SELECT report_id FROM "
                               "contacts WHERE caller_personnummer = ? AND report_id IS NOT NULL)");
        args << pn->digits() << pn->digits() << pn->digits();
        auditDetail = QStringLiteral("personnummer=") + pn->digits();
    } else if (!query.phone.isEmpty()) {
        const auto ph = PhoneNumber::parse(query.phone);
        if (!ph)
            return validationFailed({Error{QStringLiteral("phone"), ph.error().message, ph.error().code}});
        where = QStringLiteral("reporter_phone = ? OR id IN (SELECT report_id FROM contacts WHERE caller_phone = ? AND "
                               "report_id IS NOT NULL)");
        args << ph->e164() << ph->e164();
        auditDetail = QStringLiteral("phone=") + ph->e164();
    } else if (!query.caseNumber.isEmpty()) {
        const auto cn = CaseNumber::parse(query.caseNumber);
        if (!cn)
            return validationFailed({Error{QStringLiteral("caseNumber"), cn.error().message, cn.error().code}});
        if (cn->hasPrefix()) {
            where = QStringLiteral("case_number = ?");
            args << cn->toString();
        } else {
            where = QStringLiteral("case_number LIKE ?");
            args << QString(QStringLiteral("%-") + cn->toString());
        }
        auditDetail = QStringLiteral("caseNumber=") + cn->toString();
    } else if (!query.text.trimmed().isEmpty()) {
        // Every word must occur as the start of a word of the report (prefix match), through the
        // full-text index of either engine. Only letters and digits reach the query syntax.
        QStringList words;
        for (const QString& raw : query.text.toLower().split(u' ', Qt::SkipEmptyParts)) {
            QString w;
            for (QChar ch : raw)
                if (ch.isLetterOrNumber())
                    w.append(ch);
            if (!w.isEmpty())
                words << w;
        }
        if (words.isEmpty())
            return validationFailed({Error{QStringLiteral("q"), Store::tr("Give at least one word to search for."),
                                           QStringLiteral("missing")}});
        if (m_db.dialect() == Dialect::Sqlite) {
            QStringList terms;
            for (const QString& w : std::as_const(words))
                terms << QString(u'"' + w + QStringLiteral("\"*"));
            where = QStringLiteral("rowid IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)");
            args << terms.join(u' ');
            textOrder = true;
        } else {
            QStringList terms;
            for (const QString& w : std::as_const(words))
                terms << QString(w + QStringLiteral(":*"));
            where = QStringLiteral("to_tsvector('simple', search_text) @@ to_tsquery('simple', ?)");
            args << terms.join(QLatin1String(" & "));
        }
        auditDetail = QStringLiteral("q");
    } else {
        return validationFailed(
            {Error{QStringLiteral("query"), Store::tr("Search by personnummer, phone number, case number or text."),
                   QStringLiteral("missing")}});
    }
    args << query.limit + 1 << query.offset;
    auto q = m_db.exec(
        QStringLiteral("SELECT id, body, version FROM reports WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
            .arg(where, textOrder ? QStringLiteral("rowid DESC") : QStringLiteral("created_at DESC, id DESC")),
        args);
    if (!q)
        return internalError();
    QList<std::pair<QString, QJsonObject>> found;
    while (q->next())
        found.append({q->value(0).toString(), parseObject(q->value(1).toString())});
    q->finish();
    const bool more = found.size() > query.limit;
    if (more)
        found.removeLast();
    // The contacts of every report found, in one query rather than one per report.
    QHash<QString, QJsonArray> contactsOf;
    if (!found.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (const auto& f : std::as_const(found)) {
            marks << QStringLiteral("?");
            ids << f.first;
        }
        auto cq = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE report_id IN (%2) ORDER BY received_at DESC")
                                .arg(QLatin1String(contactColumns), marks.join(u',')),
                            ids);
        if (!cq)
            return internalError();
        while (cq->next()) {
            const Contact c = contactFromRow(*cq);
            contactsOf[c.reportId.value_or(QString())].append(json::toJson(c));
        }
    }
    QJsonArray items;
    for (const auto& [id, body] : found) {
        QJsonObject summary{
            {QStringLiteral("id"), id},
            {QStringLiteral("caseNumber"), body.value(u"caseNumber")},
            {QStringLiteral("status"), body.value(u"status")},
            {QStringLiteral("offenceCode"), body.value(u"offenceCode")},
            {QStringLiteral("occurredFrom"), body.value(u"occurredFrom")},
            {QStringLiteral("municipalityCode"), body.value(u"location").toObject().value(u"municipalityCode")},
            {QStringLiteral("reporterName"), body.value(u"reporter").toObject().value(u"name")},
            {QStringLiteral("createdAt"), body.value(u"createdAt")}};
        if (const auto* o = ReferenceData::builtin().offenceType(body.value(u"offenceCode").toString()))
            summary.insert(QStringLiteral("offenceName"), o->name);
        items.append(
            QJsonObject{{QStringLiteral("report"), summary}, {QStringLiteral("contacts"), contactsOf.value(id)}});
    }
    // No audit row, no data.
    if (!auditRead(viewer, QStringLiteral("cases.search"), QStringLiteral("cases"), auditDetail))
        return internalError();
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("nextCursor"),
                        more ? QJsonValue(QString::number(query.offset + query.limit)) : QJsonValue(QJsonValue::Null)}};
}

bool Store::indexText(const QString& reportId, const QString& text, bool replace)
{
    // PostgreSQL indexes the column itself (an expression index); SQLite keeps an FTS5 table whose
    // rowid is the report's.
    if (m_db.dialect() != Dialect::Sqlite)
        return true;
    if (replace &&
        !m_db.exec(QStringLiteral("DELETE FROM reports_fts WHERE rowid = (SELECT rowid FROM reports WHERE id = ?)"),
                   {reportId}))
        return false;
    return m_db
        .exec(QStringLiteral("INSERT INTO reports_fts (rowid, text) SELECT rowid, ? FROM reports WHERE id = ?"),
              {text, reportId})
        .ok();
}

// ---- feeds ---------------------------------------------------------------------------------------

bool Store::visible(const User& viewer, const Change& c) const
{
    // The same rules as visibilitySql(), for the EventHub's live fan-out.
    const bool trainerSeesAll = viewer.role == Role::Trainer && m_options.demo;
    if (c.kind == QLatin1String("contact")) {
        switch (viewer.role) {
        case Role::Agent:
            return viewer.queues.contains(c.scope) || c.owner == viewer.id;
        case Role::Supervisor:
            return viewer.queues.contains(c.scope);
        case Role::Trainer:
            return trainerSeesAll;
        case Role::Intake:
            return false;
        }
    }
    if (c.kind == QLatin1String("report"))
        return (isAgent(viewer) && c.owner == viewer.id) ||
               (viewer.role == Role::Supervisor && !viewer.team.isEmpty() && c.scope == viewer.team) || trainerSeesAll;
    if (c.kind == QLatin1String("agent"))
        return c.owner == viewer.id || viewer.role == Role::Trainer ||
               (viewer.role == Role::Supervisor && c.scope == viewer.team);
    return false;
}

QString Store::visibilitySql(const User& viewer, QVariantList& args) const
{
    auto inList = [&args](const QStringList& values) {
        if (values.isEmpty())
            return QStringLiteral("1 = 0");
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            args << v;
        }
        return QStringLiteral("scope IN (%1)").arg(marks.join(u','));
    };
    switch (viewer.role) {
    case Role::Agent: {
        QString sql = QStringLiteral("(kind = 'contact' AND (%1 OR owner = ?))").arg(inList(viewer.queues));
        args << viewer.id << viewer.id;
        return sql + QStringLiteral(" OR (kind IN ('report', 'agent') AND owner = ?)");
    }
    case Role::Supervisor: {
        QString sql = QStringLiteral("(kind = 'contact' AND %1)").arg(inList(viewer.queues));
        args << viewer.team << viewer.id;
        return sql +
               QStringLiteral(" OR (kind IN ('report', 'agent') AND scope = ?) OR (kind = 'agent' AND owner = ?)");
    }
    case Role::Trainer:
        // Agents' states for the training room; callers and reports only when they are synthetic.
        return m_options.demo ? QStringLiteral("1 = 1") : QStringLiteral("kind = 'agent'");
    case Role::Intake:
        break;
    }
    return QStringLiteral("1 = 0");
}

QJsonObject Store::toJson(const Change& c)
{
    return QJsonObject{{QStringLiteral("seq"), c.seq},     {QStringLiteral("kind"), c.kind},
                       {QStringLiteral("id"), c.id},       {QStringLiteral("op"), c.op},
                       {QStringLiteral("event"), c.event}, {QStringLiteral("data"), c.data}};
}

bool Store::fillData(QList<Change>& changes)
{
    // One query per kind for the whole page: the feed holds ids, the data is what is current now.
    QHash<QString, QJsonObject> contacts, reports, agents;
    QSet<QString> contactIds, reportIds, agentIds;
    for (const Change& c : std::as_const(changes)) {
        if (c.kind == QLatin1String("contact"))
            contactIds.insert(c.id);
        else if (c.kind == QLatin1String("report"))
            reportIds.insert(c.id);
        else if (c.kind == QLatin1String("agent"))
            agentIds.insert(c.id);
    }
    auto run = [this](const QString& sqlWithMarks, const QSet<QString>& ids,
                      const std::function<void(const QSqlQuery&)>& row) {
        if (ids.isEmpty())
            return true;
        QStringList marks;
        QVariantList args;
        for (const QString& id : ids) {
            marks << QStringLiteral("?");
            args << id;
        }
        auto q = m_db.exec(sqlWithMarks.arg(marks.join(u',')), args);
        if (!q)
            return false;
        while (q->next())
            row(*q);
        return true;
    };
    const bool ok =
        run(QStringLiteral("SELECT %1 FROM contacts WHERE id IN (%2)")
                .arg(QLatin1String(contactColumns), QStringLiteral("%1")),
            contactIds,
            [&](const QSqlQuery& q) {
                const Contact c = contactFromRow(q);
                contacts.insert(c.id, json::toJson(c));
            }) &&
        run(QStringLiteral("SELECT id, body, version, updated_at FROM reports WHERE id IN (%1)"), reportIds,
            [&](const QSqlQuery& q) {
                QJsonObject body = parseObject(q.value(1).toString());
                body.insert(QStringLiteral("version"), q.value(2).toLongLong());
                body.insert(QStringLiteral("updatedAt"), json::formatTimestamp(fromMs(q.value(3).toLongLong())));
                body.insert(QStringLiteral("supplements"), QJsonArray());
                reports.insert(q.value(0).toString(), body);
            }) &&
        run(QStringLiteral("SELECT report_id, at, by_user, text FROM supplements WHERE report_id IN (%1) ORDER BY id"),
            reportIds,
            [&](const QSqlQuery& q) {
                auto it = reports.find(q.value(0).toString());
                if (it == reports.end())
                    return;
                QJsonArray list = it->value(u"supplements").toArray();
                list.append(json::toJson(
                    Supplement{fromMs(q.value(1).toLongLong()), q.value(2).toString(), q.value(3).toString()}));
                it->insert(QStringLiteral("supplements"), list);
            }) &&
        run(QStringLiteral("SELECT u.id, u.display_name, u.team, s.state, s.reason, s.since FROM users u"
                           " JOIN agent_states s ON s.agent_id = u.id WHERE u.id IN (%1)"),
            agentIds, [&](const QSqlQuery& q) {
                AgentState a{q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             fromWireName<AgentStatus>(q.value(3).toString()).value_or(AgentStatus::Offline),
                             std::nullopt,
                             fromMs(q.value(5).toLongLong())};
                if (!q.value(4).isNull())
                    a.reason = q.value(4).toString();
                agents.insert(a.agentId, json::toJson(a));
            });
    if (!ok)
        return false;
    for (Change& c : changes) {
        const auto& source = c.kind == QLatin1String("contact")  ? contacts
                             : c.kind == QLatin1String("report") ? reports
                                                                 : agents;
        c.data = source.value(c.id);
    }
    return true;
}

namespace {

const char* const changeColumns = "seq, kind, entity_id, op, event, scope, owner, version";

Change changeFromRow(const QSqlQuery& q)
{
    return Change{q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
                  q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
                  q.value(6).toString(),   q.value(7).toLongLong(), {}};
}

} // namespace

QList<Change> Store::changesAfter(qint64 since, int limit)
{
    QList<Change> list;
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM changes WHERE seq > ? ORDER BY seq LIMIT ?").arg(QLatin1String(changeColumns)),
        {since, limit});
    while (q && q->next())
        list.append(changeFromRow(*q));
    if (q)
        q->finish();
    if (!fillData(list))
        return {};
    return list;
}

qint64 Store::lastSeq()
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

qint64 Store::prunedThrough()
{
    return m_db.meta(QStringLiteral("changes_pruned_through")).toLongLong();
}

bool Store::pruneChanges()
{
    const qint64 cutoff = ms(m_options.now().addDays(-m_options.retainChangesDays));
    Transaction tx(m_db);
    if (!tx.ok())
        return false;
    auto q = m_db.exec(QStringLiteral("SELECT MAX(seq) FROM changes WHERE at < ?"), {cutoff});
    if (!q || !q->next())
        return false;
    const qint64 through = q->value(0).toLongLong();
    q->finish();
    if (through <= prunedThrough())
        return true;
    return m_db.exec(QStringLiteral("DELETE FROM changes WHERE seq <= ?"), {through}) &&
           m_db.setMeta(QStringLiteral("changes_pruned_through"), QString::number(through)) && tx.commit();
}

ApiResult<ChangePage> Store::changes(const User& viewer, std::optional<qint64> cursor, int limit)
{
    // Everything up to `top` is committed (seq order is commit order), so the cursor may jump to
    // it when the page is not full — an agent does not rescan colleagues' changes forever.
    const qint64 top = lastSeq();
    // No cursor: a client starting (over) gets every change still kept. A cursor must be one the
    // server can continue from.
    const qint64 since = cursor.value_or(prunedThrough());
    if (cursor && (since > top || since < prunedThrough())) {
        ApiError e =
            error(410, "resync_required",
                  since > top ? Store::tr("The server has fewer changes than this computer has seen (a restored "
                                          "database?). Load everything again from the start.")
                              : Store::tr("The changes since this computer was last connected are no longer "
                                          "kept. Load everything again from the start."));
        return e;
    }
    QVariantList args{since, top};
    const QString visibility = visibilitySql(viewer, args);
    args << limit;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM changes WHERE seq > ? AND seq <= ? AND (%2) ORDER BY seq LIMIT ?")
                           .arg(QLatin1String(changeColumns), visibility),
                       args);
    if (!q)
        return internalError();
    ChangePage page;
    while (q->next())
        page.changes.append(changeFromRow(*q));
    q->finish();
    if (!fillData(page.changes))
        return internalError();
    page.cursor = page.changes.size() == limit ? page.changes.last().seq : top;
    if (!auditRead(viewer, QStringLiteral("changes.read"), QStringLiteral("changes"),
                   QStringLiteral("%1 changes after %2").arg(page.changes.size()).arg(since)))
        return internalError();
    return page;
}

QueueStats Store::statsFor(const QString& queue, const QDateTime& now)
{
    QueueStats s;
    s.queue = queue;
    s.serviceLevelThresholdSeconds = m_options.serviceLevelSeconds;
    const qint64 dayStart = ms(QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC());
    auto w = m_db.exec(QStringLiteral("SELECT COUNT(*), MIN(received_at) FROM contacts WHERE queue = ? AND state = "
                                      "'waiting'"),
                       {queue});
    if (w && w->next()) {
        s.waiting = w->value(0).toInt();
        if (!w->value(1).isNull())
            s.longestWaitSeconds = std::max<qint64>(0, (ms(now) - w->value(1).toLongLong()) / 1000);
        w->finish();
    }
    auto a =
        m_db.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN assigned_at - received_at <= ? THEN 1 ELSE 0 END),"
                                 " AVG(CASE WHEN completed_at IS NOT NULL THEN completed_at - assigned_at END)"
                                 " FROM contacts WHERE queue = ? AND assigned_at >= ?"),
                  {qint64(m_options.serviceLevelSeconds) * 1000, queue, dayStart});
    int withinThreshold = 0;
    if (a && a->next()) {
        s.answeredToday = a->value(0).toInt();
        withinThreshold = a->value(1).toInt();
        s.averageHandleSeconds = qRound64(a->value(2).toDouble() / 1000.0);
        a->finish();
    }
    auto ab = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE queue = ? AND state = 'abandoned' AND "
                                       "completed_at >= ?"),
                        {queue, dayStart});
    if (ab && ab->next()) {
        s.abandonedToday = ab->value(0).toInt();
        ab->finish();
    }
    const int offered = s.answeredToday + s.abandonedToday;
    s.serviceLevelPercent = offered == 0 ? 100.0 : qRound(1000.0 * withinThreshold / offered) / 10.0;
    return s;
}

ApiResult<QJsonObject> Store::queueStats(const User& viewer, const QDateTime& now)
{
    if (viewer.role != Role::Supervisor && viewer.role != Role::Trainer)
        return forbidden();
    QStringList queues = viewer.queues; // a supervisor's own team's queues, none if none
    if (viewer.role == Role::Trainer) {
        queues.clear();
        auto q = m_db.exec(QStringLiteral("SELECT DISTINCT queue FROM contacts ORDER BY queue"));
        while (q && q->next())
            queues.append(q->value(0).toString());
    }
    QJsonArray stats;
    for (const QString& queue : std::as_const(queues))
        stats.append(json::toJson(statsFor(queue, now)));
    // Every agent of the team, offline unless a state was set.
    QJsonArray agents;
    QString sql = QStringLiteral("SELECT u.id, u.display_name, u.team, s.state, s.reason, s.since FROM users u"
                                 " LEFT JOIN agent_states s ON s.agent_id = u.id WHERE u.role = 'agent' AND"
                                 " u.disabled = 0");
    QVariantList args;
    if (viewer.role == Role::Supervisor) {
        sql += QStringLiteral(" AND u.team = ?");
        args << viewer.team;
    }
    sql += QStringLiteral(" ORDER BY u.display_name");
    auto q = m_db.exec(sql, args);
    while (q && q->next()) {
        AgentState a{
            q->value(0).toString(), q->value(1).toString(),
            q->value(2).toString(), fromWireName<AgentStatus>(q->value(3).toString()).value_or(AgentStatus::Offline),
            std::nullopt,           q->value(5).isNull() ? now : fromMs(q->value(5).toLongLong())};
        if (!q->value(4).isNull())
            a.reason = q->value(4).toString();
        agents.append(json::toJson(a));
    }
    return QJsonObject{{QStringLiteral("queues"), stats}, {QStringLiteral("agents"), agents}};
}

ApiResult<QList<AuditEntry>> Store::auditTrail(const User& viewer, const QString& user, const QString& resource,
                                               const QDateTime& since, int limit)
{
    if (viewer.role != Role::Supervisor)
        return forbidden();
    // The trail of the supervisor's own team: rows written by its users.
    QString sql = QStringLiteral("SELECT a.at, a.user_id, a.action, a.resource, a.detail FROM audit a"
                                 " JOIN users u ON u.id = a.user_id WHERE u.team = ? AND a.at >= ?");
    QVariantList args{viewer.team, since.isValid() ? ms(since) : qint64(0)};
    if (!user.isEmpty()) {
        sql += QStringLiteral(" AND a.user_id = ?");
        args << user;
    }
    if (!resource.isEmpty()) {
        sql += QStringLiteral(" AND a.resource = ?");
        args << resource;
    }
    sql += QStringLiteral(" ORDER BY a.id DESC LIMIT ?");
    args << limit;
    QList<AuditEntry> list;
    auto q = m_db.exec(sql, args);
    if (!q)
        return internalError();
    while (q->next())
        list.append({fromMs(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString()});
    q->finish();
    // Reading the trail is itself a read of personal data.
    if (!auditRead(viewer, QStringLiteral("audit.read"), QStringLiteral("audit"),
                   user.isEmpty() ? QString() : QStringLiteral("user=") + user))
        return internalError();
    return list;
}

// ---- idempotency ---------------------------------------------------------------------------------

Store::KeyState Store::claimKey(const QString& userId, const QString& key, const QString& requestHash,
                                StoredAnswer* replay)
{
    const qint64 now = ms(m_options.now());
    Transaction tx(m_db);
    if (!tx.ok())
        return KeyState::Failed;
    // Keys live at least 24 h; older ones go when a new one comes.
    if (!m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {now - 48LL * 3600 * 1000}))
        return KeyState::Failed;
    auto q = m_db.exec(QStringLiteral("SELECT request_hash, state, status, body, etag, location FROM idempotency"
                                      " WHERE user_id = ? AND key = ?"),
                       {userId, key});
    if (!q)
        return KeyState::Failed;
    if (q->next()) {
        const QString hash = q->value(0).toString();
        const QString state = q->value(1).toString();
        StoredAnswer stored{q->value(2).toInt(), q->value(3).toString().toUtf8(), q->value(4).toString().toUtf8(),
                            q->value(5).toString().toUtf8()};
        q->finish();
        if (hash != requestHash)
            return KeyState::Reused;
        if (state == QLatin1String("done")) {
            *replay = stored;
            return KeyState::Replay;
        }
        // A claim older than two minutes belongs to a request that died with its server. Taking it
        // over is one conditional UPDATE: of two instances trying at once, exactly one succeeds.
        auto reclaim = m_db.exec(QStringLiteral("UPDATE idempotency SET created_at = ? WHERE user_id = ? AND key = ?"
                                                " AND state = 'running' AND created_at < ? RETURNING key"),
                                 {now, userId, key, now - 120'000});
        if (!reclaim)
            return KeyState::Failed;
        const bool claimed = reclaim->next();
        reclaim->finish();
        if (!claimed)
            return KeyState::Running;
        return tx.commit() ? KeyState::Claimed : KeyState::Failed;
    }
    q->finish();
    if (auto ins = m_db.exec(QStringLiteral("INSERT INTO idempotency (user_id, key, request_hash, state, created_at)"
                                            " VALUES (?, ?, ?, 'running', ?)"),
                             {userId, key, requestHash, now});
        !ins)
        return ins.error().code == QLatin1String("unique_violation") ? KeyState::Running // another instance, just now
                                                                     : KeyState::Failed;
    return tx.commit() ? KeyState::Claimed : KeyState::Failed;
}

bool Store::finishKey(const QString& userId, const QString& key, const StoredAnswer& answer)
{
    Transaction tx(m_db);
    return tx.ok() &&
           m_db.exec(
               QStringLiteral("UPDATE idempotency SET state = 'done', status = ?, body = ?, etag = ?, location = ?"
                              " WHERE user_id = ? AND key = ?"),
               {answer.status, QString::fromUtf8(answer.body), nullableStr(QString::fromUtf8(answer.etag)),
                nullableStr(QString::fromUtf8(answer.location)), userId, key}) &&
           tx.commit();
}

bool Store::releaseKey(const QString& userId, const QString& key)
{
    Transaction tx(m_db);
    return tx.ok() &&
           m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE user_id = ? AND key = ? AND state = 'running'"),
                     {userId, key}) &&
           tx.commit();
}

} // namespace kc::server
