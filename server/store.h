// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The service's rules over its database, by resource: one part per concern, all over the one
// Database and sharing one AuditLog and one ChangeRecorder. The HTTP layer (apiserver.cpp) only
// translates requests and answers; it, the EventHub and the command line reach the parts through
// this facade, which owns them and wires them together.
//
//   users()     UserStore        accounts, sign-in and its limits, sessions, agent state
//   queues()    QueueStore       the queues: ids, display names, teams, service-level thresholds
//   contacts()  ContactStore     contacts and their life cycle
//   reports()   ReportStore      reports, case numbers, supplements, the free-text index
//   cases()     CaseSearch       case history search
//   feed()      ChangeFeed       the change feed's pages, visibility, retention
//   stats()     QueueStatistics  the wallboard's queue and agent statistics
//   keys()      IdempotencyKeys  stored answers of retried requests
//   supervision() Supervision    team agents, re-prioritising, hand-over, release, alerts, intervals
//   audit()     AuditLog         the audit trail
//   knowledge() KnowledgeStore   the knowledge base: articles, versions, search, use
//   intake()    IntakeStore      web reports and tips from the e-services, booked callbacks
//   handoffs()  HandoffStore     reports routed to the police areas, their acknowledgement
//
// Every change of a contact, report or agent state appends to `changes` in the same transaction
// (ChangeRecorder: sequence order is commit order on both engines). After a commit the change
// callback runs (the EventHub's poke); on PostgreSQL a NOTIFY kc_changes tells other server
// instances on the same database to poke theirs.
//
// Every create/change and every sign-in writes an audit row (who, when, action, resource id) in the
// same transaction as the thing it records; every read of personal data (contacts, reports, case
// history, the change feed, the trail itself) writes one before the data leaves — no row, no data.
//
// Messages for people (Swedish, as the contract wants) are translated in one context for all the
// parts, this class's: Store::tr.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"
#include "server/store/auditlog.h"
#include "server/store/casesearch.h"
#include "server/store/changefeed.h"
#include "server/store/changerecorder.h"
#include "server/store/contactstore.h"
#include "server/store/handoffstore.h"
#include "server/store/idempotencykeys.h"
#include "server/store/intakestore.h"
#include "server/store/knowledgestore.h"
#include "server/store/queuestatistics.h"
#include "server/store/queuestore.h"
#include "server/store/reportstore.h"
#include "server/store/supervision.h"
#include "server/store/userstore.h"

#include <QCoreApplication>

#include <functional>

namespace kc::server {

class Store
{
    Q_DECLARE_TR_FUNCTIONS(kc::server::Store)
public:
    Store(Database& db, const ServerOptions& options);
    Q_DISABLE_COPY_MOVE(Store)

    Database& database() { return m_db; }
    // Called after every commit that appended a change.
    void setChangeCallback(std::function<void()> callback) { m_recorder.setCallback(std::move(callback)); }

    // Marks the database as demo or production on first use; refuses the other kind afterwards.
    ApiResult<bool> claimDataKind(bool demo);

    QueueStore& queues() { return m_queues; }
    UserStore& users() { return m_users; }
    ContactStore& contacts() { return m_contacts; }
    ReportStore& reports() { return m_reports; }
    CaseSearch& cases() { return m_cases; }
    ChangeFeed& feed() { return m_feed; }
    QueueStatistics& stats() { return m_stats; }
    IdempotencyKeys& keys() { return m_keys; }
    Supervision& supervision() { return m_supervision; }
    AuditLog& audit() { return m_audit; }
    KnowledgeStore& knowledge() { return m_knowledge; }
    IntakeStore& intake() { return m_intake; }
    HandoffStore& handoffs() { return m_handoffs; }

private:
    Database& m_db;
    // Shared by the parts below: declared first, so built first.
    AuditLog m_audit;
    ChangeRecorder m_recorder;
    QueueStore m_queues;
    UserStore m_users;
    ContactStore m_contacts;
    ReportStore m_reports;
    CaseSearch m_cases;
    ChangeFeed m_feed;
    QueueStatistics m_stats;
    IdempotencyKeys m_keys;
    KnowledgeStore m_knowledge;
    Supervision m_supervision;
    IntakeStore m_intake;
    HandoffStore m_handoffs;
};

} // namespace kc::server
