// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The knowledge base (kunskapsbank): articles that answer the public's questions, and the word
// handling that search needs on the server (SQLite FTS5, PostgreSQL full text) and in the
// workstation's offline copy alike, so that both find the same articles.
//
// An article is Swedish (or English where a translation exists): a title, a short answer
// (`summary`, read aloud first), the details (`body`), where to refer the caller (`referTo`: names,
// phone numbers and web addresses as text), tags, the date it was last checked against its sources
// (`reviewedAt`) and the sources themselves. `checkBeforeQuoting` marks articles whose facts change
// (opening hours, fees, phone numbers): check the source before quoting them.
//
// Words: lower case; å, ä and ö are letters of their own (never folded to a or o; Swedish sorts
// them after z), other accents are kept as typed. Inflection is handled by prefix: a query word is
// cut to a stem (common Swedish endings removed) and matches every indexed word starting with it,
// so "stölder" finds "stöld" and "stöldanmälan". Compounds: an indexed word that ends in one of the
// common second parts ("…anmälan", "…licens", "…kort") is also indexed by that part, so "licens"
// finds "vapenlicens".
//
// Thread rules: pure functions and values; reentrant.
#pragma once

#include "core/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kc {

struct Referral
{
    QString name;
    QString phone; // as text, e.g. "114 14"; empty when none
    QString web;   // as text, e.g. "polisen.se"; empty when none

    bool operator==(const Referral&) const = default;
};

struct KnowledgeSource
{
    QString title;
    QString url;

    bool operator==(const KnowledgeSource&) const = default;
};

struct KnowledgeArticle
{
    QString id; // lower-case a–z, digits and '-', e.g. "pass-forlorat"
    QString title;
    QString summary; // the short answer, read first
    QString body;    // the details; paragraphs separated by blank lines
    QList<Referral> referTo;
    QStringList tags;
    QString language = QStringLiteral("sv");
    QDate reviewedAt;
    QList<KnowledgeSource> sources;
    bool checkBeforeQuoting = false;
    qint64 version = 0;

    bool operator==(const KnowledgeArticle&) const = default;
};

namespace knowledge {

// The wire form of API.md's Article (+ sources, checkBeforeQuoting) and back. fromJson refuses
// what an article cannot be without (a title, a short answer) and wrong types, naming the field.
QJsonObject toJson(const KnowledgeArticle& article);
Result<KnowledgeArticle> fromJson(const QJsonObject& object);
// The list item of GET /knowledge: id, title, summary, tags, language, reviewedAt, version.
QJsonObject summaryJson(const KnowledgeArticle& article);

// The text to read aloud: the short answer, then the details, then "Hänvisa till: …".
QString readAloudText(const KnowledgeArticle& article);

// Words of a text as search sees them: lower case, letters and digits only (å ä ö kept).
QStringList words(const QString& text);
// The words a query searches for: words() without the small words that carry nothing ("jag",
// "har", "vad", "en" …), each cut to its stem. Empty when nothing is left.
QStringList queryStems(const QString& query);
// A word without its common Swedish endings ("stölder" → "stöld", "förlorat" → "förlor"); words of
// four letters or fewer stay whole.
QString stem(const QString& word);
// The second parts of the compounds in `text`, space-separated, for the index ("vapenlicens
// polisanmälan" → "licens anmälan").
QString compoundParts(const QString& text);

// A query that looks like it holds a personnummer, samordningsnummer or phone number (six digits
// or more, spaces and dashes between them allowed): never stored in the search statistics.
bool looksPersonal(const QString& query);

// Offline search over a list of articles, ranked as the server ranks them (title over tags over
// summary over body; every query stem must match some word by prefix; when no article has them
// all, those with most of them). Best first; at most `limit`.
QList<KnowledgeArticle> search(const QList<KnowledgeArticle>& articles, const QString& query, int limit = 20);

// The same search over articles whose words were prepared once, for the workstation's local copy:
// an inverted index (every distinct word, sorted, with the articles and fields it occurs in), so a
// query costs a binary search per stem and the postings of the words it matches, instead of
// reading every article again (bench_knowledge). Immutable after construction; any thread may read.
class LocalIndex
{
public:
    LocalIndex() = default;
    explicit LocalIndex(QList<KnowledgeArticle> articles);
    QList<KnowledgeArticle> search(const QString& query, int limit = 20) const;
    const QList<KnowledgeArticle>& articles() const { return m_articles; }

private:
    struct Posting
    {
        int article;
        int field; // 0 title, 1 tags, 2 summary, 3 body
    };
    QList<KnowledgeArticle> m_articles;
    QStringList m_words;              // distinct words of every field (+ compound parts), sorted
    QList<QList<Posting>> m_postings; // per word: where it occurs, each (article, field) once
};

// The stems of `query` that occur in `text` as word prefixes, for highlighting: each match as
// (position, length) in `text`, in order.
QList<std::pair<qsizetype, qsizetype>> matches(const QString& text, const QString& query);

} // namespace knowledge
} // namespace kc
