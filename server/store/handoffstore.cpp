// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "server/store/handoffstore.h"

#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "server/store.h"
#include "server/store/auditlog.h"
#include "server/store/changerecorder.h"
#include "server/store/storecommon.h"

#include <QJsonArray>

namespace kc::server {

using namespace detail;

const char* const HandoffStore::routingColumns =
    "police_region, police_area, routing_state, routed_at, acknowledged_at, acknowledged_by";
const char* const HandoffStore::columns =
    "police_region, police_area, routing_state, routed_at, acknowledged_at, acknowledged_by, web_report";

std::optional<ReportRouting> HandoffStore::routeFor(const QString& municipalityCode, const QDateTime& now)
{
    const Municipality* m = ReferenceData::builtin().municipality(municipalityCode);
    if (!m)
        return std::nullopt;
    ReportRouting r;
    r.policeRegion = m->policeRegion;
    r.routedAt = now;
    if (m->policeAreaCertain && !m->policeArea.isEmpty()) {
        r.policeArea = m->policeArea;
        r.state = QStringLiteral("new");
    } else {
        r.state = QStringLiteral("unrouted"); // never by a guess: a person routes it
    }
    return r;
}

std::optional<ReportRouting> HandoffStore::routingFrom(const QSqlQuery& q, int first)
{
    if (q.value(first + 2).isNull())
        return std::nullopt;
    ReportRouting r;
    r.policeRegion = q.value(first).toString();
    r.policeArea = q.value(first + 1).toString();
    r.state = q.value(first + 2).toString();
    r.routedAt = fromMs(q.value(first + 3).toLongLong());
    if (!q.value(first + 4).isNull())
        r.acknowledgedAt = fromMs(q.value(first + 4).toLongLong());
    if (!q.value(first + 5).isNull())
        r.acknowledgedBy = q.value(first + 5).toString();
    return r;
}

void HandoffStore::applyColumns(QJsonObject& report, const QSqlQuery& q, int first)
{
    if (const auto r = routingFrom(q, first))
        report.insert(QStringLiteral("routing"), json::toJson(*r));
    if (!q.value(first + 6).isNull())
        report.insert(QStringLiteral("webReport"), parseObject(q.value(first + 6).toString()));
}

QJsonObject HandoffStore::item(const QString& reportId, const QJsonObject& report)
{
    const QJsonObject routing = report.value(u"routing").toObject();
    const QString offence = report.value(u"offenceCode").toString();
    const QString municipality = report.value(u"location").toObject().value(u"municipalityCode").toString();
    QJsonObject item{{QStringLiteral("reportId"), reportId},
                     {QStringLiteral("caseNumber"), report.value(u"caseNumber")},
                     {QStringLiteral("offenceCode"), offence},
                     {QStringLiteral("municipalityCode"), municipality},
                     {QStringLiteral("routedAt"), routing.value(u"routedAt")},
                     {QStringLiteral("state"), routing.value(u"state")}};
    if (const auto* o = ReferenceData::builtin().offenceType(offence))
        item.insert(QStringLiteral("offenceName"), o->name);
    if (const auto* m = ReferenceData::builtin().municipality(municipality))
        item.insert(QStringLiteral("municipalityName"), m->name);
    if (routing.contains(u"acknowledgedAt"))
        item.insert(QStringLiteral("acknowledgedAt"), routing.value(u"acknowledgedAt"));
    return item;
}

ApiResult<QJsonObject> HandoffStore::list(const User& viewer, const QString& state)
{
    if (viewer.role != Role::Area || !viewer.policeArea)
        return forbidden();
    if (!state.isEmpty() && state != QLatin1String("new") && state != QLatin1String("acknowledged")) {
        ApiError e = error(422, "validation_failed", Store::tr("state must be new or acknowledged."));
        e.fields.insert(QStringLiteral("state"), e.message);
        return e;
    }
    // The routing columns only: the citizen's web report is neither needed nor allowed in the list.
    QString sql = QStringLiteral("SELECT id, case_number, body, %1 FROM reports WHERE police_area = ? AND"
                                 " routing_state IN ('new', 'acknowledged')")
                      .arg(QLatin1String(routingColumns));
    QVariantList args{*viewer.policeArea};
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND routing_state = ?");
        args << state;
    }
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY routed_at DESC, id DESC"), args);
    if (!q)
        return internalError();
    QJsonArray items;
    while (q->next()) {
        QJsonObject report = parseObject(q->value(2).toString());
        report.insert(QStringLiteral("caseNumber"), q->value(1).toString());
        if (const auto r = routingFrom(*q, 3))
            report.insert(QStringLiteral("routing"), json::toJson(*r));
        items.append(item(q->value(0).toString(), report));
    }
    q->finish();
    if (!m_audit.writeRead(viewer, QStringLiteral("handoffs.list"), QStringLiteral("handoffs"),
                           QStringLiteral("%1 handoffs").arg(items.size())))
        return internalError();
    return QJsonObject{{QStringLiteral("items"), items}};
}

ApiResult<QJsonObject> HandoffStore::acknowledge(const User& viewer, const QString& reportId)
{
    if (viewer.role != Role::Area || !viewer.policeArea)
        return forbidden();
    const qint64 now = ms(m_options.now());
    Transaction tx(m_db);
    if (!tx.ok())
        return internalError();
    // One statement decides: only a new handoff of the viewer's own area is acknowledged, once.
    auto u = m_db.exec(QStringLiteral("UPDATE reports SET routing_state = 'acknowledged', acknowledged_at = ?,"
                                      " acknowledged_by = ? WHERE id = ? AND police_area = ? AND routing_state = 'new'"
                                      " RETURNING id"),
                       {now, viewer.id, reportId, *viewer.policeArea});
    if (!u)
        return internalError();
    const bool changed = u->next();
    u->finish();
    auto q = m_db.exec(QStringLiteral("SELECT case_number, body, version, created_by, %1 FROM reports WHERE id = ? AND"
                                      " police_area = ? AND routing_state IN ('new', 'acknowledged')")
                           .arg(QLatin1String(routingColumns)),
                       {reportId, *viewer.policeArea});
    if (!q)
        return internalError();
    if (!q->next())
        return notFound(); // another area's, unrouted, or none at all
    QJsonObject report = parseObject(q->value(1).toString());
    report.insert(QStringLiteral("caseNumber"), q->value(0).toString());
    const qint64 version = q->value(2).toLongLong();
    const QString creator = q->value(3).toString();
    if (const auto r = routingFrom(*q, 4))
        report.insert(QStringLiteral("routing"), json::toJson(*r));
    q->finish();
    const QJsonObject handoff = item(reportId, report);
    if (!changed) {
        // Already acknowledged: the same answer, the same acknowledgedAt; audited as a read.
        if (!tx.commit() ||
            !m_audit.writeRead(viewer, QStringLiteral("handoff.read"), reportId, QStringLiteral("acknowledged before")))
            return internalError();
        return handoff;
    }
    // The report's own viewers (its creator, the creator's team's supervisors) hear of it as they
    // hear of any change of the report; the area through its handoff row.
    const auto creatorUser = userById(m_db, creator);
    if (m_recorder.append(QStringLiteral("report"), reportId, version, QStringLiteral("report.updated"),
                          creatorUser ? creatorUser->team : QString(), creator) < 0 ||
        m_recorder.append(QStringLiteral("report"), reportId, version, QStringLiteral("report.updated"),
                          scopeOf(*viewer.policeArea), QString()) < 0 ||
        !m_audit.write(viewer.id, QStringLiteral("handoff.ack"), reportId, handoff.value(u"caseNumber").toString()) ||
        !m_recorder.commit(tx))
        return internalError();
    return handoff;
}

} // namespace kc::server
