// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "sync/catchupworker.h"

#include "core/jsoncodec.h"
#include "core/knowledge.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCatchUp, "kc.sync.catchup")

namespace kc::sync {

bool applyChange(LocalStore& store, const QString& kind, const QString& op, const QString& id, const QJsonObject& data,
                 AppliedChanges& changed)
{
    // Every write is checked: a change counts as applied (and the cursor may pass it) only once the
    // store has it.
    if (kind == QLatin1String("contact")) {
        if (op == QLatin1String("delete")) {
            if (id.isEmpty() || !store.removeContact(id))
                return false;
            changed.contacts.append(id);
            return true;
        }
        const auto c = json::fromJson<Contact>(data);
        if (!c || c->id.isEmpty() || !store.upsertContact(*c))
            return false;
        changed.contacts.append(c->id);
        return true;
    }
    if (kind == QLatin1String("report")) {
        if (op == QLatin1String("delete"))
            return !id.isEmpty() && store.removeReport(id);
        // A police area's handoff item (role area, issue 15) is not a report and holds nothing to
        // keep: applied as it is, announced so the area's list is fetched again.
        if (!data.contains(u"id") && data.contains(u"reportId")) {
            changed.reports.append(data.value(u"reportId").toString());
            return true;
        }
        if (!store.upsertReport(data))
            return false;
        changed.reports.append(data.value(u"id").toString());
        return true;
    }
    if (kind == QLatin1String("knowledge")) {
        // The knowledge base's copy for searching offline (issue 14); deletions do not exist.
        const auto article = knowledge::fromJson(data);
        if (!article || article->id.isEmpty() || !store.upsertArticle(*article))
            return false;
        changed.articles.append(article->id);
        return true;
    }
    if (kind == QLatin1String("agent")) {
        // Not stored here, but announced: a state change that happened before the live stream
        // was (re)connected arrives only through the catch-up, and the wallboard needs it too.
        if (const auto state = json::fromJson<AgentState>(data))
            changed.agents.append(*state);
        return true;
    }
    return true;
}

CatchUpWorker::CatchUpWorker(const LocalStore& source, std::shared_ptr<std::atomic<int>> generation)
    : m_path(source.path())
    , m_clock(source.clock())
    , m_generation(std::move(generation))
{}

CatchUpWorker::~CatchUpWorker() = default;

LocalStore* CatchUpWorker::store(QString* error)
{
    if (!m_store) {
        auto opened = LocalStore::open(m_path, m_clock);
        if (!opened) {
            *error = opened.error().message;
            return nullptr;
        }
        m_store = std::move(opened).value();
        if (!m_store->relaxDurability())
            qCWarning(lcCatchUp) << "the storing connection keeps synchronous=FULL";
    }
    return m_store.get();
}

CatchUpWorker::Parsed CatchUpWorker::parsePage(const QByteArray& body, qint64 from, QJsonArray* changes)
{
    Parsed p;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return p;
    const QJsonObject page = doc.object();
    *changes = page.value(u"changes").toArray();
    // Check the whole page before applying any of it.
    for (const QJsonValue& v : std::as_const(*changes))
        if (!v.isObject() || !v.toObject().value(u"seq").isDouble())
            return p;
    const qint64 start = std::max<qint64>(from, 0);
    p.ok = true;
    p.next = page.value(u"cursor").toInteger(start);
    p.more = !changes->isEmpty() && p.next > start;
    return p;
}

void CatchUpWorker::applyPage(int generation, qint64 from, const QByteArray& body,
                              const std::function<void(const Parsed&)>& parsed,
                              const std::function<void(const Outcome&)>& done)
{
    Outcome out;
    if (generation != m_generation->load()) {
        out.dropped = true; // a page of a catch-up that failed or was abandoned
        done(out);
        return;
    }
    QJsonArray changes;
    const Parsed page = parsePage(body, from, &changes);
    parsed(page);
    if (!page.ok) {
        out.error = QCoreApplication::translate("kc::sync::SyncEngine", "The server sent a malformed change list.");
        done(out);
        return;
    }
    const qint64 next = page.next;
    out.last = !page.more;
    QString why;
    LocalStore* s = store(&why);
    if (!s) {
        qCWarning(lcCatchUp) << "the catch-up cannot open its own connection to the local store";
        out.error =
            QCoreApplication::translate("kc::sync::SyncEngine", "The changes could not be saved on this computer.");
        done(out);
        return;
    }
    // One transaction per page: the page and its cursor are stored together or not at all. A change
    // that cannot be applied stops the page: nothing of it is kept, the cursor stays before it, and
    // the next catch-up (after a backoff) asks for it again.
    bool unapplied = false;
    out.ok = s->batch([&] {
        const QString stored = s->value(QStringLiteral("cursor"));
        if ((from < 0 && !stored.isEmpty()) || (from >= 0 && stored != QString::number(from))) {
            qCWarning(lcCatchUp) << "a page after" << from << "does not follow the stored cursor" << stored;
            return false;
        }
        for (const QJsonValue& v : changes) {
            const QJsonObject ch = v.toObject();
            if (!applyChange(*s, ch.value(u"kind").toString(), ch.value(u"op").toString(), ch.value(u"id").toString(),
                             ch.value(u"data").toObject(), out.changed)) {
                unapplied = true;
                return false;
            }
        }
        return s->setValue(QStringLiteral("cursor"), QString::number(next));
    });
    if (!out.ok) {
        out.changed = {};
        out.error = unapplied ? QCoreApplication::translate(
                                    "kc::sync::SyncEngine",
                                    "A change from the server could not be applied; it will be fetched again.")
                              : QCoreApplication::translate("kc::sync::SyncEngine",
                                                            "The changes could not be saved on this computer.");
    }
    done(out);
}

void CatchUpWorker::recordAnswers(const QList<Answer>& answers, const std::function<void(bool)>& done)
{
    QString why;
    LocalStore* s = store(&why);
    if (!s) {
        done(false);
        return;
    }
    done(s->batch([&] {
        bool ok = true;
        for (const Answer& a : answers) {
            const bool sent = s->markSent(a.itemId, a.json);
            ok = (a.isReport ? sent && s->upsertReport(a.json) : sent) && ok;
        }
        return ok;
    }));
}

} // namespace kc::sync
