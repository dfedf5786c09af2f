// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/demoenvironment.h"

#include "core/jsoncodec.h"
#include "server/apiserver.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/store/intakestore.h"
#include "server/trainingroom.h"

#include <QJsonDocument>
#include <QObject>
#include <QTimer>

namespace kc {

namespace {

struct DemoContact
{
    Channel channel;
    const char* queue;
    int priority;
    const char* name;
    const char* personnummer; // Skatteverket's test numbers only
    const char* phone;        // PTS's range for fiction, 070-174 06 xx
    const char* subject;
    const char* language;
};

// A morning at PKC: a child calling first, then the ordinary errands.
const DemoContact demoContacts[] = {
    {Channel::Phone, "anmalan", 1, "Ella Testsson", nullptr, "070-174 06 11",
     "Ringer för sin mamma – hotad i trapphuset i natt", "sv"},
    {Channel::Phone, "anmalan", 2, "Maria Provsson", "200001012384", "070-174 06 05",
     "Kortbedrägeri – okända köp på internet", "sv"},
    {Channel::Web, "anmalan", 3, "Johan Exempelsson", "200001011493", "070-174 06 06",
     "Cykel stulen vid Skara resecentrum", "sv"},
    {Channel::Phone, "anmalan", 3, "Samira Testdotter", "197306749982", "070-174 06 07",
     "Inbrott i källarförråd, Göteborg", "ar"},
    {Channel::Chat, "information", 4, "", nullptr, "070-174 06 08", "Jag har tappat mitt pass, vad gör jag?", "sv"},
    {Channel::Email, "anmalan", 3, "Petra Provare", "190006129803", "070-174 06 09", "Skadegörelse på bil, Falkenberg",
     "sv"},
    {Channel::Phone, "anmalan", 3, "Tourist Testperson", nullptr, "+47 22 12 34 56", "Stolen phone at Liseberg", "en"},
};

// What citizens send through polisen.se (synthetic: Skatteverket's test personnummer, PTS's
// phone numbers for fiction, places in Skaraborg). The second has three things to correct.
const char* const demoWebReports[] = {
    R"({"externalId":"demo-etj-0001","submittedAt":"2026-12-06T07:12:00Z","category":"Cykelstöld",
        "reporter":{"name":"Test Testsson","personnummer":"200001012384","phone":"070-174 06 10",
          "email":"test.testsson@example.se",
          "address":{"street":"Provgatan 1","postalCode":"532 30","city":"Skara","municipalityCode":"1495"}},
        "report":{"offenceCode":"0807","occurredFrom":"2026-12-05T16:00:00Z","occurredTo":"2026-12-05T18:30:00Z",
          "location":{"municipalityCode":"1495","description":"Cykelstället vid Skara resecentrum"},
          "narrative":"Min cykel stod låst i cykelstället vid resecentrum. När jag kom tillbaka var den borta, låset låg kvar avklippt.",
          "stolenItems":[{"description":"Cykel, svart damcykel","brand":"Crescent","serialNumber":"WCR000101","valueSek":4500}]}})",
    R"({"externalId":"demo-etj-0002","submittedAt":"2026-12-06T07:40:00Z","category":"Skadegörelse på bil",
        "reporter":{"name":"Prov Provsdotter","personnummer":"200001012385","phone":"070-174 06 14"},
        "report":{"offenceCode":"1201","occurredFrom":"2099-12-05T02:00:00Z",
          "location":{"municipalityCode":"9999","description":"Parkeringen bakom Coop, Skövde"},
          "narrative":"Någon har repat lacken på min bil under natten, längs hela förarsidan."}})",
};
const char* const demoTips[] = {
    R"({"externalId":"demo-tips-0001","what":"En vit skåpbil står på rastplatsen vid väg 49 varje natt, och folk bär in cyklar i den.",
        "when":"Nätterna den senaste veckan, runt klockan två","where":"Rastplatsen vid väg 49 norr om Skara",
        "howKnown":"Jag kör förbi på väg till nattskiftet","contact":{"name":"Test Testsson","phone":"070-174 06 12"},
        "anonymous":false})",
    R"({"externalId":"demo-tips-0002","what":"Det säljs stöldgods, mest verktyg, från ett garage på Provgatan i Skara.",
        "where":"Provgatan, Skara","howKnown":"Grannarna pratar om det","anonymous":true})",
};

} // namespace

DemoEnvironment::DemoEnvironment(Role role, Kind kind)
    : m_role(role)
    , m_kind(kind)
{}

QString DemoEnvironment::agentUsername() const
{
    switch (m_role) {
    case Role::Trainer:
        return server::classroom::trainerUsername();
    case Role::Supervisor:
        return server::classroom::supervisorUsername();
    case Role::Area:
        return server::classroom::areaUsername();
    case Role::Agent:
    case Role::Intake:
        break;
    }
    return server::classroom::traineeUsername(1);
}
DemoEnvironment::~DemoEnvironment() = default;

void DemoEnvironment::stop()
{
    if (m_server)
        m_server->shutdown();
    m_server.reset(); // closes the connections a client keeps alive, not only the listener
}

QString DemoEnvironment::serverUrl() const
{
    return m_server ? QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) : QString();
}

Result<bool> DemoEnvironment::start()
{
    if (!m_dir.isValid())
        return Error{QString(), QStringLiteral("Cannot create a temporary directory for the demo."),
                     QStringLiteral("io")};
    server::ServerOptions options;
    options.databaseUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("demo-server.db"));
    options.demo = m_kind == Kind::Demo;
    options.kdfIterations = 10'000; // demo accounts exist for one session on one machine
    options.clock = m_clock;
    m_server = std::make_unique<server::ApiServer>(options);
    if (auto opened = m_server->open(); !opened)
        return opened.error();
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return Error{QString(), m_server->errorString(), QStringLiteral("listen")};

    m_password = server::auth::newToken();
    server::Store& store = m_server->store();
    if (auto seeded = server::classroom::seed(store, m_password); !seeded)
        return Error{QString(), seeded.error().message, seeded.error().code};
    User intake;
    intake.username = QStringLiteral("ovning-intag");
    intake.displayName = QStringLiteral("Övningens växel");
    intake.role = Role::Intake;
    intake.team = QStringLiteral("Skara övning");
    auto addedIntake = store.users().add(intake, server::auth::newToken());
    if (!addedIntake)
        return Error{QString(), addedIntake.error().message, addedIntake.error().code};
    m_intakeId = addedIntake->id;
    for (int i = 0; i < int(std::size(demoContacts)); ++i)
        if (!addContact(i))
            return Error{QString(), QStringLiteral("Could not seed the demo contacts."), QStringLiteral("seed")};
    if (m_role == Role::Area && !seedHandoff())
        return Error{QString(), QStringLiteral("Could not seed the demo hand-off."), QStringLiteral("seed")};
    return true;
}

bool DemoEnvironment::seedHandoff()
{
    // Polisområde Skaraborg's demo has something to receive: the complete web report from Skara,
    // taken and registered by ovning1 as an agent would (the server routes it at registration).
    const QString id = addWebReport(0);
    server::Store& store = m_server->store();
    auto session =
        store.users().login(server::classroom::traineeUsername(1), m_password, QDateTime::currentDateTimeUtc());
    if (id.isEmpty() || !session || !store.contacts().accept(session->user, id))
        return false;
    const QJsonObject submission = QJsonDocument::fromJson(QByteArray(demoWebReports[0])).object();
    QJsonObject body = submission.value(u"report").toObject();
    body.insert(QStringLiteral("reporter"), submission.value(u"reporter"));
    body.insert(QStringLiteral("injuredPartyIsReporter"), true);
    body.insert(QStringLiteral("contactId"), id);
    auto report = json::fromJson<Report>(body);
    return report && store.reports().create(session->user, *report).ok();
}

bool DemoEnvironment::addContact(int index)
{
    const DemoContact& d = demoContacts[index % int(std::size(demoContacts))];
    Contact c;
    c.channel = d.channel;
    c.queue = QString::fromUtf8(d.queue);
    c.priority = d.priority;
    c.caller.name = QString::fromUtf8(d.name);
    if (d.personnummer)
        c.caller.personnummer = QString::fromLatin1(d.personnummer);
    c.caller.phone = QString::fromUtf8(d.phone);
    c.subject = QString::fromUtf8(d.subject);
    c.language = QString::fromLatin1(d.language);
    User by;
    by.id = m_intakeId;
    by.role = Role::Intake;
    return m_server->store().contacts().create(by, c).ok();
}

} // namespace kc

namespace kc {

int DemoEnvironment::webReportCount()
{
    return int(std::size(demoWebReports));
}

int DemoEnvironment::tipCount()
{
    return int(std::size(demoTips));
}

QString DemoEnvironment::intake(const QJsonObject& body, bool tip)
{
    if (!m_server)
        return {};
    User by;
    by.id = m_intakeId;
    by.role = Role::Intake;
    auto made = tip ? m_server->store().intake().tip(by, body) : m_server->store().intake().webReport(by, body);
    return made ? made->contact.id : QString();
}

QString DemoEnvironment::addWebReport(int index)
{
    QJsonObject body = QJsonDocument::fromJson(QByteArray(demoWebReports[index % webReportCount()])).object();
    // A second round is a new submission, not the gateway retrying the first.
    if (index >= webReportCount())
        body.insert(QStringLiteral("externalId"), QString(body.value(u"externalId").toString() +
                                                          QStringLiteral("-%1").arg(index / webReportCount())));
    return intake(body, false);
}

QString DemoEnvironment::addTip(int index)
{
    QJsonObject body = QJsonDocument::fromJson(QByteArray(demoTips[index % tipCount()])).object();
    if (index >= tipCount())
        body.insert(QStringLiteral("externalId"),
                    QString(body.value(u"externalId").toString() + QStringLiteral("-%1").arg(index / tipCount())));
    return intake(body, true);
}

void DemoEnvironment::scheduleIntake(QObject* context)
{
    // Web report, tip, web report (with problems), tip: one every 20 s after the first 10 s.
    for (int i = 0; i < 4; ++i)
        QTimer::singleShot(std::chrono::seconds(10 + 20 * i), context, [this, i] {
            if (i % 2 == 0)
                addWebReport(i / 2);
            else
                addTip(i / 2);
        });
}

} // namespace kc
