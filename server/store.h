// The service's rules over its database: users and sessions, contacts and their life cycle,
// reports with case numbers, supplements, case history, the change feed, queue statistics and
// the audit trail. The HTTP layer (apiserver.cpp) only translates requests and answers.
//
// Every change of a contact, report or agent state appends to `changes` in the same transaction,
// numbered from one counter row that each writer locks until commit — so sequence order is commit
// order on both engines, and a reader that has seen seq N has seen everything before it. After a
// commit Store calls the change callback (the EventHub's poke); on PostgreSQL it also NOTIFYs
// kc_changes so other server instances on the same database poke theirs.
//
// Every read of a report or of case history, every create/change and every login writes an audit
// row (who, when, action, resource id) in the same transaction as the thing it records.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/result.h"
#include "core/types.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

namespace kc::server {

// An answer that is not 2xx: the contract's error shape.
struct ApiError
{
    int status = 500;
    QString code;                  // "validation_failed", "already_assigned", …
    QString message;               // Swedish, for people
    QMap<QString, QString> fields; // field path → Swedish message (422)
    int retryAfterSeconds = 0;     // > 0: sent as Retry-After (429, 503)
};

template<typename T>
using ApiResult = Result<T, ApiError>;

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

// One entry of the change feed. The table keeps what changed (kind, id, version) and who may see
// it (scope, owner), never a copy of the data: `data` is the entity as it is now, read when the
// change is served (so a corrected personnummer is not kept in old copies).
struct Change
{
    qint64 seq = 0;
    QString kind; // contact | report | agent
    QString id;
    QString op;    // upsert | delete
    QString event; // contact.created, contact.updated, report.created, report.updated, agent.state
    QString scope; // contact: its queue; report: its creator's team; agent: its team
    QString owner; // contact: assigned agent; report: creator; agent: the agent
    qint64 version = 0;
    QJsonObject data;
};

struct ChangePage
{
    QList<Change> changes;
    qint64 cursor = 0; // where the next page starts
};

struct CasesQuery
{
    QString personnummer, phone, caseNumber, text;
    int limit = 50;
    int offset = 0;
};

struct AuditEntry
{
    QDateTime at;
    QString user, action, resource, detail;
};

class Store
{
    Q_DECLARE_TR_FUNCTIONS(kc::server::Store)
public:
    Store(Database& db, const ServerOptions& options);

    Database& database() { return m_db; }
    void setChangeCallback(std::function<void()> callback) { m_onChange = std::move(callback); }

    // ---- administration (command line) ----
    ApiResult<User> addUser(const User& user, const QString& password);
    QList<Account> users();
    ApiResult<bool> setDisabled(const QString& username, bool disabled);
    ApiResult<bool> setPassword(const QString& username, const QString& password);
    // Marks the database as demo or production on first use; refuses the other kind afterwards.
    ApiResult<bool> claimDataKind(bool demo);

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
    std::optional<User> authenticate(const QString& token, const QDateTime& now, bool* expired = nullptr);
    bool logout(const QString& token, const User& user);
    // Of these token hashes, the ones whose session is still valid (not expired, user enabled).
    std::optional<QSet<QString>> validSessions(const QSet<QString>& tokenHashes, const QDateTime& now);

    // ---- agents ----
    ApiResult<AgentState> setAgentState(const User& agent, AgentStatus state, const std::optional<QString>& reason);

    // ---- contacts ----
    ApiResult<Contact> createContact(const User& by, Contact contact);
    ApiResult<QList<Contact>> contacts(const User& viewer, const QString& state, const QString& queue, int limit,
                                       int offset);
    ApiResult<Contact> contact(const User& viewer, const QString& id);
    ApiResult<Contact> accept(const User& agent, const QString& id);
    ApiResult<Contact> complete(const User& agent, const QString& id, Disposition disposition,
                                const std::optional<QString>& reportId);
    ApiResult<Contact> abandon(const User& by, const QString& id);

    // ---- reports ----
    ApiResult<Report> createReport(const User& agent, Report report);
    ApiResult<Report> report(const User& viewer, const QString& id);
    // Only the report's creator and the supervisors of the creator's team may edit it; the
    // server-owned fields are refused (422 naming the field), not silently ignored.
    ApiResult<Report> patchReport(const User& editor, const QString& id, const QJsonObject& patch,
                                  qint64 expectedVersion);
    ApiResult<Supplement> addSupplement(const User& agent, const QString& reportId, const QString& text);
    ApiResult<QJsonObject> cases(const User& viewer, const CasesQuery& query);

    // ---- feeds and numbers ----
    // Changes after `cursor` that `viewer` may see, at most `limit` (filtered in SQL: never more
    // rows read than asked for), audited. Without a cursor: from the oldest change still kept (a
    // client starting over). 410 resync_required when the cursor is ahead of the newest change (a
    // restored database) or older than the oldest kept one (retention).
    ApiResult<ChangePage> changes(const User& viewer, std::optional<qint64> cursor, int limit);
    QList<Change> changesAfter(qint64 since, int limit); // unfiltered, with data, for the EventHub
    qint64 lastSeq();
    qint64 prunedThrough(); // every change up to here has been removed by retention
    // Removes changes older than retainChangesDays (keeping the newest, so the counter survives).
    [[nodiscard]] bool pruneChanges();
    static QJsonObject toJson(const Change& change);
    ApiResult<QJsonObject> queueStats(const User& viewer, const QDateTime& now);
    QueueStats statsFor(const QString& queue, const QDateTime& now);
    // The trail of the supervisor's own team (its users' rows), itself audited.
    ApiResult<QList<AuditEntry>> auditTrail(const User& viewer, const QString& user, const QString& resource,
                                            const QDateTime& since, int limit);
    [[nodiscard]] bool audit(const QString& userId, const QString& action, const QString& resource,
                             const QString& detail = {});
    // An audit row in a transaction of its own, for reads: false means the data must not be sent.
    [[nodiscard]] bool auditRead(const User& viewer, const QString& action, const QString& resource,
                                 const QString& detail = {});

    // Idempotency keys (the HTTP layer drives them): claim, finish or release, and read back.
    enum class KeyState { Claimed, Replay, Running, Reused, Failed };
    struct StoredAnswer
    {
        int status = 0;
        QByteArray body, etag, location;
    };
    KeyState claimKey(const QString& userId, const QString& key, const QString& requestHash, StoredAnswer* replay);
    [[nodiscard]] bool finishKey(const QString& userId, const QString& key, const StoredAnswer& answer);
    // Forgets a claimed key whose request failed on the server's side, so that a retry runs again.
    [[nodiscard]] bool releaseKey(const QString& userId, const QString& key);

    bool visible(const User& viewer, const Change& change) const;

private:
    qint64 appendChange(const QString& kind, const QString& id, qint64 version, const QString& event,
                        const QString& scope, const QString& owner);
    bool fillData(QList<Change>& changes);
    QString visibilitySql(const User& viewer, QVariantList& args) const;
    bool mayEditReport(const User& editor, const Report& report);
    bool commit(Transaction& tx);
    bool indexText(const QString& reportId, const QString& text, bool replace);
    bool saveAgentState(const AgentState& state);
    std::optional<Contact> loadContact(const QString& id);
    std::optional<Report> loadReport(const QString& id);
    bool mayViewContact(const User& viewer, const Contact& c) const;
    std::optional<Account> accountByName(const QString& username);
    std::optional<User> userById(const QString& id);
    QString userKey(const QString& username);

    Database& m_db;
    const ServerOptions& m_options;
    std::function<void()> m_onChange;
    QByteArray m_loginKeySecret;
};

ApiError internalError();

} // namespace kc::server
