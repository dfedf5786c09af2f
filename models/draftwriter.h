// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Saves the agent's drafts without making typing wait for the disk. save() hands the newest state
// of a contact's draft to a worker thread, which writes it through its own connection to the same
// local store file (WAL: the GUI thread's connection keeps reading and writing meanwhile). Saves
// that queue up while a write is in progress collapse into the newest one per contact, so a burst
// of 2,000 keystrokes costs a few commits, none of them on the GUI thread.
//
// Invariants: drafts reach the disk in the order they were handed over, per contact the newest
// wins. flush() waits for the write attempt that covers everything handed over before it, and
// returns whether it succeeded: call it before the GUI thread's store touches the same draft
// (submitReport moves the draft into the outbox, and a late write must not bring it back). It
// never waits longer than one attempt, so a failing disk cannot freeze the GUI. A draft handed
// over is on disk within one commit's time (a few ms); a failed write is kept, reported through
// saveFailed, and retried with the next save or after 2 s.
// Thread rules: create, save(), flush() and destroy on one thread (the GUI thread); the worker
// owns its own LocalStore. saveFailed is delivered on the creating thread.
#pragma once

#include "models/localstore.h"

#include <QHash>
#include <QObject>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace kc {

class DraftWriter : public QObject
{
    Q_OBJECT
public:
    explicit DraftWriter(QString storePath, QObject* parent = nullptr);
    ~DraftWriter() override; // writes what is pending, then stops the worker

    void save(const Draft& draft);
    void remove(const QString& contactId); // ordered with saves of the same contact
    bool flush();       // blocks until the attempt covering every handed-over change ended; true: committed
    int writes() const; // commits so far (tests and benchmarks)

Q_SIGNALS:
    void saveFailed(const QString& message);

private:
    void run();

    struct Pending
    {
        Draft draft;
        bool remove = false;
    };
    const QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    QHash<QString, Pending> m_pending; // contact id → newest change
    quint64 m_handedOver = 0;          // changes handed over so far
    quint64 m_attempted = 0;           // changes covered by the last finished attempt
    bool m_lastOk = true;
    bool m_stop = false;
    int m_writes = 0;
    std::thread m_thread;
};

} // namespace kc
