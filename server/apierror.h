// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The answer of the service's rules when it is not 2xx: the contract's error shape, as every
// part of the Store returns it and the HTTP layer (apiserver.cpp) sends it.
//
// Thread rules: plain values; any thread.
#pragma once

#include "core/result.h"

#include <QMap>
#include <QString>

namespace kc::server {

struct ApiError
{
    int status = 500;
    QString code;                  // "validation_failed", "already_assigned", …
    QString message;               // Swedish, for people
    QMap<QString, QString> fields; // field path → Swedish message (422)
    int retryAfterSeconds = 0;     // > 0: sent as Retry-After (429, 503)
};

template<typename T>
using ApiResult = Result<T, ApiError>;

// 500 "internal": nothing was saved, try again.
ApiError internalError();

} // namespace kc::server
