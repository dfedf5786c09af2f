// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/draftwriter.h"

#include <QMetaObject>

namespace kc {

DraftWriter::DraftWriter(QString storePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(storePath))
    , m_thread([this] { run(); })
{}

DraftWriter::~DraftWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join(); // run() writes what is pending before it returns
}

void DraftWriter::save(const Draft& draft)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.insert(draft.contactId, Pending{draft, false});
        ++m_handedOver;
    }
    m_wake.notify_one();
}

void DraftWriter::remove(const QString& contactId)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.insert(contactId, Pending{Draft{contactId, {}, {}, {}}, true});
        ++m_handedOver;
    }
    m_wake.notify_one();
}

bool DraftWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_handedOver;
    m_idle.wait(lock, [this, target] { return m_attempted >= target || m_stop; });
    return m_lastOk && m_attempted >= target;
}

int DraftWriter::writes() const
{
    std::lock_guard lock(m_mutex);
    return m_writes;
}

void DraftWriter::run()
{
    std::unique_ptr<LocalStore> store;
    for (;;) {
        QHash<QString, Pending> work;
        quint64 covers = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_pending.isEmpty() || m_stop; });
            if (m_pending.isEmpty() && m_stop)
                break;
            work.swap(m_pending);
            covers = m_handedOver;
        }
        QString failure;
        if (!store) {
            auto opened = LocalStore::open(m_path);
            if (opened)
                store = std::move(opened).value();
            else
                failure = opened.error().message;
        }
        if (store) {
            const bool ok = store->batch([&] {
                for (const Pending& p : std::as_const(work))
                    if (!(p.remove ? store->removeDraft(p.draft.contactId) : store->saveDraft(p.draft)))
                        return false;
                return true;
            });
            if (!ok)
                failure = tr("The draft could not be saved on this computer.");
        }
        quint64 handedOverAtFailure = 0;
        {
            std::lock_guard lock(m_mutex);
            m_attempted = covers;
            m_lastOk = failure.isEmpty();
            handedOverAtFailure = m_handedOver;
            if (failure.isEmpty()) {
                ++m_writes;
            } else {
                // Keep what failed unless something newer came meanwhile; the next save retries.
                for (auto it = work.cbegin(); it != work.cend(); ++it)
                    if (!m_pending.contains(it.key()))
                        m_pending.insert(it.key(), it.value());
            }
        }
        m_idle.notify_all();
        if (!failure.isEmpty()) {
            QMetaObject::invokeMethod(this, [this, failure] { Q_EMIT saveFailed(failure); }, Qt::QueuedConnection);
            std::unique_lock lock(m_mutex);
            // Do not spin on a broken disk: retry with the next save, after 2 s, or at the end.
            m_wake.wait_for(lock, std::chrono::seconds(2),
                            [this, handedOverAtFailure] { return m_stop || m_handedOver != handedOverAtFailure; });
            if (m_stop)
                break;
        }
    }
    std::lock_guard lock(m_mutex);
    m_attempted = m_handedOver; // nothing more will be attempted: no flush() may wait for it
    m_idle.notify_all();
}

} // namespace kc
