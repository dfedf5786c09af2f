// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Filters rows by words typed by a person: every space-separated word must occur in the source's
// search role (default Qt::DisplayRole), case-insensitively; "cykel el" finds "Tillgrepp av
// elcykel". Swedish letters match only themselves (å ≠ a), as Swedes expect. Case-insensitive means
// what Qt::CaseInsensitive means: both sides compared after simple Unicode case folding.
//
// Built for the contact queue (100,000 rows, a new text on every keystroke): the folded search
// text of every top-level source row is cached, built when the source resets, together with the
// set of characters it holds and whether it matches the current words; filterAcceptsRow() answers
// from that cache. A new text re-tests only the rows that can change — typing on (every old word
// lies inside a new one) re-tests the rows shown, erasing (every new word lies inside an old one)
// the rows hidden, the same words in another order nothing — and a row lacking one of a word's
// characters is passed over without reading its text. What the last 16 sets of words matched is
// remembered until a source row changes, so erasing back to them tests no row at all.
//
// Signals: rows come and go with rowsRemoved/rowsInserted as with any QSortFilterProxyModel,
// unless that would cost more than about a millisecond — QSortFilterProxyModel (and every view)
// pays O(rows) for each separate stretch of rows that changes, and 100,000 rows changing in
// 20,000 places took seconds. Then the proxy announces one layout change instead (the way
// QSortFilterProxyModel::invalidate() does), after which rowCount() may differ: listen to
// layoutChanged as well when the number of rows matters. Lists up to about a thousand rows never
// get there.
//
// Invariants: while the cache is valid it holds one entry per top-level source row, in source
// order, and each entry says whether that row matches the current words (true for no words). The
// cache follows the source's signals through connections made before QSortFilterProxyModel makes
// its own (setSourceModel), so it is current whenever the base class re-filters a row. Rows under
// a parent (tree sources) are filtered without the cache. Thread rules: GUI thread.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <array>
#include <vector>

namespace kc {

class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SearchFilterProxyModel(QObject* parent = nullptr);
    ~SearchFilterProxyModel() override;

    void setSearchRole(int role);
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // One typed word, case-folded; `required` holds the bits of its characters (see the .cpp's
    // characterBit()), so a row lacking one is passed over without reading its text. A word of
    // one character with a bit of its own is decided by the bits alone. Otherwise the text is
    // scanned for the anchor, the word's character rarest in the cached texts.
    struct Word
    {
        QString folded;
        QByteArray latin1; // the same, when every character is Latin-1; else empty
        qsizetype anchor = 0;
        quint64 required = 0;
        bool bitsDecide = false;
    };

    // What some recent words matched, row by row: valid until the source's rows change.
    struct Recent
    {
        QString key;
        std::vector<quint8> matches;
    };

    std::vector<Word> makeWords(const QString& text) const;
    static QString wordsKey(const std::vector<Word>& words);
    static bool textMatches(QStringView folded, const std::vector<Word>& words);
    bool cachedRowMatches(size_t row) const;
    QString foldedSearchText(int sourceRow, const QModelIndex& sourceParent) const;
    bool ensureCache() const;
    void rebuildCache() const;
    void dropCache();
    void cacheRows(int first, int last, size_t at) const;
    void storeText(size_t row, int sourceRow) const;
    void compactTexts() const;

    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex& parent, int first, int last);
    void sourceRowsMoved(const QModelIndex& parent, int start, int end, const QModelIndex& destination, int row);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);

    int m_role = Qt::DisplayRole;
    QString m_text;
    std::vector<Word> m_words;

    // The cache: one element per top-level source row, in source order, in parallel arrays, so
    // that a pass over all rows reads 9 contiguous bytes per row, and texts only where the
    // characters fit. The texts themselves lie one after the other in a buffer, in row order as
    // of the last compaction (a scan runs through memory instead of jumping to wherever each
    // row's string was allocated): one byte per character for texts entirely in Latin-1, as
    // Swedish ones are, UTF-16 for the others. Changed and removed rows leave their old text
    // behind until the garbage outgrows the live texts. Built when the source resets; mutable
    // because filterAcceptsRow() rebuilds it if the source went out of step with it.
    mutable std::vector<char> m_latin1Texts;
    mutable std::vector<char16_t> m_wideTexts;
    mutable size_t m_liveChars = 0;
    mutable std::vector<quint32> m_textStart;  // row → offset of its folded search text in its buffer
    mutable std::vector<quint32> m_textLength; // its length, with the top bit set when it is UTF-16
    mutable std::vector<quint64> m_bits;       // which characters each text holds
    mutable std::vector<quint8> m_matches;     // whether it matches the current words
    mutable bool m_cacheValid = false;
    mutable std::vector<Recent> m_recent;            // emptied whenever a row of the cache changes
    mutable std::array<quint32, 256> m_charCounts{}; // Latin-1 characters in a sample of the texts
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace kc
