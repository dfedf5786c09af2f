// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/trainingengine.h"

#include "core/jsoncodec.h"
#include "server/serveroptions.h"
#include "server/store.h"
#include "server/store/intakestore.h"

#include <QJsonArray>

#include <cmath>

namespace kc::server {

namespace {

QString stateName(TrainingEngine::State s)
{
    switch (s) {
    case TrainingEngine::State::Running:
        return QStringLiteral("running");
    case TrainingEngine::State::Paused:
        return QStringLiteral("paused");
    case TrainingEngine::State::Finished:
        break;
    }
    return QStringLiteral("finished");
}

ApiError notFound()
{
    return ApiError{404, QStringLiteral("not_found"), TrainingEngine::tr("No such exercise run."), {}, 0};
}

} // namespace

TrainingEngine::TrainingEngine(Store& store, const ServerOptions& options, QList<training::Scenario> scenarios)
    : m_store(store)
    , m_options(options)
    , m_scenarios(std::move(scenarios))
{}

const training::Scenario* TrainingEngine::scenario(const QString& id) const
{
    for (const training::Scenario& s : m_scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

double TrainingEngine::clockSeconds(const Run& run) const
{
    if (run.state != State::Running)
        return run.baseSeconds;
    return run.baseSeconds + double(run.anchor.msecsTo(m_options.now())) / 1000.0 * run.speed;
}

void TrainingEngine::setClock(Run& run, double seconds)
{
    run.baseSeconds = seconds;
    run.anchor = m_options.now();
}

ApiResult<TrainingEngine::Run> TrainingEngine::start(const User& trainer, const QString& scenarioId, int speed)
{
    if (!scenario(scenarioId)) {
        ApiError e{422, QStringLiteral("validation_failed"), tr("Unknown scenario: %1.").arg(scenarioId), {}, 0};
        e.fields.insert(QStringLiteral("scenarioId"), e.message);
        return e;
    }
    if (!validSpeed(speed)) {
        ApiError e{422, QStringLiteral("validation_failed"), tr("The speed is 1, 2, 5 or 10."), {}, 0};
        e.fields.insert(QStringLiteral("speed"), e.message);
        return e;
    }
    Run run;
    run.id = QStringLiteral("run-%1").arg(++m_serial);
    run.scenarioId = scenarioId;
    run.speed = speed;
    run.trainer = trainer;
    run.startedAt = m_options.now();
    setClock(run, 0);
    advance(run); // the contacts at offset 0 are there at once
    m_runs.insert(run.id, run);
    return run;
}

ApiResult<TrainingEngine::Run> TrainingEngine::run(const QString& id)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return notFound();
    advance(*it);
    return *it;
}

ApiResult<TrainingEngine::Run> TrainingEngine::pause(const QString& id)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return notFound();
    advance(*it);
    if (it->state == State::Running) {
        setClock(*it, clockSeconds(*it));
        it->state = State::Paused;
    }
    return *it;
}

ApiResult<TrainingEngine::Run> TrainingEngine::resume(const QString& id)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return notFound();
    if (it->state == State::Paused) {
        setClock(*it, it->baseSeconds);
        it->state = State::Running;
        advance(*it);
    }
    return *it;
}

ApiResult<TrainingEngine::Run> TrainingEngine::reset(const QString& id)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return notFound();
    for (const QString& contactId : std::as_const(it->contactIds)) {
        // Those still waiting leave the queues; taken ones stay with their agents.
        std::ignore = m_store.contacts().abandon(it->trainer, contactId);
    }
    it->contactIds.clear();
    it->results.clear();
    it->next = 0;
    it->state = State::Paused;
    setClock(*it, 0);
    return *it;
}

ApiResult<TrainingEngine::Run> TrainingEngine::setSpeed(const QString& id, int speed)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return notFound();
    if (!validSpeed(speed)) {
        ApiError e{422, QStringLiteral("validation_failed"), tr("The speed is 1, 2, 5 or 10."), {}, 0};
        e.fields.insert(QStringLiteral("speed"), e.message);
        return e;
    }
    advance(*it);
    setClock(*it, clockSeconds(*it)); // the time so far at the old speed, from now on the new one
    it->speed = speed;
    return *it;
}

ApiResult<Contact> TrainingEngine::inject(const QString& id, const QJsonObject& body)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return notFound();
    QList<Error> problems;
    const Contact contact = ContactStore::fromRequest(body, &problems);
    auto created = m_store.contacts().create(it->trainer, contact, problems);
    if (created) {
        it->contactIds.append(created->id);
        m_origins.insert(created->id, {it->id, -1});
    }
    return created;
}

void TrainingEngine::advance()
{
    for (Run& run : m_runs)
        advance(run);
}

void TrainingEngine::advance(Run& run)
{
    if (run.state != State::Running)
        return;
    const training::Scenario* s = scenario(run.scenarioId);
    const double now = clockSeconds(run);
    while (s && run.next < s->contacts.size() && s->contacts[run.next].offsetSeconds <= now) {
        const training::ScenarioContact& sc = s->contacts[run.next];
        Contact c;
        c.channel = sc.channel;
        c.queue = sc.queue;
        c.priority = sc.priority;
        c.caller = sc.caller;
        c.subject = sc.subject;
        c.language = sc.language;
        ApiResult<Contact> created = Contact{};
        if (sc.webReport || sc.tip) {
            // Issue 15: through the e-service's own path, as the gateway posts it (one submission per run).
            QJsonObject body = sc.webReport ? *sc.webReport : *sc.tip;
            body.insert(QStringLiteral("externalId"), QStringLiteral("ovning-%1-%2").arg(run.id).arg(run.next));
            if (sc.webReport && !body.contains(u"submittedAt"))
                body.insert(QStringLiteral("submittedAt"), json::formatTimestamp(m_options.now()));
            auto made =
                sc.webReport ? m_store.intake().webReport(run.trainer, body) : m_store.intake().tip(run.trainer, body);
            if (made)
                created = made->contact;
            else
                created = made.error();
        } else {
            created = m_store.contacts().create(run.trainer, c);
        }
        if (!created) {
            qWarning("Training run %s: contact %d could not be created (%s)", qPrintable(run.id), run.next,
                     qPrintable(created.error().code));
        } else {
            run.contactIds.append(created->id);
            m_origins.insert(created->id, {run.id, run.next});
        }
        ++run.next;
    }
    if (!s || run.next >= s->contacts.size()) {
        setClock(run, std::max(now, double(s ? s->durationSeconds() : 0)));
        run.state = State::Finished;
    }
}

void TrainingEngine::contactCompleted(const User& agent, const Contact& contact)
{
    const auto origin = m_origins.constFind(contact.id);
    if (origin == m_origins.cend())
        return;
    auto run = m_runs.find(origin->runId);
    if (run == m_runs.end() || !run->contactIds.contains(contact.id))
        return;
    Result r;
    r.runId = run->id;
    r.traineeId = agent.id;
    r.displayName = agent.displayName;
    r.contactId = contact.id;
    r.scenarioIndex = origin->index;
    if (contact.assignedAt) {
        r.answerSeconds = contact.receivedAt.secsTo(*contact.assignedAt);
        if (contact.completedAt)
            r.handleSeconds = contact.assignedAt->secsTo(*contact.completedAt);
    }
    const training::Scenario* s = scenario(run->scenarioId);
    if (s && origin->index >= 0 && origin->index < s->contacts.size()) {
        std::optional<Report> report;
        if (contact.reportId)
            if (auto loaded = m_store.reports().get(agent, *contact.reportId))
                report = *loaded;
        const training::ScenarioContact& sc = s->contacts[origin->index];
        r.score = training::score(sc, contact, report);
        r.lesson = sc.expected.lesson;
    }
    run->results.append(r);
}

std::optional<QJsonObject> TrainingEngine::contactInfo(const QString& contactId) const
{
    const auto origin = m_origins.constFind(contactId);
    if (origin == m_origins.cend())
        return std::nullopt;
    const auto run = m_runs.constFind(origin->runId);
    if (run == m_runs.cend())
        return std::nullopt;
    QJsonObject info{{QStringLiteral("contactId"), contactId},
                     {QStringLiteral("runId"), run->id},
                     {QStringLiteral("scenarioId"), run->scenarioId}};
    if (const training::Scenario* s = scenario(run->scenarioId); s && origin->index >= 0)
        info.insert(QStringLiteral("script"), s->contacts[origin->index].script);
    for (const Result& r : run->results)
        if (r.contactId == contactId)
            info.insert(QStringLiteral("result"), toJson(r));
    return info;
}

QJsonObject TrainingEngine::toJson(const Result& r)
{
    QJsonArray fields;
    for (const training::FieldScore& f : r.score.fields)
        fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                  {QStringLiteral("ok"), f.ok},
                                  {QStringLiteral("expected"), f.expected},
                                  {QStringLiteral("actual"), f.actual}});
    QJsonObject o{
        {QStringLiteral("traineeId"), r.traineeId},         {QStringLiteral("displayName"), r.displayName},
        {QStringLiteral("contactId"), r.contactId},         {QStringLiteral("scored"), r.scenarioIndex >= 0},
        {QStringLiteral("score"), r.score.score},           {QStringLiteral("fields"), fields},
        {QStringLiteral("answerSeconds"), r.answerSeconds}, {QStringLiteral("handleSeconds"), r.handleSeconds}};
    if (!r.lesson.isEmpty())
        o.insert(QStringLiteral("lesson"), r.lesson);
    return o;
}

QJsonObject TrainingEngine::toJson(const Run& run, bool withResults) const
{
    QJsonObject o{{QStringLiteral("id"), run.id},
                  {QStringLiteral("scenarioId"), run.scenarioId},
                  {QStringLiteral("state"), stateName(run.state)},
                  {QStringLiteral("speed"), run.speed},
                  {QStringLiteral("clockSeconds"), int(std::floor(clockSeconds(run)))},
                  {QStringLiteral("startedAt"), json::formatTimestamp(run.startedAt)},
                  {QStringLiteral("contactIds"), QJsonArray::fromStringList(run.contactIds)}};
    if (withResults) {
        QJsonArray results;
        for (const Result& r : run.results)
            results.append(toJson(r));
        o.insert(QStringLiteral("results"), results);
    }
    return o;
}

} // namespace kc::server
