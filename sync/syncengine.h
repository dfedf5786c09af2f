// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The sync engine: keeps the local store equal to what the server says the agent may see, and
// sends what the agent did (the outbox) to the server — in order, exactly once.
//
// How it works (README "How sync works"):
// - Catch-up: GET /changes?since=<cursor> page by page; each page is applied and the cursor stored
//   with it, so a crash in the middle resumes where it stopped.
// - A change counts as applied only once the store has it: the cursor never passes a change that
//   could not be stored; the catch-up (after a backoff) asks for it again.
// - 410 resync_required from GET /changes (the server cannot continue from our cursor: a restored
//   database, pruned changes): start over from the start of the feed without a cursor, then remove
//   the contacts it no longer brings. Drafts, the outbox and fetched reports are kept. The flag
//   "resync" in the store makes a restart in the middle start over again.
// - Live: GET /events (SSE). Before every (re)connection the engine catches up, then opens the
//   stream with Last-Event-ID = cursor; every event carries its sequence number, applied events
//   move the cursor. A dropped stream is reconnected with exponential backoff and jitter (capped
//   at 30 s); a stream the server ends on purpose (its bounded lifetime) is reopened at once. So
//   after any reconnect the store equals the server's state: nothing lost, nothing twice. An event
//   `resync` (the server will not replay a long backlog over the stream) closes the stream and
//   catches up through GET /changes; a line over 1 MiB drops the stream and reconnects (backoff).
// - Outbox: items leave in submission order (reports up to FlushWindow at a time), each with the Idempotency-Key it was
// given when it was
//   queued, so a retry after a lost answer replays the first answer instead of filing twice.
//   Network errors, 5xx and 409 idempotency_key_in_use are retried (backoff); a 4xx that needs the agent (validation,
//   409, 412, …) marks the item "needs attention" with the server's Swedish message — never dropped, never retried
//   alone. A 401 stops everything and asks for a new sign-in; nothing queued is lost.
//
// - The catch-up's pages (500 changes) are stored by a CatchUpWorker on a thread of its own, with
//   its own connection to the local store (so SQLite's checkpoints run there too), which also parses
//   them; this thread only fetches them (the next as soon as the worker has parsed the current one,
//   up to MaxPagesAhead ahead) and hears which ids changed, after each page's commit.
// - Outbox items may be several in flight (reports only; see the flush members below); answers are
//   recorded in one commit per turn of the event loop. Consecutive reports go as one
//   POST /reports/batch (one server transaction, each report with its own key and answer): an item
//   the server refuses needs attention alone; a batch without an answer (503, no server) is
//   retried whole, and its keys make the retry replay whatever was stored.
//
// Thread rules: lives on one thread with an event loop (the GUI thread in the workstation, main in
// the CLI); never blocks it: every network call is asynchronous, and pages of changes are stored on
// the worker thread. Live events and answers are stored on this thread (one small commit each).
#pragma once

#include "core/casequery.h"
#include "models/localstore.h"
#include "sync/backoff.h"
#include "sync/catchupworker.h"
#include "sync/secretstore.h"
#include "sync/sseparser.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;
class QThread;

namespace kc::sync {

class ApiJob;
class RestClient;

struct ConnectionState
{
    enum class Kind { Online, Reconnecting, Offline, SignInRequired };
    Kind kind = Kind::Offline;
    int retryInSeconds = 0; // Reconnecting: next try
    int waiting = 0;        // outbox items not yet sent
    QString detail;         // the last error, Swedish

    QString text() const; // "Ansluten", "Återansluter om 5 s", "Frånkopplad – 2 i utkorgen", …
    bool operator==(const ConnectionState&) const = default;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // `secrets` keeps the session token (never the local store, unless the caller passes a
    // LocalStoreSecretStore as the CLI does); null: in memory only.
    SyncEngine(LocalStore& store, RestClient& client, SecretStore* secrets = nullptr, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Uses the server saved in the store and the token in the secret store; false when there is none.
    bool restoreSession();
    void login(const QString& username, const QString& password);
    // Ends the session on the server (DELETE /session) and forgets the token at once; stops the
    // live stream. loggedOut() follows when the server answered or could not be reached.
    void logout();

    void flush();
    void catchUp();
    void startLive();
    void stopLive();
    void accept(const QString& contactId);
    // Agent state (Ready, NotReady with a reason, WrapUp) through the outbox: kept when offline.
    void setAgentState(AgentStatus state, const QString& reason = {});
    // A direct edit (PATCH with If-Match = version); a stale version comes back as a conflict.
    void editReport(const QString& reportId, const QJsonObject& patch, qint64 version);

    // Local: the draft of `contactId` becomes an outbox item (one transaction), then flush().
    Result<OutboxItem> submitReport(const QString& contactId, const QJsonObject& report);
    // Completes an assigned contact with an avslutskod, through the outbox (kept when offline; the
    // server then puts the agent in Efterarbete). `reportLocalRef` is the PREL reference of the
    // contact's report when it has one: it is resolved to the report's id when the item is sent,
    // so completing right after submitting, offline, links the report once both have gone.
    // The contact is marked completed in the local store at once (removed there if that fails).
    // `knowledgeArticleIds`: the knowledge articles used (Rådgivning), recorded on the contact.
    // `extra`: further fields of the complete body (callback_booked: "callbackAt", "callbackNote").
    Result<OutboxItem> completeContact(const QString& contactId, Disposition disposition,
                                       const QString& reportLocalRef = {}, const QStringList& knowledgeArticleIds = {},
                                       const QJsonObject& extra = {});
    // The agent corrected a report the server refused ("needs attention"): sent again, in its place.
    bool resubmitReport(qint64 itemId, const QJsonObject& report);
    // A tilläggsuppgift for a report on the server, through the outbox; appended, never overwrites.
    Result<OutboxItem> addSupplement(const QString& reportId, const QString& text);

    // Case history: GET /cases for `query` (its kind picks the parameter), from `cursor` (an answer's
    // nextCursor) for the next page. Returns a request number; the answer comes as casesFound with that number,
    // so the caller can drop answers to searches it has since replaced.
    int searchCases(const CaseQuery& query, const QString& cursor = {});
    // One report, fresh from the server (GET /reports/{id}; the server audits the read).
    void fetchReport(const QString& reportId);
    // The configured queues (GET /queues): queuesReceived with their names, also kept in the store
    // (value "queuesJson") so a start without the server still shows names; cachedQueues() reads it.
    void fetchQueues();
    QList<QueueInfo> cachedQueues() const;
    // The agent's own state as the server has it (GET /agents/me/state), at every sign-in: what
    // the workstation shows is the server's word from the first moment, not a guess.
    // Answers as agentStateReceived; a refusal or no answer changes nothing.
    void fetchAgentState();

    ConnectionState state() const { return m_state; }
    bool isFlushing() const { return m_flushing; }
    // Consecutive queued reports leave as one POST /reports/batch of up to `n` (default 50; 1: each
    // report its own POST /reports, as before — for the benchmark's comparison).
    void setReportBatchSize(int n) { m_reportBatch = std::max(1, n); }
    Backoff& backoff() { return m_backoff; }

Q_SIGNALS:
    void loginFinished(bool ok, int status, const QString& message); // status 0: no answer
    void loggedOut();
    void flushFinished(bool everythingSent);
    void catchUpFinished(bool ok, const QString& message);
    void acceptFinished(const QString& contactId, bool ok, const QString& code, const QString& message);
    void editFinished(const QString& reportId, bool ok, bool conflict, const QString& message);
    void stateChanged(const kc::sync::ConnectionState& state);
    // The live event stream answered (again): events from now on arrive. A snapshot fetched before
    // may have missed one that was neither in it nor on a stream yet (kinds /changes does not carry).
    void liveAttached();
    void contactChanged(const QString& id);
    // The same ids again, together, right after their contactChanged signals: for receivers that
    // apply them in one pass (a catch-up brings them 100 per turn of the event loop).
    void contactsChanged(const QStringList& ids);
    void reportChanged(const QString& id);
    void knowledgeChanged(const QString& id); // a knowledge article arrived (knowledge.updated), stored
    void outboxChanged();
    void reportSent(const QString& localRef, const QString& caseNumber);
    void eventReceived(const QString& name, const QJsonObject& data, qint64 id);
    // The live events the workstation acts on, decoded (just before eventReceived); an event whose
    // data does not decode is only in eventReceived. agentStateReceived also comes for agent
    // changes the catch-up brings (a change made before the stream was connected).
    void agentStateReceived(const kc::AgentState& state);
    void queuesReceived(const QList<kc::QueueInfo>& queues);
    void contactCreated(const kc::Contact& contact);
    // A booked callback whose time has come: it turned `waiting` from `scheduled` (a live
    // contact.updated, issue 15), so for the agent it is a new arrival in the queue, like
    // contactCreated. Not for a callback that returns to waiting otherwise (e.g. released).
    void callbackReturned(const kc::Contact& contact);
    void signInRequired(const QString& message);
    void casesFound(int request, bool ok, const QJsonArray& items, const QString& nextCursor, const QString& message);
    void reportFetched(const QString& reportId, bool ok, const QJsonObject& report, const QString& message);

private:
    // `before`: the contact's state in the store before the event was applied (contact events).
    void announceDecoded(const QString& name, const QJsonObject& data, std::optional<ContactState> before);
    void pump(); // launches the next items while the window has room
    void launch(const OutboxItem& item);
    void launchBatch(const QList<OutboxItem>& items);
    struct Reply; // one item's answer: its own request's, or its part of a batch's
    void onItemFinished(qint64 itemId, ApiJob* job);
    void onBatchFinished(const QList<qint64>& itemIds, ApiJob* job);
    void settle(const OutboxItem& item, const Reply& reply);
    // settle() for each of a batch's items, in one local commit and with one outboxChanged.
    void settleAll(const QList<OutboxItem>& items, const std::function<Reply(qsizetype)>& replyOf);
    void outboxTouched(); // outboxChanged now, or once after settleAll
    void recordAnswers(); // the answers waiting, in one commit on the worker thread
    void onAnswersRecorded(bool ok);
    void ensureWorker();
    void finishPass();
    void fetchChanges();
    void fetchPage(qint64 cursor, int generation);
    void connectStream();
    void onStreamData();
    void onStreamFinished();
    void scheduleReconnect(const QString& why);
    // Stores one change (inside the caller's batch); false when it could not be stored. The
    // signals for it wait in m_changed* until announceApplied(), after the commit.
    bool apply(const QString& kind, const QString& op, const QString& id, const QJsonObject& data);
    void applyNow(const QString& kind, const QJsonObject& data); // apply + announce, outside a batch
    void announceApplied();
    void announce(const AppliedChanges& changed);
    void newCatchUpGeneration(); // replies and pages of the catch-up so far are dropped
    void abandonCatchUp();
    void failCatchUp(const QString& why);
    void storePage(int generation, qint64 from, const QByteArray& body);
    void onPageParsed(int generation, const CatchUpWorker::Parsed& page);
    void onPageStored(int generation, const CatchUpWorker::Outcome& outcome);
    void announceChunk(); // the next AnnounceChunk of m_toAnnounce; more on the next turn
    void finishCatchUp(); // the last page stored and announced
    void startOver();     // 410 resync_required: from the start of the feed, keeping drafts and outbox
    void finishResync();  // removes the contacts the restarted feed did not bring
    void dropStream();
    void requireSignIn(const QString& message);
    void setState(ConnectionState::Kind kind, const QString& detail = {}, int retryIn = 0);

    LocalStore& m_store;
    RestClient& m_client;
    MemorySecretStore m_memorySecrets;
    SecretStore& m_secrets;
    Backoff m_backoff;
    Backoff m_flushBackoff;
    ConnectionState m_state;

    // A flush pass walks the outbox in order with up to FlushWindow reports in flight (their
    // Idempotency-Keys make the order of their arrival and any retry harmless). Anything else (a
    // supplement, a state change, a completion that may name a report sent just before) goes alone:
    // after everything before it is answered and recorded, and nothing starts while it runs.
    // Answers are recorded on the worker thread, one commit for all that waited meanwhile. A transient error or a 401
    // stops new launches; the pass ends when the ones in flight have answered.
    struct Answer
    {
        OutboxItem item;
        QJsonObject json;
    };
    enum class Halt { None, Transient, SignIn };
    bool m_flushing = false;
    bool m_flushAgain = false;
    bool m_answered = false; // the server answered during this flush
    QTimer m_flushRetry;
    QHash<qint64, OutboxItem> m_inFlight;
    int m_requests = 0;          // requests in flight (a batch is one, with many items in m_inFlight)
    int m_reportBatch = 50;      // reports per POST /reports/batch; 1: none
    bool m_batchRefused = false; // the server refused a batch as a whole (an older server): single POSTs
    bool m_quietSettle = false;  // inside settleAll: outboxChanged waits
    bool m_outboxTouched = false;
    bool m_aloneInFlight = false; // a non-report item is in flight: nothing else starts
    qint64 m_lastLaunched = 0;    // the pass continues after this outbox id
    QList<Answer> m_toRecord;     // answered, not yet handed to the worker
    QList<Answer> m_recording;    // being recorded by the worker (one batch at a time)
    QTimer m_recordTimer;
    Halt m_halt = Halt::None;
    QString m_haltText, m_haltCode;

    bool m_catchingUp = false;
    int m_catchUpGeneration = 0; // replies of an abandoned catch-up are dropped
    bool m_live = false;
    bool m_connectAfterCatchUp = false;
    QPointer<QNetworkReply> m_stream;
    SseParser m_parser;
    bool m_streamHealthy = false; // the current stream delivered something
    QTimer m_reconnect;
    QTimer m_countdown; // updates "Återansluter om N s" once a second
    int m_lastSearch = 0;
    AppliedChanges m_changed; // applied on this thread (events, answers), not yet announced
    bool m_resyncing = false; // a catch-up from the start after 410
    QSet<QString> m_seen;     // contacts that catch-up brought
    // The catch-up's pages are stored by m_worker on m_workerThread (made at the first page), which
    // drops pages of any generation but the current one.
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    QThread* m_workerThread = nullptr;
    CatchUpWorker* m_worker = nullptr; // lives on m_workerThread
    int m_pagesWaiting = 0;            // fetched, not yet stored
    AppliedChanges m_toAnnounce;       // stored by the worker, not yet announced (in order per kind)
    QTimer m_announceTimer;
    std::optional<int> m_finishAfterAnnouncing; // the generation whose last page is stored
    std::optional<qint64> m_deferredFetch;
};

} // namespace kc::sync
