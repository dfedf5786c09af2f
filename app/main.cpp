// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The composition root of the workstation: command line, language, and the wiring of the real
// parts (sign-in is SignInFlow's). Nothing else in the tree creates application-wide objects.
#include "app/benchhook.h"
#include "app/demoenvironment.h"
#include "app/demotraffic.h"
#include "app/desktopnotifier.h"
#include "app/keychainsecretstore.h"
#include "app/signinflow.h"
#include "app/trainingdesk.h"
#include "app/trainingfence.h"
#include "app/workstation.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "core/version.h"
#include "ui/keynames.h"
#include "ui/mainwindow.h"
#include "ui/rolepicker.h"
#include "ui/shortcuthelp.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <QEvent>
#include <functional>
#include <initializer_list>

#include <cstdio>
#include <cstring>

namespace {

// Runs `work` once, after `window` has painted for the first time.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget* window, std::function<void()> work)
        : QObject(window)
        , m_work(std::move(work))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_work) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                auto work = std::move(m_work);
                m_work = nullptr;
                work();
            });
        }
        return false;
    }

private:
    std::function<void()> m_work;
};

void afterFirstPaint(QWidget* window, std::function<void()> work)
{
    new AfterFirstPaint(window, std::move(work));
}

// The rows of the F1 overlay for keys that belong to a widget rather than to a window action, with
// key names in the UI's language (ui/keynames.h) and the step of the work they belong to. The
// form's Alt+1…9 list themselves while a report is open.
void addStaticHelpRows(kc::ShortcutHelp& help)
{
    using Step = kc::ShortcutHelp::Step;
    using Scope = kc::ShortcutHelp::Scope;
    help.addStaticRow(kc::keyText(QKeySequence(Qt::Key_Return)),
                      QCoreApplication::translate("main", "Accept the selected contact (in the queue)"),
                      Step::TakeContact);
    help.addStaticRow(kc::keyText(QKeySequence(Qt::Key_Insert)) + QStringLiteral(" / ") +
                          kc::keyText(QKeySequence(Qt::CTRL | Qt::Key_Delete)),
                      QCoreApplication::translate("main", "Add / remove a row (stolen goods table)"), Step::FillReport,
                      Scope::Report);
    help.addStaticRow(kc::keyText(QKeySequence(Qt::Key_Tab)) + QStringLiteral(" / ") +
                          kc::keyText(QKeySequence(Qt::SHIFT | Qt::Key_Tab)),
                      QCoreApplication::translate("main", "Next / previous field"));
}

void showFailure(QWidget& window, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Critical, window.windowTitle(), message, QMessageBox::Close, &window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Quitting signs out first (DELETE /session), so the token is worthless after the program; a
// server that does not answer keeps it at most a few seconds.
void signOutBeforeQuitting(QApplication& app, const kc::SignInFlow& flow)
{
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&flow] {
        if (!flow.isSignedIn()) {
            QCoreApplication::quit();
            return;
        }
        QObject::connect(flow.workstation(), &kc::Workstation::signedOut, qApp, &QCoreApplication::quit);
        QTimer::singleShot(std::chrono::seconds(3), qApp, &QCoreApplication::quit);
        flow.workstation()->signOut();
    });
}

// --- The command line before any GUI exists -------------------------------------------------
// --help, --version and mistakes on the command line are answered without a display: a
// QApplication without one aborts. Only a QCoreApplication is made for them (for translations).

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("kontaktcenter"));
    QCoreApplication::setOrganizationName(QStringLiteral("Polisen"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("polisen.se"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION_STRING));
}

bool hasArgument(int argc, char* argv[], std::initializer_list<const char*> names)
{
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i)
        for (const char* name : names)
            if (std::strcmp(argv[i], name) == 0)
                return true;
    return false;
}

// The value of --lang CODE or --lang=CODE, or an empty string.
QString languageArgument(int argc, char* argv[])
{
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return {};
}

// Swedish unless the user chose otherwise: the option, then the saved setting. Needs the
// application's names (QSettings).
QString chosenLanguage(const QString& fromArguments)
{
    if (!fromArguments.isEmpty())
        return fromArguments;
    return QSettings().value(QStringLiteral("ui/language"), QString::fromLatin1(kc::DefaultLanguage)).toString();
}

QString helpText()
{
    return QCoreApplication::translate(
        "main", "Usage: kontaktcenter [options]\n"
                "\n"
                "The workstation of the Swedish Police contact centre: take incoming contacts and file\n"
                "police reports. Without options it asks you to sign in (server address, username,\n"
                "password).\n"
                "\n"
                "Options:\n"
                "  --demo          Training mode (ÖVNINGSLÄGE): a built-in server with made-up data,\n"
                "                  signed in at once after choosing a role. Nothing reaches a real server.\n"
                "  --role ROLE     With --demo: agent, supervisor, trainer or area (Polisområde\n"
                "                  Skaraborg's desk), instead of the role picker.\n"
                "  --server URL    With --demo: join a classroom's training server\n"
                "                  (kontaktcenter-server --demo) and sign in as ovning1…ovning12.\n"
                "  --lang CODE     Language of the user interface: sv (default) or en.\n"
                "  -h, --help      Show this help and exit.\n"
                "  --version       Show the version and exit.\n"
                "\n"
                "Qt's own options (for example -platform offscreen, -style Fusion) are accepted too.\n"
                "\n"
                "Files:\n"
                "  ~/.config/Polisen/kontaktcenter.conf     settings (server address, username,\n"
                "                                           language, queue columns); never a password\n"
                "  ~/.local/share/Polisen/kontaktcenter/    the local store: drafts and the outbox\n"
                "The session token is kept in the desktop's keyring, never in a file.\n");
}

// Prints `text` to stdout or stderr in the terminal's encoding.
void print(std::FILE* to, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
}

// The command line's answer when no window is needed: 0 or 2 to exit with, or -1 to go on.
int answerWithoutGui(int argc, char* argv[])
{
    if (hasArgument(argc, argv, {"--version", "-v"})) {
        std::printf("kontaktcenter %s\n", KC_VERSION_STRING);
        return 0;
    }
    const bool help = hasArgument(argc, argv, {"--help", "-h", "-?", "--help-all"});
    const bool platformChosen = hasArgument(argc, argv, {"-platform"}) || qEnvironmentVariableIsSet("DISPLAY") ||
                                qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
                                qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if (!help && platformChosen)
        return -1;
    QCoreApplication core(argc, argv);
    setApplicationNames();
    kc::installTranslations(chosenLanguage(languageArgument(argc, argv)));
    if (help) {
        print(stdout, helpText());
        return 0;
    }
    print(stderr, QCoreApplication::translate("main", "kontaktcenter: no display to show the window on (DISPLAY and "
                                                      "WAYLAND_DISPLAY are empty). Start it in a desktop session, "
                                                      "or see --help.\n"));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (const int answered = answerWithoutGui(argc, argv); answered >= 0)
        return answered;

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Kontaktcenter"));
    QApplication::setDesktopFileName(QStringLiteral("se.polisen.kontaktcenter"));

    QCommandLineParser parser;
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Start in training mode (ÖVNINGSLÄGE)."));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: sv (default) or en."),
                            QStringLiteral("code"));
    QCommandLineOption roleOption(QStringLiteral("role"),
                                  QStringLiteral("Demo role: agent, supervisor, trainer or area."),
                                  QStringLiteral("role"));
    QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Demo: a classroom's training server."),
                                    QStringLiteral("url"));
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addOption(roleOption);
    parser.addOption(serverOption);
    const bool parsed = parser.parse(QApplication::arguments());
    const QString language = chosenLanguage(parser.value(lang));
    if (!kc::installTranslations(language))
        qWarning("No translation for language '%s'; showing English.", qPrintable(language));
    if (!parsed || !parser.positionalArguments().isEmpty()) {
        // Our own words: Qt's parser messages have no Swedish catalogue on Debian.
        const QString mistake =
            !parser.unknownOptionNames().isEmpty()
                ? QCoreApplication::translate("main", "unknown option '%1'")
                      .arg((parser.unknownOptionNames().constFirst().size() == 1 ? QStringLiteral("-")
                                                                                 : QStringLiteral("--")) +
                           parser.unknownOptionNames().constFirst())
            : !parsed ? QCoreApplication::translate("main", "--lang, --role and --server each need a value")
                      : QCoreApplication::translate("main", "unexpected argument '%1'")
                            .arg(parser.positionalArguments().constFirst());
        print(stderr,
              QCoreApplication::translate("main", "kontaktcenter: %1\nSee: kontaktcenter --help\n").arg(mistake));
        return 2;
    }

    // Training mode's choices: who to practise as, and where (built in, or a classroom's server).
    const bool training = parser.isSet(demo);
    std::optional<kc::Role> demoRole;
    if (parser.isSet(roleOption)) {
        const QString r = parser.value(roleOption);
        if (r == u"agent")
            demoRole = kc::Role::Agent;
        else if (r == u"supervisor")
            demoRole = kc::Role::Supervisor;
        else if (r == u"trainer")
            demoRole = kc::Role::Trainer;
        else if (r == u"area")
            demoRole = kc::Role::Area; // Polisområde Skaraborg's desk (issue 15)
    }
    QString optionMistake;
    if (parser.isSet(roleOption) && !demoRole)
        optionMistake = QCoreApplication::translate("main", "--role must be agent, supervisor, trainer or area");
    else if (!training && (parser.isSet(roleOption) || parser.isSet(serverOption)))
        optionMistake = QCoreApplication::translate("main", "--role and --server belong to training mode: add --demo");
    if (!optionMistake.isEmpty()) {
        print(stderr,
              QCoreApplication::translate("main", "kontaktcenter: %1\nSee: kontaktcenter --help\n").arg(optionMistake));
        return 2;
    }
    // "(övning)" in the title of every window and dialog of this process from now on.
    kc::TitleFence titleFence;
    if (training)
        app.installEventFilter(&titleFence);
    const QString classroomServer = parser.value(serverOption);
    if (training && classroomServer.isEmpty() && !demoRole) {
        kc::RolePicker picker;
        if (picker.exec() != QDialog::Accepted)
            return 0;
        demoRole = picker.chosenRole();
    }

    QSettings settings;

    kc::MainWindow window(kc::ReferenceData::builtin(), {.trainingMode = training});
    kc::ShortcutHelp help(&window);
    addStaticHelpRows(help);
    // F1 in the Hjälp menu too: a menu is where a newcomer looks for help first.
    window.helpMenu()->insertAction(window.helpMenu()->actions().value(0), help.toggleAction());
    kc::DesktopNotifier notifier;
    kc::KeychainSecretStore secrets;                      // the session token: desktop keyring or memory, never a file
    std::unique_ptr<kc::DemoEnvironment> demoEnvironment; // training mode only; outlives the flow
    std::unique_ptr<kc::DemoTraffic> demoTraffic;         // the supervisor's demo only; before the server goes
    auto* signInDialog = new kc::SignInDialog(&window);
    kc::SignInFlow flow(window, *signInDialog, settings, &notifier, &secrets); // destroyed before the window
    QObject::connect(&flow, &kc::SignInFlow::failed, &window,
                     [&window](const QString& message) { showFailure(window, message); });
    QTemporaryDir classroomData; // a classroom trainee's local store: demo data, never the real one
    if (training) {
        // Exercises: the trainer's panel, or the caller's script and the feedback for a trainee.
        QObject::connect(
            &flow, &kc::SignInFlow::signedIn, &window, [&flow, &window, &demoEnvironment, attached = false]() mutable {
                if (attached || !flow.workstation())
                    return;
                attached = true;
                // The built-in server takes trainees on this computer too: say how.
                QString join;
                if (demoEnvironment && demoEnvironment->role() == kc::Role::Trainer)
                    join =
                        QCoreApplication::translate("main", "Trainees on this computer join with: kontaktcenter --demo "
                                                            "--server %1 (user ovning1 … ovning12, password %2)")
                            .arg(demoEnvironment->serverUrl(), demoEnvironment->agentPassword());
                kc::attachTraining(*flow.workstation(), window, join);
            });
    }
    if (training && !classroomServer.isEmpty()) {
        QObject::connect(&flow, &kc::SignInFlow::abandoned, &window, &QWidget::close);
        const QString username = demoRole == kc::Role::Trainer      ? QStringLiteral("utbildare")
                                 : demoRole == kc::Role::Supervisor ? QStringLiteral("gruppchef")
                                                                    : QStringLiteral("ovning1");
        flow.startClassroom(classroomData.path(), classroomServer, username);
    } else if (training) {
        // Training: the real server in-process over a throw-away demo database, signed in at once —
        // started right after the window's first paint, so the window is there at once (the
        // database set-up and seeding take longer than everything else at start).
        afterFirstPaint(&window, [&] {
            demoEnvironment = std::make_unique<kc::DemoEnvironment>(demoRole.value_or(kc::Role::Agent));
            if (auto started = demoEnvironment->start(); !started)
                showFailure(window, QCoreApplication::translate("main", "Training mode could not start: %1")
                                        .arg(started.error().message));
            else if (auto ok = flow.startDemo(*demoEnvironment); !ok)
                showFailure(window, ok.error().message);
            else if (auto traffic = kc::startDemoTraffic(*demoEnvironment); !traffic)
                showFailure(window, QCoreApplication::translate("main", "The demo traffic could not start: %1")
                                        .arg(traffic.error().message));
            else {
                demoTraffic = std::move(traffic).value(); // the supervisor's figures move
                // The agent's demo: web reports and tips from the e-services arrive (issue 15).
                if (demoEnvironment->role() == kc::Role::Agent)
                    demoEnvironment->scheduleIntake(&window);
            }
        });
    } else {
        QObject::connect(&flow, &kc::SignInFlow::abandoned, &window, &QWidget::close);
        flow.startInteractive(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
    signOutBeforeQuitting(app, flow);
    window.show();
    kc::installFirstPaintProbe(&window); // KC_BENCH_EXIT_AFTER_PAINT=1 only: bench/bench_ui_launch
    return app.exec();
}
