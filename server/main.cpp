// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// kontaktcenter-server: the thin executable around kc::server::ApiServer, plus the admin
// commands for a fresh install (user add/list/disable/enable/passwd, queue add/edit/list) on the
// same database. Its own texts are Swedish, or English with --lang en; every refusal names the
// option or argument at fault. Exit codes: 0 done, 1 refused or the database failed, 2 usage.
#include "core/i18n.h"
#include "core/types.h"
#include "core/version.h"
#include "server/apiserver.h"
#include "server/store.h"
#include "server/trainingroom.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};
// Set by SIGTERM/SIGINT at once: the copies of --instances get the same signal from the terminal or
// the service manager and may end before the pipe's notifier runs; their end is then no failure.
volatile std::sig_atomic_t signalled = 0;

void onSignal(int)
{
    signalled = 1;
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

void fail(const QString& message)
{
    std::fprintf(stderr, "kontaktcenter-server: %s\n", qPrintable(message));
}

QString defaultDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QStringLiteral("sqlite:") + dir + QStringLiteral("/kontaktcenter.db");
}

// One line from stdin, without echo when it is a terminal.
QString readPassword(const char* prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    return QString::fromStdString(line);
}

// The texts of the command line, in one translation context (Swedish by default, English with
// --lang en). The API's own messages stay Swedish whatever --lang says: that is the contract.
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(kc::ServerCommand)
};

// Qt's parser reports a missing or unexpected value in its own words; Debian ships no Swedish
// catalogue for Qt, so ours carries these two (the context is Qt's).
[[maybe_unused]] constexpr const char* qtParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

// The command line: the server's options and those of the user and queue commands.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            ServerCommand::tr("Show this help and exit.")};
    QCommandLineOption version{QStringLiteral("version"), ServerCommand::tr("Print the version and exit.")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            ServerCommand::tr("Language of this program's messages: sv (default) or en. The service "
                                              "answers its clients in Swedish either way."),
                            QStringLiteral("sv|en"), QStringLiteral("sv")};
    QCommandLineOption listen{QStringLiteral("listen"),
                              ServerCommand::tr("Address and port to serve on (default 127.0.0.1:8080)."),
                              ServerCommand::tr("host:port"), QStringLiteral("127.0.0.1:8080")};
    QCommandLineOption database{
        QStringLiteral("database"),
        ServerCommand::tr("sqlite:/path/file.db or postgresql://user@host:port/db (the password from "
                          "PGPASSWORD or the file named by KC_DB_PASSWORD_FILE). Default: kontaktcenter.db "
                          "in the user's data directory."),
        ServerCommand::tr("url")};
    QCommandLineOption casePrefix{QStringLiteral("case-prefix"),
                                  ServerCommand::tr("Region prefix of case numbers, four digits (default 1400)."),
                                  QStringLiteral("NNNN"), QStringLiteral("1400")};
    QCommandLineOption serviceLevel{
        QStringLiteral("service-level-seconds"),
        ServerCommand::tr("Service level: answered within this many seconds (default 60). With queue "
                          "add or queue edit: that queue's own threshold."),
        ServerCommand::tr("seconds"), QStringLiteral("60")};
    QCommandLineOption tokenHours{QStringLiteral("token-hours"),
                                  ServerCommand::tr("Session lifetime in hours (default 12)."),
                                  ServerCommand::tr("hours"), QStringLiteral("12")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            ServerCommand::tr("Training mode: a database of synthetic data only.")};
    QCommandLineOption demoPassword{
        QStringLiteral("demo-password"),
        ServerCommand::tr("With --demo: a classroom. Adds utbildare (trainer), gruppchef (supervisor) and "
                          "ovning1 to ovning12 (agents) with this password (at least 10 characters)."),
        ServerCommand::tr("password")};
    QCommandLineOption allowPlain{QStringLiteral("allow-plain-http"),
                                  ServerCommand::tr("Serve plain HTTP on an address other than loopback.")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"), ServerCommand::tr("PEM certificate (chain) for HTTPS."),
                               ServerCommand::tr("file")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"),
                              ServerCommand::tr("PEM private key for HTTPS (RSA or EC, unencrypted)."),
                              ServerCommand::tr("file")};
    QCommandLineOption role{QStringLiteral("role"),
                            ServerCommand::tr("user add: the role, agent|supervisor|trainer|intake|area."),
                            ServerCommand::tr("role")};
    QCommandLineOption policeArea{
        QStringLiteral("police-area"),
        ServerCommand::tr("user add --role area: the police area (polisområde) the user receives reports for."),
        ServerCommand::tr("name")};
    QCommandLineOption team{QStringLiteral("team"), ServerCommand::tr("user add, queue add, queue edit: the team."),
                            ServerCommand::tr("team")};
    QCommandLineOption queues{
        QStringLiteral("queues"),
        ServerCommand::tr("user add: the user's queues, comma-separated; each must exist (queue list)."),
        ServerCommand::tr("q1,q2")};
    QCommandLineOption displayName{QStringLiteral("display-name"),
                                   ServerCommand::tr("user add: the name colleagues see (default: the username)."),
                                   ServerCommand::tr("name")};
    QCommandLineOption name{QStringLiteral("name"),
                            ServerCommand::tr("queue add, queue edit: the queue's display name."),
                            ServerCommand::tr("name")};
    QCommandLineOption kdf{
        QStringLiteral("kdf-iterations"),
        ServerCommand::tr("PBKDF2 iterations for new passwords (default 600000, OWASP's figure; never lower in "
                          "production). Older hashes are upgraded at sign-in."),
        QStringLiteral("n"), QStringLiteral("600000")};
    QCommandLineOption trustedProxy{
        QStringLiteral("trusted-proxy"),
        ServerCommand::tr("A reverse proxy whose X-Forwarded-For names the client (repeatable)."),
        ServerCommand::tr("address")};
    QCommandLineOption retainChanges{
        QStringLiteral("retain-changes-days"),
        ServerCommand::tr("Days the change feed is kept (default 30); a client offline longer loads "
                          "everything again."),
        ServerCommand::tr("days"), QStringLiteral("30")};
    QCommandLineOption maxStreams{
        QStringLiteral("max-streams-per-user"),
        ServerCommand::tr("Event streams one user may hold open at once (default 4; more: 429)."), QStringLiteral("n"),
        QStringLiteral("4")};
    QCommandLineOption reusePort{
        QStringLiteral("reuse-port"),
        ServerCommand::tr("Share the port of --listen with other server processes on this host (SO_REUSEPORT; "
                          "the kernel spreads new connections over them). PostgreSQL only, not with --demo.")};
    QCommandLineOption instances{
        QStringLiteral("instances"),
        ServerCommand::tr("Serve with n processes on the port of --listen (default 1): this one and n-1 copies that "
                          "it starts and stops, all with --reuse-port. One per core. PostgreSQL only, not with "
                          "--demo."),
        QStringLiteral("n"), QStringLiteral("1")};

    QList<QCommandLineOption> all() const
    {
        return {help,         version,     lang,       listen,   database,     casePrefix,    serviceLevel,
                tokenHours,   demo,        allowPlain, tlsCert,  tlsKey,       role,          team,
                queues,       displayName, name,       kdf,      trustedProxy, retainChanges, maxStreams,
                demoPassword, policeArea,  reusePort,  instances};
    }

    CommandLine()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(all());
    }

    // The whole help, in the program's language: Qt's own help text would mix in English.
    QString helpText() const
    {
        QString text = ServerCommand::tr(
            "kontaktcenter-server: the central REST service of Kontaktcenter, and the administration of its "
            "users and queues.\n"
            "\n"
            "Usage:\n"
            "  kontaktcenter-server [--listen HOST:PORT] [--database DB] [options]\n"
            "      serve the API until SIGTERM or Ctrl+C\n"
            "  kontaktcenter-server --instances N --database postgresql://… [--listen HOST:PORT] [options]\n"
            "      serve with N processes on one port (one per core; PostgreSQL only)\n"
            "  kontaktcenter-server --demo --demo-password PW [--listen HOST:PORT]\n"
            "      a classroom: a demo server with the accounts utbildare, gruppchef and ovning1…ovning12\n"
            "  kontaktcenter-server user add USERNAME --role agent|supervisor|trainer|intake|area --team TEAM\n"
            "        [--queues q1,q2] [--display-name NAME] [--police-area NAME] --database DB\n"
            "      add a user; the password (at least 10 characters) is read from standard input\n"
            "  kontaktcenter-server user list --database DB\n"
            "  kontaktcenter-server user disable|enable USERNAME --database DB\n"
            "  kontaktcenter-server user passwd USERNAME --database DB\n"
            "      set a new password, read from standard input; the user's sessions end\n"
            "  kontaktcenter-server queue add ID --name NAME [--team TEAM] [--service-level-seconds N] "
            "--database DB\n"
            "      add a queue (id: lower-case letters a-z, digits, - and _)\n"
            "  kontaktcenter-server queue edit ID [--name NAME] [--team TEAM] [--service-level-seconds N] "
            "--database DB\n"
            "  kontaktcenter-server queue list --database DB\n"
            "      id, name, team and service-level threshold of every queue\n"
            "\n"
            "A new database starts with the queues anmalan (Anmälan), information (Information) and tips "
            "(Tips).\n"
            "\n"
            "Options:\n");
        for (const QCommandLineOption& o : all()) {
            QStringList names;
            for (const QString& n : o.names())
                names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
            QString left = names.join(QStringLiteral(", "));
            if (!o.valueName().isEmpty())
                left += QStringLiteral(" <%1>").arg(o.valueName());
            text += QStringLiteral("  %1\n      %2\n").arg(left, o.description());
        }
        text +=
            ServerCommand::tr("\nExit codes: 0 done, 1 refused (the message says why) or the database failed, 2 wrong "
                              "command line.\n");
        return text;
    }
};

// Parses the command line; on a mistake says which option or argument is at fault.
bool parse(CommandLine& cl, const QStringList& arguments)
{
    if (cl.parser.parse(arguments))
        return true;
    const QStringList unknown = cl.parser.unknownOptionNames();
    if (!unknown.isEmpty())
        fail(ServerCommand::tr("unknown option %1; see --help").arg(QStringLiteral("--") + unknown.first()));
    else
        fail(cl.parser.errorText());
    return false;
}

// A positive whole number from an option, or nullopt after saying which option is wrong.
std::optional<int> positive(const CommandLine& cl, const QCommandLineOption& option, int minimum = 1)
{
    bool ok = false;
    const int value = cl.parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        fail(ServerCommand::tr("--%1 must be a whole number, at least %2 (not \"%3\")")
                 .arg(option.names().constLast())
                 .arg(minimum)
                 .arg(cl.parser.value(option)));
        return std::nullopt;
    }
    return value;
}

// What a refusal of the Store says on the command line.
int refused(const kc::server::ApiError& e)
{
    if (e.status == 500)
        fail(ServerCommand::tr(
            "the database could not complete the command; nothing was changed. Details: run again with "
            "QT_LOGGING_RULES=kc.server.db.warning=true"));
    else
        fail(e.message);
    return 1;
}

kc::server::ApiServer* openAdmin(std::unique_ptr<kc::server::ApiServer>& server, const QString& database,
                                 int kdfIterations)
{
    kc::server::ServerOptions options;
    options.databaseUrl = database;
    options.kdfIterations = kdfIterations;
    server = std::make_unique<kc::server::ApiServer>(options);
    if (auto opened = server->open(); !opened) {
        fail(opened.error().message);
        return nullptr;
    }
    return server.get();
}

int addUser(kc::server::Store& store, const CommandLine& cl, const QString& username)
{
    kc::User u;
    u.username = username;
    if (!cl.parser.isSet(cl.role)) {
        fail(ServerCommand::tr("user add needs --role agent|supervisor|trainer|intake|area"));
        return 2;
    }
    const auto r = kc::fromWireName<kc::Role>(cl.parser.value(cl.role));
    if (!r) {
        fail(ServerCommand::tr("--role must be one of %1, not \"%2\"")
                 .arg(kc::wireNames<kc::Role>().join(u'|'), cl.parser.value(cl.role)));
        return 2;
    }
    u.role = *r;
    u.team = cl.parser.value(cl.team);
    u.queues = cl.parser.value(cl.queues).split(u',', Qt::SkipEmptyParts);
    for (QString& q : u.queues)
        q = q.trimmed();
    u.displayName = cl.parser.isSet(cl.displayName) ? cl.parser.value(cl.displayName) : username;
    if (cl.parser.isSet(cl.policeArea))
        u.policeArea = cl.parser.value(cl.policeArea).trimmed();
    // Asked before the password: a misspelt area is said at once, with the names to choose from.
    const QStringList areas = kc::server::UserStore::knownPoliceAreas();
    if (u.role == kc::Role::Area && (!u.policeArea || !areas.contains(*u.policeArea))) {
        fail(u.policeArea ? ServerCommand::tr("unknown police area \"%1\"; the known ones are:\n  %2")
                                .arg(*u.policeArea, areas.join(QStringLiteral("\n  ")))
                          : ServerCommand::tr("user add --role area needs --police-area NAME, one of:\n  %1")
                                .arg(areas.join(QStringLiteral("\n  "))));
        return 2;
    }
    if (u.role != kc::Role::Area && u.policeArea) {
        fail(ServerCommand::tr("--police-area belongs only to --role area"));
        return 2;
    }
    const auto added = store.users().add(u, readPassword(qPrintable(ServerCommand::tr("Password: "))));
    if (!added)
        return refused(added.error());
    std::printf("%s\n", qPrintable(ServerCommand::tr("added %1 (%2)").arg(added->username, added->id)));
    return 0;
}

int userCommand(const QStringList& args, const QString& database, const CommandLine& cl, int kdfIterations)
{
    const QString verb = args.value(1);
    const QStringList verbs{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("disable"),
                            QStringLiteral("enable"), QStringLiteral("passwd")};
    if (!verbs.contains(verb)) {
        fail(verb.isEmpty()
                 ? ServerCommand::tr("user needs a command: add, list, disable, enable or passwd")
                 : ServerCommand::tr("unknown command: user %1 (add, list, disable, enable, passwd)").arg(verb));
        return 2;
    }
    const QString username = args.value(2);
    if (verb != QLatin1String("list") && username.isEmpty()) {
        fail(ServerCommand::tr("user %1 needs a USERNAME").arg(verb));
        return 2;
    }
    std::unique_ptr<kc::server::ApiServer> server;
    if (!openAdmin(server, database, kdfIterations))
        return 1;
    kc::server::Store& store = server->store();
    if (verb == QLatin1String("list")) {
        QTextStream out(stdout);
        // An area user works for a police area, not a team: its column says which (issue 15).
        for (const auto& a : store.users().list())
            out << a.user.username << '\t' << kc::wireName(a.user.role) << '\t'
                << (a.user.policeArea && !a.user.policeArea->isEmpty()
                        ? ServerCommand::tr("police area %1").arg(*a.user.policeArea)
                        : a.user.team)
                << '\t' << a.user.queues.join(u',') << '\t' << a.user.displayName << '\t'
                << (a.disabled ? ServerCommand::tr("disabled") : ServerCommand::tr("active")) << '\n';
        return 0;
    }
    if (verb == QLatin1String("add"))
        return addUser(store, cl, username);
    const auto done =
        verb == QLatin1String("passwd")
            ? store.users().setPassword(username, readPassword(qPrintable(ServerCommand::tr("New password: "))))
            : store.users().setDisabled(username, verb == QLatin1String("disable"));
    if (!done && done.error().status == 404) {
        fail(ServerCommand::tr("there is no user %1 (see: user list)").arg(username));
        return 1;
    }
    return done ? 0 : refused(done.error());
}

QString queueLine(const kc::server::Queue& q, const kc::server::ServerOptions& options)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(q.id, q.name, q.team,
             q.serviceLevelSeconds ? QString::number(*q.serviceLevelSeconds)
                                   : ServerCommand::tr("%1 (the server's)").arg(options.serviceLevelSeconds));
}

int queueCommand(const QStringList& args, const QString& database, const CommandLine& cl, int kdfIterations)
{
    const QString verb = args.value(1);
    if (verb != QLatin1String("add") && verb != QLatin1String("edit") && verb != QLatin1String("list")) {
        fail(verb.isEmpty() ? ServerCommand::tr("queue needs a command: add, edit or list")
                            : ServerCommand::tr("unknown command: queue %1 (add, edit, list)").arg(verb));
        return 2;
    }
    const QString id = args.value(2);
    if (verb != QLatin1String("list") && id.isEmpty()) {
        fail(ServerCommand::tr("queue %1 needs an ID, such as anmalan").arg(verb));
        return 2;
    }
    if (verb == QLatin1String("add") && !cl.parser.isSet(cl.name)) {
        fail(ServerCommand::tr("queue add needs --name, the queue's display name (e.g. --name \"Anmälan\")"));
        return 2;
    }
    std::optional<int> threshold;
    if (cl.parser.isSet(cl.serviceLevel)) {
        threshold = positive(cl, cl.serviceLevel);
        if (!threshold)
            return 2;
    }
    std::unique_ptr<kc::server::ApiServer> server;
    if (!openAdmin(server, database, kdfIterations))
        return 1;
    kc::server::QueueStore& queues = server->store().queues();
    QTextStream out(stdout);
    if (verb == QLatin1String("list")) {
        const auto list = queues.list();
        if (!list)
            return refused(list.error());
        for (const kc::server::Queue& q : std::as_const(*list))
            out << queueLine(q, server->options()) << '\n';
        return 0;
    }
    const auto done =
        verb == QLatin1String("add")
            ? queues.add({id, cl.parser.value(cl.name), cl.parser.value(cl.team), threshold})
            : queues.edit(id, cl.parser.isSet(cl.name) ? std::optional(cl.parser.value(cl.name)) : std::nullopt,
                          cl.parser.isSet(cl.team) ? std::optional(cl.parser.value(cl.team)) : std::nullopt, threshold);
    if (!done) {
        // Name the option at fault, not the field of the Store.
        const QString field = done.error().fields.isEmpty() ? QString() : done.error().fields.firstKey();
        if (field == QLatin1String("name"))
            fail(QStringLiteral("--name: ") + done.error().message);
        else if (field == QLatin1String("serviceLevelSeconds"))
            fail(QStringLiteral("--service-level-seconds: ") + done.error().message);
        else
            return refused(done.error());
        return field == QLatin1String("id") ? 2 : 1;
    }
    out << queueLine(*done, server->options()) << '\n';
    return 0;
}

// The serving options from the command line; nullopt (after naming the option at fault) when one
// is wrong.
std::optional<kc::server::ServerOptions> serverOptions(const CommandLine& cl, const QString& db, int iterations)
{
    const QCommandLineParser& parser = cl.parser;
    kc::server::ServerOptions options;
    options.databaseUrl = db;
    options.demo = parser.isSet(cl.demo);
    options.kdfIterations = iterations;
    bool ok = false;
    options.casePrefix = parser.value(cl.casePrefix).toInt(&ok);
    if (!ok || parser.value(cl.casePrefix).size() != 4 || options.casePrefix < 1000) {
        fail(ServerCommand::tr("--case-prefix must be four digits, such as 1400 (not \"%1\")")
                 .arg(parser.value(cl.casePrefix)));
        return std::nullopt;
    }
    const auto serviceLevel = positive(cl, cl.serviceLevel);
    const auto tokenHours = serviceLevel ? positive(cl, cl.tokenHours) : std::nullopt;
    const auto retain = tokenHours ? positive(cl, cl.retainChanges) : std::nullopt;
    const auto streams = retain ? positive(cl, cl.maxStreams) : std::nullopt;
    if (!streams)
        return std::nullopt;
    options.serviceLevelSeconds = *serviceLevel;
    options.tokenLifetime = std::chrono::hours(*tokenHours);
    options.retainChangesDays = *retain;
    options.maxStreamsPerUser = *streams;
    for (const QString& proxy : parser.values(cl.trustedProxy)) {
        const QHostAddress a(proxy);
        if (a.isNull()) {
            fail(ServerCommand::tr("--trusted-proxy wants an IP address, not \"%1\"").arg(proxy));
            return std::nullopt;
        }
        options.trustedProxies.append(a);
    }
    return options;
}

// The TLS configuration of --tls-cert and --tls-key; nullopt (after naming the option at fault)
// when unusable.
std::optional<QSslConfiguration> tlsConfiguration(const QString& certPath, const QString& keyPath)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        fail(ServerCommand::tr("--tls-cert: cannot read %1").arg(certPath));
        return std::nullopt;
    }
    if (!keyFile.open(QIODevice::ReadOnly)) {
        fail(ServerCommand::tr("--tls-key: cannot read %1").arg(keyPath));
        return std::nullopt;
    }
    const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    // Read once: RSA or EC, whichever the file holds.
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty()) {
        fail(ServerCommand::tr("--tls-cert is not a valid PEM certificate"));
        return std::nullopt;
    }
    if (key.isNull()) {
        fail(ServerCommand::tr("--tls-key is not a valid PEM private key (RSA or EC, unencrypted)"));
        return std::nullopt;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    return conf;
}

// SIGTERM/SIGINT: stop accepting, end event streams, close the database, exit 0. Requests run
// synchronously on this thread, so none is in flight when the event loop sees the signal.
// `stopping` is the message for the terminal, translated before the API's language was installed.
void stopOnSignals(QCoreApplication& app, kc::server::ApiServer& server, const QString& stopping,
                   const std::function<void()>& alsoStop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&server, stopping, alsoStop] {
        char c;
        [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
        fail(stopping);
        server.shutdown();
        alsoStop();
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

// The other processes of --instances N: copies of this one with the same command line, except
// that they listen on the port this one got (port 0 picks one) with --reuse-port and start no
// copies of their own. Each dies with this process (PR_SET_PDEATHSIG), however it ends; one that
// ends on its own stops the whole group with exit code 1, so that systemd (Restart=on-failure)
// starts all of them again rather than serving on with fewer than asked for.
class Instances
{
public:
    Instances() = default;
    Instances(const Instances&) = delete;
    Instances& operator=(const Instances&) = delete;
    ~Instances()
    {
        stop();
        qDeleteAll(m_children);
    }

    // Starts n - 1 copies; false (after saying why) when one cannot start.
    bool start(QCoreApplication& app, int n, const QString& listen, kc::server::ApiServer& server)
    {
        QStringList args;
        const QStringList all = app.arguments();
        for (qsizetype i = 1; i < all.size(); ++i) {
            QString a = all[i];
            if (a.startsWith(QLatin1String("--")))
                a.remove(0, 1);
            // Our own options with a value, as the parser accepts them: "-x v", "--x v", "--x=v".
            if (a == QLatin1String("-instances") || a == QLatin1String("-listen")) {
                ++i;
                continue;
            }
            if (a.startsWith(QLatin1String("-instances=")) || a.startsWith(QLatin1String("-listen=")) ||
                a == QLatin1String("-reuse-port"))
                continue;
            args << all[i];
        }
        args << QStringLiteral("--listen") << listen << QStringLiteral("--reuse-port");
        for (int i = 1; i < n; ++i) {
            auto* p = new QProcess;
            m_children << p;
            p->setProcessChannelMode(QProcess::ForwardedChannels);
            // Nothing of ours but stdin, stdout and stderr: no database connection, no listener.
            p->setUnixProcessParameters(QProcess::UnixProcessFlag::CloseFileDescriptors);
            p->setChildProcessModifier([parent = ::getpid()] {
                ::prctl(PR_SET_PDEATHSIG, SIGTERM);
                if (::getppid() != parent) // the parent died before prctl took effect
                    ::_exit(1);
            });
            // Translated now: once serving, the program's language is the API's (Swedish).
            const QString ended =
                ServerCommand::tr("instance %1 (process %2) ended with exit code %3; stopping all instances");
            QObject::connect(p, &QProcess::finished, &app, [this, p, &server, ended] {
                if (m_stopping || signalled)
                    return;
                fail(QString(ended).arg(m_children.indexOf(p) + 2).arg(p->processId()).arg(p->exitCode()));
                server.shutdown();
                stop();
                QCoreApplication::exit(1);
            });
            p->start(QCoreApplication::applicationFilePath(), args);
            if (!p->waitForStarted()) {
                fail(ServerCommand::tr("--instances: cannot start another instance (%1)").arg(p->errorString()));
                stop();
                return false;
            }
        }
        return true;
    }

    // SIGTERM to every copy, then waits for them (each ends its streams and closes its database).
    void stop()
    {
        m_stopping = true;
        for (QProcess* p : std::as_const(m_children))
            if (p->state() != QProcess::NotRunning)
                ::kill(pid_t(p->processId()), SIGTERM);
        for (QProcess* p : std::as_const(m_children))
            if (!p->waitForFinished(10000))
                p->kill();
    }

private:
    QList<QProcess*> m_children;
    bool m_stopping = false;
};

// Opens the database and listens as the command line says; runs until a signal stops it.
int serve(QCoreApplication& app, const CommandLine& cl, const QString& db, int iterations, const QString& language)
{
    const QCommandLineParser& parser = cl.parser;
    const QString spec = parser.value(cl.listen);
    const qsizetype colon = spec.lastIndexOf(u':');
    bool portOk = false;
    const quint16 port = colon > 0 ? spec.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(spec.left(colon).remove(u'[').remove(u']'));
    if (!portOk || address.isNull()) {
        fail(ServerCommand::tr("--listen wants host:port, e.g. 127.0.0.1:8080 (not \"%1\")").arg(spec));
        return 2;
    }
    const bool tls = parser.isSet(cl.tlsCert) || parser.isSet(cl.tlsKey);
    if (tls && !parser.isSet(cl.tlsCert)) {
        fail(ServerCommand::tr("--tls-key needs --tls-cert as well"));
        return 2;
    }
    if (tls && !parser.isSet(cl.tlsKey)) {
        fail(ServerCommand::tr("--tls-cert needs --tls-key as well"));
        return 2;
    }
    // Personal data never crosses a network in clear text.
    if (!tls && !address.isLoopback() && !parser.isSet(cl.allowPlain)) {
        fail(ServerCommand::tr("--listen %1: plain HTTP only on loopback; give --tls-cert and --tls-key, or "
                               "--allow-plain-http")
                 .arg(spec));
        return 2;
    }
    auto options = serverOptions(cl, db, iterations);
    if (!options)
        return 2;
    const auto instances = positive(cl, cl.instances);
    if (!instances)
        return 2;
    options->reusePort = parser.isSet(cl.reusePort) || *instances > 1;
    if (options->reusePort) {
        // Instances on one port share nothing but the database: name the option that asked for it.
        const QString option = *instances > 1 ? QStringLiteral("--instances") : QStringLiteral("--reuse-port");
        if (options->demo) {
            fail(ServerCommand::tr("%1: not on a demo server; its exercise runs live in one process's memory")
                     .arg(option));
            return 2;
        }
        if (!db.startsWith(QLatin1String("postgresql:")) && !db.startsWith(QLatin1String("postgres:"))) {
            fail(ServerCommand::tr("%1 needs PostgreSQL (--database postgresql://…): several processes cannot share "
                                   "an SQLite database's events and writes")
                     .arg(option));
            return 2;
        }
    }

    if (parser.isSet(cl.demoPassword) && !options->demo) {
        fail(ServerCommand::tr("--demo-password needs --demo: classroom accounts only on a demo server"));
        return 2;
    }
    kc::server::ApiServer server(*options);
    if (auto opened = server.open(); !opened) {
        fail(opened.error().message);
        return 1;
    }
    if (parser.isSet(cl.demoPassword)) {
        if (auto seeded = kc::server::classroom::seed(server.store(), parser.value(cl.demoPassword)); !seeded) {
            fail(QStringLiteral("--demo-password: ") + seeded.error().message);
            return 2;
        }
    }
    bool listening = false;
    if (tls) {
        const auto conf = tlsConfiguration(parser.value(cl.tlsCert), parser.value(cl.tlsKey));
        if (!conf)
            return 1;
        listening = server.listenTls(address, port, *conf);
    } else {
        listening = server.listen(address, port);
    }
    if (!listening) {
        fail(ServerCommand::tr("--listen %1: cannot listen there (%2)").arg(spec, server.errorString()));
        return 1;
    }
    Instances others;
    if (*instances > 1 &&
        !others.start(app, *instances, QStringLiteral("%1:%2").arg(spec.left(colon)).arg(server.port()), server))
        return 1;
    stopOnSignals(app, server, ServerCommand::tr("stopping"), [&others] { others.stop(); });
    const QString where = QStringLiteral("%1%2:%3").arg(tls ? QStringLiteral("https://") : QStringLiteral("http://"),
                                                        address.toString(), QString::number(server.port()));
    const QString what = db.startsWith(QLatin1String("sqlite:")) ? db : QStringLiteral("postgresql");
    fail(options->demo
             ? ServerCommand::tr("%1 listening on %2 (%3, demo)").arg(QStringLiteral(KC_VERSION_STRING), where, what)
             : ServerCommand::tr("%1 listening on %2 (%3)").arg(QStringLiteral(KC_VERSION_STRING), where, what));
    if (parser.isSet(cl.demoPassword))
        fail(ServerCommand::tr("Classroom ready. Trainees start: kontaktcenter --demo --server %1\n"
                               "and sign in as ovning1 … ovning%2; the trainer as utbildare, the supervisor as "
                               "gruppchef, all with the password given by --demo-password.")
                 .arg(where)
                 .arg(kc::server::classroom::TraineeCount));
    // From here on only the API speaks, and the contract says it speaks Swedish.
    if (language != QLatin1String("sv"))
        kc::installTranslations(QStringLiteral("sv"));
    return app.exec();
}

// --lang, read before anything is printed (the option descriptions are translated too).
QString languageOf(const QStringList& arguments)
{
    QString language = QStringLiteral("sv");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    return language;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontaktcenter-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("kontaktcenter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION_STRING));
    const QString language = languageOf(app.arguments());
    if (language != QLatin1String("sv") && language != QLatin1String("en")) {
        kc::installTranslations(QStringLiteral("sv"));
        fail(ServerCommand::tr("--lang must be sv or en, not \"%1\"").arg(language));
        return 2;
    }
    kc::installTranslations(language);

    CommandLine cl;
    if (!parse(cl, app.arguments()))
        return 2;
    if (cl.parser.isSet(cl.help)) {
        std::fputs(qPrintable(cl.helpText()), stdout);
        return 0;
    }
    if (cl.parser.isSet(cl.version)) {
        std::printf("kontaktcenter-server %s\n", KC_VERSION_STRING);
        return 0;
    }
    const QString db = cl.parser.isSet(cl.database) ? cl.parser.value(cl.database) : defaultDatabase();
    const auto iterations = positive(cl, cl.kdf, 1000);
    if (!iterations)
        return 2;
    const QStringList args = cl.parser.positionalArguments();
    if (!args.isEmpty()) {
        // The administration commands speak to a person: the database's own messages (a failed
        // statement, the driver's text) stay out of the terminal unless asked for.
        QLoggingCategory::setFilterRules(QStringLiteral("kc.*.warning=false\nkc.*.info=false"));
        if (args.first() == QLatin1String("user"))
            return userCommand(args, db, cl, *iterations);
        if (args.first() == QLatin1String("queue"))
            return queueCommand(args, db, cl, *iterations);
        fail(ServerCommand::tr("unknown command %1 (user, queue); see --help").arg(args.first()));
        return 2;
    }
    return serve(app, cl, db, *iterations, language);
}
