// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// What supervisors do with their team's queues and agents, and the shift hand-over: the team's
// agents (GET /agents), re-prioritising or moving a waiting contact (PATCH /contacts/{id}), a
// contact handed back to the queue with a note and the draft (handover), a held contact released
// by a supervisor (release), per-queue alert thresholds, the alerts the server raises and clears,
// and today's figures per 15 minutes.
//
// Definitions (the README's "Supervisor figures" repeats them):
//   offered        answered + abandoned today (the server's local day)
//   answered       contacts of the queue whose (last) acceptance was today
//   within         answered with assigned_at - received_at <= the queue's service-level threshold
//   service level  within ÷ offered, in percent (100 when nothing was offered)
//   interval       15 minutes from local midnight; its service level is cumulative from midnight to
//                  the interval's end, so the last interval equals the wallboard's figure
// A handed-over or released contact is waiting again with its original received_at and priority;
// when a colleague takes it, it counts as answered once, at that acceptance.
//
// Alerts: a queue's thresholds (none by default) are compared with QueueStatistics::forQueue():
// longest_wait when the longest wait is above longestWaitSeconds, service_level when the service
// level is below serviceLevelPercent, waiting when more than `waiting` contacts wait. An alert is
// raised when its condition starts to hold and cleared when it stops (evaluateAlerts(), at every
// change and on the server's periodic tick, always with the injected clock). The partial unique
// index on (queue, kind) of active alerts and INSERT … ON CONFLICT DO NOTHING make the raise
// happen once however many server instances evaluate; only the instance whose UPDATE cleared the
// row announces the clearing. Raising and clearing append `alert` changes (alert.raised,
// alert.cleared) scoped to the queue: the supervisors of that queue (and trainers on a demo server)
// receive them.
//
// Invariants: a supervisor acts on their own queues' contacts and their team's agents only;
// anything else is "not found". Every change is audited and appends to the change feed in the same
// transaction; reading a hand-over (it holds personal data) is audited before it is answered.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QJsonObject>

namespace kc::server {

class AuditLog;
class ChangeRecorder;
class QueueStore;
class QueueStatistics;

struct QueueThresholds
{
    std::optional<int> longestWaitSeconds;
    std::optional<int> serviceLevelPercent;
    std::optional<int> waiting;
};

struct Alert
{
    QString id;
    QString queue;
    QString kind; // longest_wait | service_level | waiting
    double value = 0;
    double threshold = 0;
    QDateTime raisedAt;
    std::optional<QDateTime> clearedAt;
    std::optional<QString> contactId; // callback_missed: the callback contact
};

class Supervision
{
public:
    Supervision(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder,
                QueueStore& queues, QueueStatistics& stats)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
        , m_queues(queues)
        , m_stats(stats)
    {}

    // {"items":[AgentState + queues, currentContactId?, handledToday]}
    ApiResult<QJsonObject> agents(const User& viewer);
    // body: {"priority"?, "queue"?}; version: the If-Match.
    ApiResult<Contact> patchContact(const User& supervisor, const QString& id, const QJsonObject& body, qint64 version);
    ApiResult<Contact> handover(const User& agent, const QString& id, const QString& note, const QJsonObject& draft);
    // {"note","draft","by","at"}
    ApiResult<QJsonObject> handoverOf(const User& viewer, const QString& id);
    ApiResult<Contact> release(const User& supervisor, const QString& id);

    ApiResult<QueueThresholds> thresholds(const User& viewer, const QString& queue);
    ApiResult<QueueThresholds> setThresholds(const User& supervisor, const QString& queue, const QJsonObject& body);
    ApiResult<QList<Alert>> alerts(const User& viewer, bool activeOnly);
    // Raises and clears alerts against `now`; returns how many it raised or cleared. Turns due
    // callbacks waiting first (evaluateCallbacks).
    int evaluateAlerts(const QDateTime& now);
    // Issue 15: booked callbacks whose callbackAt has come become waiting (contact.updated); a
    // callback still waiting more than 15 minutes after its time raises callback_missed (value:
    // minutes late, threshold 15, contactId), cleared once it is no longer waiting. Returns how many
    // contacts and alerts it changed.
    int evaluateCallbacks(const QDateTime& now);
    // {"items":[{"start","arrived","answered","abandoned","serviceLevelPercent"}]}; queue empty: all
    // the viewer's queues together; date invalid: today.
    ApiResult<QJsonObject> intervals(const User& viewer, const QString& queue, const QDate& date, const QDateTime& now);

    static QJsonObject toJson(const QueueThresholds& t);
    static QJsonObject toJson(const Alert& a);

private:
    QStringList queuesOf(const User& viewer);
    std::optional<QueueThresholds> loadThresholds(const QString& queue);
    // Back to waiting: the common part of handover and release.
    ApiResult<Contact> requeue(Transaction& tx, const QString& id, const QString& byId, const QString& action,
                               const QString& formerOwner);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
    QueueStore& m_queues;
    QueueStatistics& m_stats;
};

} // namespace kc::server
