// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The sync engine's storing thread: parses and applies pages of GET /changes, and records the server's answers
// to sent outbox items, through a LocalStore connection of its own on a thread of its own, so a page
// of 500 changes, an fsync, or SQLite's WAL checkpoints (which run in the connection that commits)
// never block the GUI thread. Everything it writes can be fetched again from the server, so its
// connection commits without waiting for fsync (LocalStore::relaxDurability). The engine (on its thread) fetches the
// pages and hands them over in order as the bytes the server sent: the worker parses them, tells the
// engine where the next page starts (so it is fetched while this one is stored), and then applies it;
// the engine receives only what changed (ids, and agent states, which are not stored), after the
// page's commit.
//
// Invariants: a page and the cursor past it are committed together or not at all; a page is applied
// only when the stored cursor is the one it was fetched from (so the cursor never skips a page, also
// when pages of an abandoned catch-up are still queued); pages of a generation other than the
// current one (the engine moves it when a catch-up fails or is abandoned) are dropped unapplied.
//
// Thread rules: SyncEngine creates it and moves it to its thread; applyPage() and everything else
// run on that thread. The current generation is shared through an atomic.
#pragma once

#include "core/types.h"
#include "models/localstore.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace kc::sync {

// What a page (or a live event) changed in the store, announced after the commit.
struct AppliedChanges
{
    QStringList contacts; // upserted or removed; every contact the page named
    QStringList reports;
    QStringList articles;
    QList<AgentState> agents; // not stored, only announced
    bool isEmpty() const { return contacts.isEmpty() && reports.isEmpty() && articles.isEmpty() && agents.isEmpty(); }
};

// Stores one change in `store` (inside the caller's batch) and notes it in `changed`; false when it
// could not be stored. Used by the worker for pages and by the engine for live events and answers.
bool applyChange(LocalStore& store, const QString& kind, const QString& op, const QString& id, const QJsonObject& data,
                 AppliedChanges& changed);

class CatchUpWorker : public QObject
{
    Q_OBJECT
public:
    // `source`: the engine's store (its file and clock); the worker's own connection is opened on
    // the worker thread at the first page.
    CatchUpWorker(const LocalStore& source, std::shared_ptr<std::atomic<int>> generation);
    ~CatchUpWorker() override;

    struct Outcome
    {
        bool ok = false;
        bool dropped = false; // another generation by now: nothing was done
        QString error;        // Swedish, when !ok
        AppliedChanges changed;
        bool last = true; // the page was the feed's last (empty, or its cursor did not move)
    };
    // Where the page after this one starts, known once the page is parsed (before it is stored).
    struct Parsed
    {
        bool ok = false;   // false: not JSON, or not a change list (applyPage then fails)
        qint64 next = 0;   // the page's cursor
        bool more = false; // a page may follow: the page had changes and the cursor moved
    };
    // Parses `body` (a GET /changes answer fetched after `from`, -1: from the start); a page that is
    // not a list of objects with a numeric seq is refused whole. `parsed` then runs (on the worker
    // thread) with where the next page starts; the page's changes and its cursor are then stored in
    // one transaction and `done` runs with the outcome. Neither runs for another generation's page
    // except `done` with dropped set.
    void applyPage(int generation, qint64 from, const QByteArray& body,
                   const std::function<void(const Parsed&)>& parsed, const std::function<void(const Outcome&)>& done);
    static Parsed parsePage(const QByteArray& body, qint64 from, QJsonArray* changes);
    // Applies `changes` (checked by the caller: objects with a numeric seq) fetched after `from`
    // (-1: from the start) and stores `next` as the cursor, in one transaction. `done` runs on the
    // worker thread with the outcome (the engine posts it back to its own thread).
    void applyPage(int generation, qint64 from, qint64 next, const QJsonArray& changes,
                   const std::function<void(const Outcome&)>& done);

    struct Answer
    {
        qint64 itemId = 0;
        bool isReport = false; // the answer is the report as filed: kept like a fetched one
        QJsonObject json;
    };
    // Marks the items sent with their answers, in one commit; `done(ok)` runs on the worker thread.
    // Not recorded (false, or never: the engine went away first): the items stay pending and are
    // sent again with the same keys, which brings the same answers back.
    void recordAnswers(const QList<Answer>& answers, const std::function<void(bool)>& done);

private:
    LocalStore* store(QString* error);

    QString m_path;
    LocalStore::Clock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::shared_ptr<std::atomic<int>> m_generation;
};

} // namespace kc::sync
