// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The PostgreSQL that the CTest fixture "postgres" starts, and the helpers of testenv.h: the
// server's integration tests rely on both, so a broken fixture shows up here first and by name.
#include "testenv.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

using kc::test::PostgresConnection;

class TestPgFixture : public QObject
{
    Q_OBJECT

    QString m_url;

    static int publicTableCount(const QSqlDatabase& db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_url = kc::test::postgresUrl();
        QVERIFY2(!m_url.isEmpty(), "no PostgreSQL URL: KC_TEST_PG_STATE must name the state directory of the CTest "
                                   "fixture 'postgres' (register with kc_add_pg_test, run through ctest)");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "the Qt SQL driver QPSQL is missing (package libqt6sql6-psql)");
    }

    void init()
    {
        QString error;
        QVERIFY2(kc::test::resetPostgres(m_url, &error), qPrintable(error));
    }

    void urlHasTheFixtureShape()
    {
        const QUrl url(m_url);
        QCOMPARE(url.scheme(), QStringLiteral("postgresql"));
        QCOMPARE(url.userName(), QStringLiteral("kc"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() >= 20000 && url.port() <= 40000);
        QCOMPARE(url.path(), QStringLiteral("/kc_test"));
    }

    void serverIsPostgres17()
    {
        const PostgresConnection conn(m_url);
        QVERIFY2(conn.isOpen(), qPrintable(conn.errorString()));
        QSqlQuery q(conn.database());
        QVERIFY2(q.exec(QStringLiteral("SHOW server_version")), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const QString version = q.value(0).toString();
        QVERIFY2(version.startsWith(u"17"), qPrintable(version));
    }

    void sessionMatchesTheFixture()
    {
        const PostgresConnection conn(m_url);
        QVERIFY2(conn.isOpen(), qPrintable(conn.errorString()));
        QSqlQuery q(conn.database());
        QVERIFY2(q.exec(QStringLiteral("SELECT current_user, current_database(), pg_encoding_to_char(d.encoding), "
                                       "r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
                                       "WHERE d.datname = current_database()")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kc"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("kc_test"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("UTF8"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("kc"));
    }

    void tableRoundTripAndReset()
    {
        const PostgresConnection conn(m_url);
        QVERIFY2(conn.isOpen(), qPrintable(conn.errorString()));
        const QSqlDatabase db = conn.database();
        QCOMPARE(publicTableCount(db), 0);
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE contact (id bigserial PRIMARY KEY, name text NOT NULL)")),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO contact (name) VALUES (?)")));
            // Non-ASCII on purpose: the cluster must be UTF-8 end to end.
            q.addBindValue(QStringLiteral("Åsa Öberg"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("SELECT id, name FROM contact")), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 1);
            QCOMPARE(q.value(1).toString(), QStringLiteral("Åsa Öberg"));
            QVERIFY(!q.next());
        }
        QCOMPARE(publicTableCount(db), 1);

        QString error;
        QVERIFY2(kc::test::resetPostgres(m_url, &error), qPrintable(error));
        QCOMPARE(publicTableCount(db), 0);
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE contact (id bigserial PRIMARY KEY)")),
                 qPrintable(q.lastError().text()));
    }

    void resetReportsABadUrl()
    {
        QString error;
        QVERIFY(!kc::test::resetPostgres(QStringLiteral("sqlite:/tmp/x.sqlite"), &error));
        QVERIFY2(error.contains(u"postgresql://"), qPrintable(error));
    }

    void listenNotify()
    {
        const PostgresConnection listener(m_url);
        QVERIFY2(listener.isOpen(), qPrintable(listener.errorString()));
        QSqlDriver* driver = listener.database().driver();
        QVERIFY(driver->hasFeature(QSqlDriver::EventNotifications));
        const QString channel = QStringLiteral("kc_fixture_check");
        QVERIFY2(driver->subscribeToNotification(channel), qPrintable(driver->lastError().text()));
        QSignalSpy spy(driver, &QSqlDriver::notification);

        const PostgresConnection sender(m_url);
        QVERIFY2(sender.isOpen(), qPrintable(sender.errorString()));
        QSqlQuery q(sender.database());
        QVERIFY2(q.exec(QStringLiteral("NOTIFY kc_fixture_check, 'ärende 1'")), qPrintable(q.lastError().text()));

        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), channel);
        QCOMPARE(spy.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("ärende 1"));
        QVERIFY(driver->unsubscribeFromNotification(channel));
    }

    // The helper every server test uses for its rows.
    void databaseRows_data() { kc::test::addDatabaseRows(); }

    void databaseRows()
    {
        QFETCH(QString, databaseUrl);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == u"sqlite") {
            QVERIFY2(databaseUrl.startsWith(u"sqlite:/"), qPrintable(databaseUrl));
            const QString path = databaseUrl.sliced(QStringLiteral("sqlite:").size());
            QVERIFY2(QFileInfo(path).dir().exists(), qPrintable(path));
            QVERIFY2(!QFileInfo::exists(path), "the SQLite file must be new");
        } else {
            QCOMPARE(tag, QStringLiteral("postgresql"));
            QCOMPARE(databaseUrl, m_url);
        }
    }
};

QTEST_GUILESS_MAIN(TestPgFixture)
#include "tst_pgfixture.moc"
