// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/casehistorymodel.h"
#include "models/handoffmodel.h"

#include "core/jsoncodec.h"
#include "core/phonenumber.h"
#include "core/referencedata.h"
#include "models/contactqueuemodel.h"

#include <QFont>
#include <QSet>

namespace kc {

namespace {

// Index scheme: a case row's internal id is 0; a contact row carries a pointer to its CaseRow,
// which is never null, so parent() tells the two apart without a lookup.
constexpr quintptr CaseTag = 0;

} // namespace

CaseHistoryModel::CaseHistoryModel(const ReferenceData& ref, QObject* parent)
    : QAbstractItemModel(parent)
    , m_ref(ref)
{}

CaseHistoryModel::~CaseHistoryModel() = default;

QString CaseHistoryModel::reportStatusText(ReportStatus status)
{
    switch (status) {
    case ReportStatus::Registered:
        return tr("Registered");
    case ReportStatus::Forwarded:
        return tr("Forwarded");
    case ReportStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString CaseHistoryModel::contactStateText(ContactState state)
{
    switch (state) {
    case ContactState::Waiting:
        return tr("Waiting");
    case ContactState::Assigned:
        return tr("In progress");
    case ContactState::Completed:
        return tr("Completed");
    case ContactState::Abandoned:
        return tr("Abandoned");
    case ContactState::Scheduled:
        return tr("Callback scheduled");
    }
    return {};
}

QString CaseHistoryModel::dispositionText(Disposition disposition)
{
    switch (disposition) {
    case Disposition::ReportFiled:
        return tr("Report filed");
    case Disposition::AdviceGiven:
        return tr("Advice given");
    case Disposition::Referred112:
        return tr("Referred to 112");
    case Disposition::ReferredOtherAgency:
        return tr("Referred to another agency");
    case Disposition::CallbackBooked:
        return tr("Callback booked");
    case Disposition::NoAction:
        return tr("No action");
    case Disposition::TipForwarded:
        return tr("Forwarded to the police area");
    }
    return {};
}

QString CaseHistoryModel::timeText(const QDateTime& at)
{
    // ISO order is how Swedish forms write dates, and it reads the same in the English UI.
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void CaseHistoryModel::applyReportFields(CaseRow& row, const QJsonObject& report) const
{
    // Both shapes are read: a ReportSummary (flat municipalityCode, reporterName) and a full
    // Report (location.municipalityCode, reporter.name, supplements), as events carry the latter.
    auto has = [&report](QStringView key) { return report.contains(key) && !report.value(key).isNull(); };
    if (has(u"caseNumber"))
        row.caseNumber = report.value(u"caseNumber").toString();
    if (has(u"status")) {
        row.statusWire = report.value(u"status").toString();
        row.status = fromWireName<ReportStatus>(row.statusWire);
    }
    if (has(u"offenceCode")) {
        row.offenceCode = report.value(u"offenceCode").toString();
        const OffenceType* o = m_ref.offenceType(row.offenceCode);
        // Our reference data first: the server's name is the same list, but a summary from an older
        // server may lack it, and a full Report never has it.
        row.offenceName = o ? o->name : report.value(u"offenceName").toString();
    }
    if (has(u"occurredFrom"))
        row.occurredFrom = json::parseTimestamp(report.value(u"occurredFrom").toString());
    QString municipality;
    if (has(u"municipalityCode"))
        municipality = report.value(u"municipalityCode").toString();
    else if (has(u"location"))
        municipality = report.value(u"location").toObject().value(u"municipalityCode").toString();
    if (!municipality.isEmpty()) {
        row.municipalityCode = municipality;
        const Municipality* m = m_ref.municipality(municipality);
        row.municipalityName = m ? m->name : municipality;
    }
    if (has(u"reporterName"))
        row.reporterName = report.value(u"reporterName").toString();
    else if (has(u"reporter"))
        row.reporterName = report.value(u"reporter").toObject().value(u"name").toString();
    if (has(u"createdAt"))
        row.createdAt = json::parseTimestamp(report.value(u"createdAt").toString());
    if (has(u"version"))
        row.version = report.value(u"version").toInteger();
    if (report.value(u"supplements").isArray())
        row.supplementCount = int(report.value(u"supplements").toArray().size());
    // The police area's acknowledgement is final (routing is set at registration and by the area,
    // never by a patch) and does not bump the version, so only this keeps an older copy of the
    // same version (the local store's, applied after the server's summary) from undoing it.
    if (const QJsonObject routing = report.value(u"routing").toObject(); !routing.isEmpty()) {
        const bool wasAcknowledged = row.routing.value(u"state").toString() == u"acknowledged";
        if (!wasAcknowledged || routing.value(u"state").toString() == u"acknowledged")
            row.routing = routing;
    }
}

QString CaseHistoryModel::routingText(const QJsonObject& routing)
{
    const QString state = routing.value(u"state").toString();
    const QString area = routing.value(u"policeArea").toString();
    if (state == u"unrouted" || (state.isEmpty() && area.isEmpty())) {
        const QString region = routing.value(u"policeRegion").toString();
        if (region.isEmpty())
            return state.isEmpty() ? QString() : tr("Not assigned to a police area");
        //: %1 "Polisregion Väst": the report's kommun has no confirmed police area
        return tr("Not assigned to a police area (%1)").arg(tr("Police region %1").arg(region));
    }
    const QString areaName = HandoffModel::areaName(area);
    if (state == u"acknowledged") {
        const QDateTime at = json::parseTimestamp(routing.value(u"acknowledgedAt").toString());
        //: %1 "Polisområde Skaraborg", %2 date and time
        return at.isValid() ? tr("Received by %1 %2").arg(areaName, timeText(at)) : tr("Received by %1").arg(areaName);
    }
    //: %1 "Polisområde Skaraborg"
    return tr("Handed over to %1").arg(areaName);
}

CaseHistoryModel::Cases CaseHistoryModel::makeRows(const QJsonArray& items, int firstRow) const
{
    Cases rows;
    QSet<QString> seen;
    QSet<QString> seenLone;
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        auto row = std::make_unique<CaseRow>();
        row->row = firstRow + int(rows.size());
        if (item.value(u"report").isNull()) {
            // A contact without a report: exactly one, shown once however often paging repeats it.
            const QJsonArray list = item.value(u"contacts").toArray();
            const QString contactId = list.size() == 1 ? list.first().toObject().value(u"id").toString() : QString();
            if (contactId.isEmpty() || m_loneIds.contains(contactId) || seenLone.contains(contactId))
                continue;
            seenLone.insert(contactId);
            row->lone = true;
        } else {
            const QJsonObject report = item.value(u"report").toObject();
            const QString id = report.value(u"id").toString();
            if (id.isEmpty() || m_byId.contains(id) || seen.contains(id))
                continue;
            seen.insert(id);
            row->reportId = id;
            applyReportFields(*row, report);
        }
        for (const QJsonValue& cv : item.value(u"contacts").toArray()) {
            auto contact = json::fromJson<Contact>(cv);
            if (!contact || contact->id.isEmpty())
                continue;
            ContactRow cr;
            cr.contact = std::move(*contact);
            const Person& p = cr.contact.caller;
            QString phone;
            if (p.phone && !p.phone->isEmpty()) {
                const auto parsed = PhoneNumber::parse(*p.phone);
                phone = parsed ? parsed->national() : *p.phone;
            }
            QStringList caller{p.name.trimmed(), phone, p.email.value_or(QString())};
            caller.removeAll(QString());
            cr.caller = caller.join(QStringLiteral(", "));
            row->contacts.push_back(std::move(cr));
        }
        if (row->lone && row->contacts.empty())
            continue; // the codec refused its contact: nothing to show
        rows.push_back(std::move(row));
    }
    return rows;
}

void CaseHistoryModel::setItems(const QJsonArray& items)
{
    beginResetModel();
    m_byId.clear();
    m_loneIds.clear();
    m_cases = makeRows(items, 0);
    for (const auto& c : m_cases)
        remember(*c);
    endResetModel();
}

void CaseHistoryModel::appendItems(const QJsonArray& items)
{
    Cases rows = makeRows(items, int(m_cases.size()));
    if (rows.empty())
        return;
    const int first = int(m_cases.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (auto& r : rows) {
        remember(*r);
        m_cases.push_back(std::move(r));
    }
    endInsertRows();
}

void CaseHistoryModel::remember(CaseRow& row)
{
    if (row.lone)
        m_loneIds.insert(row.contacts.front().contact.id);
    else
        m_byId.insert(row.reportId, &row);
}

void CaseHistoryModel::clear()
{
    beginResetModel();
    m_byId.clear();
    m_loneIds.clear();
    m_cases.clear();
    endResetModel();
}

void CaseHistoryModel::setAgentNames(const QHash<QString, QString>& names)
{
    m_agentNames = names;
    announceAllChanged();
}

void CaseHistoryModel::setQueueNames(const QHash<QString, QString>& names)
{
    if (names == m_queueNames)
        return;
    m_queueNames = names;
    announceAllChanged();
}

void CaseHistoryModel::setArticleTitles(const QHash<QString, QString>& titles)
{
    if (titles == m_articleTitles)
        return;
    m_articleTitles = titles;
    announceAllChanged();
}

void CaseHistoryModel::setArticleTitle(const QString& articleId, const QString& title)
{
    if (m_articleTitles.value(articleId) == title && m_articleTitles.contains(articleId))
        return;
    m_articleTitles.insert(articleId, title);
    announceAllChanged();
}

void CaseHistoryModel::announceAllChanged()
{
    if (rowCount() == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // The contact rows under each case show names too.
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex parent = index(r, 0);
        if (const int n = rowCount(parent); n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

QString CaseHistoryModel::agentName(const QString& userId) const
{
    if (userId.isEmpty())
        return {};
    return m_agentNames.value(userId, tr("another agent"));
}

void CaseHistoryModel::updateReport(const QJsonObject& report)
{
    CaseRow* row = m_byId.value(report.value(u"id").toString());
    if (!row)
        return;
    const qint64 version = report.value(u"version").toInteger();
    // Events may arrive after a fresher GET /reports answer; an older one must not undo it.
    if (version > 0 && version < row->version)
        return;
    applyReportFields(*row, report);
    Q_EMIT dataChanged(index(row->row, 0), index(row->row, ColumnCount - 1));
}

int CaseHistoryModel::rowOfReport(const QString& reportId) const
{
    const CaseRow* row = m_byId.value(reportId);
    return row ? row->row : -1;
}

QModelIndex CaseHistoryModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, CaseTag);
    // hasIndex() checked that `parent` is a case row with at least row + 1 contacts.
    return createIndex(row, column, m_cases[size_t(parent.row())].get());
}

QModelIndex CaseHistoryModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == CaseTag)
        return {};
    const auto* c = static_cast<const CaseRow*>(child.internalPointer());
    return createIndex(c->row, 0, CaseTag);
}

int CaseHistoryModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_cases.size());
    if (parent.internalId() != CaseTag || parent.column() != 0)
        return 0; // contacts have no children; only column 0 carries the tree
    const CaseRow& c = *m_cases[size_t(parent.row())];
    return c.lone ? 0 : int(c.contacts.size());
}

int CaseHistoryModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool CaseHistoryModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QVariant CaseHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == CaseTag) {
        const CaseRow& c = *m_cases[size_t(index.row())];
        return c.lone ? contactData(c, c.contacts.front(), index.column(), role) : caseData(c, index.column(), role);
    }
    const auto* c = static_cast<const CaseRow*>(index.internalPointer());
    return contactData(*c, c->contacts[size_t(index.row())], index.column(), role);
}

QVariant CaseHistoryModel::caseData(const CaseRow& c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CaseNumberColumn:
            return c.caseNumber;
        case OffenceColumn:
            return c.offenceName.isEmpty() ? c.offenceCode : c.offenceName;
        case OccurredColumn:
            return timeText(c.occurredFrom);
        case PlaceColumn:
            return c.municipalityName;
        case StatusColumn: {
            QString status = c.status ? reportStatusText(*c.status) : c.statusWire;
            if (c.supplementCount > 0)
                status += QStringLiteral(" · ") + tr("%n supplement(s)", nullptr, c.supplementCount);
            // Where the report went (issue 15): "Överlämnad till Polisområde Skaraborg".
            if (const QString routed = routingText(c.routing); !routed.isEmpty())
                status += QStringLiteral(" · ") + routed;
            return status;
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case CaseNumberColumn:
            return c.reporterName.isEmpty()
                       ? QVariant()
                       : QVariant(tr("Reported by %1 on %2").arg(c.reporterName, timeText(c.createdAt)));
        case OffenceColumn:
            return c.offenceName.isEmpty() ? c.offenceCode
                                           : QString(c.offenceCode + QStringLiteral(" – ") + c.offenceName);
        case PlaceColumn:
            return c.municipalityCode.isEmpty()
                       ? QVariant()
                       : QVariant(QString(c.municipalityName + QStringLiteral(" (") + c.municipalityCode + u')'));
        default:
            return caseData(c, column, Qt::DisplayRole);
        }
    case Qt::AccessibleTextRole:
        if (column == CaseNumberColumn)
            return tr("Case %1").arg(c.caseNumber);
        return caseData(c, column, Qt::DisplayRole);
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case ReportIdRole:
        return c.reportId;
    case ContactIdRole:
        return {};
    case IsCaseRole:
        return true;
    case CaseNumberRole:
        return c.caseNumber;
    default:
        return {};
    }
}

QVariant CaseHistoryModel::contactData(const CaseRow& c, const ContactRow& r, int column, int role) const
{
    const Contact& k = r.contact;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CaseNumberColumn:
            return QString(ContactQueueModel::channelText(k.channel) + QStringLiteral(" – ") +
                           m_queueNames.value(k.queue, k.queue));
        case OffenceColumn:
            return k.subject;
        case OccurredColumn:
            return timeText(k.receivedAt);
        case PlaceColumn:
            return k.assignedTo ? agentName(*k.assignedTo) : QString();
        case StatusColumn: {
            QString text = contactStateText(k.state);
            if (k.state == ContactState::Completed && k.disposition)
                text += QStringLiteral(" – ") + dispositionText(*k.disposition);
            if (!k.knowledgeArticleIds.isEmpty()) {
                QStringList titles;
                for (const QString& id : k.knowledgeArticleIds)
                    titles << m_articleTitles.value(id, id);
                text += QStringLiteral(" – ") + tr("articles: %1").arg(titles.join(QStringLiteral("; ")));
            }
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (column == CaseNumberColumn && !r.caller.isEmpty())
            return r.caller;
        return contactData(c, r, column, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        if (column == CaseNumberColumn && c.lone)
            return tr("Contact without a report: %1").arg(contactData(c, r, column, Qt::DisplayRole).toString());
        if (column == CaseNumberColumn)
            return tr("Contact of case %1: %2")
                .arg(c.caseNumber, contactData(c, r, column, Qt::DisplayRole).toString());
        return contactData(c, r, column, Qt::DisplayRole);
    case ReportIdRole:
        return c.reportId;
    case ContactIdRole:
        return k.id;
    case IsCaseRole:
        return false;
    case CaseNumberRole:
        return c.caseNumber;
    default:
        return {};
    }
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractItemModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case CaseNumberColumn:
        return tip ? tr("Case number; for a contact its channel and queue") : tr("Case / contact");
    case OffenceColumn:
        return tip ? tr("Offence; for a contact its subject") : tr("Offence / subject");
    case OccurredColumn:
        return tip ? tr("When it happened; for a contact when it came in") : tr("Time");
    case PlaceColumn:
        return tip ? tr("Municipality of the crime scene; for a contact the agent who took it") : tr("Place / agent");
    case StatusColumn:
        return tip ? tr("Status of the report; for a contact its state and disposition") : tr("Status");
    }
    return {};
}

QHash<int, QByteArray> CaseHistoryModel::roleNames() const
{
    auto roles = QAbstractItemModel::roleNames();
    roles.insert(ReportIdRole, "reportId");
    roles.insert(ContactIdRole, "contactId");
    roles.insert(IsCaseRole, "isCase");
    roles.insert(CaseNumberRole, "caseNumber");
    return roles;
}

} // namespace kc
