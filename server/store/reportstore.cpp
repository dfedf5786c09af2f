// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/reportstore.h"

#include "core/casenumber.h"
#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "core/validation.h"
#include "server/auth.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/handoffstore.h"
#include "server/store/storecommon.h"

namespace kc::server {

using namespace detail;

namespace {

// What free-text search looks through: lower-cased, no personal identity numbers.
QString searchText(const Report& r)
{
    QStringList parts{r.caseNumber, r.narrative, r.reporter.name, r.location.description.value_or(QString())};
    if (const auto* o = ReferenceData::builtin().offenceType(r.offenceCode))
        parts.append(o->name);
    if (const auto* m = ReferenceData::builtin().municipality(r.location.municipalityCode))
        parts.append(m->name);
    if (r.injuredParty)
        parts.append(r.injuredParty->name);
    for (const StolenItem& i : r.stolenItems)
        parts << i.description << i.brand.value_or(QString()) << i.model.value_or(QString())
              << i.serialNumber.value_or(QString());
    return parts.join(u' ').toLower();
}

} // namespace

// ---- reports -------------------------------------------------------------------------------------

std::optional<Report> ReportStore::load(const QString& id)
{
    auto q = m_db.exec(QStringLiteral("SELECT body, version, updated_at, %1 FROM reports WHERE id = ?")
                           .arg(QLatin1String(HandoffStore::columns)),
                       {id});
    if (!q || !q->next())
        return std::nullopt;
    QJsonObject body = parseObject(q->value(0).toString());
    HandoffStore::applyColumns(body, *q, 3);
    auto r = json::fromJson<Report>(body);
    if (!r)
        return std::nullopt;
    Report report = *r;
    report.version = q->value(1).toLongLong();
    report.updatedAt = fromMs(q->value(2).toLongLong());
    q->finish();
    report.supplements.clear();
    auto s =
        m_db.exec(QStringLiteral("SELECT at, by_user, text FROM supplements WHERE report_id = ? ORDER BY id"), {id});
    while (s && s->next())
        report.supplements.append({fromMs(s->value(0).toLongLong()), s->value(1).toString(), s->value(2).toString()});
    return report;
}

ApiResult<Report> ReportStore::create(const User& agent, Report r)
{
    const QDateTime now = m_options.now();
    r = normalizedReport(std::move(r));
    if (auto errors = validateReportForCreate(r, ReferenceData::builtin(), now); !errors.isEmpty())
        return validationFailed(errors);
    r.webReport.reset(); // server-owned: copied from the contact below, never taken from the client
    if (r.contactId) {
        const auto c = loadContact(m_db, *r.contactId);
        if (!c || !mayViewContact(agent, *c, m_options.demo)) {
            ApiError e = error(422, "validation_failed", Store::tr("The contact does not exist or is not yours."));
            e.fields.insert(QStringLiteral("contactId"), e.message);
            return e;
        }
        // Only a contact the agent has taken: assigned to them, or completed by them (the outbox may
        // send a report after the completion). A waiting contact in their queue is not theirs yet.
        const bool taken =
            c->assignedTo == agent.id && (c->state == ContactState::Assigned || c->state == ContactState::Completed);
        if (!taken) {
            ApiError e = error(422, "validation_failed",
                               Store::tr("A report can only be linked to a contact you have accepted."));
            e.fields.insert(QStringLiteral("contactId"), e.message);
            return e;
        }
        // A tip never becomes a crime report by accident (issue 15).
        if (c->tip) {
            ApiError e = error(422, "validation_failed", Store::tr("A tip cannot be registered as a report."));
            e.fields.insert(QStringLiteral("contactId"), e.message);
            return e;
        }
        r.webReport = c->webReport; // the citizen's original stays attached
    }
    // Routed by its kommun, only where the reference data is certain of the area (HandoffStore).
    r.routing = HandoffStore::routeFor(r.location.municipalityCode, now);
    r.id = auth::newId("r");
    r.version = 1;
    r.status = ReportStatus::Registered;
    r.createdBy = agent.id;
    r.createdAt = now;
    r.updatedAt = now;
    r.supplements.clear();

    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // The serial is allocated inside the creating transaction: a failed create leaves no hole
    // visible to anyone, and two creates can never share a number.
    const int year = now.toLocalTime().date().year();
    auto serial = m_db.exec(QStringLiteral("INSERT INTO case_serials (prefix, year, next) VALUES (?, ?, 1)"
                                           " ON CONFLICT (prefix, year) DO UPDATE SET next = case_serials.next + 1"
                                           " RETURNING next"),
                            {m_options.casePrefix, year});
    if (!serial || !serial->next())
        return internalError();
    const auto caseNumber = CaseNumber::make(m_options.casePrefix, serial->value(0).toLongLong(), year);
    serial->finish();
    if (!caseNumber)
        return internalError();
    r.caseNumber = caseNumber->toString();

    QJsonObject body = json::toJson(r);
    body.remove(QStringLiteral("routing")); // in columns of their own (HandoffStore)
    body.remove(QStringLiteral("webReport"));
    const QVariant noText(QMetaType(QMetaType::QString));
    const QVariant noTime(QMetaType(QMetaType::LongLong));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO reports (id, case_number, version, contact_id, offence_code, reporter_personnummer,"
                       " injured_personnummer, reporter_phone, body, search_text, created_by, created_at, updated_at,"
                       " police_region, police_area, routing_state, routed_at, web_report)"
                       " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.caseNumber, nullable(r.contactId), r.offenceCode, nullable(r.reporter.personnummer),
         r.injuredParty ? nullable(r.injuredParty->personnummer) : noText, nullable(r.reporter.phone), compact(body),
         searchText(r), agent.id, ms(now), ms(now), r.routing ? QVariant(r.routing->policeRegion) : noText,
         r.routing ? nullableStr(r.routing->policeArea) : noText, r.routing ? QVariant(r.routing->state) : noText,
         r.routing ? QVariant(ms(r.routing->routedAt)) : noTime,
         r.webReport ? QVariant(compact(*r.webReport)) : noText});
    if (!q || !indexText(r.id, searchText(r), false))
        return internalError();
    if (r.contactId &&
        !m_db.exec(QStringLiteral("UPDATE contacts SET report_id = ? WHERE id = ? AND report_id IS NULL"),
                   {r.id, *r.contactId}))
        return internalError();
    if (m_recorder.append(QStringLiteral("report"), r.id, r.version, QStringLiteral("report.created"), agent.team,
                          agent.id) < 0)
        return internalError();
    // Handed to the area: its receiving desk hears of it through its own row (HandoffStore).
    if (r.routing && r.routing->state == QLatin1String("new") &&
        m_recorder.append(QStringLiteral("report"), r.id, r.version, QStringLiteral("report.created"),
                          HandoffStore::scopeOf(r.routing->policeArea), QString()) < 0)
        return internalError();
    if (!m_audit.write(agent.id, QStringLiteral("report.create"), r.id, r.caseNumber))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return r;
}

ApiResult<Report> ReportStore::get(const User& viewer, const QString& id)
{
    // Role::Area included: a police area reads handoffs (HandoffStore), never the reports.
    if (viewer.role != Role::Agent && viewer.role != Role::Supervisor)
        return forbidden();
    const auto r = load(id);
    if (!r)
        return notFound();
    // No audit row, no data.
    if (!m_audit.writeRead(viewer, QStringLiteral("report.read"), id))
        return internalError();
    return *r;
}

ApiResult<Report> ReportStore::patch(const User& editor, const QString& id, const QJsonObject& patch,
                                     qint64 expectedVersion)
{
    // Server-owned fields are refused by name: a client that believes it changed them must hear
    // that it did not.
    static const QStringList readOnly = {
        QStringLiteral("id"),        QStringLiteral("caseNumber"), QStringLiteral("contactId"),
        QStringLiteral("createdBy"), QStringLiteral("createdAt"),  QStringLiteral("supplements"),
        QStringLiteral("version"),   QStringLiteral("updatedAt"),  QStringLiteral("status"),
        QStringLiteral("routing"),   QStringLiteral("webReport")};
    QList<Error> refused;
    for (const QString& field : readOnly)
        if (patch.contains(field))
            refused.append(Error{field, Store::tr("%1 is set by the server and cannot be changed.").arg(field),
                                 QStringLiteral("read_only")});
    if (!refused.isEmpty())
        return validationFailed(refused);
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    const auto current = load(id);
    if (!current)
        return notFound();
    if (!mayEdit(editor, *current))
        return error(403, "forbidden",
                     Store::tr("Only the agent who filed the report and the supervisors of that agent's team may "
                               "change it. Add a supplement instead."));
    if (current->version != expectedVersion)
        return error(
            412, "version_conflict",
            Store::tr("The report was changed by someone else meanwhile. Reload it and make your change again."));
    QJsonObject merged = json::toJson(*current);
    for (auto it = patch.begin(); it != patch.end(); ++it)
        merged.insert(it.key(), it.value());
    auto decoded = json::fromJson<Report>(merged);
    if (!decoded)
        return validationFailed({decoded.error()});
    Report r = normalizedReport(*decoded);
    // A patch may not move the event into the future etc.; the create rules hold for the result.
    if (auto errors = validateReportForCreate(r, ReferenceData::builtin(), m_options.now()); !errors.isEmpty())
        return validationFailed(errors);
    r.id = current->id;
    r.caseNumber = current->caseNumber;
    r.createdBy = current->createdBy;
    r.createdAt = current->createdAt;
    r.status = current->status;
    r.version = current->version + 1;
    r.updatedAt = m_options.now();
    r.supplements = current->supplements;
    r.routing = current->routing; // set at registration and by the area, never by a patch
    r.webReport = current->webReport;
    QJsonObject stored = json::toJson(r);
    stored.remove(QStringLiteral("supplements"));
    stored.remove(QStringLiteral("routing"));
    stored.remove(QStringLiteral("webReport"));
    auto q =
        m_db.exec(QStringLiteral("UPDATE reports SET version = ?, offence_code = ?, reporter_personnummer = ?,"
                                 " injured_personnummer = ?, reporter_phone = ?, body = ?, search_text = ?,"
                                 " updated_at = ? WHERE id = ? AND version = ? RETURNING id"),
                  {r.version, r.offenceCode, nullable(r.reporter.personnummer),
                   r.injuredParty ? nullable(r.injuredParty->personnummer) : QVariant(QMetaType(QMetaType::QString)),
                   nullable(r.reporter.phone), compact(stored), searchText(r), ms(r.updatedAt), id, expectedVersion});
    if (!q)
        return internalError();
    if (!q->next())
        return error(
            412, "version_conflict",
            Store::tr("The report was changed by someone else meanwhile. Reload it and make your change again."));
    q->finish();
    const auto creator = userById(m_db, r.createdBy);
    if (!indexText(r.id, searchText(r), true) ||
        m_recorder.append(QStringLiteral("report"), r.id, r.version, QStringLiteral("report.updated"),
                          creator ? creator->team : QString(), r.createdBy) < 0)
        return internalError();
    if (!m_audit.write(editor.id, QStringLiteral("report.update"), r.id, QStringList(patch.keys()).join(u',')))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return r;
}

bool ReportStore::mayEdit(const User& editor, const Report& report)
{
    if (report.createdBy == editor.id)
        return true;
    if (editor.role != Role::Supervisor)
        return false;
    const auto creator = userById(m_db, report.createdBy);
    return creator && !editor.team.isEmpty() && creator->team == editor.team;
}

ApiResult<Supplement> ReportStore::addSupplement(const User& agent, const QString& reportId, const QString& text)
{
    // The same rule the report view shows live (core/validation).
    if (auto errors = validateSupplementText(text); !errors.isEmpty())
        return validationFailed(errors);
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    auto bump = m_db.exec(QStringLiteral("UPDATE reports SET version = version + 1, updated_at = ? WHERE id = ?"
                                         " RETURNING created_by, version"),
                          {ms(m_options.now()), reportId});
    if (!bump)
        return internalError();
    if (!bump->next())
        return notFound();
    const QString creatorId = bump->value(0).toString();
    const qint64 version = bump->value(1).toLongLong();
    bump->finish();
    Supplement s{m_options.now(), agent.id, text.trimmed()};
    if (!m_db.exec(QStringLiteral("INSERT INTO supplements (report_id, at, by_user, text) VALUES (?, ?, ?, ?)"),
                   {reportId, ms(s.at), s.by, s.text}))
        return internalError();
    // The change names the report and its version; nobody copies the whole report per supplement.
    const auto creator = userById(m_db, creatorId);
    if (m_recorder.append(QStringLiteral("report"), reportId, version, QStringLiteral("report.updated"),
                          creator ? creator->team : QString(), creatorId) < 0)
        return internalError();
    if (!m_audit.write(agent.id, QStringLiteral("report.supplement"), reportId))
        return internalError();
    if (!m_recorder.commit(tx))
        return internalError();
    return s;
}

bool ReportStore::indexText(const QString& reportId, const QString& text, bool replace)
{
    // PostgreSQL indexes the column itself (an expression index); SQLite keeps an FTS5 table whose
    // rowid is the report's.
    if (m_db.dialect() != Dialect::Sqlite)
        return true;
    if (replace &&
        !m_db.exec(QStringLiteral("DELETE FROM reports_fts WHERE rowid = (SELECT rowid FROM reports WHERE id = ?)"),
                   {reportId}))
        return false;
    return m_db
        .exec(QStringLiteral("INSERT INTO reports_fts (rowid, text) SELECT rowid, ? FROM reports WHERE id = ?"),
              {text, reportId})
        .ok();
}

} // namespace kc::server
