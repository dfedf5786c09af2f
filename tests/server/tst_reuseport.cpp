// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Several kontaktcenter-server processes on one port (issue 16: --reuse-port, --instances N) on the
// fixture's PostgreSQL: new connections reach every instance, an event raised through one reaches
// an event stream held by another, a sign-out through one is refused at once by another; the
// refusals on SQLite and on a demo server; --instances starts and stops its copies.
//
// Which instance served a connection is read from the instances' request logs: every process logs
// with its process id (QT_MESSAGE_PATTERN), and each connection is a raw socket of its own, so a
// request on it is answered by the one process that accepted it. No timing: loops run until a
// condition holds, bounded by a count.
#include "samplebodies.h"
#include "server/apiserver.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace kc::test;

namespace {

const QString serverBinary = QStringLiteral(KC_SERVER_BINARY);
const QByteArray password = "korrekt-hast-batteri";

// A server child with its stderr collected; every log line starts with its process id.
class ServerProcess
{
public:
    explicit ServerProcess(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                   QStringLiteral("%{pid} %{if-category}%{category}: %{endif}%{message}"));
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(serverBinary, QStringList{QStringLiteral("--lang"), QStringLiteral("en"),
                                                  QStringLiteral("--kdf-iterations"), QStringLiteral("1000")} +
                                          args);
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits for `count` start-up lines ("listening on …"); the port they name, or 0.
    quint16 waitListening(int count = 1)
    {
        static const QRegularExpression listening(QStringLiteral("listening on https?://127\\.0\\.0\\.1:(\\d+)"));
        std::ignore =
            QTest::qWaitFor([&] { return listenLines() >= count || m_process.state() == QProcess::NotRunning; }, 30000);
        const auto m = listening.match(m_err);
        return listenLines() >= count && m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
    }
    int listenLines() const { return int(m_err.count(QStringLiteral("listening on"))); }
    const QString& log() const { return m_err; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_err;
};

// Runs the server binary to its end; exit code and stderr.
std::pair<int, QString> run(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(serverBinary, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    if (!p.waitForStarted())
        return {-1, {}};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// One keep-alive TCP connection: every request on it goes to the instance that accepted it. With
// a CA certificate file: HTTPS, trusting that certificate.
class Connection
{
public:
    explicit Connection(quint16 port, const QString& caFile = {})
    {
        if (caFile.isEmpty()) {
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            return;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(caFile));
        m_socket.setSslConfiguration(ssl);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }

    QByteArray token;

    Reply request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {})
    {
        QByteArray head = method + " /api/v1" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        if (!body.isEmpty())
            head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        m_socket.write(head + "\r\n" + body);
        Reply r;
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0)
            if (!readMore())
                return r;
        const QByteArray headers = m_buffer.left(end);
        static const QRegularExpression status(QStringLiteral("^HTTP/1\\.1 (\\d+)"));
        static const QRegularExpression length(QStringLiteral("\\r\\ncontent-length: *(\\d+)"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto lm = length.match(QString::fromLatin1(headers));
        const qsizetype bodyLength = lm.hasMatch() ? lm.captured(1).toLongLong() : 0;
        while (m_buffer.size() < end + 4 + bodyLength)
            if (!readMore())
                return r;
        r.status = status.match(QString::fromLatin1(headers)).captured(1).toInt();
        r.body = m_buffer.mid(end + 4, bodyLength);
        m_buffer.remove(0, end + 4 + bodyLength);
        return r;
    }
    Reply post(const QByteArray& path, const QJsonObject& body)
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    bool login(const QString& username)
    {
        const Reply r = post("/session", {{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), QString::fromLatin1(password)}});
        token = r.json().value(u"token").toString().toLatin1();
        return r.status == 201 && !token.isEmpty();
    }
    // GET /events on this connection; afterwards streamed() holds the raw bytes received so far.
    bool openStream()
    {
        m_socket.write("GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                       "Authorization: Bearer " +
                       token + "\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n"))
            if (!readMore())
                return false;
        return m_buffer.startsWith("HTTP/1.1 200");
    }
    const QByteArray& streamed()
    {
        m_buffer += m_socket.readAll();
        return m_buffer;
    }

private:
    bool readMore()
    {
        if (!m_socket.bytesAvailable() && !m_socket.waitForReadyRead(30000))
            return false;
        m_buffer += m_socket.readAll();
        return true;
    }
    QSslSocket m_socket;
    QByteArray m_buffer;
};

// The instances' request logs: how many "GET /health" lines each process id wrote.
QHash<QString, int> healthLines(const QList<ServerProcess*>& servers)
{
    static const QRegularExpression line(QStringLiteral("^(\\d+) kc\\.server\\.http: GET /api/v1/health 200"),
                                         QRegularExpression::MultilineOption);
    QHash<QString, int> out;
    for (const ServerProcess* s : servers)
        for (auto it = line.globalMatch(s->log()); it.hasNext();)
            ++out[it.next().captured(1)];
    return out;
}

int total(const QHash<QString, int>& counts)
{
    int n = 0;
    for (int c : counts)
        n += c;
    return n;
}

// The process id of the instance that serves `c`: the one whose log gains the line of a /health
// asked on it. Empty if it cannot be told.
QString servedBy(Connection& c, const QList<ServerProcess*>& servers)
{
    const QHash<QString, int> before = healthLines(servers);
    if (c.request("GET", "/health").status != 200)
        return {};
    // The line may reach our pipe just after the answer reached the socket.
    if (!QTest::qWaitFor([&] { return total(healthLines(servers)) == total(before) + 1; }, 10000))
        return {};
    const QHash<QString, int> after = healthLines(servers);
    for (auto it = after.begin(); it != after.end(); ++it)
        if (it.value() > before.value(it.key()))
            return it.key();
    return {};
}

// New connections until one is served by `pid` (at most 200: with the kernel's hashing of the
// client's port each lands on a given one of two instances with probability 1/2).
std::unique_ptr<Connection> connectionTo(const QString& pid, quint16 port, const QList<ServerProcess*>& servers)
{
    for (int i = 0; i < 200; ++i) {
        auto c = std::make_unique<Connection>(port);
        const QString served = servedBy(*c, servers);
        if (served.isEmpty())
            return nullptr;
        if (served == pid)
            return c;
    }
    return nullptr;
}

} // namespace

class TestReusePort : public QObject
{
    Q_OBJECT
    QString m_url;
    std::unique_ptr<ServerProcess> m_a, m_b;
    QString m_pidA, m_pidB;
    quint16 m_port = 0;

    QList<ServerProcess*> servers() const { return {m_a.get(), m_b.get()}; }

    // Two processes started apart, the second on the port the first got.
    void startPair()
    {
        QString why;
        QVERIFY2(resetPostgres(m_url, &why), qPrintable(why));
        QVERIFY(addUser(QStringLiteral("anna"), QStringLiteral("agent"), QStringLiteral("anmalan")));
        QVERIFY(addUser(QStringLiteral("ida"), QStringLiteral("intake")));
        const QStringList common{QStringLiteral("--database"), m_url, QStringLiteral("--reuse-port")};
        m_a = std::make_unique<ServerProcess>(common +
                                              QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        m_port = m_a->waitListening();
        QVERIFY2(m_port != 0, qPrintable(m_a->log()));
        m_b = std::make_unique<ServerProcess>(
            common + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)});
        QVERIFY2(m_b->waitListening() == m_port, qPrintable(m_b->log()));
        m_pidA = QString::number(m_a->process().processId());
        m_pidB = QString::number(m_b->process().processId());
    }

    bool addUser(const QString& name, const QString& role, const QString& queues = {})
    {
        QStringList args{QStringLiteral("user"),
                         QStringLiteral("add"),
                         name,
                         QStringLiteral("--role"),
                         role,
                         QStringLiteral("--team"),
                         QStringLiteral("väst"),
                         QStringLiteral("--database"),
                         m_url,
                         QStringLiteral("--kdf-iterations"),
                         QStringLiteral("1000")};
        if (!queues.isEmpty())
            args << QStringLiteral("--queues") << queues;
        const auto [code, err] = run(args, password + '\n');
        if (code != 0)
            qWarning() << "user add" << name << "failed:" << err;
        return code == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(serverBinary));
        m_url = postgresUrl();
        if (m_url.isEmpty())
            QFAIL("the PostgreSQL fixture is not running (KC_TEST_PG_STATE)");
    }

    void cleanup()
    {
        m_b.reset();
        m_a.reset();
    }

    void newConnectionsReachBothInstances()
    {
        startPair();
        if (QTest::currentTestFailed())
            return;
        // WHEN new connections are opened until both instances have answered one (at most 200)
        QSet<QString> served;
        for (int i = 0; i < 200 && served.size() < 2; ++i) {
            Connection c(m_port);
            const QString pid = servedBy(c, servers());
            QVERIFY2(!pid.isEmpty(), qPrintable(m_a->log() + m_b->log()));
            served.insert(pid);
        }
        // THEN both did: one port, two processes
        QCOMPARE(served, (QSet<QString>{m_pidA, m_pidB}));
    }

    void eventThroughOneReachesStreamOnOther()
    {
        startPair();
        if (QTest::currentTestFailed())
            return;
        // GIVEN anna's event stream on instance B
        auto onB = connectionTo(m_pidB, m_port, servers());
        QVERIFY(onB);
        QVERIFY(onB->login(QStringLiteral("anna")));
        QVERIFY(onB->openStream());
        // WHEN a contact is created through instance A
        auto onA = connectionTo(m_pidA, m_port, servers());
        QVERIFY(onA);
        QVERIFY(onA->login(QStringLiteral("ida")));
        const Reply created = onA->post("/contacts", contactBody());
        QCOMPARE(created.status, 201);
        const QByteArray id = created.json().value(u"id").toString().toLatin1();
        QVERIFY(!id.isEmpty());
        // THEN B's stream carries it (LISTEN/NOTIFY between the processes)
        QTRY_VERIFY_WITH_TIMEOUT(onB->streamed().contains(id), 10000);
        QVERIFY(onB->streamed().contains("event: contact.created"));
    }

    void signOutThroughOneIsRefusedAtOnceOnOther()
    {
        startPair();
        if (QTest::currentTestFailed())
            return;
        // GIVEN anna signed in through A, and her token served (and cached) by B
        auto onA = connectionTo(m_pidA, m_port, servers());
        auto onB = connectionTo(m_pidB, m_port, servers());
        QVERIFY(onA && onB);
        QVERIFY(onA->login(QStringLiteral("anna")));
        onB->token = onA->token;
        QCOMPARE(onB->request("GET", "/me").status, 200);
        QCOMPARE(onB->request("GET", "/me").status, 200);
        // WHEN she signs out through A
        QCOMPARE(onA->request("DELETE", "/session").status, 204);
        // THEN B refuses the token at its very next request
        QCOMPARE(onB->request("GET", "/me").status, 401);
    }

    void tlsListenersShareThePort()
    {
        // GIVEN a throw-away certificate for 127.0.0.1 and two HTTPS processes on one port
        QString why;
        QVERIFY2(resetPostgres(m_url, &why), qPrintable(why));
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        const QStringList common{
            QStringLiteral("--database"), m_url, QStringLiteral("--reuse-port"), QStringLiteral("--tls-cert"), cert,
            QStringLiteral("--tls-key"),  key};
        ServerProcess a(common + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        const quint16 port = a.waitListening();
        QVERIFY2(port != 0, qPrintable(a.log()));
        ServerProcess b(common + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY2(b.waitListening() == port, qPrintable(b.log()));
        // WHEN new HTTPS connections are opened until both have answered one (at most 200)
        QSet<QString> served;
        for (int i = 0; i < 200 && served.size() < 2; ++i) {
            Connection c(port, cert);
            const QString pid = servedBy(c, {&a, &b});
            QVERIFY2(!pid.isEmpty(), qPrintable(a.log() + b.log()));
            served.insert(pid);
        }
        // THEN both did
        QCOMPARE(served,
                 (QSet<QString>{QString::number(a.process().processId()), QString::number(b.process().processId())}));
    }

    void instancesStartsAndStopsItsCopies()
    {
        // GIVEN one command asking for two instances
        QString why;
        QVERIFY2(resetPostgres(m_url, &why), qPrintable(why));
        ServerProcess group({QStringLiteral("--database"), m_url, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--instances"), QStringLiteral("2")});
        const quint16 port = group.waitListening(2);
        QVERIFY2(port != 0, qPrintable(group.log()));
        QVERIFY2(group.log().count(QStringLiteral(":%1 (postgresql)").arg(port)) == 2, qPrintable(group.log()));
        // THEN new connections reach both processes (its own log carries both pids)
        QSet<QString> served;
        for (int i = 0; i < 200 && served.size() < 2; ++i) {
            Connection c(port);
            const QString pid = servedBy(c, {&group});
            QVERIFY2(!pid.isEmpty(), qPrintable(group.log()));
            served.insert(pid);
        }
        QCOMPARE(served.size(), 2);
        const QString parent = QString::number(group.process().processId());
        QVERIFY(served.contains(parent));
        served.remove(parent);
        const pid_t child = pid_t(served.values().first().toInt());
        // WHEN the group gets SIGTERM, THEN both end, the parent with 0
        ::kill(pid_t(group.process().processId()), SIGTERM);
        QVERIFY(group.process().waitForFinished(20000));
        QCOMPARE(group.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(group.process().exitCode(), 0);
        // (the parent waited for it, so it is gone, not a zombie)
        QVERIFY2(!QFile::exists(QStringLiteral("/proc/%1").arg(child)), "the copy outlived the group");
    }

    void copyEndingStopsTheGroup()
    {
        QString why;
        QVERIFY2(resetPostgres(m_url, &why), qPrintable(why));
        ServerProcess group({QStringLiteral("--database"), m_url, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--instances"), QStringLiteral("2")});
        QVERIFY2(group.waitListening(2) != 0, qPrintable(group.log()));
        // The copy is the parent's only child process.
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(group.process().processId()));
        QVERIFY(children.open(QIODevice::ReadOnly));
        const QList<QByteArray> pids = children.readAll().trimmed().split(' ');
        QCOMPARE(pids.size(), 1);
        // WHEN it dies, THEN the whole group stops, with exit code 1 and a message
        ::kill(pid_t(pids.first().toInt()), SIGKILL);
        QVERIFY(group.process().waitForFinished(20000));
        QCOMPARE(group.process().exitCode(), 1);
        QVERIFY2(group.log().contains(QStringLiteral("stopping all instances")), qPrintable(group.log()));
    }

    void refusedOnSqliteAndDemo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString sqlite = QStringLiteral("sqlite:") + QDir::tempPath() + QStringLiteral("/kc-reuseport.db");
        QTest::newRow("reuse-port, SQLite")
            << QStringList{QStringLiteral("--reuse-port"), QStringLiteral("--database"), sqlite}
            << QStringLiteral("--reuse-port needs PostgreSQL");
        QTest::newRow("instances, SQLite")
            << QStringList{QStringLiteral("--instances"), QStringLiteral("2"), QStringLiteral("--database"), sqlite}
            << QStringLiteral("--instances needs PostgreSQL");
        QTest::newRow("reuse-port, demo") << QStringList{QStringLiteral("--reuse-port"), QStringLiteral("--demo"),
                                                         QStringLiteral("--database"), m_url}
                                          << QStringLiteral("--reuse-port: not on a demo server");
        QTest::newRow("instances 0") << QStringList{QStringLiteral("--instances"), QStringLiteral("0"),
                                                    QStringLiteral("--database"), m_url}
                                     << QStringLiteral("--instances must be a whole number, at least 1");
    }
    void refusedOnSqliteAndDemo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto [code, err] = run(args + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("listening on")));
    }

    // The same rule in ApiServer itself, for any other caller than the command line.
    void apiServerRefusesOnSqliteAndDemo()
    {
        QTemporaryDir dir;
        kc::server::ServerOptions sqlite;
        sqlite.databaseUrl = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("kc.db"));
        sqlite.reusePort = true;
        QVERIFY(!kc::server::ApiServer(sqlite).open());
        kc::server::ServerOptions demo;
        demo.databaseUrl = m_url;
        demo.demo = true;
        demo.reusePort = true;
        QVERIFY(!kc::server::ApiServer(demo).open());
        // and without the option both open
        sqlite.reusePort = false;
        QVERIFY(kc::server::ApiServer(sqlite).open());
    }
};

QTEST_GUILESS_MAIN(TestReusePort)
#include "tst_reuseport.moc"
