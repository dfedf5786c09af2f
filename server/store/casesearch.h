// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Case history search: the reports (and the contacts linked to them) that match one
// personnummer, phone number, case number or set of words, newest first, for agents and
// supervisors. A search by personnummer or phone also finds the caller's completed contacts that
// have no report (e.g. Rådgivning, with the knowledge articles used): each is a hit of its own
// without a report, placed by when it came in among the reports (by when they were registered),
// so the caller's whole history pages with one cursor.
//
// Returns typed hits; the wire form is the HTTP layer's (apiserver.cpp). A page costs two
// queries, however many hits (three with report-less contacts): which hits, the reports, then the
// contacts of all of them at once.
//
// Invariants: every search is audited (with what was searched for, except free text) before
// anything is answered; free text reaches the engine's query syntax as letters and digits only.
//
// Thread rules: the thread that owns the Database (the server's thread).
#pragma once

#include "core/types.h"
#include "server/apierror.h"
#include "server/database.h"

#include <QDateTime>

#include <optional>

namespace kc::server {

class AuditLog;

struct CasesQuery
{
    QString personnummer, phone, caseNumber, text;
    int limit = 50;
    int offset = 0;
};

// What a hit shows of its report.
struct CaseSummary
{
    QString id, caseNumber;
    ReportStatus status = ReportStatus::Registered;
    QString offenceCode;
    QDateTime occurredFrom;
    QString municipalityCode, reporterName;
    QDateTime createdAt;
    // Where the report was handed (issue 15), so that a colleague's case shows it without being
    // opened; none for a report from before routing.
    std::optional<ReportRouting> routing;
};

struct CaseHit
{
    std::optional<CaseSummary> report; // none: a contact without a report (the only one in contacts)
    QList<Contact> contacts;           // linked to the report, newest first
};

struct CasePage
{
    QList<CaseHit> hits;
    std::optional<int> nextOffset; // where the next page starts; none on the last page
};

class CaseSearch
{
public:
    CaseSearch(Database& db, AuditLog& audit)
        : m_db(db)
        , m_audit(audit)
    {}

    ApiResult<CasePage> search(const User& viewer, const CasesQuery& query);

    // How many of the newest reports a PostgreSQL free-text search walks before it asks the GIN
    // index for every match (see findTextPostgres): 0 (the default) chooses by PostgreSQL's
    // estimate of how many reports match, at most MaxNewestWindow. Tests set a fixed one so that
    // both plans serve pages.
    static constexpr int MaxNewestWindow = 65536;
    void setNewestWindow(int reports) { m_newestWindow = reports; }

private:
    // The WHERE clause of one kind of search, its arguments and what the audit row says.
    struct Filter
    {
        QString where;
        QVariantList args;
        QString auditDetail;
        bool textOrder = false;  // SQLite free text: newest first by rowid, straight from the index
        bool newestWalk = false; // PostgreSQL free text: findTextPostgres
        // The caller's completed contacts without a report (personnummer and phone searches only).
        QString contactWhere;
        QVariantList contactArgs;
    };
    // One hit of a mixed page, in order: a report id or a report-less contact id.
    struct HitRef
    {
        bool isReport = true;
        QString id;
    };
    ApiResult<Filter> filterFor(const CasesQuery& query) const;
    ApiResult<Filter> textFilter(const QString& text) const;
    Result<QList<CaseSummary>> findReports(const Filter& filter, int limit, int offset);
    Result<QList<CaseSummary>> findTextPostgres(const Filter& filter, int limit, int offset);
    static Result<QList<CaseSummary>> summaries(Statement& q);
    static QString tsQueryLiteral(const Filter& filter); // PostgreSQL free text: the words as an SQL literal
    double estimatedMatches(const Filter& filter);       // -1: unknown
    double estimatedReports();                           // -1: unknown
    Result<QList<HitRef>> findMixed(const Filter& filter, int limit, int offset);
    Result<QList<CaseSummary>> reportsById(const QStringList& ids);
    Result<QHash<QString, Contact>> contactsById(const QStringList& ids);
    Result<QHash<QString, QList<Contact>>> contactsOf(const QList<CaseSummary>& reports);

    Database& m_db;
    AuditLog& m_audit;
    int m_newestWindow = 0;
};

} // namespace kc::server
