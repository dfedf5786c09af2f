// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The embedded reference data: complete (290 kommuner with polisregion and polisområde, 21 län,
// every code of Brå's SOL list with the export damage repaired, + Förlust), consistent, and the
// loader refuses broken files with the file and line in the error.
#include "core/referencedata.h"

#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kc::ReferenceData;

class TestReferenceData : public QObject
{
    Q_OBJECT

    static void copyBuiltinTo(const QString& dir)
    {
        for (const char* f : {"municipalities.csv", "counties.csv", "offence-types.csv"}) {
            const QString name = QString::fromLatin1(f);
            QVERIFY(QFile::copy(QStringLiteral(":/kontaktcenter/reference/") + name, dir + u'/' + name));
            QFile::setPermissions(dir + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
        }
    }

    static void replaceIn(const QString& path, const QByteArray& from, const QByteArray& to)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        f.close();
        QVERIFY2(data.contains(from), from.constData());
        data.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void counts()
    {
        const auto& ref = ReferenceData::builtin();
        QCOMPARE(ref.municipalities().size(), 290);
        QCOMPARE(ref.counties().size(), 21);
        qsizetype inUse = 0, ended = 0, losses = 0;
        for (const auto& o : ref.offenceTypes()) {
            if (o.kind == kc::OffenceType::Kind::Loss)
                ++losses;
            else
                (o.isEnded() ? ended : inUse)++;
        }
        // Brå's SOL export: 1,361 codes, 1,002 without an end year, of which 0318 is ended by its
        // own name ("upph.år 1983").
        QCOMPARE(inUse + ended, 1361);
        QCOMPARE(inUse, 1001);
        QCOMPARE(losses, 1);
    }

    void exportDamageRepaired()
    {
        const auto& ref = ReferenceData::builtin();
        for (const auto& o : ref.offenceTypes()) {
            QVERIFY2(!o.name.contains(u'?'), qPrintable(o.code));
            QVERIFY2(!o.name.contains(QStringLiteral("  ")), qPrintable(o.code));
            for (const char* slip : {"Ärekänkning", "poje ", "nedsattt", "beffatning", "alhohol", "akohol"})
                QVERIFY2(!o.name.contains(QLatin1String(slip)), qPrintable(o.code + u' ' + o.name));
            QVERIFY2(!o.name.endsWith(QStringLiteral(" poje")), qPrintable(o.code));
        }
        QCOMPARE(ref.offenceType(u"6101")->name,
                 QStringLiteral("Försök till våldtäkt inkl. grov (1 §), mot flicka 15–17 år, på internet"));
        QCOMPARE(ref.offenceType(u"0318")->endedYear, 1983);
        QVERIFY(!ref.offenceType(u"5910"));
        QCOMPARE(ref.offenceType(u"9510")->name,
                 QStringLiteral("Vilseledande till äktenskapsresa mot kvinna 18 år eller äldre"));
        QCOMPARE(ref.offenceType(u"0859")->name,
                 QStringLiteral("Stöld utan inbrott, i bostad (lägenhet, villa) ej hos funktionsnedsatt"));
        QCOMPARE(ref.offenceType(u"0641")->name,
                 QStringLiteral("Försök till våldtäkt inkl. grov, inomhus mot flicka under 15 år (upphörde år 2024)"));
        QCOMPARE(ref.offenceType(u"0506")->name.left(18), QStringLiteral("Ärekränkningsbrott"));
    }

    void endedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("ended");
        // The examples of codes the old list used wrongly.
        QTest::newRow("0410 ofredande under 18") << "0410" << 2009;
        QTest::newRow("0824") << "0824" << 1996;
        QTest::newRow("0418 människohandel") << "0418" << 2025;
        QTest::newRow("0803 motorcykel") << "0803" << 0;
        QTest::newRow("9830 cykel") << "9830" << 0;
        QTest::newRow("0916 ended 2026") << "0916" << 2026;
    }

    void endedCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, ended);
        const auto* o = ReferenceData::builtin().offenceType(code);
        QVERIFY(o);
        QCOMPARE(o->endedYear, ended);
        QCOMPARE(o->isEnded(), ended != 0);
        QVERIFY(!ReferenceData::builtin().offenceType(u"0939")); // does not exist at all
    }

    void everyMunicipalityHasPoliceRegionAndArea()
    {
        // Polisregioner by län (Brå 2015-02-12, "Nu delas anmälda brott in i regioner").
        const QHash<QString, QString> regionOfCounty{
            {"01", "Stockholm"},  {"09", "Stockholm"},  {"03", "Mitt"}, {"19", "Mitt"}, {"21", "Mitt"},
            {"04", "Öst"},        {"05", "Öst"},        {"06", "Öst"},  {"07", "Syd"},  {"08", "Syd"},
            {"10", "Syd"},        {"12", "Syd"},        {"13", "Väst"}, {"14", "Väst"}, {"17", "Bergslagen"},
            {"18", "Bergslagen"}, {"20", "Bergslagen"}, {"22", "Nord"}, {"23", "Nord"}, {"24", "Nord"},
            {"25", "Nord"}};
        QSet<QString> regions;
        for (const auto& m : ReferenceData::builtin().municipalities()) {
            QVERIFY2(!m.policeArea.isEmpty(), qPrintable(m.code));
            QCOMPARE(m.policeRegion, regionOfCounty.value(m.countyCode));
            regions.insert(m.policeRegion);
        }
        QCOMPARE(regions.size(), 7);
    }

    void policeAreas_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("area");
        QTest::addColumn<bool>("certain");
        // Region Väst as the issue names it, and areas confirmed by the sources in README.
        QTest::newRow("Skara") << "1495" << "Skaraborg" << true;
        QTest::newRow("Skövde") << "1496" << "Skaraborg" << true;
        QTest::newRow("Lidköping") << "1494" << "Skaraborg" << true;
        QTest::newRow("Bengtsfors") << "1460" << "Fyrbodal" << true;
        QTest::newRow("Falkenberg") << "1382" << "Halland" << true;
        QTest::newRow("Göteborg") << "1480" << "Storgöteborg" << true;
        QTest::newRow("Borås") << "1490" << "Älvsborg" << true;
        QTest::newRow("Gotland") << "0980" << "Gotland" << true;
        QTest::newRow("Malmö") << "1280" << "Malmö" << true;
        QTest::newRow("Växjö") << "0780" << "Kalmar Kronoberg" << true;
        QTest::newRow("Partille (LPO Storgöteborg Nordost)") << "1402" << "Storgöteborg" << true;
        QTest::newRow("Uddevalla (LPO västra Fyrbodal)") << "1485" << "Fyrbodal" << true;
        QTest::newRow("Svenljunga (LPO Borås)") << "1465" << "Älvsborg" << true;
        QTest::newRow("Falköping (LPO östra Skaraborg)") << "1499" << "Skaraborg" << true;
        QTest::newRow("Sundbyberg (LPO Solna)") << "0183" << "Stockholm nord" << true;
        // Lidingö was listed under nord; LPO Norrmalm (Stockholm city) covers it.
        QTest::newRow("Lidingö") << "0186" << "Stockholm city" << true;
        QTest::newRow("Höganäs (LPO Ängelholm)") << "1284" << "Nordvästra Skåne" << true;
        QTest::newRow("Karlstad (PO Värmland)") << "1780" << "Värmland" << true;
        // Inferred, marked so.
        QTest::newRow("Stockholm, split kommun") << "0180" << "Stockholm city" << false;
        QTest::newRow("Kiruna") << "2584" << "Norrbotten" << false;
        QTest::newRow("Lund (LPO known, polisområde not)") << "1281" << "Södra Skåne" << false;
        QTest::newRow("Alingsås (LPO known, polisområde not)") << "1489" << "Älvsborg" << false;
    }

    void policeAreas()
    {
        QFETCH(QString, code);
        QFETCH(QString, area);
        QFETCH(bool, certain);
        const auto* m = ReferenceData::builtin().municipality(code);
        QVERIFY(m);
        QCOMPARE(m->policeArea, area);
        QCOMPARE(m->policeAreaCertain, certain);
    }

    void policeAreasPerRegion()
    {
        // The 27 polisområden as README cites them; a typo in one row would make a routing target
        // nobody receives, so the names per region are fixed here.
        const QHash<QString, QSet<QString>> expected{
            {"Stockholm", {"Stockholm city", "Stockholm nord", "Stockholm syd", "Gotland"}},
            {"Väst", {"Storgöteborg", "Älvsborg", "Fyrbodal", "Skaraborg", "Halland"}},
            {"Syd", {"Malmö", "Nordvästra Skåne", "Södra Skåne", "Blekinge Nordöstra Skåne", "Kalmar Kronoberg"}},
            {"Bergslagen", {"Dalarna", "Värmland", "Örebro"}},
            {"Mitt", {"Uppsala", "Västmanland", "Gävleborg"}},
            {"Öst", {"Östergötland", "Jönköping", "Södermanland"}},
            {"Nord", {"Norrbotten", "Västerbotten", "Västernorrland", "Jämtland"}}};
        QHash<QString, QSet<QString>> found;
        for (const auto& m : ReferenceData::builtin().municipalities())
            found[m.policeRegion].insert(m.policeArea);
        QCOMPARE(found, expected);
    }

    void everyCertainAreaHasASource()
    {
        // routing hands a report over only where police_area_certain is yes; each such row must
        // say where that was read (README: "Polisregion and polisområde per kommun").
        const auto rows = kc::readCsv(QStringLiteral(":/kontaktcenter/reference/municipalities.csv"),
                                      {QStringLiteral("municipality_name_short"), QStringLiteral("police_area_certain"),
                                       QStringLiteral("police_area_source")});
        QVERIFY(rows.ok());
        int certain = 0;
        for (const auto& r : *rows) {
            const bool yes = r.value(QStringLiteral("police_area_certain")) == QLatin1String("yes");
            QVERIFY2(yes || r.value(QStringLiteral("police_area_certain")) == QLatin1String("no"),
                     qPrintable(r.value(QStringLiteral("municipality_name_short"))));
            QVERIFY2(yes == !r.value(QStringLiteral("police_area_source")).isEmpty(),
                     qPrintable(r.value(QStringLiteral("municipality_name_short"))));
            if (yes)
                ++certain;
        }
        QCOMPARE(certain, 176); // README: "176 of the 290 areas are confirmed"
    }

    void faluKommun()
    {
        QFile f(QStringLiteral(":/kontaktcenter/reference/municipalities.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.contains("2080,Falu kommun,Falun,20"));
        QVERIFY(!data.contains("Faluns"));
    }

    void everyCountyHasMunicipalities()
    {
        const auto& ref = ReferenceData::builtin();
        QSet<QString> used;
        for (const auto& m : ref.municipalities()) {
            QVERIFY(ref.county(m.countyCode));
            QVERIFY(m.code.startsWith(m.countyCode));
            used.insert(m.countyCode);
        }
        QCOMPARE(used.size(), 21);
    }

    void lookups_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("county");
        // Region Väst's contact centres and a few edge names.
        QTest::newRow("Göteborg") << "1480" << "Göteborg" << "14";
        QTest::newRow("Bengtsfors") << "1460" << "Bengtsfors" << "14";
        QTest::newRow("Falkenberg") << "1382" << "Falkenberg" << "13";
        QTest::newRow("Skara") << "1495" << "Skara" << "14";
        QTest::newRow("Stockholm, leading zero") << "0180" << "Stockholm" << "01";
        QTest::newRow("hyphenated") << "2023" << "Malung-Sälen" << "20";
        QTest::newRow("Kiruna") << "2584" << "Kiruna" << "25";
        QTest::newRow("Gotland") << "0980" << "Gotland" << "09";
    }

    void lookups()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, county);
        const auto* m = ReferenceData::builtin().municipality(code);
        QVERIFY(m);
        QCOMPARE(m->name, name);
        QCOMPARE(m->countyCode, county);
    }

    void offenceCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("cykel") << "9830" << "Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)";
        QTest::newRow("quoted comma") << "0802" << "Tillgrepp motordr fortskaffningsmedel, fullb biltillgrepp";
        QTest::newRow("villa") << "9801" << "Inbrottsstöld, fullbordat, i villa/radhus";
        QTest::newRow("kortbedrägeri") << "0983" << "Kortbedrägeri, utan fysiskt kort, ej internationell anknytning";
        QTest::newRow("olaga hot") << "9447" << "Olaga hot, ej internetrelaterat, mot man 18 år eller äldre, obekanta";
        QTest::newRow("fyndförseelse") << "1004" << "Fyndförseelse";
        QTest::newRow("loss") << "FORLUST" << "Förlust (ej brott)";
    }

    void offenceCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const auto* o = ReferenceData::builtin().offenceType(code);
        QVERIFY(o);
        QCOMPARE(o->name, name);
        QCOMPARE(o->kind == kc::OffenceType::Kind::Loss, code == QLatin1String(kc::OffenceType::LossCode));
    }

    void unknownCodes()
    {
        const auto& ref = ReferenceData::builtin();
        QVERIFY(!ref.municipality(u"1400"));
        QVERIFY(!ref.municipality(u"148"));
        QVERIFY(!ref.offenceType(u"0000"));
        QVERIFY(!ref.county(u"02"));
    }

    void splitCsv_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << "a,b,c" << QStringList{"a", "b", "c"};
        QTest::newRow("quoted comma") << "1,\"x, y\",2" << QStringList{"1", "x, y", "2"};
        QTest::newRow("escaped quote") << "\"say \"\"hej\"\"\",z" << QStringList{"say \"hej\"", "z"};
        QTest::newRow("empty fields") << ",," << QStringList{"", "", ""};
    }

    void splitCsv()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, fields);
        QCOMPARE(kc::splitCsvLine(line), fields);
    }

    void loadRefusesBrokenData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("pathEnds");
        QTest::newRow("duplicate kommun") << "municipalities.csv" << QByteArray("1495,Skara kommun")
                                          << QByteArray("1480,Skara kommun") << "municipalities.csv:180";
        QTest::newRow("kommun in wrong län")
            << "municipalities.csv" << QByteArray("Skara,14") << QByteArray("Skara,13") << "municipalities.csv:180";
        QTest::newRow("unknown län") << "municipalities.csv" << QByteArray("Kiruna,25") << QByteArray("Kiruna,26")
                                     << "municipalities.csv:291";
        QTest::newRow("three-digit offence code")
            << "offence-types.csv" << QByteArray("1004,Fyndf") << QByteArray("104,Fyndf") << "offence-types.csv:452";
        QTest::newRow("end year not a year") << "offence-types.csv" << QByteArray("crime,2009\n")
                                             << QByteArray("crime,2OO9\n") << "offence-types.csv:54";
        QTest::newRow("no polisregion") << "municipalities.csv" << QByteArray("Skara,14,Väst")
                                        << QByteArray("Skara,14,Västra") << "municipalities.csv:180";
        QTest::newRow("no polisområde") << "municipalities.csv" << QByteArray("Skara,14,Väst,Skaraborg")
                                        << QByteArray("Skara,14,Väst,") << "municipalities.csv:180";
        QTest::newRow("missing column") << "counties.csv" << QByteArray("county_name_short") << QByteArray("short")
                                        << "counties.csv";
        QTest::newRow("wrong column count") << "counties.csv" << QByteArray("14,Västra Götalands län,Västra Götaland")
                                            << QByteArray("14,Västra Götalands län") << "counties.csv:13";
    }

    void loadRefusesBrokenData()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, pathEnds);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        copyBuiltinTo(dir.path());
        const auto copy = ReferenceData::load(dir.path());
        QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().path)); // the copy itself is fine
        replaceIn(dir.filePath(file), from, to);
        const auto loaded = ReferenceData::load(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().path.endsWith(pathEnds), qPrintable(loaded.error().path));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
