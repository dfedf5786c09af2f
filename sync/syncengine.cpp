// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/syncengine.h"

#include "core/jsoncodec.h"
#include "sync/restclient.h"

#include <QThread>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcSync, "kc.sync")

namespace kc::sync {

namespace {

// Changes per page (the server's largest); pages are stored on the worker thread, so their size no
// longer blocks the event loop. At most MaxPagesAhead pages are fetched and not yet stored.
constexpr int PageSize = 500;
constexpr int MaxPagesAhead = 4;
// Changed ids announced per turn of the event loop after a page is stored: a receiver reading the
// store and updating a model for each (the workstation's queue) stays well under 16 ms per turn.
constexpr qsizetype AnnounceChunk = 100;
constexpr std::chrono::seconds StreamIdle{45}; // three missed heartbeats
// Reports in flight at once during a flush: QNetworkAccessManager's connections per host (HTTP/1.1).
constexpr qsizetype FlushWindow = 6;
// A batch stays well under the server's 1 MiB request limit whatever the reports hold.
constexpr qsizetype BatchBytes = 256 * 1024;

} // namespace

QString ConnectionState::text() const
{
    switch (kind) {
    case Kind::Online:
        return waiting > 0 ? QCoreApplication::translate("kc::sync::ConnectionState", "Connected – %n in the outbox",
                                                         nullptr, waiting)
                           : QCoreApplication::translate("kc::sync::ConnectionState", "Connected");
    case Kind::Reconnecting:
        return QCoreApplication::translate("kc::sync::ConnectionState", "Reconnecting in %n s", nullptr,
                                           retryInSeconds);
    case Kind::Offline:
        return QCoreApplication::translate("kc::sync::ConnectionState", "Disconnected – %n in the outbox", nullptr,
                                           waiting);
    case Kind::SignInRequired:
        return QCoreApplication::translate("kc::sync::ConnectionState", "Sign in again – nothing queued is lost");
    }
    return {};
}

SyncEngine::SyncEngine(LocalStore& store, RestClient& client, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_secrets(secrets ? *secrets : m_memorySecrets)
{
    m_state.waiting = m_store.pendingCount();
    m_flushRetry.setSingleShot(true);
    connect(&m_flushRetry, &QTimer::timeout, this, &SyncEngine::flush);
    m_announceTimer.setSingleShot(true);
    m_announceTimer.setInterval(0);
    connect(&m_announceTimer, &QTimer::timeout, this, &SyncEngine::announceChunk);
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(0);
    connect(&m_recordTimer, &QTimer::timeout, this, &SyncEngine::recordAnswers);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectStream);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (m_state.kind != ConnectionState::Kind::Reconnecting || !m_reconnect.isActive()) {
            m_countdown.stop();
            return;
        }
        setState(ConnectionState::Kind::Reconnecting, m_state.detail, (m_reconnect.remainingTime() + 999) / 1000);
    });
}

SyncEngine::~SyncEngine()
{
    if (m_workerThread) {
        // Queued pages are dropped; a page being stored finishes (its transaction is whole).
        m_generation->store(-1);
        m_workerThread->quit();
        m_workerThread->wait();
    }
    if (m_stream)
        m_stream->abort();
}

void SyncEngine::setState(ConnectionState::Kind kind, const QString& detail, int retryIn)
{
    ConnectionState s{kind, retryIn, m_store.pendingCount(), detail};
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(m_state);
}

bool SyncEngine::restoreSession()
{
    const QString server = m_store.value(QStringLiteral("serverUrl"));
    const QString token = m_secrets.token();
    if (server.isEmpty() || token.isEmpty() || !m_client.setServer(server))
        return false;
    m_client.setToken(token);
    return true;
}

void SyncEngine::login(const QString& username, const QString& password)
{
    ApiJob* job = m_client.post(QStringLiteral("/session"), QJsonObject{{QStringLiteral("username"), username},
                                                                        {QStringLiteral("password"), password}});
    connect(job, &ApiJob::finished, this, [this, username](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() != ApiJob::Outcome::Ok) {
            Q_EMIT loginFinished(false, j->status(), j->errorText());
            return;
        }
        const QString token = j->json().value(u"token").toString();
        m_client.setToken(token);
        m_store.setValue(QStringLiteral("serverUrl"), m_client.server().toString());
        m_store.setValue(QStringLiteral("username"), username);
        m_secrets.setToken(token);
        m_store.setValue(QStringLiteral("tokenExpiresAt"), j->json().value(u"expiresAt").toString());
        m_store.setValue(
            QStringLiteral("userJson"),
            QString::fromUtf8(QJsonDocument(j->json().value(u"user").toObject()).toJson(QJsonDocument::Compact)));
        setState(ConnectionState::Kind::Online);
        Q_EMIT loginFinished(true, j->status(), QString());
    });
}

void SyncEngine::logout()
{
    stopLive();
    // A catch-up in progress stops: pages not yet stored are dropped; a page being stored on the
    // worker finishes with its cursor, so the next catch-up continues exactly after it.
    if (m_catchingUp)
        abandonCatchUp();
    ApiJob* job = m_client.deleteResource(QStringLiteral("/session"));
    connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
        j->deleteLater();
        Q_EMIT loggedOut();
    });
    // The request above already carries the token; nothing needs it after this.
    m_secrets.setToken(QString());
    m_client.setToken(QString());
}

void SyncEngine::requireSignIn(const QString& message)
{
    stopLive();
    // A flush pass still running ends when its items in flight have answered (finishPass).
    setState(ConnectionState::Kind::SignInRequired, message);
    Q_EMIT signInRequired(message);
}

// ---- outbox ------------------------------------------------------------------------------------

Result<OutboxItem> SyncEngine::submitReport(const QString& contactId, const QJsonObject& report)
{
    auto item = m_store.submitReport(contactId, report);
    if (item) {
        Q_EMIT outboxChanged();
        flush();
    }
    return item;
}

namespace {
// Completed locally at once, so the agent's open contacts drop it now; the outbox carries the
// completion to the server, also after a restart. A copy that cannot be stored is removed rather
// than left looking open.
void markCompletedLocally(LocalStore& store, const QString& contactId, Disposition disposition,
                          const QStringList& knowledgeArticleIds)
{
    auto contact = store.contact(contactId);
    if (!contact)
        return;
    contact->state = ContactState::Completed;
    contact->disposition = disposition;
    contact->knowledgeArticleIds = knowledgeArticleIds;
    contact->completedAt = QDateTime::currentDateTimeUtc();
    if (!store.upsertContact(*contact))
        store.removeContact(contactId);
}
} // namespace

Result<OutboxItem> SyncEngine::completeContact(const QString& contactId, Disposition disposition,
                                               const QString& reportLocalRef, const QStringList& knowledgeArticleIds,
                                               const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("disposition"), wireName(disposition));
    if (!knowledgeArticleIds.isEmpty())
        body.insert(QStringLiteral("knowledgeArticleIds"), QJsonArray::fromStringList(knowledgeArticleIds));
    if (!reportLocalRef.isEmpty())
        body.insert(QStringLiteral("reportLocalRef"), reportLocalRef); // resolved in sendNext()
    auto item = m_store.enqueue(OutboxItem::Kind::Complete, contactId, body);
    if (item) {
        markCompletedLocally(m_store, contactId, disposition, knowledgeArticleIds);
        Q_EMIT outboxChanged();
        flush();
    }
    return item;
}

bool SyncEngine::resubmitReport(qint64 itemId, const QJsonObject& report)
{
    if (!m_store.resubmit(itemId, report))
        return false;
    Q_EMIT outboxChanged();
    flush();
    return true;
}

Result<OutboxItem> SyncEngine::addSupplement(const QString& reportId, const QString& text)
{
    auto item = m_store.enqueue(OutboxItem::Kind::Supplement, reportId, QJsonObject{{QStringLiteral("text"), text}});
    if (item) {
        Q_EMIT outboxChanged();
        flush();
    }
    return item;
}

int SyncEngine::searchCases(const CaseQuery& query, const QString& cursor)
{
    const int request = ++m_lastSearch;
    QUrlQuery q;
    switch (query.kind) {
    case CaseQuery::Kind::Personnummer:
        q.addQueryItem(QStringLiteral("personnummer"), query.text);
        break;
    case CaseQuery::Kind::Phone:
        q.addQueryItem(QStringLiteral("phone"), query.text);
        break;
    case CaseQuery::Kind::CaseNumber:
        q.addQueryItem(QStringLiteral("caseNumber"), query.text);
        break;
    case CaseQuery::Kind::FreeText:
        q.addQueryItem(QStringLiteral("q"), query.text);
        break;
    }
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    ApiJob* job = m_client.get(QStringLiteral("/cases"), q);
    connect(job, &ApiJob::finished, this, [this, request](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() == ApiJob::Outcome::Ok) {
            Q_EMIT casesFound(request, true, j->json().value(u"items").toArray(),
                              j->json().value(u"nextCursor").toString(), QString());
            return;
        }
        if (j->status() == 401)
            requireSignIn(j->errorText());
        Q_EMIT casesFound(request, false, {}, {}, j->errorText());
    });
    return request;
}

void SyncEngine::fetchReport(const QString& reportId)
{
    ApiJob* job = m_client.get(QStringLiteral("/reports/%1").arg(reportId));
    connect(job, &ApiJob::finished, this, [this, reportId](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() == ApiJob::Outcome::Ok) {
            m_store.upsertReport(j->json());
            Q_EMIT reportFetched(reportId, true, j->json(), QString());
            return;
        }
        if (j->status() == 401)
            requireSignIn(j->errorText());
        // Offline: what we fetched before is better than nothing.
        Q_EMIT reportFetched(reportId, false, m_store.report(reportId).value_or(QJsonObject()), j->errorText());
    });
}

namespace {
QList<QueueInfo> decodeQueues(const QJsonArray& items)
{
    QList<QueueInfo> queues;
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        QueueInfo q;
        q.id = o.value(u"id").toString();
        if (q.id.isEmpty())
            continue;
        q.name = o.value(u"name").toString(q.id);
        q.team = o.value(u"team").toString();
        q.serviceLevelThresholdSeconds = o.value(u"serviceLevelThresholdSeconds").toInt();
        queues << q;
    }
    return queues;
}
} // namespace

void SyncEngine::fetchQueues()
{
    ApiJob* job = m_client.get(QStringLiteral("/queues"));
    connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() != ApiJob::Outcome::Ok) {
            if (j->status() == 401)
                requireSignIn(j->errorText());
            return; // the names kept from before stay; ids are shown where there are none
        }
        const QJsonArray items = j->json().value(u"items").toArray();
        m_store.setValue(QStringLiteral("queuesJson"),
                         QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
        Q_EMIT queuesReceived(decodeQueues(items));
    });
}

QList<QueueInfo> SyncEngine::cachedQueues() const
{
    return decodeQueues(QJsonDocument::fromJson(m_store.value(QStringLiteral("queuesJson")).toUtf8()).array());
}

void SyncEngine::fetchAgentState()
{
    ApiJob* job = m_client.get(QStringLiteral("/agents/me/state"));
    connect(job, &ApiJob::finished, this, [this](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() != ApiJob::Outcome::Ok) {
            if (j->status() == 401)
                requireSignIn(j->errorText());
            return;
        }
        if (const auto state = json::fromJson<AgentState>(j->json()))
            Q_EMIT agentStateReceived(*state);
    });
}

void SyncEngine::flush()
{
    if (m_flushing) {
        m_flushAgain = true;
        return;
    }
    m_flushRetry.stop();
    m_flushing = true;
    m_halt = Halt::None;
    m_lastLaunched = 0;
    pump();
}

void SyncEngine::pump()
{
    while (m_halt == Halt::None && !m_aloneInFlight && m_requests < FlushWindow) {
        const auto item = m_store.nextPending(m_lastLaunched);
        if (!item)
            break;
        const bool alone = item->kind != OutboxItem::Kind::Report;
        if (alone && (!m_inFlight.isEmpty() || !m_toRecord.isEmpty() || !m_recording.isEmpty()))
            break; // it waits until everything before it is answered and recorded
        m_lastLaunched = item->id;
        m_aloneInFlight = alone;
        if (!alone && m_reportBatch > 1 && !m_batchRefused) {
            // The reports queued right after it go with it, up to the batch's size and bytes.
            QList<OutboxItem> batch{*item};
            qsizetype bytes = QJsonDocument(item->payload).toJson(QJsonDocument::Compact).size();
            while (batch.size() < m_reportBatch) {
                const auto next = m_store.nextPending(m_lastLaunched);
                if (!next || next->kind != OutboxItem::Kind::Report)
                    break;
                bytes += QJsonDocument(next->payload).toJson(QJsonDocument::Compact).size();
                if (bytes > BatchBytes)
                    break;
                batch.append(*next);
                m_lastLaunched = next->id;
            }
            if (batch.size() > 1) {
                launchBatch(batch);
                continue;
            }
        }
        launch(*item);
    }
    if (m_inFlight.isEmpty() && m_toRecord.isEmpty() && m_recording.isEmpty())
        finishPass();
}

void SyncEngine::finishPass()
{
    m_flushing = false;
    m_aloneInFlight = false;
    const Halt halt = std::exchange(m_halt, Halt::None);
    if (halt == Halt::SignIn) {
        Q_EMIT flushFinished(false);
        return;
    }
    if (halt == Halt::Transient) {
        m_flushAgain = false;
        const auto delay = m_flushBackoff.next();
        m_flushRetry.start(delay);
        // 409 idempotency_key_in_use: the server is there and busy with our first attempt; and a
        // local store that could not record answers is no connection problem: the connection
        // state stays what it is.
        if (m_haltCode != QLatin1String("idempotency_key_in_use") && m_haltCode != QLatin1String("local_store") &&
            m_haltCode != QLatin1String("batch_refused"))
            setState(m_live ? ConnectionState::Kind::Reconnecting : ConnectionState::Kind::Offline, m_haltText,
                     int((delay.count() + 999) / 1000));
        Q_EMIT flushFinished(false);
        return;
    }
    if (m_flushAgain) {
        m_flushAgain = false;
        flush();
        return;
    }
    m_flushBackoff.reset();
    const auto all = m_store.outbox();
    const bool everythingSent =
        std::none_of(all.begin(), all.end(), [](const OutboxItem& i) { return i.state != OutboxItem::State::Sent; });
    // The server just answered, so we are online — unless a sign-in is needed, or the live
    // stream is between attempts (it reports for itself when it is back).
    const bool streamPending = m_live && m_state.kind == ConnectionState::Kind::Reconnecting;
    if (m_answered && m_state.kind != ConnectionState::Kind::SignInRequired && !streamPending)
        setState(ConnectionState::Kind::Online);
    m_answered = false;
    Q_EMIT flushFinished(everythingSent);
}

void SyncEngine::launch(const OutboxItem& item)
{
    const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", item.idempotencyKey.toLatin1()}};
    ApiJob* job = nullptr;
    switch (item.kind) {
    case OutboxItem::Kind::Report:
        job = m_client.post(QStringLiteral("/reports"), item.payload, key);
        break;
    case OutboxItem::Kind::Supplement:
        job = m_client.post(QStringLiteral("/reports/%1/supplements").arg(item.target), item.payload, key);
        break;
    case OutboxItem::Kind::AgentState:
        job = m_client.put(QStringLiteral("/agents/me/state"), item.payload);
        break;
    case OutboxItem::Kind::Complete: {
        // The report went before this item (it goes alone, after everything before it was recorded),
        // so its id is known by now — unless it needs the agent's attention; then the contact is
        // completed without the link.
        QJsonObject body = item.payload;
        const QString localRef = body.take(QStringLiteral("reportLocalRef")).toString();
        if (const auto report = m_store.outboxItemByLocalRef(localRef);
            report && report->state == OutboxItem::State::Sent && report->result.value(u"id").isString())
            body.insert(QStringLiteral("reportId"), report->result.value(u"id"));
        job = m_client.post(QStringLiteral("/contacts/%1/complete").arg(item.target), body, key);
        break;
    }
    }
    m_inFlight.insert(item.id, item);
    ++m_requests;
    const qint64 id = item.id;
    connect(job, &ApiJob::finished, this, [this, id](ApiJob* j) { onItemFinished(id, j); });
}

void SyncEngine::launchBatch(const QList<OutboxItem>& items)
{
    QJsonArray list;
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const OutboxItem& item : items) {
        list.append(QJsonObject{{QStringLiteral("idempotencyKey"), item.idempotencyKey},
                                {QStringLiteral("report"), item.payload}});
        m_inFlight.insert(item.id, item);
        ids.append(item.id);
    }
    ++m_requests;
    ApiJob* job = m_client.post(QStringLiteral("/reports/batch"), QJsonObject{{QStringLiteral("items"), list}});
    connect(job, &ApiJob::finished, this, [this, ids](ApiJob* j) { onBatchFinished(ids, j); });
}

struct SyncEngine::Reply
{
    bool ok = false;
    int status = 0; // 0: no answer
    QJsonObject json;
    QString code, text;
    QJsonObject fields;
    bool transient = false;

    static Reply of(const ApiJob& job)
    {
        return {job.outcome() == ApiJob::Outcome::Ok,
                job.status(),
                job.json(),
                job.errorCode(),
                job.errorText(),
                job.errorFields(),
                job.isTransient()};
    }
    // One item of a batch's answer: {"status", "body"}, the body what POST /reports would have said.
    static Reply ofItem(const QJsonObject& result)
    {
        Reply r;
        r.status = result.value(u"status").toInt();
        r.json = result.value(u"body").toObject();
        r.ok = r.status >= 200 && r.status < 300;
        if (r.ok)
            return r;
        const QJsonObject error = r.json.value(u"error").toObject();
        r.code = error.value(u"code").toString(QStringLiteral("http_%1").arg(r.status));
        r.text = error.value(u"message").toString();
        r.fields = error.value(u"fields").toObject();
        if (r.text.isEmpty())
            r.text =
                QCoreApplication::translate("kc::sync::ApiJob", "The server answered with error %1.").arg(r.status);
        // As ApiJob::isTransient: the server's fault, or the first attempt with this key still running.
        r.transient =
            r.status >= 500 || r.status == 0 || (r.status == 409 && r.code == QLatin1String("idempotency_key_in_use"));
        return r;
    }
};

void SyncEngine::onItemFinished(qint64 itemId, ApiJob* job)
{
    job->deleteLater();
    --m_requests;
    const auto found = m_inFlight.constFind(itemId);
    if (found == m_inFlight.cend())
        return; // (cannot happen: every launched item is in flight until its answer)
    const OutboxItem item = *found;
    m_inFlight.erase(found);
    if (item.kind != OutboxItem::Kind::Report)
        m_aloneInFlight = false;
    settle(item, Reply::of(*job));
    pump();
}

void SyncEngine::onBatchFinished(const QList<qint64>& itemIds, ApiJob* job)
{
    job->deleteLater();
    --m_requests;
    QList<OutboxItem> items;
    for (const qint64 id : itemIds)
        if (auto it = m_inFlight.constFind(id); it != m_inFlight.cend()) {
            items.append(*it);
            m_inFlight.erase(it);
        }
    const QJsonArray results = job->json().value(u"items").toArray();
    if (job->outcome() == ApiJob::Outcome::Ok && results.size() == items.size()) {
        // Each item as if it had been sent alone.
        settleAll(items, [&](qsizetype i) { return Reply::ofItem(results.at(i).toObject()); });
    } else if (job->status() == 401 || job->isTransient() || job->outcome() == ApiJob::Outcome::Ok) {
        // No usable answer for any item (503, no server, a timeout, or a 2xx that does not list
        // every item): nothing of the batch is lost, and its keys make the retry replay whatever
        // the server did store.
        Reply reply = Reply::of(*job);
        if (reply.ok) { // answered, but not item by item: retried whole, as a lost answer
            reply.ok = false;
            reply.transient = true;
            reply.code = QStringLiteral("bad_reply");
            reply.text =
                QCoreApplication::translate("kc::sync::ApiJob", "The server's answer could not be read; trying again.");
        }
        settleAll(items, [&](qsizetype) { return reply; });
    } else {
        // Refused as a whole (a server without the route, or one that will not take this batch):
        // the items stay pending and go one at a time from the next pass on.
        qCWarning(lcSync) << "the server refused a batch of reports with" << job->status() << "; sending singly";
        m_batchRefused = true;
        if (job->status() != 0)
            m_answered = true;
        if (m_halt == Halt::None) {
            m_halt = Halt::Transient;
            m_haltText = job->errorText();
            m_haltCode = QStringLiteral("batch_refused");
        }
    }
    pump();
}

void SyncEngine::settleAll(const QList<OutboxItem>& items, const std::function<Reply(qsizetype)>& replyOf)
{
    // The retries' and refusals' bookkeeping in one local commit (a 503 for a batch would otherwise
    // be one fsync'd write per report on this thread), and one outboxChanged after it.
    m_quietSettle = true;
    bool ran = false;
    const auto work = [&] {
        ran = true;
        for (qsizetype i = 0; i < items.size(); ++i)
            settle(items.at(i), replyOf(i));
        return true;
    };
    if (!m_store.batch(work) && !ran)
        work(); // (only inside another batch, which this thread never is here)
    m_quietSettle = false;
    if (std::exchange(m_outboxTouched, false))
        Q_EMIT outboxChanged();
}

void SyncEngine::settle(const OutboxItem& item, const Reply& reply)
{
    const qint64 itemId = item.id;
    // Completing a contact twice means the first answer was lost: it is done.
    const bool alreadyDone = item.kind == OutboxItem::Kind::Complete && reply.status == 409 &&
                             reply.code != QLatin1String("idempotency_key_in_use");
    if (reply.status != 0)
        m_answered = true;
    if (reply.ok || alreadyDone) {
        // Recorded with the other answers that come meanwhile in one commit; if that commit is
        // lost, the item is still pending and its retry replays the same answer.
        m_toRecord.append(Answer{item, reply.json});
        if (!m_recordTimer.isActive())
            m_recordTimer.start();
        return;
    }
    if (reply.status == 401) {
        if (m_halt != Halt::SignIn) {
            m_halt = Halt::SignIn;
            requireSignIn(reply.text);
        }
    } else if (reply.transient) {
        m_store.markRetry(itemId, reply.text);
        outboxTouched();
        if (m_halt == Halt::None) {
            m_halt = Halt::Transient;
            m_haltText = reply.text;
            m_haltCode = reply.code;
        }
    } else {
        // Validation, conflicts, refusals: the agent has to look at it; the rest of the queue goes on.
        QString message = reply.text;
        for (auto it = reply.fields.begin(); it != reply.fields.end(); ++it)
            if (it.value().toString() != message)
                message += QStringLiteral("\n%1: %2").arg(it.key(), it.value().toString());
        m_store.markAttention(itemId, message);
        outboxTouched();
    }
}

void SyncEngine::outboxTouched()
{
    if (m_quietSettle)
        m_outboxTouched = true;
    else
        Q_EMIT outboxChanged();
}

void SyncEngine::recordAnswers()
{
    if (!m_recording.isEmpty() || m_toRecord.isEmpty())
        return; // one batch at a time: the next one takes everything that came meanwhile
    m_recording = std::exchange(m_toRecord, {});
    QList<CatchUpWorker::Answer> answers;
    answers.reserve(m_recording.size());
    for (const Answer& a : std::as_const(m_recording))
        answers.append(CatchUpWorker::Answer{a.item.id, a.item.kind == OutboxItem::Kind::Report, a.json});
    ensureWorker();
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, answers] {
            worker->recordAnswers(answers, [this](bool ok) {
                QMetaObject::invokeMethod(this, [this, ok] { onAnswersRecorded(ok); }, Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

void SyncEngine::onAnswersRecorded(bool ok)
{
    const QList<Answer> answers = std::exchange(m_recording, {});
    if (!ok) {
        qCWarning(lcSync) << "answers of the server could not be recorded; the items are sent again";
        // Nothing after them may go (an item sent alone needs its predecessors' answers), and the
        // pass ends with a retry: the same keys bring the same answers back.
        if (m_halt == Halt::None) {
            m_halt = Halt::Transient;
            m_haltText.clear();
            m_haltCode = QStringLiteral("local_store");
        }
    }
    for (const Answer& a : answers) {
        if (a.item.kind == OutboxItem::Kind::Report) {
            Q_EMIT reportChanged(a.json.value(u"id").toString());
            Q_EMIT reportSent(a.item.localRef, a.json.value(u"caseNumber").toString());
        }
    }
    if (!answers.isEmpty())
        Q_EMIT outboxChanged();
    recordAnswers();
    pump();
}

// ---- catch-up and live -------------------------------------------------------------------------

bool SyncEngine::apply(const QString& kind, const QString& op, const QString& id, const QJsonObject& data)
{
    // Signals are queued in m_changed until the caller's transaction has committed.
    const qsizetype before = m_changed.contacts.size();
    if (!applyChange(m_store, kind, op, id, data, m_changed))
        return false;
    if (m_resyncing)
        for (qsizetype i = before; i < m_changed.contacts.size(); ++i)
            m_seen.insert(m_changed.contacts.at(i));
    return true;
}

void SyncEngine::applyNow(const QString& kind, const QJsonObject& data)
{
    if (!apply(kind, QStringLiteral("upsert"), QString(), data))
        qCWarning(lcSync) << "an answer of the server could not be stored";
    announceApplied();
}

void SyncEngine::announceApplied()
{
    announce(std::exchange(m_changed, {}));
}

void SyncEngine::announce(const AppliedChanges& changed)
{
    for (const QString& id : changed.articles)
        Q_EMIT knowledgeChanged(id);
    for (const AgentState& state : changed.agents)
        Q_EMIT agentStateReceived(state);
    for (const QString& id : changed.contacts)
        Q_EMIT contactChanged(id);
    if (!changed.contacts.isEmpty())
        Q_EMIT contactsChanged(changed.contacts);
    for (const QString& id : changed.reports)
        Q_EMIT reportChanged(id);
}

void SyncEngine::catchUp()
{
    if (m_catchingUp)
        return;
    m_catchingUp = true;
    fetchChanges();
}

void SyncEngine::newCatchUpGeneration()
{
    m_generation->store(++m_catchUpGeneration);
    m_pagesWaiting = 0;
    m_deferredFetch.reset();
    m_finishAfterAnnouncing.reset(); // stored pages' ids are still announced: the store has them
}

void SyncEngine::abandonCatchUp()
{
    m_catchingUp = false;
    newCatchUpGeneration();
}

void SyncEngine::fetchChanges()
{
    newCatchUpGeneration();
    if (m_store.value(QStringLiteral("resync")) == QLatin1String("1")) {
        // Starting over (410 resync_required): from the very start, noting every contact the
        // server still shows, so the ones it no longer does can go at the end. Also after a
        // restart in the middle of it: the set of seen contacts lived only in memory.
        m_store.setValue(QStringLiteral("cursor"), QString());
        m_seen.clear();
        m_resyncing = true;
    }
    const QString cursor = m_store.value(QStringLiteral("cursor"));
    fetchPage(cursor.isEmpty() ? -1 : cursor.toLongLong(), m_catchUpGeneration);
}

void SyncEngine::startOver()
{
    // Drafts, the outbox and fetched reports stay; only the position in the change feed and the
    // contacts it brought are redone.
    qCInfo(lcSync) << "the server asked for a full resynchronisation; starting over";
    if (!m_store.setValue(QStringLiteral("resync"), QStringLiteral("1"))) {
        abandonCatchUp();
        Q_EMIT catchUpFinished(false, tr("The changes could not be saved on this computer."));
        return;
    }
    fetchChanges();
}

void SyncEngine::finishResync()
{
    m_resyncing = false;
    QStringList gone;
    for (const Contact& c : m_store.contacts())
        if (!m_seen.contains(c.id))
            gone.append(c.id);
    const bool done = m_store.batch([&] {
        for (const QString& id : gone)
            if (!m_store.removeContact(id))
                return false;
        return m_store.setValue(QStringLiteral("resync"), QString());
    });
    m_seen.clear();
    if (!done)
        return; // the flag stays: the next catch-up starts over again
    for (const QString& id : gone)
        Q_EMIT contactChanged(id);
    if (!gone.isEmpty())
        Q_EMIT contactsChanged(gone);
}

void SyncEngine::fetchPage(qint64 cursor, int generation)
{
    // cursor < 0: nothing applied yet; "since" omitted means from the start.
    QUrlQuery q;
    if (cursor >= 0)
        q.addQueryItem(QStringLiteral("since"), QString::number(cursor));
    q.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    // The body is parsed on the worker thread, not here: a page of 500 contacts is ~100 KiB of JSON.
    ApiJob* job = m_client.getRaw(QStringLiteral("/changes"), q);
    connect(job, &ApiJob::finished, this, [this, cursor, generation](ApiJob* j) {
        j->deleteLater();
        if (generation != m_catchUpGeneration)
            return; // a prefetched page of a catch-up that has already failed
        if (j->outcome() != ApiJob::Outcome::Ok) {
            if (j->status() == 410 && j->errorCode() == QLatin1String("resync_required") && cursor >= 0)
                return startOver(); // a cursor the server cannot continue from (restore, pruned)
            if (j->status() == 401)
                requireSignIn(j->errorText());
            else if (!m_live)
                setState(ConnectionState::Kind::Offline, j->errorText());
            return failCatchUp(j->errorText());
        }
        // The page is parsed and stored on the worker thread (one transaction with its cursor); once
        // parsed, the next one is asked for (onPageParsed), unless MaxPagesAhead wait to be stored.
        ++m_pagesWaiting;
        storePage(generation, cursor, j->body());
    });
}

void SyncEngine::ensureWorker()
{
    if (m_workerThread)
        return;
    m_workerThread = new QThread(this);
    m_workerThread->setObjectName(QStringLiteral("kc.sync.catchup"));
    m_worker = new CatchUpWorker(m_store, m_generation);
    m_worker->moveToThread(m_workerThread);
    connect(m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread->start();
}

void SyncEngine::storePage(int generation, qint64 from, const QByteArray& body)
{
    ensureWorker();
    // The engine outlives the worker's thread (the destructor stops it first), so the answers can be
    // posted back to `this`.
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, generation, from, body] {
            worker->applyPage(
                generation, from, body,
                [this, generation](const CatchUpWorker::Parsed& p) {
                    QMetaObject::invokeMethod(
                        this, [this, generation, p] { onPageParsed(generation, p); }, Qt::QueuedConnection);
                },
                [this, generation](const CatchUpWorker::Outcome& o) {
                    QMetaObject::invokeMethod(
                        this, [this, generation, o] { onPageStored(generation, o); }, Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

void SyncEngine::onPageParsed(int generation, const CatchUpWorker::Parsed& page)
{
    // A malformed page fails when its outcome arrives; nothing follows it.
    if (generation != m_catchUpGeneration || !page.ok || !page.more)
        return;
    if (m_pagesWaiting < MaxPagesAhead)
        fetchPage(page.next, generation);
    else
        m_deferredFetch = page.next;
}

void SyncEngine::onPageStored(int generation, const CatchUpWorker::Outcome& outcome)
{
    const bool last = outcome.last;
    if (generation != m_catchUpGeneration || outcome.dropped)
        return;
    --m_pagesWaiting;
    if (!outcome.ok) {
        qCWarning(lcSync) << "a page of changes was not applied; retrying later";
        if (!m_live)
            setState(ConnectionState::Kind::Offline, outcome.error);
        return failCatchUp(outcome.error);
    }
    if (m_resyncing)
        for (const QString& id : outcome.changed.contacts)
            m_seen.insert(id);
    // The page's ids reach the receivers (models that read the store for each) AnnounceChunk at a time,
    // one chunk per turn of the event loop; the catch-up finishes once all are announced.
    m_toAnnounce.articles += outcome.changed.articles;
    m_toAnnounce.agents += outcome.changed.agents;
    m_toAnnounce.contacts += outcome.changed.contacts;
    m_toAnnounce.reports += outcome.changed.reports;
    announceChunk();
    if (generation != m_catchUpGeneration)
        return; // a receiver abandoned the catch-up (signed out)
    if (m_deferredFetch && m_pagesWaiting < MaxPagesAhead)
        fetchPage(*std::exchange(m_deferredFetch, std::nullopt), generation);
    if (!last)
        return;
    m_finishAfterAnnouncing = generation;
    if (m_toAnnounce.isEmpty())
        finishCatchUp();
}

void SyncEngine::announceChunk()
{
    // Taken out of the queue before any signal: a receiver may sign out (abandon) in between.
    AppliedChanges chunk;
    qsizetype room = AnnounceChunk;
    const auto take = [&room](auto& from, auto& to) {
        const qsizetype n = std::min(room, from.size());
        to = from.first(n);
        from.remove(0, n);
        room -= n;
    };
    take(m_toAnnounce.articles, chunk.articles);
    take(m_toAnnounce.agents, chunk.agents);
    take(m_toAnnounce.contacts, chunk.contacts);
    take(m_toAnnounce.reports, chunk.reports);
    announce(chunk);
    if (!m_toAnnounce.isEmpty())
        m_announceTimer.start();
    else if (m_finishAfterAnnouncing)
        finishCatchUp();
}

void SyncEngine::finishCatchUp()
{
    const bool current = m_finishAfterAnnouncing == m_catchUpGeneration;
    m_finishAfterAnnouncing.reset();
    if (!current)
        return; // abandoned meanwhile
    m_catchingUp = false;
    if (m_resyncing)
        finishResync();
    if (!m_live)
        setState(ConnectionState::Kind::Online);
    Q_EMIT catchUpFinished(true, QString());
}

void SyncEngine::failCatchUp(const QString& why)
{
    abandonCatchUp();
    Q_EMIT catchUpFinished(false, why);
}

void SyncEngine::startLive()
{
    if (m_live)
        return;
    m_live = true;
    connectStream();
}

void SyncEngine::stopLive()
{
    m_live = false;
    m_reconnect.stop();
    m_countdown.stop();
    dropStream();
}

void SyncEngine::connectStream()
{
    if (!m_live)
        return;
    // Catch up first; the stream then resumes exactly where the store is.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &SyncEngine::catchUpFinished, this, [this, connection](bool ok, const QString& why) {
        disconnect(*connection);
        if (!m_live)
            return;
        if (!ok) {
            if (m_state.kind != ConnectionState::Kind::SignInRequired)
                scheduleReconnect(why);
            return;
        }
        m_parser.reset();
        m_streamHealthy = false;
        m_stream = m_client.openEventStream(m_store.value(QStringLiteral("cursor")).toLongLong(), StreamIdle);
        connect(m_stream, &QNetworkReply::readyRead, this, &SyncEngine::onStreamData);
        connect(m_stream, &QNetworkReply::finished, this, &SyncEngine::onStreamFinished);
    });
    if (m_catchingUp)
        return; // the running catch-up will report
    catchUp();
}

void SyncEngine::onStreamData()
{
    if (!m_stream)
        return;
    const int status = m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read in onStreamFinished
    if (!m_streamHealthy) {
        m_streamHealthy = true;
        m_backoff.reset();
        setState(ConnectionState::Kind::Online);
        // A new connection may be to a new server (after a deploy): batches are tried again.
        m_batchRefused = false;
        Q_EMIT liveAttached();
        if (m_store.pendingCount() > 0)
            flush(); // back online: send what waited
    }
    const QList<SseEvent> events = m_parser.feed(m_stream->readAll());
    for (const SseEvent& e : events) {
        if (e.name == QLatin1String("resync")) {
            // The server will not replay a backlog this long over the stream: catch up through
            // GET /changes (paged), then open a new stream from there. Nothing after this event
            // belongs to the old stream.
            qCInfo(lcSync) << "the server asked to catch up through /changes";
            dropStream();
            connectStream();
            return;
        }
        bool isNumber = false;
        const qint64 seq = e.id.toLongLong(&isNumber);
        const QJsonObject data = QJsonDocument::fromJson(e.data.toUtf8()).object();
        // What the contact was before this event, to tell a callback coming back from `scheduled`
        // (an arrival) from any other return to `waiting`.
        // Only a waiting callback can be one; every other update skips the store read.
        std::optional<ContactState> before;
        const bool maybeReturningCallback = e.name == QLatin1String("contact.updated") &&
                                            data.value(u"state").toString() == QLatin1String("waiting") &&
                                            data.contains(u"callbackOf");
        if (maybeReturningCallback)
            if (const auto known = m_store.contact(data.value(u"id").toString()))
                before = known->state;
        QString kind;
        if (e.name.startsWith(QLatin1String("contact.")))
            kind = QStringLiteral("contact");
        else if (e.name.startsWith(QLatin1String("report.")))
            kind = QStringLiteral("report");
        else if (e.name.startsWith(QLatin1String("knowledge.")))
            kind = QStringLiteral("knowledge");
        // The event and the cursor past it in one commit; an event that cannot be applied leaves
        // the cursor before it, and the stream is dropped so the catch-up fetches it again.
        const bool stored = m_store.batch([&] {
            if (!kind.isEmpty() && !apply(kind, QStringLiteral("upsert"), QString(), data))
                return false;
            if (isNumber && seq > m_store.value(QStringLiteral("cursor")).toLongLong())
                return m_store.setValue(QStringLiteral("cursor"), QString::number(seq));
            return true;
        });
        if (!stored) {
            m_changed = {};
            qCWarning(lcSync) << "event" << seq << "was not applied; catching up again";
            dropStream();
            scheduleReconnect(tr("A change from the server could not be applied; it will be fetched again."));
            return;
        }
        announceApplied();
        announceDecoded(e.name, data, before);
        Q_EMIT eventReceived(e.name, data, isNumber ? seq : -1);
        if (!m_stream)
            return; // a receiver stopped the live stream
    }
    if (m_parser.hasError()) {
        qCWarning(lcSync) << "event stream sent a line over the limit; reconnecting";
        dropStream();
        scheduleReconnect(tr("The server sent an event that is too large; reconnecting."));
        return;
    }
    if (m_parser.retryMs())
        m_backoff.setFloor(Backoff::Millis(*m_parser.retryMs()));
}

void SyncEngine::dropStream()
{
    if (!m_stream)
        return;
    QNetworkReply* s = m_stream;
    m_stream = nullptr;
    s->disconnect(this);
    s->abort();
    s->deleteLater();
}

void SyncEngine::onStreamFinished()
{
    QNetworkReply* s = m_stream;
    m_stream = nullptr;
    if (!s)
        return;
    s->deleteLater();
    const int status = s->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401) {
        requireSignIn(tr("Your session has expired. Sign in again; nothing you queued is lost."));
        return;
    }
    if (!m_live)
        return;
    if (m_streamHealthy && s->error() == QNetworkReply::NoError) {
        // The server ended the stream on purpose (bounded lifetime): reopen at once.
        connectStream();
        return;
    }
    scheduleReconnect(s->errorString());
}

void SyncEngine::scheduleReconnect(const QString& why)
{
    const auto delay = m_backoff.next();
    qCInfo(lcSync) << "event stream lost; reconnecting in" << delay.count() << "ms";
    m_reconnect.start(delay);
    m_countdown.start();
    setState(ConnectionState::Kind::Reconnecting, why, int((delay.count() + 999) / 1000));
}

void SyncEngine::accept(const QString& contactId)
{
    ApiJob* job = m_client.post(QStringLiteral("/contacts/%1/accept").arg(contactId), QJsonObject());
    connect(job, &ApiJob::finished, this, [this, contactId](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() == ApiJob::Outcome::Ok) {
            applyNow(QStringLiteral("contact"), j->json());
            Q_EMIT acceptFinished(contactId, true, QString(), QString());
            return;
        }
        if (j->status() == 401) {
            requireSignIn(j->errorText());
        } else if (j->status() == 409 || j->status() == 404) {
            // Taken by a colleague (or gone): it is no longer waiting for us.
            m_store.removeContact(contactId);
            Q_EMIT contactChanged(contactId);
            Q_EMIT contactsChanged({contactId});
        }
        Q_EMIT acceptFinished(contactId, false, j->errorCode(), j->errorText());
    });
}

void SyncEngine::editReport(const QString& reportId, const QJsonObject& patch, qint64 version)
{
    ApiJob* job =
        m_client.patch(QStringLiteral("/reports/%1").arg(reportId), patch, '"' + QByteArray::number(version) + '"');
    connect(job, &ApiJob::finished, this, [this, reportId](ApiJob* j) {
        j->deleteLater();
        if (j->outcome() == ApiJob::Outcome::Ok) {
            applyNow(QStringLiteral("report"), j->json());
            Q_EMIT editFinished(reportId, true, false, QString());
            return;
        }
        if (j->status() == 401)
            requireSignIn(j->errorText());
        Q_EMIT editFinished(reportId, false, j->status() == 412, j->errorText());
    });
}

void SyncEngine::setAgentState(AgentStatus state, const QString& reason)
{
    QJsonObject body{{QStringLiteral("state"), wireName(state)}};
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    if (m_store.enqueue(OutboxItem::Kind::AgentState, QString(), body)) {
        Q_EMIT outboxChanged();
        flush();
    }
}

void SyncEngine::announceDecoded(const QString& name, const QJsonObject& data, std::optional<ContactState> before)
{
    if (name == QLatin1String("agent.state")) {
        if (const auto state = json::fromJson<AgentState>(data))
            Q_EMIT agentStateReceived(*state);
    } else if (name == QLatin1String("contact.created")) {
        if (const auto contact = json::fromJson<Contact>(data))
            Q_EMIT contactCreated(*contact);
    } else if (name == QLatin1String("contact.updated") &&
               data.value(u"state").toString() == QLatin1String("waiting") && data.contains(u"callbackOf")) {
        // A callback this store does not know at all counts as returning too: far likelier one
        // coming due than one released by a supervisor that this workstation never saw waiting.
        const auto contact = json::fromJson<Contact>(data);
        if (contact && contact->state == ContactState::Waiting && contact->callbackOf &&
            (!before || *before == ContactState::Scheduled))
            Q_EMIT callbackReturned(*contact);
    }
}

} // namespace kc::sync
