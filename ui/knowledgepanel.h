// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge panel (kunskapsbank, issue 14): the agent types a few words, matching articles
// appear as she types (best first, matched words in bold), Enter opens one. The article reads
// aloud in the order an answer is given: the title, the short answer, the details, then "Hänvisa
// till" with phone numbers and web addresses written out, then its sources and review date, and a
// "Kontrollera innan du citerar" mark where the facts change.
//
// Keys: in the search field, Down moves to the hits and Enter opens the first (or the chosen) hit;
// in the hits, Enter opens; Esc anywhere in the panel asks to go back (closeRequested) — the app
// returns focus to where the agent was (the report form stays as it was).
// The panel only shows and asks: queryChanged, openRequested, createRequested, editRequested;
// searching, opening and saving are the app's (KnowledgeDesk). Supervisors get Ny artikel and
// Redigera (setEditable); the server decides anyway.
// Thread rules: GUI thread.
#pragma once

#include "core/knowledge.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace kc {

class KnowledgeResultsModel;

class KnowledgePanel : public QWidget
{
    Q_OBJECT
public:
    explicit KnowledgePanel(QWidget* parent = nullptr);

    // The key that brings the panel forward from anywhere (F3: function keys reach past every
    // line edit, and F3 is search in most programs).
    static QKeySequence shortcut();

    void focusSearch(); // the search field, its text selected
    void setResults(const QString& query, const QList<KnowledgeArticle>& results, bool offline);
    void showArticle(const KnowledgeArticle& article, bool offline);
    void showMessage(const QString& text); // a passing line under the hits (announced)
    void setEditable(bool editable);
    std::optional<KnowledgeArticle> currentArticle() const { return m_current; }

    QLineEdit* searchField() const { return m_search; }
    QListView* resultsView() const { return m_results; }
    QTextBrowser* articleView() const { return m_article; }
    KnowledgeResultsModel* model() const { return m_model; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* newButton() const { return m_new; }
    QLabel* statusLabel() const { return m_status; }

    // The article as the view shows it (HTML), words of `query` marked.
    static QString articleHtml(const KnowledgeArticle& article, const QString& query);

Q_SIGNALS:
    void queryChanged(const QString& query);
    void openRequested(const QString& id);
    void createRequested();
    void editRequested(const kc::KnowledgeArticle& article);
    void closeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openCurrent();

    QLineEdit* m_search = nullptr;
    QListView* m_results = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_article = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    KnowledgeResultsModel* m_model = nullptr;
    std::optional<KnowledgeArticle> m_current;
};

} // namespace kc
