// The composition root of the workstation: command line, language, and the wiring of the real
// parts. Nothing else in the tree creates application-wide objects.
#include "core/i18n.h"
#include "core/referencedata.h"
#include "core/version.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
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
    window.show();
    return app.exec();
}
