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
    return ApiError{status, QString::fromLatin1(code), message, {}};
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

qint64 Store::appendChange(const QString& kind, const QString& id, const QString& event, const QString& scope,
                           const QString& owner, const QJsonObject& data)
{
    // The counter row is locked until commit: writers queue here, so seq order is commit order.
    auto seq =
        m_db.exec(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'change_seq' RETURNING value"));
    if (!seq || !seq->next())
        return -1;
    const qint64 value = seq->value(0).toLongLong();
    seq->finish();
    auto ins = m_db.exec(QStringLiteral("INSERT INTO changes (seq, kind, entity_id, op, event, scope, owner, data, at)"
                                        " VALUES (?, ?, ?, 'upsert', ?, ?, ?, ?, ?)"),
                         {value, kind, id, event, nullableStr(scope), nullableStr(owner), compact(data),
                          ms(QDateTime::currentDateTimeUtc())});
    if (!ins)
        return -1;
    if (m_db.dialect() == Dialect::Postgres)
        std::ignore = m_db.exec(QStringLiteral("NOTIFY kc_changes"));
    return value;
}

bool Store::audit(const QString& userId, const QString& action, const QString& resource, const QString& detail)
{
    // No audit row, no action: callers roll back when this fails.
    if (m_db.exec(QStringLiteral("INSERT INTO audit (at, user_id, action, resource, detail) VALUES (?, ?, ?, ?, ?)"),
                  {ms(QDateTime::currentDateTimeUtc()), userId, action, resource,
                   detail.isNull() ? QStringLiteral("") : detail}))
        return true;
    qCCritical(lcStore) << "could not write an audit row for" << action;
    return false;
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
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO users (id, username, display_name, role, team, queues, password_hash,"
                                 " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {u.id, u.username, u.displayName, wireName(u.role), u.team, queuesJson(u.queues),
                   auth::hashPassword(password, m_options.kdfIterations), ms(QDateTime::currentDateTimeUtc())});
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

ApiResult<Store::LoginAttempt> Store::beginLogin(const QString& username, const QDateTime& now)
{
    const qint64 windowStart = ms(now.addSecs(-15 * 60));
    auto failures = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE username = ? AND at > ?"),
                              {username, windowStart});
    const int failed = failures && failures->next() ? failures->value(0).toInt() : 0;
    if (failures)
        failures->finish();
    if (failed >= 5) {
        Transaction tx(m_db);
        if (!audit(QStringLiteral("-"), QStringLiteral("login.blocked"), QStringLiteral("user:") + username) ||
            !tx.commit())
            return internalError();
        return error(429, "rate_limited",
                     Store::tr("Too many failed sign-ins for this user. Wait 15 minutes or ask a supervisor."));
    }
    LoginAttempt attempt{username, accountByName(username), {}};
    // An unknown user costs the same key derivation as a known one and gets the same answer: no
    // probing for usernames. The dummy can never match (its "hash" is no PBKDF2 output of anything
    // known), so nothing needs computing to make it.
    attempt.hashToCheck = attempt.account ? attempt.account->passwordHash
                                          : QStringLiteral("pbkdf2-sha256$%1$AAAAAAAAAAAAAAAAAAAAAA==$"
                                                           "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                                                .arg(m_options.kdfIterations);
    return attempt;
}

ApiResult<Session> Store::finishLogin(const LoginAttempt& attempt, bool passwordOk, const QDateTime& now)
{
    const auto& account = attempt.account;
    Transaction tx(m_db);
    if (!passwordOk || !account || account->disabled) {
        if (!m_db.exec(QStringLiteral("INSERT INTO login_failures (username, at) VALUES (?, ?)"),
                       {attempt.username, ms(now)}) ||
            !audit(account ? account->user.id : QStringLiteral("-"), QStringLiteral("login.failed"),
                   QStringLiteral("user:") + attempt.username) ||
            !tx.commit())
            return internalError();
        return error(401, "unauthenticated", Store::tr("Wrong username or password."));
    }
    Session s{auth::newToken(), now.addSecs(m_options.tokenLifetime.count()), account->user};
    if (!m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_id, created_at, expires_at)"
                                  " VALUES (?, ?, ?, ?)"),
                   {auth::tokenHash(s.token), s.user.id, ms(now), ms(s.expiresAt)}))
        return internalError();
    // Sessions and failures past their time are only clutter. Expired sessions stay a week, so a
    // workstation coming back from a long break is told "expired", not "invalid".
    std::ignore = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {ms(now.addDays(-7))});
    std::ignore = m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {ms(now.addSecs(-15 * 60))});
    if (!audit(s.user.id, QStringLiteral("login"), QStringLiteral("user:") + s.user.id) || !tx.commit())
        return internalError();
    return s;
}

ApiResult<Session> Store::login(const QString& username, const QString& password, const QDateTime& now)
{
    auto attempt = beginLogin(username, now);
    if (!attempt)
        return attempt.error();
    return finishLogin(*attempt, auth::verifyPassword(password, attempt->hashToCheck), now);
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

bool Store::logout(const QString& token, const User& user)
{
    Transaction tx(m_db);
    return m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {auth::tokenHash(token)}) &&
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
    AgentState s{agent.id, agent.displayName, agent.team, state, reason, QDateTime::currentDateTimeUtc()};
    if (state == AgentStatus::NotReady && (!reason || reason->trimmed().isEmpty())) {
        ApiError e = error(422, "validation_failed", Store::tr("Say why you are not ready."));
        e.fields.insert(QStringLiteral("reason"), e.message);
        return e;
    }
    if (state != AgentStatus::NotReady)
        s.reason.reset();
    Transaction tx(m_db);
    if (!saveAgentState(s) || appendChange(QStringLiteral("agent"), agent.id, QStringLiteral("agent.state"), agent.team,
                                           agent.id, json::toJson(s)) < 0)
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
        return viewer.queues.isEmpty() || viewer.queues.contains(c.queue);
    case Role::Trainer:
        return true;
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
    c.receivedAt = QDateTime::currentDateTimeUtc();
    c.version = 1;
    c.assignedTo.reset();
    c.assignedAt.reset();
    c.completedAt.reset();
    c.disposition.reset();
    c.reportId.reset();
    Transaction tx(m_db);
    auto q = m_db.exec(QStringLiteral("INSERT INTO contacts (id, channel, queue, state, priority, caller,"
                                      " caller_personnummer, caller_phone, subject, language, received_at, version,"
                                      " created_by) VALUES (?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, 1, ?)"),
                       {c.id, wireName(c.channel), c.queue, c.priority, compact(json::toJson(c.caller)),
                        nullable(c.caller.personnummer), nullable(c.caller.phone), c.subject, c.language,
                        ms(c.receivedAt), by.id});
    if (!q || appendChange(QStringLiteral("contact"), c.id, QStringLiteral("contact.created"), c.queue, QString(),
                           json::toJson(c)) < 0)
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
    if (viewer.role == Role::Intake)
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
    if (viewer.role == Role::Agent || (viewer.role == Role::Supervisor && !viewer.queues.isEmpty())) {
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
    return list;
}

ApiResult<Contact> Store::contact(const User& viewer, const QString& id)
{
    const auto c = loadContact(id);
    if (!c || !mayViewContact(viewer, *c))
        return notFound();
    return *c;
}

ApiResult<Contact> Store::accept(const User& agent, const QString& id)
{
    Transaction tx(m_db);
    const qint64 now = ms(QDateTime::currentDateTimeUtc());
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
        appendChange(QStringLiteral("contact"), c.id, QStringLiteral("contact.updated"), c.queue, agent.id,
                     json::toJson(c)) < 0 ||
        appendChange(QStringLiteral("agent"), agent.id, QStringLiteral("agent.state"), agent.team, agent.id,
                     json::toJson(busy)) < 0)
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
    const qint64 now = ms(QDateTime::currentDateTimeUtc());
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'completed', completed_at = ?, disposition = ?,"
                                      " report_id = COALESCE(?, report_id), version = version + 1"
                                      " WHERE id = ? AND state = 'assigned' AND assigned_to = ? RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {now, wireName(disposition), nullable(reportId), id, agent.id});
    if (!q)
        return internalError();
    if (!q->next()) {
        q->finish();
        const auto existing = loadContact(id);
        if (!existing || !mayViewContact(agent, *existing))
            return notFound();
        if (existing->assignedTo != agent.id)
            return error(403, "forbidden", Store::tr("Only the agent who took the contact can complete it."));
        return error(409, "conflict", Store::tr("The contact is already completed."));
    }
    const Contact c = contactFromRow(*q);
    q->finish();
    AgentState wrap{agent.id, agent.displayName, agent.team, AgentStatus::WrapUp, std::nullopt, fromMs(now)};
    if (!saveAgentState(wrap) ||
        appendChange(QStringLiteral("contact"), c.id, QStringLiteral("contact.updated"), c.queue, agent.id,
                     json::toJson(c)) < 0 ||
        appendChange(QStringLiteral("agent"), agent.id, QStringLiteral("agent.state"), agent.team, agent.id,
                     json::toJson(wrap)) < 0)
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
    auto q = m_db.exec(QStringLiteral("UPDATE contacts SET state = 'abandoned', completed_at = ?, version = version + 1"
                                      " WHERE id = ? AND state = 'waiting' RETURNING %1")
                           .arg(QLatin1String(contactColumns)),
                       {ms(QDateTime::currentDateTimeUtc()), id});
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
    if (appendChange(QStringLiteral("contact"), c.id, QStringLiteral("contact.updated"), c.queue, QString(),
                     json::toJson(c)) < 0)
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
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
    if (appendChange(QStringLiteral("report"), r.id, QStringLiteral("report.created"), QString(), agent.id, body) < 0)
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
    Transaction tx(m_db);
    if (!audit(viewer.id, QStringLiteral("report.read"), id))
        return internalError();
    tx.commit();
    return *r;
}

ApiResult<Report> Store::patchReport(const User& editor, const QString& id, const QJsonObject& patch,
                                     qint64 expectedVersion)
{
    Transaction tx(m_db);
    const auto current = loadReport(id);
    if (!current)
        return notFound();
    if (current->version != expectedVersion)
        return error(
            412, "version_conflict",
            Store::tr("The report was changed by someone else meanwhile. Reload it and make your change again."));
    // Server-owned fields cannot be patched: they are taken from the stored report.
    static const QStringList readOnly = {QStringLiteral("id"),          QStringLiteral("caseNumber"),
                                         QStringLiteral("version"),     QStringLiteral("createdBy"),
                                         QStringLiteral("createdAt"),   QStringLiteral("updatedAt"),
                                         QStringLiteral("supplements"), QStringLiteral("status")};
    QJsonObject merged = json::toJson(*current);
    for (auto it = patch.begin(); it != patch.end(); ++it)
        if (!readOnly.contains(it.key()))
            merged.insert(it.key(), it.value());
    auto decoded = json::fromJson<Report>(merged);
    if (!decoded)
        return validationFailed({decoded.error()});
    Report r = normalizedReport(*decoded);
    // A patch may not move the event into the future etc.; the create rules hold for the result.
    if (auto errors = validateReportForCreate(r, ReferenceData::builtin(), QDateTime::currentDateTimeUtc());
        !errors.isEmpty())
        return validationFailed(errors);
    r.id = current->id;
    r.caseNumber = current->caseNumber;
    r.createdBy = current->createdBy;
    r.createdAt = current->createdAt;
    r.status = current->status;
    r.version = current->version + 1;
    r.updatedAt = QDateTime::currentDateTimeUtc();
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
    if (!indexText(r.id, searchText(r), true) ||
        appendChange(QStringLiteral("report"), r.id, QStringLiteral("report.updated"), QString(), r.createdBy,
                     json::toJson(r)) < 0)
        return internalError();
    if (!audit(editor.id, QStringLiteral("report.update"), r.id, QStringList(patch.keys()).join(u',')))
        return internalError();
    if (!commit(tx))
        return internalError();
    return r;
}

ApiResult<Supplement> Store::addSupplement(const User& agent, const QString& reportId, const QString& text)
{
    if (text.trimmed().isEmpty()) {
        ApiError e = error(422, "validation_failed", Store::tr("Write the supplementary information."));
        e.fields.insert(QStringLiteral("text"), e.message);
        return e;
    }
    Transaction tx(m_db);
    auto bump = m_db.exec(QStringLiteral("UPDATE reports SET version = version + 1, updated_at = ? WHERE id = ?"
                                         " RETURNING created_by"),
                          {ms(QDateTime::currentDateTimeUtc()), reportId});
    if (!bump)
        return internalError();
    if (!bump->next())
        return notFound();
    bump->finish();
    Supplement s{QDateTime::currentDateTimeUtc(), agent.id, text.trimmed()};
    if (!m_db.exec(QStringLiteral("INSERT INTO supplements (report_id, at, by_user, text) VALUES (?, ?, ?, ?)"),
                   {reportId, ms(s.at), s.by, s.text}))
        return internalError();
    const auto r = loadReport(reportId);
    if (!r || appendChange(QStringLiteral("report"), reportId, QStringLiteral("report.updated"), QString(),
                           r->createdBy, json::toJson(*r)) < 0)
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
        QJsonArray contacts;
        auto cq = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE report_id = ? ORDER BY received_at DESC")
                                .arg(QLatin1String(contactColumns)),
                            {id});
        while (cq && cq->next())
            contacts.append(json::toJson(contactFromRow(*cq)));
        items.append(QJsonObject{{QStringLiteral("report"), summary}, {QStringLiteral("contacts"), contacts}});
    }
    Transaction tx(m_db);
    if (!audit(viewer.id, QStringLiteral("cases.search"), QStringLiteral("cases"), auditDetail))
        return internalError();
    tx.commit();
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

bool Store::visible(const User& viewer, const Change& c)
{
    if (c.kind == QLatin1String("contact")) {
        switch (viewer.role) {
        case Role::Agent:
            return viewer.queues.contains(c.scope) || c.owner == viewer.id;
        case Role::Supervisor:
            return viewer.queues.isEmpty() || viewer.queues.contains(c.scope);
        case Role::Trainer:
            return true;
        case Role::Intake:
            return false;
        }
    }
    if (c.kind == QLatin1String("report"))
        return viewer.role == Role::Supervisor || (isAgent(viewer) && c.owner == viewer.id);
    if (c.kind == QLatin1String("agent"))
        return c.owner == viewer.id || viewer.role == Role::Trainer ||
               (viewer.role == Role::Supervisor && c.scope == viewer.team);
    return false;
}

QList<Change> Store::changesAfter(qint64 since, int limit)
{
    QList<Change> list;
    auto q = m_db.exec(QStringLiteral("SELECT seq, kind, entity_id, op, event, scope, owner, data FROM changes"
                                      " WHERE seq > ? ORDER BY seq LIMIT ?"),
                       {since, limit});
    while (q && q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                     parseObject(q->value(7).toString())});
    return list;
}

qint64 Store::lastSeq()
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'change_seq'"));
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

QList<Change> Store::changes(const User& viewer, qint64 since, int limit, qint64* cursor)
{
    // Everything up to `top` is committed (seq order is commit order), so the cursor may jump to
    // it when the page is not full — an agent does not rescan colleagues' changes forever.
    const qint64 top = lastSeq();
    QList<Change> out;
    qint64 scanned = since;
    while (out.size() < limit && scanned < top) {
        const QList<Change> batch = changesAfter(scanned, 1000);
        if (batch.isEmpty())
            break;
        for (const Change& c : batch) {
            if (c.seq > top)
                break;
            scanned = c.seq;
            if (visible(viewer, c)) {
                out.append(c);
                if (out.size() == limit)
                    break;
            }
        }
    }
    *cursor = out.size() == limit ? out.last().seq : std::max(since, top);
    return out;
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
    QStringList queues = viewer.queues;
    if (queues.isEmpty() || viewer.role == Role::Trainer) {
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

QList<AuditEntry> Store::auditTrail(const QString& user, const QString& resource, const QDateTime& since, int limit)
{
    QString sql = QStringLiteral("SELECT at, user_id, action, resource, detail FROM audit WHERE at >= ?");
    QVariantList args{since.isValid() ? ms(since) : qint64(0)};
    if (!user.isEmpty()) {
        sql += QStringLiteral(" AND user_id = ?");
        args << user;
    }
    if (!resource.isEmpty()) {
        sql += QStringLiteral(" AND resource = ?");
        args << resource;
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    args << limit;
    QList<AuditEntry> list;
    auto q = m_db.exec(sql, args);
    while (q && q->next())
        list.append({fromMs(q->value(0).toLongLong()), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), q->value(4).toString()});
    return list;
}

// ---- idempotency ---------------------------------------------------------------------------------

Store::KeyState Store::claimKey(const QString& userId, const QString& key, const QString& requestHash, int* status,
                                QByteArray* body)
{
    const qint64 now = ms(QDateTime::currentDateTimeUtc());
    Transaction tx(m_db);
    // Keys live at least 24 h; older ones go when a new one comes.
    std::ignore = m_db.exec(QStringLiteral("DELETE FROM idempotency WHERE created_at < ?"), {now - 48LL * 3600 * 1000});
    auto q = m_db.exec(QStringLiteral("SELECT request_hash, state, status, body, created_at FROM idempotency"
                                      " WHERE user_id = ? AND key = ?"),
                       {userId, key});
    if (q && q->next()) {
        const QString hash = q->value(0).toString();
        const QString state = q->value(1).toString();
        const int st = q->value(2).toInt();
        const QByteArray b = q->value(3).toString().toUtf8();
        const qint64 created = q->value(4).toLongLong();
        q->finish();
        if (hash != requestHash)
            return KeyState::Reused;
        // A claim older than two minutes belongs to a request that died with its server.
        if (state == QLatin1String("running") && now - created < 120'000)
            return KeyState::Running;
        if (state == QLatin1String("done")) {
            *status = st;
            *body = b;
            return KeyState::Replay;
        }
        std::ignore = m_db.exec(QStringLiteral("UPDATE idempotency SET created_at = ? WHERE user_id = ? AND key = ?"),
                                {now, userId, key});
        tx.commit();
        return KeyState::Claimed;
    }
    if (q)
        q->finish();
    if (!m_db.exec(QStringLiteral("INSERT INTO idempotency (user_id, key, request_hash, state, created_at)"
                                  " VALUES (?, ?, ?, 'running', ?)"),
                   {userId, key, requestHash, now}))
        return KeyState::Running; // another instance claimed it this very moment
    tx.commit();
    return KeyState::Claimed;
}

void Store::finishKey(const QString& userId, const QString& key, int status, const QByteArray& body)
{
    Transaction tx(m_db);
    std::ignore = m_db.exec(
        QStringLiteral("UPDATE idempotency SET state = 'done', status = ?, body = ? WHERE user_id = ? AND key = ?"),
        {status, QString::fromUtf8(body), userId, key});
    tx.commit();
}

} // namespace kc::server
