// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The queue filter at 100,000 waiting contacts: what one keystroke in the filter field costs.
//
// Measured: QueuePipeline::setFilterText(text so far) and then output()->rowCount() (the first
// thing a view asks; QSortFilterProxyModel builds its mapping lazily, so leaving it out could hide
// the work), keystroke by keystroke, while typing and then erasing "göteborg" (a kommun in the
// subjects), "cykel" (a subject word) and "0317" (the start of a phone number). Each keystroke's
// figure is its median over 5 rounds (KC_BENCH_ROUNDS changes that); reported are the mean over all
// keystrokes and the worst one. One contact changes between rounds (untimed): the filter remembers
// what recent words matched until a row changes, and a round must not live off the one before.
//
// Baseline, in the same run: QSortFilterProxyModel with setFilterFixedString(), case-insensitive,
// over a QStandardItemModel holding the same rows (the six display columns, and the pipeline's
// SearchTextRole text as the filter role of column 0, so both search the very same strings).
//
// Targets (from the issue): <= 8 ms for the worst keystroke, and at least 5x faster than the
// baseline (ratio <= 0.2). A second pair of lines does the same with a QTableView on each model
// (offscreen), forcing its layout and a synchronous repaint after each keystroke: what the agent
// waits for (the baseline gets one round there: its keystrokes take seconds). Then, with a filter set, 1,000 contact
// updates of every kind (new, moved, changed, taken) against the same updates without a filter: what the filter costs
// the live queue.
//
// Also reported: loading the contacts through the pipeline against loading the bare
// ContactQueueModel (the filter builds its cache of search texts then, not on the first
// keystroke), and that first keystroke.
//
// Every result is checked against a brute-force filter over the contacts (all words must occur,
// case-insensitively, å ≠ a); a wrong answer fails the benchmark. KC_BENCH_SCALE scales the
// number of contacts (0.01: 1,000), and the 8 ms target with it.
#include "benchharness.h"
#include "models/contactqueuemodel.h"
#include "models/queuepipeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

using namespace kc;
using kc::bench::Goal;
using kc::bench::Target;
using namespace Qt::StringLiterals;

double benchScale()
{
    bool ok = false;
    const double v = qEnvironmentVariable("KC_BENCH_SCALE").toDouble(&ok);
    return ok && v > 0 ? v : 1.0;
}

[[noreturn]] void fail(const QString& message)
{
    std::fflush(stdout);
    std::fprintf(stderr, "bench_queue_filter: FAILED: %s\n", qPrintable(message));
    std::exit(1);
}

// ---- the contacts ---------------------------------------------------------------------------------

const QDateTime T0(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::UTC);

// Invented people; phone numbers from PTS's ranges for fiction (070-174 06 xx, 031-390 06 xx).
Contact makeContact(QRandomGenerator& rng, int i)
{
    static const QStringList first = {u"Anna"_s, u"Erik"_s,   u"Maria"_s,  u"Lars"_s,  u"Karin"_s,  u"Johan"_s,
                                      u"Eva"_s,  u"Anders"_s, u"Sara"_s,   u"Per"_s,   u"Lena"_s,   u"Mikael"_s,
                                      u"Emma"_s, u"Nils"_s,   u"Ingrid"_s, u"Oskar"_s, u"Astrid"_s, u"Gustav"_s,
                                      u"Elin"_s, u"Åsa"_s,    u"Örjan"_s,  u"Märta"_s};
    static const QStringList last = {u"Andersson"_s,  u"Johansson"_s, u"Karlsson"_s, u"Nilsson"_s,   u"Eriksson"_s,
                                     u"Larsson"_s,    u"Olsson"_s,    u"Persson"_s,  u"Svensson"_s,  u"Gustafsson"_s,
                                     u"Pettersson"_s, u"Lindström"_s, u"Åberg"_s,    u"Öberg"_s,     u"Ekström"_s,
                                     u"Sjöberg"_s,    u"Lundqvist"_s, u"Holm"_s,     u"Bergström"_s, u"Fiktivsson"_s};
    static const QStringList what = {u"Stöld av cykel"_s,         u"Inbrott i bil"_s,       u"Borttappad plånbok"_s,
                                     u"Bedrägeri via telefon"_s,  u"Skadegörelse på bil"_s, u"Hittegods"_s,
                                     u"Fråga om pass"_s,          u"Ofredande"_s,           u"Stöld av elcykel"_s,
                                     u"Inbrott i källarförråd"_s, u"Klotter på fasad"_s,    u"Stulen mobiltelefon"_s,
                                     u"Motorcykel stulen"_s,      u"Hot via sms"_s};
    static const QStringList where = {u"Göteborg"_s,   u"Borås"_s,      u"Skövde"_s,  u"Trollhättan"_s, u"Uddevalla"_s,
                                      u"Alingsås"_s,   u"Kungälv"_s,    u"Lerum"_s,   u"Mölndal"_s,     u"Partille"_s,
                                      u"Stockholm"_s,  u"Malmö"_s,      u"Uppsala"_s, u"Skara"_s,       u"Lidköping"_s,
                                      u"Vänersborg"_s, u"Kungsbacka"_s, u"Varberg"_s, u"Halmstad"_s,    u"Jönköping"_s};
    static const QStringList queues = {u"anmalan"_s, u"information"_s, u"bedrageri"_s};
    const auto pick = [&rng](const QStringList& list) { return list[rng.bounded(int(list.size()))]; };

    Contact c;
    c.id = u"k" + QString::number(i);
    c.channel = Channel(rng.bounded(4));
    c.queue = pick(queues);
    c.priority = 1 + rng.bounded(5);
    c.receivedAt = T0.addMSecs(rng.bounded(4 * 3600 * 1000));
    c.version = 1;
    if (rng.bounded(10) != 0)
        c.caller.name = pick(first) + u' ' + pick(last);
    const int phoneKind = rng.bounded(10);
    if (phoneKind < 5)
        c.caller.phone = u"+467017406" + QString::number(5 + rng.bounded(95)).rightJustified(2, u'0');
    else if (phoneKind < 8)
        c.caller.phone = u"+46313900" + QString::number(600 + rng.bounded(100));
    if (rng.bounded(10) < 3)
        c.caller.email = u"person" + QString::number(i) + u"@example.se";
    c.subject = pick(what) + u" i " + pick(where);
    return c;
}

// ---- measurement ------------------------------------------------------------------------------------

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Every prefix of each word, then erasing it again back to "".
QStringList keystrokes()
{
    QStringList out;
    for (const QString& word : {u"göteborg"_s, u"cykel"_s, u"0317"_s}) {
        for (qsizetype n = 1; n <= word.size(); ++n)
            out.append(word.left(n));
        for (qsizetype n = word.size() - 1; n >= 0; --n)
            out.append(word.left(n));
    }
    return out;
}

struct Figures
{
    double meanMs = 0;
    double worstMs = 0;
    QString worstText;
};

// Runs the keystrokes `rounds` times through `apply` (which sets the text and returns the row
// count); `check` (may be empty) runs after every keystroke of the first round, `beforeRound`
// (may be empty) before each round, both untimed.
Figures typeKeystrokes(const QStringList& keys, int rounds, const std::function<int(const QString&)>& apply,
                       const std::function<void(const QString&, int)>& check,
                       const std::function<void()>& beforeRound = {})
{
    std::vector<QList<double>> perKey(size_t(keys.size()));
    for (int r = 0; r < rounds; ++r) {
        if (beforeRound)
            beforeRound();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            QElapsedTimer t;
            t.start();
            const int rows = apply(keys[k]);
            perKey[size_t(k)].append(msSince(t));
            kc::bench::keep(rows);
            if (r == 0 && check)
                check(keys[k], rows);
        }
    }
    Figures f;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        QList<double>& v = perKey[size_t(k)];
        std::sort(v.begin(), v.end());
        const double med = v[v.size() / 2];
        f.meanMs += med;
        if (med > f.worstMs) {
            f.worstMs = med;
            f.worstText = keys[k];
        }
    }
    f.meanMs /= double(keys.size());
    return f;
}

// What the filter must show: the ids of the source's rows whose SearchTextRole contains every
// word, case-insensitively — written independently of SearchFilterProxyModel.
QStringList bruteForce(const ContactQueueModel& source, const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    QStringList ids;
    for (int r = 0; r < source.rowCount(); ++r) {
        const QString hay = source.index(r, 0).data(ContactQueueModel::SearchTextRole).toString();
        if (std::all_of(words.begin(), words.end(),
                        [&](const QString& w) { return hay.contains(w, Qt::CaseInsensitive); }))
            ids.append(source.contact(r).id);
    }
    return ids;
}

QStringList shownIds(const QAbstractItemModel& model)
{
    QStringList ids;
    ids.reserve(model.rowCount());
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.index(r, 0).data(ContactQueueModel::ContactIdRole).toString());
    return ids;
}

void verify(const QueuePipeline& pipeline, const QString& text)
{
    const QStringList expected = bruteForce(*pipeline.source(), text);
    const QStringList shown = shownIds(*pipeline.output());
    if (shown != expected)
        fail(QStringLiteral("filter \"%1\" shows %2 rows, expected %3")
                 .arg(text)
                 .arg(shown.size())
                 .arg(expected.size()));
}

// A QTableView on `model`, offscreen, the size of a workstation's queue panel.
std::unique_ptr<QTableView> makeView(QAbstractItemModel* model)
{
    auto view = std::make_unique<QTableView>();
    view->setModel(model);
    view->resize(1200, 800);
    view->show();
    view->doItemsLayout();
    view->viewport()->repaint();
    return view;
}

int relayoutAndPaint(QTableView& view)
{
    view.doItemsLayout();
    view.viewport()->repaint();
    return view.model()->rowCount();
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const double scale = benchScale();
    const int n = std::max(1000, int(std::lround(100'000 * scale)));
    const int rounds =
        qEnvironmentVariableIsSet("KC_BENCH_ROUNDS") ? std::max(1, qEnvironmentVariableIntValue("KC_BENCH_ROUNDS")) : 5;
    const double targetMs = 8.0 * std::min(1.0, double(n) / 100'000.0);
    std::printf("queue filter: %d contacts, %d rounds, offscreen\n", n, rounds);

    QRandomGenerator rng(114'14);
    QList<Contact> contacts;
    contacts.reserve(n);
    for (int i = 0; i < n; ++i)
        contacts.append(makeContact(rng, i));

    // Loading the queue: the pipeline (whose filter builds its cache on the reset) against the bare
    // ContactQueueModel, the median of five loads each.
    QueuePipeline pipeline;
    pipeline.waitingTime()->setTicking(false);
    {
        // Both load into the same heap: the pipeline's rows are freed first, the bare model's after.
        std::vector<double> bare, piped;
        for (int i = 0; i < 5; ++i) {
            pipeline.source()->setContacts({});
            QElapsedTimer t;
            {
                ContactQueueModel model;
                t.start();
                model.setContacts(contacts);
                bare.push_back(msSince(t));
            }
            t.restart();
            pipeline.source()->setContacts(contacts);
            piped.push_back(msSince(t));
        }
        std::sort(bare.begin(), bare.end());
        std::sort(piped.begin(), piped.end());
        kc::bench::report("queue.load", "ms", piped[2], "ContactQueueModel alone", bare[2]);
    }
    const ContactQueueModel& source = *pipeline.source();
    if (source.rowCount() != n)
        fail(QStringLiteral("%1 rows loaded, expected %2").arg(source.rowCount()).arg(n));

    // The baseline's rows: the same texts, in the same (service) order.
    QStandardItemModel standard(n, ContactQueueModel::ColumnCount);
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < ContactQueueModel::ColumnCount; ++c)
            standard.setItem(r, c, new QStandardItem(source.index(r, c).data().toString()));
        QStandardItem* first = standard.item(r, 0);
        first->setData(source.index(r, 0).data(ContactQueueModel::SearchTextRole), ContactQueueModel::SearchTextRole);
        first->setData(source.contact(r).id, ContactQueueModel::ContactIdRole);
    }
    QSortFilterProxyModel baseline;
    baseline.setFilterCaseSensitivity(Qt::CaseInsensitive);
    baseline.setFilterKeyColumn(0);
    baseline.setFilterRole(ContactQueueModel::SearchTextRole);
    baseline.setSourceModel(&standard);

    const QStringList keys = keystrokes();
    const auto applyPipeline = [&](const QString& text) {
        pipeline.setFilterText(text);
        return pipeline.output()->rowCount();
    };
    const auto applyBaseline = [&](const QString& text) {
        baseline.setFilterFixedString(text);
        return baseline.rowCount();
    };
    const auto checkPipeline = [&](const QString& text, int) { verify(pipeline, text); };
    // The filter remembers what recent words matched until a row changes (erasing back is then
    // free); a round must not profit from the one before, so one contact changes in between, as
    // the live queue does all the time.
    const auto touchContact = [&] {
        Contact c = pipeline.source()->contact(0);
        ++c.version;
        pipeline.source()->upsert(c);
    };
    const auto checkBaseline = [&](const QString& text, int rows) {
        // A fixed string of one word means the same as the word filter: the same rows.
        if (rows != int(bruteForce(source, text).size()))
            fail(QStringLiteral("baseline shows %1 rows for \"%2\"").arg(rows).arg(text));
    };

    // 0. The first keystroke after loading, once: QSortFilterProxyModel builds its mapping then (the
    // pipeline's filter built its cache of search texts while loading).
    {
        QElapsedTimer t;
        t.start();
        kc::bench::keep(applyBaseline(keys.first()));
        const double baseCold = msSince(t);
        t.restart();
        kc::bench::keep(applyPipeline(keys.first()));
        const double oursCold = msSince(t);
        kc::bench::report("queue.filter.firstKeystroke", "ms", oursCold, "QSFPM first keystroke", baseCold);
        applyBaseline(QString());
        applyPipeline(QString());
    }

    // 1. The models alone.
    const Figures base = typeKeystrokes(keys, rounds, applyBaseline, checkBaseline);
    const Figures ours = typeKeystrokes(keys, rounds, applyPipeline, checkPipeline, touchContact);
    bool met = true;
    met &= kc::bench::report("queue.filter.keystroke", "ms", ours.meanMs, "QSFPM fixed string over QStandardItemModel",
                             base.meanMs, Target{Goal::AtMost, 0.2, true});
    met &= kc::bench::report("queue.filter.worstKeystroke", "ms", ours.worstMs, "QSFPM worst keystroke", base.worstMs,
                             Target{Goal::AtMost, targetMs, false});
    std::printf("  (worst keystroke: \"%s\"; baseline's: \"%s\")\n", qPrintable(ours.worstText),
                qPrintable(base.worstText));

    // 2. With a QTableView on each, laid out and repainted after every keystroke. One round for the
    // baseline: at full scale its keystrokes take seconds each here.
    {
        const auto baseView = makeView(&baseline);
        const Figures baseShown = typeKeystrokes(keys, 1,
                                                 [&](const QString& text) {
                                                     applyBaseline(text);
                                                     return relayoutAndPaint(*baseView);
                                                 },
                                                 {});
        baseView->hide();
        const auto ourView = makeView(pipeline.output());
        const Figures oursShown = typeKeystrokes(
            keys, rounds,
            [&](const QString& text) {
                applyPipeline(text);
                return relayoutAndPaint(*ourView);
            },
            {}, touchContact);
        kc::bench::report("queue.filter.keystroke.view", "ms", oursShown.meanMs, "QSFPM + QTableView",
                          baseShown.meanMs);
        kc::bench::report("queue.filter.worstKeystroke.view", "ms", oursShown.worstMs, "QSFPM + QTableView worst",
                          baseShown.worstMs);
        std::printf("  (worst keystroke: \"%s\"; baseline's: \"%s\")\n", qPrintable(oursShown.worstText),
                    qPrintable(baseShown.worstText));
    }

    // 3. The live queue under a filter: 1,000 updates of every kind, timed with the filter set and
    // (the baseline) without; the filtered result is checked afterwards.
    const auto updates = [&](const QString& filterText, quint32 seed) {
        pipeline.setFilterText(filterText);
        QRandomGenerator urng(seed);
        ContactQueueModel& m = *pipeline.source();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 1000; ++i) {
            switch (i % 4) {
            case 0: // a new contact
                m.upsert(makeContact(urng, 1'000'000 + int(seed) * 10'000 + i));
                break;
            case 1: { // a priority change: the row moves
                Contact c = m.contact(urng.bounded(m.rowCount()));
                c.priority = 1 + c.priority % 5;
                ++c.version;
                m.upsert(c);
                break;
            }
            case 2: { // a new subject: the row may start or stop matching
                Contact c = m.contact(urng.bounded(m.rowCount()));
                c.subject = urng.bounded(2) ? u"Cykel stulen i Göteborg"_s : u"Hittegods i Borås"_s;
                ++c.version;
                m.upsert(c);
                break;
            }
            default: { // taken by an agent
                Contact c = m.contact(urng.bounded(m.rowCount()));
                c.state = ContactState::Assigned;
                ++c.version;
                m.upsert(c);
            }
            }
        }
        const double perUpdateUs = double(t.nsecsElapsed()) / 1e3 / 1000.0;
        verify(pipeline, filterText);
        return perUpdateUs;
    };
    const double unfilteredUs = updates(QString(), 1);
    const double filteredUs = updates(u"göteborg"_s, 2);
    kc::bench::report("queue.upsert.filtered", "us", filteredUs, "the same updates without a filter", unfilteredUs);
    pipeline.setFilterText(QString());
    // A missed target is reported (and in the JSON lines), not an error; wrong results exit 1 above.
    kc::bench::keep(met);
    return 0;
}
