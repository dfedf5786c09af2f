// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The case history tree (CaseHistoryModel) and the flat list over it (KDescendantsProxyModel):
// structure, per-column texts of case and contact rows, roles, paging, updates. Both models run
// under their own QAbstractItemModelTester for the whole of every test (Fixture).
//
// Data: GET /cases items as the server sends them (server/store.cpp: ReportSummary is id,
// caseNumber, status, offenceCode, offenceName, occurredFrom, municipalityCode, reporterName,
// createdAt, routing). Personnummer: Skatteverket's test numbers only. Source language (English) texts: no
// translator is installed here.
#include "core/jsoncodec.h"
#include "core/referencedata.h"
#include "models/casehistorymodel.h"

#include <KDescendantsProxyModel>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace kc;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char* text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text));
    Q_ASSERT(doc.isObject());
    return doc.object();
}

QJsonObject contact(const QString& id, const QString& state, const QString& receivedAt, const QString& reportId,
                    const QString& disposition = {})
{
    QJsonObject c = json(R"j({"channel":"phone","queue":"anmalan","priority":3,"language":"sv","version":2,
        "caller":{"name":"Tolvan Tolvansson","personnummer":"191212121212","phone":"+46701740605"},
        "subject":"Stulen cykel vid Centralstationen"})j");
    c.insert(QStringLiteral("id"), id);
    c.insert(QStringLiteral("state"), state);
    c.insert(QStringLiteral("receivedAt"), receivedAt);
    c.insert(QStringLiteral("reportId"), reportId);
    if (state != QLatin1String("waiting")) {
        c.insert(QStringLiteral("assignedTo"), QStringLiteral("u-anna"));
        c.insert(QStringLiteral("assignedAt"), receivedAt);
    }
    if (!disposition.isEmpty()) {
        c.insert(QStringLiteral("disposition"), disposition);
        c.insert(QStringLiteral("completedAt"), receivedAt);
    }
    return c;
}

// Newest first, as GET /cases answers: r3 (two contacts), r2 (one), r1 (none).
QJsonArray page1()
{
    QJsonObject r3 = json(R"j({"id":"r3","caseNumber":"1400-K1276-26","status":"registered","offenceCode":"9830",
        "offenceName":"Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)","occurredFrom":"2026-03-01T17:30:00Z",
        "municipalityCode":"1480","reporterName":"Tolvan Tolvansson","createdAt":"2026-03-02T08:12:00Z"})j");
    QJsonObject r2 = json(R"j({"id":"r2","caseNumber":"1400-K981-26","status":"forwarded","offenceCode":"9802",
        "offenceName":"Inbrottsstöld, fullbordat, i lägenhet","occurredFrom":"2026-02-10T01:00:00Z",
        "municipalityCode":"1495","reporterName":"Tolvan Tolvansson","createdAt":"2026-02-10T09:00:00Z"})j");
    QJsonObject r1 = json(R"j({"id":"r1","caseNumber":"1400-K77-25","status":"closed","offenceCode":"FORLUST",
        "offenceName":"Förlust (ej brott)","occurredFrom":"2025-06-20T12:00:00Z",
        "municipalityCode":"1384","reporterName":"Tolvan Tolvansson","createdAt":"2025-06-21T10:00:00Z"
    })j");
    return {
        QJsonObject{{QStringLiteral("report"), r3},
                    {QStringLiteral("contacts"),
                     QJsonArray{contact(QStringLiteral("c7"), QStringLiteral("assigned"),
                                        QStringLiteral("2026-03-03T10:00:00Z"), QStringLiteral("r3")),
                                contact(QStringLiteral("c5"), QStringLiteral("completed"),
                                        QStringLiteral("2026-03-02T08:00:00Z"), QStringLiteral("r3"),
                                        QStringLiteral("report_filed"))}}},
        QJsonObject{
            {QStringLiteral("report"), r2},
            {QStringLiteral("contacts"), QJsonArray{contact(QStringLiteral("c2"), QStringLiteral("completed"),
                                                            QStringLiteral("2026-02-10T08:55:00Z"),
                                                            QStringLiteral("r2"), QStringLiteral("report_filed"))}}},
        QJsonObject{{QStringLiteral("report"), r1}, {QStringLiteral("contacts"), QJsonArray{}}},
    };
}

QJsonObject summaryItem(const QString& id, const QString& caseNumber, const QString& offence)
{
    QJsonObject r = json(R"j({"status":"registered","occurredFrom":"2024-01-05T12:00:00Z","municipalityCode":"1490",
        "reporterName":"Tolvan Tolvansson","createdAt":"2024-01-05T13:00:00Z"})j");
    r.insert(QStringLiteral("id"), id);
    r.insert(QStringLiteral("caseNumber"), caseNumber);
    r.insert(QStringLiteral("offenceCode"), offence);
    return {{QStringLiteral("report"), r}, {QStringLiteral("contacts"), QJsonArray{}}};
}

// The full Report of r2 as GET /reports/{id} or a report.updated event carries it.
QJsonObject fullReport2(qint64 version, int supplements)
{
    Report r;
    r.id = QStringLiteral("r2");
    r.caseNumber = QStringLiteral("1400-K981-26");
    r.version = version;
    r.status = ReportStatus::Closed;
    r.offenceCode = QStringLiteral("9802");
    r.occurredFrom = QDateTime(QDate(2026, 2, 10), QTime(1, 0), QTimeZone::UTC);
    r.location.municipalityCode = QStringLiteral("1495");
    r.reporter.name = QStringLiteral("Tolvan Tolvansson");
    r.reporter.personnummer = QStringLiteral("191212121212");
    r.narrative = QStringLiteral("Dörren uppbruten, dator tagen.");
    r.createdBy = QStringLiteral("u-anna");
    r.createdAt = QDateTime(QDate(2026, 2, 10), QTime(9, 0), QTimeZone::UTC);
    r.updatedAt = r.createdAt.addDays(20);
    for (int i = 0; i < supplements; ++i)
        r.supplements.append({r.createdAt.addDays(i + 1), QStringLiteral("u-anna"), QStringLiteral("Kvitto hittat.")});
    return json::toJson(r);
}

struct Fixture
{
    CaseHistoryModel model{ReferenceData::builtin()};
    KDescendantsProxyModel flat;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester flatTester{&flat, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture() { flat.setSourceModel(&model); }

    QString text(int row, int column, const QModelIndex& parent = {}, int role = Qt::DisplayRole) const
    {
        return model.index(row, column, parent).data(role).toString();
    }
    // Report id and contact id (or "-") of every flat row, in order.
    QStringList flatRows() const
    {
        QStringList out;
        for (int r = 0; r < flat.rowCount(); ++r) {
            const QModelIndex i = flat.index(r, 0);
            out << (i.data(CaseHistoryModel::IsCaseRole).toBool()
                        ? i.data(CaseHistoryModel::ReportIdRole).toString()
                        : QString(u"  " + i.data(CaseHistoryModel::ContactIdRole).toString()));
        }
        return out;
    }
};

} // namespace

class TestCaseHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void structure()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 0);
        f.model.setItems(page1());
        // THEN three cases in the server's order, each with its contacts beneath
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.model.columnCount(), int(CaseHistoryModel::ColumnCount));
        QCOMPARE(f.text(0, 0), QStringLiteral("1400-K1276-26"));
        QCOMPARE(f.text(1, 0), QStringLiteral("1400-K981-26"));
        QCOMPARE(f.text(2, 0), QStringLiteral("1400-K77-25"));
        const QModelIndex case0 = f.model.index(0, 0);
        QCOMPARE(f.model.rowCount(case0), 2);
        QCOMPARE(f.model.rowCount(f.model.index(1, 0)), 1);
        QCOMPARE(f.model.rowCount(f.model.index(2, 0)), 0);
        QVERIFY(!f.model.hasChildren(f.model.index(2, 0)));
        QCOMPARE(f.model.rowCount(f.model.index(0, 1)), 0); // only column 0 carries the tree
        const QModelIndex contact = f.model.index(1, 3, case0);
        QCOMPARE(contact.parent(), case0);
        QCOMPARE(f.model.rowCount(contact), 0);
        QCOMPARE(f.model.rowOfReport(QStringLiteral("r1")), 2);
        QCOMPARE(f.model.rowOfReport(QStringLiteral("nope")), -1);
        // and the flat list is each case followed by its contacts
        QCOMPARE(f.flatRows(), QStringList({QStringLiteral("r3"), QStringLiteral("  c7"), QStringLiteral("  c5"),
                                            QStringLiteral("r2"), QStringLiteral("  c2"), QStringLiteral("r1")}));
    }

    void caseColumns()
    {
        Fixture f;
        f.model.setItems(page1());
        QCOMPARE(f.text(0, CaseHistoryModel::CaseNumberColumn), QStringLiteral("1400-K1276-26"));
        QCOMPARE(f.text(0, CaseHistoryModel::OffenceColumn),
                 QStringLiteral("Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"));
        QCOMPARE(f.text(0, CaseHistoryModel::OffenceColumn, {}, Qt::ToolTipRole),
                 QStringLiteral("9830 – Tillgrepp av ej motordrivet fortskaffningsmedel, cykel (ej elcykel)"));
        // 17:30 UTC is 18:30 in Stockholm in winter (the test runs with TZ=Europe/Stockholm)
        QCOMPARE(f.text(0, CaseHistoryModel::OccurredColumn), QStringLiteral("2026-03-01 18:30"));
        QCOMPARE(f.text(0, CaseHistoryModel::PlaceColumn), QStringLiteral("Göteborg"));
        QCOMPARE(f.text(0, CaseHistoryModel::PlaceColumn, {}, Qt::ToolTipRole), QStringLiteral("Göteborg (1480)"));
        QCOMPARE(f.text(1, CaseHistoryModel::PlaceColumn), QStringLiteral("Skara"));
        QCOMPARE(f.text(2, CaseHistoryModel::PlaceColumn), QStringLiteral("Kungsbacka"));
        QCOMPARE(f.text(0, CaseHistoryModel::StatusColumn), QStringLiteral("Registered"));
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn), QStringLiteral("Forwarded"));
        QCOMPARE(f.text(2, CaseHistoryModel::StatusColumn), QStringLiteral("Closed"));
        QCOMPARE(f.text(2, CaseHistoryModel::OffenceColumn), QStringLiteral("Förlust (ej brott)"));
        QCOMPARE(f.text(0, 0, {}, Qt::AccessibleTextRole), QStringLiteral("Case 1400-K1276-26"));
        QVERIFY(f.text(0, 0, {}, Qt::ToolTipRole).contains(QStringLiteral("Tolvan Tolvansson")));
        QVERIFY(f.model.index(0, 2).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(f.model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Case / contact"));
    }

    void contactColumns()
    {
        Fixture f;
        f.model.setItems(page1());
        const QModelIndex case0 = f.model.index(0, 0);
        // the newest contact first: c7, still in progress; then c5, completed with a report
        QCOMPARE(f.text(0, CaseHistoryModel::CaseNumberColumn, case0), QStringLiteral("Phone – anmalan"));
        QCOMPARE(f.text(0, CaseHistoryModel::OffenceColumn, case0),
                 QStringLiteral("Stulen cykel vid Centralstationen"));
        QCOMPARE(f.text(0, CaseHistoryModel::OccurredColumn, case0), QStringLiteral("2026-03-03 11:00"));
        // user ids are not for people: a known one shows the name, others "another agent"
        QCOMPARE(f.text(0, CaseHistoryModel::PlaceColumn, case0), QStringLiteral("another agent"));
        f.model.setAgentNames({{QStringLiteral("u-anna"), QStringLiteral("Anna Andersson")}});
        QCOMPARE(f.text(0, CaseHistoryModel::PlaceColumn, case0), QStringLiteral("Anna Andersson"));
        QCOMPARE(f.text(0, CaseHistoryModel::StatusColumn, case0), QStringLiteral("In progress"));
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn, case0), QStringLiteral("Completed – Report filed"));
        // the caller's details, phone in national form, for the agent who hovers
        QCOMPARE(f.text(1, 0, case0, Qt::ToolTipRole), QStringLiteral("Tolvan Tolvansson, 070-174 06 05"));
        QCOMPARE(f.text(1, 0, case0, Qt::AccessibleTextRole),
                 QStringLiteral("Contact of case 1400-K1276-26: Phone – anmalan"));
        QVERIFY(!f.model.index(1, 0, case0).data(Qt::FontRole).isValid());
    }

    // A contact completed as Rådgivning names the knowledge articles recorded on it (issue 14):
    // by title once the local copy knows them, by id before.
    void contactShowsRecordedArticles()
    {
        Fixture f;
        QJsonArray items = page1();
        QJsonObject item = items.at(1).toObject();
        QJsonObject advice =
            contact(QStringLiteral("c9"), QStringLiteral("completed"), QStringLiteral("2026-03-04T09:00:00Z"),
                    QStringLiteral("r2"), QStringLiteral("advice_given"));
        advice.insert(QStringLiteral("knowledgeArticleIds"), QJsonArray{QStringLiteral("pass-id-kort-forlorat")});
        item.insert(QStringLiteral("contacts"), QJsonArray{advice});
        items.replace(1, item);
        f.model.setItems(items);
        const QModelIndex case1 = f.model.index(1, 0);
        QCOMPARE(f.text(0, CaseHistoryModel::StatusColumn, case1),
                 QStringLiteral("Completed – Advice given – articles: pass-id-kort-forlorat"));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setArticleTitles({{QStringLiteral("pass-id-kort-forlorat"), QStringLiteral("Tappat pass")}});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(f.text(0, CaseHistoryModel::StatusColumn, case1),
                 QStringLiteral("Completed – Advice given – articles: Tappat pass"));
    }

    // A contact completed as Rådgivning has no report: GET /cases gives it as an item with
    // "report": null, and it is a top-level row of its own among the cases (issue 14), showing
    // its disposition and the titles of the articles used, without children; a later page that
    // repeats it adds nothing.
    void contactWithoutReport()
    {
        Fixture f;
        f.model.setArticleTitles({{QStringLiteral("pass-id-kort-forlorat"), QStringLiteral("Tappat pass")},
                                  {QStringLiteral("hittegods"), QStringLiteral("Hittegods")}});
        QJsonObject advice = contact(QStringLiteral("c8"), QStringLiteral("completed"),
                                     QStringLiteral("2026-02-20T10:00:00Z"), QString(), QStringLiteral("advice_given"));
        advice.remove(QStringLiteral("reportId"));
        advice.insert(QStringLiteral("subject"), QStringLiteral("Tappat pass"));
        advice.insert(QStringLiteral("knowledgeArticleIds"),
                      QJsonArray{QStringLiteral("pass-id-kort-forlorat"), QStringLiteral("hittegods")});
        const QJsonObject lone{{QStringLiteral("report"), QJsonValue::Null},
                               {QStringLiteral("contacts"), QJsonArray{advice}}};
        QJsonArray items = page1();
        items.insert(1, lone); // between r3 (2026-03-02) and r2 (2026-02-10)
        // and two broken report-less items: no contact, two contacts
        items.append(
            QJsonObject{{QStringLiteral("report"), QJsonValue::Null}, {QStringLiteral("contacts"), QJsonArray{}}});
        items.append(QJsonObject{{QStringLiteral("report"), QJsonValue::Null},
                                 {QStringLiteral("contacts"), QJsonArray{advice, advice}}});
        f.model.setItems(items);
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.model.caseCount(), 3);
        QCOMPARE(f.model.loneContactCount(), 1);
        const QModelIndex row = f.model.index(1, 0);
        QCOMPARE(f.model.rowCount(row), 0);
        QVERIFY(!f.model.hasChildren(row));
        QCOMPARE(row.data(CaseHistoryModel::IsCaseRole).toBool(), false);
        QCOMPARE(row.data(CaseHistoryModel::ContactIdRole).toString(), QStringLiteral("c8"));
        QCOMPARE(row.data(CaseHistoryModel::ReportIdRole).toString(), QString());
        QCOMPARE(f.text(1, CaseHistoryModel::CaseNumberColumn), QStringLiteral("Phone – anmalan"));
        QCOMPARE(f.text(1, CaseHistoryModel::OffenceColumn), QStringLiteral("Tappat pass"));
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 QStringLiteral("Completed – Advice given – articles: Tappat pass; Hittegods"));
        QCOMPARE(f.text(1, CaseHistoryModel::CaseNumberColumn, {}, Qt::AccessibleTextRole),
                 QStringLiteral("Contact without a report: Phone – anmalan"));
        QVERIFY(!row.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(f.model.rowOfReport(QStringLiteral("r2")), 2);
        QCOMPARE(f.flatRows(), (QStringList{QStringLiteral("r3"), QStringLiteral("  c7"), QStringLiteral("  c5"),
                                            QStringLiteral("  c8"), QStringLiteral("r2"), QStringLiteral("  c2"),
                                            QStringLiteral("r1")}));
        // the next page repeats it (offset paging): nothing is added
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        f.model.appendItems(QJsonArray{lone});
        QCOMPARE(inserted.size(), 0);
        // new titles reach it
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setArticleTitles({{QStringLiteral("pass-id-kort-forlorat"), QStringLiteral("Förlorat pass")}});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 QStringLiteral("Completed – Advice given – articles: Förlorat pass; hittegods"));
    }

    void roles_data()
    {
        QTest::addColumn<int>("caseRow");
        QTest::addColumn<int>("contactRow"); // -1: the case row itself
        QTest::addColumn<QString>("reportId");
        QTest::addColumn<QString>("contactId");
        QTest::addColumn<QString>("caseNumber");
        QTest::newRow("case") << 1 << -1 << "r2" << "" << "1400-K981-26";
        QTest::newRow("first contact") << 0 << 0 << "r3" << "c7" << "1400-K1276-26";
        QTest::newRow("second contact") << 0 << 1 << "r3" << "c5" << "1400-K1276-26";
        QTest::newRow("case without contacts") << 2 << -1 << "r1" << "" << "1400-K77-25";
    }

    void roles()
    {
        QFETCH(int, caseRow);
        QFETCH(int, contactRow);
        QFETCH(QString, reportId);
        QFETCH(QString, contactId);
        QFETCH(QString, caseNumber);
        Fixture f;
        f.model.setItems(page1());
        const QModelIndex caseIndex = f.model.index(caseRow, 0);
        for (int column = 0; column < CaseHistoryModel::ColumnCount; ++column) {
            const QModelIndex i =
                contactRow < 0 ? f.model.index(caseRow, column) : f.model.index(contactRow, column, caseIndex);
            QCOMPARE(i.data(CaseHistoryModel::ReportIdRole).toString(), reportId);
            QCOMPARE(i.data(CaseHistoryModel::ContactIdRole).toString(), contactId);
            QCOMPARE(i.data(CaseHistoryModel::IsCaseRole).toBool(), contactRow < 0);
            QCOMPARE(i.data(CaseHistoryModel::CaseNumberRole).toString(), caseNumber);
        }
        QCOMPARE(f.model.roleNames().value(CaseHistoryModel::ReportIdRole), QByteArray("reportId"));
    }

    void offenceNameFallbacks()
    {
        Fixture f;
        QJsonObject named = summaryItem(QStringLiteral("c"), QStringLiteral("1400-K3-24"), QStringLiteral("7777"));
        QJsonObject report = named.value(u"report").toObject();
        report.insert(QStringLiteral("offenceName"), QStringLiteral("Ett nytt brott"));
        named.insert(QStringLiteral("report"), report);
        const QJsonArray items{summaryItem(QStringLiteral("a"), QStringLiteral("1400-K5-24"), QStringLiteral("0401")),
                               summaryItem(QStringLiteral("b"), QStringLiteral("1400-K4-24"), QStringLiteral("7777")),
                               named};
        f.model.setItems(items);
        // a known code is named from our reference data even without offenceName
        QCOMPARE(f.text(0, CaseHistoryModel::OffenceColumn), QStringLiteral("Hemfridsbrott, olaga intrång"));
        // an unknown code: the code itself, or the server's name when it sends one
        QCOMPARE(f.text(1, CaseHistoryModel::OffenceColumn), QStringLiteral("7777"));
        QCOMPARE(f.text(2, CaseHistoryModel::OffenceColumn), QStringLiteral("Ett nytt brott"));
        QCOMPARE(f.text(2, CaseHistoryModel::OffenceColumn, {}, Qt::ToolTipRole),
                 QStringLiteral("7777 – Ett nytt brott"));
        QCOMPARE(f.text(0, CaseHistoryModel::PlaceColumn), QStringLiteral("Borås"));
    }

    void badItemsAreSkipped()
    {
        Fixture f;
        QJsonArray items = page1();
        // a report without id, and a contact the codec refuses (no channel), are left out
        items.prepend(
            QJsonObject{{QStringLiteral("report"), QJsonObject{{QStringLiteral("caseNumber"), "1400-K1-26"}}}});
        QJsonObject first = items[1].toObject();
        QJsonArray contacts = first.value(u"contacts").toArray();
        QJsonObject broken = contacts[0].toObject();
        broken.remove(QStringLiteral("channel"));
        broken.insert(QStringLiteral("id"), QStringLiteral("c-broken"));
        contacts.append(broken);
        first.insert(QStringLiteral("contacts"), contacts);
        items[1] = first;
        // and a case listed twice is shown once
        items.append(items[2]);
        f.model.setItems(items);
        QCOMPARE(f.model.rowCount(), 3);
        QCOMPARE(f.text(0, 0), QStringLiteral("1400-K1276-26"));
        QCOMPARE(f.model.rowCount(f.model.index(0, 0)), 2);
    }

    void appendNextPage()
    {
        Fixture f;
        f.model.setItems(page1());
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        // GIVEN the next page repeats the last case (a new report arrived between the two pages)
        QJsonArray page2{page1()[2],
                         summaryItem(QStringLiteral("r0"), QStringLiteral("1400-K12-24"), QStringLiteral("1201")),
                         summaryItem(QStringLiteral("r-1"), QStringLiteral("1400-K11-24"), QStringLiteral("1209"))};
        f.model.appendItems(page2);
        // THEN only the two new cases are appended, in one insertion, without a reset
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][0].value<QModelIndex>(), QModelIndex());
        QCOMPARE(inserted[0][1].toInt(), 3);
        QCOMPARE(inserted[0][2].toInt(), 4);
        QCOMPARE(f.model.rowCount(), 5);
        QCOMPARE(f.text(3, 0), QStringLiteral("1400-K12-24"));
        QCOMPARE(f.text(4, CaseHistoryModel::OffenceColumn), QStringLiteral("klotter övrigt") /* Brå's own spelling */);
        QCOMPARE(f.model.rowOfReport(QStringLiteral("r-1")), 4);
        QCOMPARE(f.flat.rowCount(), 8);
        QCOMPARE(f.flatRows().last(), QStringLiteral("r-1"));
        // a page with nothing new says nothing
        f.model.appendItems(page1());
        QCOMPARE(inserted.size(), 1);
    }

    void updateReport()
    {
        Fixture f;
        f.model.setItems(page1());
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        // WHEN the report of row 1 is closed and gets two supplements (a report.updated event)
        f.model.updateReport(fullReport2(4, 2));
        // THEN its row says so, in one dataChanged over the whole row
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<QModelIndex>(), f.model.index(1, 0));
        QCOMPARE(changed[0][1].value<QModelIndex>(), f.model.index(1, CaseHistoryModel::ColumnCount - 1));
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 QString(u"Closed · " + CaseHistoryModel::tr("%n supplement(s)", nullptr, 2)));
        QCOMPARE(f.text(1, CaseHistoryModel::PlaceColumn), QStringLiteral("Skara"));
        QCOMPARE(f.model.rowCount(f.model.index(1, 0)), 1); // contacts untouched
        // an older version arriving late changes nothing
        f.model.updateReport(fullReport2(3, 1));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 QString(u"Closed · " + CaseHistoryModel::tr("%n supplement(s)", nullptr, 2)));
        // a report not in the results is not added
        QJsonObject other = fullReport2(9, 0);
        other.insert(QStringLiteral("id"), QStringLiteral("r99"));
        f.model.updateReport(other);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.model.rowCount(), 3);
        // a summary shape works too: the case number of row 0 as the server now has it
        QJsonObject summary = page1()[0].toObject().value(u"report").toObject();
        summary.insert(QStringLiteral("caseNumber"), QStringLiteral("1400-K1277-26"));
        f.model.updateReport(summary);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(f.text(0, 0), QStringLiteral("1400-K1277-26"));
        QCOMPARE(f.model.index(1, 0, f.model.index(0, 0)).data(CaseHistoryModel::CaseNumberRole).toString(),
                 QStringLiteral("1400-K1277-26"));
        QCOMPARE(f.flat.index(0, 0).data().toString(), QStringLiteral("1400-K1277-26"));
    }

    void routingShownOnTheCase()
    {
        // Issue 15: the report's routing in words after its status; the police area's
        // acknowledgement keeps the version (an agent's edit must not conflict) and still applies.
        Fixture f;
        f.model.setItems(page1());
        QJsonObject report = fullReport2(4, 0);
        report.insert(QStringLiteral("routing"), QJsonObject{{u"policeRegion"_s, u"Väst"_s},
                                                             {u"policeArea"_s, u"Skaraborg"_s},
                                                             {u"state"_s, u"new"_s},
                                                             {u"routedAt"_s, u"2026-03-02T08:00:00Z"_s}});
        f.model.updateReport(report);
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn), u"Closed · Handed over to Police area Skaraborg"_s);
        report.insert(QStringLiteral("routing"), QJsonObject{{u"policeRegion"_s, u"Väst"_s},
                                                             {u"policeArea"_s, u"Skaraborg"_s},
                                                             {u"state"_s, u"acknowledged"_s},
                                                             {u"routedAt"_s, u"2026-03-02T08:00:00Z"_s},
                                                             {u"acknowledgedAt"_s, u"2026-03-02T09:42:00Z"_s}});
        f.model.updateReport(report); // same version
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 u"Closed · Received by Police area Skaraborg 2026-03-02 10:42"_s);
        // a report the reference data could not route (another case: an acknowledgement is final)
        Fixture unrouted;
        unrouted.model.setItems(page1());
        report.insert(
            QStringLiteral("routing"),
            QJsonObject{{u"policeRegion"_s, u"Väst"_s}, {u"policeArea"_s, u""_s}, {u"state"_s, u"unrouted"_s}});
        unrouted.model.updateReport(report);
        QCOMPARE(unrouted.text(1, CaseHistoryModel::StatusColumn),
                 u"Closed · Not assigned to a police area (Police region Väst)"_s);
    }

    void routingFromTheSummary()
    {
        // A colleague's report found in a search: the ReportSummary carries its routing, so the row
        // says where it went without the report being opened (and without a local copy).
        Fixture f;
        QJsonArray items = page1();
        QJsonObject item = items[1].toObject();
        QJsonObject summary = item[u"report"].toObject();
        summary.insert(QStringLiteral("routing"), QJsonObject{{u"policeRegion"_s, u"Väst"_s},
                                                              {u"policeArea"_s, u"Skaraborg"_s},
                                                              {u"state"_s, u"acknowledged"_s},
                                                              {u"routedAt"_s, u"2026-02-10T09:00:00Z"_s},
                                                              {u"acknowledgedAt"_s, u"2026-02-10T09:42:00Z"_s}});
        item.insert(QStringLiteral("report"), summary);
        items[1] = item;
        f.model.setItems(items);
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 CaseHistoryModel::reportStatusText(ReportStatus::Forwarded) +
                     u" · Received by Police area Skaraborg 2026-02-10 10:42"_s);
        QCOMPARE(f.text(0, CaseHistoryModel::StatusColumn),
                 CaseHistoryModel::reportStatusText(ReportStatus::Registered));

        // WHEN an older copy of the same version arrives (the agent's local store, from before the
        // acknowledgement, which does not bump the version) THEN the acknowledgement stays; the
        // copy's other news (status) applies
        QJsonObject stale = fullReport2(4, 0);
        stale.insert(QStringLiteral("routing"), QJsonObject{{u"policeRegion"_s, u"Väst"_s},
                                                            {u"policeArea"_s, u"Skaraborg"_s},
                                                            {u"state"_s, u"new"_s},
                                                            {u"routedAt"_s, u"2026-02-10T09:00:00Z"_s}});
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.updateReport(stale);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.text(1, CaseHistoryModel::StatusColumn),
                 u"Closed · Received by Police area Skaraborg 2026-02-10 10:42"_s);
    }

    void setItemsReplacesAndClearEmpties()
    {
        Fixture f;
        f.model.setItems(page1());
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.model.setItems({summaryItem(QStringLiteral("x"), QStringLiteral("1400-K2-24"), QStringLiteral("9817"))});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.rowOfReport(QStringLiteral("r3")), -1);
        QCOMPARE(f.flat.rowCount(), 1);
        // r3 may come back after a reset
        f.model.appendItems(page1());
        QCOMPARE(f.model.rowCount(), 4);
        f.model.clear();
        QCOMPARE(reset.size(), 2);
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.flat.rowCount(), 0);
        f.model.updateReport(fullReport2(5, 0)); // nothing to update: no signal, no crash
        QCOMPARE(f.model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCaseHistoryModel)
#include "tst_casehistorymodel.moc"
