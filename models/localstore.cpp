// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/localstore.h"

#include "core/jsoncodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QVariant>

#include <atomic>

// Decisions:
//
// - Durability. The file is in WAL mode with synchronous=FULL: every COMMIT fsyncs the WAL before it
//   returns. With WAL + NORMAL a committed transaction already survives a killed process (kill -9,
//   a crash: the WAL pages are in the kernel's page cache), but the last transactions can be lost on
//   power loss or an OS crash, because the WAL is only synced at checkpoints. A draft or an outbox
//   item is a report an agent was told is kept, so we pay one fsync per write (a few ms at most)
//   and keep it across power loss too.
// - Privacy. The file is created by us with mode 0600 (QFile::open with permissions, then an
//   explicit setPermissions, so the umask cannot widen it). SQLite creates its -wal and -shm files
//   with the mode of the database file itself (unix VFS, robust_open + fchmod, umask-independent),
//   also when it deletes and recreates them later; open() still narrows the ones it finds once WAL
//   mode is on and the migrations are written, as a second line of defence.
//   A directory open() has to create for the file is made mode 0700.
// - Nothing is touched before it is known to be ours: a file that is not SQLite, a SQLite database
//   of someone else (no meta table with our application marker) or one of a newer schema is
//   refused before WAL mode, permissions or migrations change anything in it.
// - Every write is one BEGIN IMMEDIATE … COMMIT: the write lock is taken at once, so a second
//   writer (another thread's LocalStore on the same file) waits busy_timeout instead of failing on
//   a lock upgrade. Timestamps are INTEGER milliseconds since the epoch (UTC); JSON is TEXT.
// - bool results: true when the write committed. markSent, markAttention, markRetry and requeue
//   are also false when the item does not exist or is in a state the change does not apply to:
//   markSent/markAttention/requeue never touch a Sent item, markRetry only a Pending one.
//   upsertContact is true also when it kept a stored contact of a higher version.
// - meta keys "application" and "schema_version" belong to the store: setValue() refuses them.

Q_LOGGING_CATEGORY(lcLocalStore, "kc.models.localstore")

namespace kc {

using namespace Qt::StringLiterals;

namespace {

constexpr auto ApplicationKey = "application"_L1;
constexpr auto ApplicationName = "kontaktcenter-localstore"_L1;
constexpr auto SchemaVersionKey = "schema_version"_L1;
constexpr int BusyTimeoutMs = 10000;

// Schema version 1. Its exact text is also in tests/data/localstore-v1.sql (a stored sample); a test
// checks that a migrated sample and a new file end up with the same schema.
const char* const schemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE contacts (id TEXT PRIMARY KEY, json TEXT NOT NULL, state TEXT NOT NULL, queue TEXT NOT NULL,"
    " priority INTEGER NOT NULL, received_at INTEGER NOT NULL, version INTEGER NOT NULL)",
    "CREATE INDEX contacts_service ON contacts (priority, received_at, id)",
    "CREATE TABLE reports (id TEXT PRIMARY KEY, case_number TEXT NOT NULL, json TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE TABLE drafts (contact_id TEXT PRIMARY KEY, json TEXT NOT NULL, section TEXT NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target TEXT NOT NULL,"
    " payload TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, local_ref TEXT NOT NULL, state TEXT NOT NULL,"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', result TEXT NOT NULL DEFAULT '',"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX outbox_state ON outbox (state, id)",
    "CREATE UNIQUE INDEX outbox_local_ref ON outbox (local_ref) WHERE local_ref <> ''",
};
const char* const tablesV1[] = {"meta", "contacts", "reports", "drafts", "outbox"};

// Schema version 2: the last synced copy of the knowledge base (issue 14), searched offline. The
// articles are public texts, not personal data: never purged, replaced whole by a full sync.
const char* const schemaV2[] = {
    "CREATE TABLE knowledge (id TEXT PRIMARY KEY, json TEXT NOT NULL, version INTEGER NOT NULL)",
};

const QString outboxColumns = u"id, kind, target, payload, idempotency_key, local_ref, state, attempts, "
                              u"last_error, result, created_at"_s;

Error storeError(const char* code, const QString& message)
{
    return Error{QString(), message, QString::fromLatin1(code)};
}

QString toText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The same text as toText(json::toJson(c)), written without a QJsonObject (a catch-up stores
// hundreds of thousands).
QString contactText(const Contact& c)
{
    QByteArray text;
    json::appendJson(text, c);
    return QString::fromUtf8(text);
}

QJsonObject fromText(const QString& text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

qint64 toMs(const QDateTime& t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

// `words` 32-bit words from the system's cryptographic source, as lowercase hex.
QString randomHex(int words)
{
    QString text;
    for (int i = 0; i < words; ++i)
        text += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    return text;
}

// Prepares and runs one statement with positional arguments. Failures are logged with the start of
// the statement, never with the arguments (they hold personal data).
bool run(QSqlQuery& q, const QString& sql, const QVariantList& args = {})
{
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        // Qt binds a null QString as SQL NULL; here "" is a value (text columns are NOT NULL).
        for (const QVariant& a : args)
            q.addBindValue(a.typeId() == QMetaType::QString && a.toString().isNull() ? QVariant(u""_s) : a);
        ok = q.exec();
    }
    if (!ok)
        qCWarning(lcLocalStore).noquote() << "statement failed:" << q.lastError().text() << "in" << sql.left(80);
    return ok;
}

// BEGIN IMMEDIATE … COMMIT; rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_open = run(q, u"BEGIN IMMEDIATE"_s);
        if (!m_open)
            m_error = q.lastError().text();
    }
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery q(m_db);
            q.exec(u"ROLLBACK"_s);
        }
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool ok() const { return m_open; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!run(q, u"COMMIT"_s)) {
            m_error = q.lastError().text();
            return false;
        }
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// Owner read and write only, whatever the umask made of it; false if that could not be ensured.
bool restrictToOwner(const QString& file)
{
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (!(QFile::permissions(file) & others))
        return true;
    if (QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return true;
    qCWarning(lcLocalStore).noquote() << "cannot restrict the permissions of" << file;
    return false;
}

std::optional<OutboxItem::Kind> kindFromWire(const QString& name)
{
    for (auto kind : {OutboxItem::Kind::Report, OutboxItem::Kind::Supplement, OutboxItem::Kind::AgentState,
                      OutboxItem::Kind::Complete})
        if (wireName(kind) == name)
            return kind;
    return std::nullopt;
}

std::optional<OutboxItem::State> stateFromWire(const QString& name)
{
    for (auto state : {OutboxItem::State::Pending, OutboxItem::State::Attention, OutboxItem::State::Sent})
        if (wireName(state) == name)
            return state;
    return std::nullopt;
}

// One row of SELECT outboxColumns.
OutboxItem itemFromRow(const QSqlQuery& q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    const auto kind = kindFromWire(q.value(1).toString());
    const auto state = stateFromWire(q.value(6).toString());
    item.kind = kind.value_or(OutboxItem::Kind::Report);
    item.target = q.value(2).toString();
    item.payload = fromText(q.value(3).toString());
    item.idempotencyKey = q.value(4).toString();
    item.localRef = q.value(5).toString();
    // An item this version cannot read is never sent on its own: it waits for the agent.
    item.state = kind && state ? *state : OutboxItem::State::Attention;
    if (!kind || !state)
        qCWarning(lcLocalStore) << "outbox item" << item.id << "has an unknown kind or state";
    item.attempts = q.value(7).toInt();
    item.lastError = q.value(8).toString();
    item.result = fromText(q.value(9).toString());
    item.createdAt = fromMs(q.value(10).toLongLong());
    return item;
}

QString sanitisedFileNamePart(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                          u == u'.' || u == u'_' || u == u'-';
        out += keep ? c : QChar(u'_');
    }
    return out;
}

} // namespace

QString wireName(OutboxItem::Kind kind)
{
    switch (kind) {
    case OutboxItem::Kind::Report:
        return u"report"_s;
    case OutboxItem::Kind::Supplement:
        return u"supplement"_s;
    case OutboxItem::Kind::AgentState:
        return u"agent_state"_s;
    case OutboxItem::Kind::Complete:
        return u"complete"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString wireName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return u"pending"_s;
    case OutboxItem::State::Attention:
        return u"attention"_s;
    case OutboxItem::State::Sent:
        return u"sent"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

// Helpers with access to LocalStore's private parts.
struct LocalStore::Statements
{
    QHash<QString, QSqlQuery> bySql;
};

struct LocalStore::Impl
{
    static QSqlDatabase connection(const LocalStore& store) { return QSqlDatabase::database(store.m_name, false); }

    // The first outbox item matching `where` (a WHERE condition, optionally with ORDER BY).
    static std::optional<OutboxItem> firstItem(const LocalStore& store, const QString& where, const QVariantList& args)
    {
        QSqlQuery q(connection(store));
        if (!run(q, u"SELECT "_s + outboxColumns + u" FROM outbox WHERE "_s + where + u" LIMIT 1"_s, args) || !q.next())
            return std::nullopt;
        return itemFromRow(q);
    }

    // Runs one write statement in its own transaction; the number of rows it changed, -1 on failure.
    static int write(const LocalStore& store, const QString& sql, const QVariantList& args)
    {
        const QSqlDatabase db = connection(store);
        if (store.m_inBatch) // batch() holds the transaction
            return runPrepared(store, db, sql, args);
        WriteTransaction tx(db);
        if (!tx.ok())
            return -1;
        const int rows = runPrepared(store, db, sql, args);
        if (rows < 0)
            return -1;
        return tx.commit() ? rows : -1;
    }

    // Runs a write statement prepared once per connection (a page of 500 upserts prepared each
    // time spent a third of its time in SQLite's parser); the number of rows it changed, -1 on failure.
    static int runPrepared(const LocalStore& store, const QSqlDatabase& db, const QString& sql,
                           const QVariantList& args)
    {
        auto& cache = store.m_statements->bySql;
        auto it = cache.find(sql);
        if (it == cache.end()) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.prepare(sql)) {
                qCWarning(lcLocalStore).noquote()
                    << "statement failed:" << q.lastError().text() << "in" << sql.left(80);
                return -1;
            }
            it = cache.insert(sql, q);
        }
        QSqlQuery& q = *it;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QVariant& a = args.at(i);
            // Qt binds a null QString as SQL NULL; here "" is a value (text columns are NOT NULL).
            q.bindValue(int(i), a.typeId() == QMetaType::QString && a.toString().isNull() ? QVariant(u""_s) : a);
        }
        const bool ok = q.exec();
        const int rows = ok ? q.numRowsAffected() : -1;
        if (!ok)
            qCWarning(lcLocalStore).noquote() << "statement failed:" << q.lastError().text() << "in" << sql.left(80);
        q.finish();
        return rows;
    }

    // The schema version of the file, 0 for an empty database; refuses files that are not ours and
    // files of a newer version. Reads only.
    static Result<int> storedVersion(const QSqlDatabase& db, const QString& file)
    {
        QSqlQuery q(db);
        if (!run(q, u"SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_'"_s)) {
            const QSqlError e = q.lastError();
            if (e.nativeErrorCode() == "26"_L1 || e.databaseText().contains("not a database"_L1))
                return storeError(
                    "not_sqlite",
                    QCoreApplication::translate("kc::LocalStore",
                                                "%1 is not a Kontaktcenter local store: it is not an SQLite database.")
                        .arg(file));
            return storeError("open_failed",
                              QCoreApplication::translate("kc::LocalStore", "Cannot open the local store %1: %2")
                                  .arg(file, e.text()));
        }
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        q.finish();
        if (tables.isEmpty())
            return 0;
        const Error foreign = storeError(
            "foreign_database",
            QCoreApplication::translate(
                "kc::LocalStore", "%1 is not a Kontaktcenter local store: it holds other data. Choose another file.")
                .arg(file));
        if (!tables.contains("meta"_L1))
            return foreign;
        QString application, versionText;
        if (!run(q, u"SELECT key, value FROM meta WHERE key IN (?, ?)"_s,
                 {QString(ApplicationKey), QString(SchemaVersionKey)}))
            return foreign; // a "meta" table of another shape
        while (q.next())
            (q.value(0).toString() == ApplicationKey ? application : versionText) = q.value(1).toString();
        q.finish();
        if (application != ApplicationName)
            return foreign;
        bool ok = false;
        const int version = versionText.toInt(&ok);
        if (!ok || version < 1)
            return storeError(
                "damaged", QCoreApplication::translate("kc::LocalStore",
                                                       "The local store %1 is damaged: it has no valid schema version.")
                               .arg(file));
        if (version > SchemaVersion)
            return storeError(
                "newer_schema",
                QCoreApplication::translate("kc::LocalStore",
                                            "The local store %1 has schema version %2, written by a newer version of "
                                            "Kontaktcenter; this version knows schema versions up to %3. Update "
                                            "Kontaktcenter.")
                    .arg(file)
                    .arg(version)
                    .arg(SchemaVersion));
        return version;
    }

    static Result<bool> migrate(const QSqlDatabase& db, const QString& file)
    {
        const auto failed = [&](const QString& why) {
            return storeError("migration_failed",
                              QCoreApplication::translate("kc::LocalStore",
                                                          "Cannot update the local store %1 to schema version %2: %3")
                                  .arg(file)
                                  .arg(SchemaVersion)
                                  .arg(why));
        };
        WriteTransaction tx(db);
        if (!tx.ok())
            return failed(tx.error());
        // Again under the write lock: another process may have migrated the file meanwhile.
        const Result<int> version = storedVersion(db, file);
        if (!version)
            return version.error();
        if (*version < SchemaVersion) {
            QSqlQuery q(db);
            if (*version < 1) {
                for (const char* statement : schemaV1)
                    if (!run(q, QString::fromLatin1(statement)))
                        return failed(q.lastError().text());
                if (!run(q, u"INSERT INTO meta (key, value) VALUES (?, ?)"_s,
                         {QString(ApplicationKey), QString(ApplicationName)}))
                    return failed(q.lastError().text());
            }
            if (*version < 2)
                for (const char* statement : schemaV2)
                    if (!run(q, QString::fromLatin1(statement)))
                        return failed(q.lastError().text());
            // Later versions: if (*version < 3) { … }
            if (!run(q,
                     u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                     u"excluded.value"_s,
                     {QString(SchemaVersionKey), QString::number(SchemaVersion)}))
                return failed(q.lastError().text());
        }
        if (!tx.commit())
            return failed(tx.error());
        if (*version > 0 && *version < SchemaVersion)
            qCInfo(lcLocalStore) << "local store migrated from schema" << *version << "to" << SchemaVersion;
        return true;
    }

    // Inserts an outbox item inside the caller's transaction.
    static Result<OutboxItem> insertItem(const QSqlDatabase& db, OutboxItem::Kind kind, const QString& target,
                                         const QJsonObject& payload, const QDateTime& at)
    {
        const auto failed = [](const QString& why) {
            return storeError(
                "database",
                QCoreApplication::translate("kc::LocalStore", "The outbox could not be saved: %1").arg(why));
        };
        OutboxItem item;
        item.kind = kind;
        item.target = target;
        item.payload = payload;
        item.idempotencyKey = randomHex(4); // 128 bits
        QSqlQuery q(db);
        if (kind == OutboxItem::Kind::Report) {
            // 32 random bits; the write lock is held, so a reference found free here stays free.
            // (After 32 collisions in a row the UNIQUE index refuses the last one below.)
            for (int attempt = 0; item.localRef.isEmpty(); ++attempt) {
                const QString candidate = "PREL-"_L1 + randomHex(1);
                // The "<> ''" lets SQLite use the partial index on local_ref; without it every
                // submit scanned the whole outbox (bench_sync: 0.3 ms → 4 ms at 10,000 items).
                if (!run(q, u"SELECT 1 FROM outbox WHERE local_ref = ? AND local_ref <> ''"_s, {candidate}))
                    return failed(q.lastError().text());
                if (!q.next() || attempt >= 32)
                    item.localRef = candidate;
                q.finish();
            }
        }
        const qint64 now = at.toMSecsSinceEpoch();
        item.createdAt = fromMs(now);
        if (!run(q,
                 u"INSERT INTO outbox (kind, target, payload, idempotency_key, local_ref, state, attempts, last_error,"
                 u" result, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, '', '', ?)"_s,
                 {wireName(kind), target, toText(payload), item.idempotencyKey, item.localRef,
                  wireName(OutboxItem::State::Pending), now}))
            return failed(q.lastError().text());
        item.id = q.lastInsertId().toLongLong();
        return item;
    }
};

LocalStore::LocalStore(QString connectionName)
    : m_statements(std::make_unique<Statements>())
    , m_name(std::move(connectionName))
{}

LocalStore::~LocalStore()
{
    m_statements.reset(); // before the connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<LocalStore>> LocalStore::open(const QString& path, Clock clock)
{
    if (path.isEmpty())
        return storeError("create_failed",
                          QCoreApplication::translate("kc::LocalStore", "The local store needs a file name."));
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();

    // 1. A new file is created here, owner-only from its first moment.
    if (!info.exists()) {
        // (If the directory cannot be made, opening the file below says why.)
        const QString dir = info.absolutePath();
        if (!QFileInfo::exists(dir) && QDir().mkpath(dir))
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            f.close();
            if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return storeError("create_failed",
                                  QCoreApplication::translate("kc::LocalStore", "Cannot create the local store %1: %2")
                                      .arg(file, f.errorString()));
        } else if (!QFileInfo::exists(file)) { // (else another process created it just now)
            return storeError("create_failed",
                              QCoreApplication::translate("kc::LocalStore", "Cannot create the local store %1: %2")
                                  .arg(file, f.errorString()));
        }
    }

    // 2. Anything but an empty file or an SQLite database is refused before SQLite sees it.
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return storeError("open_failed",
                              QCoreApplication::translate("kc::LocalStore", "Cannot open the local store %1: %2")
                                  .arg(file, f.errorString()));
        const QByteArray head = f.read(16);
        if (!head.isEmpty() && head != QByteArray("SQLite format 3\0", 16))
            return storeError("not_sqlite", QCoreApplication::translate(
                                                "kc::LocalStore",
                                                "%1 is not a Kontaktcenter local store: it is not an SQLite database.")
                                                .arg(file));
    }

    static std::atomic<quint64> instances{0};
    std::unique_ptr<LocalStore> self(new LocalStore(QString(u"kc.localstore."_s + QString::number(++instances))));
    self->m_clock = std::move(clock);
    self->m_path = file;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, self->m_name);
    const auto openFailed = [&](const QString& why) {
        return storeError(
            "open_failed",
            QCoreApplication::translate("kc::LocalStore", "Cannot open the local store %1: %2").arg(file, why));
    };
    if (!db.isValid())
        return openFailed(db.lastError().text());
    db.setDatabaseName(file);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(BusyTimeoutMs));
    if (!db.open())
        return openFailed(db.lastError().text());

    // 3. Ours, and not from a newer version? (reads only)
    const Result<int> version = Impl::storedVersion(db, file);
    if (!version)
        return version.error();

    // 4. Now it may be changed: owner-only, WAL, durable commits, then the migrations.
    restrictToOwner(file);
    QSqlQuery q(db);
    if (!run(q, u"PRAGMA journal_mode=WAL"_s) || !q.next() ||
        q.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        return storeError(
            "wal_refused",
            QCoreApplication::translate(
                "kc::LocalStore", "SQLite refused WAL mode for the local store %1 (is it on a network file system?).")
                .arg(file));
    q.finish();
    for (const QString& pragma :
         {u"PRAGMA synchronous=FULL"_s, QString(u"PRAGMA busy_timeout="_s + QString::number(BusyTimeoutMs)),
          // Deleted personal data is overwritten with zeros, not left in free pages.
          u"PRAGMA secure_delete=ON"_s}) {
        if (!run(q, pragma))
            return openFailed(q.lastError().text());
        q.finish();
    }
    if (*version < SchemaVersion) {
        if (const Result<bool> migrated = Impl::migrate(db, file); !migrated)
            return migrated.error();
    }
    const QStringList tables = db.tables();
    for (const char* table : tablesV1) {
        if (!tables.contains(QLatin1StringView(table)))
            return storeError(
                "damaged",
                QCoreApplication::translate("kc::LocalStore", "The local store %1 is damaged: the table %2 is missing.")
                    .arg(file, QLatin1StringView(table)));
    }
    // SQLite made -wal and -shm with the file's own mode; narrow them anyway (see the top comment).
    restrictToOwner(file + "-wal"_L1);
    restrictToOwner(file + "-shm"_L1);
    return self;
}

bool LocalStore::relaxDurability()
{
    QSqlQuery q(Impl::connection(*this));
    return run(q, u"PRAGMA synchronous=NORMAL"_s);
}

QString LocalStore::pathFor(const QString& dataDir, const QString& serverUrl, const QString& username)
{
    const QUrl url(serverUrl.trimmed());
    QString server;
    if (url.isValid() && !url.host().isEmpty()) {
        const QString scheme = url.scheme().toLower();
        const int port = url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
        server = port > 0 ? QString(url.host() + u'_' + QString::number(port)) : url.host();
    } else {
        server = serverUrl;
    }
    const QString name = sanitisedFileNamePart(server) + u'-' + sanitisedFileNamePart(username) + ".sqlite"_L1;
    return QDir(dataDir).filePath(u"stores/"_s + name);
}

// ---- meta ----

QString LocalStore::value(const QString& key) const
{
    QSqlQuery q(Impl::connection(*this));
    if (!run(q, u"SELECT value FROM meta WHERE key = ?"_s, {key}) || !q.next())
        return {};
    return q.value(0).toString();
}

bool LocalStore::setValue(const QString& key, const QString& value)
{
    if (key == ApplicationKey || key == SchemaVersionKey) {
        qCWarning(lcLocalStore).noquote() << "meta key" << key << "belongs to the store itself";
        return false;
    }
    return Impl::write(*this,
                       u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                       u"excluded.value"_s,
                       {key, value}) >= 0;
}

bool LocalStore::batch(const std::function<bool()>& work)
{
    if (m_inBatch)
        return false;
    WriteTransaction tx(Impl::connection(*this));
    if (!tx.ok())
        return false;
    m_inBatch = true;
    const bool ok = work();
    m_inBatch = false;
    return ok && tx.commit();
}

// ---- the knowledge base ----

bool LocalStore::upsertArticle(const KnowledgeArticle& article)
{
    if (article.id.isEmpty())
        return false;
    return Impl::write(
               *this,
               u"INSERT INTO knowledge (id, json, version) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
               u" json = excluded.json, version = excluded.version WHERE excluded.version >= knowledge.version"_s,
               {article.id, toText(knowledge::toJson(article)), article.version}) >= 0;
}

bool LocalStore::replaceArticles(const QList<KnowledgeArticle>& articles)
{
    return batch([&] {
        if (Impl::write(*this, u"DELETE FROM knowledge"_s, {}) < 0)
            return false;
        for (const KnowledgeArticle& a : articles)
            if (!upsertArticle(a))
                return false;
        return true;
    });
}

QList<KnowledgeArticle> LocalStore::articles() const
{
    QList<KnowledgeArticle> list;
    QSqlQuery q(Impl::connection(*this));
    if (!run(q, u"SELECT json FROM knowledge ORDER BY id"_s))
        return list;
    while (q.next())
        if (auto a = knowledge::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
            list.append(*a);
    return list;
}

std::optional<KnowledgeArticle> LocalStore::article(const QString& id) const
{
    QSqlQuery q(Impl::connection(*this));
    q.prepare(u"SELECT json FROM knowledge WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (auto a = knowledge::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
        return *a;
    return std::nullopt;
}

// ---- contacts and reports ----

bool LocalStore::upsertContact(const Contact& contact)
{
    if (contact.id.isEmpty())
        return false;
    return Impl::write(*this,
                       u"INSERT INTO contacts (id, json, state, queue, priority, received_at, version)"
                       u" VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json,"
                       u" state = excluded.state, queue = excluded.queue, priority = excluded.priority,"
                       u" received_at = excluded.received_at, version = excluded.version"
                       u" WHERE excluded.version >= contacts.version"_s,
                       {contact.id, contactText(contact), wireName(contact.state), contact.queue, contact.priority,
                        toMs(contact.receivedAt), contact.version}) >= 0;
}

std::optional<Contact> LocalStore::contact(const QString& id) const
{
    QSqlQuery q(Impl::connection(*this));
    if (!run(q, u"SELECT json FROM contacts WHERE id = ?"_s, {id}) || !q.next())
        return std::nullopt;
    Result<Contact> decoded = json::parse<Contact>(q.value(0).toString().toUtf8());
    if (!decoded) {
        qCWarning(lcLocalStore).noquote() << "stored contact unreadable at" << decoded.error().path;
        return std::nullopt;
    }
    return std::move(decoded).value();
}

QList<Contact> LocalStore::contacts(const QString& state) const
{
    QSqlQuery q(Impl::connection(*this));
    const bool ok =
        state.isEmpty()
            ? run(q, u"SELECT json FROM contacts ORDER BY priority, received_at, id"_s)
            : run(q, u"SELECT json FROM contacts WHERE state = ? ORDER BY priority, received_at, id"_s, {state});
    QList<Contact> list;
    if (!ok)
        return list;
    while (q.next()) {
        Result<Contact> decoded = json::parse<Contact>(q.value(0).toString().toUtf8());
        if (decoded)
            list.append(std::move(decoded).value());
        else
            qCWarning(lcLocalStore).noquote() << "stored contact unreadable at" << decoded.error().path;
    }
    return list;
}

bool LocalStore::removeContact(const QString& id)
{
    return Impl::write(*this, u"DELETE FROM contacts WHERE id = ?"_s, {id}) >= 0;
}

bool LocalStore::upsertReport(const QJsonObject& report)
{
    const QString id = report.value("id"_L1).toString();
    if (id.isEmpty())
        return false;
    const QDateTime updatedAt = json::parseTimestamp(report.value("updatedAt"_L1).toString());
    return Impl::write(*this,
                       u"INSERT INTO reports (id, case_number, json, updated_at) VALUES (?, ?, ?, ?)"
                       u" ON CONFLICT (id) DO UPDATE SET case_number = excluded.case_number, json = excluded.json,"
                       u" updated_at = excluded.updated_at"_s,
                       {id, report.value("caseNumber"_L1).toString(), toText(report), toMs(updatedAt)}) >= 0;
}

std::optional<QJsonObject> LocalStore::report(const QString& id) const
{
    QSqlQuery q(Impl::connection(*this));
    if (!run(q, u"SELECT json FROM reports WHERE id = ?"_s, {id}) || !q.next())
        return std::nullopt;
    return fromText(q.value(0).toString());
}

bool LocalStore::removeReport(const QString& id)
{
    return Impl::write(*this, u"DELETE FROM reports WHERE id = ?"_s, {id}) >= 0;
}

// ---- drafts ----

bool LocalStore::saveDraft(const Draft& draft)
{
    const QDateTime at = draft.updatedAt.isValid() ? draft.updatedAt : now();
    return Impl::write(*this,
                       u"INSERT INTO drafts (contact_id, json, section, updated_at) VALUES (?, ?, ?, ?)"
                       u" ON CONFLICT (contact_id) DO UPDATE SET json = excluded.json, section = excluded.section,"
                       u" updated_at = excluded.updated_at"_s,
                       {draft.contactId, toText(draft.report), draft.section, toMs(at)}) >= 0;
}

std::optional<Draft> LocalStore::draft(const QString& contactId) const
{
    QSqlQuery q(Impl::connection(*this));
    if (!run(q, u"SELECT json, section, updated_at FROM drafts WHERE contact_id = ?"_s, {contactId}) || !q.next())
        return std::nullopt;
    return Draft{contactId, fromText(q.value(0).toString()), q.value(1).toString(), fromMs(q.value(2).toLongLong())};
}

bool LocalStore::removeDraft(const QString& contactId)
{
    return Impl::write(*this, u"DELETE FROM drafts WHERE contact_id = ?"_s, {contactId}) >= 0;
}

// ---- outbox ----

Result<OutboxItem> LocalStore::submitReport(const QString& contactId, const QJsonObject& report)
{
    const QSqlDatabase db = Impl::connection(*this);
    const auto failed = [](const QString& why) {
        return storeError("database",
                          QCoreApplication::translate("kc::LocalStore", "The outbox could not be saved: %1").arg(why));
    };
    WriteTransaction tx(db);
    if (!tx.ok())
        return failed(tx.error());
    {
        QSqlQuery q(db);
        if (!run(q, u"DELETE FROM drafts WHERE contact_id = ?"_s, {contactId}))
            return failed(q.lastError().text());
    }
    Result<OutboxItem> item = Impl::insertItem(db, OutboxItem::Kind::Report, contactId, report, now());
    if (!item)
        return item;
    if (!tx.commit())
        return failed(tx.error());
    return item;
}

Result<OutboxItem> LocalStore::enqueue(OutboxItem::Kind kind, const QString& target, const QJsonObject& payload)
{
    const QSqlDatabase db = Impl::connection(*this);
    WriteTransaction tx(db);
    if (!tx.ok())
        return storeError(
            "database",
            QCoreApplication::translate("kc::LocalStore", "The outbox could not be saved: %1").arg(tx.error()));
    Result<OutboxItem> item = Impl::insertItem(db, kind, target, payload, now());
    if (!item)
        return item;
    if (!tx.commit())
        return storeError(
            "database",
            QCoreApplication::translate("kc::LocalStore", "The outbox could not be saved: %1").arg(tx.error()));
    return item;
}

QList<OutboxItem> LocalStore::outbox(bool includeSent) const
{
    QSqlQuery q(Impl::connection(*this));
    QList<OutboxItem> list;
    const bool ok = includeSent ? run(q, u"SELECT "_s + outboxColumns + u" FROM outbox ORDER BY id"_s)
                                : run(q, u"SELECT "_s + outboxColumns + u" FROM outbox WHERE state <> ? ORDER BY id"_s,
                                      {wireName(OutboxItem::State::Sent)});
    if (!ok)
        return list;
    while (q.next())
        list.append(itemFromRow(q));
    return list;
}

std::optional<OutboxItem> LocalStore::outboxItem(qint64 id) const
{
    return Impl::firstItem(*this, u"id = ?"_s, {id});
}

std::optional<OutboxItem> LocalStore::outboxItemByLocalRef(const QString& localRef) const
{
    if (localRef.isEmpty())
        return std::nullopt;
    // "<> ''" lets SQLite use the partial index on local_ref.
    return Impl::firstItem(*this, u"local_ref = ? AND local_ref <> ''"_s, {localRef});
}

std::optional<OutboxItem> LocalStore::reportItemForContact(const QString& contactId) const
{
    if (contactId.isEmpty())
        return std::nullopt;
    return Impl::firstItem(*this, u"kind = ? AND target = ? ORDER BY id DESC"_s,
                           {wireName(OutboxItem::Kind::Report), contactId});
}

std::optional<OutboxItem> LocalStore::nextPending() const
{
    return Impl::firstItem(*this, u"state = ? ORDER BY id"_s, {wireName(OutboxItem::State::Pending)});
}

std::optional<OutboxItem> LocalStore::nextPending(qint64 afterId) const
{
    return Impl::firstItem(*this, u"state = ? AND id > ? ORDER BY id"_s,
                           {wireName(OutboxItem::State::Pending), afterId});
}

bool LocalStore::markSent(qint64 id, const QJsonObject& result)
{
    return Impl::write(*this, u"UPDATE outbox SET state = ?, result = ?, last_error = '' WHERE id = ? AND state <> ?"_s,
                       {wireName(OutboxItem::State::Sent), toText(result), id, wireName(OutboxItem::State::Sent)}) == 1;
}

bool LocalStore::markAttention(qint64 id, const QString& message)
{
    return Impl::write(*this, u"UPDATE outbox SET state = ?, last_error = ? WHERE id = ? AND state <> ?"_s,
                       {wireName(OutboxItem::State::Attention), message, id, wireName(OutboxItem::State::Sent)}) == 1;
}

bool LocalStore::markRetry(qint64 id, const QString& error)
{
    return Impl::write(*this, u"UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ? AND state = ?"_s,
                       {error, id, wireName(OutboxItem::State::Pending)}) == 1;
}

bool LocalStore::requeue(qint64 id)
{
    // attempts stays as it is: it counts the attempts made so far.
    return Impl::write(*this, u"UPDATE outbox SET state = ?, last_error = '' WHERE id = ? AND state <> ?"_s,
                       {wireName(OutboxItem::State::Pending), id, wireName(OutboxItem::State::Sent)}) == 1;
}

bool LocalStore::resubmit(qint64 id, const QJsonObject& payload)
{
    return Impl::write(*this,
                       u"UPDATE outbox SET payload = ?, state = ?, last_error = '', idempotency_key = ?"
                       u" WHERE id = ? AND state = ?"_s,
                       {toText(payload), wireName(OutboxItem::State::Pending), randomHex(4), id,
                        wireName(OutboxItem::State::Attention)}) == 1;
}

Result<int> LocalStore::purgeExpired(int keepDays)
{
    const qint64 cutoff = now().addDays(-keepDays).toMSecsSinceEpoch();
    const QString sent = wireName(OutboxItem::State::Sent);
    const QString complete = wireName(OutboxItem::Kind::Complete);
    const QSqlDatabase db = Impl::connection(*this);
    const auto failed = [](const QString& why) {
        return storeError("database",
                          QCoreApplication::translate("kc::LocalStore", "Old data could not be removed: %1").arg(why));
    };
    int removed = 0;
    {
        WriteTransaction tx(db);
        if (!tx.ok())
            return failed(tx.error());
        QSqlQuery q(db);
        const std::pair<QString, QVariantList> statements[] = {
            {u"DELETE FROM contacts WHERE received_at < ? AND id NOT IN (SELECT contact_id FROM drafts)"
             u" AND id NOT IN (SELECT target FROM outbox WHERE state <> ?)"_s,
             {cutoff, sent}},
            {u"DELETE FROM reports WHERE updated_at < ?"_s, {cutoff}},
            // A sent report stays while an unsent completion still names it by its PREL reference.
            {u"DELETE FROM outbox WHERE state = ? AND created_at < ? AND NOT (local_ref <> '' AND EXISTS"
             u" (SELECT 1 FROM outbox AS waiting WHERE waiting.state <> ? AND waiting.kind = ?"
             u" AND instr(waiting.payload, outbox.local_ref) > 0))"_s,
             {sent, cutoff, sent, complete}},
        };
        for (const auto& [sql, args] : statements) {
            if (!run(q, sql, args))
                return failed(q.lastError().text());
            removed += q.numRowsAffected();
        }
        if (!tx.commit())
            return failed(tx.error());
    }
    if (removed > 0) {
        // The old page versions are still in the WAL: copy the new ones back and empty it.
        QSqlQuery q(db);
        if (!run(q, u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
            qCWarning(lcLocalStore) << "WAL checkpoint after a purge failed";
    }
    return removed;
}

int LocalStore::pendingCount() const
{
    QSqlQuery q(Impl::connection(*this));
    if (!run(q, u"SELECT count(*) FROM outbox WHERE state = ?"_s, {wireName(OutboxItem::State::Pending)}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace kc
