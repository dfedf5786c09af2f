// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store.h"

#include "server/store/storecommon.h"

namespace kc::server {

Store::Store(Database& db, const ServerOptions& options)
    : m_db(db)
    , m_audit(db, options)
    , m_recorder(db, options)
    , m_queues(db, options, m_audit)
    , m_users(db, options, m_audit, m_recorder, m_queues)
    , m_contacts(db, options, m_audit, m_recorder, m_queues)
    , m_reports(db, options, m_audit, m_recorder)
    , m_cases(db, m_audit)
    , m_feed(db, options, m_audit)
    , m_stats(db, options, m_queues)
    , m_keys(db, options)
    , m_knowledge(db, options, m_audit, m_recorder)
    , m_supervision(db, options, m_audit, m_recorder, m_queues, m_stats)
    , m_intake(db, options, m_audit, m_recorder)
    , m_handoffs(db, options, m_audit, m_recorder)
{}

ApiResult<bool> Store::claimDataKind(bool demo)
{
    const QString wanted = demo ? QStringLiteral("demo") : QStringLiteral("production");
    const QString current = m_db.meta(QStringLiteral("data_kind"));
    if (current.isEmpty())
        return m_db.setMeta(QStringLiteral("data_kind"), wanted) ? ApiResult<bool>(true) : internalError();
    if (current != wanted)
        return detail::error(409, "conflict",
                             demo ? tr("This database holds production data; a demo server must not use it.")
                                  : tr("This database holds demo data; a production server must not use it."));
    return true;
}

} // namespace kc::server
