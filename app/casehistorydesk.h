// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The caller's case history, wired: the CaseHistoryPanel's searches go to the sync engine (one
// answer shown at a time: an answer to a replaced search is dropped), its "more" asks for the next
// page of the same search, and opening a result shows the report in a ReportView — one window per
// report, so a half-written supplement stays with its case — fed by later changes of that report
// and by the supplements still in the outbox.
//
// State: the search whose answer is awaited (request number, query, next page's cursor) and the
// open report windows; everything else is in the store or the engine. Thread rules: GUI thread.
#pragma once

#include "core/casequery.h"
#include "ui/reportview.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace kc {

class CaseHistoryPanel;
class LocalStore;
class ReferenceData;
namespace sync {
class SyncEngine;
}

class CaseHistoryDesk : public QObject
{
    Q_OBJECT
public:
    CaseHistoryDesk(const ReferenceData& ref, LocalStore& store, sync::SyncEngine& engine, CaseHistoryPanel& history,
                    QObject* parent = nullptr);

    // Names for agent ids in results and report windows (the signed-in agent's own).
    void setAgentNames(const QHash<QString, QString>& names);
    ReportView* reportView() const { return m_view; } // the one opened last

private:
    void search(const CaseQuery& query);
    void searchMore();
    void showCases(int request, bool ok, const QJsonArray& items, const QString& nextCursor, const QString& message);
    void openReport(const QString& reportId);
    void showReport(const QString& reportId, bool ok, const QJsonObject& report, const QString& message);
    void updateReport(const QString& reportId);
    void addSupplement(const QString& reportId, const QString& text);
    void updatePendingSupplements();

    const ReferenceData& m_ref;
    LocalStore& m_store;
    sync::SyncEngine& m_engine;
    CaseHistoryPanel& m_history;
    QHash<QString, QString> m_agentNames;
    int m_search = 0;          // the request whose answer is shown; others are stale
    CaseQuery m_lastQuery;     // what "more" continues
    QString m_nextCursor;      // empty: no further page
    bool m_appendNext = false; // the awaited answer is a further page of the shown one
    QString m_wantedReport;    // the report the agent asked to open last
    QPointer<ReportView> m_view;
    QHash<QString, QPointer<ReportView>> m_views;
};

} // namespace kc
