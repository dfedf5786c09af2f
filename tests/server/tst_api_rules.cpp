// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The rules of the REST contract (../shared/API.md) that hold across routes, over real loopback
// HTTP and against both databases: who may call what (role × route, and without or with a bad
// token), every error code of the contract with its status and a Swedish message, personnummer
// validation on Skatteverket's test numbers, the audit trail (and that the database keeps it
// append-only), token expiry and sign-out, and that the request log carries no personal data.
//
// Every row starts its own TestServer over an empty database. Error messages are collected while a
// row runs and checked for Swedish in cleanup(), so that an untranslated message is reported
// together with every other one and does not hide the status and code checks after it.
#include "apiclient.h"
#include "core/i18n.h"
#include "server/apiserver.h"
#include "server/database.h"
#include "server/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;
using kc::test::Answer;
using kc::test::Client;
using kc::test::TestServer;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// ---- databases for tables of database × case --------------------------------------------------------

const char* const databases[] = {"sqlite", "postgresql"};

// kc::test::addDatabaseRows() adds its own two rows; tables that multiply the databases with cases
// use this instead: the column "databaseUrl", failing the data function without the fixture.
bool addDatabaseColumn()
{
    QTest::addColumn<QString>("databaseUrl");
    if (!kc::test::postgresUrl().isEmpty())
        return true;
    QTest::qFail("KC_TEST_PG_STATE has no PostgreSQL URL: run this test through ctest (fixture 'postgres')", __FILE__,
                 __LINE__);
    return false;
}

// The URL for one row: a new SQLite file for each row (every row starts from an empty database), or
// the fixture's PostgreSQL, which TestServer::start() empties.
QString rowDatabaseUrl(const char* database)
{
    static QTemporaryDir dir;
    static int serial = 0;
    if (qstrcmp(database, "postgresql") == 0)
        return kc::test::postgresUrl();
    return u"sqlite:"_s + dir.filePath(QStringLiteral("rules-%1.sqlite").arg(++serial));
}

// ---- the contract's route table ---------------------------------------------------------------------

enum RoleBits : unsigned {
    Public = 0,
    Agent = 1U << 0,
    Supervisor = 1U << 1,
    Trainer = 1U << 2,
    Intake = 1U << 3,
    Area = 1U << 4, // a police area's receiving desk (issue 15): handoffs only
    Everyone = Agent | Supervisor | Trainer | Intake | Area,
};

struct RoleUser
{
    unsigned role;
    const char* name;
    const char* user; // a user of TestServer with that role
};

const RoleUser roleUsers[] = {
    {Agent, "agent", "anna"},     {Supervisor, "supervisor", "sara"},
    {Trainer, "trainer", "tore"}, {Intake, "intake", "ida"},
    {Area, "area", "olle"},
};

// API.md's endpoint table: who may call each route, and what a permitted caller gets for the
// request sampleRequest() makes of it (the paths carry an unknown id, hence the 404s).
struct ContractRoute
{
    const char* method;
    const char* path;         // template, as ApiServer::routes() lists it
    unsigned allowed;         // Public, or the roles that may call it
    int permittedStatus;      // 0: not tried (an event stream never finishes)
    unsigned demoAllowed = 0; // roles that may call it on a demo server only (synthetic callers)
};

const ContractRoute contractRoutes[] = {
    {"GET", "/health", Public, 200},
    {"POST", "/session", Public, 201},
    {"DELETE", "/session", Everyone, 204},
    {"GET", "/me", Everyone, 200},
    {"GET", "/agents/me/state", Agent, 200},
    {"PUT", "/agents/me/state", Agent, 200},
    {"POST", "/contacts", Intake | Supervisor, 201, Trainer},
    {"GET", "/contacts", Agent | Supervisor, 200},
    {"GET", "/contacts/{id}", Agent | Supervisor, 404},
    {"POST", "/contacts/{id}/accept", Agent, 404},
    {"POST", "/contacts/{id}/complete", Agent, 404},
    {"POST", "/contacts/{id}/abandon", Intake, 404, Trainer},
    {"POST", "/reports", Agent, 201},
    {"POST", "/reports/batch", Agent, 200},
    {"GET", "/reports/{id}", Agent | Supervisor, 404},
    {"PATCH", "/reports/{id}", Agent | Supervisor, 404},
    {"POST", "/reports/{id}/supplements", Agent, 404},
    {"GET", "/cases", Agent | Supervisor, 200},
    {"GET", "/changes", Everyone, 200},
    {"GET", "/events", Everyone, 0},
    {"GET", "/queues", Everyone, 200},
    {"GET", "/queues/stats", Supervisor | Trainer, 200},
    {"GET", "/agents", Supervisor, 200, Trainer},
    {"PATCH", "/contacts/{id}", Supervisor, 404},
    {"POST", "/contacts/{id}/handover", Agent, 404},
    {"GET", "/contacts/{id}/handover", Agent | Supervisor, 404},
    {"POST", "/contacts/{id}/release", Supervisor, 404},
    {"GET", "/queues/{queue}/thresholds", Supervisor, 200},
    {"PUT", "/queues/{queue}/thresholds", Supervisor, 200},
    {"GET", "/alerts", Supervisor, 200, Trainer},
    {"GET", "/queues/stats/intervals", Supervisor, 200, Trainer},
    {"GET", "/audit", Supervisor, 200},
    {"GET", "/reference/offence-types", Everyone, 200},
    {"GET", "/reference/municipalities", Everyone, 200},
    // the knowledge base (issue 14): everyone reads, supervisors edit
    {"GET", "/knowledge", Everyone, 200},
    {"POST", "/knowledge", Supervisor, 201},
    {"GET", "/knowledge/stats", Supervisor, 200},
    {"GET", "/knowledge/{id}", Everyone, 404},
    {"PATCH", "/knowledge/{id}", Supervisor, 404},
    {"GET", "/knowledge/{id}/history", Everyone, 404},
    // Training: only a trainer, and only on a demo server (404 on this production one).
    {"GET", "/training/scenarios", Trainer, 404},
    {"POST", "/training/runs", Trainer, 404},
    {"GET", "/training/runs/{id}", Trainer, 404},
    {"POST", "/training/runs/{id}/pause", Trainer, 404},
    {"POST", "/training/runs/{id}/resume", Trainer, 404},
    {"POST", "/training/runs/{id}/reset", Trainer, 404},
    {"PUT", "/training/runs/{id}/speed", Trainer, 404},
    {"POST", "/training/runs/{id}/contacts", Trainer, 404},
    {"GET", "/training/contacts/{id}", Agent, 404},
    // Intake and hand-off (issue 15).
    {"POST", "/intake/web-reports", Intake, 201},
    {"POST", "/intake/tips", Intake, 201},
    {"GET", "/handoffs", Area, 200},
    {"POST", "/handoffs/{reportId}/ack", Area, 404},
};

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Request
{
    QByteArray method;
    QString path;
    QByteArray body;
    Headers headers;
};

// A request that passes every check before the role check (a JSON object where a body is read, the
// headers a route insists on), so that only who asks decides the answer.
Request sampleRequest(const QByteArray& method, const QByteArray& route)
{
    Request r{method,
              QString::fromLatin1(route)
                  .replace(u"{id}"_s, u"x-unknown"_s)
                  .replace(u"{reportId}"_s, u"x-unknown"_s)
                  .replace(u"{queue}"_s, u"anmalan"_s),
              {},
              {}};
    const QByteArray key = method + ' ' + route;
    if (key == "POST /session") {
        r.body = compact({{u"username"_s, u"anna"_s}, {u"password"_s, kc::test::testPassword}});
    } else if (key == "PUT /agents/me/state") {
        r.body = compact({{u"state"_s, u"ready"_s}});
    } else if (key == "POST /contacts") {
        r.body = compact(kc::test::contactBody());
    } else if (key == "POST /contacts/{id}/complete") {
        r.body = compact({{u"disposition"_s, u"advice_given"_s}});
    } else if (key == "POST /reports") {
        r.body = compact(kc::test::reportBody());
        r.headers.append({"Idempotency-Key"_ba, newKey()});
    } else if (key == "POST /reports/batch") {
        r.body = compact({{u"items"_s, QJsonArray{QJsonObject{{u"idempotencyKey"_s, QString::fromLatin1(newKey())},
                                                              {u"report"_s, kc::test::reportBody()}}}}});
    } else if (key == "PATCH /reports/{id}") {
        r.body = compact({{u"narrative"_s, u"Ändrad händelsebeskrivning."_s}});
        r.headers.append({"If-Match"_ba, "\"1\""_ba});
    } else if (key == "POST /reports/{id}/supplements") {
        r.body = compact({{u"text"_s, u"Cykeln hade en röd korg."_s}});
    } else if (key == "POST /knowledge") {
        r.body = compact({{u"title"_s, u"Hittegods"_s}, {u"summary"_s, u"Lämna det på en polisstation."_s}});
    } else if (key == "PATCH /knowledge/{id}") {
        r.body = compact({{u"summary"_s, u"Ny kort text."_s}});
        r.headers.append({"If-Match"_ba, "\"1\""_ba});
    } else if (key == "POST /training/runs") {
        r.body = compact({{u"scenarioId"_s, u"cykelstold-skara"_s}});
    } else if (key == "PUT /training/runs/{id}/speed") {
        r.body = compact({{u"speed"_s, 2}});
    } else if (key == "POST /training/runs/{id}/contacts") {
        r.body = compact(kc::test::contactBody());
    } else if (key == "PATCH /contacts/{id}") {
        r.body = compact({{u"priority"_s, 1}});
        r.headers.append({"If-Match"_ba, "\"1\""_ba});
    } else if (key == "POST /contacts/{id}/handover") {
        r.body = compact({{u"note"_s, u"Inringaren väntar på svar."_s}, {u"draft"_s, QJsonObject()}});
    } else if (key == "PUT /queues/{queue}/thresholds") {
        r.body = compact({{u"waiting"_s, 5}});
    } else if (key == "POST /intake/web-reports") {
        r.body = compact({{u"externalId"_s, QString::fromLatin1(newKey())},
                          {u"category"_s, u"Cykelstöld"_s},
                          {u"reporter"_s, QJsonObject{{u"name"_s, u"Test Testsson"_s}}},
                          {u"report"_s, QJsonObject{{u"narrative"_s, u"Cykeln är borta."_s}}}});
    } else if (key == "POST /intake/tips") {
        r.body = compact({{u"externalId"_s, QString::fromLatin1(newKey())},
                          {u"what"_s, u"En bil står övergiven vid stationen."_s},
                          {u"anonymous"_s, true}});
    } else if (key == "GET /cases") {
        r.path += u"?personnummer=200001012384"_s;
    }
    return r;
}

// ---- answers and their messages ---------------------------------------------------------------------

QByteArray describe(const Answer& a)
{
    return "status " + QByteArray::number(a.status) + ", body " + a.raw.left(600);
}

// Swedish, not English: at least one Swedish letter or function word, and no English one. A
// heuristic, but error messages are short sentences and either language shows in them at once.
bool looksSwedish(const QString& text)
{
    static const QSet<QString> english = {
        u"the"_s,  u"is"_s,    u"are"_s,     u"was"_s,    u"your"_s,   u"you"_s,    u"this"_s,  u"must"_s,
        u"of"_s,   u"with"_s,  u"has"_s,     u"have"_s,   u"may"_s,    u"please"_s, u"again"_s, u"first"_s,
        u"not"_s,  u"such"_s,  u"too"_s,     u"many"_s,   u"wrong"_s,  u"cannot"_s, u"there"_s, u"could"_s,
        u"what"_s, u"which"_s, u"already"_s, u"still"_s,  u"that"_s,   u"to"_s,     u"or"_s,    u"and"_s,
        u"sign"_s, u"send"_s,  u"some"_s,    u"larger"_s, u"expired"_s};
    static const QSet<QString> swedish = {
        u"och"_s,    u"inte"_s,  u"att"_s,  u"det"_s,    u"den"_s,  u"som"_s,  u"ska"_s,    u"kan"_s,
        u"finns"_s,  u"har"_s,   u"ett"_s,  u"en"_s,     u"med"_s,  u"till"_s, u"eller"_s,  u"igen"_s,
        u"saknas"_s, u"din"_s,   u"ditt"_s, u"du"_s,     u"fel"_s,  u"vara"_s, u"redan"_s,  u"ingen"_s,
        u"inga"_s,   u"logga"_s, u"fler"_s, u"skicka"_s, u"ange"_s, u"välj"_s, u"ogiltig"_s};
    static const QRegularExpression wordPattern(u"\\p{L}+"_s);
    static const QRegularExpression swedishLetter(u"[åäöÅÄÖ]"_s);
    bool swedishSeen = text.contains(swedishLetter);
    for (auto it = wordPattern.globalMatch(text); it.hasNext();) {
        const QString word = it.next().captured().toLower();
        if (english.contains(word))
            return false;
        if (swedish.contains(word))
            swedishSeen = true;
    }
    return swedishSeen;
}

// A server message as the installed translator renders it: the test follows the catalogue's
// wording instead of repeating it.
QString translated(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

// ---- the request log --------------------------------------------------------------------------------

QMutex logMutex;
QStringList* logLines = nullptr;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    if (logLines)
        logLines->append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
}

// Every message while it lives (our categories down to debug); the previous handler after.
class LogCapture
{
public:
    LogCapture()
    {
        {
            const QMutexLocker lock(&logMutex);
            logLines = &m_lines;
        }
        QLoggingCategory::setFilterRules(u"kc.*.debug=true"_s);
        m_previous = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        const QMutexLocker lock(&logMutex);
        logLines = nullptr;
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList lines() const
    {
        const QMutexLocker lock(&logMutex);
        return m_lines;
    }

private:
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

bool hasAuditEntry(const QJsonArray& items, const QString& action, const QString& user, const QString& resource)
{
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(u"action").toString() == action && o.value(u"user").toString() == user &&
            o.value(u"resource").toString() == resource)
            return true;
    }
    return false;
}

QSet<QString> auditActions(const QJsonArray& items)
{
    QSet<QString> actions;
    for (const QJsonValue& v : items)
        actions.insert(v.toObject().value(u"action").toString());
    return actions;
}

QString percentEncoded(const QString& s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

// An error answer as API.md shapes it: the status, error.code and a message (noted for the Swedish
// check in cleanup(), with the messages of error.fields).
#define KC_EXPECT_ERROR(answerExpr, expectedStatus_, expectedCode_)                                                    \
    do {                                                                                                               \
        const Answer& answer_ = (answerExpr);                                                                          \
        QVERIFY2(answer_.status == (expectedStatus_), describe(answer_).constData());                                  \
        QVERIFY2(answer_.errorCode() == QLatin1String(expectedCode_), describe(answer_).constData());                  \
        QVERIFY2(!answer_.errorMessage().trimmed().isEmpty(), describe(answer_).constData());                          \
        noteMessages(answer_);                                                                                         \
    } while (false)

#define KC_EXPECT_STATUS(answerExpr, expectedStatus_)                                                                  \
    do {                                                                                                               \
        const Answer& answer_ = (answerExpr);                                                                          \
        QVERIFY2(answer_.status == (expectedStatus_), describe(answer_).constData());                                  \
    } while (false)

class TestApiRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void roleAccess_data();
    void roleAccess();
    void unauthenticated_data();
    void unauthenticated();

    void notFound_data();
    void notFound();
    void alreadyAssigned_data();
    void alreadyAssigned();
    void versionConflict_data();
    void versionConflict();
    void preconditionRequired_data();
    void preconditionRequired();
    void validationFailed_data();
    void validationFailed();
    void idempotencyKeyReused_data();
    void idempotencyKeyReused();
    void referenceData();
    void bodyRejected_data();
    void bodyRejected();
    void rateLimited_data();
    void rateLimited();

    void personnummer_data();
    void personnummer();

    void auditTrail_data();
    void auditTrail();

    void tokenExpiry_data();
    void tokenExpiry();
    void signOut_data();
    void signOut();

    void logsWithoutPersonalData_data();
    void logsWithoutPersonalData();

private:
    void noteMessages(const Answer& a)
    {
        const QString code = a.errorCode();
        m_messages.append({code, a.errorMessage()});
        const QJsonObject fields = a.errorFields();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            m_messages.append({QString(code + u" fields."_s + it.key()), it.value().toString()});
    }

    QList<std::pair<QString, QString>> m_messages; // (where, message) of the current row
};

void TestApiRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(kc::installTranslations(u"sv"_s));

    // The table above is API.md's; it must name exactly the server's routes, so that a new route
    // cannot escape the role checks.
    QSet<QString> contract;
    for (const ContractRoute& r : contractRoutes)
        contract.insert(QString::fromLatin1(r.method) + u' ' + QString::fromLatin1(r.path));
    QSet<QString> served;
    for (const kc::server::RouteInfo& r : kc::server::ApiServer::routes())
        served.insert(QString::fromLatin1(r.method) + u' ' + r.path);
    const QStringList missing = QSet<QString>(served).subtract(contract).values();
    const QStringList extra = QSet<QString>(contract).subtract(served).values();
    QVERIFY2(missing.isEmpty(), qPrintable(u"routes the test does not know: "_s + missing.join(u", "_s)));
    QVERIFY2(extra.isEmpty(), qPrintable(u"contract routes the server lacks: "_s + extra.join(u", "_s)));
}

void TestApiRules::init()
{
    m_messages.clear();
}

void TestApiRules::cleanup()
{
    // API.md: texts meant for people, error messages included, are Swedish.
    QStringList notSwedish;
    for (const auto& [where, message] : std::as_const(m_messages)) {
        const QString line = where + u": \""_s + message + u'"';
        if (!looksSwedish(message) && !notSwedish.contains(line))
            notSwedish.append(line);
    }
    m_messages.clear();
    QVERIFY2(notSwedish.isEmpty(),
             qPrintable(u"error messages that are not Swedish:\n    "_s + notSwedish.join(u"\n    "_s)));
}

// ---- 1. role × route ------------------------------------------------------------------------------

void TestApiRules::roleAccess_data()
{
    if (!addDatabaseColumn())
        return;
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("expectedStatus");

    for (const char* database : databases) {
        for (const ContractRoute& r : contractRoutes) {
            if (r.allowed == Public)
                continue;
            // A production server for every route; a demo server too where the roles differ there.
            for (const bool demo : {false, true}) {
                if (demo && r.demoAllowed == 0)
                    continue;
                for (const RoleUser& u : roleUsers) {
                    const bool permitted = ((r.allowed | (demo ? r.demoAllowed : 0)) & u.role) != 0;
                    if (permitted && r.permittedStatus == 0)
                        continue;
                    QTest::addRow("%s/%s%s %s %s", database, demo ? "demo " : "", u.name, r.method, r.path)
                        << rowDatabaseUrl(database) << QByteArray(r.method) << QByteArray(r.path)
                        << QString::fromLatin1(u.user) << demo << (permitted ? r.permittedStatus : 403);
                }
            }
        }
    }
}

void TestApiRules::roleAccess()
{
    QFETCH(QString, databaseUrl);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, route);
    QFETCH(QString, user);
    QFETCH(bool, demo);
    QFETCH(int, expectedStatus);

    TestServer ts;
    kc::server::ServerOptions options;
    options.demo = demo;
    QVERIFY(ts.start(databaseUrl, options));
    Client client(ts.port());
    QVERIFY(client.login(user));

    const Request request = sampleRequest(method, route);
    const Answer a = client.call(request.method, request.path, request.body, request.headers);
    if (expectedStatus == 403)
        KC_EXPECT_ERROR(a, 403, "forbidden");
    else
        KC_EXPECT_STATUS(a, expectedStatus); // a role the contract allows is not refused
}

void TestApiRules::unauthenticated_data()
{
    if (!addDatabaseColumn())
        return;
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("route");
    QTest::addColumn<QByteArray>("authorization"); // empty: no Authorization header
    QTest::addColumn<int>("expectedStatus");

    const struct
    {
        const char* name;
        QByteArray header;
    } credentials[] = {
        {"no token", {}},
        {"garbage token", "Bearer AAAAnot-a-token-at-all"_ba},
        {"basic scheme", "Basic YW5uYTprb3JyZWt0LWhhc3QtYmF0dGVyaQ=="_ba},
    };
    for (const char* database : databases)
        for (const ContractRoute& r : contractRoutes)
            for (const auto& c : credentials)
                QTest::addRow("%s/%s %s %s", database, c.name, r.method, r.path)
                    << rowDatabaseUrl(database) << QByteArray(r.method) << QByteArray(r.path) << c.header
                    << (r.allowed == Public ? r.permittedStatus : 401);
}

void TestApiRules::unauthenticated()
{
    QFETCH(QString, databaseUrl);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, route);
    QFETCH(QByteArray, authorization);
    QFETCH(int, expectedStatus);

    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client client(ts.port());
    Request request = sampleRequest(method, route);
    if (!authorization.isEmpty())
        request.headers.append({"Authorization"_ba, authorization});

    const Answer a = client.call(request.method, request.path, request.body, request.headers);
    if (expectedStatus == 401)
        KC_EXPECT_ERROR(a, 401, "unauthenticated");
    else
        KC_EXPECT_STATUS(a, expectedStatus); // public routes ignore the Authorization header
}

// ---- 2. the error codes -----------------------------------------------------------------------------

void TestApiRules::notFound_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::notFound()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    KC_EXPECT_ERROR(anna.get(u"/contacts/c-0123456789abcdef01234567"_s), 404, "not_found");
    KC_EXPECT_ERROR(anna.post(u"/contacts/c-0123456789abcdef01234567/accept"_s, {}), 404, "not_found");
    KC_EXPECT_ERROR(anna.get(u"/reports/r-0123456789abcdef01234567"_s), 404, "not_found");
    KC_EXPECT_ERROR(anna.call("PATCH", u"/reports/r-0123456789abcdef01234567"_s,
                              compact({{u"narrative"_s, u"Ny text."_s}}), {{"If-Match"_ba, "\"1\""_ba}}),
                    404, "not_found");
    KC_EXPECT_ERROR(anna.post(u"/reports/r-0123456789abcdef01234567/supplements"_s, {{u"text"_s, u"Tillägg."_s}}), 404,
                    "not_found");
    KC_EXPECT_ERROR(anna.get(u"/nope"_s), 404, "not_found");
    KC_EXPECT_ERROR(anna.get(u"/contacts/a/b/c"_s), 404, "not_found");

    // A contact outside the agent's queues is not found either (it is not hers to see).
    Client ida(ts.port());
    QVERIFY(ida.login(u"ida"_s));
    const Answer created = ida.post(u"/contacts"_s, kc::test::contactBody(u"anmalan"_s));
    KC_EXPECT_STATUS(created, 201);
    Client cissi(ts.port());
    QVERIFY(cissi.login(u"cissi"_s));
    const QString path = u"/contacts/"_s + created.body.value(u"id").toString();
    KC_EXPECT_ERROR(cissi.get(path), 404, "not_found");
    KC_EXPECT_ERROR(cissi.post(QString(path + u"/accept"_s), {}), 404, "not_found");
    const Answer stillWaiting = anna.get(path);
    KC_EXPECT_STATUS(stillWaiting, 200);
    QCOMPARE(stillWaiting.body.value(u"state").toString(), u"waiting"_s);
}

void TestApiRules::alreadyAssigned_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::alreadyAssigned()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client ida(ts.port()), anna(ts.port()), bo(ts.port());
    QVERIFY(ida.login(u"ida"_s));
    QVERIFY(anna.login(u"anna"_s));
    QVERIFY(bo.login(u"bo"_s));

    // GIVEN a waiting contact in the queue of both agents, taken by anna
    const Answer created = ida.post(u"/contacts"_s, kc::test::contactBody(u"anmalan"_s));
    KC_EXPECT_STATUS(created, 201);
    const QString path = u"/contacts/"_s + created.body.value(u"id").toString();
    const Answer taken = anna.post(QString(path + u"/accept"_s), {});
    KC_EXPECT_STATUS(taken, 200);
    QCOMPARE(taken.body.value(u"state").toString(), u"assigned"_s);
    QCOMPARE(taken.body.value(u"assignedTo").toString(), ts.ids.value(u"anna"_s));

    // WHEN bo accepts it too THEN 409 already_assigned, saying a colleague has it
    const Answer second = bo.post(QString(path + u"/accept"_s), {});
    KC_EXPECT_ERROR(second, 409, "already_assigned");
    QCOMPARE(second.errorMessage(), translated("kc::server::Store", "A colleague has already taken this contact."));

    // and the contact stays anna's
    const Answer after = anna.get(path);
    KC_EXPECT_STATUS(after, 200);
    QCOMPARE(after.body.value(u"assignedTo").toString(), ts.ids.value(u"anna"_s));

    // Abandoning a contact that is already assigned is refused the same way (API.md).
    KC_EXPECT_ERROR(ida.post(QString(path + u"/abandon"_s), {}), 409, "already_assigned");

    // Only the assigned agent may complete it (API.md: "the assigned agent").
    KC_EXPECT_ERROR(bo.post(QString(path + u"/complete"_s), {{u"disposition"_s, u"advice_given"_s}}), 403, "forbidden");
}

void TestApiRules::versionConflict_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::versionConflict()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    const Answer created = anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}});
    KC_EXPECT_STATUS(created, 201);
    QCOMPARE(created.body.value(u"version").toInt(), 1);
    const QString path = u"/reports/"_s + created.body.value(u"id").toString();
    QCOMPARE(anna.get(path).header("ETag"), "\"1\""_ba);

    const QByteArray patch = compact({{u"narrative"_s, u"Cykeln stod olåst."_s}});
    KC_EXPECT_ERROR(anna.call("PATCH", path, patch, {{"If-Match"_ba, "\"999\""_ba}}), 412, "version_conflict");

    const Answer patched = anna.call("PATCH", path, patch, {{"If-Match"_ba, "\"1\""_ba}});
    KC_EXPECT_STATUS(patched, 200);
    QCOMPARE(patched.body.value(u"version").toInt(), 2);
    QCOMPARE(patched.header("ETag"), "\"2\""_ba);

    // A second edit of version 1 would overwrite the first one: refused.
    const QByteArray stale = compact({{u"narrative"_s, u"Något annat."_s}});
    KC_EXPECT_ERROR(anna.call("PATCH", path, stale, {{"If-Match"_ba, "\"1\""_ba}}), 412, "version_conflict");
    QCOMPARE(anna.get(path).body.value(u"narrative").toString(), u"Cykeln stod olåst."_s);
}

void TestApiRules::preconditionRequired_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::preconditionRequired()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    // POST /reports without Idempotency-Key: refused, and nothing filed
    KC_EXPECT_ERROR(anna.post(u"/reports"_s, kc::test::reportBody()), 428, "precondition_required");
    const Answer none = anna.get(u"/cases?personnummer=200001012384"_s);
    KC_EXPECT_STATUS(none, 200);
    QCOMPARE(none.body.value(u"items").toArray().size(), 0);

    // PATCH without If-Match: refused, and the report unchanged
    const Answer created = anna.post(u"/reports"_s, kc::test::reportBody(), {{"Idempotency-Key"_ba, newKey()}});
    KC_EXPECT_STATUS(created, 201);
    const QString path = u"/reports/"_s + created.body.value(u"id").toString();
    KC_EXPECT_ERROR(anna.call("PATCH", path, compact({{u"narrative"_s, u"Ändrad."_s}})), 428, "precondition_required");
    const Answer after = anna.get(path);
    QCOMPARE(after.body.value(u"version").toInt(), 1);
    QCOMPARE(after.body.value(u"narrative"), created.body.value(u"narrative"));
}

void TestApiRules::validationFailed_data()
{
    if (!addDatabaseColumn())
        return;
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");

    const auto changed = [](const QString& key, const QJsonValue& value) {
        QJsonObject b = kc::test::reportBody();
        b.insert(key, value);
        return b;
    };
    const auto changedIn = [](const QString& object, const QString& key, const QJsonValue& value) {
        QJsonObject b = kc::test::reportBody();
        QJsonObject inner = b.value(object).toObject();
        inner.insert(key, value);
        b.insert(object, inner);
        return b;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString from = now.addSecs(-3 * 3600).toString(Qt::ISODate);

    QJsonObject negativeValue = kc::test::reportBody();
    QJsonArray items = negativeValue.value(u"stolenItems").toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert(u"valueSek"_s, -1);
    items.replace(0, item);
    negativeValue.insert(u"stolenItems"_s, items);

    QJsonObject toBeforeFrom = changed(u"occurredFrom"_s, from);
    toBeforeFrom.insert(u"occurredTo"_s, now.addSecs(-4 * 3600).toString(Qt::ISODate));

    const struct
    {
        const char* name;
        QJsonObject body;
        QString field;
    } cases[] = {
        {"wrong check digit", changedIn(u"reporter"_s, u"personnummer"_s, u"200001012385"_s),
         u"reporter.personnummer"_s},
        {"unknown offenceCode", changed(u"offenceCode"_s, u"0000"_s), u"offenceCode"_s},
        {"ended offenceCode", changed(u"offenceCode"_s, u"0410"_s), u"offenceCode"_s},
        {"unknown municipalityCode", changedIn(u"location"_s, u"municipalityCode"_s, u"9999"_s),
         u"location.municipalityCode"_s},
        {"occurredFrom in the future", changed(u"occurredFrom"_s, now.addDays(1).toString(Qt::ISODate)),
         u"occurredFrom"_s},
        {"occurredTo before occurredFrom", toBeforeFrom, u"occurredTo"_s},
        {"empty narrative", changed(u"narrative"_s, u""_s), u"narrative"_s},
        {"blank narrative", changed(u"narrative"_s, u"   "_s), u"narrative"_s},
        {"negative valueSek", negativeValue, u"stolenItems[0].valueSek"_s},
        {"reporter without name", changedIn(u"reporter"_s, u"name"_s, u""_s), u"reporter.name"_s},
    };
    for (const char* database : databases)
        for (const auto& c : cases)
            QTest::addRow("%s/%s", database, c.name) << rowDatabaseUrl(database) << c.body << c.field;
}

void TestApiRules::validationFailed()
{
    QFETCH(QString, databaseUrl);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);

    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    const Answer a = anna.post(u"/reports"_s, body, {{"Idempotency-Key"_ba, newKey()}});
    KC_EXPECT_ERROR(a, 422, "validation_failed");
    QVERIFY2(a.errorFields().contains(field), describe(a).constData());
    QVERIFY2(!a.errorFields().value(field).toString().trimmed().isEmpty(), describe(a).constData());
}

void TestApiRules::referenceData()
{
    TestServer ts;
    QVERIFY(ts.start(rowDatabaseUrl("sqlite")));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    // GIVEN Brå's list: every code, the ended ones marked with their year
    const Answer offences = anna.get(u"/reference/offence-types"_s);
    KC_EXPECT_STATUS(offences, 200);
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& v : offences.array)
        byCode.insert(v.toObject().value(u"code").toString(), v.toObject());
    QCOMPARE(byCode.size(), 1362);
    QCOMPARE(byCode.value(u"0410"_s).value(u"ended").toInt(), 2009);
    QVERIFY(!byCode.value(u"9830"_s).contains(u"ended"));
    QCOMPARE(byCode.value(u"FORLUST"_s).value(u"kind").toString(), u"loss"_s);

    // AND each kommun with its polisregion and polisområde
    const Answer muns = anna.get(u"/reference/municipalities"_s);
    KC_EXPECT_STATUS(muns, 200);
    QCOMPARE(muns.array.size(), 290);
    for (const QJsonValue& v : muns.array) {
        const QJsonObject m = v.toObject();
        QVERIFY2(!m.value(u"policeRegion").toString().isEmpty() && !m.value(u"policeArea").toString().isEmpty(),
                 qPrintable(m.value(u"code").toString()));
        if (m.value(u"code").toString() == u"1495") {
            QCOMPARE(m.value(u"policeRegion").toString(), u"Väst"_s);
            QCOMPARE(m.value(u"policeArea").toString(), u"Skaraborg"_s);
            QVERIFY(m.value(u"policeAreaCertain").toBool());
        }
    }

    // WHEN a new report carries an ended code THEN it is refused, in Swedish, naming code and year
    QJsonObject ended = kc::test::reportBody();
    ended.insert(u"offenceCode"_s, u"0410"_s);
    const Answer refused = anna.post(u"/reports"_s, ended, {{"Idempotency-Key"_ba, newKey()}});
    KC_EXPECT_ERROR(refused, 422, "validation_failed");
    const QString message = refused.errorFields().value(u"offenceCode").toString();
    QVERIFY2(message.contains(u"0410") && message.contains(u"2009") && message.contains(u"upphörde"),
             qPrintable(message));
}

void TestApiRules::idempotencyKeyReused_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::idempotencyKeyReused()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    const QByteArray key = newKey();
    const QJsonObject body = kc::test::reportBody();
    const Answer first = anna.post(u"/reports"_s, body, {{"Idempotency-Key"_ba, key}});
    KC_EXPECT_STATUS(first, 201);

    // The same key with the same body: the first answer again
    const Answer again = anna.post(u"/reports"_s, body, {{"Idempotency-Key"_ba, key}});
    KC_EXPECT_STATUS(again, 201);
    QCOMPARE(again.body.value(u"id"), first.body.value(u"id"));
    QCOMPARE(again.body.value(u"caseNumber"), first.body.value(u"caseNumber"));

    // The same key with another body
    QJsonObject other = body;
    other.insert(u"narrative"_s, u"En helt annan händelse."_s);
    KC_EXPECT_ERROR(anna.post(u"/reports"_s, other, {{"Idempotency-Key"_ba, key}}), 422, "idempotency_key_reused");

    // One report in all
    const Answer found = anna.get(u"/cases?personnummer=200001012384"_s);
    KC_EXPECT_STATUS(found, 200);
    QCOMPARE(found.body.value(u"items").toArray().size(), 1);
}

void TestApiRules::bodyRejected_data()
{
    if (!addDatabaseColumn())
        return;
    QTest::addColumn<QString>("user"); // empty: not signed in
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<QString>("expectedCode");

    QJsonObject huge = kc::test::reportBody();
    huge.insert(u"narrative"_s, QString((1 << 20) + 1024, u'x'));
    const QByteArray hugeBody = compact(huge);
    const QByteArray hugeLogin = compact(
        {{u"username"_s, u"anna"_s}, {u"password"_s, kc::test::testPassword}, {u"pad"_s, QString(1 << 20, u'x')}});
    const QByteArray report = compact(kc::test::reportBody());
    const QByteArray contact = compact(kc::test::contactBody());
    const QByteArray login = compact({{u"username"_s, u"anna"_s}, {u"password"_s, kc::test::testPassword}});
    const QByteArray json = "application/json"_ba;

    const struct
    {
        const char* name;
        const char* user;
        const char* path;
        QByteArray body;
        QByteArray contentType;
        int status;
        const char* code;
    } cases[] = {
        {"413 report over 1 MiB", "anna", "/reports", hugeBody, json, 413, "payload_too_large"},
        {"413 sign-in over 1 MiB", "", "/session", hugeLogin, json, 413, "payload_too_large"},
        {"415 report as text/plain", "anna", "/reports", report, "text/plain"_ba, 415, "unsupported_media_type"},
        {"415 contact as text/plain", "ida", "/contacts", contact, "text/plain; charset=utf-8"_ba, 415,
         "unsupported_media_type"},
        {"415 sign-in as form", "", "/session", "username=anna&password=x"_ba, "application/x-www-form-urlencoded"_ba,
         415, "unsupported_media_type"},
        {"400 broken JSON", "ida", "/contacts", contact.left(contact.size() / 2), json, 400, "malformed_json"},
        {"400 JSON array", "ida", "/contacts", "[" + contact + "]", json, 400, "malformed_json"},
        {"400 JSON string", "anna", "/reports", "\"anmälan\""_ba, json, 400, "malformed_json"},
        {"400 empty body", "anna", "/reports", QByteArray(), json, 400, "malformed_json"},
        {"400 broken sign-in", "", "/session", "{\"username\": \"anna\","_ba, json, 400, "malformed_json"},
    };
    for (const char* database : databases)
        for (const auto& c : cases)
            QTest::addRow("%s/%s", database, c.name)
                << rowDatabaseUrl(database) << QString::fromLatin1(c.user) << QString::fromLatin1(c.path) << c.body
                << c.contentType << c.status << QString::fromLatin1(c.code);
}

void TestApiRules::bodyRejected()
{
    QFETCH(QString, databaseUrl);
    QFETCH(QString, user);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, expectedStatus);
    QFETCH(QString, expectedCode);

    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client client(ts.port());
    qint64 cursor = 0;
    if (!user.isEmpty()) {
        QVERIFY(client.login(user));
        cursor = client.get(u"/changes"_s).body.value(u"cursor").toInteger(); // past the sign-in's state
    }

    const Answer a = client.call("POST", path, body, {{"Idempotency-Key"_ba, newKey()}}, contentType);
    KC_EXPECT_ERROR(a, expectedStatus, qPrintable(expectedCode));

    // Nothing came of it.
    if (!user.isEmpty()) {
        const Answer changes = client.get(u"/changes?since=%1"_s.arg(cursor));
        KC_EXPECT_STATUS(changes, 200);
        QCOMPARE(changes.body.value(u"changes").toArray().size(), 0);
    }
}

void TestApiRules::rateLimited_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::rateLimited()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client client(ts.port());
    const auto signIn = [&client](const QString& user, const QString& password) {
        return client.post(u"/session"_s, {{u"username"_s, user}, {u"password"_s, password}});
    };

    // GIVEN five wrong passwords for bo
    for (int i = 0; i < 5; ++i)
        KC_EXPECT_ERROR(signIn(u"bo"_s, u"fel-lösenord-%1"_s.arg(i)), 401, "unauthenticated");

    // THEN the sixth attempt is refused even with the right password
    KC_EXPECT_ERROR(signIn(u"bo"_s, kc::test::testPassword), 429, "rate_limited");
    KC_EXPECT_ERROR(signIn(u"bo"_s, u"fel-igen"_s), 429, "rate_limited");

    // and another user is unaffected
    const Answer anna = signIn(u"anna"_s, kc::test::testPassword);
    KC_EXPECT_STATUS(anna, 201);
    QVERIFY(!anna.body.value(u"token").toString().isEmpty());
}

// ---- 3. personnummer on Skatteverket's test numbers (DOMAIN.md) -----------------------------------

void TestApiRules::personnummer_data()
{
    if (!addDatabaseColumn())
        return;
    QTest::addColumn<QString>("personnummer");
    QTest::addColumn<QString>("stored"); // the 12 digits the report keeps; empty: invalid

    const struct
    {
        const char* given;
        const char* stored;
    } vectors[] = {
        {"200001012384", "200001012384"},
        {"200001011493", "200001011493"},
        {"189506299818", "189506299818"},
        {"190006129803", "190006129803"},
        {"197306749982", "197306749982"}, // samordningsnummer
        {"640823-3234", "196408233234"},
        {"701063-2391", "197010632391"}, // samordningsnummer
        {"198707049996", ""},            // wrong check digit
    };
    for (const char* database : databases)
        for (const auto& v : vectors)
            QTest::addRow("%s/%s", database, v.given)
                << rowDatabaseUrl(database) << QString::fromLatin1(v.given) << QString::fromLatin1(v.stored);
}

void TestApiRules::personnummer()
{
    QFETCH(QString, databaseUrl);
    QFETCH(QString, personnummer);
    QFETCH(QString, stored);

    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));

    const Answer a = anna.post(u"/reports"_s, kc::test::reportBody(personnummer), {{"Idempotency-Key"_ba, newKey()}});
    if (stored.isEmpty()) {
        KC_EXPECT_ERROR(a, 422, "validation_failed");
        const QString why = a.errorFields().value(u"reporter.personnummer").toString();
        QVERIFY2(why.contains(u"kontrollsiffra"_s, Qt::CaseInsensitive), describe(a).constData());
    } else {
        KC_EXPECT_STATUS(a, 201);
        QCOMPARE(a.body.value(u"reporter").toObject().value(u"personnummer").toString(), stored);
    }
}

// ---- 4. the audit trail -----------------------------------------------------------------------------

void TestApiRules::auditTrail_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::auditTrail()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    const QString annaId = ts.ids.value(u"anna"_s);
    const QString boId = ts.ids.value(u"bo"_s);
    const QString idaId = ts.ids.value(u"ida"_s);
    Client anna(ts.port()), bo(ts.port()), ida(ts.port()), sara(ts.port());

    // GIVEN one of everything the trail records
    QVERIFY(anna.login(u"anna"_s));
    QVERIFY(ida.login(u"ida"_s));
    QVERIFY(!bo.login(u"bo"_s, u"fel-lösenord"_s));
    const Answer contact = ida.post(u"/contacts"_s, kc::test::contactBody(u"anmalan"_s));
    KC_EXPECT_STATUS(contact, 201);
    const QString contactId = contact.body.value(u"id").toString();
    KC_EXPECT_STATUS(anna.post(QString(u"/contacts/"_s + contactId + u"/accept"_s), {}), 200);
    QJsonObject body = kc::test::reportBody();
    body.insert(u"contactId"_s, contactId);
    const Answer report = anna.post(u"/reports"_s, body, {{"Idempotency-Key"_ba, newKey()}});
    KC_EXPECT_STATUS(report, 201);
    const QString reportId = report.body.value(u"id").toString();
    KC_EXPECT_STATUS(anna.post(QString(u"/contacts/"_s + contactId + u"/complete"_s),
                               {{u"disposition"_s, u"report_filed"_s}, {u"reportId"_s, reportId}}),
                     200);
    KC_EXPECT_STATUS(anna.get(QString(u"/reports/"_s + reportId)), 200);
    KC_EXPECT_STATUS(
        anna.post(QString(u"/reports/"_s + reportId + u"/supplements"_s), {{u"text"_s, u"Cykeln hade en röd korg."_s}}),
        201);
    const Answer found = anna.get(u"/cases?personnummer=200001012384"_s);
    KC_EXPECT_STATUS(found, 200);
    QCOMPARE(found.body.value(u"items").toArray().size(), 1);

    // WHEN the supervisor reads the trail
    QVERIFY(sara.login(u"sara"_s));
    const Answer all = sara.get(u"/audit"_s);
    KC_EXPECT_STATUS(all, 200);
    const QJsonArray items = all.body.value(u"items").toArray();

    // THEN each action is there, with who did it and to what
    const struct
    {
        QString action, user, resource;
    } expected[] = {
        {u"login"_s, annaId, u"user:"_s + annaId},  {u"login.failed"_s, boId, u"user:"_s + boId},
        {u"contact.accept"_s, annaId, contactId},   {u"report.create"_s, annaId, reportId},
        {u"contact.complete"_s, annaId, contactId}, {u"report.read"_s, annaId, reportId},
        {u"report.supplement"_s, annaId, reportId}, {u"cases.search"_s, annaId, u"cases"_s},
    };
    for (const auto& e : expected)
        QVERIFY2(hasAuditEntry(items, e.action, e.user, e.resource),
                 qPrintable(e.action + u" by "_s + e.user + u" on "_s + e.resource + u" missing from "_s +
                            QString::fromUtf8(all.raw)));
    for (const QJsonValue& v : items)
        QVERIFY(!v.toObject().value(u"at").toString().isEmpty());
    // The trail is the supervisor's own team's: the intake gateway (team växel) is not in it.
    QVERIFY(!hasAuditEntry(items, u"contact.create"_s, idaId, contactId));

    // ?user= keeps one user's rows
    const Answer byAnna = sara.get(QString(u"/audit?user="_s + percentEncoded(annaId)));
    KC_EXPECT_STATUS(byAnna, 200);
    const QJsonArray annaItems = byAnna.body.value(u"items").toArray();
    for (const QJsonValue& v : annaItems)
        QCOMPARE(v.toObject().value(u"user").toString(), annaId);
    QVERIFY(auditActions(annaItems).contains(QSet<QString>{u"login"_s, u"contact.accept"_s, u"report.create"_s,
                                                           u"contact.complete"_s, u"report.read"_s,
                                                           u"report.supplement"_s, u"cases.search"_s}));

    // ?resource= keeps one resource's rows
    const Answer onReport = sara.get(QString(u"/audit?resource="_s + percentEncoded(reportId)));
    KC_EXPECT_STATUS(onReport, 200);
    const QJsonArray reportItems = onReport.body.value(u"items").toArray();
    for (const QJsonValue& v : reportItems)
        QCOMPARE(v.toObject().value(u"resource").toString(), reportId);
    QCOMPARE(auditActions(reportItems), (QSet<QString>{u"report.create"_s, u"report.read"_s, u"report.supplement"_s}));
    const Answer onContact = sara.get(QString(u"/audit?resource="_s + percentEncoded(contactId)));
    KC_EXPECT_STATUS(onContact, 200);
    QCOMPARE(auditActions(onContact.body.value(u"items").toArray()),
             (QSet<QString>{u"contact.accept"_s, u"contact.complete"_s}));

    // An agent may not read the trail.
    KC_EXPECT_ERROR(anna.get(u"/audit"_s), 403, "forbidden");

    // The database itself keeps the trail append-only, for the service's own connection too.
    kc::server::Database& db = ts.server->store().database();
    const auto update = db.exec(u"UPDATE audit SET action = 'x'"_s);
    QVERIFY2(!update, "UPDATE on the audit table succeeded");
    const auto remove = db.exec(u"DELETE FROM audit"_s);
    QVERIFY2(!remove, "DELETE on the audit table succeeded");
    const Answer unchanged = sara.get(u"/audit"_s);
    KC_EXPECT_STATUS(unchanged, 200);
    const QJsonArray after = unchanged.body.value(u"items").toArray();
    QVERIFY(after.size() >= items.size());
    QVERIFY(!auditActions(after).contains(u"x"_s));
    QVERIFY(hasAuditEntry(after, u"contact.accept"_s, annaId, contactId));
}

// ---- 5. token expiry and sign-out -------------------------------------------------------------------

void TestApiRules::tokenExpiry_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::tokenExpiry()
{
    QFETCH(QString, databaseUrl);
    kc::server::ServerOptions options;
    options.tokenLifetime = std::chrono::seconds(2);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl, options));
    Client anna(ts.port());

    QVERIFY(anna.login(u"anna"_s));
    KC_EXPECT_STATUS(anna.get(u"/me"_s), 200);

    // WHEN the lifetime has passed THEN the token no longer works, and the answer says why
    QTRY_COMPARE_WITH_TIMEOUT(anna.get(u"/me"_s).status, 401, 10000);
    const Answer expired = anna.get(u"/me"_s);
    KC_EXPECT_ERROR(expired, 401, "unauthenticated");
    QCOMPARE(
        expired.errorMessage(),
        translated("kc::server::ApiServer", "Your session has expired. Sign in again; nothing you queued is lost."));

    // which is not what a token that never was gets
    Client stranger(ts.port());
    stranger.token = u"AAAAnot-a-token-at-all"_s;
    const Answer invalid = stranger.get(u"/me"_s);
    KC_EXPECT_ERROR(invalid, 401, "unauthenticated");
    QVERIFY(invalid.errorMessage() != expired.errorMessage());

    // Signing in again works.
    QVERIFY(anna.login(u"anna"_s));
}

void TestApiRules::signOut_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::signOut()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client first(ts.port()), second(ts.port());
    QVERIFY(first.login(u"anna"_s));
    QVERIFY(second.login(u"anna"_s));

    const Answer out = first.call("DELETE", u"/session"_s);
    KC_EXPECT_STATUS(out, 204);
    KC_EXPECT_ERROR(first.get(u"/me"_s), 401, "unauthenticated");
    KC_EXPECT_ERROR(first.call("DELETE", u"/session"_s), 401, "unauthenticated");

    // Only that session ended.
    KC_EXPECT_STATUS(second.get(u"/me"_s), 200);
}

// ---- 6. the log carries no personal data ------------------------------------------------------------

void TestApiRules::logsWithoutPersonalData_data()
{
    kc::test::addDatabaseRows();
}

void TestApiRules::logsWithoutPersonalData()
{
    QFETCH(QString, databaseUrl);
    TestServer ts;
    QVERIFY(ts.start(databaseUrl));
    Client anna(ts.port());
    QVERIFY(anna.login(u"anna"_s));
    const QJsonObject report = kc::test::reportBody();
    const QString narrative = report.value(u"narrative").toString();

    QStringList lines;
    {
        const LogCapture capture;
        KC_EXPECT_STATUS(anna.get(u"/cases?personnummer=200001012384"_s), 200);
        KC_EXPECT_STATUS(anna.post(u"/reports"_s, report, {{"Idempotency-Key"_ba, newKey()}}), 201);
        KC_EXPECT_STATUS(anna.get(u"/cases?personnummer=20000101-2384"_s), 200);
        KC_EXPECT_STATUS(anna.get(u"/cases?phone=0701234567"_s), 200);
        // failures, too, are logged without what was sent
        KC_EXPECT_STATUS(anna.get(u"/cases?personnummer=198707049996"_s), 422);
        KC_EXPECT_STATUS(
            anna.post(u"/reports"_s, kc::test::reportBody(u"198707049996"_s), {{"Idempotency-Key"_ba, newKey()}}), 422);
        // an unknown path is logged as "-", never as sent: it could forge a log line or carry an id
        KC_EXPECT_STATUS(anna.get(u"/x%0A2026-12-06%20FORGED%20GET%20/api/v1/reports%20200"_s), 404);
        KC_EXPECT_STATUS(anna.call("DELETE", u"/reports/200001012384"_s), 405);
        lines = capture.lines();
    }
    QVERIFY2(std::none_of(lines.cbegin(), lines.cend(), [](const QString& l) { return l.contains(u"FORGED"_s); }),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [](const QString& l) { return l.contains(u"GET - 404"_s); }),
             qPrintable(lines.join(u'\n')));
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [](const QString& l) { return l.contains(u"DELETE /api/v1/reports/{id} 405"_s); }),
             qPrintable(lines.join(u'\n')));

    const QString personal[] = {u"200001012384"_s, u"20000101-2384"_s, u"000101-2384"_s, u"198707049996"_s,
                                u"Testsson"_s,     narrative,          u"0701234567"_s,  u"+46701234567"_s};
    for (const QString& line : std::as_const(lines))
        for (const QString& p : personal)
            QVERIFY2(!line.contains(p), qPrintable(u"personal data \""_s + p + u"\" in the log: "_s + line));

    // The request lines are there: method, route without query, status, who.
    const auto logged = [&lines](const QString& start) {
        return std::any_of(lines.cbegin(), lines.cend(), [&start](const QString& l) { return l.contains(start); });
    };
    QVERIFY2(logged(u"GET /api/v1/cases 200 "_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(logged(u"POST /api/v1/reports 201 "_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(logged(u"GET /api/v1/cases 422 "_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&ts](const QString& l) {
                             return l.contains(u"GET /api/v1/cases 200 "_s) && l.contains(ts.ids.value(u"anna"_s));
                         }),
             qPrintable(lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestApiRules)
#include "tst_api_rules.moc"
