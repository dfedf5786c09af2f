// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// kontaktcenter-cli — a second front end on the sync engine, like Nextcloud's command-line client:
// it proves the engine works without widgets, and serves scripting and fault tests.
//
//   kontaktcenter-cli --data-dir DIR login SERVER_URL USERNAME      (password on stdin)
//   kontaktcenter-cli --data-dir DIR queue [--json]
//   kontaktcenter-cli --data-dir DIR accept CONTACT_ID
//   kontaktcenter-cli --data-dir DIR report submit FILE.json
//   kontaktcenter-cli --data-dir DIR outbox [--json]
//   kontaktcenter-cli --data-dir DIR sync
//   kontaktcenter-cli --data-dir DIR history QUERY [--json]
//   kontaktcenter-cli --data-dir DIR watch
//   kontaktcenter-cli --data-dir DIR intake web-report|tip FILE.json   (signed in as an intake user)
//
// Exit codes: 0 done, 1 refused or needs attention, 2 usage or bad input, 3 not signed in or the
// session expired, 4 offline (the server could not be reached; queued work is kept).
//
// Its texts are Swedish, or English with --lang en (or KC_LANG=en); --help lists every command.
#include "core/casenumber.h"
#include "core/i18n.h"
#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "core/referencedata.h"
#include "core/validation.h"
#include "core/version.h"
#include "models/localstore.h"
#include "sync/restclient.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <iostream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

using namespace kc;
using namespace kc::sync;

namespace {

enum Exit { Done = 0, Refused = 1, Usage = 2, Auth = 3, Offline = 4 };

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

// The exit code for a failed job: offline, auth or refused.
int exitFor(int status)
{
    if (status == 0 || status >= 500)
        return Offline;
    if (status == 401)
        return Auth;
    return Refused;
}

QString callerText(const Contact& c)
{
    if (!c.caller.name.isEmpty())
        return c.caller.name;
    if (c.caller.phone)
        if (auto p = PhoneNumber::parse(*c.caller.phone))
            return p->national();
    return c.caller.phone.value_or(QStringLiteral("–"));
}

QString waited(const QDateTime& since)
{
    const qint64 s = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

namespace kc::cli {

// One run of one command: starts the asynchronous work and ends the event loop with the exit code.
class Cli : public QObject
{
    Q_OBJECT
public:
    Cli(const QString& dataDir, bool json, QNetworkAccessManager* nam)
        : m_dataDir(dataDir)
        , m_json(json)
        , m_client(nam)
    {}

    // Opens the store the last login chose; false (with a message) when there is none.
    int openCurrent()
    {
        QFile current(m_dataDir + QStringLiteral("/current"));
        if (!current.open(QIODevice::ReadOnly)) {
            err() << tr("Not signed in. Run: kontaktcenter-cli login SERVER_URL USERNAME") << Qt::endl;
            return Auth;
        }
        const int opened = openStore(QString::fromUtf8(current.readAll()).trimmed());
        if (opened != Done)
            return opened;
        if (!m_engine->restoreSession()) {
            err() << tr("Not signed in. Run: kontaktcenter-cli login SERVER_URL USERNAME") << Qt::endl;
            return Auth;
        }
        return Done;
    }

    int openStore(const QString& path)
    {
        auto store = LocalStore::open(path);
        if (!store) {
            err() << store.error().message << Qt::endl;
            return Refused;
        }
        m_store = std::move(store).value();
        // The CLI keeps its token in its own store (mode 0600), so one login serves later commands.
        m_secrets = std::make_unique<LocalStoreSecretStore>(*m_store);
        m_engine = std::make_unique<SyncEngine>(*m_store, m_client, m_secrets.get());
        return Done;
    }

    RestClient& client() { return m_client; }

    void login(const QString& server, const QString& username)
    {
        if (auto ok = m_client.setServer(server); !ok)
            return finish(Usage, ok.error().message);
        std::string line;
        std::getline(std::cin, line);
        const QString password = QString::fromStdString(line);
        QDir().mkpath(m_dataDir);
        const QString path = LocalStore::pathFor(m_dataDir, m_client.server().toString(), username);
        if (const int opened = openStore(path); opened != Done)
            return finish(opened);
        connect(m_engine.get(), &SyncEngine::loginFinished, this,
                [this, path, username](bool ok, int status, const QString& why) {
                    if (!ok)
                        return finish(status == 0 || status >= 500 ? Offline : status == 401 ? Auth : Refused, why);
                    QFile current(m_dataDir + QStringLiteral("/current"));
                    if (!current.open(QIODevice::WriteOnly | QIODevice::Truncate))
                        return finish(Refused, tr("Cannot write to the data directory."));
                    current.write(path.toUtf8());
                    finish(Done, tr("Signed in as %1.").arg(username));
                });
        m_engine->login(username, password);
    }

    void queue()
    {
        connect(m_engine.get(), &SyncEngine::catchUpFinished, this, [this](bool ok, const QString& why) {
            const QList<Contact> waiting = m_store->contacts(QStringLiteral("waiting"));
            if (m_json) {
                QJsonArray a;
                for (const Contact& c : waiting)
                    a.append(json::toJson(c));
                out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
            } else {
                out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                             .arg(tr("ID"), -26)
                             .arg(tr("PRIO"), 4)
                             .arg(tr("CHANNEL"), -7)
                             .arg(tr("QUEUE"), -12)
                             .arg(tr("WAITED"), 7)
                             .arg(tr("CALLER"), -22)
                             .arg(tr("SUBJECT"));
                for (const Contact& c : waiting)
                    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                                 .arg(c.id, -26)
                                 .arg(c.priority, 4)
                                 .arg(wireName(c.channel), -7)
                                 .arg(c.queue, -12)
                                 .arg(waited(c.receivedAt), 7)
                                 .arg(callerText(c).left(22), -22)
                                 .arg(c.subject);
                if (waiting.isEmpty())
                    out() << tr("No contacts are waiting.") << '\n';
            }
            out().flush();
            if (!ok)
                return finish(m_engine->state().kind == ConnectionState::Kind::SignInRequired ? Auth : Offline,
                              tr("Offline: showing the contacts saved on this computer (%1)").arg(why));
            finish(Done);
        });
        m_engine->catchUp();
    }

    void accept(const QString& id)
    {
        connect(m_engine.get(), &SyncEngine::acceptFinished, this,
                [this](const QString& contactId, bool ok, const QString& code, const QString& message) {
                    if (ok)
                        return finish(Done, tr("Accepted contact %1.").arg(contactId));
                    finish(code == QLatin1String("network") || code == QLatin1String("timeout") ? Offline
                           : code == QLatin1String("unauthenticated")                           ? Auth
                                                                                                : Refused,
                           message);
                });
        m_engine->accept(id);
    }

    void submitReport(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return finish(Usage, tr("Cannot read %1.").arg(file));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return finish(Usage, tr("%1 is not a JSON object (error at byte %2).").arg(file).arg(pe.offset));
        const auto report = json::fromJson<Report>(doc.object());
        if (!report)
            return finish(Usage, report.error().message);
        // The same rules as the server's, before anything is queued: the file is the draft.
        const auto problems = validateReportForCreate(*report, ReferenceData::builtin());
        if (!problems.isEmpty()) {
            for (const Error& e : problems)
                err() << e.path << ": " << e.message << Qt::endl;
            return finish(Usage, tr("The report was not queued; correct the fields above."));
        }
        const QString contactId = report->contactId.value_or(QString());
        auto item = m_engine->submitReport(contactId, doc.object());
        if (!item)
            return finish(Refused, item.error().message);
        const qint64 itemId = item->id;
        connect(m_engine.get(), &SyncEngine::flushFinished, this, [this, itemId](bool) {
            const auto sent = m_store->outboxItem(itemId);
            if (!sent)
                return finish(Refused);
            switch (sent->state) {
            case OutboxItem::State::Sent:
                out() << sent->result.value(u"caseNumber").toString() << Qt::endl;
                return finish(Done);
            case OutboxItem::State::Attention:
                return finish(Refused, sent->lastError);
            case OutboxItem::State::Pending:
                // "queued" stays untranslated: scripts look for it.
                out() << "queued " << sent->localRef << Qt::endl;
                return finish(
                    m_engine->state().kind == ConnectionState::Kind::SignInRequired ? Auth : Offline,
                    tr("The report waits in the outbox and is sent at the next sync (%1).").arg(sent->lastError));
            }
        });
    }

    // POST /intake/web-reports or /intake/tips with the file's submission (issue 15): prints the
    // contact's id, whether it is new, and the problems the server found in a web report. Not
    // queued: the e-service gateway retries by itself, and so may whoever runs this.
    void intake(const QString& kind, const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return finish(Usage, tr("Cannot read %1.").arg(file));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return finish(Usage, tr("%1 is not a JSON object (error at byte %2).").arg(file).arg(pe.offset));
        const bool tip = kind == QLatin1String("tip");
        ApiJob* job =
            m_client.post(tip ? QStringLiteral("/intake/tips") : QStringLiteral("/intake/web-reports"), doc.object());
        connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
            j->deleteLater();
            if (j->outcome() != ApiJob::Outcome::Ok) {
                const QJsonObject fields = j->errorFields();
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    err() << it.key() << ": " << it.value().toString() << Qt::endl;
                return finish(exitFor(j->status()), j->errorText());
            }
            const QJsonObject contact = j->json();
            if (m_json) {
                out() << QJsonDocument(contact).toJson(QJsonDocument::Indented);
                return finish(Done);
            }
            const QString id = contact.value(u"id").toString();
            out() << (j->status() == 201
                          ? tr("New contact %1 in the queue %2.").arg(id, contact.value(u"queue").toString())
                          : tr("Already received: contact %1.").arg(id))
                  << '\n';
            const QJsonArray problems = contact.value(u"webReport").toObject().value(u"problems").toArray();
            if (!problems.isEmpty())
                out() << tr("%n problem(s) for the agent to check:", nullptr, int(problems.size())) << '\n';
            for (const QJsonValue& p : problems)
                out() << "  " << p[u"field"].toString() << ": " << p[u"message"].toString() << '\n';
            finish(Done);
        });
    }

    void outbox()
    {
        const QList<OutboxItem> items = m_store->outbox(true);
        if (m_json) {
            QJsonArray a;
            for (const OutboxItem& i : items)
                a.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("kind"), wireName(i.kind)},
                                     {QStringLiteral("state"), wireName(i.state)},
                                     {QStringLiteral("localRef"), i.localRef},
                                     {QStringLiteral("attempts"), i.attempts},
                                     {QStringLiteral("lastError"), i.lastError},
                                     {QStringLiteral("caseNumber"), i.result.value(u"caseNumber")},
                                     {QStringLiteral("createdAt"), json::formatTimestamp(i.createdAt)}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const OutboxItem& i : items)
                out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(i.id, 4)
                             .arg(wireName(i.kind), -11)
                             .arg(wireName(i.state), -9)
                             .arg(i.localRef.isEmpty() ? QStringLiteral("–") : i.localRef, -13)
                             .arg(i.state == OutboxItem::State::Sent ? i.result.value(u"caseNumber").toString()
                                                                     : i.lastError.section(u'\n', 0, 0));
            if (items.isEmpty())
                out() << tr("The outbox is empty.") << '\n';
        }
        out().flush();
        finish(Done);
    }

    void sync()
    {
        connect(m_engine.get(), &SyncEngine::flushFinished, this, [this](bool everythingSent) {
            if (m_engine->state().kind == ConnectionState::Kind::SignInRequired)
                return finish(Auth, m_engine->state().detail);
            const int waiting = m_store->pendingCount();
            if (waiting > 0)
                return finish(Offline, tr("%n item(s) still wait in the outbox.", nullptr, waiting));
            connect(m_engine.get(), &SyncEngine::catchUpFinished, this,
                    [this, everythingSent](bool ok, const QString& why) {
                        if (!ok)
                            return finish(Offline, why);
                        if (!everythingSent)
                            return finish(Refused, tr("Some items need attention; see: kontaktcenter-cli outbox"));
                        finish(Done, tr("Everything is sent and up to date."));
                    });
            m_engine->catchUp();
        });
        m_engine->flush();
    }

    void history(const QString& query)
    {
        QUrlQuery q;
        if (auto pn = Personnummer::parse(query))
            q.addQueryItem(QStringLiteral("personnummer"), pn->digits());
        else if (auto cn = CaseNumber::parse(query))
            q.addQueryItem(QStringLiteral("caseNumber"), cn->toString());
        else if (auto ph = PhoneNumber::parse(query); ph && query.count(u' ') < 4)
            q.addQueryItem(QStringLiteral("phone"), ph->e164());
        else
            q.addQueryItem(QStringLiteral("q"), query);
        ApiJob* job = m_client.get(QStringLiteral("/cases"), q);
        connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
            if (j->outcome() != ApiJob::Outcome::Ok)
                return finish(exitFor(j->status()), j->errorText());
            const QJsonArray items = j->json().value(u"items").toArray();
            if (m_json) {
                out() << QJsonDocument(items).toJson(QJsonDocument::Indented);
            } else {
                for (const QJsonValue& v : items) {
                    const QJsonObject r = v.toObject().value(u"report").toObject();
                    out() << QStringLiteral("%1  %2  %3  %4  (%5)\n")
                                 .arg(r.value(u"caseNumber").toString(), -16)
                                 .arg(r.value(u"createdAt").toString().left(10))
                                 .arg(r.value(u"offenceName").toString(r.value(u"offenceCode").toString()), -40)
                                 .arg(r.value(u"reporterName").toString())
                                 .arg(tr("%n contact(s)", nullptr,
                                         int(v.toObject().value(u"contacts").toArray().size())));
                }
                if (items.isEmpty())
                    out() << tr("No cases found.") << '\n';
            }
            out().flush();
            finish(Done);
        });
    }

    void watch()
    {
        connect(m_engine.get(), &SyncEngine::eventReceived, this,
                [](const QString& name, const QJsonObject& data, qint64 id) {
                    out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << id << "  "
                          << name << "  " << QJsonDocument(data).toJson(QJsonDocument::Compact) << Qt::endl;
                });
        connect(m_engine.get(), &SyncEngine::stateChanged, this, [this](const ConnectionState& s) {
            if (!m_stopping)
                err() << s.text() << Qt::endl;
        });
        connect(m_engine.get(), &SyncEngine::signInRequired, this, [this](const QString& why) { finish(Auth, why); });
        m_engine->startLive();
    }

    // SIGINT/SIGTERM: the stream closes because we close it, which is nothing to report.
    void stop()
    {
        m_stopping = true;
        if (m_engine)
            m_engine->stopLive();
        QCoreApplication::exit(Done);
    }

    void finish(int code, const QString& message = {})
    {
        if (!message.isEmpty())
            (code == Done ? out() : err()) << message << Qt::endl;
        QCoreApplication::exit(code);
    }

private:
    QString m_dataDir;
    bool m_json;
    bool m_stopping = false;
    RestClient m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<LocalStoreSecretStore> m_secrets;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace kc::cli

using kc::cli::Cli;

namespace {

// The texts of main(), in one translation context.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(kc::cli::CliCommand)
};

// Qt's parser reports a missing or unexpected value in its own words; Debian ships no Swedish
// catalogue for Qt, so ours carries these two (the context is Qt's).
[[maybe_unused]] constexpr const char* qtParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

// --lang (or KC_LANG), read before anything is printed.
QString languageOf(const QStringList& arguments)
{
    QString language = qEnvironmentVariable("KC_LANG", QStringLiteral("sv"));
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            language = arguments[i + 1];
        else if (a.startsWith(QLatin1String("--lang=")))
            language = a.mid(7);
    }
    return language;
}

QString helpText(const QList<QCommandLineOption>& options)
{
    QString text = CliCommand::tr(
        "kontaktcenter-cli: the command-line front end of the Kontaktcenter sync engine.\n"
        "\n"
        "Usage: kontaktcenter-cli [options] COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  login SERVER_URL USERNAME   sign in; the password is read from standard input (one line)\n"
        "  queue [--json]              the waiting contacts (fetched first; offline: those saved here)\n"
        "  accept CONTACT_ID           take a waiting contact\n"
        "  report submit FILE.json     file a report (a Report as in API.md; contactId optional, and then\n"
        "                              a contact you have accepted); queued in the outbox first\n"
        "  outbox [--json]             what waits in the outbox, and what was sent\n"
        "  sync                        send the outbox and fetch every change\n"
        "  history QUERY [--json]      case history: personnummer, case number, phone number or words\n"
        "  watch                       print events as they arrive, until Ctrl+C or SIGTERM\n"
        "  intake web-report FILE.json post a citizen's web report (as an intake user); prints the\n"
        "                              contact's id and the problems found\n"
        "  intake tip FILE.json        post a tip (as an intake user)\n"
        "\n"
        "Options:\n");
    for (const QCommandLineOption& o : options) {
        QStringList names;
        for (const QString& n : o.names())
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty())
            left += QStringLiteral(" <%1>").arg(o.valueName());
        text += QStringLiteral("  %1\n      %2\n").arg(left, o.description());
    }
    text += CliCommand::tr("\nExit codes:\n"
                           "  0  done\n"
                           "  1  refused, or an item needs attention\n"
                           "  2  wrong command line or bad input\n"
                           "  3  not signed in, or the session expired (run login again)\n"
                           "  4  offline: the server could not be reached; queued work is kept\n");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontaktcenter-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("kontaktcenter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION_STRING));
    const QString language = languageOf(app.arguments());
    if (language != QLatin1String("sv") && language != QLatin1String("en")) {
        kc::installTranslations(QStringLiteral("sv"));
        err() << CliCommand::tr("--lang must be sv or en, not \"%1\"").arg(language) << Qt::endl;
        return Usage;
    }
    kc::installTranslations(language);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliCommand::tr("Show this help and exit."));
    QCommandLineOption version(QStringLiteral("version"), CliCommand::tr("Print the version and exit."));
    QCommandLineOption lang(QStringLiteral("lang"),
                            CliCommand::tr("Language of the messages: sv (default) or en; also KC_LANG."),
                            QStringLiteral("sv|en"), QStringLiteral("sv"));
    QCommandLineOption dataDir(
        QStringLiteral("data-dir"), CliCommand::tr("Where the local store lives (default: the user's data directory)."),
        CliCommand::tr("dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QCommandLineOption json(QStringLiteral("json"),
                            CliCommand::tr("Machine-readable output (queue, outbox, history)."));
    QCommandLineOption caFile(QStringLiteral("ca-file"), CliCommand::tr("Trust only this CA (PEM) for HTTPS."),
                              CliCommand::tr("file"));
    QCommandLineOption allowPlain(QStringLiteral("allow-plain-http"),
                                  CliCommand::tr("Allow http:// to other hosts than this one."));
    const QList<QCommandLineOption> options{help, version, lang, dataDir, json, caFile, allowPlain};
    parser.addOptions(options);
    if (!parser.parse(app.arguments())) {
        const QStringList unknown = parser.unknownOptionNames();
        err() << (unknown.isEmpty()
                      ? parser.errorText()
                      : CliCommand::tr("unknown option %1; see --help").arg(QStringLiteral("--") + unknown.first()))
              << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        out() << helpText(options);
        out().flush();
        return Done;
    }
    if (parser.isSet(version)) {
        out() << "kontaktcenter-cli " << KC_VERSION_STRING << Qt::endl;
        return Done;
    }
    const QStringList args = parser.positionalArguments();
    auto usage = [](const QString& why) {
        err() << why << Qt::endl << CliCommand::tr("See: kontaktcenter-cli --help") << Qt::endl;
        return int(Usage);
    };
    if (args.isEmpty())
        return usage(CliCommand::tr("No command given."));

    QNetworkAccessManager nam;
    Cli cli(parser.value(dataDir), parser.isSet(json), &nam);
    cli.client().setAllowPlainHttp(parser.isSet(allowPlain));
    if (parser.isSet(caFile))
        if (auto ok = cli.client().setCaFile(parser.value(caFile)); !ok) {
            err() << QStringLiteral("--ca-file: ") << ok.error().message << Qt::endl;
            return Usage;
        }

    const QString command = args.first();
    if (command == QLatin1String("login")) {
        if (args.size() != 3)
            return usage(CliCommand::tr("login needs SERVER_URL and USERNAME; the password comes on standard input."));
        QTimer::singleShot(0, &cli, [&] { cli.login(args[1], args[2]); });
        return app.exec();
    }
    const QStringList known{QStringLiteral("queue"),  QStringLiteral("accept"), QStringLiteral("report"),
                            QStringLiteral("outbox"), QStringLiteral("sync"),   QStringLiteral("history"),
                            QStringLiteral("watch"),  QStringLiteral("intake")};
    if (!known.contains(command))
        return usage(CliCommand::tr("Unknown command: %1.").arg(command));
    if (command == QLatin1String("accept") && args.size() != 2)
        return usage(CliCommand::tr("accept needs one CONTACT_ID."));
    if (command == QLatin1String("history") && args.size() != 2)
        return usage(CliCommand::tr("history needs one QUERY (quote words: history \"olaga hot\")."));
    if (command == QLatin1String("report") && (args.size() != 3 || args[1] != QLatin1String("submit")))
        return usage(CliCommand::tr("report needs: report submit FILE.json"));
    if (command == QLatin1String("intake") &&
        (args.size() != 3 || (args[1] != QLatin1String("web-report") && args[1] != QLatin1String("tip"))))
        return usage(CliCommand::tr("intake needs: intake web-report FILE.json or intake tip FILE.json"));
    if (command != QLatin1String("accept") && command != QLatin1String("history") &&
        command != QLatin1String("report") && command != QLatin1String("intake") && args.size() != 1)
        return usage(CliCommand::tr("%1 takes no arguments.").arg(command));
    if (const int opened = cli.openCurrent(); opened != Done)
        return opened;

    if (command == QLatin1String("watch") && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &cli, &Cli::stop);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    QTimer::singleShot(0, &cli, [&] {
        if (command == QLatin1String("queue"))
            cli.queue();
        else if (command == QLatin1String("accept"))
            cli.accept(args[1]);
        else if (command == QLatin1String("report"))
            cli.submitReport(args[2]);
        else if (command == QLatin1String("outbox"))
            cli.outbox();
        else if (command == QLatin1String("sync"))
            cli.sync();
        else if (command == QLatin1String("history"))
            cli.history(args[1]);
        else if (command == QLatin1String("watch"))
            cli.watch();
        else if (command == QLatin1String("intake"))
            cli.intake(args[1], args[2]);
    });
    return app.exec();
}

#include "main.moc"
