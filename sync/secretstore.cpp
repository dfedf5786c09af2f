// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/secretstore.h"

#include "models/localstore.h"

namespace kc::sync {

QString LocalStoreSecretStore::token() const
{
    return m_store.value(QStringLiteral("token"));
}

void LocalStoreSecretStore::setToken(const QString& token)
{
    m_store.setValue(QStringLiteral("token"), token);
}

} // namespace kc::sync
