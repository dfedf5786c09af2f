// The server library over real loopback HTTP: health, and the contract's error shape for
// unknown paths.
#include "core/version.h"
#include "server/apiserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using kc::server::ApiServer;

class TestHealthRoute : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    Answer get(QNetworkAccessManager& nam, quint16 port, const QString& path)
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        std::unique_ptr<QNetworkReply> reply(nam.get(req));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void health_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("production") << false;
        QTest::newRow("demo") << true;
    }

    void health()
    {
        QFETCH(bool, demo);
        ApiServer server({.databaseKind = QStringLiteral("sqlite"), .demo = demo});
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0), qPrintable(server.errorString()));
        QVERIFY(server.port() != 0);
        QNetworkAccessManager nam;
        const Answer a = get(nam, server.port(), QStringLiteral("/api/v1/health"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(u"status").toString(), QStringLiteral("ok"));
        QCOMPARE(a.body.value(u"database").toString(), QStringLiteral("sqlite"));
        QCOMPARE(a.body.value(u"version").toString(), QStringLiteral(KC_VERSION_STRING));
        QCOMPARE(a.body.value(u"demo").toBool(), demo);
    }

    void unknownPathIsContractError()
    {
        ApiServer server({});
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QNetworkAccessManager nam;
        const Answer a = get(nam, server.port(), QStringLiteral("/api/v1/nope"));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.body.value(u"error").toObject().value(u"code").toString(), QStringLiteral("not_found"));
        QVERIFY(!a.body.value(u"error").toObject().value(u"message").toString().isEmpty());
    }

    void busyPortIsReported()
    {
        ApiServer first({});
        QVERIFY(first.listen(QHostAddress::LocalHost, 0));
        ApiServer second({});
        QVERIFY(!second.listen(QHostAddress::LocalHost, first.port()));
        QVERIFY(!second.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHealthRoute)
#include "tst_healthroute.moc"
