// The composition root of the workstation: command line, language, and the wiring of the real
// parts (sign-in is SignInFlow's). Nothing else in the tree creates application-wide objects.
#include "app/benchhook.h"
#include "app/demoenvironment.h"
#include "app/desktopnotifier.h"
#include "app/keychainsecretstore.h"
#include "app/signinflow.h"
#include "app/workstation.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "core/version.h"
#include "ui/mainwindow.h"
#include "ui/shortcuthelp.h"
#include "ui/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <QEvent>
#include <functional>

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

// The rows of the F1 overlay for keys that belong to a widget rather than to a window action.
void addStaticHelpRows(kc::ShortcutHelp& help)
{
    help.addStaticRow(QCoreApplication::translate("main", "Enter"),
                      QCoreApplication::translate("main", "Accept the selected contact (in the queue)"));
    help.addStaticRow(QCoreApplication::translate("main", "Alt+1 … Alt+9"),
                      QCoreApplication::translate("main", "Go to a section of the report form"));
    help.addStaticRow(QCoreApplication::translate("main", "Insert / Ctrl+Delete"),
                      QCoreApplication::translate("main", "Add / remove a row (stolen goods table)"));
    help.addStaticRow(QCoreApplication::translate("main", "Tab / Shift+Tab"),
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

} // namespace

int main(int argc, char* argv[])
{
    // --version must work without a display (scripts, packaging checks).
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("kontaktcenter %s\n", KC_VERSION_STRING);
            return 0;
        }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kontaktcenter"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kontaktcenter"));
    QApplication::setOrganizationName(QStringLiteral("Polisen"));
    QApplication::setOrganizationDomain(QStringLiteral("polisen.se"));
    QApplication::setApplicationVersion(QStringLiteral(KC_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("se.polisen.kontaktcenter"));

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Start in training mode (ÖVNINGSLÄGE)."));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: sv (default) or en."),
                            QStringLiteral("code"));
    parser.addOption(demo);
    parser.addOption(lang);
    parser.addVersionOption();
    parser.process(app);

    // Swedish unless the user chose otherwise (option, then saved setting).
    QSettings settings;
    const QString language =
        parser.isSet(lang)
            ? parser.value(lang)
            : settings.value(QStringLiteral("ui/language"), QString::fromLatin1(kc::DefaultLanguage)).toString();
    if (!kc::installTranslations(language))
        qWarning("No translation for language '%s'; showing English.", qPrintable(language));

    kc::MainWindow window(kc::ReferenceData::builtin(), {.trainingMode = parser.isSet(demo)});
    kc::ShortcutHelp help(&window);
    addStaticHelpRows(help);
    kc::DesktopNotifier notifier;
    kc::KeychainSecretStore secrets;                      // the session token: desktop keyring or memory, never a file
    std::unique_ptr<kc::DemoEnvironment> demoEnvironment; // training mode only; outlives the flow
    auto* signInDialog = new kc::SignInDialog(&window);
    kc::SignInFlow flow(window, *signInDialog, settings, &notifier, &secrets); // destroyed before the window
    QObject::connect(&flow, &kc::SignInFlow::failed, &window,
                     [&window](const QString& message) { showFailure(window, message); });
    if (parser.isSet(demo)) {
        // Training: the real server in-process over a throw-away demo database, signed in at once —
        // started right after the window's first paint, so the window is there at once (the
        // database set-up and seeding take longer than everything else at start).
        afterFirstPaint(&window, [&] {
            demoEnvironment = std::make_unique<kc::DemoEnvironment>();
            if (auto started = demoEnvironment->start(); !started)
                showFailure(window, QCoreApplication::translate("main", "Training mode could not start: %1")
                                        .arg(started.error().message));
            else if (auto ok = flow.startDemo(*demoEnvironment); !ok)
                showFailure(window, ok.error().message);
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
