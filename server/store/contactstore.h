// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Contacts and their life cycle: created waiting in a queue (intake), taken by exactly one agent
// (accept), completed by that agent with a disposition and perhaps its report, or abandoned while
// still waiting.
//
// Invariants: who may see a contact is decided in SQL for lists (paging counts only what the
// viewer may see) and by detail::mayViewContact for single ones; a contact the viewer may not see
// is "not found", never "forbidden". Accepting and completing set the agent's state (busy,
// wrap-up) in the same transaction; every change appends to the change feed and is audited, and
// every read is audited before it is answered.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"
#include "server/store/intakestore.h"

#include <QJsonObject>

#include <optional>

namespace kc::server {

class AuditLog;
class ChangeRecorder;
class QueueStore;

class ContactStore
{
public:
    ContactStore(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder,
                 QueueStore& queues)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
        , m_queues(queues)
    {}

    // The contact of a POST /contacts body, decoded field by field so that every wrong field is
    // reported at once (`problems`, with Swedish field names), not only the first the codec meets.
    static Contact fromRequest(const QJsonObject& body, QList<Error>* problems);
    // `problems`: what fromRequest() found; create() adds the content rules and the queue's
    // existence and refuses with all of them (422, one entry per field).
    ApiResult<Contact> create(const User& by, Contact contact, const QList<Error>& problems = {});
    // state, queue: filters, empty for any.
    ApiResult<QList<Contact>> list(const User& viewer, const QString& state, const QString& queue, int limit,
                                   int offset);
    ApiResult<Contact> get(const User& viewer, const QString& id);
    ApiResult<Contact> accept(const User& agent, const QString& id);
    // reportId: must be a report filed for this contact, or by this agent without a contact; an
    // existing link is kept, never replaced.
    // knowledgeArticleIds: the knowledge articles used (issue 14), each one that exists.
    // callback: with callback_booked, the scheduled callback contact made in the same transaction
    // (IntakeStore); the tip rules of IntakeStore::dispositionRefused hold (issue 15).
    ApiResult<Contact> complete(const User& agent, const QString& id, Disposition disposition,
                                const std::optional<QString>& reportId, const QStringList& knowledgeArticleIds = {},
                                const std::optional<CallbackBooking>& callback = std::nullopt);
    ApiResult<Contact> abandon(const User& by, const QString& id);

private:
    // The common end of every change of a contact: (the agent's new state,) the contact's change,
    // (the agent's change,) the audit row, the commit. `owner` is the assigned agent, if any.
    ApiResult<Contact> publish(Transaction& tx, const Contact& c, const QString& event, const QString& owner,
                               const QString& byId, const QString& action, const QString& detail = {},
                               const std::optional<AgentState>& agentState = std::nullopt,
                               const std::optional<Contact>& callback = std::nullopt);

    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
    QueueStore& m_queues;
};

} // namespace kc::server
