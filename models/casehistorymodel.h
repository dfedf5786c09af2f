// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Ärendehistorik: the answer of GET /cases as a tree. Top level: one row per case (a report, from
// its ReportSummary), in the order the server gave them (newest first; never re-sorted here).
// Children: the contacts linked to that case, in the server's order (newest first). A contact of
// the caller's without a report (an item with "report": null — e.g. completed as Rådgivning, with
// the articles used) is a top-level row of its own, shown as a contact row, without children. A
// view that wants a flat list puts a KDescendantsProxyModel over it.
//
// Columns, per kind of row (the header names both):
//   column            case row                               contact row
//   CaseNumberColumn  ärendenummer ("1400-K1276-26")          channel and queue ("Telefon – anmalan")
//   OffenceColumn     offence name (code in the tooltip)      the contact's subject
//   OccurredColumn    occurredFrom, local "yyyy-MM-dd HH:mm"  receivedAt, same form
//   PlaceColumn       kommun name (code in the tooltip)       the agent it was assigned to (user id)
//   StatusColumn      report status, + supplements if known,  state, + avslutskod when completed
//                     + where it was handed (routing)
// Roles (every column, both kinds): ReportIdRole (a contact row gives its case's id; "" without a
// case), ContactIdRole (contact rows only), IsCaseRole (bool), CaseNumberRole (a contact row gives
// its case's number);
// plus Qt::ToolTipRole, Qt::AccessibleTextRole and Qt::FontRole (case rows bold).
//
// Invariants: report ids are unique among the rows — appendItems() skips a case already shown
// (offset paging repeats a row when a new report arrives between two pages), and likewise contact
// ids among the report-less rows; items with a report without an id, report-less items without
// exactly one valid contact, and contacts the codec refuses, are skipped. Rows are only ever appended or reset,
// never removed or moved, so a case row keeps its row number until the next reset. updateReport()
// only touches a case already shown (it must not add a case the search did not find) and ignores
// a version older than one it already applied, and never replaces an acknowledged routing with an
// unacknowledged one (the acknowledgement keeps the version, so only this protects it).
//
// Thread rules: GUI thread, like any model. Texts are translated when rows are stored, so install
// the translator before loading results.
#pragma once

#include "core/types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <vector>

namespace kc {

class ReferenceData;

class CaseHistoryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { CaseNumberColumn, OffenceColumn, OccurredColumn, PlaceColumn, StatusColumn, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1, ContactIdRole, IsCaseRole, CaseNumberRole };

    explicit CaseHistoryModel(const ReferenceData& ref, QObject* parent = nullptr);
    ~CaseHistoryModel() override;

    // The "items" of GET /cases ([{"report": ReportSummary, "contacts": [Contact]}]), replacing
    // every row (model reset).
    void setItems(const QJsonArray& items);
    // The next page: appended after the current rows (rowsInserted), cases already shown skipped.
    void appendItems(const QJsonArray& items);
    void clear();
    // A report we know changed (caseNumber, status, supplements…), as a full Report or a
    // ReportSummary: dataChanged on its row. Unknown ids and older versions are ignored.
    void updateReport(const QJsonObject& report);
    // Who the user ids are (the server sends ids only): known ids show their name, others
    // "annan handläggare" — an id is meaningless to a person and not for the screen.
    void setAgentNames(const QHash<QString, QString>& names);
    QString agentName(const QString& userId) const;
    // Queue id → display name ("anmalan" → "Anmälan"), from GET /queues; ids shown otherwise.
    void setQueueNames(const QHash<QString, QString>& names);
    // Knowledge article id → title (the local copy of the knowledge base): a contact completed as
    // Rådgivning shows the articles recorded on it by title (issue 14); ids shown otherwise.
    void setArticleTitles(const QHash<QString, QString>& titles);
    // One article's title changed (a live knowledge change): only that entry, not the whole set.
    void setArticleTitle(const QString& articleId, const QString& title);

    // The row of the case with `reportId`, or -1.
    int rowOfReport(const QString& reportId) const;
    // Top-level rows that are cases / contacts without a report (they add up to rowCount()).
    int caseCount() const { return rowCount() - loneContactCount(); }
    int loneContactCount() const { return int(m_loneIds.size()); }

    // Translated texts also used by the report view and the panel.
    static QString reportStatusText(ReportStatus status);
    static QString contactStateText(ContactState state);
    static QString dispositionText(Disposition disposition);
    // A report's `routing` in words (issue 15): "Överlämnad till Polisområde Skaraborg", "Mottagen av
    // Polisområde Skaraborg 2026-12-06 10:42", "Ej fördelad till polisområde (Polisregion Väst)";
    // "" without routing (a report from before routing, or a summary that does not carry it).
    static QString routingText(const QJsonObject& routing);
    // "yyyy-MM-dd HH:mm" in local time; "" for an invalid time.
    static QString timeText(const QDateTime& at);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QHash<QString, QString> m_agentNames;
    QHash<QString, QString> m_queueNames;
    QHash<QString, QString> m_articleTitles;
    void announceAllChanged(); // dataChanged on every row, cases and their contacts
    struct CaseRow;
    void remember(CaseRow& row); // indexes a row just added (report id, or the lone contact's id)
    struct ContactRow
    {
        Contact contact;
        QString caller; // name, else phone in national form, for the tooltip
    };
    struct CaseRow
    {
        int row = 0; // its row number: rows are only appended, so it never changes until a reset
        QString reportId;
        QString caseNumber;
        std::optional<ReportStatus> status;
        QString statusWire; // as sent, shown when the contract gains a status this build does not know
        QString offenceCode;
        QString offenceName;
        QDateTime occurredFrom;
        QString municipalityCode;
        QString municipalityName;
        QString reporterName;
        QDateTime createdAt;
        qint64 version = 0;               // 0 = unknown (a ReportSummary carries none)
        int supplementCount = -1;         // -1 = unknown (a ReportSummary carries none)
        QJsonObject routing;              // the report's routing, when the shape carried it
        std::vector<ContactRow> contacts; // a report-less row: its one contact, shown as the row itself
        bool lone = false;                // no report: the row is the contact, and has no children
    };
    using Cases = std::vector<std::unique_ptr<CaseRow>>;

    // Builds the rows of `items`, skipping ids in `m_byId` and repeats within `items`.
    Cases makeRows(const QJsonArray& items, int firstRow) const;
    void applyReportFields(CaseRow& row, const QJsonObject& report) const;
    QVariant caseData(const CaseRow& c, int column, int role) const;
    QVariant contactData(const CaseRow& c, const ContactRow& r, int column, int role) const;

    const ReferenceData& m_ref;
    Cases m_cases;
    QHash<QString, CaseRow*> m_byId;
    QSet<QString> m_loneIds; // contact ids of the report-less rows
};

} // namespace kc
