// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/trainingroom.h"

#include "server/store.h"

namespace kc::server::classroom {

QString trainerUsername()
{
    return QStringLiteral("utbildare");
}

QString supervisorUsername()
{
    return QStringLiteral("gruppchef");
}

QString intakeUsername()
{
    return QStringLiteral("etjanst");
}

QString areaUsername()
{
    return QStringLiteral("skaraborg");
}

QString traineeUsername(int n)
{
    return QStringLiteral("ovning%1").arg(n);
}

QStringList usernames()
{
    QStringList names{trainerUsername(), supervisorUsername()};
    for (int n = 1; n <= TraineeCount; ++n)
        names.append(traineeUsername(n));
    return names;
}

ApiResult<int> seed(Store& store, const QString& password)
{
    const QString team = QStringLiteral("Skara övning");
    const QStringList queues{QStringLiteral("anmalan"), QStringLiteral("information"), QStringLiteral("tips")};
    int added = 0;
    for (const QString& username : usernames()) {
        User user;
        user.username = username;
        user.team = team;
        if (username == trainerUsername()) {
            user.role = Role::Trainer;
            user.displayName = QStringLiteral("Utbildare Skara");
        } else if (username == supervisorUsername()) {
            user.role = Role::Supervisor;
            user.displayName = QStringLiteral("Gruppchef Skara");
            user.queues = queues;
        } else {
            user.role = Role::Agent;
            user.displayName = QStringLiteral("Övning %1").arg(username.mid(6));
            user.queues = queues;
        }
        auto result = store.users().add(user, password);
        if (result)
            ++added;
        else if (result.error().status != 409)
            return result.error();
    }
    // Issue 15: the e-service gateway (web reports and tips in the exercise) and Skaraborg's
    // receiving desk, so the hand-off can be shown from both ends.
    User gateway;
    gateway.username = intakeUsername();
    gateway.displayName = QStringLiteral("E-tjänsten (övning)");
    gateway.role = Role::Intake;
    gateway.team = team;
    User area;
    area.username = areaUsername();
    area.displayName = QStringLiteral("Polisområde Skaraborg");
    area.role = Role::Area;
    area.policeArea = QStringLiteral("Skaraborg");
    for (const User& user : {gateway, area}) {
        auto result = store.users().add(user, password);
        if (result)
            ++added;
        else if (result.error().status != 409)
            return result.error();
    }
    return added;
}

} // namespace kc::server::classroom
