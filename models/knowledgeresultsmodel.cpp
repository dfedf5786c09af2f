// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/knowledgeresultsmodel.h"

namespace kc {

void KnowledgeResultsModel::setResults(const QString& query, const QList<KnowledgeArticle>& articles)
{
    beginResetModel();
    m_query = query;
    m_articles = articles;
    // Marked once per answer, not per data() call: the view asks for these on every size query
    // and paint of every row.
    m_highlighted.clear();
    m_highlighted.reserve(articles.size());
    for (const KnowledgeArticle& a : articles)
        m_highlighted.append({highlighted(a.title, query), highlighted(a.summary, query)});
    endResetModel();
}

int KnowledgeResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant KnowledgeResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeArticle& a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.title;
    case Qt::ToolTipRole:
    case SummaryRole:
        return a.summary;
    case Qt::AccessibleTextRole:
        return QString(a.title + QStringLiteral(". ") + a.summary);
    case IdRole:
        return a.id;
    case HighlightedTitleRole:
        return m_highlighted.at(index.row()).first;
    case HighlightedSummaryRole:
        return m_highlighted.at(index.row()).second;
    default:
        return {};
    }
}

QHash<int, QByteArray> KnowledgeResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(SummaryRole, "summary");
    names.insert(HighlightedTitleRole, "highlightedTitle");
    names.insert(HighlightedSummaryRole, "highlightedSummary");
    return names;
}

QString KnowledgeResultsModel::highlighted(const QString& text, const QString& query)
{
    QString html;
    qsizetype at = 0;
    for (const auto& [start, length] : knowledge::matches(text, query)) {
        html += text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + text.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

} // namespace kc
