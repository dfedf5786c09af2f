// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
#include "core/knowledge.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace kc::knowledge {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kc::knowledge", text);
}

Error fieldError(const QString& path, const QString& message)
{
    return Error{path, message, QStringLiteral("invalid")};
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Small words that say nothing about what the caller asks ("Jag har tappat mitt pass, vad gör
// jag?" searches for "tappat pass"). Swedish function words only; from Snowball's Swedish stop list
// (snowballstem.org/algorithms/swedish/stop.txt), the commonest ones.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w :
             {"och",   "det",   "att",   "i",      "en",    "jag",    "hon",    "som",    "han",    "på",
              "den",   "med",   "var",   "sig",    "för",   "så",     "till",   "är",     "men",    "ett",
              "om",    "hade",  "de",    "av",     "icke",  "mig",    "du",     "henne",  "då",     "sin",
              "nu",    "har",   "inte",  "hans",   "honom", "skulle", "hennes", "där",    "min",    "man",
              "ej",    "vid",   "kunde", "något",  "från",  "ut",     "när",    "efter",  "upp",    "vi",
              "dem",   "vara",  "vad",   "över",   "än",    "dig",    "kan",    "sina",   "här",    "ha",
              "mot",   "alla",  "under", "någon",  "eller", "allt",   "mycket", "sedan",  "ju",     "denna",
              "själv", "detta", "åt",    "utan",   "varit", "hur",    "ingen",  "mitt",   "ni",     "bli",
              "blev",  "oss",   "din",   "dessa",  "några", "deras",  "blir",   "mina",   "samma",  "vilken",
              "er",    "sådan", "vår",   "blivit", "dess",  "inom",   "mellan", "sådant", "varför", "varje",
              "vilka", "ditt",  "vem",   "vilket", "sitta", "sådana", "vart",   "dina",   "vars",   "vårt",
              "våra",  "ert",   "era",   "vilkas", "gör",   "göra",   "ska",    "vill",   "måste",  "får"})
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

// Longest first: the first that leaves a stem of three letters or more is removed.
const char* const endings[] = {"heterna", "hetens", "arnas", "ernas", "ornas", "heten", "andet", "arna", "erna", "orna",
                               "ande",    "ende",   "aste",  "het",   "are",   "ast",   "ade",   "ens",  "ets",  "ar",
                               "er",      "or",     "en",    "et",    "na",    "an",    "at",    "ad",   "a",    "e"};

// The common second parts of compounds in what callers ask about. A word that ends in one (and is
// longer) is indexed by it too.
const char* const compoundHeads[] = {
    "anmälan", "anmälningar", "licens",   "licenser",   "kort",        "korten",    "kortet",  "pass",
    "passet",  "nycklar",     "nyckel",   "bedrägeri",  "bedrägerier", "stöld",     "stölder", "hot",
    "jour",    "jouren",      "gods",     "kopia",      "station",     "stationen", "polis",   "polisen",
    "tjänst",  "tjänsten",    "skydd",    "handling",   "handlingar",  "tolk",      "djur",    "hund",
    "katt",    "bil",         "cykel",    "vapen",      "telefon",     "nummer",    "ärende",  "ärendet",
    "tips",    "buller",      "störning", "störningar", "brott",       "offer"};

} // namespace

QJsonObject toJson(const KnowledgeArticle& a)
{
    QJsonArray referTo;
    for (const Referral& r : a.referTo) {
        QJsonObject o{{QStringLiteral("name"), r.name}};
        if (!r.phone.isEmpty())
            o.insert(QStringLiteral("phone"), r.phone);
        if (!r.web.isEmpty())
            o.insert(QStringLiteral("web"), r.web);
        referTo.append(o);
    }
    QJsonArray sources;
    for (const KnowledgeSource& s : a.sources)
        sources.append(QJsonObject{{QStringLiteral("title"), s.title}, {QStringLiteral("url"), s.url}});
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("summary"), a.summary},
                       {QStringLiteral("body"), a.body},
                       {QStringLiteral("referTo"), referTo},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                       {QStringLiteral("language"), a.language},
                       {QStringLiteral("reviewedAt"),
                        a.reviewedAt.isValid() ? QJsonValue(a.reviewedAt.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("sources"), sources},
                       {QStringLiteral("checkBeforeQuoting"), a.checkBeforeQuoting},
                       {QStringLiteral("version"), a.version}};
}

QJsonObject summaryJson(const KnowledgeArticle& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("title"), a.title},
                       {QStringLiteral("summary"), a.summary},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
                       {QStringLiteral("language"), a.language},
                       {QStringLiteral("reviewedAt"),
                        a.reviewedAt.isValid() ? QJsonValue(a.reviewedAt.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("version"), a.version}};
}

Result<KnowledgeArticle> fromJson(const QJsonObject& o)
{
    KnowledgeArticle a;
    auto text = [&o](const char* key, QString* out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString().trimmed();
        return true;
    };
    for (auto [key, out] : {std::pair{"id", &a.id}, std::pair{"title", &a.title}, std::pair{"summary", &a.summary},
                            std::pair{"body", &a.body}, std::pair{"language", &a.language}})
        if (!text(key, out))
            return fieldError(QLatin1String(key), tr("Must be text."));
    if (a.language.isEmpty())
        a.language = QStringLiteral("sv");
    if (a.title.isEmpty())
        return fieldError(QStringLiteral("title"), tr("The title is missing."));
    if (a.summary.isEmpty())
        return fieldError(QStringLiteral("summary"), tr("The short answer is missing."));
    const QJsonValue referTo = o.value(u"referTo");
    if (!referTo.isUndefined() && !referTo.isArray())
        return fieldError(QStringLiteral("referTo"), tr("Must be a list."));
    const QJsonArray refs = referTo.toArray();
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QJsonObject r = refs.at(i).toObject();
        Referral ref{r.value(u"name").toString().trimmed(), r.value(u"phone").toString().trimmed(),
                     r.value(u"web").toString().trimmed()};
        if (ref.name.isEmpty())
            return fieldError(QStringLiteral("referTo[%1].name").arg(i), tr("The name is missing."));
        a.referTo.append(ref);
    }
    const QJsonValue tags = o.value(u"tags");
    if (!tags.isUndefined() && !tags.isArray())
        return fieldError(QStringLiteral("tags"), tr("Must be a list."));
    for (const QJsonValue& t : tags.toArray())
        if (const QString tag = t.toString().trimmed(); !tag.isEmpty())
            a.tags.append(tag);
    if (const QString reviewed = o.value(u"reviewedAt").toString(); !reviewed.isEmpty()) {
        a.reviewedAt = QDate::fromString(reviewed, Qt::ISODate);
        if (!a.reviewedAt.isValid())
            return fieldError(QStringLiteral("reviewedAt"), tr("Write the date as YYYY-MM-DD."));
    }
    for (const QJsonValue& s : o.value(u"sources").toArray())
        a.sources.append({s.toObject().value(u"title").toString(), s.toObject().value(u"url").toString()});
    a.checkBeforeQuoting = o.value(u"checkBeforeQuoting").toBool();
    a.version = o.value(u"version").toInteger();
    return a;
}

QString readAloudText(const KnowledgeArticle& a)
{
    QStringList parts{a.title + u'.', a.summary};
    if (!a.body.isEmpty())
        parts << a.body;
    if (!a.referTo.isEmpty()) {
        QStringList refs;
        for (const Referral& r : a.referTo) {
            QString line = r.name;
            if (!r.phone.isEmpty())
                line += QStringLiteral(", ") + tr("phone %1").arg(r.phone);
            if (!r.web.isEmpty())
                line += QStringLiteral(", ") + r.web;
            refs << line;
        }
        parts << tr("Refer to: %1.").arg(refs.join(QStringLiteral("; ")));
    }
    return parts.join(QStringLiteral("\n\n"));
}

QStringList words(const QString& text)
{
    QStringList list;
    QString current;
    for (const QChar c : text) {
        if (isWordChar(c)) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            list << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        list << current;
    return list;
}

QString stem(const QString& word)
{
    if (word.size() <= 4)
        return word;
    QString s = word;
    for (const char* ending : endings) {
        const QString e = QString::fromUtf8(ending);
        if (s.endsWith(e) && s.size() - e.size() >= 3) {
            s.chop(e.size());
            break;
        }
    }
    // Swedish drops the e of -el, -er, -en before an ending ("nyckel" → "nycklar", "vapen" →
    // "vapnet"): a stem ending in consonant + l/r/n loses that letter, and one ending in
    // consonant + e + l/r/n loses both, so the stem is a prefix of every form.
    static const QString vowels = QStringLiteral("aeiouyåäö");
    if (s.size() >= 5 && s.at(s.size() - 2) == u'e' && QStringLiteral("lrn").contains(s.back()) &&
        !vowels.contains(s.at(s.size() - 3)))
        s.chop(2);
    else if (s.size() >= 4) {
        const QChar last = s.back();
        const QChar before = s.at(s.size() - 2);
        if ((last == u'l' || last == u'r' || last == u'n') && !vowels.contains(before) && before != last)
            s.chop(1);
    }
    return s;
}

QStringList queryStems(const QString& query)
{
    QStringList stems;
    for (const QString& w : words(query))
        if (w.size() > 1 && !stopWords().contains(w)) // one letter, as typed first, says nothing yet
            if (const QString s = stem(w); !stems.contains(s))
                stems << s;
    return stems;
}

QString compoundParts(const QString& text)
{
    QStringList parts;
    for (const QString& w : words(text))
        for (const char* head : compoundHeads) {
            const QString h = QString::fromUtf8(head);
            if (w.size() > h.size() + 2 && w.endsWith(h)) {
                parts << h;
                break;
            }
        }
    return parts.join(u' ');
}

bool looksPersonal(const QString& query)
{
    int run = 0;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        if (c.isDigit()) {
            if (++run >= 6)
                return true;
        } else if (!(run > 0 && (c == u' ' || c == u'-' || c == u'+') && i + 1 < query.size() &&
                     query.at(i + 1).isDigit())) {
            run = 0;
        }
    }
    return false;
}

LocalIndex::LocalIndex(QList<KnowledgeArticle> articles)
    : m_articles(std::move(articles))
{
    QHash<QString, QList<Posting>> postings;
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        const KnowledgeArticle& a = m_articles.at(i);
        const QString fields[4] = {a.title, a.tags.join(u' '), a.summary, a.body};
        for (int f = 0; f < 4; ++f) {
            QStringList list = words(fields[f] + u' ' + compoundParts(fields[f]));
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            for (const QString& w : std::as_const(list))
                postings[w].append({int(i), f});
        }
    }
    m_words = postings.keys();
    std::sort(m_words.begin(), m_words.end());
    m_postings.reserve(m_words.size());
    for (const QString& w : std::as_const(m_words))
        m_postings.append(postings.value(w));
}

QList<KnowledgeArticle> LocalIndex::search(const QString& query, int limit) const
{
    const QStringList stems = queryStems(query);
    if (stems.isEmpty())
        return {};
    static constexpr double weights[4] = {10.0, 5.0, 2.0, 1.0};
    struct Total
    {
        double score = 0;
        int matched = 0;
    };
    QHash<int, Total> totals;
    for (const QString& s : stems) {
        // Distinct words with this prefix, per article and field (at most 5 count).
        QHash<int, std::array<int, 4>> counts;
        for (auto it = std::lower_bound(m_words.begin(), m_words.end(), s); it != m_words.end() && it->startsWith(s);
             ++it)
            for (const Posting& p : m_postings.at(it - m_words.begin()))
                ++counts[p.article][size_t(p.field)];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            double here = 0;
            for (int f = 0; f < 4; ++f)
                here += weights[f] * std::min(it.value()[size_t(f)], 5);
            Total& t = totals[it.key()];
            t.score += here;
            ++t.matched;
        }
    }
    if (totals.isEmpty())
        return {};
    // Every word must match; when no article has them all, the best with most of them.
    int best = 0;
    for (const Total& t : std::as_const(totals))
        best = std::max(best, t.matched);
    QList<std::pair<double, int>> kept; // (score, article)
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        if (it.value().matched == best)
            kept.append({it.value().score, it.key()});
    // Best first; equal scores in the articles' order (stable, whatever the hash's order).
    std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QList<KnowledgeArticle> result;
    for (const auto& [score, article] : std::as_const(kept)) {
        if (result.size() >= limit)
            break;
        result.append(m_articles.at(article));
    }
    return result;
}

QList<KnowledgeArticle> search(const QList<KnowledgeArticle>& articles, const QString& query, int limit)
{
    return LocalIndex(articles).search(query, limit);
}

QList<std::pair<qsizetype, qsizetype>> matches(const QString& text, const QString& query)
{
    const QStringList stems = queryStems(query);
    QList<std::pair<qsizetype, qsizetype>> found;
    if (stems.isEmpty())
        return found;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        const QString word = text.mid(i, end - i).toLower();
        for (const QString& s : stems)
            if (word.startsWith(s) || (word.size() > s.size() + 2 && word.endsWith(s) && s.size() >= 3)) {
                found.append({i, end - i});
                break;
            }
        i = end;
    }
    return found;
}

} // namespace kc::knowledge
