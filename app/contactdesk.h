// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The agent's work on contacts, wired: which contact is open, its draft, its report and its
// completion. Widgets (ContactPane, ReportForm, CompletionDialog) only emit requests; the sync
// engine and the local store only answer and decide (submitting, completing — also marking the
// contact completed locally); this class connects the two sides. The case history and report
// windows are CaseHistoryDesk's.
//
// State: the open contact and where its report stands are a ContactLifecycle (an explicit stage,
// tested on its own); besides it only the signed-in agent's id, the completion dialog that is
// open, the draft writer and the timer that folds a burst of contact changes into one look.
// Everything else is read from the store when needed.
//
// Drafts: every change of the form is handed to a DraftWriter (a worker thread with its own
// connection to the store), so typing never waits for the disk and a crash loses at most the
// last few milliseconds. Before anything that reads or moves the draft on the GUI thread (submit,
// switching contact, closing) the writer is flushed.
// Reopening a contact restores exactly what was typed and the section the cursor was in; a
// contact whose report was submitted shows it read-only with its PREL reference, then its case
// number once the server has answered — also when that happens after a restart.
// Issue 15: a web report (contact.webReport) opens pre-filled from the citizen's submission with
// each problem marked — unless a draft exists, which always wins (a pre-fill never overwrites what
// the agent typed); a tip (contact.tip) opens the read-only tip view, saves no draft, never submits
// a report and completes only as a tip; Återuppringning bokad sends callbackAt and callbackNote.
// Thread rules: GUI thread.
#pragma once

#include "app/contactlifecycle.h"
#include "core/types.h"
#include "ui/completiondialog.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace kc {

class CaseHistoryPanel;
class ContactPane;
class DraftWriter;
class LocalStore;
namespace sync {
class SyncEngine;
}

class ContactDesk : public QObject
{
    Q_OBJECT
public:
    // `history` only to show the open contact's caller there.
    ContactDesk(LocalStore& store, const QString& storePath, sync::SyncEngine& engine, ContactPane& pane,
                CaseHistoryPanel& history, QObject* parent = nullptr);
    ~ContactDesk() override; // writes pending drafts

    void setUser(const QString& userId);
    // "now" for the completion dialog's callback time (tests pin it); default the system clock.
    void setClock(std::function<QDateTime()> now) { m_clock = std::move(now); }
    // Opens the agent's open contact `contactId` (after an accept, a switch, a restart).
    void open(const QString& contactId);
    // After sign-in (with the local store, and again once the catch-up brought the contacts taken
    // on another workstation or before a crash): opens the agent's open contact whose draft
    // changed last, unless one is open already.
    void resume();
    // The agent's state as the server has it, with its words ("Ej redo – Rast").
    void agentStateChanged(AgentStatus state, const QString& stateText);
    // Why the agent may not take another contact now ("" = may): an open phone call holds her;
    // written channels may allow several (setting contacts/severalAtOnce/<channel>; default: all
    // but phone).
    std::optional<QString> refusalToTake() const;
    QList<Contact> openContacts() const; // assigned to this agent, not being completed; oldest first
    void flushDrafts();
    DraftWriter* draftWriter() const { return m_writer.get(); }
    const ContactLifecycle& lifecycle() const { return m_lifecycle; }
    CompletionDialog* completionDialog() const { return m_completion; } // the open one, for tests
    // A knowledge article was opened: recorded for the open contact, offered when it is completed
    // as Rådgivning (issue 14). Nothing is recorded while no contact is open.
    void articleOpened(const QString& id, const QString& title);
    QList<std::pair<QString, QString>> articlesOpened(const QString& contactId) const
    {
        return m_articles.value(contactId);
    }

Q_SIGNALS:
    void message(const QString& text);     // a passing status-bar message (never the contact's state)
    void idle();                           // no contact open any more: focus belongs to the queue
    void opened(const QString& contactId); // a contact is open in the pane (after accept, switch, resume)

private:
    void saveDraft();
    void submit();
    void showSubmission(const QString& contactId);
    void complete(const QString& contactId);
    void finishCompletion(const QString& contactId, Disposition disposition, const QString& reportLocalRef,
                          const QStringList& articleIds = {}, const QJsonObject& extra = {});
    void openNextOrIdle();
    void refreshOpenContacts();

    LocalStore& m_store;
    sync::SyncEngine& m_engine;
    ContactPane& m_pane;
    CaseHistoryPanel& m_history;
    std::unique_ptr<DraftWriter> m_writer;
    QString m_userId;
    ContactLifecycle m_lifecycle;
    // Many contact changes arrive in a burst (catch-up applies pages of them): one look after it.
    QTimer m_refresh;
    QPointer<CompletionDialog> m_completion;
    std::function<QDateTime()> m_clock;
    bool m_openTip = false; // the open contact is a tip: read-only view, no draft, no report
    QHash<QString, QList<std::pair<QString, QString>>> m_articles; // contact id → (article id, title), in order
};

} // namespace kc
