// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "models/searchfilterproxymodel.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace kc {

namespace {

// Simple case folding per code point: exactly what Qt::CaseInsensitive compares (QString's
// foldCase), so a case-sensitive search of folded words in folded texts finds what
// contains(word, Qt::CaseInsensitive) found. Returns the string itself, shared, when nothing
// changes — the contact queue's search texts are lower case already and cost no copy.
QString caseFolded(const QString& s)
{
    const char16_t* p = QStringView(s).utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                break;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, p[i + 1]);
            if (QChar::toCaseFolded(ucs4) != ucs4)
                break;
            ++i;
            continue;
        }
        if (QChar::toCaseFolded(char32_t(c)) != char32_t(c))
            break;
    }
    if (i == n)
        return s;
    QString out;
    out.reserve(n);
    out.append(QStringView(p, i));
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, p[i + 1]));
            if (QChar::requiresSurrogates(folded)) {
                out.append(QChar(QChar::highSurrogate(folded)));
                out.append(QChar(QChar::lowSurrogate(folded)));
            } else {
                out.append(QChar(char16_t(folded)));
            }
            ++i;
        } else {
            out.append(QChar(char16_t(QChar::toCaseFolded(char32_t(c)))));
        }
    }
    return out;
}

// Each character of a folded text sets one of 64 bits. a–z, 0–9 and å ä ö é ü have bits of their
// own (0–40): a row without that bit cannot contain the character, and a row with it does. Every
// other character shares one of the remaining 23 bits: there a bit only says "maybe". A space sets
// nothing (words hold none).
constexpr int ExactBits = 41;

constexpr std::array<qint8, 256> latin1Bits = [] {
    std::array<qint8, 256> bits{};
    for (int c = 0; c < 256; ++c)
        bits[size_t(c)] = qint8(ExactBits + c % (64 - ExactBits));
    for (int c = 'a'; c <= 'z'; ++c)
        bits[size_t(c)] = qint8(c - 'a');
    for (int c = '0'; c <= '9'; ++c)
        bits[size_t(c)] = qint8(26 + c - '0');
    bits[0xE5] = 36; // å
    bits[0xE4] = 37; // ä
    bits[0xF6] = 38; // ö
    bits[0xE9] = 39; // é
    bits[0xFC] = 40; // ü
    bits[size_t(' ')] = -1;
    return bits;
}();

inline int characterBit(char16_t c)
{
    return c < 256 ? latin1Bits[c] : ExactBits + c % (64 - ExactBits);
}

quint64 characterBits(QStringView text)
{
    quint64 bits = 0;
    for (const QChar c : text)
        if (const int bit = characterBit(c.unicode()); bit >= 0)
            bits |= quint64(1) << bit;
    return bits;
}

// Whether `word` occurs in `text`: a vectorised scan (QStringView::indexOf(QChar)) for the anchor
// character, then a comparison of the whole word around each hit.
bool containsWord(QStringView text, QStringView word, qsizetype anchor)
{
    const qsizetype length = word.size();
    if (length > text.size())
        return false;
    const QChar anchorChar = word[anchor];
    const qsizetype lastHit = text.size() - length + anchor; // the anchor's last possible position
    qsizetype from = anchor;
    while (true) {
        const qsizetype hit = text.indexOf(anchorChar, from);
        if (hit < 0 || hit > lastHit)
            return false;
        if (std::memcmp(text.utf16() + (hit - anchor), word.utf16(), size_t(length) * sizeof(char16_t)) == 0)
            return true;
        from = hit + 1;
    }
}

// The same over Latin-1 text: memchr() reads 16 or 32 characters a step where the UTF-16 scan reads 8.
bool containsWord(const char* text, qsizetype size, const QByteArray& word, qsizetype anchor)
{
    const qsizetype length = word.size();
    if (length > size)
        return false;
    const char* p = text + anchor;
    const char* const lastHit = text + (size - length + anchor);
    while (p <= lastHit) {
        p = static_cast<const char*>(std::memchr(p, word[anchor], size_t(lastHit - p + 1)));
        if (!p)
            return false;
        if (std::memcmp(p - anchor, word.constData(), size_t(length)) == 0)
            return true;
        ++p;
    }
    return false;
}

// In SearchFilterProxyModel's m_textLength: the text lies in the UTF-16 buffer, not the Latin-1 one.
constexpr quint32 WideText = 0x8000'0000u;

// Whether every result of `inner` is a result of `outer`: each outer word lies inside an inner one
// (a text containing the inner word contains the outer word too).
template<typename Words>
bool narrows(const Words& inner, const Words& outer)
{
    return std::all_of(outer.begin(), outer.end(), [&](const auto& o) {
        return std::any_of(inner.begin(), inner.end(), [&](const auto& i) { return i.folded.contains(o.folded); });
    });
}

} // namespace

// The words as a set: the same words in any order match the same rows.
QString SearchFilterProxyModel::wordsKey(const std::vector<Word>& words)
{
    QStringList folded;
    for (const Word& w : words)
        folded.append(w.folded);
    folded.sort();
    return folded.join(u' ');
}

SearchFilterProxyModel::SearchFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

SearchFilterProxyModel::~SearchFilterProxyModel() = default;

void SearchFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    for (const QMetaObject::Connection& c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    dropCache();
    // Connected before the base class connects: on every source signal the cache is updated first,
    // then QSortFilterProxyModel re-filters from it. A reset is when the queue loads: the cache is
    // built then, not on the first keystroke.
    if (model) {
        const auto rebuild = [this] { rebuildCache(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::rowsInserted, this, &SearchFilterProxyModel::sourceRowsInserted),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &SearchFilterProxyModel::sourceRowsRemoved),
            connect(model, &QAbstractItemModel::rowsMoved, this, &SearchFilterProxyModel::sourceRowsMoved),
            connect(model, &QAbstractItemModel::dataChanged, this, &SearchFilterProxyModel::sourceDataChanged),
            connect(model, &QAbstractItemModel::modelReset, this, rebuild),
            connect(model, &QAbstractItemModel::layoutChanged, this, rebuild),
            connect(model, &QAbstractItemModel::columnsInserted, this, rebuild),
            connect(model, &QAbstractItemModel::columnsRemoved, this, rebuild),
            connect(model, &QAbstractItemModel::columnsMoved, this, rebuild),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    ensureCache();
}

void SearchFilterProxyModel::setSearchRole(int role)
{
    m_role = role;
    if (sourceModel())
        rebuildCache();
    invalidateRowsFilter();
}

void SearchFilterProxyModel::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;

    const bool cached = ensureCache(); // it still says what the OLD words match
    std::vector<Word> words = makeWords(text);
    const bool fewerRows = narrows(words, m_words); // the new matches are among the old
    const bool moreRows = narrows(m_words, words);  // the old matches are among the new
    m_words = std::move(words);
    if (fewerRows && moreRows)
        return; // the same words (in another order, or with other spaces): the same rows
    if (!cached) {
        invalidateRowsFilter();
        return;
    }

    // Re-test only the rows that can change — none when erasing back to words typed a moment ago,
    // whose results are remembered — counting the stretches of rows that do.
    int changedStretches = 0;
    bool previousChanged = false;
    const size_t rows = m_matches.size();
    const QString key = wordsKey(m_words);
    const auto remembered =
        std::find_if(m_recent.begin(), m_recent.end(), [&](const Recent& r) { return r.key == key; });
    if (remembered != m_recent.end()) {
        for (size_t r = 0; r < rows; ++r) {
            const bool changed = m_matches[r] != remembered->matches[r];
            if (changed && !previousChanged)
                ++changedStretches;
            previousChanged = changed;
        }
        m_matches = remembered->matches;
    } else {
        for (size_t r = 0; r < rows; ++r) {
            const bool was = m_matches[r] != 0;
            bool changed = false;
            if ((was && !moreRows) || (!was && !fewerRows)) {
                const bool now = cachedRowMatches(r);
                changed = now != was;
                m_matches[r] = now;
            }
            if (changed && !previousChanged)
                ++changedStretches;
            previousChanged = changed;
        }
        if (!m_words.empty()) {
            constexpr size_t RecentTexts = 16; // the prefixes of a word or two; 1.6 MB at 100,000 rows
            if (m_recent.size() == RecentTexts)
                m_recent.erase(m_recent.begin());
            m_recent.push_back({key, m_matches});
        }
    }
    if (changedStretches == 0)
        return;
    // QSortFilterProxyModel inserts and removes each stretch on its own, rebuilding its whole
    // mapping (and a view its rows) every time: rows x stretches. Up to about a million steps
    // (a millisecond) rows come and go with exact signals, as before; past that one layout change
    // and one rebuild are far cheaper — 100,000 rows changing in 20,000 places took seconds.
    constexpr double MaxRowSignalWork = 1e6;
    if (double(changedStretches) * double(rows) <= MaxRowSignalWork)
        invalidateRowsFilter();
    else
        invalidate();
}

bool SearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.empty())
        return true;
    if (!sourceParent.isValid() && ensureCache() && size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)] != 0;
    return textMatches(foldedSearchText(sourceRow, sourceParent), m_words);
}

std::vector<SearchFilterProxyModel::Word> SearchFilterProxyModel::makeWords(const QString& text) const
{
    const auto seen = [this](char16_t c) { return c < 256 ? m_charCounts[c] : 0; };
    std::vector<Word> words;
    const QStringList typed = text.toLower().split(u' ', Qt::SkipEmptyParts);
    for (const QString& t : typed) {
        Word w;
        w.folded = caseFolded(t);
        if (std::all_of(w.folded.begin(), w.folded.end(), [](QChar c) { return c.unicode() < 256; }))
            w.latin1 = w.folded.toLatin1();
        w.required = characterBits(w.folded);
        w.bitsDecide = w.folded.size() == 1 && characterBit(w.folded.front().unicode()) >= 0 &&
                       characterBit(w.folded.front().unicode()) < ExactBits;
        quint32 fewest = std::numeric_limits<quint32>::max();
        for (qsizetype i = 0; i < w.folded.size(); ++i) {
            if (const quint32 count = seen(w.folded.at(i).unicode()); count < fewest) {
                fewest = count;
                w.anchor = i;
            }
        }
        words.push_back(std::move(w));
    }
    // The rarest words first: a row that fails, fails sooner.
    std::stable_sort(words.begin(), words.end(), [&](const Word& a, const Word& b) {
        return seen(a.folded.at(a.anchor).unicode()) < seen(b.folded.at(b.anchor).unicode());
    });
    return words;
}

bool SearchFilterProxyModel::textMatches(QStringView folded, const std::vector<Word>& words)
{
    return std::all_of(words.begin(), words.end(),
                       [folded](const Word& w) { return containsWord(folded, w.folded, w.anchor); });
}

bool SearchFilterProxyModel::cachedRowMatches(size_t row) const
{
    const quint64 bits = m_bits[row];
    const quint32 length = m_textLength[row];
    const auto size = qsizetype(length & ~WideText);
    for (const Word& w : m_words) {
        if ((bits & w.required) != w.required)
            return false;
        if (w.bitsDecide)
            continue;
        if (length & WideText) {
            if (!containsWord(QStringView(m_wideTexts.data() + m_textStart[row], size), w.folded, w.anchor))
                return false;
        } else if (w.latin1.isEmpty() ||
                   !containsWord(m_latin1Texts.data() + m_textStart[row], size, w.latin1, w.anchor)) {
            return false; // a word beyond Latin-1 cannot occur in a Latin-1 text
        }
    }
    return true;
}

QString SearchFilterProxyModel::foldedSearchText(int sourceRow, const QModelIndex& sourceParent) const
{
    return caseFolded(sourceModel()->index(sourceRow, 0, sourceParent).data(m_role).toString());
}

bool SearchFilterProxyModel::ensureCache() const
{
    if (!m_cacheValid && sourceModel())
        rebuildCache();
    return m_cacheValid;
}

void SearchFilterProxyModel::rebuildCache() const
{
    const int rows = sourceModel()->rowCount();
    m_recent.clear();
    m_latin1Texts.clear();
    m_wideTexts.clear();
    m_liveChars = 0;
    m_textStart.clear();
    m_textLength.clear();
    m_bits.clear();
    m_matches.clear();
    cacheRows(0, rows - 1, 0);
    // Character frequencies from about 4,000 rows spread over the table, for choosing anchors.
    m_charCounts.fill(0);
    const int step = std::max(1, rows / 4096);
    for (int r = 0; r < rows; r += step) {
        const size_t row = size_t(r);
        const auto size = qsizetype(m_textLength[row] & ~WideText);
        if (m_textLength[row] & WideText) {
            for (const QChar c : QStringView(m_wideTexts.data() + m_textStart[row], size))
                if (c.unicode() < 256)
                    ++m_charCounts[c.unicode()];
        } else {
            for (qsizetype i = 0; i < size; ++i)
                ++m_charCounts[quint8(m_latin1Texts[m_textStart[row] + size_t(i)])];
        }
    }
    m_cacheValid = true;
}

void SearchFilterProxyModel::dropCache()
{
    m_cacheValid = false;
    m_recent = {};
    m_latin1Texts = {};
    m_wideTexts = {};
    m_liveChars = 0;
    m_textStart = {};
    m_textLength = {};
    m_bits = {};
    m_matches = {};
}

// Caches source rows [first, last] at position `at`.
void SearchFilterProxyModel::cacheRows(int first, int last, size_t at) const
{
    const auto count = qsizetype(std::max(0, last - first + 1));
    const auto pos = qsizetype(at);
    m_textStart.insert(m_textStart.begin() + pos, size_t(count), 0);
    m_textLength.insert(m_textLength.begin() + pos, size_t(count), 0);
    m_bits.insert(m_bits.begin() + pos, size_t(count), 0);
    m_matches.insert(m_matches.begin() + pos, size_t(count), 1);
    for (qsizetype i = 0; i < count; ++i)
        storeText(at + size_t(i), first + int(i));
}

// Stores source row `sourceRow`'s text as the cache's row `row` and tests it.
void SearchFilterProxyModel::storeText(size_t row, int sourceRow) const
{
    m_recent.clear();
    const QString folded = foldedSearchText(sourceRow, {});
    if (m_latin1Texts.size() + m_wideTexts.size() > 2 * m_liveChars + 65536)
        compactTexts();
    m_liveChars -= m_textLength[row] & ~WideText;
    m_liveChars += size_t(folded.size());
    const char16_t* chars = QStringView(folded).utf16();
    if (std::all_of(chars, chars + folded.size(), [](char16_t c) { return c < 256; })) {
        m_textStart[row] = quint32(m_latin1Texts.size());
        m_textLength[row] = quint32(folded.size());
        const size_t at = m_latin1Texts.size();
        m_latin1Texts.resize(at + size_t(folded.size()));
        std::transform(chars, chars + folded.size(), m_latin1Texts.begin() + qsizetype(at),
                       [](char16_t c) { return char(c); });
    } else {
        m_textStart[row] = quint32(m_wideTexts.size());
        m_textLength[row] = quint32(folded.size()) | WideText;
        m_wideTexts.insert(m_wideTexts.end(), chars, chars + folded.size());
    }
    m_bits[row] = characterBits(folded);
    m_matches[row] = cachedRowMatches(row);
}

// Rewrites the buffers with only the live texts, in row order.
void SearchFilterProxyModel::compactTexts() const
{
    std::vector<char> latin1;
    std::vector<char16_t> wide;
    latin1.reserve(m_liveChars + m_liveChars / 4 + 1024);
    for (size_t r = 0; r < m_textStart.size(); ++r) {
        const size_t start = m_textStart[r];
        const size_t size = m_textLength[r] & ~WideText;
        if (m_textLength[r] & WideText) {
            m_textStart[r] = quint32(wide.size());
            wide.insert(wide.end(), m_wideTexts.begin() + qsizetype(start),
                        m_wideTexts.begin() + qsizetype(start + size));
        } else {
            m_textStart[r] = quint32(latin1.size());
            latin1.insert(latin1.end(), m_latin1Texts.begin() + qsizetype(start),
                          m_latin1Texts.begin() + qsizetype(start + size));
        }
    }
    m_latin1Texts = std::move(latin1);
    m_wideTexts = std::move(wide);
}

void SearchFilterProxyModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || !m_cacheValid)
        return;
    if (first < 0 || first > int(m_matches.size()) ||
        int(m_matches.size()) + (last - first + 1) != sourceModel()->rowCount()) {
        dropCache(); // out of step with the source: rebuilt when next needed
        return;
    }
    cacheRows(first, last, size_t(first));
}

void SearchFilterProxyModel::sourceRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || !m_cacheValid)
        return;
    if (first < 0 || last < first || last >= int(m_matches.size())) {
        dropCache();
        return;
    }
    m_recent.clear();
    for (int r = first; r <= last; ++r)
        m_liveChars -= m_textLength[size_t(r)] & ~WideText;
    m_textStart.erase(m_textStart.begin() + first, m_textStart.begin() + last + 1);
    m_textLength.erase(m_textLength.begin() + first, m_textLength.begin() + last + 1);
    m_bits.erase(m_bits.begin() + first, m_bits.begin() + last + 1);
    m_matches.erase(m_matches.begin() + first, m_matches.begin() + last + 1);
}

void SearchFilterProxyModel::sourceRowsMoved(const QModelIndex& parent, int start, int end,
                                             const QModelIndex& destination, int row)
{
    if ((parent.isValid() && destination.isValid()) || !m_cacheValid)
        return;
    const int size = int(m_matches.size());
    if (parent.isValid() || destination.isValid() || start < 0 || end < start || end >= size || row < 0 || row > size) {
        dropCache(); // rows moved between levels (or a bad signal): start over when needed
        return;
    }
    m_recent.clear();
    // `row` counts in the numbering before the move, as beginMoveRows() takes it.
    const auto move = [&](auto& v) {
        if (row > end + 1)
            std::rotate(v.begin() + start, v.begin() + end + 1, v.begin() + row);
        else if (row < start)
            std::rotate(v.begin() + row, v.begin() + start, v.begin() + end + 1);
    };
    move(m_textStart);
    move(m_textLength);
    move(m_bits);
    move(m_matches);
}

void SearchFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                               const QList<int>& roles)
{
    if (!m_cacheValid || !topLeft.isValid() || topLeft.parent().isValid())
        return;
    // The Waiting column ticks every second with its display roles only: nothing to do then.
    if (!roles.isEmpty() && !roles.contains(m_role))
        return;
    const int last = std::min(bottomRight.row(), int(m_matches.size()) - 1);
    for (int r = topLeft.row(); r <= last; ++r)
        storeText(size_t(r), r);
}

} // namespace kc
