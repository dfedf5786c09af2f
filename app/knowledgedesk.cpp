// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "app/knowledgedesk.h"

#include "models/localstore.h"
#include "sync/knowledgesync.h"
#include "sync/syncengine.h"
#include "ui/knowledgeeditdialog.h"
#include "ui/knowledgepanel.h"

#include <QLineEdit>

namespace kc {

KnowledgeDesk::KnowledgeDesk(sync::RestClient& client, LocalStore& store, sync::SyncEngine& engine,
                             KnowledgePanel& panel, QObject* parent)
    : QObject(parent)
    , m_panel(panel)
    , m_sync(std::make_unique<sync::KnowledgeSync>(client, store))
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingPauseMs);
    connect(&m_typing, &QTimer::timeout, this, &KnowledgeDesk::search);
    connect(&m_panel, &KnowledgePanel::queryChanged, this, [this](const QString& query) {
        m_query = query;
        m_typing.start();
    });
    connect(m_sync.get(), &sync::KnowledgeSync::searchFinished, this,
            [this](int request, const QList<KnowledgeArticle>& results, bool offline) {
                if (request == m_request) // an answer to a search since replaced is dropped
                    m_panel.setResults(m_query, results, offline);
            });
    connect(&m_panel, &KnowledgePanel::openRequested, m_sync.get(), &sync::KnowledgeSync::open);
    connect(m_sync.get(), &sync::KnowledgeSync::articleOpened, this,
            [this](const KnowledgeArticle& article, bool offline) {
                m_panel.showArticle(article, offline);
                Q_EMIT articleOpened(article.id, article.title);
            });
    connect(m_sync.get(), &sync::KnowledgeSync::openFailed, this,
            [this](const QString&, const QString& text) { m_panel.showMessage(text); });
    // A colleague's edit arrives live: the copy, the hits and the open article follow.
    connect(&engine, &sync::SyncEngine::knowledgeChanged, this, [this](const QString& id) {
        m_sync->articleChanged(id);
        if (const auto current = m_panel.currentArticle(); current && current->id == id)
            if (const auto fresh = m_sync->localArticle(id))
                m_panel.showArticle(*fresh, false);
        if (!m_query.trimmed().isEmpty())
            search();
    });
    connect(&m_panel, &KnowledgePanel::createRequested, this, [this] { edit(KnowledgeArticle{}); });
    connect(&m_panel, &KnowledgePanel::editRequested, this, [this](const KnowledgeArticle& a) { edit(a); });
    connect(m_sync.get(), &sync::KnowledgeSync::saved, this,
            [this](bool ok, const QString& text, const KnowledgeArticle& article) {
                if (!ok)
                    return; // handled where the dialog was closed
                m_panel.showArticle(article, false);
                Q_EMIT message(tr("The article \"%1\" is saved (version %2).").arg(article.title).arg(article.version));
                if (!m_query.trimmed().isEmpty())
                    search();
                Q_UNUSED(text);
            });
}

KnowledgeDesk::~KnowledgeDesk() = default;

void KnowledgeDesk::setEditable(bool editable)
{
    m_panel.setEditable(editable);
}

void KnowledgeDesk::syncAll()
{
    m_sync->syncAll();
}

void KnowledgeDesk::search()
{
    m_typing.stop();
    if (m_query.trimmed().isEmpty()) {
        ++m_request; // an answer still under way is dropped
        m_panel.setResults(m_query, {}, false);
        return;
    }
    m_request = m_sync->search(m_query);
}

void KnowledgeDesk::edit(const KnowledgeArticle& article, const QString& error)
{
    auto* dialog = new KnowledgeEditDialog(article, m_panel.window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.isEmpty())
        dialog->setError(error);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const KnowledgeArticle typed = dialog->article();
        const bool create = dialog->isNew();
        // A refusal reopens the dialog with what was typed: nothing is lost.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_sync.get(), &sync::KnowledgeSync::saved, this,
                        [this, typed, once](bool ok, const QString& text, const KnowledgeArticle&) {
                            disconnect(*once);
                            if (!ok)
                                edit(typed, text);
                        });
        m_sync->save(typed, create);
    });
    dialog->open();
}

} // namespace kc
