// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/casehistorydesk.h"

#include "models/casehistorymodel.h"
#include "models/localstore.h"
#include "sync/syncengine.h"
#include "ui/casehistorypanel.h"

#include <QJsonArray>

namespace kc {

CaseHistoryDesk::CaseHistoryDesk(const ReferenceData& ref, LocalStore& store, sync::SyncEngine& engine,
                                 CaseHistoryPanel& history, QObject* parent)
    : QObject(parent)
    , m_ref(ref)
    , m_store(store)
    , m_engine(engine)
    , m_history(history)
{
    connect(&m_history, &CaseHistoryPanel::searchRequested, this, &CaseHistoryDesk::search);
    connect(&m_history, &CaseHistoryPanel::moreRequested, this, &CaseHistoryDesk::searchMore);
    connect(&m_engine, &sync::SyncEngine::casesFound, this, &CaseHistoryDesk::showCases);
    connect(&m_history, &CaseHistoryPanel::openRequested, this, &CaseHistoryDesk::openReport);
    connect(&m_engine, &sync::SyncEngine::reportFetched, this, &CaseHistoryDesk::showReport);
    connect(&m_engine, &sync::SyncEngine::reportChanged, this, &CaseHistoryDesk::updateReport);
    connect(&m_engine, &sync::SyncEngine::outboxChanged, this, &CaseHistoryDesk::updatePendingSupplements);
}

void CaseHistoryDesk::setAgentNames(const QHash<QString, QString>& names)
{
    m_agentNames = names;
    m_history.model()->setAgentNames(m_agentNames);
}

void CaseHistoryDesk::search(const CaseQuery& query)
{
    m_lastQuery = query;
    m_appendNext = false;
    m_history.setBusy(true);
    m_search = m_engine.searchCases(query);
}

void CaseHistoryDesk::searchMore()
{
    if (m_nextCursor.isEmpty())
        return;
    m_appendNext = true;
    m_history.setBusy(true);
    m_search = m_engine.searchCases(m_lastQuery, m_nextCursor);
}

void CaseHistoryDesk::showCases(int request, bool ok, const QJsonArray& items, const QString& nextCursor,
                                const QString& message)
{
    if (request != m_search)
        return; // an answer to a search the agent has since replaced
    m_history.setBusy(false);
    if (!ok) {
        m_history.setError(message);
        return;
    }
    m_nextCursor = nextCursor;
    if (m_appendNext)
        m_history.appendResults(items, !nextCursor.isEmpty());
    else
        m_history.setResults(items, !nextCursor.isEmpty());
    // Each ReportSummary carries its routing (issue 15), a colleague's report's too, so the rows
    // say "Överlämnad till …" / "Mottagen av …" from the answer itself; later acknowledgements
    // arrive as report.updated events.
}

void CaseHistoryDesk::openReport(const QString& reportId)
{
    m_wantedReport = reportId;
    m_engine.fetchReport(reportId);
}

void CaseHistoryDesk::showReport(const QString& reportId, bool ok, const QJsonObject& report, const QString& message)
{
    if (reportId != m_wantedReport)
        return;
    m_wantedReport.clear();
    if (report.isEmpty()) {
        m_history.setError(message);
        return;
    }
    if (!ok)
        m_history.setError(tr("Showing the copy on this computer: %1").arg(message));
    m_view = m_views.value(reportId);
    if (m_view) {
        m_view->setReport(report);
    } else {
        m_view = new ReportView(m_ref, report, m_history.window());
        m_views.insert(reportId, m_view);
        m_view->setAttribute(Qt::WA_DeleteOnClose);
        m_view->setAgentNames(m_agentNames);
        connect(m_view, &ReportView::supplementRequested, this, &CaseHistoryDesk::addSupplement);
    }
    updatePendingSupplements();
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
}

void CaseHistoryDesk::updateReport(const QString& reportId)
{
    if (const auto r = m_store.report(reportId)) {
        m_history.model()->updateReport(*r);
        if (ReportView* view = m_views.value(reportId))
            view->setReport(*r);
    }
}

void CaseHistoryDesk::addSupplement(const QString& reportId, const QString& text)
{
    if (auto item = m_engine.addSupplement(reportId, text); !item)
        m_history.setError(item.error().message);
    updatePendingSupplements();
}

void CaseHistoryDesk::updatePendingSupplements()
{
    m_views.removeIf([](const auto& view) { return view.value().isNull(); });
    if (m_views.isEmpty())
        return; // no report open: no reason to read the outbox on every change of it
    QHash<QString, QStringList> pending;
    for (const OutboxItem& item : m_store.outbox())
        if (item.kind == OutboxItem::Kind::Supplement && item.state != OutboxItem::State::Sent)
            pending[item.target] << item.payload.value(u"text").toString();
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        it.value()->setPendingSupplements(pending.value(it.key()));
}

} // namespace kc
