// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// kontaktcenter-server as an administrator and an init system use it: the user and queue
// commands, the refusals on the command line, its help and languages, HTTPS with a real
// certificate, the request log, and SIGTERM. And kontaktcenter-cli's own command line: its help
// and `watch` stopped by a signal.
// The executable runs as a child process; the test talks to it over loopback.
#include "apiclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace kc::test;

namespace {

const QString serverBinary = QStringLiteral(KC_SERVER_BINARY);
const QString cliBinary = QStringLiteral(KC_CLI_BINARY);

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run runProgram(const QString& program, const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run runServer(const QStringList& args, const QByteArray& stdinData = {})
{
    return runProgram(serverBinary, args, stdinData);
}

// A running server child; its stderr is collected, its port read from the start-up line.
class ServerProcess
{
public:
    bool start(const QStringList& args)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += QString::fromUtf8(m_process.readAllStandardError()); });
        m_process.start(serverBinary, args);
        if (!m_process.waitForStarted())
            return false;
        static const QRegularExpression listening(
            QStringLiteral("(?:lyssnar på|listening on) https?://127\\.0\\.0\\.1:(\\d+)"));
        std::ignore = QTest::qWaitFor(
            [&] { return listening.match(m_err).hasMatch() || m_process.state() != QProcess::Running; }, 20000);
        const auto m = listening.match(m_err);
        m_port = m.hasMatch() ? quint16(m.captured(1).toUInt()) : 0;
        return m_port != 0;
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    quint16 port() const { return m_port; }
    QString log() const { return m_err; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_err;
    quint16 m_port = 0;
};

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db(const QString& name) const { return QStringLiteral("sqlite:") + m_dir.filePath(name); }

    Run addUser(const QString& database, const QString& name, const QString& role = QStringLiteral("agent"))
    {
        return runServer({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                          QStringLiteral("--team"), QStringLiteral("väst"), QStringLiteral("--queues"),
                          QStringLiteral("anmalan,information"), QStringLiteral("--display-name"),
                          QStringLiteral("Anna Test"), QStringLiteral("--database"), database,
                          QStringLiteral("--kdf-iterations"), QStringLiteral("1000")},
                         testPassword.toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(serverBinary));
    }

    void userCommands()
    {
        const QString database = db(QStringLiteral("users.db"));
        Run r = addUser(database, QStringLiteral("anna"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("lade till anna (u-")), qPrintable(r.out));
        QVERIFY2(!r.err.contains(testPassword) && !r.out.contains(testPassword), "the password is never echoed");
        // A second anna: a sentence for people, never the database's own words.
        r = addUser(database, QStringLiteral("anna"));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("kontaktcenter-server: Användaren anna finns redan.\n"));
        r = addUser(database, QStringLiteral("bo"), QStringLiteral("chef"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("agent|supervisor|trainer|intake")));
        // a short password is refused
        r = runServer({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("cissi"), QStringLiteral("--role"),
                       QStringLiteral("agent"), QStringLiteral("--database"), database},
                      "kort\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("minst 10 tecken")));

        r = runServer({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("anna\tagent\tväst\tanmalan,information\tAnna Test\taktiv\n"));
        r = runServer({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("anna"),
                       QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        r = runServer({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), database});
        QVERIFY(r.out.endsWith(QStringLiteral("\tavstängd\n")));
        r = runServer({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody"),
                       QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ingen användare nobody")), qPrintable(r.err));
    }

    // Issue 15: an area user names a police area the reference data knows; the list helps.
    void areaUserCommand()
    {
        const QString database = db(QStringLiteral("area.db"));
        const auto addArea = [&](const QStringList& extra, const QString& role = QStringLiteral("area")) {
            return runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("skaraborg"),
                                         QStringLiteral("--role"), role, QStringLiteral("--database"), database,
                                         QStringLiteral("--kdf-iterations"), QStringLiteral("1000")} +
                                 extra,
                             testPassword.toUtf8() + '\n');
        };
        Run r = addArea({QStringLiteral("--police-area"), QStringLiteral("Atlantis")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("okänt polisområde \"Atlantis\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\n  Skaraborg\n")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("\n  Storgöteborg")), qPrintable(r.err));
        r = addArea({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--police-area NAMN")), qPrintable(r.err));
        r = addArea({QStringLiteral("--police-area"), QStringLiteral("Skaraborg")}, QStringLiteral("agent"));
        QCOMPARE(r.exitCode, 2);
        r = addArea({QStringLiteral("--police-area"), QStringLiteral("Skaraborg")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("lade till skaraborg (u-")), qPrintable(r.out));
        // user list says which police area, where an agent's team is
        QCOMPARE(addUser(database, QStringLiteral("anna")).exitCode, 0);
        r = runServer({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.contains(QStringLiteral("anna\tagent\tväst\tanmalan,information\tAnna Test\taktiv")),
                 qPrintable(r.out));
        const QString area = lines.filter(QStringLiteral("skaraborg\t")).value(0);
        QVERIFY2(area.startsWith(QStringLiteral("skaraborg\tarea\tpolisområde Skaraborg\t\t")), qPrintable(r.out));
        QVERIFY2(area.endsWith(QStringLiteral("\taktiv")), qPrintable(r.out));
    }

    // kontaktcenter-cli intake: a web report and a tip posted as the e-service gateway would.
    void cliIntake()
    {
        const QString database = db(QStringLiteral("intake.db"));
        QCOMPARE(addUser(database, QStringLiteral("ida"), QStringLiteral("intake")).exitCode, 0);
        ServerProcess server;
        QVERIFY(server.start(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database}));
        const QString dataDir = m_dir.filePath(QStringLiteral("intake-cli"));
        const Run login = runProgram(cliBinary,
                                     {QStringLiteral("--data-dir"), dataDir, QStringLiteral("login"),
                                      QStringLiteral("http://127.0.0.1:%1").arg(server.port()), QStringLiteral("ida")},
                                     testPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const auto intake = [&](const char* kind, const char* file) {
            return runProgram(cliBinary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("intake"),
                                          QString::fromLatin1(kind),
                                          QStringLiteral(KC_INTAKE_DIR "/") + QString::fromLatin1(file)});
        };
        Run r = intake("web-report", "web-report-problems.json");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Ny kontakt c-")) && r.out.contains(QStringLiteral("i kön anmalan")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("3 problem för handläggaren att kontrollera:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  reporter.personnummer: ")), qPrintable(r.out));
        r = intake("web-report", "web-report-problems.json");
        QVERIFY2(r.exitCode == 0 && r.out.startsWith(QStringLiteral("Redan mottagen: kontakt c-")), qPrintable(r.out));
        r = intake("tip", "tip-anonymous.json");
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("i kön tips")), qPrintable(r.out + r.err));
        r = intake("tip", "web-report-valid.json"); // not a tip: the server says why, exit 1
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("what")), qPrintable(r.err));
        r = runProgram(cliBinary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("intake"),
                                   QStringLiteral("complaint"), QStringLiteral("x.json")});
        QCOMPARE(r.exitCode, 2);
        // no personal data in the server's log
        QVERIFY(!server.log().contains(QStringLiteral("200001012385")));
        QVERIFY(!server.log().contains(QStringLiteral("Provsdotter")));
    }

    void queueCommands()
    {
        const QString database = db(QStringLiteral("queues.db"));
        // A fresh database has the standard queues, on the server's threshold.
        Run r = runServer({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("anmalan\tAnmälan\t\t60 (serverns)\ninformation\tInformation\t\t60 (serverns)\n"
                                       "tips\tTips\t\t60 (serverns)\n"));
        r = runServer({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("bedrageri"),
                       QStringLiteral("--name"), QStringLiteral("Bedrägeri"), QStringLiteral("--team"),
                       QStringLiteral("väst"), QStringLiteral("--service-level-seconds"), QStringLiteral("90"),
                       QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("bedrageri\tBedrägeri\tväst\t90\n"));
        r = runServer({QStringLiteral("queue"), QStringLiteral("edit"), QStringLiteral("tips"),
                       QStringLiteral("--team"), QStringLiteral("syd"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("tips\tTips\tsyd\t60 (serverns)\n"));
        // Refusals name what is wrong.
        r = runServer({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("bedrageri"),
                       QStringLiteral("--name"), QStringLiteral("Igen"), QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("kontaktcenter-server: Kön bedrageri finns redan.\n"));
        r = runServer({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("ny"),
                       QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--name")), qPrintable(r.err));
        r = runServer({QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("ny"), QStringLiteral("--name"),
                       QStringLiteral("Ny"), QStringLiteral("--service-level-seconds"), QStringLiteral("0"),
                       QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--service-level-seconds")), qPrintable(r.err));
        // A user names queues that exist; an unknown one is refused with the list of known ones.
        r = runServer({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"), QStringLiteral("--role"),
                       QStringLiteral("agent"), QStringLiteral("--team"), QStringLiteral("väst"),
                       QStringLiteral("--queues"), QStringLiteral("anmalan,xyz"), QStringLiteral("--database"),
                       database, QStringLiteral("--kdf-iterations"), QStringLiteral("1000")},
                      testPassword.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("kontaktcenter-server: Okänd kö: xyz. Köer som finns: anmalan, bedrageri, "
                                       "information, tips.\n"));
    }

    void helpAndLanguage()
    {
        // The help lists every command and says where the password comes from, in Swedish.
        Run r = runServer({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* part :
             {"user add ANVÄNDARNAMN", "user list", "user disable|enable", "user passwd", "queue add ID",
              "queue edit ID", "queue list", "standard in", "Avslutningskoder:", "--service-level-seconds", "--lang"})
            QVERIFY2(r.out.contains(QString::fromUtf8(part)), part);
        QVERIFY2(!r.out.contains(QStringLiteral("Options:")) && !r.out.contains(QStringLiteral("Displays")),
                 "no English of Qt's own help");
        // --lang en: the same in English.
        r = runServer({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("read from standard input")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes:")));
        r = runServer(
            {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--token-hours"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral(
                            "kontaktcenter-server: --token-hours must be a whole number, at least 1 (not \"0\")\n"));
        r = runServer({QStringLiteral("--lang"), QStringLiteral("fi")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--lang")), qPrintable(r.err));
        // Qt's parser errors come in Swedish too.
        r = runServer({QStringLiteral("--database")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("kontaktcenter-server: Flaggan --database saknar värde.\n"));
        r = runServer({QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("kontaktcenter-server: okänd flagga --bogus; se --help\n"));
    }

    void commandLineRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain HTTP off loopback")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")} << 2
            << "okrypterad HTTP bara på loopback; ange --tls-cert och --tls-key";
        QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("localhost")} << 2
                                    << "--listen ska vara värd:port";
        QTest::newRow("bad case prefix") << QStringList{QStringLiteral("--case-prefix"), QStringLiteral("14")} << 2
                                         << "--case-prefix ska vara fyra siffror";
        // One sentence per option: the refusal names the option at fault and no other.
        QTest::newRow("bad service level")
            << QStringList{QStringLiteral("--service-level-seconds"), QStringLiteral("0")} << 2
            << "--service-level-seconds ska vara ett heltal, minst 1";
        QTest::newRow("bad token hours") << QStringList{QStringLiteral("--token-hours"), QStringLiteral("x")} << 2
                                         << "--token-hours ska vara ett heltal, minst 1";
        QTest::newRow("key without cert") << QStringList{QStringLiteral("--tls-key"), QStringLiteral("k.pem")} << 2
                                          << "--tls-key behöver även --tls-cert";
        QTest::newRow("password in URL") << QStringList{QStringLiteral("--database"),
                                                        QStringLiteral("postgresql://kc:secret@127.0.0.1:1/kc")}
                                         << 1 << "processlistan";
        QTest::newRow("unknown database") << QStringList{QStringLiteral("--database"), QStringLiteral("mysql://x")} << 1
                                          << "--database: okänd databasadress";
    }

    void commandLineRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        args << QStringLiteral("--database") << db(QStringLiteral("refusals.db"));
        if (args.count(QStringLiteral("--database")) > 1) { // the row's own --database comes first and wins
            args.removeLast();
            args.removeLast();
        }
        const Run r = runServer(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        // Only the option at fault: a refusal is one line naming one option.
        QCOMPARE(r.err.count(u'\n'), 1);
        for (const char* other : {"--case-prefix", "--service-level-seconds", "--token-hours", "--tls-cert "})
            if (!message.contains(QLatin1String(other)))
                QVERIFY2(!r.err.contains(QLatin1String(other)), qPrintable(r.err));
    }

    void demoServerRefusesProductionDatabase()
    {
        const QString database = db(QStringLiteral("production.db"));
        QCOMPARE(addUser(database, QStringLiteral("anna")).exitCode, 0); // claims it as production
        const Run r = runServer({QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--database"), database});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("demoserver får inte")), qPrintable(r.err));
    }

    // A classroom (issue 13): a demo server with the accounts of the room, saying how to join.
    void classroomServer()
    {
        const QString password = QStringLiteral("klassrum-skara-7");
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--demo"), QStringLiteral("--demo-password"), password,
                              QStringLiteral("--kdf-iterations"), QStringLiteral("1000"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                              db(QStringLiteral("klass.db"))}));
        QTRY_VERIFY(server.log().contains(
            QStringLiteral("Eleverna startar: kontaktcenter --demo --server http://127.0.0.1:%1").arg(server.port())));
        QVERIFY(server.log().contains(QStringLiteral("ovning1 … ovning12")));
        QVERIFY(!server.log().contains(password));
        Client anyone(server.port());
        QCOMPARE(anyone.get(QStringLiteral("/health")).body.value(u"demo").toBool(), true);
        for (const auto& [user, role] :
             {std::pair{"utbildare", "trainer"}, std::pair{"gruppchef", "supervisor"}, std::pair{"ovning1", "agent"},
              std::pair{"ovning12", "agent"}, std::pair{"etjanst", "intake"}, std::pair{"skaraborg", "area"}}) {
            Client c(server.port());
            QVERIFY2(c.login(QString::fromLatin1(user), password), user);
            QCOMPARE(c.get(QStringLiteral("/me")).body.value(u"role").toString(), QString::fromLatin1(role));
        }
        Client stranger(server.port());
        QVERIFY(!stranger.login(QStringLiteral("ovning13"), password));

        // Classroom accounts only on a demo server.
        const Run refused = runServer({QStringLiteral("--demo-password"), password, QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                                       db(QStringLiteral("not-a-classroom.db"))});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--demo-password kräver --demo")), qPrintable(refused.err));
    }

    void logsWithoutPersonalDataAndStopsOnSigterm()
    {
        const QString database = db(QStringLiteral("run.db"));
        QCOMPARE(addUser(database, QStringLiteral("anna")).exitCode, 0);
        ServerProcess server;
        QVERIFY(server.start(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database}));
        Client anna(server.port());
        QVERIFY(anna.login(QStringLiteral("anna")));
        QCOMPARE(anna.post(QStringLiteral("/reports"), reportBody(), {{"Idempotency-Key", "cli-1"}}).status, 201);
        QCOMPARE(anna.get(QStringLiteral("/cases?personnummer=200001012384")).status, 200);
        QTRY_VERIFY(server.log().contains(QStringLiteral("GET /api/v1/cases 200")));
        QVERIFY(server.log().contains(QStringLiteral("POST /api/v1/reports 201")));
        QVERIFY(!server.log().contains(QStringLiteral("200001012384")));
        QVERIFY(!server.log().contains(QStringLiteral("Testsson")));
        QVERIFY(!server.log().contains(anna.token));

        QSignalSpy finished(&server.process(), &QProcess::finished);
        ::kill(pid_t(server.process().processId()), SIGTERM);
        QVERIFY(finished.wait(20000));
        QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process().exitCode(), 0);
        QVERIFY(server.log().contains(QStringLiteral("avslutar")));
    }

    void cliHelp()
    {
        Run r = runProgram(cliBinary, {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* part :
             {"login SERVER_URL ANVÄNDARNAMN", "lösenordet läses från standard in", "queue [--json]",
              "accept KONTAKT_ID", "report submit FIL.json", "outbox [--json]", "sync", "history SÖKNING", "watch",
              "Avslutningskoder:", "3  inte inloggad", "4  frånkopplad", "--data-dir", "--lang"})
            QVERIFY2(r.out.contains(QString::fromUtf8(part)), part);
        QVERIFY2(!r.out.contains(QStringLiteral("Options:")), "no English of Qt's own help");
        r = runProgram(cliBinary, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("the password is read from standard input")));
        // A wrong command line says what is wrong, in the chosen language, and exits 2.
        r = runProgram(cliBinary, {QStringLiteral("accept")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("accept behöver ett KONTAKT_ID.")), qPrintable(r.err));
        r = runProgram(cliBinary, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("Unknown command: frobnicate.")), qPrintable(r.err));
    }

    void cliWatchStopsQuietly_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void cliWatchStopsQuietly()
    {
        QFETCH(int, signal);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString database = db(tag + QStringLiteral("-watch.db"));
        QCOMPARE(addUser(database, QStringLiteral("anna")).exitCode, 0);
        ServerProcess server;
        QVERIFY(server.start(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), database}));
        const QString dataDir = m_dir.filePath(tag + QStringLiteral("-cli"));
        const Run login = runProgram(cliBinary,
                                     {QStringLiteral("--data-dir"), dataDir, QStringLiteral("login"),
                                      QStringLiteral("http://127.0.0.1:%1").arg(server.port()), QStringLiteral("anna")},
                                     testPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        // GIVEN watch connected
        QProcess watch;
        QString err;
        QObject::connect(&watch, &QProcess::readyReadStandardError, &watch,
                         [&] { err += QString::fromUtf8(watch.readAllStandardError()); });
        watch.start(cliBinary, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("watch")});
        QVERIFY(watch.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(err.contains(QStringLiteral("Ansluten")), 20000);
        const qsizetype before = err.size();
        // WHEN it is told to stop THEN it ends with 0 and says nothing about reconnecting
        QSignalSpy finished(&watch, &QProcess::finished);
        ::kill(pid_t(watch.processId()), signal);
        QVERIFY(finished.wait(20000));
        err += QString::fromUtf8(watch.readAllStandardError());
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        QCOMPARE(err.mid(before), QString());
    }

    void servesHttps_data()
    {
        QTest::addColumn<QStringList>("keyOptions");
        QTest::newRow("rsa") << QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")};
        // EC keys must load too (a second read of the key file once returned nothing).
        QTest::newRow("ec") << QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                           QStringLiteral("ec_paramgen_curve:P-256")};
    }
    void servesHttps()
    {
        QFETCH(QStringList, keyOptions);
        // A throw-away certificate for 127.0.0.1, made with openssl for this run only.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString cert = m_dir.filePath(tag + QStringLiteral("-cert.pem")),
                      key = m_dir.filePath(tag + QStringLiteral("-key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + keyOptions +
                          QStringList{QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                                      QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                      QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                      QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        const QString database = db(tag + QStringLiteral("-tls.db"));
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"),
                              database, QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QVERIFY(server.log().contains(QStringLiteral("https://")));

        auto get = [&](bool trustCert) {
            QNetworkAccessManager nam;
            QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(server.port())));
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            if (trustCert)
                ssl.setCaCertificates(QSslCertificate::fromPath(cert));
            req.setSslConfiguration(ssl);
            std::unique_ptr<QNetworkReply> reply(nam.get(req));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(20000);
            return std::pair{reply->error(), reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
        };
        const auto trusted = get(true);
        QCOMPARE(trusted.first, QNetworkReply::NoError);
        QCOMPARE(trusted.second, 200);
        // Without the certificate in the trust store the client refuses the connection.
        const auto untrusted = get(false);
        QCOMPARE(untrusted.first, QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
