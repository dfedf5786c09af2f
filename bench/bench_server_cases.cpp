// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Case history of the Release kontaktcenter-server with 1,000,000 reports stored, on SQLite and then
// on PostgreSQL (KC_BENCH_PG_URL, which ./kc bench starts), through the HTTP API, one request at a
// time on a keep-alive connection:
//   GET /api/v1/cases?personnummer=…  p95 (target <= 5 ms)
//   GET /api/v1/cases?q=…             p95 (target <= 50 ms): a mix of a surname, a first name and
//                                     surname, and a surname and a stolen thing; and apart, the
//                                     extremes: a word of every report, two common words never in
//                                     one report, a word of none (each with the same target)
// each against the p95 of GET /api/v1/health on the same connection in the same run.
//
// Seeding: the server's own `user add` creates and migrates the database; then this program fills
// reports, contacts (one per report, linked) and — when the schema has it — the full-text table
// reports_fts with SQL generated inside SQLite (recursive CTEs, chunks of 100,000 rows in one
// transaction each), with distinct valid personnummer (Luhn) for 70 % as many people as reports,
// names, places, offence and municipality codes from the reference data and a search_text built
// like Store's. Secondary indexes of reports and contacts are dropped for the load and made again
// from the schema's own statements. The server is stopped while seeding; the figures also show
// what the server logged as its own handling time, the rest being HTTP and the wire.
// PostgreSQL gets the very same rows: its schema emptied (DROP SCHEMA public) and migrated by
// `user add`, then every column of reports, contacts and case_serials copied from the SQLite
// database through COPY (PostgresCopy; a column on one side only fails the run), its indexes
// made again and VACUUM ANALYZE. So one seeding serves both engines and changes for both at once.
// KC_BENCH_SCALE scales the number of reports (0.01: 10,000).
#include "benchharness.h"
#include "core/jsoncodec.h"
#include "core/personnummer.h"
#include "core/referencedata.h"
#include "server/database.h"
#include "serverbench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace kc::bench;
using namespace kc::bench::server;

namespace {

const QStringList firstNames = {
    QStringLiteral("Anna"),   QStringLiteral("Eva"),     QStringLiteral("Maria"),    QStringLiteral("Karin"),
    QStringLiteral("Sara"),   QStringLiteral("Lena"),    QStringLiteral("Kerstin"),  QStringLiteral("Emma"),
    QStringLiteral("Ingrid"), QStringLiteral("Marie"),   QStringLiteral("Malin"),    QStringLiteral("Jenny"),
    QStringLiteral("Hanna"),  QStringLiteral("Linda"),   QStringLiteral("Elin"),     QStringLiteral("Sofia"),
    QStringLiteral("Annika"), QStringLiteral("Johanna"), QStringLiteral("Birgitta"), QStringLiteral("Ida"),
    QStringLiteral("Lars"),   QStringLiteral("Mikael"),  QStringLiteral("Anders"),   QStringLiteral("Johan"),
    QStringLiteral("Erik"),   QStringLiteral("Per"),     QStringLiteral("Karl"),     QStringLiteral("Peter"),
    QStringLiteral("Thomas"), QStringLiteral("Jan"),     QStringLiteral("Daniel"),   QStringLiteral("Fredrik"),
    QStringLiteral("Hans"),   QStringLiteral("Andreas"), QStringLiteral("Stefan"),   QStringLiteral("Mohamed"),
    QStringLiteral("Bengt"),  QStringLiteral("Magnus"),  QStringLiteral("Mats"),     QStringLiteral("Oskar")};

const QStringList surnames = {QStringLiteral("Andersson"),  QStringLiteral("Johansson"),  QStringLiteral("Karlsson"),
                              QStringLiteral("Nilsson"),    QStringLiteral("Eriksson"),   QStringLiteral("Larsson"),
                              QStringLiteral("Olsson"),     QStringLiteral("Persson"),    QStringLiteral("Svensson"),
                              QStringLiteral("Gustafsson"), QStringLiteral("Pettersson"), QStringLiteral("Jonsson"),
                              QStringLiteral("Jansson"),    QStringLiteral("Hansson"),    QStringLiteral("Bengtsson"),
                              QStringLiteral("Jönsson"),    QStringLiteral("Lindberg"),   QStringLiteral("Jakobsson"),
                              QStringLiteral("Magnusson"),  QStringLiteral("Lindström"),  QStringLiteral("Olofsson"),
                              QStringLiteral("Lindqvist"),  QStringLiteral("Lindgren"),   QStringLiteral("Berg"),
                              QStringLiteral("Axelsson"),   QStringLiteral("Bergström"),  QStringLiteral("Lundberg"),
                              QStringLiteral("Lind"),       QStringLiteral("Lundgren"),   QStringLiteral("Lundqvist"),
                              QStringLiteral("Mattsson"),   QStringLiteral("Berglund"),   QStringLiteral("Fredriksson"),
                              QStringLiteral("Sandberg"),   QStringLiteral("Henriksson"), QStringLiteral("Forsberg"),
                              QStringLiteral("Sjöberg"),    QStringLiteral("Ali"),        QStringLiteral("Wallin"),
                              QStringLiteral("Engström"),   QStringLiteral("Eklund"),     QStringLiteral("Danielsson"),
                              QStringLiteral("Lundin"),     QStringLiteral("Håkansson"),  QStringLiteral("Björk"),
                              QStringLiteral("Bergman"),    QStringLiteral("Gunnarsson"), QStringLiteral("Holm"),
                              QStringLiteral("Wikström"),   QStringLiteral("Samuelsson"), QStringLiteral("Isaksson"),
                              QStringLiteral("Fransson"),   QStringLiteral("Bergqvist"),  QStringLiteral("Nyström"),
                              QStringLiteral("Holmberg"),   QStringLiteral("Arvidsson"),  QStringLiteral("Löfgren"),
                              QStringLiteral("Söderberg"),  QStringLiteral("Nyberg"),     QStringLiteral("Blomqvist")};

// (description, brand)
const QList<std::pair<QString, QString>> items = {{QStringLiteral("Cykel"), QStringLiteral("Crescent")},
                                                  {QStringLiteral("Cykel"), QStringLiteral("Monark")},
                                                  {QStringLiteral("Elcykel"), QStringLiteral("Ecoride")},
                                                  {QStringLiteral("Mobiltelefon"), QStringLiteral("Apple")},
                                                  {QStringLiteral("Mobiltelefon"), QStringLiteral("Samsung")},
                                                  {QStringLiteral("Plånbok"), QStringLiteral("Okänt")},
                                                  {QStringLiteral("Bärbar dator"), QStringLiteral("Lenovo")},
                                                  {QStringLiteral("Bärbar dator"), QStringLiteral("Apple")},
                                                  {QStringLiteral("Surfplatta"), QStringLiteral("Samsung")},
                                                  {QStringLiteral("Hörlurar"), QStringLiteral("Sony")},
                                                  {QStringLiteral("Handväska"), QStringLiteral("Okänt")},
                                                  {QStringLiteral("Kamera"), QStringLiteral("Canon")},
                                                  {QStringLiteral("Borrmaskin"), QStringLiteral("Makita")},
                                                  {QStringLiteral("Motorsåg"), QStringLiteral("Husqvarna")},
                                                  {QStringLiteral("Moped"), QStringLiteral("Peugeot")},
                                                  {QStringLiteral("Båtmotor"), QStringLiteral("Yamaha")},
                                                  {QStringLiteral("Klocka"), QStringLiteral("Seiko")},
                                                  {QStringLiteral("Ryggsäck"), QStringLiteral("Fjällräven")},
                                                  {QStringLiteral("Körkort"), QStringLiteral("Okänt")},
                                                  {QStringLiteral("Nycklar"), QStringLiteral("Okänt")}};

const QStringList places = {QStringLiteral("Stationen"),
                            QStringLiteral("Cykelstället vid centralstationen"),
                            QStringLiteral("Parkeringen vid ICA"),
                            QStringLiteral("Busshållplatsen"),
                            QStringLiteral("Skolgården"),
                            QStringLiteral("Entrén till köpcentret"),
                            QStringLiteral("Källarförrådet"),
                            QStringLiteral("Garaget"),
                            QStringLiteral("Tvättstugan"),
                            QStringLiteral("Gymmet"),
                            QStringLiteral("Biblioteket"),
                            QStringLiteral("Simhallen"),
                            QStringLiteral("Torget"),
                            QStringLiteral("Parkeringshuset"),
                            QStringLiteral("Trapphuset"),
                            QStringLiteral("Båthamnen"),
                            QStringLiteral("Idrottsplatsen"),
                            QStringLiteral("Pendeltågsstationen"),
                            QStringLiteral("Arbetsplatsen"),
                            QStringLiteral("Restaurangen")};

const QStringList words = {QStringLiteral("låst"),        QStringLiteral("olåst"),      QStringLiteral("kedja"),
                           QStringLiteral("avklippt"),    QStringLiteral("morgonen"),   QStringLiteral("kvällen"),
                           QStringLiteral("natten"),      QStringLiteral("helgen"),     QStringLiteral("grannen"),
                           QStringLiteral("vittne"),      QStringLiteral("kameran"),    QStringLiteral("övervakning"),
                           QStringLiteral("dörren"),      QStringLiteral("fönstret"),   QStringLiteral("bilen"),
                           QStringLiteral("förrådet"),    QStringLiteral("trappan"),    QStringLiteral("gården"),
                           QStringLiteral("porten"),      QStringLiteral("skadad"),     QStringLiteral("bruten"),
                           QStringLiteral("sönder"),      QStringLiteral("försvunnen"), QStringLiteral("hittad"),
                           QStringLiteral("misstänkt"),   QStringLiteral("ungdomar"),   QStringLiteral("mannen"),
                           QStringLiteral("kvinnan"),     QStringLiteral("sprang"),     QStringLiteral("cyklade"),
                           QStringLiteral("vit"),         QStringLiteral("svart"),      QStringLiteral("röd"),
                           QStringLiteral("blå"),         QStringLiteral("grå"),        QStringLiteral("jacka"),
                           QStringLiteral("luvtröja"),    QStringLiteral("mössa"),      QStringLiteral("väska"),
                           QStringLiteral("inbrottet"),   QStringLiteral("försäkring"), QStringLiteral("kvitto"),
                           QStringLiteral("serienummer"), QStringLiteral("ramnummer"),  QStringLiteral("larmet"),
                           QStringLiteral("väktare"),     QStringLiteral("butiken"),    QStringLiteral("kassan"),
                           QStringLiteral("kortet"),      QStringLiteral("spärrat"),    QStringLiteral("kontot"),
                           QStringLiteral("banken"),      QStringLiteral("telefonen"),  QStringLiteral("sms"),
                           QStringLiteral("bedrägeri"),   QStringLiteral("lappen"),     QStringLiteral("kvarteret"),
                           QStringLiteral("parkerad"),    QStringLiteral("uppbruten"),  QStringLiteral("stulen")};

constexpr qint64 Prime = 4294967291; // for the pseudo-random picks: (n * a + b) % Prime % size

QString sqlQuote(const QString& s)
{
    return u'\'' + QString(s).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// Puts values into {name} slots; SQL is full of % signs, so QString::arg() is no use here.
QString fill(QString sql, const QList<std::pair<const char*, QString>>& values)
{
    for (const auto& [name, value] : values)
        sql.replace(u'{' + QString::fromLatin1(name) + u'}', value);
    return sql;
}

QString pick(const QString& n, qint64 a, qint64 b, qsizetype size)
{
    return QStringLiteral("((%1 * %2 + %3) % %4 % %5)").arg(n).arg(a).arg(b).arg(Prime).arg(size);
}

class Seeder
{
public:
    Seeder(const QString& path, int reports, QString agentId, QString intakeId)
        : m_reports(reports)
        , m_persons(std::max(1, reports * 7 / 10))
        , m_agent(std::move(agentId))
        , m_intake(std::move(intakeId))
    {
        // The server's own connection code (portable exec, kept prepared statements), on the
        // database the server created.
        kc::server::DatabaseUrl url;
        url.dialect = kc::server::Dialect::Sqlite;
        url.path = path;
        auto db = kc::server::Database::open(url, QStringLiteral("seed"));
        if (!db)
            fail(QStringLiteral("cannot open %1: %2").arg(path, db.error().message));
        m_db = std::move(db).value();
    }

    void run();
    QStringList samplePersonnummer(int count);

private:
    kc::server::Statement exec(const QString& sql, const QVariantList& args = {});
    void fillVocabulary();
    QString reportBodyTemplate(bool injured, QStringList* args) const;

    int m_reports;
    int m_persons;
    QString m_agent, m_intake;
    std::unique_ptr<kc::server::Database> m_db;
};

kc::server::Statement Seeder::exec(const QString& sql, const QVariantList& args)
{
    auto q = m_db->exec(sql, args);
    if (!q)
        fail(QStringLiteral("seeding: %1\nin: %2").arg(q.error().message, sql.left(600)));
    return std::move(q).value();
}

void Seeder::fillVocabulary()
{
    auto table = [&](const QString& name, const QStringList& values) {
        exec(QStringLiteral("CREATE TEMP TABLE %1 (i INTEGER PRIMARY KEY, w TEXT NOT NULL)").arg(name));
        for (qsizetype i = 0; i < values.size(); ++i)
            exec(QStringLiteral("INSERT INTO %1 (i, w) VALUES (?, ?)").arg(name), {i, values[i]});
    };
    table(QStringLiteral("seed_first"), firstNames);
    table(QStringLiteral("seed_last"), surnames);
    table(QStringLiteral("seed_place"), places);
    table(QStringLiteral("seed_word"), words);
    exec(QStringLiteral(
        "CREATE TEMP TABLE seed_item (i INTEGER PRIMARY KEY, descr TEXT NOT NULL, brand TEXT NOT NULL)"));
    for (qsizetype i = 0; i < items.size(); ++i)
        exec(QStringLiteral("INSERT INTO seed_item VALUES (?, ?, ?)"), {i, items[i].first, items[i].second});
    exec(QStringLiteral("CREATE TEMP TABLE seed_code (i INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL)"));
    exec(QStringLiteral("CREATE TEMP TABLE seed_mun (i INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL)"));
    const auto& ref = kc::ReferenceData::builtin();
    qsizetype i = 0;
    for (const auto& o : ref.offenceTypes())
        if (!o.isEnded()) // new reports never carry an ended code
            exec(QStringLiteral("INSERT INTO seed_code VALUES (?, ?, ?)"), {i++, o.code, o.name});
    i = 0;
    for (const auto& m : ref.municipalities())
        exec(QStringLiteral("INSERT INTO seed_mun VALUES (?, ?, ?)"), {i++, m.code, m.name});
}

// How many offence codes are in use (the rows of seed_code).
static qsizetype offeredCodes()
{
    const auto& all = kc::ReferenceData::builtin().offenceTypes();
    return std::count_if(all.cbegin(), all.cend(), [](const kc::OffenceType& o) { return !o.isEnded(); });
}

// A report as the server stores it (json::toJson of a kc::Report), with markers where each row
// differs; returns a printf() format and, in order, the SQL expressions for its %s.
QString Seeder::reportBodyTemplate(bool injured, QStringList* args) const
{
    kc::Report r;
    r.id = QStringLiteral("@id@");
    r.caseNumber = QStringLiteral("@cn@");
    r.version = 1;
    r.offenceCode = QStringLiteral("@oc@");
    r.occurredFrom = QDateTime::currentDateTimeUtc();
    r.location.municipalityCode = QStringLiteral("@mc@");
    r.location.description = QStringLiteral("@place@");
    r.reporter.name = QStringLiteral("@pname@");
    r.reporter.personnummer = QStringLiteral("@pnr@");
    r.reporter.phone = QStringLiteral("@phone@");
    if (injured) {
        r.injuredPartyIsReporter = false;
        kc::Person p;
        p.name = QStringLiteral("@iname@");
        p.personnummer = QStringLiteral("@ipnr@");
        r.injuredParty = p;
    }
    r.stolenItems.append(kc::StolenItem{QStringLiteral("@item@"), QStringLiteral("@brand@"), std::nullopt,
                                        QStringLiteral("@serial@"), 4500});
    r.narrative = QStringLiteral("@narrative@");
    r.createdBy = m_agent;
    r.createdAt = r.updatedAt = r.occurredFrom;
    QJsonObject o = kc::json::toJson(r);
    o.insert(QStringLiteral("occurredFrom"), QStringLiteral("@from@"));
    o.insert(QStringLiteral("createdAt"), QStringLiteral("@created@"));
    o.insert(QStringLiteral("updatedAt"), QStringLiteral("@created@"));
    QString text =
        QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)).replace(u'%', QStringLiteral("%%"));
    const QList<std::pair<QString, QString>> markers = {
        {QStringLiteral("\"@id@\""), QStringLiteral("id")},
        {QStringLiteral("\"@cn@\""), QStringLiteral("cn")},
        {QStringLiteral("\"@oc@\""), QStringLiteral("oc")},
        {QStringLiteral("\"@mc@\""), QStringLiteral("mc")},
        {QStringLiteral("\"@place@\""), QStringLiteral("place")},
        {QStringLiteral("\"@pname@\""), QStringLiteral("pname")},
        {QStringLiteral("\"@pnr@\""), QStringLiteral("pnr")},
        {QStringLiteral("\"@phone@\""), QStringLiteral("phone")},
        {QStringLiteral("\"@iname@\""), QStringLiteral("iname")},
        {QStringLiteral("\"@ipnr@\""), QStringLiteral("ipnr")},
        {QStringLiteral("\"@item@\""), QStringLiteral("item")},
        {QStringLiteral("\"@brand@\""), QStringLiteral("brand")},
        {QStringLiteral("\"@serial@\""), QStringLiteral("serial")},
        {QStringLiteral("\"@narrative@\""), QStringLiteral("narrative")},
        {QStringLiteral("\"@from@\""), QStringLiteral("occurred")},
        {QStringLiteral("\"@created@\""), QStringLiteral("createdText")}};
    // Replace markers left to right so the printf arguments come in the order of the text.
    for (;;) {
        qsizetype best = -1;
        const std::pair<QString, QString>* which = nullptr;
        for (const auto& m : markers) {
            const qsizetype at = text.indexOf(m.first);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
                which = &m;
            }
        }
        if (!which)
            break;
        text.replace(best, which->first.size(), QStringLiteral("\"%s\""));
        args->append(which->second);
    }
    return text;
}

void Seeder::run()
{
    QElapsedTimer total;
    total.start();
    // Bulk-load settings of this connection only; the server sets its own (WAL) when it opens.
    exec(QStringLiteral("PRAGMA journal_mode=OFF")).finish();
    for (const char* pragma : {"PRAGMA synchronous=OFF", "PRAGMA cache_size=-2000000", "PRAGMA temp_store=MEMORY",
                               "PRAGMA locking_mode=EXCLUSIVE"})
        exec(QString::fromLatin1(pragma)).finish();
    fillVocabulary();

    // People: distinct valid personnummer (Luhn over YYMMDDNNN), name and mobile number.
    QStringList luhn;
    for (int i = 1; i <= 9; ++i) {
        const QString d = QStringLiteral("CAST(substr(nine, %1, 1) AS INTEGER) * %2").arg(i).arg(i % 2 ? 2 : 1);
        luhn << QStringLiteral("(%1 / 10 + %1 % 10)").arg(d);
    }
    exec(QStringLiteral("CREATE TEMP TABLE seed_person (p INTEGER PRIMARY KEY, pnr TEXT NOT NULL, name TEXT NOT NULL,"
                        " phone TEXT NOT NULL)"));
    exec(fill(
        QStringLiteral(
            "INSERT INTO seed_person (p, pnr, name, phone)"
            " WITH RECURSIVE seq(p) AS (SELECT 0 UNION ALL SELECT p + 1 FROM seq WHERE p < {last}),"
            " d AS MATERIALIZED (SELECT p, replace(date('1935-01-01', '+' || (p % 29000) || ' days'), '-', '') AS ymd,"
            "   ((p / 29000) + (p % 29000) * 7) % 1000 AS serial FROM seq),"
            " nn AS MATERIALIZED (SELECT p, ymd, substr(ymd, 3) || printf('%03d', serial) AS nine FROM d)"
            " SELECT p, ymd || substr(nine, 7) || ((10 - ({luhn}) % 10) % 10),"
            "   (SELECT w FROM seed_first WHERE i = {first}) || ' ' || (SELECT w FROM seed_last WHERE i = {surname}),"
            "   '+4670' || printf('%07d', (p * 7919) % 10000000)"
            " FROM nn"),
        {{"last", QString::number(m_persons - 1)},
         {"luhn", luhn.join(QStringLiteral(" + "))},
         {"first", pick(QStringLiteral("p"), 2654435761, 1, firstNames.size())},
         {"surname", pick(QStringLiteral("p"), 40503, 11, surnames.size())}}));
    std::printf("  seeding: %d people in %.1f s\n", m_persons, double(total.elapsed()) / 1000);
    std::fflush(stdout);

    QStringList plainArgs, injuredArgs;
    const QString plain = reportBodyTemplate(false, &plainArgs);
    const QString injured = reportBodyTemplate(true, &injuredArgs);
    auto printfOf = [](const QString& format, const QStringList& args) {
        return QStringLiteral("printf(%1, %2)").arg(sqlQuote(format), args.join(QStringLiteral(", ")));
    };
    const bool fts = exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'reports_fts'")).next();
    if (fts) {
        QStringList columns;
        auto q = exec(QStringLiteral("PRAGMA table_info(reports_fts)"));
        while (q.next())
            columns << q.value(1).toString();
        if (columns != QStringList{QStringLiteral("text")})
            fail(QStringLiteral("reports_fts has columns %1; update the seeding of bench_server_cases")
                     .arg(columns.join(u',')));
    }

    // Reports over the last five years, newest last; one contact each.
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    const qint64 span = 5LL * 365 * 86400 * 1000;
    const qint64 step = std::max<qint64>(1000, span / m_reports / 1000 * 1000);
    const qint64 t0 = now - step * (m_reports + 1);
    const int chunk = 100000;
    QStringList narrative{QStringLiteral("'Anmälaren uppger att '")};
    for (int w = 0; w < 8; ++w)
        narrative << QStringLiteral("(SELECT w FROM seed_word WHERE i = %1)")
                         .arg(pick(QStringLiteral("n"), 2654435761 + 2 * w, 101 + w * 7, words.size()));
    // Secondary indexes are dropped during the load and made again afterwards from the schema's own
    // statements (building an index from all rows at once is much faster than growing it).
    QStringList indexes;
    {
        auto q = exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                     " AND tbl_name IN ('reports', 'contacts')"));
        QStringList names;
        while (q.next()) {
            names << q.value(0).toString();
            indexes << q.value(1).toString();
        }
        q.finish();
        for (const QString& name : std::as_const(names))
            exec(QStringLiteral("DROP INDEX %1").arg(name));
    }
    for (int from = 1; from <= m_reports; from += chunk) {
        const int to = std::min(m_reports, from + chunk - 1);
        QElapsedTimer t;
        t.start();
        exec(QStringLiteral("BEGIN"));
        auto last = exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM reports"));
        last.next();
        const qint64 before = last.value(0).toLongLong();
        last.finish();
        exec(fill(
            QStringLiteral(
                "INSERT INTO reports (id, case_number, version, contact_id, offence_code, reporter_personnummer,"
                " injured_personnummer, reporter_phone, body, search_text, created_by, created_at, updated_at)"
                " WITH RECURSIVE seq(n) AS (SELECT {from} UNION ALL SELECT n + 1 FROM seq WHERE n < {to}),"
                " r AS MATERIALIZED (SELECT n, 'r-' || lower(hex(randomblob(12))) AS id, {t0} + n * {step} AS created,"
                "   '1400-K' || n || '-' || substr(strftime('%Y', ({t0} + n * {step}) / 1000, 'unixepoch'), 3) AS cn,"
                "   o.code AS oc, o.name AS oname, m.code AS mc, m.name AS mname,"
                "   pr.pnr AS pnr, pr.name AS pname, pr.phone AS phone,"
                "   CASE WHEN n % 10 = 0 THEN inj.pnr END AS ipnr, CASE WHEN n % 10 = 0 THEN inj.name END AS iname,"
                "   pl.w AS place, it.descr AS item, it.brand AS brand,"
                "   upper(hex(randomblob(5))) AS serial, {narrative} AS narrative"
                "   FROM seq JOIN seed_person pr ON pr.p = n % {persons} JOIN seed_person inj ON inj.p = (n * 7 + 3) % "
                "{persons}"
                "   JOIN seed_code o ON o.i = {code} JOIN seed_mun m ON m.i = {mun} JOIN seed_place pl ON pl.i = "
                "{place}"
                "   JOIN seed_item it ON it.i = {item}),"
                " f AS (SELECT *, strftime('%Y-%m-%dT%H:%M:%SZ', (created - (n * 37 % 72) * 3600000) / 1000,"
                "   'unixepoch') AS occurred, strftime('%Y-%m-%dT%H:%M:%SZ', created / 1000, 'unixepoch') AS"
                "   createdText FROM r)"
                " SELECT id, cn, 1, NULL, oc, pnr, ipnr, phone,"
                "   CASE WHEN ipnr IS NULL THEN {plain} ELSE {injured} END,"
                "   lower(cn || ' ' || narrative || ' ' || pname || ' ' || place || ' ' || oname || ' ' || mname ||"
                "   COALESCE(' ' || iname, '') || ' ' || item || ' ' || brand || ' ' || serial),"
                "   {agent}, created, created FROM f"),
            {{"from", QString::number(from)},
             {"to", QString::number(to)},
             {"t0", QString::number(t0)},
             {"step", QString::number(step)},
             {"narrative", narrative.join(QStringLiteral(" || ' ' || "))},
             {"persons", QString::number(m_persons)},
             {"code", pick(QStringLiteral("n"), 2654435761, 3, offeredCodes())},
             {"mun", pick(QStringLiteral("n"), 40503, 5, kc::ReferenceData::builtin().municipalities().size())},
             {"place", pick(QStringLiteral("n"), 69069, 13, places.size())},
             {"item", pick(QStringLiteral("n"), 1103515245, 12345, items.size())},
             {"plain", printfOf(plain, plainArgs)},
             {"injured", printfOf(injured, injuredArgs)},
             {"agent", sqlQuote(m_agent)}}));
        const double reportsSeconds = double(t.elapsed()) / 1000;
        exec(QStringLiteral("INSERT INTO contacts (id, channel, queue, state, priority, caller, caller_personnummer,"
                            " caller_phone, subject, language, received_at, assigned_to, assigned_at, completed_at,"
                            " disposition, report_id, version, created_by)"
                            " SELECT 'c-' || lower(hex(randomblob(12))), 'phone', 'anmalan', 'completed', 3,"
                            "   json_object('name', json_extract(body, '$.reporter.name'), 'personnummer',"
                            "   reporter_personnummer, 'phone', reporter_phone), reporter_personnummer, reporter_phone,"
                            "   'Anmälan', 'sv', created_at - 900000, %1, created_at - 840000, created_at + 120000,"
                            "   'report_filed', id, 3, %2 FROM reports WHERE rowid > %3")
                 .arg(sqlQuote(m_agent), sqlQuote(m_intake))
                 .arg(before));
        const double contactsSeconds = double(t.elapsed()) / 1000 - reportsSeconds;
        if (fts)
            // Schema 3: the full-text row shares the report's rowid.
            exec(QStringLiteral("INSERT INTO reports_fts (rowid, text) SELECT rowid, search_text FROM reports"
                                " WHERE rowid > %1")
                     .arg(before));
        exec(QStringLiteral("COMMIT"));
        std::printf("  seeding: reports %d–%d in %.1f s, contacts in %.1f s%s in %.1f s\n", from, to, reportsSeconds,
                    contactsSeconds, fts ? ", reports_fts" : "",
                    double(t.elapsed()) / 1000 - reportsSeconds - contactsSeconds);
        std::fflush(stdout);
    }
    QElapsedTimer t;
    t.start();
    for (const QString& sql : std::as_const(indexes))
        exec(sql);
    std::printf("  seeding: %lld indexes of reports and contacts made again in %.1f s\n", qint64(indexes.size()),
                double(t.elapsed()) / 1000);
    // The server numbers new cases after the seeded ones.
    exec(QStringLiteral("INSERT INTO case_serials (prefix, year, next) SELECT 1400,"
                        " CAST(strftime('%Y', created_at / 1000, 'unixepoch') AS INTEGER),"
                        " MAX(CAST(substr(case_number, 7) AS INTEGER)) FROM reports WHERE true GROUP BY 2"
                        " ON CONFLICT (prefix, year) DO UPDATE SET next = MAX(next, excluded.next)"));
    exec(QStringLiteral("PRAGMA journal_mode=WAL")).finish();
    std::printf("  seeding: %d reports, %d contacts%s in %.1f s\n", m_reports, m_reports,
                fts ? ", reports_fts (the server's full-text table)" : ", no full-text table in this schema",
                double(total.elapsed()) / 1000);
    std::fflush(stdout);
}

QStringList Seeder::samplePersonnummer(int count)
{
    QStringList out;
    auto* rng = QRandomGenerator::global();
    for (int i = 0; i < count; ++i) {
        auto q = exec(QStringLiteral("SELECT reporter_personnummer FROM reports WHERE rowid = ?"),
                      {rng->bounded(1, m_reports + 1)});
        if (!q.next())
            fail(QStringLiteral("no report to take a personnummer from"));
        const QString pnr = q.value(0).toString();
        if (const auto parsed = kc::Personnummer::parse(pnr); !parsed)
            fail(QStringLiteral("the seed made an invalid personnummer %1: %2").arg(pnr, parsed.error().message));
        out << pnr;
    }
    return out;
}

struct Latencies
{
    QList<double> ms;
    qint64 items = 0;
    void add(const HttpResponse& r)
    {
        ms.append(double(r.nanoseconds) / 1e6);
        items += r.json().value(u"items").toArray().size();
    }
    double p(double q) const { return percentile(ms, q); }
    QString describe() const
    {
        return QStringLiteral("%1 requests, p50 %2 ms, p95 %3 ms, max %4 ms, %5 items per answer on average")
            .arg(ms.size())
            .arg(p(50), 0, 'f', 2)
            .arg(p(95), 0, 'f', 2)
            .arg(p(100), 0, 'f', 2)
            .arg(ms.isEmpty() ? 0.0 : double(items) / double(ms.size()), 0, 'f', 1);
    }
};

// ---- PostgreSQL: the same rows, copied ----------------------------------------------------------

// psql on the benchmark's database; fails the benchmark on any error.
void psql(const QString& url, const QString& command)
{
    QByteArray out;
    if (runToEnd(QStringLiteral("psql"),
                 {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                  QStringLiteral("-d"), url, QStringLiteral("-c"), command},
                 {}, &out, 3600000) != 0)
        fail(QStringLiteral("psql %1: %2").arg(command.left(200), QString::fromUtf8(out)));
}

// Fills the PostgreSQL database (migrated by the server's own `user add`) with exactly the rows the
// SQLite seeding made: every column the server's schema has in reports, contacts and case_serials,
// streamed through COPY (psql's \copy). The stored full-text column is generated by PostgreSQL
// itself. A column on one side only fails the benchmark, so a schema change cannot leave this
// copy behind silently. The ids of the SQLite database's users become those of PostgreSQL's.
class PostgresCopy
{
public:
    PostgresCopy(const QString& sqlitePath, QString pgUrl, QHash<QString, QString> userIds)
        : m_url(std::move(pgUrl))
        , m_userIds(std::move(userIds))
    {
        kc::server::DatabaseUrl url;
        url.dialect = kc::server::Dialect::Sqlite;
        url.path = sqlitePath;
        auto db = kc::server::Database::attach(url, QStringLiteral("copy-from"));
        if (!db)
            fail(QStringLiteral("cannot open %1: %2").arg(sqlitePath, db.error().message));
        m_sqlite = std::move(db).value();
        auto pgUrlParsed = kc::server::DatabaseUrl::parse(m_url);
        if (!pgUrlParsed)
            fail(QStringLiteral("KC_BENCH_PG_URL: %1").arg(pgUrlParsed.error().message));
        auto pg = kc::server::Database::attach(*pgUrlParsed, QStringLiteral("copy-to"));
        if (!pg)
            fail(QStringLiteral("cannot open %1: %2").arg(m_url, pg.error().message));
        m_pg = std::move(pg).value();
    }

    void run()
    {
        QElapsedTimer total;
        total.start();
        // Secondary indexes are dropped during the load and made again from their own definitions.
        QStringList names, definitions;
        {
            auto q = pgExec(
                QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN"
                               " ('reports', 'contacts') AND indexname NOT IN (SELECT conname FROM pg_constraint)"));
            while (q.next()) {
                names << q.value(0).toString();
                definitions << q.value(1).toString();
            }
        }
        for (const QString& name : std::as_const(names))
            pgExec(QStringLiteral("DROP INDEX %1").arg(name));
        for (const char* table : {"reports", "contacts", "case_serials"}) {
            QElapsedTimer t;
            t.start();
            const qint64 rows = copyTable(QString::fromLatin1(table));
            std::printf("  seeding PostgreSQL: %lld rows of %s copied in %.1f s\n", rows, table,
                        double(t.elapsed()) / 1000);
            std::fflush(stdout);
        }
        QElapsedTimer t;
        t.start();
        for (const QString& sql : std::as_const(definitions))
            pgExec(sql);
        std::printf("  seeding PostgreSQL: %lld indexes of reports and contacts made again in %.1f s\n",
                    qint64(definitions.size()), double(t.elapsed()) / 1000);
        t.restart();
        // As a database in service would be: statistics and the visibility map up to date.
        pgExec(QStringLiteral("VACUUM ANALYZE reports"));
        pgExec(QStringLiteral("VACUUM ANALYZE contacts"));
        std::printf("  seeding PostgreSQL: VACUUM ANALYZE in %.1f s; copy in all %.1f s\n", double(t.elapsed()) / 1000,
                    double(total.elapsed()) / 1000);
        std::fflush(stdout);
    }

private:
    kc::server::Statement pgExec(const QString& sql)
    {
        auto q = m_pg->exec(sql);
        if (!q)
            fail(QStringLiteral("PostgreSQL: %1\nin: %2").arg(q.error().message, sql.left(300)));
        return std::move(q).value();
    }

    QStringList columns(kc::server::Database& db, const QString& sql)
    {
        auto q = db.exec(sql);
        if (!q)
            fail(QStringLiteral("%1: %2").arg(sql, q.error().message));
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    }

    qint64 copyTable(const QString& table)
    {
        // Generated columns (the stored tsvector) are PostgreSQL's own.
        const QStringList pgColumns = columns(
            *m_pg, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
                                  " AND table_name = '%1' AND is_generated = 'NEVER' ORDER BY ordinal_position")
                       .arg(table));
        QStringList sqliteColumns =
            columns(*m_sqlite, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        QStringList sortedPg = pgColumns, sortedSqlite = sqliteColumns;
        sortedPg.sort();
        sortedSqlite.sort();
        if (sortedPg != sortedSqlite)
            fail(QStringLiteral("%1 has columns %2 on PostgreSQL but %3 on SQLite; update the seeding of "
                                "bench_server_cases")
                     .arg(table, sortedPg.join(u','), sortedSqlite.join(u',')));
        const QString list = pgColumns.join(QStringLiteral(", "));
        QProcess psql;
        psql.setProcessChannelMode(QProcess::MergedChannels);
        psql.start(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                    QStringLiteral("-d"), m_url, QStringLiteral("-c"),
                    QStringLiteral("\\copy %1 (%2) FROM pstdin WITH (FORMAT csv)").arg(table, list)});
        if (!psql.waitForStarted())
            fail(QStringLiteral("psql did not start: %1").arg(psql.errorString()));
        auto q = m_sqlite->exec(QStringLiteral("SELECT %1 FROM %2").arg(list, table));
        if (!q)
            fail(QStringLiteral("reading %1: %2").arg(table, q.error().message));
        const int n = int(pgColumns.size());
        QByteArray buffer;
        qint64 rows = 0;
        auto drain = [&] {
            psql.write(buffer);
            buffer.clear();
            while (psql.bytesToWrite() > 0)
                if (!psql.waitForBytesWritten(600000))
                    fail(QStringLiteral("psql stopped reading %1: %2").arg(table, QString::fromUtf8(psql.readAll())));
        };
        while (q->next()) {
            for (int i = 0; i < n; ++i) {
                if (i)
                    buffer += ',';
                const QVariant v = q->value(i);
                if (v.isNull())
                    continue; // unquoted empty: NULL
                QString text = v.toString();
                if (text.size() <= 64)
                    text = m_userIds.value(text, text);
                buffer += '"';
                buffer += text.toUtf8().replace('"', "\"\"");
                buffer += '"';
            }
            buffer += '\n';
            ++rows;
            if (buffer.size() > 8 * 1024 * 1024)
                drain();
        }
        q->finish();
        drain();
        psql.closeWriteChannel();
        if (!psql.waitForFinished(3600000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0)
            fail(QStringLiteral("copying %1 into PostgreSQL failed: %2").arg(table, QString::fromUtf8(psql.readAll())));
        return rows;
    }

    QString m_url;
    QHash<QString, QString> m_userIds;
    std::unique_ptr<kc::server::Database> m_sqlite, m_pg;
};

// What one durable commit costs on the benchmark's PostgreSQL (fsync on): every audited read commits
// its audit row before it answers ("no audit row, no data"), and with one request at a time there
// is nothing to group it with, so this is the floor of an audited read there. One row per commit
// into a plain (WAL-logged) table, from this process over the same loopback.
QList<double> durableCommits(const QString& pgUrl, int count)
{
    auto url = kc::server::DatabaseUrl::parse(pgUrl);
    if (!url)
        fail(QStringLiteral("KC_BENCH_PG_URL: %1").arg(url.error().message));
    auto db = kc::server::Database::attach(*url, QStringLiteral("commits"));
    if (!db)
        fail(QStringLiteral("cannot open %1: %2").arg(pgUrl, db.error().message));
    auto run = [&](const QString& sql, const QVariantList& args = {}) {
        if (auto q = (*db)->exec(sql, args); !q)
            fail(QStringLiteral("PostgreSQL: %1").arg(q.error().message));
    };
    run(QStringLiteral("CREATE TABLE bench_commits (n BIGINT NOT NULL, at BIGINT NOT NULL)"));
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        const qint64 from = nowNs();
        run(QStringLiteral("INSERT INTO bench_commits (n, at) VALUES (?, ?)"), {i, from});
        ms.append(double(nowNs() - from) / 1e6);
    }
    run(QStringLiteral("DROP TABLE bench_commits"));
    return ms;
}

// The figures of one engine.
struct Figures
{
    Latencies health, byPnr, byText;
    Latencies kinds[3];
    QList<std::pair<QString, Latencies>> edges;
};

} // namespace

namespace {

// Starts the server on its database, measures every series and stops it.
Figures measure(BenchServer& server, const QStringList& personnummer, const char* engine)
{
    server.start();
    const QByteArray token = server.login(QStringLiteral("bench-agent"));
    HttpClient client(server.port());
    const Headers auth = bearer(token);

    auto get = [&](const QByteArray& path) {
        const HttpResponse r = client.request("GET", path, auth, {}, 120000);
        if (r.status != 200)
            fail(QStringLiteral("GET %1 answered %2: %3")
                     .arg(QString::fromUtf8(path))
                     .arg(r.status)
                     .arg(QString::fromUtf8(r.body)));
        return r;
    };
    // Up to `count` requests, but at most `seconds` of them (a slow search must not take forever).
    auto series = [&](int count, int seconds, const std::function<QByteArray(int)>& path) {
        Latencies l;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < count && (i < 20 || t.elapsed() < seconds * 1000); ++i)
            l.add(get(path(i)));
        return l;
    };
    auto pnrPath = [&](int i) {
        return QByteArray("/api/v1/cases?personnummer=" + personnummer[i % personnummer.size()].toLatin1());
    };
    // Free text as an agent types it: a surname; first name and surname; surname and a stolen thing.
    auto textQuery = [&](int i) -> QString {
        auto* rng = QRandomGenerator::global();
        const QString last = surnames[rng->bounded(int(surnames.size()))];
        switch (i % 3) {
        case 0:
            return last;
        case 1:
            return firstNames[rng->bounded(int(firstNames.size()))] + u' ' + last;
        default:
            return last + u' ' + items[rng->bounded(int(items.size()))].first.toLower();
        }
    };
    auto textPath = [&](const QString& q) { return QByteArray("/api/v1/cases?q=" + QUrl::toPercentEncoding(q)); };

    Figures f;
    // Warm-up, then each series.
    series(30, 10, [](int) { return QByteArray("/api/v1/health"); });
    const qsizetype warmCases =
        series(30, 10, pnrPath).ms.size() + series(30, 10, [&](int i) { return textPath(textQuery(i)); }).ms.size();
    f.health = series(400, 20, [](int) { return QByteArray("/api/v1/health"); });
    std::printf("  %s GET /health:                    %s\n", engine, qPrintable(f.health.describe()));
    std::fflush(stdout);
    f.byPnr = series(400, 30, [&](int i) { return pnrPath(i + 30); });
    std::printf("  %s GET /cases?personnummer=…:      %s\n", engine, qPrintable(f.byPnr.describe()));
    std::fflush(stdout);
    {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 300 && (i < 30 || t.elapsed() < 60000); ++i) {
            const HttpResponse r = get(textPath(textQuery(i)));
            f.kinds[i % 3].add(r);
            f.byText.add(r);
        }
    }
    std::printf("  %s GET /cases?q=… (mix):           %s\n", engine, qPrintable(f.byText.describe()));
    const char* kindNames[] = {"surname", "first name + surname", "surname + thing"};
    for (int k = 0; k < 3; ++k)
        std::printf("    q=%-27s %s\n", kindNames[k], qPrintable(f.kinds[k].describe()));
    std::fflush(stdout);
    const qsizetype measuredCases = warmCases + f.byPnr.ms.size() + f.byText.ms.size();
    // The extremes of free text, not in the mix: a word of every report (the seeded narrative
    // starts "Anmälaren uppger att"), two common words that never meet in one report (every report
    // has one stolen thing), and a word of none.
    for (const QString& q : {QStringLiteral("anmälaren"), QStringLiteral("monark samsung"), QStringLiteral("qxzv")}) {
        f.edges.append({q, series(20, 20, [&](int) { return textPath(q); })});
        std::printf("    q=%-27s %s\n", qPrintable(q), qPrintable(f.edges.last().second.describe()));
        std::fflush(stdout);
    }
    server.stop();
    // What the server itself measured per request (its log line): the rest is HTTP and the wire.
    const QList<double> logged = server.loggedMillis(QStringLiteral("GET /api/v1/cases"));
    if (logged.size() >= measuredCases) {
        const QList<double> pnrLogged = logged.mid(warmCases, f.byPnr.ms.size());
        const QList<double> textLogged = logged.mid(warmCases + f.byPnr.ms.size(), f.byText.ms.size());
        std::printf("  %s as logged by the server (handling only): personnummer p50 %.2f ms, p95 %.2f ms; q p50 %.2f"
                    " ms, p95 %.2f ms\n",
                    engine, percentile(pnrLogged, 50), percentile(pnrLogged, 95), percentile(textLogged, 50),
                    percentile(textLogged, 95));
    }
    std::fflush(stdout);
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    prepareProcess();
    const QString pgUrl = qEnvironmentVariable("KC_BENCH_PG_URL");
    if (pgUrl.isEmpty())
        fail(QStringLiteral("KC_BENCH_PG_URL is not set: run this benchmark through ./kc bench, which starts the"
                            " PostgreSQL it measures"));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(QStringLiteral("no temporary directory"));
    // KC_BENCH_KEEP=1 keeps the SQLite database (and leaves PostgreSQL filled) to look into.
    tmp.setAutoRemove(qEnvironmentVariableIsEmpty("KC_BENCH_KEEP"));
    if (!tmp.autoRemove())
        std::printf("  KC_BENCH_KEEP: the SQLite database stays in %s\n", qPrintable(tmp.path()));
    Targets targets;
    const int reports = scaled(1'000'000, 1000);
    std::printf(
        "server case history: %d reports stored (SQLite, then the same rows on PostgreSQL); KC_BENCH_SCALE=%g\n",
        reports, scale());

    const QString dir = tmp.path() + QStringLiteral("/cases");
    QDir().mkpath(dir);
    BenchServer server(dir);
    const QString agentId =
        server.addUser(QStringLiteral("bench-agent"), QStringLiteral("agent"), QStringLiteral("anmalan"));
    const QString intakeId = server.addUser(QStringLiteral("bench-intake"), QStringLiteral("intake"), QString());
    QStringList personnummer;
    {
        Seeder seeder(server.databasePath(), reports, agentId, intakeId);
        seeder.run();
        personnummer = seeder.samplePersonnummer(400);
    }
    // KC_BENCH_CASES_ENGINES=pg measures PostgreSQL only (SQLite is still seeded: its rows are copied).
    const bool pgOnly = qEnvironmentVariable("KC_BENCH_CASES_ENGINES") == u"pg";
    const Figures sqlite = pgOnly ? Figures{} : measure(server, personnummer, "SQLite");

    // PostgreSQL: emptied, migrated by the server's own `user add`, then the same rows.
    const QString pgDir = tmp.path() + QStringLiteral("/cases-pg");
    QDir().mkpath(pgDir);
    psql(pgUrl, QStringLiteral("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
    BenchServer pgServer(pgDir, pgUrl);
    QHash<QString, QString> userIds;
    userIds.insert(agentId,
                   pgServer.addUser(QStringLiteral("bench-agent"), QStringLiteral("agent"), QStringLiteral("anmalan")));
    userIds.insert(intakeId, pgServer.addUser(QStringLiteral("bench-intake"), QStringLiteral("intake"), QString()));
    PostgresCopy(server.databasePath(), pgUrl, userIds).run();
    const Figures pg = measure(pgServer, personnummer, "PostgreSQL");
    const QList<double> commits = durableCommits(pgUrl, 400);
    std::printf("  PostgreSQL one durable commit (one row, autocommit): p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                percentile(commits, 50), percentile(commits, 95), percentile(commits, 100));
    std::fflush(stdout);

    for (const Figures* figures : {&sqlite, &pg}) {
        const Figures& f = *figures;
        const bool isSqlite = figures == &sqlite;
        if (isSqlite && pgOnly)
            continue;
        // The SQLite names stay as they were, so earlier JSON lines compare.
        const QByteArray prefix = isSqlite ? QByteArray("server.cases.") : QByteArray("server.cases.pg.");
        const QString engine = isSqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
        targets.add(QStringLiteral("%1 GET /cases?personnummer= p95 <= 5 ms").arg(engine),
                    report(QByteArray(prefix + "personnummer.p95").constData(), "ms", f.byPnr.p(95), "GET /health p95",
                           f.health.p(95), {Goal::AtMost, 5, false}),
                    QStringLiteral("%1 ms").arg(f.byPnr.p(95), 0, 'f', 2));
        if (!isSqlite)
            report("server.cases.pg.personnummer.p95.vs_commit", "ms", f.byPnr.p(95), "one durable commit p95",
                   percentile(commits, 95));
        targets.add(QStringLiteral("%1 GET /cases?q= p95 <= 50 ms").arg(engine),
                    report(QByteArray(prefix + "text.p95").constData(), "ms", f.byText.p(95), "GET /health p95",
                           f.health.p(95), {Goal::AtMost, 50, false}),
                    QStringLiteral("%1 ms").arg(f.byText.p(95), 0, 'f', 2));
        // The extremes, with the same limit: a common word must not sort every match.
        const char* edgeNames[] = {"text.every.p95", "text.never_together.p95", "text.none.p95"};
        for (qsizetype i = 0; i < f.edges.size(); ++i)
            targets.add(QStringLiteral("%1 GET /cases?q=%2 p95 <= 50 ms").arg(engine, f.edges[i].first),
                        report(QByteArray(prefix + edgeNames[i]).constData(), "ms", f.edges[i].second.p(95),
                               "GET /health p95", f.health.p(95), {Goal::AtMost, 50, false}),
                        QStringLiteral("%1 ms").arg(f.edges[i].second.p(95), 0, 'f', 2));
    }
    targets.print();
    return 0;
}
