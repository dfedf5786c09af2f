// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// kontaktcenter-server: the thin executable around kc::server::ApiServer, plus the admin
// commands for a fresh install (user add/list/disable/passwd) on the same database.
#include "core/i18n.h"
#include "core/types.h"
#include "core/version.h"
#include "server/apiserver.h"
#include "server/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
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

// The command line: the server's options and the user command's.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption version{QStringLiteral("version"), QStringLiteral("Print the version and exit.")};
    QCommandLineOption listen{QStringLiteral("listen"), QStringLiteral("Address and port (default 127.0.0.1:8080)."),
                              QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")};
    QCommandLineOption database{QStringLiteral("database"),
                                QStringLiteral("sqlite:/path/file.db or postgresql://user@host:port/db (password from "
                                               "PGPASSWORD or KC_DB_PASSWORD_FILE)."),
                                QStringLiteral("url")};
    QCommandLineOption casePrefix{QStringLiteral("case-prefix"), QStringLiteral("Region prefix of case numbers."),
                                  QStringLiteral("NNNN"), QStringLiteral("1400")};
    QCommandLineOption serviceLevel{QStringLiteral("service-level-seconds"),
                                    QStringLiteral("Service level threshold (answered within)."), QStringLiteral("s"),
                                    QStringLiteral("60")};
    QCommandLineOption tokenHours{QStringLiteral("token-hours"), QStringLiteral("Session lifetime in hours."),
                                  QStringLiteral("h"), QStringLiteral("12")};
    QCommandLineOption demo{QStringLiteral("demo"), QStringLiteral("Training mode: synthetic data only.")};
    QCommandLineOption allowPlain{QStringLiteral("allow-plain-http"),
                                  QStringLiteral("Serve plain HTTP on a non-loopback address.")};
    QCommandLineOption tlsCert{QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain) for HTTPS."),
                               QStringLiteral("file")};
    QCommandLineOption tlsKey{QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."),
                              QStringLiteral("file")};
    QCommandLineOption role{QStringLiteral("role"), QStringLiteral("user add: role."), QStringLiteral("role")};
    QCommandLineOption team{QStringLiteral("team"), QStringLiteral("user add: team."), QStringLiteral("team")};
    QCommandLineOption queues{QStringLiteral("queues"), QStringLiteral("user add: queues, comma-separated."),
                              QStringLiteral("q1,q2")};
    QCommandLineOption displayName{QStringLiteral("display-name"), QStringLiteral("user add: display name."),
                                   QStringLiteral("name")};
    QCommandLineOption kdf{QStringLiteral("kdf-iterations"),
                           QStringLiteral("PBKDF2 iterations for new passwords (default 600000, OWASP's figure; "
                                          "never lower in production). Older hashes are upgraded at sign-in."),
                           QStringLiteral("n"), QStringLiteral("600000")};
    QCommandLineOption trustedProxy{
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A reverse proxy whose X-Forwarded-For names the client (repeatable)."),
        QStringLiteral("address")};
    QCommandLineOption retainChanges{
        QStringLiteral("retain-changes-days"),
        QStringLiteral("Days the change feed is kept (default 30); a client offline longer "
                       "loads everything again."),
        QStringLiteral("days"), QStringLiteral("30")};
    QCommandLineOption maxStreams{
        QStringLiteral("max-streams-per-user"),
        QStringLiteral("Open event streams one user may hold at once (default 4; more: 429)."), QStringLiteral("n"),
        QStringLiteral("4")};

    CommandLine()
    {
        parser.setApplicationDescription(QStringLiteral(
            "Central REST service of Kontaktcenter.\n\n"
            "  kontaktcenter-server [--listen HOST:PORT] [--database DB] [options]\n"
            "  kontaktcenter-server user add USERNAME --role agent|supervisor|trainer|intake --team T --queues q1,q2 "
            "--display-name NAME   (password on stdin)\n"
            "  kontaktcenter-server user list|disable USERNAME|enable USERNAME|passwd USERNAME"));
        parser.addHelpOption();
        parser.addOptions({version, listen, database, casePrefix, serviceLevel, tokenHours, demo, allowPlain, tlsCert,
                           tlsKey, role, team, queues, displayName, kdf, trustedProxy, retainChanges, maxStreams});
        parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("user add|list|disable|enable|passwd"));
    }
};

int addUser(kc::server::Store& store, const CommandLine& cl, const QString& username)
{
    kc::User u;
    u.username = username;
    const auto r = kc::fromWireName<kc::Role>(cl.parser.value(cl.role));
    if (!r) {
        fail(QStringLiteral("--role must be one of %1").arg(kc::wireNames<kc::Role>().join(u'|')));
        return 2;
    }
    u.role = *r;
    u.team = cl.parser.value(cl.team);
    u.queues = cl.parser.value(cl.queues).split(u',', Qt::SkipEmptyParts);
    u.displayName = cl.parser.isSet(cl.displayName) ? cl.parser.value(cl.displayName) : username;
    const auto added = store.users().add(u, readPassword("Password: "));
    if (!added) {
        fail(added.error().message);
        return 1;
    }
    std::printf("added %s (%s)\n", qPrintable(added->username), qPrintable(added->id));
    return 0;
}

int userCommand(const QStringList& args, const QString& database, const CommandLine& cl, int kdfIterations)
{
    const QString verb = args.value(1);
    kc::server::ServerOptions options;
    options.databaseUrl = database;
    options.kdfIterations = kdfIterations;
    kc::server::ApiServer server(options);
    if (auto opened = server.open(); !opened) {
        fail(opened.error().message);
        return 1;
    }
    kc::server::Store& store = server.store();
    if (verb == QLatin1String("list")) {
        QTextStream out(stdout);
        for (const auto& a : store.users().list())
            out << a.user.username << '\t' << kc::wireName(a.user.role) << '\t' << a.user.team << '\t'
                << a.user.queues.join(u',') << '\t' << a.user.displayName << '\t'
                << (a.disabled ? "disabled" : "active") << '\n';
        return 0;
    }
    const QString username = args.value(2);
    if (username.isEmpty()) {
        fail(QStringLiteral("user %1 needs a USERNAME").arg(verb));
        return 2;
    }
    if (verb == QLatin1String("add"))
        return addUser(store, cl, username);
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        const auto done = store.users().setDisabled(username, verb == QLatin1String("disable"));
        if (!done)
            fail(done.error().message);
        return done ? 0 : 1;
    }
    if (verb == QLatin1String("passwd")) {
        const auto done = store.users().setPassword(username, readPassword("New password: "));
        if (!done)
            fail(done.error().message);
        return done ? 0 : 1;
    }
    fail(QStringLiteral("unknown command: user %1 (add, list, disable, enable, passwd)").arg(verb));
    return 2;
}

// The serving options from the command line; nullopt (after saying why) when one is wrong.
std::optional<kc::server::ServerOptions> serverOptions(const CommandLine& cl, const QString& db, int iterations)
{
    const QCommandLineParser& parser = cl.parser;
    bool numbersOk = true, ok = false;
    kc::server::ServerOptions options;
    options.databaseUrl = db;
    options.casePrefix = parser.value(cl.casePrefix).toInt(&ok);
    numbersOk &= ok && options.casePrefix >= 1000 && options.casePrefix <= 9999;
    options.serviceLevelSeconds = parser.value(cl.serviceLevel).toInt(&ok);
    numbersOk &= ok && options.serviceLevelSeconds > 0;
    options.tokenLifetime = std::chrono::hours(parser.value(cl.tokenHours).toInt(&ok));
    numbersOk &= ok && options.tokenLifetime.count() > 0;
    options.demo = parser.isSet(cl.demo);
    options.kdfIterations = iterations;
    if (!numbersOk) {
        fail(QStringLiteral("--case-prefix must be four digits; --service-level-seconds and --token-hours positive"));
        return std::nullopt;
    }
    options.retainChangesDays = parser.value(cl.retainChanges).toInt(&ok);
    if (!ok || options.retainChangesDays < 1) {
        fail(QStringLiteral("--retain-changes-days must be a whole number of days, at least 1"));
        return std::nullopt;
    }
    options.maxStreamsPerUser = parser.value(cl.maxStreams).toInt(&ok);
    if (!ok || options.maxStreamsPerUser < 1) {
        fail(QStringLiteral("--max-streams-per-user must be a whole number, at least 1"));
        return std::nullopt;
    }
    for (const QString& proxy : parser.values(cl.trustedProxy)) {
        const QHostAddress a(proxy);
        if (a.isNull()) {
            fail(QStringLiteral("--trusted-proxy wants an IP address, not '%1'").arg(proxy));
            return std::nullopt;
        }
        options.trustedProxies.append(a);
    }
    return options;
}

// The TLS configuration of --tls-cert and --tls-key; nullopt (after saying why) when unusable.
std::optional<QSslConfiguration> tlsConfiguration(const QString& certPath, const QString& keyPath)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read --tls-cert or --tls-key"));
        return std::nullopt;
    }
    const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    // Read once: RSA or EC, whichever the file holds.
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty()) {
        fail(QStringLiteral("--tls-cert is not a valid PEM certificate"));
        return std::nullopt;
    }
    if (key.isNull()) {
        fail(QStringLiteral("--tls-key is not a valid PEM private key (RSA or EC, unencrypted)"));
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
void stopOnSignals(QCoreApplication& app, kc::server::ApiServer& server)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&server] {
        char c;
        [[maybe_unused]] auto n = ::read(signalPipe[0], &c, 1);
        std::fprintf(stderr, "kontaktcenter-server: stopping\n");
        server.shutdown();
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

// Opens the database and listens as the command line says; runs until a signal stops it.
int serve(QCoreApplication& app, const CommandLine& cl, const QString& db, int iterations)
{
    const QCommandLineParser& parser = cl.parser;
    const QString spec = parser.value(cl.listen);
    const qsizetype colon = spec.lastIndexOf(u':');
    bool portOk = false;
    const quint16 port = colon > 0 ? spec.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(spec.left(colon).remove(u'[').remove(u']'));
    if (!portOk || address.isNull()) {
        fail(QStringLiteral("--listen wants host:port, e.g. 127.0.0.1:8080"));
        return 2;
    }
    const bool tls = parser.isSet(cl.tlsCert) || parser.isSet(cl.tlsKey);
    // Personal data never crosses a network in clear text.
    if (!tls && !address.isLoopback() && !parser.isSet(cl.allowPlain)) {
        fail(QStringLiteral("plain HTTP only on loopback; give --tls-cert/--tls-key or --allow-plain-http"));
        return 2;
    }
    const auto options = serverOptions(cl, db, iterations);
    if (!options)
        return 2;

    kc::server::ApiServer server(*options);
    if (auto opened = server.open(); !opened) {
        fail(opened.error().message);
        return 1;
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
        fail(QStringLiteral("cannot listen on %1: %2").arg(spec, server.errorString()));
        return 1;
    }
    stopOnSignals(app, server);
    std::fprintf(stderr, "kontaktcenter-server %s listening on %s%s:%u (%s%s)\n", KC_VERSION_STRING,
                 tls ? "https://" : "http://", qPrintable(address.toString()), unsigned(server.port()),
                 qPrintable(db.startsWith(QLatin1String("sqlite:")) ? db : QStringLiteral("postgresql")),
                 options->demo ? ", demo" : "");
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontaktcenter-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("kontaktcenter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION_STRING));
    // The contract's messages for people are Swedish, whatever the server's locale.
    kc::installTranslations(QStringLiteral("sv"));

    CommandLine cl;
    cl.parser.process(app);
    if (cl.parser.isSet(cl.version)) {
        std::printf("kontaktcenter-server %s\n", KC_VERSION_STRING);
        return 0;
    }
    const QString db = cl.parser.isSet(cl.database) ? cl.parser.value(cl.database) : defaultDatabase();
    const int iterations = cl.parser.value(cl.kdf).toInt();
    if (iterations < 1000) {
        fail(QStringLiteral("--kdf-iterations must be at least 1000"));
        return 2;
    }
    const QStringList args = cl.parser.positionalArguments();
    if (!args.isEmpty()) {
        if (args.first() != QLatin1String("user")) {
            fail(QStringLiteral("unknown command %1; see --help").arg(args.first()));
            return 2;
        }
        return userCommand(args, db, cl, iterations);
    }
    return serve(app, cl, db, iterations);
}
