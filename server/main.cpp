// kontaktcenter-server: the thin executable around kc::server::ApiServer.
#include "core/i18n.h"
#include "core/version.h"
#include "server/apiserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kontaktcenter-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KC_VERSION_STRING));
    // The contract's messages for people are Swedish, whatever the server's locale.
    kc::installTranslations(QStringLiteral("sv"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Central REST service of Kontaktcenter."));
    parser.addHelpOption();
    QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8080."),
                              QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Training mode: synthetic data only."));
    QCommandLineOption allowPlain(QStringLiteral("allow-plain-http"),
                                  QStringLiteral("Serve plain HTTP on a non-loopback address."));
    parser.addOptions({version, listen, demo, allowPlain});
    parser.process(app);
    if (parser.isSet(version)) {
        std::printf("kontaktcenter-server %s\n", KC_VERSION_STRING);
        return 0;
    }

    const QString spec = parser.value(listen);
    const qsizetype colon = spec.lastIndexOf(u':');
    bool portOk = false;
    const quint16 port = colon > 0 ? spec.mid(colon + 1).toUShort(&portOk) : 0;
    const QHostAddress address(spec.left(colon).remove(u'[').remove(u']'));
    if (!portOk || address.isNull()) {
        std::fprintf(stderr, "kontaktcenter-server: --listen wants host:port, e.g. 127.0.0.1:8080\n");
        return 2;
    }
    // Personal data never crosses a network in clear text.
    if (!address.isLoopback() && !parser.isSet(allowPlain)) {
        std::fprintf(stderr, "kontaktcenter-server: plain HTTP only on loopback; use TLS or --allow-plain-http\n");
        return 2;
    }

    kc::server::ApiServer server({.databaseKind = QStringLiteral("sqlite"), .demo = parser.isSet(demo)});
    if (!server.listen(address, port)) {
        std::fprintf(stderr, "kontaktcenter-server: cannot listen on %s: %s\n", qPrintable(spec),
                     qPrintable(server.errorString()));
        return 1;
    }
    std::fprintf(stderr, "kontaktcenter-server %s listening on %s:%u\n", KC_VERSION_STRING,
                 qPrintable(address.toString()), unsigned(server.port()));
    return app.exec();
}
