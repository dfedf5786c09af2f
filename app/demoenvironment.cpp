// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/demoenvironment.h"

#include "server/apiserver.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/trainingroom.h"

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
    case Role::Agent:
    case Role::Intake:
    case Role::Area:
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
    return true;
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
