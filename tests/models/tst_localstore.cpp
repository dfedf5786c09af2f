// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// kc::LocalStore over real SQLite files in a QTemporaryDir: creation (mode 0600, WAL), reopening,
// drafts, the outbox and its state transitions, contacts and reports, refusals (newer schema,
// foreign files), migration of the stored sample databases (tests/data/localstore-v*.sql, built
// into real files here) and durability across a process killed with SIGKILL right after its writes
// returned (this binary runs itself as that process: childWritesThenDies).
#include "models/localstore.h"

#include "core/jsoncodec.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>

using namespace kc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(kc::OutboxItem::Kind)

namespace {

// Set for the child process of durabilityAcrossKill: the directory it writes its store into.
constexpr auto ChildEnv = "KC_TST_LOCALSTORE_CHILD_DIR"_L1;

const QRegularExpression keyPattern(u"^[0-9a-f]{32}$"_s);
const QRegularExpression refPattern(u"^PREL-[0-9a-f]{8}$"_s);

// st_mode & 0777 of a file, -1 when it does not exist.
int modeOf(const QString& file)
{
    struct stat st;
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray bytesOf(const QString& file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& file, const QByteArray& bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QDateTime at(QStringView rfc3339)
{
    return json::parseTimestamp(rfc3339);
}

// The test's own Qt SQL connection to a file, beside (or instead of) a store's.
class Sql
{
public:
    explicit Sql(const QString& file)
        : m_name(u"tst.sql."_s + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(file);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Sql()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;

    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return true;
        m_error = q.lastError().text();
        return false;
    }
    QStringList column(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (!q.exec(sql))
            m_error = q.lastError().text();
        while (q.next())
            values.append(q.value(0).toString());
        return values;
    }
    QString scalar(const QString& sql) { return column(sql).value(0); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    static inline int s_count = 0;
};

// Builds a real SQLite file from an SQL text dump: one statement per ";" at a line end, "--" lines
// are comments.
bool buildFromDump(const QString& dump, const QString& file, QString* error)
{
    QFile f(dump);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    const QString text = QString::fromUtf8(f.readAll());
    Sql sql(file);
    for (const QString& chunk : text.split(u";\n"_s)) {
        QStringList lines;
        for (const QString& line : chunk.split(u'\n'))
            if (!line.startsWith("--"_L1))
                lines.append(line);
        const QString statement = lines.join(u'\n').trimmed();
        if (statement.isEmpty())
            continue;
        if (!sql.exec(statement)) {
            *error = sql.error() + u" in: "_s + statement.left(80);
            return false;
        }
    }
    return true;
}

// The schema of a file, one normalised line per table and index (SQLite's own tables included).
QStringList schemaOf(const QString& file)
{
    Sql sql(file);
    return sql
        .column(u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name"_s)
        .replaceInStrings(QRegularExpression(u"\\s+"_s), u" "_s);
}

Contact makeContact(const QString& id, int priority, const QDateTime& receivedAt, qint64 version = 1,
                    ContactState state = ContactState::Waiting, const QString& subject = u"Stulen cykel"_s)
{
    Contact c;
    c.id = id;
    c.channel = Channel::Phone;
    c.queue = u"anmalan"_s;
    c.state = state;
    c.priority = priority;
    c.caller.name = u"Tolvan Tolvansson"_s;
    c.caller.personnummer = u"191212121212"_s;
    c.caller.phone = u"+46701740605"_s;
    c.subject = subject;
    c.receivedAt = receivedAt;
    c.version = version;
    return c;
}

QJsonObject reportBody(const QString& contactId, const QString& narrative = u"Cykeln stod låst vid stationen."_s)
{
    return QJsonObject{
        {u"contactId"_s, contactId},
        {u"offenceCode"_s, u"9830"_s},
        {u"occurredFrom"_s, u"2026-11-26T17:30:00+01:00"_s},
        {u"location"_s, QJsonObject{{u"municipalityCode"_s, u"1495"_s}}},
        {u"reporter"_s, QJsonObject{{u"name"_s, u"Tolvan Tolvansson"_s}, {u"personnummer"_s, u"191212121212"_s}}},
        {u"stolenItems"_s, QJsonArray{QJsonObject{{u"description"_s, u"Svart damcykel"_s}, {u"valueSek"_s, 4500}}}},
        {u"narrative"_s, narrative},
    };
}

// What the killed child writes, and the parent expects to find.
Draft childDraft()
{
    return Draft{u"c-7"_s, reportBody(u"c-7"_s, u"Skrivet strax före kill -9."_s), u"narrative"_s,
                 at(u"2026-11-27T09:00:00.123Z")};
}
QJsonObject childPayload()
{
    return QJsonObject{{u"disposition"_s, u"advice_given"_s}};
}

} // namespace

class TestLocalStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newPath(const QString& name) const { return m_dir.filePath(name); }

    static std::unique_ptr<LocalStore> openOrFail(const QString& path, LocalStore::Clock clock = {})
    {
        auto store = LocalStore::open(path, std::move(clock));
        if (!store) {
            qWarning().noquote() << "open failed:" << store.error().code << store.error().message;
            return nullptr;
        }
        return std::move(store).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void openCreatesPrivateWalFile()
    {
        const QStringList connectionsBefore = QSqlDatabase::connectionNames();
        const QString path = LocalStore::pathFor(m_dir.filePath(u"data"_s), u"https://kc.example.invalid"_s, u"anna"_s);
        QVERIFY(!QFileInfo::exists(path));
        {
            // With no umask at all, anything left to defaults would be readable by everyone.
            const mode_t umaskBefore = ::umask(0);
            const auto restoreUmask = qScopeGuard([umaskBefore] { ::umask(umaskBefore); });
            auto store = openOrFail(path);
            QVERIFY(store);
            QVERIFY(store->setValue(u"cursor"_s, u"17"_s)); // a write after open, too

            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700); // stores/ was made by open()
            QCOMPARE(modeOf(path + u"-wal"_s), 0600);
            QCOMPARE(modeOf(path + u"-shm"_s), 0600);
            Sql sql(path);
            QCOMPARE(sql.scalar(u"PRAGMA journal_mode"_s), u"wal"_s);
            QCOMPARE(sql.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s),
                     QString::number(LocalStore::SchemaVersion));
            QCOMPARE(store->value(u"schema_version"_s), QString::number(LocalStore::SchemaVersion));
        }
        // The destructor closed and removed its connection.
        QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
        QCOMPARE(modeOf(path), 0600);
    }

    void emptyFileBecomesAStore()
    {
        const QString path = newPath(u"empty.sqlite"_s);
        QVERIFY(writeFile(path, {}));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(store->upsertContact(makeContact(u"c-1"_s, 3, at(u"2026-11-27T08:00:00Z"))));
        QCOMPARE(store->contacts().size(), 1);
    }

    void reopenKeepsEverything()
    {
        const QString path = newPath(u"reopen.sqlite"_s);
        const Contact contact = makeContact(u"c-1"_s, 2, at(u"2026-11-27T08:15:00+01:00"), 4);
        const QJsonObject report{
            {u"id"_s, u"r-1"_s}, {u"caseNumber"_s, u"1400-K1276-26"_s}, {u"updatedAt"_s, u"2026-11-27T08:45:00Z"_s}};
        const Draft draft{u"c-2"_s, reportBody(u"c-2"_s), u"offence"_s, at(u"2026-11-27T08:41:30.500Z")};
        qint64 enqueued = 0, submitted = 0;
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            QVERIFY(store->setValue(u"token"_s, u"abc"_s));
            QVERIFY(store->upsertContact(contact));
            QVERIFY(store->upsertReport(report));
            QVERIFY(store->saveDraft(draft));
            QVERIFY(store->saveDraft(Draft{u"c-1"_s, reportBody(u"c-1"_s), u"reporter"_s, {}}));
            auto item = store->enqueue(OutboxItem::Kind::Complete, u"c-1"_s, childPayload());
            QVERIFY(item);
            enqueued = item->id;
            auto report1 = store->submitReport(u"c-1"_s, reportBody(u"c-1"_s));
            QVERIFY(report1);
            submitted = report1->id;
            QVERIFY(store->markSent(submitted, report));
        }
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->value(u"token"_s), u"abc"_s);
        QCOMPARE(store->contact(u"c-1"_s), contact);
        QCOMPARE(store->report(u"r-1"_s), report);
        const auto restored = store->draft(u"c-2"_s);
        QVERIFY(restored);
        QCOMPARE(restored->report, draft.report);
        QCOMPARE(restored->section, draft.section);
        QCOMPARE(restored->updatedAt, draft.updatedAt);
        QVERIFY(!store->draft(u"c-1"_s));
        const QList<OutboxItem> all = store->outbox(true);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, enqueued);
        QCOMPARE(all[0].state, OutboxItem::State::Pending);
        QCOMPARE(all[1].id, submitted);
        QCOMPARE(all[1].state, OutboxItem::State::Sent);
        QCOMPARE(all[1].result, report);
        QCOMPARE(store->pendingCount(), 1);
    }

    void twoStoresOnOneFile()
    {
        const QString path = newPath(u"shared.sqlite"_s);
        auto a = openOrFail(path);
        auto b = openOrFail(path);
        QVERIFY(a && b);
        QVERIFY(a->saveDraft(Draft{u"c-1"_s, reportBody(u"c-1"_s), u"offence"_s, {}}));
        QVERIFY(b->draft(u"c-1"_s));
        auto item = b->submitReport(u"c-1"_s, reportBody(u"c-1"_s));
        QVERIFY(item);
        QVERIFY(!a->draft(u"c-1"_s));
        QCOMPARE(a->nextPending()->id, item->id);
    }

    void metaValues()
    {
        auto store = openOrFail(newPath(u"meta.sqlite"_s));
        QVERIFY(store);
        QCOMPARE(store->value(u"cursor"_s), QString());
        QVERIFY(store->setValue(u"cursor"_s, u"41"_s));
        QVERIFY(store->setValue(u"cursor"_s, u"42"_s));
        QCOMPARE(store->value(u"cursor"_s), u"42"_s);
        QVERIFY(store->setValue(u"userJson"_s, u"{\"username\":\"åsa\"}"_s));
        QCOMPARE(store->value(u"userJson"_s), u"{\"username\":\"åsa\"}"_s);
        // The store's own keys are not for the sync layer.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"belongs to the store"_s));
        QVERIFY(!store->setValue(u"schema_version"_s, u"2"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"belongs to the store"_s));
        QVERIFY(!store->setValue(u"application"_s, u"other"_s));
        QCOMPARE(store->value(u"schema_version"_s), QString::number(LocalStore::SchemaVersion));
    }

    // The last synced knowledge base (schema 2): a live update keeps the higher version, a full
    // sync replaces the copy whole, and the copy survives reopening (offline search reads it).
    void knowledgeCopy()
    {
        const QString path = newPath(u"knowledge.sqlite"_s);
        auto store = openOrFail(path);
        QVERIFY(store);
        KnowledgeArticle a;
        a.id = u"pass"_s;
        a.title = u"Tappat pass"_s;
        a.summary = u"Anmäl på 114 14."_s;
        a.version = 2;
        QVERIFY(store->upsertArticle(a));
        KnowledgeArticle older = a;
        older.summary = u"Gammal text."_s;
        older.version = 1;
        QVERIFY(store->upsertArticle(older)); // a late, older copy does not win
        QCOMPARE(store->articles(), QList<KnowledgeArticle>{a});
        KnowledgeArticle b = a;
        b.id = u"hittegods"_s;
        b.title = u"Hittegods"_s;
        QVERIFY(store->replaceArticles({b}));
        QCOMPARE(store->articles(), QList<KnowledgeArticle>{b});
        store.reset();
        auto again = openOrFail(path);
        QVERIFY(again);
        QCOMPARE(again->articles(), QList<KnowledgeArticle>{b});
    }

    void draftRoundTrip_data()
    {
        QTest::addColumn<QString>("contactId");
        QTest::addColumn<QJsonObject>("report");
        QTest::addColumn<QString>("section");

        QTest::newRow("empty report") << u"c-1"_s << QJsonObject() << u"reporter"_s;
        QTest::newRow("typed so far") << u"c-2"_s << reportBody(u"c-2"_s) << u"offence"_s;
        QTest::newRow("not tied to a contact") << QString() << reportBody(QString()) << u"narrative"_s;
        QTest::newRow("every JSON kind")
            << u"c-3"_s
            << QJsonObject{{u"null"_s, QJsonValue::Null},
                           {u"true"_s, true},
                           {u"int"_s, 9007199254740991LL},
                           {u"double"_s, 0.1},
                           {u"negative"_s, -12.5},
                           {u"text"_s, u"Åsa Öberg \"citat\" \\ \n ny rad 🚲"_s},
                           {u"array"_s, QJsonArray{1, u"två"_s, QJsonArray{}, QJsonObject{}}},
                           {u"object"_s, QJsonObject{{u"nested"_s, QJsonObject{{u"x"_s, 1}}}}}}
            << QString();
    }

    void draftRoundTrip()
    {
        QFETCH(QString, contactId);
        QFETCH(QJsonObject, report);
        QFETCH(QString, section);
        // The store stamps drafts saved without a time with its clock: a fixed one here.
        const QDateTime fixedNow = at(u"2026-11-27T09:30:00.123Z");
        auto store = openOrFail(
            newPath(u"draft-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + u".sqlite"_s),
            [fixedNow] { return fixedNow; });
        QVERIFY(store);
        QVERIFY(!store->draft(contactId));

        const QDateTime savedAt = at(u"2026-11-27T08:41:30.250+01:00");
        QVERIFY(store->saveDraft(Draft{contactId, report, section, savedAt}));
        auto restored = store->draft(contactId);
        QVERIFY(restored);
        QCOMPARE(restored->contactId, contactId);
        QCOMPARE(restored->report, report);
        QCOMPARE(restored->section, section);
        QCOMPARE(restored->updatedAt, savedAt);

        // Saving again replaces it; without a time the store stamps the save.
        QJsonObject changed = report;
        changed.insert(u"narrative"_s, u"Ändrad text."_s);
        QVERIFY(store->saveDraft(Draft{contactId, changed, u"narrative"_s, {}}));
        restored = store->draft(contactId);
        QVERIFY(restored);
        QCOMPARE(restored->report, changed);
        QCOMPARE(restored->section, u"narrative"_s);
        QCOMPARE(restored->updatedAt, fixedNow);

        QVERIFY(store->removeDraft(contactId));
        QVERIFY(!store->draft(contactId));
        QVERIFY(store->removeDraft(contactId)); // removing nothing is no failure
    }

    void submitReportMovesDraftAtomically()
    {
        const QString path = newPath(u"submit.sqlite"_s);
        auto store = openOrFail(path);
        QVERIFY(store);
        QVERIFY(store->saveDraft(Draft{u"c-1"_s, reportBody(u"c-1"_s, u"utkast"_s), u"narrative"_s, {}}));
        QVERIFY(store->saveDraft(Draft{u"c-2"_s, reportBody(u"c-2"_s), u"offence"_s, {}}));

        const QJsonObject body = reportBody(u"c-1"_s);
        const auto first = store->submitReport(u"c-1"_s, body);
        QVERIFY(first);
        QVERIFY(!store->draft(u"c-1"_s));
        QVERIFY(store->draft(u"c-2"_s)); // the other contact's draft stays
        QCOMPARE(first->kind, OutboxItem::Kind::Report);
        QCOMPARE(first->target, u"c-1"_s);
        QCOMPARE(first->payload, body);
        QVERIFY2(keyPattern.match(first->idempotencyKey).hasMatch(), qPrintable(first->idempotencyKey));
        QVERIFY2(refPattern.match(first->localRef).hasMatch(), qPrintable(first->localRef));
        QCOMPARE(first->state, OutboxItem::State::Pending);
        QCOMPARE(first->attempts, 0);
        QVERIFY(first->createdAt.isValid());

        const auto stored = store->outboxItem(first->id);
        QVERIFY(stored);
        QCOMPARE(stored->idempotencyKey, first->idempotencyKey);
        QCOMPARE(stored->localRef, first->localRef);
        QCOMPARE(stored->payload, body);
        QCOMPARE(stored->createdAt, first->createdAt);
        QCOMPARE(stored->lastError, QString());
        QCOMPARE(stored->result, QJsonObject());

        // A second submit for the same contact, with no draft left, is a new item with a new key.
        const auto second = store->submitReport(u"c-1"_s, reportBody(u"c-1"_s, u"komplettering"_s));
        QVERIFY(second);
        QVERIFY(second->id > first->id);
        QVERIFY(keyPattern.match(second->idempotencyKey).hasMatch());
        QVERIFY(second->idempotencyKey != first->idempotencyKey);
        QVERIFY(refPattern.match(second->localRef).hasMatch());
        QVERIFY(second->localRef != first->localRef);

        // One transaction: when the outbox refuses the item, the draft stays where it was.
        {
            Sql sql(path);
            QVERIFY2(sql.exec(u"CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox "
                              u"BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s),
                     qPrintable(sql.error()));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"statement failed.*refused by the test"_s));
        const auto refused = store->submitReport(u"c-2"_s, reportBody(u"c-2"_s));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"database"_s);
        QVERIFY2(refused.error().message.startsWith(u"The outbox could not be saved"_s),
                 qPrintable(refused.error().message));
        QVERIFY(store->draft(u"c-2"_s));
        QCOMPARE(store->outbox().size(), 2);
        {
            Sql sql(path);
            QVERIFY(sql.exec(u"DROP TRIGGER refuse_outbox"_s));
        }
        QVERIFY(store->submitReport(u"c-2"_s, reportBody(u"c-2"_s)));
        QVERIFY(!store->draft(u"c-2"_s));
        QCOMPARE(store->outbox().size(), 3);
    }

    void enqueueKinds_data()
    {
        QTest::addColumn<OutboxItem::Kind>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("wire");
        QTest::addColumn<bool>("hasLocalRef");
        QTest::newRow("report") << OutboxItem::Kind::Report << u"c-9"_s << u"report"_s << true;
        QTest::newRow("report without contact") << OutboxItem::Kind::Report << QString() << u"report"_s << true;
        QTest::newRow("supplement") << OutboxItem::Kind::Supplement << u"r-1"_s << u"supplement"_s << false;
        QTest::newRow("agent state") << OutboxItem::Kind::AgentState << QString() << u"agent_state"_s << false;
        QTest::newRow("complete") << OutboxItem::Kind::Complete << u"c-9"_s << u"complete"_s << false;
    }

    void enqueueKinds()
    {
        QFETCH(OutboxItem::Kind, kind);
        QFETCH(QString, target);
        QFETCH(QString, wire);
        QFETCH(bool, hasLocalRef);
        auto store = openOrFail(
            newPath(u"enqueue-"_s + QString::number(int(kind)) + u'-' + QString::number(target.size()) + u".sqlite"_s));
        QVERIFY(store);
        QVERIFY(store->saveDraft(Draft{u"c-9"_s, reportBody(u"c-9"_s), u"offence"_s, {}}));
        const QJsonObject payload{{u"text"_s, u"nyttolast"_s}};
        const auto item = store->enqueue(kind, target, payload);
        QVERIFY(item);
        QCOMPARE(wireName(item->kind), wire);
        QCOMPARE(item->target, target);
        QVERIFY(keyPattern.match(item->idempotencyKey).hasMatch());
        QCOMPARE(refPattern.match(item->localRef).hasMatch(), hasLocalRef);
        QCOMPARE(item->localRef.isEmpty(), !hasLocalRef);
        const auto stored = store->outboxItem(item->id);
        QVERIFY(stored);
        QCOMPARE(stored->kind, kind);
        QCOMPARE(stored->target, target);
        QCOMPARE(stored->payload, payload);
        QCOMPARE(stored->idempotencyKey, item->idempotencyKey);
        QCOMPARE(stored->localRef, item->localRef);
        QVERIFY(store->draft(u"c-9"_s)); // only submitReport takes a draft away
    }

    void wireNamesOfOutbox()
    {
        QCOMPARE(wireName(OutboxItem::State::Pending), u"pending"_s);
        QCOMPARE(wireName(OutboxItem::State::Attention), u"attention"_s);
        QCOMPARE(wireName(OutboxItem::State::Sent), u"sent"_s);
    }

    void outboxOrderAndTransitions()
    {
        auto store = openOrFail(newPath(u"transitions.sqlite"_s));
        QVERIFY(store);
        QCOMPARE(store->pendingCount(), 0);
        QVERIFY(!store->nextPending());
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            const auto item =
                store->enqueue(OutboxItem::Kind::Supplement, u"r-"_s + QString::number(i), QJsonObject{{u"text"_s, i}});
            QVERIFY(item);
            ids.append(item->id);
        }
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        const auto idsOf = [](const QList<OutboxItem>& items) {
            QList<qint64> list;
            for (const OutboxItem& item : items)
                list.append(item.id);
            return list;
        };
        QCOMPARE(idsOf(store->outbox()), ids);
        QCOMPARE(store->nextPending()->id, ids[0]);
        QCOMPARE(store->pendingCount(), 4);

        // A failed attempt: counted, still first in line.
        QVERIFY(store->markRetry(ids[0], u"Servern kunde inte nås."_s));
        QVERIFY(store->markRetry(ids[0], u"Tidsgränsen överskreds."_s));
        auto first = store->outboxItem(ids[0]);
        QCOMPARE(first->attempts, 2);
        QCOMPARE(first->lastError, u"Tidsgränsen överskreds."_s);
        QCOMPARE(first->state, OutboxItem::State::Pending);
        QCOMPARE(store->nextPending()->id, ids[0]);

        // Needs the agent: skipped by nextPending, never retried alone.
        QVERIFY(store->markAttention(ids[0], u"Brottskoden finns inte."_s));
        first = store->outboxItem(ids[0]);
        QCOMPARE(first->state, OutboxItem::State::Attention);
        QCOMPARE(first->lastError, u"Brottskoden finns inte."_s);
        QCOMPARE(first->attempts, 2);
        QCOMPARE(store->nextPending()->id, ids[1]);
        QCOMPARE(store->pendingCount(), 3);
        QVERIFY(!store->markRetry(ids[0], u"x"_s)); // a retry does not apply to an Attention item
        QCOMPARE(store->outboxItem(ids[0])->state, OutboxItem::State::Attention);

        // Sent: out of the default list, the answer kept, skipped by nextPending.
        const QJsonObject answer{{u"id"_s, u"r-1"_s}, {u"caseNumber"_s, u"1400-K1277-26"_s}};
        QVERIFY(store->markSent(ids[1], answer));
        QCOMPARE(store->nextPending()->id, ids[2]);
        QCOMPARE(store->pendingCount(), 2);
        QCOMPARE(idsOf(store->outbox()), (QList<qint64>{ids[0], ids[2], ids[3]}));
        QCOMPARE(idsOf(store->outbox(true)), ids);
        QCOMPARE(store->outboxItem(ids[1])->state, OutboxItem::State::Sent);
        QCOMPARE(store->outboxItem(ids[1])->result, answer);
        // A Sent item stays as it is.
        QVERIFY(!store->markSent(ids[1], QJsonObject{{u"caseNumber"_s, u"other"_s}}));
        QVERIFY(!store->markAttention(ids[1], u"x"_s));
        QVERIFY(!store->markRetry(ids[1], u"x"_s));
        QVERIFY(!store->requeue(ids[1]));
        QCOMPARE(store->outboxItem(ids[1])->result, answer);
        QCOMPARE(store->outboxItem(ids[1])->state, OutboxItem::State::Sent);

        // The agent fixed it: Pending again, first in line again, the message gone.
        QVERIFY(store->requeue(ids[0]));
        first = store->outboxItem(ids[0]);
        QCOMPARE(first->state, OutboxItem::State::Pending);
        QCOMPARE(first->lastError, QString());
        QCOMPARE(first->attempts, 2);
        QCOMPARE(store->nextPending()->id, ids[0]);
        QCOMPARE(store->pendingCount(), 3);

        // Items that do not exist.
        QVERIFY(!store->outboxItem(9999));
        QVERIFY(!store->markSent(9999, {}));
        QVERIFY(!store->markAttention(9999, u"x"_s));
        QVERIFY(!store->markRetry(9999, u"x"_s));
        QVERIFY(!store->requeue(9999));

        // All sent: nothing pending, default list empty.
        for (qint64 id : {ids[0], ids[2], ids[3]})
            QVERIFY(store->markSent(id, {}));
        QVERIFY(!store->nextPending());
        QCOMPARE(store->pendingCount(), 0);
        QVERIFY(store->outbox().isEmpty());
        QCOMPARE(store->outbox(true).size(), 4);
    }

    void keysAndReferencesAreUnique()
    {
        auto store = openOrFail(newPath(u"unique.sqlite"_s));
        QVERIFY(store);
        QSet<QString> keys, refs;
        constexpr int count = 100;
        for (int i = 0; i < count; ++i) {
            const auto item = store->submitReport(u"c-"_s + QString::number(i), QJsonObject());
            QVERIFY(item);
            keys.insert(item->idempotencyKey);
            refs.insert(item->localRef);
        }
        QCOMPARE(keys.size(), count);
        QCOMPARE(refs.size(), count);
    }

    void upsertContactKeepsHigherVersion_data()
    {
        QTest::addColumn<qint64>("storedVersion");
        QTest::addColumn<qint64>("incomingVersion");
        QTest::addColumn<bool>("replaced");
        QTest::newRow("older is ignored") << qint64(5) << qint64(4) << false;
        QTest::newRow("same version replaces") << qint64(5) << qint64(5) << true;
        QTest::newRow("newer replaces") << qint64(5) << qint64(6) << true;
        QTest::newRow("much newer replaces") << qint64(1) << qint64(1000000000000) << true;
    }

    void upsertContactKeepsHigherVersion()
    {
        QFETCH(qint64, storedVersion);
        QFETCH(qint64, incomingVersion);
        QFETCH(bool, replaced);
        auto store = openOrFail(newPath(u"version-"_s + QString::number(storedVersion) + u'-' +
                                        QString::number(incomingVersion) + u".sqlite"_s));
        QVERIFY(store);
        const Contact stored =
            makeContact(u"c-1"_s, 3, at(u"2026-11-27T08:00:00Z"), storedVersion, ContactState::Waiting, u"lagrad"_s);
        Contact incoming = makeContact(u"c-1"_s, 1, at(u"2026-11-27T08:00:00Z"), incomingVersion,
                                       ContactState::Assigned, u"inkommande"_s);
        incoming.assignedTo = u"u-anna"_s;
        QVERIFY(store->upsertContact(makeContact(u"c-0"_s, 2, at(u"2026-11-27T09:00:00Z"))));
        QVERIFY(store->upsertContact(stored));
        QVERIFY(store->upsertContact(incoming)); // true either way: the store holds the newest it saw
        const Contact expected = replaced ? incoming : stored;
        QCOMPARE(store->contact(u"c-1"_s), expected);
        // The columns behind state filter and service order follow the row that was kept.
        QCOMPARE(store->contacts(u"assigned"_s).size(), replaced ? 1 : 0);
        QCOMPARE(store->contacts().first().id, replaced ? u"c-1"_s : u"c-0"_s);
    }

    void batchIsOneTransaction()
    {
        auto store = openOrFail(newPath(u"batch.sqlite"_s));
        QVERIFY(store);
        // GIVEN a batch that fails half-way THEN nothing of it is stored
        QVERIFY(!store->batch([&] {
            return store->upsertContact(makeContact(u"c-1"_s, 1, at(u"2026-11-27T07:00:00Z"))) &&
                   store->setValue(u"cursor"_s, u"7"_s) && false;
        }));
        QVERIFY(!store->contact(u"c-1"_s));
        QCOMPARE(store->value(u"cursor"_s), QString());
        // GIVEN a batch that succeeds THEN all of it is stored, and batches do not nest
        QVERIFY(store->batch([&] {
            return store->upsertContact(makeContact(u"c-1"_s, 1, at(u"2026-11-27T07:00:00Z"))) &&
                   store->setValue(u"cursor"_s, u"7"_s) && !store->batch([] { return true; });
        }));
        QVERIFY(store->contact(u"c-1"_s));
        QCOMPARE(store->value(u"cursor"_s), u"7"_s);
        // and single writes work again afterwards
        QVERIFY(store->setValue(u"cursor"_s, u"8"_s));
        QCOMPARE(store->value(u"cursor"_s), u"8"_s);
    }

    void contactsInServiceOrder()
    {
        auto store = openOrFail(newPath(u"order.sqlite"_s));
        QVERIFY(store);
        // Inserted in an order that is none of the expected ones.
        const QList<Contact> inserted{
            makeContact(u"c-a"_s, 3, at(u"2026-11-27T07:00:00Z")),
            makeContact(u"c-b"_s, 1, at(u"2026-11-27T09:00:00Z")),
            makeContact(u"c-e"_s, 2, at(u"2026-11-27T06:00:00Z"), 1, ContactState::Completed),
            makeContact(u"c-d"_s, 1, at(u"2026-11-27T08:30:00Z")),
            makeContact(u"c-c"_s, 1, at(u"2026-11-27T08:30:00Z")),
            // 08:10+01:00 is 07:10Z: earlier than c-c and c-d although its text sorts after theirs.
            makeContact(u"c-f"_s, 1, at(u"2026-11-27T08:10:00+01:00")),
        };
        for (const Contact& c : inserted)
            QVERIFY(store->upsertContact(c));
        const auto idsOf = [](const QList<Contact>& contacts) {
            QStringList ids;
            for (const Contact& c : contacts)
                ids.append(c.id);
            return ids;
        };
        QCOMPARE(idsOf(store->contacts()), (QStringList{u"c-f"_s, u"c-c"_s, u"c-d"_s, u"c-b"_s, u"c-e"_s, u"c-a"_s}));
        QCOMPARE(idsOf(store->contacts(u"waiting"_s)), (QStringList{u"c-f"_s, u"c-c"_s, u"c-d"_s, u"c-b"_s, u"c-a"_s}));
        QCOMPARE(idsOf(store->contacts(u"completed"_s)), QStringList{u"c-e"_s});
        QVERIFY(store->contacts(u"abandoned"_s).isEmpty());
        for (const Contact& c : inserted)
            QCOMPARE(store->contact(c.id), c);

        QVERIFY(store->removeContact(u"c-c"_s));
        QVERIFY(!store->contact(u"c-c"_s));
        QVERIFY(!store->contact(u"c-unknown"_s));
        QCOMPARE(store->contacts().size(), 5);
        QVERIFY(!store->upsertContact(Contact{})); // a contact without an id cannot be stored
    }

    void reportsById()
    {
        auto store = openOrFail(newPath(u"reports.sqlite"_s));
        QVERIFY(store);
        QJsonObject report = reportBody(u"c-1"_s);
        report.insert(u"id"_s, u"r-1"_s);
        report.insert(u"caseNumber"_s, u"1400-K1276-26"_s);
        report.insert(u"updatedAt"_s, u"2026-11-27T08:45:00Z"_s);
        QVERIFY(!store->report(u"r-1"_s));
        QVERIFY(store->upsertReport(report));
        QCOMPARE(store->report(u"r-1"_s), report);
        report.insert(u"narrative"_s, u"Med tillägg."_s);
        report.insert(u"updatedAt"_s, u"2026-11-27T09:45:00Z"_s);
        QVERIFY(store->upsertReport(report));
        QCOMPARE(store->report(u"r-1"_s), report);
        QVERIFY(!store->upsertReport(reportBody(u"c-1"_s))); // no id: nothing to key it by
    }

    void pathFor_data()
    {
        QTest::addColumn<QString>("serverUrl");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("https, default port")
            << u"https://kc.polisen.se"_s << u"anna"_s << u"kc.polisen.se_443-anna.sqlite"_s;
        QTest::newRow("explicit port and path") << u"https://KC.Polisen.se:8443/api/v1/"_s << u"anna.andersson"_s
                                                << u"kc.polisen.se_8443-anna.andersson.sqlite"_s;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080"_s << u"ida_2"_s << u"127.0.0.1_8080-ida_2.sqlite"_s;
        QTest::newRow("http default port") << u"http://localhost/"_s << u"ida"_s << u"localhost_80-ida.sqlite"_s;
        QTest::newRow("IPv6") << u"http://[::1]:8080"_s << u"ida"_s << u"__1_8080-ida.sqlite"_s;
        QTest::newRow("letters outside ASCII")
            << u"https://kc.example.invalid"_s << u"Åsa Öberg"_s << u"kc.example.invalid_443-_sa__berg.sqlite"_s;
        QTest::newRow("path separators") << u"https://kc.example.invalid"_s << u"../../etc/passwd"_s
                                         << u"kc.example.invalid_443-.._.._etc_passwd.sqlite"_s;
        QTest::newRow("not a URL") << u"kc server"_s << u"anna"_s << u"kc_server-anna.sqlite"_s;
    }

    void pathFor()
    {
        QFETCH(QString, serverUrl);
        QFETCH(QString, username);
        QFETCH(QString, fileName);
        const QString dataDir = u"/var/lib/kc-test"_s;
        const QString path = LocalStore::pathFor(dataDir, serverUrl, username);
        QCOMPARE(path, dataDir + u"/stores/"_s + fileName);
        QCOMPARE(QFileInfo(path).absolutePath(), dataDir + u"/stores"_s);
    }

    void refusesNewerSchema()
    {
        const QString path = newPath(u"newer.sqlite"_s);
        {
            auto store = openOrFail(path);
            QVERIFY(store);
            QVERIFY(store->upsertContact(makeContact(u"c-1"_s, 3, at(u"2026-11-27T08:00:00Z"))));
        }
        {
            Sql sql(path);
            QVERIFY(sql.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        }
        const QByteArray before = bytesOf(path);
        const auto refused = LocalStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"newer_schema"_s);
        QVERIFY2(refused.error().message.contains(u"schema version 99"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"up to %1."_s.arg(LocalStore::SchemaVersion)),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(path));
        QCOMPARE(bytesOf(path), before); // refused untouched
        Sql sql(path);
        QCOMPARE(sql.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s), u"99"_s);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("code");
        QTest::newRow("SQLite with other tables") << u"other-tables"_s << u"foreign_database"_s;
        QTest::newRow("the server's database") << u"server"_s << u"foreign_database"_s;
        QTest::newRow("a table named meta of another shape") << u"meta-shape"_s << u"foreign_database"_s;
        QTest::newRow("text") << u"text"_s << u"not_sqlite"_s;
        QTest::newRow("random bytes") << u"random"_s << u"not_sqlite"_s;
        QTest::newRow("three bytes") << u"short"_s << u"not_sqlite"_s;
    }

    void refusesForeignFiles()
    {
        QFETCH(QString, what);
        QFETCH(QString, code);
        const QString path = newPath(u"foreign-"_s + what + u".db"_s);
        if (what == u"text"_s) {
            QVERIFY(writeFile(path, "Det här är ingen databas.\n"));
        } else if (what == u"random"_s) {
            QByteArray noise(4096, '\0');
            for (char& c : noise)
                c = char(QRandomGenerator::global()->bounded(256));
            noise[0] = 'X'; // never the SQLite header by chance
            QVERIFY(writeFile(path, noise));
        } else if (what == u"short"_s) {
            QVERIFY(writeFile(path, "SQL"));
        } else {
            Sql sql(path);
            if (what == u"other-tables"_s) {
                QVERIFY(sql.exec(u"CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT)"_s));
                QVERIFY(sql.exec(u"INSERT INTO users VALUES ('u-1', 'Tolvan')"_s));
            } else if (what == u"server"_s) {
                // kontaktcenter-server's database also has meta.schema_version (and a higher one).
                QVERIFY(sql.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
                QVERIFY(sql.exec(u"INSERT INTO meta VALUES ('schema_version', '2')"_s));
                QVERIFY(sql.exec(u"CREATE TABLE contacts (id TEXT PRIMARY KEY, channel TEXT NOT NULL)"_s));
            } else {
                QVERIFY(sql.exec(u"CREATE TABLE meta (name TEXT)"_s));
            }
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        const QByteArray before = bytesOf(path);

        if (what == u"meta-shape"_s)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"statement failed"_s));
        const auto refused = LocalStore::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QVERIFY2(refused.error().message.startsWith(path + u" is not a Kontaktcenter local store"_s),
                 qPrintable(refused.error().message));
        // Not touched: same bytes, same mode, not switched to WAL.
        QCOMPARE(bytesOf(path), before);
        QCOMPARE(modeOf(path), 0644);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    void refusesUnusablePaths()
    {
        const QString plain = newPath(u"plain-file"_s);
        QVERIFY(writeFile(plain, "x"));
        for (const QString& path : {QString(), QString(plain + u"/store.sqlite"_s)}) {
            const auto refused = LocalStore::open(path);
            QVERIFY2(!refused, qPrintable(path));
            QCOMPARE(refused.error().code, u"create_failed"_s);
            QVERIFY2(refused.error().message.contains(u"local store"_s), qPrintable(refused.error().message));
        }
    }

    void retentionPurgesOldDataButNeverDraftsOrUnsentItems()
    {
        // GIVEN a store whose clock the test moves, with data 20 days old and 1 day old
        const QString path = m_dir.filePath(u"retention.sqlite"_s);
        QDateTime clock = at(u"2026-11-01T09:00:00Z");
        auto opened = LocalStore::open(path, [&clock] { return clock; });
        QVERIFY(opened.ok());
        LocalStore& store = **opened;
        const QString secret = u"Hemligsson Markörsdotter"_s; // must leave the disk with the old rows
        QVERIFY(store.upsertContact(makeContact(u"old"_s, 3, clock, 1, ContactState::Completed, secret)));
        QVERIFY(store.upsertContact(makeContact(u"old-with-draft"_s, 3, clock)));
        QVERIFY(store.upsertReport(QJsonObject{{u"id"_s, u"r-old"_s},
                                               {u"caseNumber"_s, u"1400-K1-26"_s},
                                               {u"narrative"_s, secret},
                                               {u"updatedAt"_s, u"2026-11-01T09:00:00Z"_s}}));
        const auto sentOld = store.submitReport(QString(), reportBody(QString(), secret));
        QVERIFY(sentOld.ok());
        QVERIFY(store.markSent(sentOld->id, QJsonObject{{u"id"_s, u"r-old"_s}}));
        const auto sentNamed = store.submitReport(QString(), reportBody(QString()));
        QVERIFY(sentNamed.ok());
        QVERIFY(store.markSent(sentNamed->id, QJsonObject{{u"id"_s, u"r-named"_s}}));
        const auto unsentOld = store.submitReport(QString(), reportBody(QString(), u"Väntar fortfarande."_s));
        QVERIFY(unsentOld.ok());
        QVERIFY(
            store
                .enqueue(OutboxItem::Kind::Complete, u"old-with-draft"_s,
                         QJsonObject{{u"disposition"_s, u"report_filed"_s}, {u"reportLocalRef"_s, sentNamed->localRef}})
                .ok());
        QVERIFY(store.saveDraft(
            Draft{u"old-with-draft"_s, QJsonObject{{u"narrative"_s, u"Påbörjad."_s}}, u"narrative"_s, {}}));
        clock = at(u"2026-11-20T09:00:00Z");
        QVERIFY(store.upsertContact(makeContact(u"new"_s, 3, clock)));
        const auto sentNew = store.submitReport(QString(), reportBody(QString()));
        QVERIFY(sentNew.ok());
        QVERIFY(store.markSent(sentNew->id, QJsonObject{{u"id"_s, u"r-new"_s}}));

        // WHEN 14 days are kept on 2026-11-21
        clock = at(u"2026-11-21T09:00:00Z");
        const auto removed = store.purgeExpired(14);
        QVERIFY(removed.ok());

        // THEN the old contact, the old report and the old sent item are gone
        QCOMPARE(*removed, 3);
        QVERIFY(!store.contact(u"old"_s));
        QVERIFY(!store.report(u"r-old"_s));
        QVERIFY(!store.outboxItem(sentOld->id));
        // AND drafts, unsent items, what they need, and anything recent stay
        QVERIFY(store.contact(u"old-with-draft"_s));
        QVERIFY(store.draft(u"old-with-draft"_s));
        QVERIFY(store.outboxItem(unsentOld->id));
        QVERIFY(store.outboxItem(sentNamed->id)); // an unsent completion names it
        QVERIFY(store.contact(u"new"_s));
        QVERIFY(store.outboxItem(sentNew->id));
        QCOMPARE(store.pendingCount(), 2);
        // AND the removed text is not on the disk any more (secure_delete, WAL truncated)
        const QByteArray needle = secret.toUtf8();
        QVERIFY(!bytesOf(path).contains(needle));
        QVERIFY(!bytesOf(path + u"-wal"_s).contains(needle));
        // AND a second purge finds nothing more
        QCOMPARE(*store.purgeExpired(14), 0);
    }

    void migratesStoredSamples_data()
    {
        QTest::addColumn<QString>("dump");
        const QDir data(QStringLiteral(KC_TEST_DATA));
        const QStringList dumps = data.entryList({u"localstore-v*.sql"_s}, QDir::Files, QDir::Name);
        QVERIFY(dumps.contains(u"localstore-v1.sql"_s));
        for (const QString& name : dumps)
            QTest::newRow(qPrintable(name)) << data.filePath(name);
    }

    // Every stored sample opens, ends at the current schema version, and has exactly the schema a
    // new file gets.
    void migratesStoredSamples()
    {
        QFETCH(QString, dump);
        const QString path = newPath(QFileInfo(dump).completeBaseName() + u"-migrated.sqlite"_s);
        QString error;
        QVERIFY2(buildFromDump(dump, path, &error), qPrintable(error));
        QCOMPARE(modeOf(path), 0644); // made with the test's umask
        auto store = openOrFail(path);
        QVERIFY(store);
        QCOMPARE(store->value(u"schema_version"_s), QString::number(LocalStore::SchemaVersion));
        QCOMPARE(modeOf(path), 0600);
        const QString fresh = newPath(QFileInfo(dump).completeBaseName() + u"-fresh.sqlite"_s);
        QVERIFY(openOrFail(fresh));
        QCOMPARE(schemaOf(path), schemaOf(fresh));
        Sql sql(path);
        QCOMPARE(sql.scalar(u"PRAGMA journal_mode"_s), u"wal"_s);
    }

    // Every row of the v1 sample, read through the API.
    void storedSampleV1ReadsThroughTheApi()
    {
        const QString path = newPath(u"sample-v1.sqlite"_s);
        QString error;
        QVERIFY2(buildFromDump(QStringLiteral(KC_TEST_DATA "/localstore-v1.sql"), path, &error), qPrintable(error));
        {
            Sql sql(path);
            QCOMPARE(sql.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s), u"1"_s);
        }
        auto store = openOrFail(path);
        QVERIFY(store);

        // meta
        QCOMPARE(store->value(u"serverUrl"_s), u"https://kc.example.invalid:8443"_s);
        QCOMPARE(store->value(u"username"_s), u"anna"_s);
        QCOMPARE(store->value(u"cursor"_s), u"1042"_s);
        QCOMPARE(store->value(u"lastEventId"_s), u"1042"_s);
        const auto user = json::parse<User>(store->value(u"userJson"_s).toUtf8());
        QVERIFY(user);
        QCOMPARE(user->team, u"väst"_s);
        QCOMPARE(user->queues, (QStringList{u"anmalan"_s, u"information"_s}));

        // contacts, in service order
        const QList<Contact> contacts = store->contacts();
        QCOMPARE(contacts.size(), 3);
        QCOMPARE(contacts[0].id, u"c-1002"_s);
        QCOMPARE(contacts[1].id, u"c-1001"_s);
        QCOMPARE(contacts[2].id, u"c-1003"_s);
        const Contact& assigned = contacts[0];
        QCOMPARE(assigned.channel, Channel::Chat);
        QCOMPARE(assigned.state, ContactState::Assigned);
        QCOMPARE(assigned.priority, 1);
        QCOMPARE(assigned.subject, u"Fråga om hittegods på spårvagn"_s);
        QCOMPARE(assigned.assignedTo, u"u-anna"_s);
        QCOMPARE(assigned.assignedAt, at(u"2026-11-27T08:31:12.250Z"));
        QCOMPARE(assigned.version, 5);
        const Contact& waiting = contacts[1];
        QCOMPARE(waiting.caller.personnummer, u"191212121212"_s);
        QCOMPARE(waiting.receivedAt, at(u"2026-11-27T08:15:00Z"));
        QCOMPARE(store->contacts(u"waiting"_s).size(), 1);
        const auto completed = store->contact(u"c-1003"_s);
        QVERIFY(completed);
        QCOMPARE(completed->disposition, Disposition::ReportFiled);
        QCOMPARE(completed->reportId, u"r-501"_s);
        QCOMPARE(completed->completedAt, at(u"2026-11-27T08:45:00Z"));
        QCOMPARE(completed->version, 7);

        // the report the server sent
        const auto reportJson = store->report(u"r-501"_s);
        QVERIFY(reportJson);
        const auto report = json::fromJson<Report>(*reportJson);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->caseNumber, u"1400-K1276-26"_s);
        QCOMPARE(report->contactId, u"c-1003"_s);
        QCOMPARE(report->stolenItems.size(), 1);
        QCOMPARE(report->stolenItems[0].valueSek, 4500);
        QCOMPARE(report->location.municipalityCode, u"1495"_s);

        // drafts
        const auto draft = store->draft(u"c-1001"_s);
        QVERIFY(draft);
        QCOMPARE(draft->section, u"offence"_s);
        QCOMPARE(draft->updatedAt, at(u"2026-11-27T08:41:30Z"));
        QCOMPARE(draft->report.value(u"narrative"_s).toString(), u"Cykeln stod"_s);
        QCOMPARE(draft->report.value(u"stolenItems"_s).toArray().size(), 1);
        const auto loose = store->draft(QString());
        QVERIFY(loose);
        QCOMPARE(loose->section, u"reporter"_s);
        QCOMPARE(loose->report, (QJsonObject{{u"narrative"_s, u""_s}}));
        QCOMPARE(loose->updatedAt, at(u"2026-11-27T08:42:05Z"));

        // outbox: every state
        const QList<OutboxItem> all = store->outbox(true);
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].id, qint64(i + 1));
            QVERIFY(keyPattern.match(all[i].idempotencyKey).hasMatch());
        }
        QCOMPARE(all[0].kind, OutboxItem::Kind::Report);
        QCOMPARE(all[0].state, OutboxItem::State::Sent);
        QCOMPARE(all[0].localRef, u"PREL-0a1b2c3d"_s);
        QCOMPARE(all[0].idempotencyKey, u"5f1c9a0e3b7d4c2a8e6f1b3d5a7c9e0f"_s);
        QCOMPARE(all[0].attempts, 1);
        QCOMPARE(all[0].result.value(u"caseNumber"_s).toString(), u"1400-K1276-26"_s);
        QCOMPARE(all[0].result, *reportJson);
        QVERIFY(json::fromJson<Report>(all[0].payload));
        QCOMPARE(all[0].createdAt, at(u"2026-11-27T08:40:00Z"));
        QCOMPARE(all[1].kind, OutboxItem::Kind::Complete);
        QCOMPARE(all[1].state, OutboxItem::State::Pending);
        QCOMPARE(all[1].target, u"c-1003"_s);
        QCOMPARE(all[1].attempts, 2);
        QCOMPARE(all[1].lastError, u"Servern kunde inte nås."_s);
        QCOMPARE(all[1].localRef, QString());
        QCOMPARE(all[1].payload.value(u"disposition"_s).toString(), u"report_filed"_s);
        QCOMPARE(all[2].kind, OutboxItem::Kind::Supplement);
        QCOMPARE(all[2].state, OutboxItem::State::Attention);
        QCOMPARE(all[2].target, u"r-501"_s);
        QCOMPARE(all[2].lastError, u"Tillägget måste ha en text."_s);
        QCOMPARE(all[3].kind, OutboxItem::Kind::AgentState);
        QCOMPARE(all[3].state, OutboxItem::State::Pending);
        QCOMPARE(all[3].payload, (QJsonObject{{u"state"_s, u"ready"_s}}));
        QCOMPARE(all[4].kind, OutboxItem::Kind::Report);
        QCOMPARE(all[4].state, OutboxItem::State::Pending);
        QCOMPARE(all[4].target, QString());
        QCOMPARE(all[4].localRef, u"PREL-7e3f0a91"_s);
        QCOMPARE(all[4].createdAt, at(u"2026-11-27T08:52:00Z"));
        QCOMPARE(store->outbox().size(), 4);
        QCOMPARE(store->nextPending()->id, 2);
        QCOMPARE(store->pendingCount(), 3);

        // and it goes on working: numbering continues, the sample draft moves into the outbox
        const auto next = store->submitReport(u"c-1001"_s, draft->report);
        QVERIFY(next);
        QCOMPARE(next->id, 6);
        QVERIFY(!store->draft(u"c-1001"_s));
        QVERIFY(!store->markSent(1, {})); // already sent
        QVERIFY(store->requeue(3));
        QCOMPARE(store->nextPending()->id, 2);
        QCOMPARE(store->pendingCount(), 5);
    }

    // Runs only as the child process of durabilityAcrossKill: writes, then dies by SIGKILL the
    // moment the calls have returned — no destructor, no close, no checkpoint.
    void childWritesThenDies()
    {
        const QString dir = qEnvironmentVariable(ChildEnv.data());
        if (dir.isEmpty())
            QSKIP("runs only as the child process of durabilityAcrossKill");
        auto store = LocalStore::open(dir + u"/store.sqlite"_s);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
        QVERIFY((*store)->saveDraft(childDraft()));
        QVERIFY((*store)->saveDraft(Draft{u"c-8"_s, reportBody(u"c-8"_s), u"offence"_s, {}}));
        const auto enqueued = (*store)->enqueue(OutboxItem::Kind::Complete, u"c-7"_s, childPayload());
        QVERIFY(enqueued);
        const auto submitted = (*store)->submitReport(u"c-8"_s, reportBody(u"c-8"_s));
        QVERIFY(submitted);
        std::printf("written %lld %lld %s\n", static_cast<long long>(enqueued->id),
                    static_cast<long long>(submitted->id), qPrintable(submitted->idempotencyKey));
        std::fflush(stdout);
        std::raise(SIGKILL);
    }

    void durabilityAcrossKill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(ChildEnv, dir.path());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {u"childWritesThenDies"_s});
        QVERIFY(child.waitForFinished(60000));
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString why = out + QString::fromUtf8(child.readAllStandardError());
        QVERIFY2(child.exitStatus() == QProcess::CrashExit, qPrintable(why));
        const QRegularExpressionMatch written =
            QRegularExpression(u"^written (\\d+) (\\d+) ([0-9a-f]{32})$"_s, QRegularExpression::MultilineOption)
                .match(out);
        QVERIFY2(written.hasMatch(), qPrintable(why));

        // The writes are still only in the WAL (nothing checkpointed them): recovering it is the point.
        const QString path = dir.filePath(u"store.sqlite"_s);
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);

        auto store = openOrFail(path);
        QVERIFY(store);
        const Draft expected = childDraft();
        const auto draft = store->draft(expected.contactId);
        QVERIFY(draft);
        QCOMPARE(draft->report, expected.report);
        QCOMPARE(draft->section, expected.section);
        QCOMPARE(draft->updatedAt, expected.updatedAt);
        const auto enqueued = store->outboxItem(written.captured(1).toLongLong());
        QVERIFY(enqueued);
        QCOMPARE(enqueued->kind, OutboxItem::Kind::Complete);
        QCOMPARE(enqueued->target, u"c-7"_s);
        QCOMPARE(enqueued->payload, childPayload());
        const auto submitted = store->outboxItem(written.captured(2).toLongLong());
        QVERIFY(submitted);
        QCOMPARE(submitted->idempotencyKey, written.captured(3));
        QCOMPARE(submitted->payload, reportBody(u"c-8"_s));
        QVERIFY(!store->draft(u"c-8"_s));
        QCOMPARE(store->nextPending()->id, enqueued->id);
        QCOMPARE(store->pendingCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_localstore.moc"
