// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Plain values of the supervisor models (models/supervisormodels.h): their item roles, the level
// of a figure against its threshold, a queue's alert thresholds. Kept apart from the models'
// header, whose QObject classes lupdate must see in their namespace.
// Thread rules: values; any thread.
#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace kc {

// Roles shared by the supervisor models (SupervisorRoles::SinceRole, …).
enum SupervisorRoles : int {
    SinceRole = Qt::UserRole + 40, // QDateTime: when the ticking time started (invalid: no time)
    IdRole,                        // queue id, agent id or contact id
    LevelRole,                     // int Level of the cell (colour beside the text)
    PriorityRole,                  // contact priority 1..5
    VersionRole,                   // contact version (If-Match)
    QueueRole,                     // contact's queue id
    LimitRole,                     // qint64 seconds above which the ticking time is an alarm (0: none)
    CurrentContactRole,            // agent's current contact id
    AgentStateRole,                // agent's AgentStatus as int
    AgentQueuesRole,               // QStringList: the queues an agent serves (GET /agents "queues")
};

enum class Level { Normal = 0, Warning = 1, Alarm = 2 };

struct Thresholds
{
    std::optional<int> longestWaitSeconds;
    std::optional<int> serviceLevelPercent;
    std::optional<int> waiting;
    static Thresholds fromJson(const QJsonObject& o);
    QJsonObject toJson() const;
};

// How long an agent may stay in one state before the supervisor's view marks it "unusually long"
// (the ticking time-in-state column says so in words, with the red square beside). A team policy,
// not a law: the defaults below are the project's choice (README, "Supervisors"), 0 = never.
//   Upptagen (one contact)     20 min   a call that long needs a look (stuck, or needs help)
//   Efterarbete                 5 min   wrap-up is meant for finishing notes, not for pausing
//   Ej redo (no/other reason)  15 min
//   Ej redo – Rast             20 min   a break; Lunch 60 min; Möte 120 min; Utbildning 240 min
//   Redo, Utloggad              never   (Utloggad holding a contact is marked on its own)
struct StateLimits
{
    int busySeconds = 20 * 60;
    int wrapUpSeconds = 5 * 60;
    int notReadySeconds = 15 * 60;
    // Per Ej redo reason as the agent chose it (the reason's words, case-insensitive).
    QHash<QString, int> notReadyReasonSeconds{
        {QStringLiteral("rast"), 20 * 60},
        {QStringLiteral("lunch"), 60 * 60},
        {QStringLiteral("möte"), 120 * 60},
        {QStringLiteral("utbildning"), 240 * 60},
    };
    // Seconds above which `state` (with `reason`) is unusually long; 0: no limit.
    int limitFor(AgentStatus state, const std::optional<QString>& reason) const;
};

// One queue's figures and when its longest-waiting contact arrived (invalid: none waits).
struct QueueStatsRow
{
    QueueStats stats;
    QDateTime oldestSince;
};

} // namespace kc
