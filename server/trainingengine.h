// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The scenario engine of a demo server: runs of a scenario that put its contacts into the real
// queues at their offsets, so every trainee in the room sees the same contacts, and the scores of
// the trainees' work on them.
//
// A run's scenario clock is clockSeconds = base + (now − anchor) × speed while running, with `now`
// the server's injected clock (ServerOptions::now()): tests move that clock and call advance(), and
// never wait. advance() runs on every training request and once a second from the server's timer.
//
// Invariants: a scenario contact is created at most once per run (until reset); a contact belongs
// to at most one run; a result exists only for a completed contact of a run, at most one per
// contact. Runs live in the server's memory: a classroom is one server process.
//
// Thread rules: the server's thread (it uses the Store).
#pragma once

#include "server/apierror.h"
#include "server/trainingscenario.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace kc::server {

class Store;
struct ServerOptions;

class TrainingEngine
{
    Q_DECLARE_TR_FUNCTIONS(kc::server::TrainingEngine)
public:
    enum class State { Running, Paused, Finished };

    struct Result
    {
        QString runId;
        QString traineeId;
        QString displayName;
        QString contactId;
        int scenarioIndex = -1; // -1: injected by hand (no expected outcome; not scored)
        training::Score score;
        qint64 answerSeconds = 0; // received → accepted
        qint64 handleSeconds = 0; // accepted → completed
        QString lesson;
    };

    struct Run
    {
        QString id;
        QString scenarioId;
        State state = State::Running;
        int speed = 1;
        double baseSeconds = 0; // the clock at `anchor`
        QDateTime anchor;
        QDateTime startedAt;
        User trainer;
        int next = 0; // the next scenario contact to create
        QList<QString> contactIds;
        QList<Result> results;
    };

    TrainingEngine(Store& store, const ServerOptions& options, QList<training::Scenario> scenarios);

    const QList<training::Scenario>& scenarios() const { return m_scenarios; }
    static bool validSpeed(int speed) { return speed == 1 || speed == 2 || speed == 5 || speed == 10; }

    ApiResult<Run> start(const User& trainer, const QString& scenarioId, int speed);
    ApiResult<Run> run(const QString& id);
    ApiResult<Run> pause(const QString& id);
    ApiResult<Run> resume(const QString& id);
    // Back to 0 and paused: the run's waiting contacts are taken out of the queues (abandoned),
    // its results cleared, so the scenario can be played again from the start.
    ApiResult<Run> reset(const QString& id);
    ApiResult<Run> setSpeed(const QString& id, int speed);
    // A contact the trainer makes up during the run; not scored.
    ApiResult<Contact> inject(const QString& id, const QJsonObject& body);

    // Creates every due contact of every running run.
    void advance();
    // A completed contact: scored when it belongs to a run. Reads its report as `agent`.
    void contactCompleted(const User& agent, const Contact& contact);
    // The scenario side of a contact: script and, once completed, the result; nullopt when it is no
    // training contact.
    std::optional<QJsonObject> contactInfo(const QString& contactId) const;

    double clockSeconds(const Run& run) const;
    QJsonObject toJson(const Run& run, bool withResults) const;
    static QJsonObject toJson(const Result& result);

private:
    const training::Scenario* scenario(const QString& id) const;
    void advance(Run& run);
    void setClock(Run& run, double seconds);

    Store& m_store;
    const ServerOptions& m_options;
    QList<training::Scenario> m_scenarios;
    QHash<QString, Run> m_runs;
    struct Origin
    {
        QString runId;
        int index = -1;
    };
    QHash<QString, Origin> m_origins; // contact id → where it came from
    int m_serial = 0;
};

} // namespace kc::server
