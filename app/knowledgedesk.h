// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge base in the workstation, wired (issue 14): the panel's typing becomes searches
// (a short pause folds a burst of keys into one), answers arrive best first — from the server,
// or from the local copy when it does not answer — and an opened article is shown and reported
// (articleOpened) so the open contact can record it at completion. A live change of an article
// (knowledge.updated through the SyncEngine) refreshes the copy, the hits and the open article.
// Supervisors create and edit through KnowledgeEditDialog; a refusal reopens the dialog with
// what was typed and the server's message.
// Thread rules: GUI thread.
#pragma once

#include "core/knowledge.h"
#include "ui/knowledgeeditdialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace kc {

class KnowledgePanel;
class LocalStore;
namespace sync {
class KnowledgeSync;
class RestClient;
class SyncEngine;
} // namespace sync

class KnowledgeDesk : public QObject
{
    Q_OBJECT
public:
    KnowledgeDesk(sync::RestClient& client, LocalStore& store, sync::SyncEngine& engine, KnowledgePanel& panel,
                  QObject* parent = nullptr);
    ~KnowledgeDesk() override;

    void setEditable(bool editable); // supervisors
    void syncAll();                  // the local copy from the server (after every sign-in)
    sync::KnowledgeSync& knowledge() const { return *m_sync; }
    KnowledgeEditDialog* editDialog() const { return m_dialog; } // the open one, for tests

    static constexpr int TypingPauseMs = 120;

Q_SIGNALS:
    void articleOpened(const QString& id, const QString& title);
    void message(const QString& text);

private:
    void search();
    void edit(const KnowledgeArticle& article, const QString& error = {});

    KnowledgePanel& m_panel;
    std::unique_ptr<sync::KnowledgeSync> m_sync;
    QTimer m_typing;
    QString m_query;
    int m_request = 0;
    QPointer<KnowledgeEditDialog> m_dialog;
};

} // namespace kc
