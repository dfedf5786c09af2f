// The embedded reference data: complete (290 kommuner, 21 län, ≥ 40 brottskoder + Förlust),
// consistent, and the loader refuses broken files with the file and line in the error.
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
        qsizetype crimes = 0, losses = 0, verified = 0;
        for (const auto& o : ref.offenceTypes()) {
            (o.kind == kc::OffenceType::Kind::Crime ? crimes : losses)++;
            verified += o.verified ? 1 : 0;
        }
        QVERIFY2(crimes >= 40, qPrintable(QString::number(crimes)));
        QCOMPARE(losses, 1);
        QVERIFY(verified >= 23); // every code of DOMAIN.md's table
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
        QTest::newRow("cykel") << "9830" << "Tillgrepp av cykel (ej elcykel)";
        QTest::newRow("quoted comma") << "0802" << "Biltillgrepp, fullbordat";
        QTest::newRow("villa") << "9801" << "Inbrottsstöld i villa/radhus, fullbordat";
        QTest::newRow("kortbedrägeri") << "0983" << "Kortbedrägeri utan fysiskt kort, ej internationell anknytning";
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
            << "offence-types.csv" << QByteArray("1004,Fyndf") << QByteArray("104,Fyndf") << "offence-types.csv:48";
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
        QVERIFY(ReferenceData::load(dir.path()).ok()); // the copy itself is fine
        replaceIn(dir.filePath(file), from, to);
        const auto loaded = ReferenceData::load(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().path.endsWith(pathEnds), qPrintable(loaded.error().path));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
