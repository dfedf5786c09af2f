// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Where registered reports go (issue 15): each report is routed at registration by its kommun to
// its polisområde, and the area's receiving desk (role `area`) lists the reports handed to it
// (GET /handoffs) and acknowledges them (POST /handoffs/{reportId}/ack).
//
// The routing rule: the kommun's row in the reference data (resources/reference/municipalities.csv)
// names its polisregion and polisområde; only a row whose police_area_certain is yes routes the
// report to that area (state "new"). Any other gets state "unrouted" with the region and no area:
// a report handed to the wrong area is worse than one a person routes by hand, so never a guess.
//
// Storage: routing lives in the report's columns (police_region, police_area, routing_state,
// routed_at, acknowledged_at, acknowledged_by), the citizen's original in web_report; neither is in
// the report's body, and both are merged into the report's wire form when it is read
// (applyColumns). The acknowledgement changes only these columns: it records a report.updated
// change for the report's own viewers without bumping the report's version (an edit in progress
// does not conflict with it).
// Handoff rows: every routing event also appends a `report` change scoped "area:NAME" with no
// owner; only that area's users see it (ChangeFeed), and its data is the handoff item (no personal
// data).
//
// Invariants: an area user sees only its own area's handoffs; any other is "not found". Listing is
// audited as a read, an acknowledgement as a change (a repeated one as a read).
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"
#include "server/serveroptions.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace kc::server {

class AuditLog;
class ChangeRecorder;

class HandoffStore
{
public:
    HandoffStore(Database& db, const ServerOptions& options, AuditLog& audit, ChangeRecorder& recorder)
        : m_db(db)
        , m_options(options)
        , m_audit(audit)
        , m_recorder(recorder)
    {}

    // The routing of a report registered now in this kommun (see the rule above); nullopt for a
    // code the reference data does not know.
    static std::optional<ReportRouting> routeFor(const QString& municipalityCode, const QDateTime& now);

    // The report columns applyColumns() reads, in its order.
    static const char* const columns;
    // Its first six, the routing only (what routingFrom() reads; a case summary has no webReport).
    static const char* const routingColumns;
    // The routing in routingColumns starting at `first`; nullopt for a report from before routing.
    static std::optional<ReportRouting> routingFrom(const QSqlQuery& q, int first);
    // Puts `routing` and `webReport` from the columns (starting at `first`) into a report's JSON.
    static void applyColumns(QJsonObject& report, const QSqlQuery& q, int first);
    // The handoff item of a report's JSON (with routing): no personal data.
    static QJsonObject item(const QString& reportId, const QJsonObject& report);
    // The scope of an area's handoff rows in the change feed.
    static QString scopeOf(const QString& policeArea) { return QStringLiteral("area:") + policeArea; }

    // {"items":[handoff item]} of the viewer's area, newest routedAt first; state: "" (both), new or
    // acknowledged.
    ApiResult<QJsonObject> list(const User& viewer, const QString& state);
    ApiResult<QJsonObject> acknowledge(const User& viewer, const QString& reportId);

private:
    Database& m_db;
    const ServerOptions& m_options;
    AuditLog& m_audit;
    ChangeRecorder& m_recorder;
};

} // namespace kc::server
