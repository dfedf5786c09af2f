// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Helpers for the server's integration tests, which must pass against both databases the server
// supports: SQLite (a file in a temporary directory) and a real PostgreSQL 17 that CTest starts for
// them through the fixture "postgres" (tests/tools/pg-fixture.sh; register such tests with
// kc_add_pg_test, which points KC_TEST_PG_STATE at the fixture's state directory).
//
// Thread rules: addDatabaseRows() belongs to the test thread, like every QTest data function.
// postgresUrl(), PostgresConnection and resetPostgres() may be used from any thread; a
// PostgresConnection must be used and destroyed in the thread that made it (QSqlDatabase's rule).
#pragma once

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <vector>

namespace kc::test {

// The URL of the fixture's database (postgresql://kc@127.0.0.1:PORT/kc_test), or an empty string
// when the test runs without the fixture.
inline QString postgresUrl()
{
    const QString state = qEnvironmentVariable("KC_TEST_PG_STATE");
    if (state.isEmpty())
        return {};
    QFile file(QDir(state).filePath(QStringLiteral("url")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// One QPSQL connection under a name of its own, opened from postgresql://USER[:PASSWORD]@HOST:PORT/DB
// (no password in the URL: $PGPASSWORD), and removed from QSqlDatabase's registry when this goes out
// of scope. Declare QSqlQuery objects after it, so that they are gone first.
class PostgresConnection
{
public:
    explicit PostgresConnection(const QString& url)
        : m_name(QStringLiteral("kc-test-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const QUrl u(url);
        if (!u.isValid() || (u.scheme() != u"postgresql" && u.scheme() != u"postgres") || u.host().isEmpty() ||
            u.path().size() < 2) {
            m_error = QStringLiteral("not a postgresql://USER[:PASSWORD]@HOST:PORT/DATABASE URL: '%1'").arg(url);
            return;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : u.password());
        // A fixture that died must fail the test within seconds, not at the CTest timeout.
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open())
            m_error = QStringLiteral("cannot connect to %1: %2").arg(url, db.lastError().text());
    }
    ~PostgresConnection()
    {
        if (QSqlDatabase::contains(m_name))
            QSqlDatabase::removeDatabase(m_name);
    }
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

// Empties the database behind url (drops and recreates the schema public, with everything in it),
// so that each test function starts from nothing. On failure returns false and, if asked, why.
inline bool resetPostgres(const QString& url, QString* error = nullptr)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const PostgresConnection conn(url);
    if (!conn.isOpen())
        return fail(conn.errorString());
    QSqlQuery query(conn.database());
    // A connection left open in a transaction (a server under test that was not shut down) would
    // otherwise block DROP SCHEMA until the CTest timeout; the notices list every dropped object.
    const QString statements[] = {
        QStringLiteral("SET lock_timeout = '10s'"),
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE"),
        QStringLiteral("CREATE SCHEMA public"),
    };
    for (const QString& statement : statements) {
        if (!query.exec(statement))
            return fail(QStringLiteral("%1: %2").arg(statement, query.lastError().text()));
    }
    return true;
}

// For a QTest _data() function: a QString column "databaseUrl" with the rows "sqlite" (a new,
// empty database file) and "postgresql" (the fixture's database). Without the fixture the data
// function fails: a server test that ran on SQLite alone must not look like a pass.
inline void addDatabaseRows()
{
    // The files must outlive every row of every data function, so the directories live as long as
    // the process.
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;

    QTest::addColumn<QString>("databaseUrl");
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        QFAIL(qPrintable(QStringLiteral("cannot create a temporary directory: ") + dir->errorString()));
    const QString sqliteUrl = QStringLiteral("sqlite:") + dir->filePath(QStringLiteral("kc.sqlite"));
    dirs.push_back(std::move(dir));
    QTest::newRow("sqlite") << sqliteUrl;

    const QString pgUrl = postgresUrl();
    if (pgUrl.isEmpty()) {
        const QString state = qEnvironmentVariable("KC_TEST_PG_STATE");
        QFAIL(qPrintable(
            state.isEmpty()
                ? QStringLiteral("KC_TEST_PG_STATE is not set: register this test with kc_add_pg_test (CTest "
                                 "fixture 'postgres') and run it through ctest")
                : QStringLiteral("no readable %1/url: the CTest fixture 'postgres' (pg_start, "
                                 "tests/tools/pg-fixture.sh) did not start PostgreSQL")
                      .arg(state)));
    }
    QTest::newRow("postgresql") << pgUrl;
}

} // namespace kc::test
