// Filters rows by words typed by a person: every whitespace-separated word must occur in the
// source's search role (default Qt::DisplayRole), case-insensitively; "cykel el" finds
// "Tillgrepp av elcykel". Swedish letters match only themselves (å ≠ a), as Swedes expect.
// Thread rules: GUI thread.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace kc {

class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchFilterProxyModel(QObject* parent = nullptr);

    void setSearchRole(int role);
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_role = Qt::DisplayRole;
    QString m_text;
    QStringList m_words;
};

} // namespace kc
