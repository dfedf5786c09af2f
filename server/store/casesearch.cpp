// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/casesearch.h"

#include "core/casenumber.h"
#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/phonenumber.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/handoffstore.h"
#include "server/store/storecommon.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kc::server {

using namespace detail;

ApiResult<CasePage> CaseSearch::search(const User& viewer, const CasesQuery& query)
{
    if (viewer.role != Role::Agent && viewer.role != Role::Supervisor)
        return forbidden();
    const auto filter = filterFor(query);
    if (!filter)
        return filter.error();
    CasePage page;
    if (filter->contactWhere.isEmpty()) {
        auto reports = filter->newestWalk ? findTextPostgres(*filter, query.limit + 1, query.offset)
                                          : findReports(*filter, query.limit + 1, query.offset);
        if (!reports)
            return internalError();
        if (reports->size() > query.limit) {
            reports->removeLast();
            page.nextOffset = query.offset + query.limit;
        }
        const auto contacts = contactsOf(*reports);
        if (!contacts)
            return internalError();
        for (const CaseSummary& r : std::as_const(*reports))
            page.hits.append(CaseHit{r, contacts->value(r.id)});
    } else {
        auto refs = findMixed(*filter, query.limit + 1, query.offset);
        if (!refs)
            return internalError();
        if (refs->size() > query.limit) {
            refs->removeLast();
            page.nextOffset = query.offset + query.limit;
        }
        QStringList reportIds, contactIds;
        for (const HitRef& ref : std::as_const(*refs))
            (ref.isReport ? reportIds : contactIds) << ref.id;
        const auto reports = reportsById(reportIds);
        const auto lone = contactsById(contactIds);
        if (!reports || !lone)
            return internalError();
        const auto contacts = contactsOf(*reports);
        if (!contacts)
            return internalError();
        QHash<QString, CaseSummary> byId;
        for (const CaseSummary& r : std::as_const(*reports))
            byId.insert(r.id, r);
        for (const HitRef& ref : std::as_const(*refs)) {
            if (ref.isReport) {
                if (const auto it = byId.constFind(ref.id); it != byId.cend())
                    page.hits.append(CaseHit{*it, contacts->value(ref.id)});
            } else if (const auto it = lone->constFind(ref.id); it != lone->cend()) {
                page.hits.append(CaseHit{std::nullopt, {*it}});
            }
        }
    }
    // No audit row, no data.
    if (!m_audit.writeRead(viewer, QStringLiteral("cases.search"), QStringLiteral("cases"), filter->auditDetail))
        return internalError();
    return page;
}

ApiResult<CaseSearch::Filter> CaseSearch::filterFor(const CasesQuery& query) const
{
    Filter f;
    if (!query.personnummer.isEmpty()) {
        const auto pn = Personnummer::parse(query.personnummer);
        if (!pn)
            return validationFailed({Error{QStringLiteral("personnummer"), pn.error().message, pn.error().code}});
        // One indexed lookup per place the number can be, as a union of ids: an OR over the three
        // (with a subquery) is a scan of every report on PostgreSQL, which cannot combine a subquery
        // into a bitmap OR.
        f.where = QStringLiteral("id IN (SELECT id FROM reports WHERE reporter_personnummer = ? UNION SELECT id FROM "
                                 "reports WHERE injured_personnummer = ? UNION SELECT report_id FROM contacts WHERE "
                                 "caller_personnummer = ? AND report_id IS NOT NULL)");
        f.args << pn->digits() << pn->digits() << pn->digits();
        f.auditDetail = QStringLiteral("personnummer=") + pn->digits();
        f.contactWhere = QStringLiteral("caller_personnummer = ?");
        f.contactArgs << pn->digits();
    } else if (!query.phone.isEmpty()) {
        const auto ph = PhoneNumber::parse(query.phone);
        if (!ph)
            return validationFailed({Error{QStringLiteral("phone"), ph.error().message, ph.error().code}});
        f.where = QStringLiteral("id IN (SELECT id FROM reports WHERE reporter_phone = ? UNION SELECT report_id FROM "
                                 "contacts WHERE caller_phone = ? AND report_id IS NOT NULL)");
        f.args << ph->e164() << ph->e164();
        f.auditDetail = QStringLiteral("phone=") + ph->e164();
        f.contactWhere = QStringLiteral("caller_phone = ?");
        f.contactArgs << ph->e164();
    } else if (!query.caseNumber.isEmpty()) {
        const auto cn = CaseNumber::parse(query.caseNumber);
        if (!cn)
            return validationFailed({Error{QStringLiteral("caseNumber"), cn.error().message, cn.error().code}});
        if (cn->hasPrefix()) {
            f.where = QStringLiteral("case_number = ?");
            f.args << cn->toString();
        } else {
            f.where = QStringLiteral("case_number LIKE ?");
            f.args << QString(QStringLiteral("%-") + cn->toString());
        }
        f.auditDetail = QStringLiteral("caseNumber=") + cn->toString();
    } else if (!query.text.trimmed().isEmpty()) {
        return textFilter(query.text);
    } else {
        return validationFailed(
            {Error{QStringLiteral("query"), Store::tr("Search by personnummer, phone number, case number or text."),
                   QStringLiteral("missing")}});
    }
    return f;
}

ApiResult<CaseSearch::Filter> CaseSearch::textFilter(const QString& text) const
{
    // Every word must occur as the start of a word of the report (prefix match), through the
    // full-text index of either engine. Only letters and digits reach the query syntax.
    QStringList words;
    for (const QString& raw : text.toLower().split(u' ', Qt::SkipEmptyParts)) {
        QString w;
        for (QChar ch : raw)
            if (ch.isLetterOrNumber())
                w.append(ch);
        if (!w.isEmpty())
            words << w;
    }
    if (words.isEmpty())
        return validationFailed({Error{QStringLiteral("q"), Store::tr("Give at least one word to search for."),
                                       QStringLiteral("missing")}});
    Filter f;
    QStringList terms;
    if (m_db.dialect() == Dialect::Sqlite) {
        for (const QString& w : std::as_const(words))
            terms << QString(u'"' + w + QStringLiteral("\"*"));
        f.where = QStringLiteral("reports_fts MATCH ?"); // findReports joins reports_fts
        f.args << terms.join(u' ');
        f.textOrder = true;
    } else {
        // Schema 10: the stored words (search_tsv) with their GIN index; findTextPostgres pages.
        for (const QString& w : std::as_const(words))
            terms << QString(w + QStringLiteral(":*"));
        f.where = QStringLiteral("search_tsv @@ to_tsquery('simple', ?)");
        f.args << terms.join(QLatin1String(" & "));
        f.newestWalk = true;
    }
    f.auditDetail = QStringLiteral("q");
    return f;
}

Result<QList<CaseSummary>> CaseSearch::findReports(const Filter& filter, int limit, int offset)
{
    QVariantList args = filter.args;
    args << limit << offset;
    // The routing columns (HandoffStore::routingColumns), not web_report: a summary never carries
    // the citizen's submission.
    // SQLite free text: the full-text table drives, newest rowid first, so the engine stops after
    // the page (an IN over its matches collected every one first: 200 ms at 1M for a word of every
    // report).
    auto q = m_db.exec(
        filter.textOrder
            ? QStringLiteral("SELECT reports.id, reports.body, %1 FROM reports_fts JOIN reports ON reports.rowid ="
                             " reports_fts.rowid WHERE %2 ORDER BY reports_fts.rowid DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(HandoffStore::routingColumns), filter.where)
            : QStringLiteral(
                  "SELECT id, body, %1 FROM reports WHERE %2 ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                  .arg(QLatin1String(HandoffStore::routingColumns), filter.where),
        args);
    if (!q)
        return q.error();
    return summaries(*q);
}

Result<QList<CaseSummary>> CaseSearch::summaries(Statement& q)
{
    QList<CaseSummary> found;
    while (q.next()) {
        auto r = json::fromJson<Report>(parseObject(q.value(1).toString()));
        if (!r)
            return r.error();
        found.append(CaseSummary{q.value(0).toString(), r->caseNumber, r->status, r->offenceCode, r->occurredFrom,
                                 r->location.municipalityCode, r->reporter.name, r->createdAt,
                                 HandoffStore::routingFrom(q, 2)});
    }
    q.finish();
    return found;
}

Result<QList<CaseSummary>> CaseSearch::findTextPostgres(const Filter& filter, int limit, int offset)
{
    // PostgreSQL has no index that keeps each word's reports in date order (SQLite's full-text rows
    // share the report's rowid), and "every match, sorted" costs a heap visit per match: a surname
    // matches 16,700 of 1M reports, a word of the narrative every one. Two plans, each made sure of
    // by how the SQL is written rather than left to the planner:
    // 1. Walk the newest reports from reports_newest in page order, checking the stored words, up to
    //    a window: quick when the words are common, which is when (2) is slow.
    // 2. All matches from the GIN index, sorted (created_at + 0 cannot be read from reports_newest,
    //    so the planner never walks all reports hoping to meet rare words): quick when they are rare.
    // Which one comes from PostgreSQL's own estimate of how many reports match (its statistics of
    // search_tsv); walking the window without filling the page falls back to (2), so a wrong
    // estimate costs time, never results.
    // Both give the order of every case page: created_at DESC, id DESC. EXPLAIN ANALYZE at 1M (2
    // loaded cores): walking 16,384 reports 22–55 ms; sorting a surname's 15,906 matches 124 ms
    // (14,676 pages read), 661 matches 4 ms; a prefix (word:*) is a partial match in GIN, which
    // reads every posting of every matching word: two common words 55–110 ms in the index alone.
    int window = m_newestWindow;
    if (window == 0) {
        const double matches = estimatedMatches(filter);
        const double reports = estimatedReports();
        // Reports to walk to fill the page, if the matches are spread evenly over time.
        const double walk = double(offset + limit) * reports / std::max(matches, 1.0);
        if (reports < 0 || matches < 0) {
            window = 1024; // never analysed (a new database): small, either plan is quick
        } else if (walk <= 2 * matches) {
            // A walked report costs about half what a sorted match does (bench_server_cases);
            // the window holds about four pages' worth, in a few sizes only.
            for (int w = 1024; w <= MaxNewestWindow && window == 0; w *= 4)
                if (4 * walk <= w)
                    window = w;
        }
    }
    // The statements are not prepared: the words go into the text as a literal (letters, digits,
    // ":*" and " & " only, see textFilter; quoted all the same), so PostgreSQL plans each search
    // for its own words. A prepared one soon runs a generic plan made without them: 46 ms at 1M
    // for a word of no report, against 0.03 ms planned for it (bench_server_cases).
    const QString where = QStringLiteral("search_tsv @@ to_tsquery('simple', %1)").arg(tsQueryLiteral(filter));
    const QLatin1String columns(HandoffStore::routingColumns);
    if (window > 0) {
        auto newest = m_db.exec(
            QStringLiteral("SELECT id, body, %1 FROM (SELECT id, body, %1, created_at, search_tsv FROM reports ORDER BY"
                           " created_at DESC, id DESC LIMIT %2) AS newest WHERE %3 ORDER BY created_at DESC, id DESC"
                           " LIMIT %4 OFFSET %5")
                .arg(columns)
                .arg(window)
                .arg(where)
                .arg(limit)
                .arg(offset));
        if (!newest)
            return newest.error();
        auto found = summaries(*newest);
        if (!found || found->size() == limit)
            return found;
    }
    auto all =
        m_db.exec(QStringLiteral("SELECT id, body, %1 FROM reports WHERE %2 ORDER BY created_at + 0 DESC, id DESC"
                                 " LIMIT %3 OFFSET %4")
                      .arg(columns, where)
                      .arg(limit)
                      .arg(offset));
    if (!all)
        return all.error();
    return summaries(*all);
}

QString CaseSearch::tsQueryLiteral(const Filter& filter)
{
    QString text = filter.args.value(0).toString();
    text.replace(u'\'', QStringLiteral("''"));
    return u'\'' + text + u'\'';
}

double CaseSearch::estimatedMatches(const Filter& filter)
{
    // EXPLAIN cannot be prepared either. Only the planner's estimate is read; nothing is run.
    auto q = m_db.exec(QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM reports WHERE search_tsv @@"
                                      " to_tsquery('simple', %1)")
                           .arg(tsQueryLiteral(filter)));
    if (!q || !q->next())
        return -1;
    const QJsonArray plans = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).array();
    q->finish();
    return plans.at(0)[u"Plan"][u"Plan Rows"].toDouble(-1);
}

double CaseSearch::estimatedReports()
{
    // What ANALYZE (or autovacuum) last counted; -1 before the first.
    auto q = m_db.exec(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'reports'::regclass"));
    if (!q || !q->next())
        return -1;
    const double n = q->value(0).toDouble();
    q->finish();
    return n;
}

namespace {

QVariantList variants(const QStringList& list)
{
    return QVariantList(list.cbegin(), list.cend());
}

} // namespace

Result<QList<CaseSearch::HitRef>> CaseSearch::findMixed(const Filter& filter, int limit, int offset)
{
    // Reports by when they were registered and report-less contacts by when they came in, merged
    // into one order (ties by id, so offset paging is stable). A contact still waiting or being
    // handled is not history yet, and an abandoned one was never answered: completed ones only.
    // SQLite without statistics (no ANALYZE) took the index on state for "state = 'completed'",
    // which is nearly every contact (bench_server_cases, 1M: 270 ms); the unary + keeps it to the
    // caller's number, as PostgreSQL's planner does by itself.
    QVariantList args = filter.args;
    args << filter.contactArgs << limit << offset;
    auto q = m_db.exec(
        QStringLiteral("SELECT kind, id FROM (SELECT 'r' AS kind, id, created_at AS at FROM reports WHERE %1"
                       " UNION ALL SELECT 'c' AS kind, id, received_at AS at FROM contacts WHERE report_id IS NULL"
                       " AND %3 = 'completed' AND %2) AS hits"
                       " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
            .arg(filter.where, filter.contactWhere,
                 m_db.dialect() == Dialect::Sqlite ? QStringLiteral("+state") : QStringLiteral("state")),
        args);
    if (!q)
        return q.error();
    QList<HitRef> refs;
    while (q->next())
        refs.append(HitRef{q->value(0).toString() == QLatin1String("r"), q->value(1).toString()});
    q->finish();
    return refs;
}

Result<QList<CaseSummary>> CaseSearch::reportsById(const QStringList& ids)
{
    if (ids.isEmpty())
        return QList<CaseSummary>();
    return findReports(
        Filter{QStringLiteral("id IN (%1)").arg(placeholders(ids.size())), variants(ids), {}, false, false, {}, {}},
        int(ids.size()), 0);
}

Result<QHash<QString, Contact>> CaseSearch::contactsById(const QStringList& ids)
{
    QHash<QString, Contact> found;
    if (ids.isEmpty())
        return found;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE id IN (%2)")
                           .arg(QLatin1String(contactColumns), placeholders(ids.size())),
                       variants(ids));
    if (!q)
        return q.error();
    while (q->next()) {
        Contact c = contactFromRow(*q);
        found.insert(c.id, c);
    }
    return found;
}

Result<QHash<QString, QList<Contact>>> CaseSearch::contactsOf(const QList<CaseSummary>& reports)
{
    // The contacts of every report found, in one query rather than one per report.
    QHash<QString, QList<Contact>> contacts;
    if (reports.isEmpty())
        return contacts;
    QStringList marks;
    QVariantList ids;
    for (const CaseSummary& r : reports) {
        marks << QStringLiteral("?");
        ids << r.id;
    }
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM contacts WHERE report_id IN (%2) ORDER BY received_at DESC")
                           .arg(QLatin1String(contactColumns), marks.join(u',')),
                       ids);
    if (!q)
        return q.error();
    while (q->next()) {
        const Contact c = contactFromRow(*q);
        contacts[c.reportId.value_or(QString())].append(c);
    }
    return contacts;
}

} // namespace kc::server
