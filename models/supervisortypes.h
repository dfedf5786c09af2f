// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Plain values of the supervisor models (models/supervisormodels.h): their item roles, the level
// of a figure against its threshold, a queue's alert thresholds. Kept apart from the models'
// header, whose QObject classes lupdate must see in their namespace.
// Thread rules: values; any thread.
#pragma once

#include "core/types.h"

#include <QDateTime>
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

// One queue's figures and when its longest-waiting contact arrived (invalid: none waits).
struct QueueStatsRow
{
    QueueStats stats;
    QDateTime oldestSince;
};

} // namespace kc
