// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/database.h"

#include "server/store/knowledgestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <span>

Q_LOGGING_CATEGORY(lcDb, "kc.server.db")

namespace kc::server {

namespace {

// Messages for the administrator, in the program's language (context kc::server::Database).
Error dbError(const QString& message)
{
    return Error{QString(), message, QStringLiteral("database")};
}

// Schema version 1. %ID% is the auto-numbered key, the one thing the dialects spell differently.
const char* const schemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO counters (name, value) VALUES ('change_seq', 0)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
    " role TEXT NOT NULL, team TEXT NOT NULL, queues TEXT NOT NULL, password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
    "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, created_at BIGINT NOT NULL,"
    " expires_at BIGINT NOT NULL)",
    "CREATE INDEX sessions_user ON sessions (user_id)",
    "CREATE TABLE login_failures (username TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX login_failures_user ON login_failures (username, at)",
    "CREATE TABLE case_serials (prefix INTEGER NOT NULL, year INTEGER NOT NULL, next BIGINT NOT NULL,"
    " PRIMARY KEY (prefix, year))",
    "CREATE TABLE contacts (id TEXT PRIMARY KEY, channel TEXT NOT NULL, queue TEXT NOT NULL, state TEXT NOT NULL,"
    " priority INTEGER NOT NULL, caller TEXT NOT NULL, caller_personnummer TEXT, caller_phone TEXT,"
    " subject TEXT NOT NULL, language TEXT NOT NULL, received_at BIGINT NOT NULL, assigned_to TEXT,"
    " assigned_at BIGINT, completed_at BIGINT, disposition TEXT, report_id TEXT, version BIGINT NOT NULL,"
    " created_by TEXT NOT NULL)",
    "CREATE INDEX contacts_service ON contacts (state, queue, priority, received_at)",
    "CREATE INDEX contacts_pnr ON contacts (caller_personnummer)",
    "CREATE INDEX contacts_phone ON contacts (caller_phone)",
    "CREATE INDEX contacts_report ON contacts (report_id)",
    "CREATE INDEX contacts_assigned ON contacts (assigned_at)",
    "CREATE TABLE reports (id TEXT PRIMARY KEY, case_number TEXT NOT NULL UNIQUE, version BIGINT NOT NULL,"
    " contact_id TEXT, offence_code TEXT NOT NULL, reporter_personnummer TEXT, injured_personnummer TEXT,"
    " reporter_phone TEXT, body TEXT NOT NULL, search_text TEXT NOT NULL, created_by TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE INDEX reports_pnr ON reports (reporter_personnummer)",
    "CREATE INDEX reports_injured_pnr ON reports (injured_personnummer)",
    "CREATE INDEX reports_phone ON reports (reporter_phone)",
    "CREATE INDEX reports_created ON reports (created_at)",
    "CREATE TABLE supplements (id %ID%, report_id TEXT NOT NULL, at BIGINT NOT NULL, by_user TEXT NOT NULL,"
    " text TEXT NOT NULL)",
    "CREATE INDEX supplements_report ON supplements (report_id, id)",
    "CREATE TABLE idempotency (user_id TEXT NOT NULL, key TEXT NOT NULL, request_hash TEXT NOT NULL,"
    " state TEXT NOT NULL, status INTEGER, body TEXT, created_at BIGINT NOT NULL, PRIMARY KEY (user_id, key))",
    "CREATE INDEX idempotency_created ON idempotency (created_at)",
    "CREATE TABLE changes (seq BIGINT PRIMARY KEY, kind TEXT NOT NULL, entity_id TEXT NOT NULL, op TEXT NOT NULL,"
    " event TEXT NOT NULL, scope TEXT, owner TEXT, data TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE TABLE agent_states (agent_id TEXT PRIMARY KEY, state TEXT NOT NULL, reason TEXT, since BIGINT NOT NULL)",
    "CREATE TABLE audit (id %ID%, at BIGINT NOT NULL, user_id TEXT NOT NULL, action TEXT NOT NULL,"
    " resource TEXT NOT NULL, detail TEXT NOT NULL)",
    "CREATE INDEX audit_at ON audit (at)",
    "CREATE INDEX audit_user ON audit (user_id, at)",
    "CREATE INDEX audit_resource ON audit (resource, at)",
};

// The audit trail is append-only for the service: the database itself refuses UPDATE and DELETE.
const char* const auditGuardSqlite[] = {
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
};
const char* const auditGuardPostgres[] = {
    "CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $$",
    "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION"
    " audit_append_only()",
};

// Schema version 2: full-text search over reports (case history's free text), kept in step with
// reports by Store. SQLite keeps å, ä and ö as letters of their own (remove_diacritics 0).
const char* const schemaV2Sqlite[] = {
    "CREATE VIRTUAL TABLE reports_fts USING fts5(report_id UNINDEXED, text,"
    " tokenize = 'unicode61 remove_diacritics 0')",
    "INSERT INTO reports_fts (report_id, text) SELECT id, search_text FROM reports",
};
const char* const schemaV2Postgres[] = {
    "CREATE INDEX reports_fts ON reports USING GIN (to_tsvector('simple', search_text))",
};

// Schema version 3 (SQLite): the full-text rows share the report's rowid, so a search pages by
// rowid (insertion order = newest first) straight from the index instead of looking every match
// up by its text id and sorting them all (bench_server_cases: a surname matched 16,700 reports).
const char* const schemaV3Sqlite[] = {
    "DROP TABLE reports_fts",
    "CREATE VIRTUAL TABLE reports_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')",
    "INSERT INTO reports_fts (rowid, text) SELECT rowid, search_text FROM reports",
};

// Schema version 4 (hardening):
// - Sign-in attempts are recorded before the password is checked, keyed by a keyed hash of the
//   username (what was typed is never stored: it is often a password typed into the wrong field)
//   and the client address; one row per blocked period says when the block was audited.
// - An idempotency key remembers the first answer's ETag and Location for replays.
// - The change feed holds ids and versions only: an entity's data is read when a change is served,
//   so corrected personal data does not live on in copies, and a supplement no longer copies the
//   whole report. Old copies are emptied here.
const char* const schemaV4[] = {
    "DROP TABLE login_failures",
    "CREATE TABLE login_attempts (id %ID%, user_key TEXT NOT NULL, address TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX login_attempts_user ON login_attempts (user_key, at)",
    "CREATE INDEX login_attempts_address ON login_attempts (user_key, address, at)",
    "CREATE TABLE login_blocks (user_key TEXT NOT NULL, address TEXT NOT NULL, until BIGINT NOT NULL,"
    " PRIMARY KEY (user_key, address))",
    "ALTER TABLE idempotency ADD COLUMN etag TEXT",
    "ALTER TABLE idempotency ADD COLUMN location TEXT",
    "ALTER TABLE changes ADD COLUMN version BIGINT",
    "UPDATE changes SET data = ''",
    "CREATE INDEX changes_at ON changes (at)",
};

// Schema version 5: queues as configured entities — an id (what users and contacts name), a Swedish
// display name, a team (empty: none) and the service-level threshold (NULL: the server's
// --service-level-seconds). A fresh database gets the centre's standard queues; an existing one
// also gets one queue per id its users and contacts already name (see migrateQueues).
const char* const schemaV5[] = {
    "CREATE TABLE queues (id TEXT PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL DEFAULT '',"
    " service_level_seconds INTEGER, created_at BIGINT NOT NULL)",
};

// Schema version 6: supervisors. A contact handed over at a shift change keeps its note and draft
// (handover_*; overwritten by a later hand-over); per-queue alert thresholds (NULL: no alert of
// that kind); alerts raised and cleared by the server. At most one active alert per queue and kind
// (the partial unique index), so several server instances on one database raise it once.
const char* const schemaV6[] = {
    "ALTER TABLE contacts ADD COLUMN handover_note TEXT",
    "ALTER TABLE contacts ADD COLUMN handover_draft TEXT",
    "ALTER TABLE contacts ADD COLUMN handover_by TEXT",
    "ALTER TABLE contacts ADD COLUMN handover_at BIGINT",
    "CREATE TABLE queue_thresholds (queue TEXT PRIMARY KEY, longest_wait_seconds INTEGER,"
    " service_level_percent INTEGER, waiting INTEGER)",
    "CREATE TABLE alerts (id TEXT PRIMARY KEY, queue TEXT NOT NULL, kind TEXT NOT NULL, value DOUBLE PRECISION NOT "
    "NULL, threshold DOUBLE PRECISION NOT NULL, raised_at BIGINT NOT NULL, cleared_at BIGINT)",
    "CREATE UNIQUE INDEX alerts_active ON alerts (queue, kind) WHERE cleared_at IS NULL",
    "CREATE INDEX alerts_raised ON alerts (raised_at)",
};

// Schema version 7: the knowledge base (kunskapsbank, issue 14). Articles keep their whole wire
// form in `data` (one JSON object; the columns beside it are what SQL needs: id, version, title,
// where the article came from); every version in knowledge_versions; what was used and what was
// searched for in vain for the supervisors' statistics (the query text only, never who); the
// articles an agent recorded on a contact. The full-text index is per dialect (below).
const char* const schemaV7[] = {
    "CREATE TABLE knowledge (num %ID%, id TEXT NOT NULL UNIQUE, version BIGINT NOT NULL, title TEXT NOT NULL,"
    " data TEXT NOT NULL, shipped_edition INTEGER, edited_locally INTEGER NOT NULL DEFAULT 0,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)",
    "CREATE TABLE knowledge_versions (id %ID%, article_id TEXT NOT NULL, version BIGINT NOT NULL, at BIGINT NOT NULL,"
    " by_user TEXT NOT NULL, changed TEXT NOT NULL, data TEXT NOT NULL)",
    "CREATE INDEX knowledge_versions_article ON knowledge_versions (article_id, version)",
    "CREATE TABLE knowledge_usage (id %ID%, article_id TEXT NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX knowledge_usage_at ON knowledge_usage (at)",
    "CREATE TABLE knowledge_misses (id %ID%, query TEXT NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX knowledge_misses_at ON knowledge_misses (at)",
    "ALTER TABLE contacts ADD COLUMN knowledge_articles TEXT",
};
// SQLite: FTS5 keeps å, ä and ö (remove_diacritics 0); one row per article sharing its rowid.
const char* const schemaV7Sqlite[] = {
    "CREATE VIRTUAL TABLE knowledge_fts USING fts5(title, tags, summary, body,"
    " tokenize = 'unicode61 remove_diacritics 0')",
};
// PostgreSQL: a weighted tsvector (title A, tags B, summary C, body D) with the swedish configuration.
const char* const schemaV7Postgres[] = {
    "ALTER TABLE knowledge ADD COLUMN tsv tsvector",
    "CREATE INDEX knowledge_tsv ON knowledge USING GIN (tsv)",
};

// Schema version 8: where contacts come from and where reports go (issue 15).
// - Contacts from the e-services: (external_kind, external_id) is unique per kind ("web_report",
//   "tip"), so a retried submission finds its contact; the citizen's web report or tip is kept
//   verbatim as JSON (web_report holds the problems found too).
// - Callbacks: callback_of (the original contact), callback_at (when it turns waiting),
//   callback_note; state 'scheduled' before callback_at (contacts_callbacks finds them).
// - Reports: routing to the police area (police_region, police_area, routing_state new |
//   acknowledged | unrouted, routed_at, acknowledged_at/_by) and the citizen's original web report.
// - Users: the police area of an `area` user.
// - Alerts: a callback_missed alert names its contact; one active alert per queue, kind and contact.
const char* const schemaV8[] = {
    "ALTER TABLE contacts ADD COLUMN external_kind TEXT",
    "ALTER TABLE contacts ADD COLUMN external_id TEXT",
    "ALTER TABLE contacts ADD COLUMN web_report TEXT",
    "ALTER TABLE contacts ADD COLUMN tip TEXT",
    "ALTER TABLE contacts ADD COLUMN callback_of TEXT",
    "ALTER TABLE contacts ADD COLUMN callback_at BIGINT",
    "ALTER TABLE contacts ADD COLUMN callback_note TEXT",
    "CREATE UNIQUE INDEX contacts_external ON contacts (external_kind, external_id)",
    "CREATE INDEX contacts_callbacks ON contacts (state, callback_at)",
    "ALTER TABLE reports ADD COLUMN police_region TEXT",
    "ALTER TABLE reports ADD COLUMN police_area TEXT",
    "ALTER TABLE reports ADD COLUMN routing_state TEXT",
    "ALTER TABLE reports ADD COLUMN routed_at BIGINT",
    "ALTER TABLE reports ADD COLUMN acknowledged_at BIGINT",
    "ALTER TABLE reports ADD COLUMN acknowledged_by TEXT",
    "ALTER TABLE reports ADD COLUMN web_report TEXT",
    "CREATE INDEX reports_handoffs ON reports (police_area, routed_at)",
    "ALTER TABLE users ADD COLUMN police_area TEXT",
    "ALTER TABLE alerts ADD COLUMN contact_id TEXT",
    "DROP INDEX alerts_active",
    "CREATE UNIQUE INDEX alerts_active ON alerts (queue, kind, COALESCE(contact_id, '')) WHERE cleared_at IS NULL",
};

// Schema version 9 (speed, issue 16): the session epoch (see database.h), raised by triggers (a session
// deleted or changed, a user changed) so that every writer — this server, another instance on the same PostgreSQL, the
// command line — bumps it without knowing of any cache. Written to be re-runnable (a test migrates the same database
// twice).
const char* const schemaV9[] = {
    "INSERT INTO counters (name, value) VALUES ('session_epoch', 0) ON CONFLICT (name) DO NOTHING",
};
const char* const schemaV9Sqlite[] = {
    "CREATE TRIGGER IF NOT EXISTS sessions_epoch AFTER DELETE ON sessions BEGIN"
    " UPDATE counters SET value = value + 1 WHERE name = 'session_epoch'; END",
    "CREATE TRIGGER IF NOT EXISTS sessions_epoch_update AFTER UPDATE ON sessions BEGIN"
    " UPDATE counters SET value = value + 1 WHERE name = 'session_epoch'; END",
    "CREATE TRIGGER IF NOT EXISTS users_epoch AFTER UPDATE ON users BEGIN"
    " UPDATE counters SET value = value + 1 WHERE name = 'session_epoch'; END",
};
const char* const schemaV9Postgres[] = {
    "CREATE OR REPLACE FUNCTION session_epoch_bump() RETURNS trigger LANGUAGE plpgsql AS"
    " $$ BEGIN UPDATE counters SET value = value + 1 WHERE name = 'session_epoch'; RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER sessions_epoch AFTER DELETE OR UPDATE ON sessions FOR EACH ROW EXECUTE FUNCTION"
    " session_epoch_bump()",
    "CREATE OR REPLACE TRIGGER users_epoch AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION session_epoch_bump()",
};

// Schema version 10 (PostgreSQL; SQLite is unchanged, its full-text rows share the report's rowid
// since schema 3): free text pages newest first without sorting every match.
// - The words of search_text are stored (a generated column), so a match is checked on the stored
//   tsvector instead of parsing the text again (1 s for two common words that never meet, at 1M);
//   the GIN index moves to that column.
// - (created_at, id) is the order of every case page, so the newest reports are walked from an
//   index in exactly that order (CaseSearch); it replaces the index on created_at alone.
// Each statement can run again on a database that has it already.
const char* const schemaV10Postgres[] = {
    "ALTER TABLE reports ADD COLUMN IF NOT EXISTS search_tsv tsvector"
    " GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED",
    "DROP INDEX IF EXISTS reports_fts",
    "CREATE INDEX IF NOT EXISTS reports_tsv ON reports USING GIN (search_tsv)",
    "CREATE INDEX IF NOT EXISTS reports_newest ON reports (created_at, id)",
    "DROP INDEX IF EXISTS reports_created",
};

// Names the shipped set of knowledge articles and their editions: when it differs from what the
// database last applied, the shipped articles are applied again (KnowledgeStore::applyShipped).
QString shippedKnowledgeStamp()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto& s : KnowledgeStore::shipped())
        hash.addData(QStringLiteral("%1:%2;").arg(s.article.id).arg(s.edition).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.dialect = Dialect::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return dbError(QCoreApplication::translate(
                "kc::server::Database", "sqlite: needs a file path, e.g. sqlite:/var/lib/kontaktcenter/kc.db"));
        return url;
    }
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(text, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2)
            return dbError(QCoreApplication::translate(
                "kc::server::Database", "PostgreSQL URL must look like postgresql://user@host:port/dbname"));
        if (!u.password().isEmpty())
            return dbError(QCoreApplication::translate(
                "kc::server::Database", "Do not put the password in the URL (it shows in the process list); "
                                        "use PGPASSWORD or KC_DB_PASSWORD_FILE."));
        url.dialect = Dialect::Postgres;
        url.host = u.host();
        url.port = u.port(5432);
        url.user = u.userName();
        url.name = u.path().mid(1);
        url.password = qEnvironmentVariable("PGPASSWORD");
        const QString file = qEnvironmentVariable("KC_DB_PASSWORD_FILE");
        if (url.password.isEmpty() && !file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return dbError(
                    QCoreApplication::translate("kc::server::Database", "Cannot read the password file %1").arg(file));
            url.password = QString::fromUtf8(f.readAll()).trimmed();
        }
        return url;
    }
    return dbError(QCoreApplication::translate(
        "kc::server::Database", "Unknown database URL; use sqlite:/path/file.db or postgresql://user@host:port/db"));
}

QString DatabaseUrl::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
}

Database::~Database()
{
    m_pool.reset(); // the kept statements go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url, const QString& connectionName)
{
    auto self = connect(url, connectionName);
    if (!self)
        return self.error();
    if (auto m = (*self)->migrate(); !m)
        return m.error();
    return self;
}

Result<std::unique_ptr<Database>> Database::attach(const DatabaseUrl& url, const QString& connectionName)
{
    auto self = connect(url, connectionName);
    if (!self)
        return self.error();
    const QString version = (*self)->meta(QStringLiteral("schema_version"));
    if (version != QString::number(SchemaVersion))
        return dbError(QStringLiteral("schema version %1 where %2 was expected").arg(version).arg(SchemaVersion));
    return self;
}

Result<std::unique_ptr<Database>> Database::connect(const DatabaseUrl& url, const QString& connectionName)
{
    std::unique_ptr<Database> self(new Database(url.dialect, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            url.dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), connectionName);
        if (!db.isValid())
            return dbError(
                QCoreApplication::translate("kc::server::Database", "The Qt SQL driver for %1 is not installed.")
                    .arg(self->kindName()));
        if (url.dialect == Dialect::Sqlite) {
            db.setDatabaseName(url.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.name);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        }
        if (!db.open())
            return dbError(QCoreApplication::translate("kc::server::Database", "Cannot open the database %1: %2")
                               .arg(url.redacted(), db.lastError().text()));
        if (url.dialect == Dialect::Sqlite) {
            // The file holds personal data: owner only.
            QFile::setPermissions(url.path, QFile::ReadOwner | QFile::WriteOwner);
            auto wal = self->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            if (!wal || !wal->next() || wal->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive))
                return dbError(QCoreApplication::translate("kc::server::Database",
                                                           "SQLite refused WAL mode for %1 (a network file system?).")
                                   .arg(url.path));
            wal->finish();
            // temp_store=MEMORY: a savepoint's sub-journal (an idempotent write's nested
            // transaction, Database::begin) would otherwise be a temporary file created and
            // unlinked in every transaction — measured as the largest cost of such a write.
            for (const char* pragma :
                 {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"})
                if (auto q = self->exec(QString::fromLatin1(pragma)); !q)
                    return q.error();
        } else {
            if (auto q = self->exec(QStringLiteral("SET client_min_messages TO warning")); !q)
                return q.error();
        }
    }
    return self;
}

bool Database::begin()
{
    if (m_depth > 0) {
        // Nested: a savepoint, so that the inner work can fail alone (its answer is still kept).
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SAVEPOINT kc_%1").arg(m_depth))) {
            m_lastError = q.lastError().text();
            return false;
        }
        ++m_depth;
        return true;
    }
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_lastError = q.lastError().text();
            return false;
        }
    } else {
        QSqlDatabase db = connection();
        if (!db.transaction()) {
            m_lastError = db.lastError().text();
            return false;
        }
    }
    m_depth = 1;
    return true;
}

bool Database::commit()
{
    if (m_depth > 1) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("RELEASE SAVEPOINT kc_%1").arg(m_depth - 1))) {
            m_lastError = q.lastError().text();
            return false;
        }
        --m_depth;
        return true;
    }
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_lastError = q.lastError().text();
            return false;
        }
    } else {
        QSqlDatabase db = connection();
        if (!db.commit()) {
            m_lastError = db.lastError().text();
            return false;
        }
    }
    m_depth = 0;
    // Run after the state is clean: a callback may start a transaction of its own.
    const QList<std::function<void()>> committed = std::exchange(m_afterCommit, {});
    for (const auto& f : committed)
        f();
    return true;
}

void Database::rollback()
{
    if (m_depth > 1) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT kc_%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE SAVEPOINT kc_%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    m_depth = 0;
    m_afterCommit.clear();
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("ROLLBACK"));
        return;
    }
    connection().rollback();
}

void Database::afterCommit(std::function<void()> f)
{
    if (m_depth == 0)
        f();
    else
        m_afterCommit.append(std::move(f));
}

// Idle prepared statements by their SQL. Bounded: a few per SQL, and forgotten altogether when
// too many different statements (IN lists of every length) have come by.
class StatementPool
{
public:
    static constexpr int IdlePerSql = 2;
    static constexpr qsizetype MaxSqls = 256;

    std::optional<QSqlQuery> take(const QString& sql)
    {
        auto it = m_idle.find(sql);
        if (it == m_idle.end() || it->isEmpty())
            return std::nullopt;
        return it->takeLast();
    }
    void put(const QString& sql, QSqlQuery query)
    {
        if (m_idle.size() >= MaxSqls && !m_idle.contains(sql))
            m_idle.clear();
        QList<QSqlQuery>& idle = m_idle[sql];
        if (idle.size() < IdlePerSql)
            idle.append(std::move(query));
    }

private:
    QHash<QString, QList<QSqlQuery>> m_idle;
};

Statement::Statement(QSqlQuery query, QString sql, std::weak_ptr<StatementPool> pool)
    : m_query(std::move(query))
    , m_sql(std::move(sql))
    , m_pool(std::move(pool))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        giveBack();
        m_query = std::move(other.m_query);
        m_sql = std::move(other.m_sql);
        m_pool = std::move(other.m_pool);
    }
    return *this;
}

Statement::~Statement()
{
    giveBack();
}

void Statement::giveBack()
{
    // A moved-from Statement has an empty pool pointer; a pool gone with its Database takes nothing.
    if (auto pool = m_pool.lock()) {
        m_query.finish();
        pool->put(m_sql, std::move(m_query));
    }
    m_pool.reset();
}

Database::Database(Dialect dialect, QString name)
    : m_dialect(dialect)
    , m_name(std::move(name))
    , m_pool(std::make_shared<StatementPool>())
{}

Result<Statement> Database::exec(const QString& sql, const QVariantList& args)
{
    if (args.isEmpty()) {
        // Unprepared: PostgreSQL cannot PREPARE DDL, SET or NOTIFY.
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return failed(q, sql);
        return Statement(std::move(q), sql, {});
    }
    std::optional<QSqlQuery> cached = m_pool->take(sql);
    QSqlQuery q = cached ? std::move(*cached) : QSqlQuery(connection());
    if (!cached) {
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return failed(q, sql);
    }
    for (qsizetype i = 0; i < args.size(); ++i)
        q.bindValue(int(i), args.at(i));
    if (!q.exec())
        return failed(q, sql); // not kept: a statement that failed is prepared afresh next time
    return Statement(std::move(q), sql, m_pool);
}

Result<Statement> Database::failed(const QSqlQuery& q, const QString& sql)
{
    m_lastError = q.lastError().text();
    // The text without its quoted literals: a few statements carry the caller's words (case search
    // on PostgreSQL), and no personal data goes to the log.
    static const QRegularExpression literal(QStringLiteral("'(?:[^']|'')*(?:'|$)"));
    QString shown = sql.left(200);
    shown.replace(literal, QStringLiteral("'…'"));
    qCWarning(lcDb).noquote() << "statement failed:" << m_lastError << "in" << shown.left(120);
    const bool unique = q.lastError().nativeErrorCode() == QLatin1String("23505") ||
                        m_lastError.contains(QLatin1String("UNIQUE constraint"));
    return Error{QString(), m_lastError, unique ? QStringLiteral("unique_violation") : QStringLiteral("database")};
}

qint64 Database::sessionEpoch()
{
    auto q = exec(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {QStringLiteral("session_epoch")});
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

QString Database::meta(const QString& key)
{
    auto q = exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

bool Database::setMeta(const QString& key, const QString& value)
{
    return exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                               "excluded.value"),
                {key, value})
        .ok();
}

Result<bool> Database::migrateQueues()
{
    // The centre's standard queues (issue 18), then every queue id already in use, named by its id
    // so that nothing that worked before breaks; an administrator renames them with `queue edit`.
    QList<std::pair<QString, QString>> queues{{QStringLiteral("anmalan"), QStringLiteral("Anmälan")},
                                              {QStringLiteral("information"), QStringLiteral("Information")},
                                              {QStringLiteral("tips"), QStringLiteral("Tips")}};
    QSet<QString> known{QStringLiteral("anmalan"), QStringLiteral("information"), QStringLiteral("tips")};
    QStringList used;
    {
        auto users = exec(QStringLiteral("SELECT queues FROM users"));
        if (!users)
            return users.error();
        while (users->next())
            for (const QJsonValue& v : QJsonDocument::fromJson(users->value(0).toString().toUtf8()).array())
                used.append(v.toString());
    }
    {
        auto contacts = exec(QStringLiteral("SELECT DISTINCT queue FROM contacts"));
        if (!contacts)
            return contacts.error();
        while (contacts->next())
            used.append(contacts->value(0).toString());
    }
    std::sort(used.begin(), used.end());
    for (const QString& id : std::as_const(used))
        if (!id.isEmpty() && !known.contains(id)) {
            known.insert(id);
            queues.append({id, id});
        }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& [id, name] : std::as_const(queues))
        if (auto q = exec(QStringLiteral("INSERT INTO queues (id, name, team, created_at) VALUES (?, ?, '', ?)"),
                          {id, name, now});
            !q)
            return q.error();
    return true;
}

Result<bool> Database::migrate()
{
    const QStringList tables = connection().tables();
    int version = 0;
    if (tables.contains(QLatin1String("meta"))) {
        bool ok = false;
        version = meta(QStringLiteral("schema_version")).toInt(&ok);
        if (!ok)
            return dbError(QCoreApplication::translate(
                "kc::server::Database",
                "The database has no schema version; it was not made by kontaktcenter-server."));
    } else if (!tables.isEmpty()) {
        return dbError(QCoreApplication::translate(
            "kc::server::Database", "The database already holds other tables; give kontaktcenter-server its own."));
    }
    if (version > SchemaVersion)
        return dbError(
            QCoreApplication::translate("kc::server::Database",
                                        "The database has schema version %1, written by a newer kontaktcenter-server; "
                                        "this one knows up to %2. Upgrade the server.")
                .arg(version)
                .arg(SchemaVersion));
    if (version == SchemaVersion)
        return applyShippedKnowledge();

    Transaction tx(*this);
    if (!tx.ok())
        return dbError(m_lastError);
    const QString id = m_dialect == Dialect::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                    : QStringLiteral("BIGSERIAL PRIMARY KEY");
    if (version < 1) {
        for (const char* stmt : schemaV1)
            if (auto q = exec(QString::fromLatin1(stmt).replace(QLatin1String("%ID%"), id)); !q)
                return q.error();
        if (m_dialect == Dialect::Sqlite) {
            for (const char* stmt : auditGuardSqlite)
                if (auto q = exec(QString::fromLatin1(stmt)); !q)
                    return q.error();
        } else {
            for (const char* stmt : auditGuardPostgres)
                if (auto q = exec(QString::fromLatin1(stmt)); !q)
                    return q.error();
        }
    }
    if (version < 2) {
        if (m_dialect == Dialect::Sqlite) {
            for (const char* stmt : schemaV2Sqlite)
                if (auto q = exec(QString::fromLatin1(stmt)); !q)
                    return q.error();
        } else {
            for (const char* stmt : schemaV2Postgres)
                if (auto q = exec(QString::fromLatin1(stmt)); !q)
                    return q.error();
        }
    }
    if (version < 3 && m_dialect == Dialect::Sqlite)
        for (const char* stmt : schemaV3Sqlite)
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
    if (version < 4)
        for (const char* stmt : schemaV4)
            if (auto q = exec(QString::fromLatin1(stmt).replace(QLatin1String("%ID%"), id)); !q)
                return q.error();
    if (version < 5) {
        for (const char* stmt : schemaV5)
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
        if (auto q = migrateQueues(); !q)
            return q.error();
    }
    if (version < 6)
        for (const char* stmt : schemaV6)
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
    if (version < 7) {
        for (const char* stmt : schemaV7)
            if (auto q = exec(QString::fromLatin1(stmt).replace(QLatin1String("%ID%"), id)); !q)
                return q.error();
        for (const char* stmt : m_dialect == Dialect::Sqlite ? std::span<const char* const>(schemaV7Sqlite)
                                                             : std::span<const char* const>(schemaV7Postgres))
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
        // The shipped articles are seeded after this transaction (applyShippedKnowledge).
        if (!setMeta(QStringLiteral("knowledge_shipped"), QStringLiteral("none")))
            return dbError(m_lastError);
    }
    if (version < 8)
        for (const char* stmt : schemaV8)
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
    if (version < 9) {
        for (const char* stmt : schemaV9)
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
        for (const char* stmt : m_dialect == Dialect::Sqlite ? std::span<const char* const>(schemaV9Sqlite)
                                                             : std::span<const char* const>(schemaV9Postgres))
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
    }
    if (version < 10 && m_dialect == Dialect::Postgres)
        for (const char* stmt : schemaV10Postgres)
            if (auto q = exec(QString::fromLatin1(stmt)); !q)
                return q.error();
    if (!setMeta(QStringLiteral("schema_version"), QString::number(SchemaVersion)))
        return dbError(m_lastError);
    if (!tx.commit())
        return dbError(m_lastError);
    qCInfo(lcDb) << "database migrated from schema" << version << "to" << SchemaVersion;
    // The shipped knowledge articles are seeded as part of the migration to 7, and applied again
    // by any later server whose set differs.
    return applyShippedKnowledge();
}

Result<bool> Database::applyShippedKnowledge()
{
    const QString stamp = shippedKnowledgeStamp();
    if (meta(QStringLiteral("knowledge_shipped")) == stamp)
        return true;
    Transaction tx(*this);
    if (!tx.ok())
        return dbError(m_lastError);
    if (!KnowledgeStore::applyShipped(*this, QDateTime::currentMSecsSinceEpoch()) ||
        !setMeta(QStringLiteral("knowledge_shipped"), stamp) || !tx.commit())
        return dbError(m_lastError);
    qCInfo(lcDb) << "shipped knowledge articles applied";
    return true;
}

} // namespace kc::server
