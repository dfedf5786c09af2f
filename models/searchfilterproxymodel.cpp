#include "models/searchfilterproxymodel.h"

namespace kc {

SearchFilterProxyModel::SearchFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void SearchFilterProxyModel::setSearchRole(int role)
{
    m_role = role;
    invalidateRowsFilter();
}

void SearchFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool SearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    // Case-insensitive compare instead of lower-casing: no copy per row and keystroke.
    const QString hay = sourceModel()->index(sourceRow, 0, sourceParent).data(m_role).toString();
    for (const QString& w : m_words)
        if (!hay.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace kc
