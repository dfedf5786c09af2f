// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge panel's hits: articles best first for one query, each with its title and short
// answer, and both with the query's matched words marked for the view (HighlightedTitleRole,
// HighlightedSummaryRole: HTML, the text escaped, matches in <b>).
//
// Invariants: one flat list, replaced whole by setResults (a model reset: each keystroke's answer
// replaces the last); rows are never edited. Thread rules: GUI thread.
#pragma once

#include "core/knowledge.h"

#include <QAbstractListModel>

namespace kc {

class KnowledgeResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, SummaryRole, HighlightedTitleRole, HighlightedSummaryRole };
    using QAbstractListModel::QAbstractListModel;

    void setResults(const QString& query, const QList<KnowledgeArticle>& articles);
    const QList<KnowledgeArticle>& results() const { return m_articles; }
    QString query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // `text` as HTML with the words `query` matches in <b> (knowledge::matches).
    static QString highlighted(const QString& text, const QString& query);

private:
    QString m_query;
    QList<KnowledgeArticle> m_articles;
    QList<std::pair<QString, QString>> m_highlighted; // per row: title and summary, marked
};

} // namespace kc
