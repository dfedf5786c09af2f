// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// Content rules shared by server and workstation: every problem reported, each at its field path.
#include "core/i18n.h"
#include "core/validation.h"

#include <QStandardPaths>
#include <QTest>

using namespace kc;

class TestValidation : public QObject
{
    Q_OBJECT
    const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(20, 15), QTimeZone::UTC);

    Report validReport() const
    {
        Report r;
        r.offenceCode = QStringLiteral("9830");
        r.occurredFrom = now.addSecs(-3 * 3600);
        r.location.municipalityCode = QStringLiteral("1495");
        r.reporter.name = QStringLiteral("Test Testsson");
        r.reporter.personnummer = QStringLiteral("200001012384");
        r.reporter.phone = QStringLiteral("070-123 45 67");
        r.narrative = QStringLiteral("Cykeln stod låst utanför stationen och var borta efter jobbet.");
        r.stolenItems.append(
            {QStringLiteral("Cykel"), QStringLiteral("Crescent"), {}, QStringLiteral("WCR123456"), 4500});
        return r;
    }

    static QStringList paths(const QList<Error>& errors)
    {
        QStringList p;
        for (const auto& e : errors)
            p.append(e.path);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslations(QStringLiteral("sv")));
    }

    void validReportPasses()
    {
        const auto errors = validateReportForCreate(validReport(), ReferenceData::builtin(), now);
        QVERIFY2(errors.isEmpty(), qPrintable(paths(errors).join(u", ")));
    }

    void lossNeedsNoCrimeCode()
    {
        Report r = validReport();
        r.offenceCode = QString::fromLatin1(OffenceType::LossCode);
        QVERIFY(validateReportForCreate(r, ReferenceData::builtin(), now).isEmpty());
    }

    void endedCodeRefusedForNewReport_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("year");
        // The examples: the old demo's "olaga hot" 0410 ended in 2009, 0824 in 1996; 0318
        // is ended only by its own name ("upph.år 1983").
        QTest::newRow("0410") << "0410" << "2009";
        QTest::newRow("0824") << "0824" << "1996";
        QTest::newRow("0318") << "0318" << "1983";
    }

    void endedCodeRefusedForNewReport()
    {
        QFETCH(QString, code);
        QFETCH(QString, year);
        Report r = validReport();
        r.offenceCode = code;
        const auto errors = validateReportForCreate(r, ReferenceData::builtin(), now);
        QCOMPARE(paths(errors), QStringList{QStringLiteral("offenceCode")});
        QCOMPARE(errors.first().code, QStringLiteral("ended_code"));
        // In Swedish, naming the code and the year it ended.
        QVERIFY2(errors.first().message.contains(QStringLiteral("upphörde")), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.contains(code), qPrintable(errors.first().message));
        QVERIFY2(errors.first().message.contains(year), qPrintable(errors.first().message));
        // The same code is still known, for showing old reports.
        QVERIFY(ReferenceData::builtin().offenceType(code));
    }

    void reportErrors_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QStringList>("expectedPaths");
        QTest::newRow("unknown offence code") << 0 << QStringList{"offenceCode"};
        QTest::newRow("no offence code") << 1 << QStringList{"offenceCode"};
        QTest::newRow("future from") << 2 << QStringList{"occurredFrom"};
        QTest::newRow("to before from") << 3 << QStringList{"occurredTo"};
        QTest::newRow("unknown kommun") << 4 << QStringList{"location.municipalityCode"};
        QTest::newRow("reporter without name") << 5 << QStringList{"reporter.name"};
        QTest::newRow("bad personnummer") << 6 << QStringList{"reporter.personnummer"};
        QTest::newRow("empty narrative") << 7 << QStringList{"narrative"};
        QTest::newRow("negative value") << 8 << QStringList{"stolenItems[0].valueSek"};
        QTest::newRow("injured party missing") << 9 << QStringList{"injuredParty"};
        QTest::newRow("witness with bad phone") << 10 << QStringList{"witnesses[1].phone"};
        QTest::newRow("known suspect without name") << 11 << QStringList{"suspects[0].name"};
        QTest::newRow("bad postal code") << 12 << QStringList{"location.address.postalCode"};
        QTest::newRow("several at once") << 13
                                         << QStringList{"offenceCode", "reporter.name", "reporter.personnummer",
                                                        "narrative"};
    }

    void reportErrors()
    {
        QFETCH(int, mutation);
        QFETCH(QStringList, expectedPaths);
        Report r = validReport();
        switch (mutation) {
        case 0:
            r.offenceCode = QStringLiteral("0000");
            break;
        case 1:
            r.offenceCode.clear();
            break;
        case 2:
            r.occurredFrom = now.addSecs(3600);
            break;
        case 3:
            r.occurredTo = r.occurredFrom.addSecs(-60);
            break;
        case 4:
            r.location.municipalityCode = QStringLiteral("1400");
            break;
        case 5:
            r.reporter.name = QStringLiteral("  ");
            break;
        case 6:
            r.reporter.personnummer = QStringLiteral("198707049996");
            break;
        case 7:
            r.narrative = QStringLiteral("\n ");
            break;
        case 8:
            r.stolenItems[0].valueSek = -1;
            break;
        case 9:
            r.injuredPartyIsReporter = false;
            break;
        case 10:
            r.witnesses = {Person{QStringLiteral("Vittne Ett"), {}, {}, {}, {}},
                           Person{QStringLiteral("Vittne Två"), {}, QStringLiteral("12"), {}, {}}};
            break;
        case 11:
            r.suspects = {Suspect{true, {}, QStringLiteral("lång, mörk jacka")}};
            break;
        case 12:
            r.location.address =
                Address{QStringLiteral("Stationsgatan 1"), QStringLiteral("5323"), QStringLiteral("Skara"), {}};
            break;
        case 13:
            r.offenceCode = QStringLiteral("9999");
            r.reporter.name.clear();
            r.reporter.personnummer = QStringLiteral("640823-3235");
            r.narrative.clear();
            break;
        }
        const auto errors = validateReportForCreate(r, ReferenceData::builtin(), now);
        QCOMPARE(paths(errors), expectedPaths);
        for (const auto& e : errors)
            QVERIFY2(!e.message.isEmpty() && !e.code.isEmpty(), qPrintable(e.path));
    }

    void swedishMessages()
    {
        Report r = validReport();
        r.reporter.personnummer = QStringLiteral("640823-3235");
        r.narrative.clear();
        const auto errors = validateReportForCreate(r, ReferenceData::builtin(), now);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(
            errors[0].message,
            QStringLiteral("Numret går inte ihop: kontrollsiffran stämmer inte. Be uppringaren upprepa hela numret."));
        QCOMPARE(errors[1].message, QStringLiteral("Beskriv vad som hände."));
    }

    void contactRules()
    {
        Contact c;
        c.queue = QStringLiteral("anmalan");
        c.caller.phone = QStringLiteral("0701234567");
        QVERIFY(validateContactForCreate(c).isEmpty());
        c.priority = 6;
        QCOMPARE(paths(validateContactForCreate(c)), QStringList{QStringLiteral("priority")});
        c.priority = 1;
        c.caller.phone.reset();
        QCOMPARE(paths(validateContactForCreate(c)), QStringList{QStringLiteral("caller")});
        c.caller.name = QStringLiteral("Anonym");
        c.queue.clear();
        QCOMPARE(paths(validateContactForCreate(c)), QStringList{QStringLiteral("queue")});
    }

    void fieldLimits_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("limit");
        QTest::newRow("narrative") << QStringLiteral("narrative") << 20000;
        QTest::newRow("injuries") << QStringLiteral("injuries") << 20000;
        QTest::newRow("reporter name") << QStringLiteral("reporter.name") << 200;
        QTest::newRow("reporter street") << QStringLiteral("reporter.address.street") << 200;
        QTest::newRow("place street") << QStringLiteral("location.address.street") << 200;
        QTest::newRow("place description") << QStringLiteral("location.description") << 200;
        QTest::newRow("witness name") << QStringLiteral("witnesses[0].name") << 200;
        QTest::newRow("suspect description") << QStringLiteral("suspects[0].description") << 200;
        QTest::newRow("item description") << QStringLiteral("stolenItems[0].description") << 200;
    }

    // GIVEN a report with one field at its limit, then one character over
    // THEN at the limit it is valid; over it, exactly that field is refused, in Swedish
    void fieldLimits()
    {
        QFETCH(QString, path);
        QFETCH(int, limit);
        const auto withLength = [&](int n) {
            Report r = validReport();
            const QString text(n, u'a');
            r.suspects.append({false, {}, QStringLiteral("Lång, mörk jacka")});
            r.witnesses.append(Person{QStringLiteral("Vittne Vittnesson"), {}, {}, {}, {}});
            r.reporter.address =
                Address{QStringLiteral("Storgatan 1"), QStringLiteral("411 01"), QStringLiteral("Göteborg"), {}};
            r.location.address = Address{QStringLiteral("Drottninggatan 2"), {}, {}, {}};
            if (path == u"narrative")
                r.narrative = text;
            else if (path == u"injuries")
                r.injuries = text;
            else if (path == u"reporter.name")
                r.reporter.name = text;
            else if (path == u"reporter.address.street")
                r.reporter.address->street = text;
            else if (path == u"location.address.street")
                r.location.address->street = text;
            else if (path == u"location.description")
                r.location.description = text;
            else if (path == u"witnesses[0].name")
                r.witnesses[0].name = text;
            else if (path == u"suspects[0].description")
                r.suspects[0].description = text;
            else if (path == u"stolenItems[0].description")
                r.stolenItems[0].description = text;
            return validateReportForCreate(r, ReferenceData::builtin(), now);
        };
        const auto atLimit = withLength(limit);
        QVERIFY2(atLimit.isEmpty(), qPrintable(paths(atLimit).join(u", ")));
        const auto over = withLength(limit + 1);
        QCOMPARE(paths(over), QStringList{path});
        QCOMPARE(over.first().code, QStringLiteral("too_long"));
        QCOMPARE(over.first().message, QStringLiteral("Högst %1 tecken (nu %2).").arg(limit).arg(limit + 1));
    }

    void rowLimits()
    {
        // GIVEN 200 stolen items and 50 suspects and witnesses THEN valid; one more of each THEN refused
        Report r = validReport();
        r.stolenItems = QList<StolenItem>(limits::StolenItems, r.stolenItems.first());
        r.suspects = QList<Suspect>(limits::Suspects, Suspect{false, {}, QStringLiteral("Grå luvtröja")});
        r.witnesses = QList<Person>(limits::Witnesses, Person{QStringLiteral("Vittne"), {}, {}, {}, {}});
        QVERIFY(validateReportForCreate(r, ReferenceData::builtin(), now).isEmpty());
        r.stolenItems.append(r.stolenItems.first());
        r.suspects.append(r.suspects.first());
        r.witnesses.append(r.witnesses.first());
        const auto errors = validateReportForCreate(r, ReferenceData::builtin(), now);
        QCOMPARE(paths(errors),
                 (QStringList{QStringLiteral("witnesses"), QStringLiteral("suspects"), QStringLiteral("stolenItems")}));
        QCOMPARE(errors.last().code, QStringLiteral("too_many"));
        QCOMPARE(errors.last().message, QStringLiteral("Högst 200 rader (nu 201)."));
    }

    void supplementText()
    {
        QCOMPARE(paths(validateSupplementText(QString(10000, u'a'))), QStringList());
        const auto tooLong = validateSupplementText(QString(10001, u'a'));
        QCOMPARE(paths(tooLong), QStringList{QStringLiteral("text")});
        QCOMPARE(tooLong.first().code, QStringLiteral("too_long"));
        QCOMPARE(paths(validateSupplementText(QStringLiteral("  "))), QStringList{QStringLiteral("text")});
    }

    void contactLimits()
    {
        Contact c;
        c.queue = QStringLiteral("anmalan");
        c.caller.name = QString(201, u'a');
        c.subject = QString(201, u'b');
        QCOMPARE(paths(validateContactForCreate(c)),
                 (QStringList{QStringLiteral("subject"), QStringLiteral("caller.name")}));
    }

    void normalisation()
    {
        Report r = validReport();
        r.reporter.personnummer = QStringLiteral("000101-2384");
        r.reporter.email = QStringLiteral(" Test@Example.SE ");
        r.witnesses = {Person{QStringLiteral("V"), {}, QStringLiteral("+46 (0)31-12 34 56"), {}, {}}};
        r.location.address = Address{QStringLiteral("Gatan 1"), QStringLiteral("53231"), QStringLiteral("Skara"), {}};
        const Report n = normalizedReport(r, now.date());
        QCOMPARE(*n.reporter.personnummer, QStringLiteral("200001012384"));
        QCOMPARE(*n.reporter.phone, QStringLiteral("+46701234567"));
        QCOMPARE(*n.reporter.email, QStringLiteral("test@example.se"));
        QCOMPARE(*n.witnesses[0].phone, QStringLiteral("+4631123456"));
        QCOMPARE(n.location.address->postalCode, QStringLiteral("532 31"));
        // Invalid values are left as typed, for the person to correct.
        r.reporter.personnummer = QStringLiteral("640823-3235");
        QCOMPARE(*normalizedReport(r, now.date()).reporter.personnummer, QStringLiteral("640823-3235"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
