// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// RestClient against scripted servers (FakeHttpServer): the token never follows a redirect to
// another origin; a redirect within the server is followed; which answers are worth a retry.
#include "core/i18n.h"
#include "fakehttpserver.h"
#include "sync/restclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace kc;
using namespace kc::sync;
using namespace kc::test;
using namespace Qt::StringLiterals;

namespace {

// Runs one job, just started, to its end; the job stays owned by the client.
ApiJob* finish(ApiJob* job)
{
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(10000))
        return nullptr;
    return job;
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(u"sv"_s));
    }

    void redirectToAnotherOriginIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void redirectToAnotherOriginIsNotFollowed()
    {
        QFETCH(int, status);
        // GIVEN a server that sends every request on to another origin (another port)
        FakeHttpServer elsewhere([](const FakeRequest&) { return FakeAnswer::json(200, {{u"id"_s, u"x"_s}}); });
        QVERIFY(elsewhere.listen());
        FakeHttpServer server([&](const FakeRequest& r) {
            return FakeAnswer{status, {{"Location", elsewhere.url().toLatin1() + r.url.toEncoded()}}, {}};
        });
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        RestClient client(&nam);
        QVERIFY(client.setServer(server.url()));
        client.setToken(u"hemlig-token"_s);
        // WHEN the client asks, by GET and by POST
        // (one after the other: a job must not finish before its spy is there)
        for (const bool post : {false, true}) {
            ApiJob* job =
                finish(post ? client.post(u"/reports"_s, {{u"narrative"_s, u"x"_s}}, {{"Idempotency-Key", "k"}})
                            : client.get(u"/me"_s));
            QVERIFY(job);
            // THEN the other origin never sees the request (nor the token), and the answer is a
            // transient error that says why
            QCOMPARE(job->outcome(), ApiJob::Outcome::NetworkError);
            QCOMPARE(job->errorCode(), u"redirect"_s);
            QVERIFY(job->isTransient());
            QVERIFY(job->errorText().contains(u"annan adress"_s));
        }
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests.first().header("Authorization"), QByteArray("Bearer hemlig-token"));
        QVERIFY(elsewhere.requests.isEmpty());
    }

    void redirectWithinTheServerIsFollowed()
    {
        // GIVEN a server that moved /me (same scheme, host and port)
        FakeHttpServer server;
        server.setHandler([&](const FakeRequest& r) {
            if (r.path() == u"/api/v1/me"_s)
                return FakeAnswer{302, {{"Location", server.url().toLatin1() + "/api/v1/me2"}}, {}};
            return FakeAnswer::json(200, {{u"id"_s, u"u1"_s}});
        });
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        RestClient client(&nam);
        QVERIFY(client.setServer(server.url()));
        client.setToken(u"hemlig-token"_s);
        ApiJob* job = finish(client.get(u"/me"_s));
        QVERIFY(job);
        QCOMPARE(job->outcome(), ApiJob::Outcome::Ok);
        QCOMPARE(job->json().value(u"id"_s).toString(), u"u1"_s);
        QCOMPARE(server.requests.size(), 2);
    }

    void whichAnswersAreTransient_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("transient");
        QTest::newRow("409 in use") << 409 << u"idempotency_key_in_use"_s << true;
        QTest::newRow("409 conflict") << 409 << u"conflict"_s << false;
        QTest::newRow("409 already assigned") << 409 << u"already_assigned"_s << false;
        QTest::newRow("422") << 422 << u"validation_failed"_s << false;
        QTest::newRow("500") << 500 << u"internal"_s << true;
        QTest::newRow("503") << 503 << u"unavailable"_s << true;
    }

    void whichAnswersAreTransient()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, transient);
        FakeHttpServer server([&](const FakeRequest&) { return FakeAnswer::error(status, code, u"Något."_s); });
        QVERIFY(server.listen());
        QNetworkAccessManager nam;
        RestClient client(&nam);
        QVERIFY(client.setServer(server.url()));
        ApiJob* job = finish(client.post(u"/reports"_s, {}, {{"Idempotency-Key", "k"}}));
        QVERIFY(job);
        QCOMPARE(job->status(), status);
        QCOMPARE(job->errorCode(), code);
        QCOMPARE(job->isTransient(), transient);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
