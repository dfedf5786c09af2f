// The composition root of the workstation: command line, language, and the wiring of the real
// parts. Nothing else in the tree creates application-wide objects.
#include "app/demoenvironment.h"
#include "app/workstation.h"
#include "core/i18n.h"
#include "core/referencedata.h"
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <cstring>

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
    std::unique_ptr<kc::DemoEnvironment> demoEnvironment;
    std::unique_ptr<kc::Workstation> workstation;
    if (parser.isSet(demo)) {
        // Training: the real server in-process over a throw-away demo database, signed in at once.
        demoEnvironment = std::make_unique<kc::DemoEnvironment>();
        if (auto started = demoEnvironment->start(); !started) {
            qCritical("Demo mode could not start: %s", qPrintable(started.error().message));
            return 1;
        }
        workstation = std::make_unique<kc::Workstation>(window);
        QObject::connect(workstation.get(), &kc::Workstation::failed, &window, [&window](const QString& message) {
            auto* box =
                new QMessageBox(QMessageBox::Critical, window.windowTitle(), message, QMessageBox::Close, &window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        if (auto ok = workstation->start(demoEnvironment->dataDirectory(), demoEnvironment->serverUrl(),
                                         demoEnvironment->agentUsername(), demoEnvironment->agentPassword());
            !ok) {
            qCritical("Demo mode could not sign in: %s", qPrintable(ok.error().message));
            return 1;
        }
    }
    window.show();
    const int code = app.exec();
    workstation.reset(); // before the window and the server it talks to
    return code;
}
