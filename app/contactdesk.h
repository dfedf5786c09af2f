// The agent's work on contacts, wired: which contact is open, its draft, its report, its
// completion, and the caller's case history. Widgets (ContactPane, ReportForm, CaseHistoryPanel,
// ReportView) only emit requests; the sync engine and the local store only answer; this class
// connects the two sides and holds no state that is not also in the store.
//
// Drafts: every change of the form is handed to a DraftWriter (a worker thread with its own
// connection to the store), so typing never waits for the disk and a crash loses at most the
// last few milliseconds. Before anything that reads or moves the draft on the GUI thread (submit,
// switching contact, closing) the writer is flushed.
// Reopening a contact restores exactly what was typed and the section the cursor was in; a
// contact whose report was submitted shows it read-only with its PREL reference, then its case
// number once the server has answered — also when that happens after a restart.
// Thread rules: GUI thread.
#pragma once

#include "core/types.h"
#include "ui/completiondialog.h"
#include "ui/reportview.h"

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace kc {

class CaseHistoryPanel;
class ContactPane;
class DraftWriter;
class LocalStore;
class ReferenceData;
struct CaseQuery;
namespace sync {
class SyncEngine;
}

class ContactDesk : public QObject
{
    Q_OBJECT
public:
    ContactDesk(const ReferenceData& ref, LocalStore& store, const QString& storePath, sync::SyncEngine& engine,
                ContactPane& pane, CaseHistoryPanel& history, QObject* parent = nullptr);
    ~ContactDesk() override; // writes pending drafts

    void setUser(const QString& userId, const QString& displayName);
    // Opens the agent's open contact `contactId` (after an accept, a switch, a restart).
    void open(const QString& contactId);
    // After sign-in: reopens the first open contact (a restart or crash lands where it was).
    void resume();
    void agentStateChanged(const QString& state);
    void flushDrafts();
    DraftWriter* draftWriter() const { return m_writer.get(); }
    ReportView* reportView() const { return m_view; }                   // the one opened last
    CompletionDialog* completionDialog() const { return m_completion; } // the open one, for tests

Q_SIGNALS:
    void message(const QString& text); // a passing status-bar message
    void idle();                       // no contact open any more: focus belongs to the queue

private:
    QList<Contact> openContacts() const;
    void saveDraft();
    void submit();
    void showSubmission(const QString& contactId);
    void complete(const QString& contactId);
    void finishCompletion(const QString& contactId, const QString& disposition, const QString& reportLocalRef);
    void search(const CaseQuery& query);
    void showCases(int request, bool ok, const QJsonArray& items, const QString& nextCursor, const QString& message);
    void showReport(const QString& reportId, bool ok, const QJsonObject& report, const QString& message);
    void updatePendingSupplements();
    void refreshOpenContacts();

    const ReferenceData& m_ref;
    LocalStore& m_store;
    sync::SyncEngine& m_engine;
    ContactPane& m_pane;
    CaseHistoryPanel& m_history;
    std::unique_ptr<DraftWriter> m_writer;
    QString m_userId;
    QHash<QString, QString> m_agentNames;
    QString m_current;
    bool m_loading = false; // filling the form ourselves: not an edit to save
    int m_search = 0;
    QUrlQuery m_lastQuery;
    QString m_nextCursor;
    bool m_appendNext = false;
    QString m_wantedReport;
    QPointer<ReportView> m_view;
    QHash<QString, QPointer<ReportView>> m_views; // one per report: a half-written supplement stays with its case
    bool m_submitted = false; // the current contact's report is in the outbox (no SQL per keystroke)
    bool m_refreshQueued = false;
    bool m_showingRefusal = false; // the current contact's report came back refused and is open for correction
    QPointer<CompletionDialog> m_completion;
};

} // namespace kc
