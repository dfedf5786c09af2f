// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The accounts of a classroom on a demo server: `utbildare` (trainer), `gruppchef` (supervisor) and
// `ovning1`…`ovning12` (agents on the standard queues), all with one password the trainer gives.
// Used by `kontaktcenter-server --demo --demo-password PW` and by the workstation's in-process demo.
//
// Invariants: seeding twice is harmless (accounts that exist are kept, their passwords unchanged).
// Thread rules: the Store's thread.
#pragma once

#include "server/apierror.h"

#include <QStringList>

namespace kc::server {

class Store;

namespace classroom {

inline constexpr int TraineeCount = 12;
QString trainerUsername();
QString supervisorUsername();
QString traineeUsername(int n); // 1…TraineeCount
QString intakeUsername();       // the e-service gateway (role intake)
QString areaUsername();         // Polisområde Skaraborg's receiving desk (role area)
QStringList usernames();        // trainer, supervisor, trainees

// Adds the missing accounts: usernames() and the intake and area accounts. The password must satisfy the server's rule
// (at least 10 characters).
ApiResult<int> seed(Store& store, const QString& password);

} // namespace classroom
} // namespace kc::server
