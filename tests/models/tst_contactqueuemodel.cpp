// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// The incoming-contacts table: ContactQueueModel (service order, fine-grained change signals),
// WaitingTimeProxyModel (the ticking Waiting column) and QueuePipeline (filter, column order and
// its persistence). Every stage of the pipeline runs under its own QAbstractItemModelTester for the
// whole test (Fixture), except in the 100,000-row test, where the tester's walk over every cell on
// every signal would turn 1,000 upserts into billions of checks; randomUpdatesKeepServiceOrder
// drives the same code paths under the testers on a smaller queue.
//
// Data: invented names; phone numbers from PTS's range for fiction (070-174 06 05 …).
#include "models/queuepipeline.h"
#include "models/searchfilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace kc;

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::UTC);

Contact makeContact(const QString& id, int priority, const QDateTime& receivedAt, const QString& name = {},
                    const QString& phone = {}, const QString& subject = {})
{
    Contact c;
    c.id = id;
    c.priority = priority;
    c.receivedAt = receivedAt;
    c.caller.name = name;
    if (!phone.isEmpty())
        c.caller.phone = phone;
    c.subject = subject;
    c.queue = QStringLiteral("anmalan");
    c.version = 1;
    return c;
}

QStringList ids(const QAbstractItemModel& m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.index(r, 0).data(ContactQueueModel::ContactIdRole).toString());
    return out;
}

// d(1, 08:10), a(2, 08:00), b(2, 08:05), c(3, 07:00): priority first, then who waited longest.
QList<Contact> fourContacts()
{
    return {
        makeContact(QStringLiteral("a"), 2, T0, QStringLiteral("Anna Testsson"), QStringLiteral("+46701740605"),
                    QStringLiteral("Stulen cykel vid stationen")),
        makeContact(QStringLiteral("b"), 2, T0.addSecs(300), QString(), QStringLiteral("+46701740612"),
                    QStringLiteral("Fråga om pass")),
        makeContact(QStringLiteral("c"), 3, T0.addSecs(-3600), QStringLiteral("Cecilia Provström"), QString(),
                    QStringLiteral("Förlorad plånbok")),
        makeContact(QStringLiteral("d"), 1, T0.addSecs(600), QStringLiteral("David Fiktivsson"),
                    QStringLiteral("+46311234567"), QStringLiteral("Inbrott i källaren, cykel tagen")),
    };
}

// The pipeline with a tester on each of its four stages, all alive as long as the fixture.
struct Fixture
{
    QDateTime now = T0.addSecs(3600);
    QueuePipeline pipeline{[this] { return now; }};
    QAbstractItemModelTester sourceTester{pipeline.source(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester waitingTester{pipeline.waitingTime(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester filterTester{pipeline.filter(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester outputTester{pipeline.output(), QAbstractItemModelTester::FailureReportingMode::QtTest};

    Fixture() { pipeline.waitingTime()->setTicking(false); }
    ContactQueueModel& source() { return *pipeline.source(); }
    QAbstractItemModel& output() { return *pipeline.output(); }
    int outputColumnOf(int logicalColumn) const { return int(pipeline.columns().indexOf(logicalColumn)); }
};

} // namespace

class TestContactQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void serviceOrderAfterSetContacts()
    {
        Fixture f;
        // GIVEN contacts in no particular order, one already assigned, one id twice
        QList<Contact> contacts = fourContacts();
        Contact assigned = makeContact(QStringLiteral("e"), 1, T0.addSecs(-60), QStringLiteral("Eva Påhittad"));
        assigned.state = ContactState::Assigned;
        Contact newer = contacts[2];
        newer.version = 2;
        newer.priority = 1;
        Contact older = contacts[0];
        older.version = 0;
        older.priority = 5;
        contacts << assigned << newer << older;
        QSignalSpy reset(f.pipeline.source(), &QAbstractItemModel::modelReset);
        // WHEN they are loaded
        f.source().setContacts(contacts);
        // THEN the waiting ones are in service order, each id once at its newest version
        QCOMPARE(reset.count(), 1);
        const QStringList expected{"c", "d", "a", "b"};
        QCOMPARE(ids(f.source()), expected);
        QCOMPARE(ids(f.output()), expected);
        QCOMPARE(f.source().rowOf(QStringLiteral("e")), -1);
        QCOMPARE(f.source().rowOf(QStringLiteral("a")), 2);
        QCOMPARE(f.source().contact(0).priority, 1);

        // and the cells say what an agent needs
        const ContactQueueModel& m = f.source();
        const int b = m.rowOf(QStringLiteral("b"));
        QCOMPARE(m.index(b, ContactQueueModel::Channel).data().toString(), QStringLiteral("Phone"));
        QCOMPARE(m.index(b, ContactQueueModel::Queue).data().toString(), QStringLiteral("anmalan"));
        QCOMPARE(m.index(b, ContactQueueModel::Caller).data().toString(), QStringLiteral("070-174 06 12"));
        QCOMPARE(m.index(b, ContactQueueModel::Subject).data().toString(), QStringLiteral("Fråga om pass"));
        // languages by name, urgency as number and word
        QCOMPARE(m.index(b, ContactQueueModel::Language).data().toString(), QStringLiteral("svenska"));
        QCOMPARE(m.index(b, ContactQueueModel::Priority).data().toString(), QStringLiteral("2 High"));
        QCOMPARE(m.index(b, ContactQueueModel::Priority).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Priority 2 (1 = most urgent): High"));
        const int a = m.rowOf(QStringLiteral("a"));
        QCOMPARE(m.index(a, ContactQueueModel::Caller).data().toString(), QStringLiteral("Anna Testsson"));
        QCOMPARE(m.index(a, ContactQueueModel::Caller).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Anna Testsson\n070-174 06 05"));
        QCOMPARE(m.index(a, ContactQueueModel::Subject).data(ContactQueueModel::ReceivedAtRole).toDateTime(), T0);
        QCOMPARE(m.index(a, ContactQueueModel::Subject).data(ContactQueueModel::PriorityRole).toInt(), 2);
        QCOMPARE(m.headerData(ContactQueueModel::Caller, Qt::Horizontal).toString(), QStringLiteral("Caller"));
        QCOMPARE(f.output().headerData(f.outputColumnOf(QueuePipeline::WaitingColumn), Qt::Horizontal).toString(),
                 QStringLiteral("Waiting"));
        // urgency is the first column an agent's eye meets
        QCOMPARE(f.output().headerData(0, Qt::Horizontal).toString(), QStringLiteral("Urgency"));
    }

    void urgencyStandsOutInWordsAndTint()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        const ContactQueueModel& m = f.source();
        const int d = m.rowOf(QStringLiteral("d")); // priority 1
        const int a = m.rowOf(QStringLiteral("a")); // priority 2
        const int c = m.rowOf(QStringLiteral("c")); // priority 3
        // THEN the acute row says so in words, is bold and tinted across every column
        QCOMPARE(m.index(d, ContactQueueModel::Priority).data().toString(), QStringLiteral("1 Acute"));
        for (int col = 0; col < ContactQueueModel::ColumnCount; ++col) {
            QVERIFY(m.index(d, col).data(Qt::BackgroundRole).value<QColor>().isValid());
            QVERIFY(m.index(d, col).data(Qt::FontRole).value<QFont>().bold());
        }
        // a high one only in its urgency cell; a normal one not at all
        QVERIFY(m.index(a, ContactQueueModel::Priority).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!m.index(a, ContactQueueModel::Subject).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m.index(c, ContactQueueModel::Priority).data().toString(), QStringLiteral("3 Normal"));
        QVERIFY(!m.index(c, ContactQueueModel::Priority).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m.index(c, ContactQueueModel::Priority).data(Qt::FontRole).isValid());
    }

    void queuesShowTheirNamesAndAreFoundByThem()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        const int b = f.source().rowOf(QStringLiteral("b"));
        QCOMPARE(f.source().index(b, ContactQueueModel::Queue).data().toString(), QStringLiteral("anmalan"));
        QSignalSpy changed(f.pipeline.source(), &QAbstractItemModel::dataChanged);
        QSignalSpy moved(f.pipeline.source(), &QAbstractItemModel::rowsMoved);
        // WHEN the server's queue names arrive
        f.source().setQueueNames({{QStringLiteral("anmalan"), QStringLiteral("Anmälan")},
                                  {QStringLiteral("information"), QStringLiteral("Information")}});
        // THEN every row shows the name, nothing moved, and the name finds the rows
        QCOMPARE(changed.count(), 1);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(f.source().index(b, ContactQueueModel::Queue).data().toString(), QStringLiteral("Anmälan"));
        QCOMPARE(f.source().index(b, ContactQueueModel::Queue).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Queue Anmälan (anmalan)"));
        f.pipeline.setFilterText(QStringLiteral("anmälan"));
        QVERIFY(f.output().rowCount() > 0);
        for (int r = 0; r < f.output().rowCount(); ++r)
            QCOMPARE(f.source().contact(f.source().rowOf(f.pipeline.mapToContactId(f.output().index(r, 0)))).queue,
                     QStringLiteral("anmalan"));
        // the same names again: nothing to announce
        f.source().setQueueNames({{QStringLiteral("anmalan"), QStringLiteral("Anmälan")},
                                  {QStringLiteral("information"), QStringLiteral("Information")}});
        QCOMPARE(changed.count(), 1);
    }

    void upsertInsertsAtItsPlace_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("secondsAfterT0");
        QTest::addColumn<int>("row");
        // Order before: d(1, +600), a(2, 0), b(2, +300), c(3, -3600)
        QTest::newRow("most urgent, waited longest") << "x" << 1 << 0 << 0;
        QTest::newRow("between a and b") << "x" << 2 << 120 << 2;
        QTest::newRow("same time as b, id decides") << "b2" << 2 << 300 << 3;
        QTest::newRow("least urgent goes last") << "x" << 5 << -9000 << 4;
    }

    void upsertInsertsAtItsPlace()
    {
        QFETCH(QString, id);
        QFETCH(int, priority);
        QFETCH(int, secondsAfterT0);
        QFETCH(int, row);
        Fixture f;
        f.source().setContacts(fourContacts());
        QSignalSpy inserted(f.pipeline.source(), &QAbstractItemModel::rowsInserted);
        QSignalSpy moved(f.pipeline.source(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(f.pipeline.source(), &QAbstractItemModel::dataChanged);

        f.source().upsert(makeContact(id, priority, T0.addSecs(secondsAfterT0), QStringLiteral("Bo Exempelsson")));

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), row);
        QCOMPARE(inserted.at(0).at(2).toInt(), row);
        QCOMPARE(moved.count() + changed.count(), 0);
        QCOMPARE(f.source().rowOf(id), row);
        QCOMPARE(ids(f.output()), ids(f.source()));
    }

    void upsertManyIsUpsertOneByOneInFewerSignals()
    {
        // GIVEN the four contacts, and a batch as a catch-up brings it: twelve new ones at three
        // places, one of them twice (the later wins), an update of a, b assigned (leaves)
        QList<Contact> batch;
        for (int i = 0; i < 12; ++i)
            batch.append(makeContact(u"n%1"_s.arg(i, 2, 10, QLatin1Char('0')), 1 + (i % 3), T0.addSecs(1000 + i),
                                     u"Ny %1"_s.arg(i)));
        batch.append(makeContact(u"n00"_s, 1, T0.addSecs(1000), u"Ny igen"_s));
        Contact a = fourContacts().at(0);
        a.version = 2;
        a.subject = u"Ändrat ärende"_s;
        batch.append(a);
        Contact b = fourContacts().at(1);
        b.version = 2;
        b.state = ContactState::Assigned;
        batch.append(b);

        Fixture one;
        one.source().setContacts(fourContacts());
        for (const Contact& c : std::as_const(batch))
            one.source().upsert(c);

        Fixture many;
        many.source().setContacts(fourContacts());
        QSignalSpy inserted(many.pipeline.source(), &QAbstractItemModel::rowsInserted);
        many.source().upsertMany(batch);

        // THEN the same rows in the same order with the same texts, through every stage
        QCOMPARE(ids(many.source()), ids(one.source()));
        QCOMPARE(ids(many.output()), ids(many.source()));
        for (int r = 0; r < one.output().rowCount(); ++r)
            for (int col = 0; col < one.output().columnCount(); ++col)
                QCOMPARE(many.output().index(r, col).data(), one.output().index(r, col).data());
        QCOMPARE(many.source().contact(many.source().rowOf(u"n00"_s)).caller.name, u"Ny igen"_s);
        // AND the twelve new rows came as one range per place (after d, after a, at the end), not twelve
        QCOMPARE(inserted.count(), 3);
    }

    void priorityChangeMovesRow_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("destination"); // as rowsMoved reports it: the row before which it went
        QTest::addColumn<QStringList>("order");
        QTest::newRow("b becomes most urgent") << "b" << 1 << 2 << 0 << QStringList{"b", "d", "a", "c"};
        QTest::newRow("d drops below c") << "d" << 3 << 0 << 4 << QStringList{"a", "b", "c", "d"};
        QTest::newRow("c moves up one") << "c" << 2 << 3 << 1 << QStringList{"d", "c", "a", "b"};
    }

    void priorityChangeMovesRow()
    {
        QFETCH(QString, id);
        QFETCH(int, priority);
        QFETCH(int, from);
        QFETCH(int, destination);
        QFETCH(QStringList, order);
        Fixture f;
        f.source().setContacts(fourContacts());
        QCOMPARE(f.source().rowOf(id), from);
        QSignalSpy moved(f.pipeline.source(), &QAbstractItemModel::rowsMoved);
        QSignalSpy inserted(f.pipeline.source(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(f.pipeline.source(), &QAbstractItemModel::rowsRemoved);

        Contact c = f.source().contact(from);
        c.priority = priority;
        c.version = 2;
        f.source().upsert(c);

        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), from);
        QCOMPARE(moved.at(0).at(2).toInt(), from);
        QCOMPARE(moved.at(0).at(4).toInt(), destination);
        QCOMPARE(inserted.count() + removed.count(), 0);
        QCOMPARE(ids(f.source()), order);
        QCOMPARE(ids(f.output()), order);
        QCOMPARE(f.source().contact(f.source().rowOf(id)).priority, priority);
    }

    void assignmentRemovesRow()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        QSignalSpy removed(f.pipeline.source(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy outputRemoved(f.pipeline.output(), &QAbstractItemModel::rowsRemoved);

        // WHEN an agent accepts a (version 2: assigned)
        Contact a = f.source().contact(f.source().rowOf(QStringLiteral("a")));
        a.state = ContactState::Assigned;
        a.assignedTo = QStringLiteral("agent-1");
        a.version = 2;
        f.source().upsert(a);

        // THEN its row goes, here and at the end of the pipeline
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(outputRemoved.count(), 1);
        QCOMPARE(f.source().rowOf(QStringLiteral("a")), -1);
        QCOMPARE(ids(f.output()), (QStringList{"d", "b", "c"}));

        // remove() by id, and of an unknown id (nothing happens)
        f.source().remove(QStringLiteral("c"));
        f.source().remove(QStringLiteral("nobody"));
        QCOMPARE(removed.count(), 2);
        QCOMPARE(ids(f.source()), (QStringList{"d", "b"}));
        // A contact not waiting that the model never had is not inserted.
        f.source().upsert(a);
        QCOMPARE(f.source().rowCount(), 2);
    }

    void unchangedOrderUpdatesInPlace_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("subject") << "subject";
        QTest::newRow("caller name") << "name";
        // a(2, 08:00) between d(1) and b(2, 08:05): 08:03 keeps it between the same neighbours
        QTest::newRow("receivedAt, same neighbours") << "receivedAt";
    }

    void unchangedOrderUpdatesInPlace()
    {
        QFETCH(QString, field);
        Fixture f;
        f.source().setContacts(fourContacts());
        QSignalSpy changed(f.pipeline.source(), &QAbstractItemModel::dataChanged);
        QSignalSpy other(f.pipeline.source(), &QAbstractItemModel::rowsAboutToBeInserted);
        QSignalSpy moved(f.pipeline.source(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(f.pipeline.source(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(f.pipeline.source(), &QAbstractItemModel::modelReset);

        const int row = f.source().rowOf(QStringLiteral("a"));
        Contact a = f.source().contact(row);
        if (field == u"subject")
            a.subject = QStringLiteral("Stulen elcykel");
        else if (field == u"name")
            a.caller.name = QStringLiteral("Anna Testsson Exempel");
        else
            a.receivedAt = T0.addSecs(180);
        f.source().upsert(a);

        QCOMPARE(changed.count(), 1);
        const auto tl = changed.at(0).at(0).value<QModelIndex>();
        const auto br = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), row);
        QCOMPARE(br.row(), row);
        QCOMPARE(tl.column(), 0);
        QCOMPARE(br.column(), ContactQueueModel::ColumnCount - 1);
        QCOMPARE(other.count() + moved.count() + removed.count() + reset.count(), 0);
        QCOMPARE(f.source().contact(row), a);
    }

    void staleVersionIsIgnored()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        Contact a = f.source().contact(f.source().rowOf(QStringLiteral("a")));
        a.version = 5;
        a.subject = QStringLiteral("Ny uppgift");
        f.source().upsert(a);
        Contact late = a;
        late.version = 4;
        late.state = ContactState::Assigned;
        QSignalSpy removed(f.pipeline.source(), &QAbstractItemModel::rowsRemoved);
        f.source().upsert(late);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(f.source().contact(f.source().rowOf(QStringLiteral("a"))).subject, QStringLiteral("Ny uppgift"));
    }

    void waitingText_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("five seconds") << 5 << "0:05";
        QTest::newRow("twelve minutes") << 720 << "12:00";
        QTest::newRow("just under an hour") << 3599 << "59:59";
        QTest::newRow("past an hour") << 3723 << "1:02:03";
        QTest::newRow("clock skew") << -3 << "0:00";
    }

    void waitingText()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        Fixture f;
        f.source().setContacts({makeContact(QStringLiteral("a"), 2, f.now.addSecs(-seconds), QStringLiteral("Anna"))});
        const QModelIndex cell = f.output().index(0, f.outputColumnOf(QueuePipeline::WaitingColumn));
        QCOMPARE(cell.data().toString(), text);
        QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), text);
        QCOMPARE(cell.data(ContactQueueModel::ContactIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(WaitingTimeProxyModel::formatWaiting(seconds), text);
    }

    void tickSignalsOnlyTheWaitingColumn()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        QVERIFY(!f.pipeline.waitingTime()->isTicking());
        QSignalSpy sourceChanged(f.pipeline.source(), &QAbstractItemModel::dataChanged);
        QSignalSpy waitingChanged(f.pipeline.waitingTime(), &QAbstractItemModel::dataChanged);
        QSignalSpy outputChanged(f.pipeline.output(), &QAbstractItemModel::dataChanged);
        const int waitingColumn = f.pipeline.waitingTime()->waitingColumn();
        QCOMPARE(waitingColumn, int(ContactQueueModel::ColumnCount));
        const int outputColumn = f.outputColumnOf(QueuePipeline::WaitingColumn);
        const QModelIndex aCell = f.output().index(f.source().rowOf(QStringLiteral("a")), outputColumn);
        QCOMPARE(aCell.data().toString(), QStringLiteral("1:00:00"));

        // WHEN a second passes and the timer ticks
        f.now = f.now.addSecs(1);
        f.pipeline.waitingTime()->tick();

        // THEN one signal covers the Waiting column of every row, and nothing else
        QCOMPARE(waitingChanged.count(), 1);
        auto tl = waitingChanged.at(0).at(0).value<QModelIndex>();
        auto br = waitingChanged.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl.column(), waitingColumn);
        QCOMPARE(br.column(), waitingColumn);
        QCOMPARE(tl.row(), 0);
        QCOMPARE(br.row(), 3);
        QCOMPARE(outputChanged.count(), 1);
        QCOMPARE(outputChanged.at(0).at(0).value<QModelIndex>().column(), outputColumn);
        QCOMPARE(outputChanged.at(0).at(1).value<QModelIndex>().column(), outputColumn);
        QCOMPARE(sourceChanged.count(), 0);
        QCOMPARE(aCell.data().toString(), QStringLiteral("1:00:01"));

        // GIVEN the view shows only output row 1 (b)
        waitingChanged.clear();
        f.pipeline.setVisibleRows(1, 1);
        f.pipeline.waitingTime()->tick();
        QCOMPARE(waitingChanged.count(), 1);
        tl = waitingChanged.at(0).at(0).value<QModelIndex>();
        br = waitingChanged.at(0).at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 1);
        QCOMPARE(br.row(), 1);
        QCOMPARE(tl.column(), waitingColumn);

        // WHEN rows change, the remembered range is stale: ticks cover every row again
        f.source().upsert(makeContact(QStringLiteral("x"), 1, T0, QStringLiteral("Bo Exempelsson")));
        waitingChanged.clear();
        f.pipeline.waitingTime()->tick();
        QCOMPARE(waitingChanged.count(), 1);
        QCOMPARE(waitingChanged.at(0).at(1).value<QModelIndex>().row(), 4);
        QCOMPARE(sourceChanged.count(), 0);

        // and an empty table does not tick at all
        f.source().setContacts({});
        waitingChanged.clear();
        f.pipeline.waitingTime()->tick();
        QCOMPARE(waitingChanged.count(), 0);
    }

    void timerTicksByItself()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        QSignalSpy waitingChanged(f.pipeline.waitingTime(), &QAbstractItemModel::dataChanged);
        f.pipeline.waitingTime()->setTicking(true);
        QVERIFY(f.pipeline.waitingTime()->isTicking());
        QVERIFY(waitingChanged.wait(3000));
        f.pipeline.waitingTime()->setTicking(false);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("caller name") << "anna" << QStringList{"a"};
        QTest::newRow("caller name, upper case") << "PROVSTRÖM" << QStringList{"c"};
        QTest::newRow("phone digits") << "0701740612" << QStringList{"b"};
        QTest::newRow("phone as said") << "070-174 06 05" << QStringList{"a"};
        QTest::newRow("phone E.164") << "+46311234567" << QStringList{"d"};
        QTest::newRow("part of a number") << "0701740" << QStringList{"a", "b"};
        QTest::newRow("subject word") << "cykel" << QStringList{"d", "a"};
        QTest::newRow("two words, any order") << "stationen cykel" << QStringList{"a"};
        QTest::newRow("two words, other order") << "cykel stationen" << QStringList{"a"};
        QTest::newRow("queue") << "anmalan" << QStringList{"d", "a", "b", "c"};
        QTest::newRow("channel") << "phone" << QStringList{"d", "a", "b", "c"};
        QTest::newRow("nothing") << "xyzzy" << QStringList{};
    }

    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Fixture f;
        f.source().setContacts(fourContacts());
        f.pipeline.setFilterText(text);
        QCOMPARE(f.pipeline.filterText(), text);
        QCOMPARE(ids(f.output()), expected);
        f.pipeline.setFilterText(QString());
        QCOMPARE(f.output().rowCount(), 4);
    }

    void newContactsMeetTheFilter()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        f.pipeline.setFilterText(QStringLiteral("cykel"));
        QCOMPARE(ids(f.output()), (QStringList{"d", "a"}));
        QSignalSpy outputInserted(f.pipeline.output(), &QAbstractItemModel::rowsInserted);

        // A contact that matches appears at its place in service order …
        f.source().upsert(makeContact(QStringLiteral("m"), 2, T0.addSecs(60), QStringLiteral("Eva Påhittad"), {},
                                      QStringLiteral("Cykel borta från förrådet")));
        QCOMPARE(outputInserted.count(), 1);
        QCOMPARE(ids(f.output()), (QStringList{"d", "a", "m"}));
        // … one that does not match stays out …
        f.source().upsert(makeContact(QStringLiteral("n"), 1, T0, QStringLiteral("Bo Exempelsson"), {},
                                      QStringLiteral("Hittat en plånbok")));
        QCOMPARE(outputInserted.count(), 1);
        QCOMPARE(ids(f.output()), (QStringList{"d", "a", "m"}));
        // … until an update makes it match.
        Contact n = f.source().contact(f.source().rowOf(QStringLiteral("n")));
        n.subject = QStringLiteral("Hittat en cykel");
        n.version = 2;
        f.source().upsert(n);
        QCOMPARE(ids(f.output()), (QStringList{"n", "d", "a", "m"}));
        QCOMPARE(f.source().rowCount(), 6);
    }

    void columnsRearrangeAndPersist()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("columns.ini"));
        const QString key = QStringLiteral("queueTable/columns");
        {
            Fixture f;
            f.source().setContacts(fourContacts());
            // Default: all columns, urgency first, Waiting right after Caller.
            QCOMPARE(f.pipeline.columns(), QueuePipeline::defaultColumns());
            QCOMPARE(f.output().columnCount(), 7);
            QCOMPARE(f.output().headerData(0, Qt::Horizontal).toString(), QStringLiteral("Urgency"));
            QCOMPARE(f.output().headerData(4, Qt::Horizontal).toString(), QStringLiteral("Waiting"));

            f.pipeline.setColumns({ContactQueueModel::Priority, QueuePipeline::WaitingColumn, ContactQueueModel::Caller,
                                   ContactQueueModel::Priority, 99, -1});
            const QList<int> chosen{ContactQueueModel::Priority, QueuePipeline::WaitingColumn,
                                    ContactQueueModel::Caller};
            QCOMPARE(f.pipeline.columns(), chosen);
            QCOMPARE(f.output().columnCount(), 3);
            QCOMPARE(f.output().headerData(0, Qt::Horizontal).toString(), QStringLiteral("Urgency"));
            QCOMPARE(f.output().headerData(1, Qt::Horizontal).toString(), QStringLiteral("Waiting"));
            QCOMPARE(f.output().headerData(2, Qt::Horizontal).toString(), QStringLiteral("Caller"));
            QCOMPARE(f.output().index(0, 0).data().toString(), QStringLiteral("1 Acute"));
            QCOMPARE(f.output().index(0, 1).data().toString(), QStringLiteral("50:00"));
            QCOMPARE(f.output().index(0, 2).data().toString(), QStringLiteral("David Fiktivsson"));

            QSettings settings(ini, QSettings::IniFormat);
            f.pipeline.saveColumns(settings, key);
            settings.sync();
            QCOMPARE(settings.value(key).toStringList(), (QStringList{"priority", "waiting", "caller"}));
        }
        {
            // A new session restores the choice by name.
            Fixture f;
            QSettings settings(ini, QSettings::IniFormat);
            f.pipeline.restoreColumns(settings, key);
            QCOMPARE(f.pipeline.columns(), (QList<int>{ContactQueueModel::Priority, QueuePipeline::WaitingColumn,
                                                       ContactQueueModel::Caller}));

            // A name this version does not know (a column of a later or earlier version) is ignored.
            settings.setValue(key, QStringList{"subject", "mood", "channel"});
            f.pipeline.restoreColumns(settings, key);
            QCOMPARE(f.pipeline.columns(), (QList<int>{ContactQueueModel::Subject, ContactQueueModel::Channel}));

            // Nothing usable, or nothing saved: the default order.
            settings.setValue(key, QStringList{"mood"});
            f.pipeline.restoreColumns(settings, key);
            QCOMPARE(f.pipeline.columns(), QueuePipeline::defaultColumns());
            f.pipeline.setColumns({ContactQueueModel::Queue});
            f.pipeline.restoreColumns(settings, QStringLiteral("queueTable/neverSaved"));
            QCOMPARE(f.pipeline.columns(), QueuePipeline::defaultColumns());
        }
        for (int c = 0; c < QueuePipeline::LogicalColumnCount; ++c)
            QCOMPARE(QueuePipeline::columnForName(QueuePipeline::columnName(c)), c);
        QCOMPARE(QueuePipeline::columnForName(QStringLiteral("mood")), -1);
    }

    void updatesReachRearrangedColumns()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        // Reversed, with Channel and Queue hidden: a source range of columns 0..5 no longer maps
        // corner to corner.
        f.pipeline.setColumns({ContactQueueModel::Priority, ContactQueueModel::Language, QueuePipeline::WaitingColumn,
                               ContactQueueModel::Subject, ContactQueueModel::Caller});
        QSignalSpy outputChanged(f.pipeline.output(), &QAbstractItemModel::dataChanged);
        Contact a = f.source().contact(f.source().rowOf(QStringLiteral("a")));
        a.subject = QStringLiteral("Stulen elcykel");
        a.version = 2;
        f.source().upsert(a);
        QCOMPARE(outputChanged.count(), 1);
        const auto tl = outputChanged.at(0).at(0).value<QModelIndex>();
        const auto br = outputChanged.at(0).at(1).value<QModelIndex>();
        QVERIFY(tl.isValid() && br.isValid());
        QCOMPARE(tl.column(), 0);
        QCOMPARE(br.column(), 4); // Priority .. Caller: the span of the visible source columns
        QCOMPARE(f.output().index(tl.row(), 3).data().toString(), QStringLiteral("Stulen elcykel"));

        // The Waiting column hidden: a tick reaches no output cell, and says so by silence.
        f.pipeline.setColumns({ContactQueueModel::Caller});
        outputChanged.clear();
        f.pipeline.waitingTime()->tick();
        QCOMPARE(outputChanged.count(), 0);
    }

    void mapToContactIdThroughThePipeline()
    {
        Fixture f;
        f.source().setContacts(fourContacts());
        f.pipeline.setFilterText(QStringLiteral("cykel"));
        f.pipeline.setColumns({QueuePipeline::WaitingColumn, ContactQueueModel::Subject, ContactQueueModel::Channel});
        const QStringList expected{"d", "a"};
        QCOMPARE(f.output().rowCount(), 2);
        for (int r = 0; r < f.output().rowCount(); ++r)
            for (int c = 0; c < f.output().columnCount(); ++c)
                QCOMPARE(f.pipeline.mapToContactId(f.output().index(r, c)), expected[r]);
        QCOMPARE(f.pipeline.mapToContactId({}), QString());
        // An index of another stage is not an output index.
        QCOMPARE(f.pipeline.mapToContactId(f.pipeline.source()->index(0, 0)), QString());
    }

    void randomUpdatesKeepServiceOrder()
    {
        // Many upserts of every kind on a small queue, under the testers of every stage, compared
        // with a plain sorted map after each step.
        Fixture f;
        f.pipeline.setColumns({ContactQueueModel::Subject, QueuePipeline::WaitingColumn, ContactQueueModel::Channel});
        QRandomGenerator rng(20260302);
        std::map<std::tuple<int, qint64, QString>, QString> expected;
        QHash<QString, Contact> live;
        const auto expectedIds = [&] {
            QStringList out;
            for (const auto& [key, id] : expected)
                out.append(id);
            return out;
        };
        const auto forget = [&](const Contact& c) {
            expected.erase({c.priority, c.receivedAt.toMSecsSinceEpoch(), c.id});
            live.remove(c.id);
        };
        const auto keep = [&](const Contact& c) {
            expected[{c.priority, c.receivedAt.toMSecsSinceEpoch(), c.id}] = c.id;
            live.insert(c.id, c);
        };

        QList<Contact> initial;
        for (int i = 0; i < 60; ++i) {
            initial.append(makeContact(QStringLiteral("c%1").arg(i), 1 + rng.bounded(5), T0.addSecs(rng.bounded(600)),
                                       QStringLiteral("Testperson %1").arg(i)));
            keep(initial.last());
        }
        f.source().setContacts(initial);
        QCOMPARE(ids(f.source()), expectedIds());

        int next = 60;
        for (int step = 0; step < 400; ++step) {
            const int kind = rng.bounded(6);
            if (kind == 0 || live.isEmpty()) {
                const Contact c = makeContact(QStringLiteral("c%1").arg(next++), 1 + rng.bounded(5),
                                              T0.addSecs(rng.bounded(600)), QStringLiteral("Ny testperson"));
                keep(c);
                f.source().upsert(c);
            } else {
                const QList<QString> keys = live.keys();
                Contact c = live.value(keys[rng.bounded(int(keys.size()))]);
                forget(c);
                ++c.version;
                switch (kind) {
                case 1:
                    c.priority = 1 + rng.bounded(5);
                    break;
                case 2:
                    c.receivedAt = T0.addSecs(rng.bounded(600));
                    break;
                case 3:
                    c.subject = QStringLiteral("Ärende %1").arg(step);
                    break;
                case 4:
                    c.state = ContactState::Assigned;
                    break;
                default:
                    f.source().remove(c.id);
                    continue;
                }
                if (c.state == ContactState::Waiting)
                    keep(c);
                f.source().upsert(c);
            }
            if (step % 50 == 0)
                f.pipeline.setFilterText(step % 100 ? QStringLiteral("ny") : QString());
            QCOMPARE(ids(f.source()), expectedIds());
        }
        f.pipeline.setFilterText(QString());
        QCOMPARE(ids(f.output()), expectedIds());
        for (const Contact& c : std::as_const(live))
            QCOMPARE(f.source().contact(f.source().rowOf(c.id)), c);
    }

    void largeQueue()
    {
        // 100,000 waiting contacts, then 1,000 upserts of every kind, through the whole pipeline
        // (no testers here: see the file comment). Timing belongs to the benchmarks; this checks
        // that it finishes and that the order is right.
        QDateTime now = T0.addSecs(7200);
        QueuePipeline pipeline([&now] { return now; });
        pipeline.waitingTime()->setTicking(false);
        ContactQueueModel& m = *pipeline.source();
        constexpr int N = 100'000;
        QList<Contact> contacts;
        contacts.reserve(N);
        for (int i = 0; i < N; ++i)
            contacts.append(makeContact(QStringLiteral("k%1").arg(i), 1 + i % 5,
                                        T0.addMSecs(qint64(i) * 37 % 3'600'000),
                                        QStringLiteral("Testperson %1").arg(i)));
        m.setContacts(contacts);
        QCOMPARE(m.rowCount(), N);

        QRandomGenerator rng(114'14);
        int inserted = 0;
        int removed = 0;
        for (int i = 0; i < 1000; ++i) {
            switch (i % 4) {
            case 0: // a new contact
                m.upsert(makeContact(QStringLiteral("n%1").arg(i), 1 + rng.bounded(5), T0.addSecs(rng.bounded(3600)),
                                     QStringLiteral("Testperson ny %1").arg(i)));
                ++inserted;
                break;
            case 1: { // a priority change
                Contact c = contacts[rng.bounded(N)];
                if (m.rowOf(c.id) < 0)
                    break;
                c = m.contact(m.rowOf(c.id));
                c.priority = 1 + (c.priority % 5);
                ++c.version;
                m.upsert(c);
                break;
            }
            case 2: { // an update in place
                const int row = rng.bounded(m.rowCount());
                Contact c = m.contact(row);
                c.subject = QStringLiteral("Uppdaterad %1").arg(i);
                ++c.version;
                m.upsert(c);
                QCOMPARE(m.rowOf(c.id), row);
                break;
            }
            default: { // taken by an agent
                Contact c = m.contact(rng.bounded(m.rowCount()));
                c.state = ContactState::Assigned;
                ++c.version;
                m.upsert(c);
                QCOMPARE(m.rowOf(c.id), -1);
                ++removed;
            }
            }
        }
        QCOMPARE(m.rowCount(), N + inserted - removed);
        QCOMPARE(pipeline.output()->rowCount(), m.rowCount());
        // The filter is set after the upserts: QSortFilterProxyModel turns each move into a layout
        // change and re-filters every row, which is the benchmarks' business, not this test's.
        int newOnes = 0;
        for (int row = 0; row < m.rowCount(); ++row)
            newOnes += m.contact(row).caller.name.startsWith(u"Testperson ny") ? 1 : 0;
        QVERIFY(newOnes > 0);
        pipeline.setFilterText(QStringLiteral("testperson ny"));
        QCOMPARE(pipeline.output()->rowCount(), newOnes);
        pipeline.setFilterText(QString());

        // Service order: a sample of neighbours across the table, and rowOf() finds each sampled row.
        for (int row = 1; row < m.rowCount(); row += 97) {
            const Contact& a = m.contact(row - 1);
            const Contact& b = m.contact(row);
            QVERIFY2(std::tuple(a.priority, a.receivedAt, a.id) < std::tuple(b.priority, b.receivedAt, b.id),
                     qPrintable(a.id + u" before " + b.id));
            QCOMPARE(m.rowOf(b.id), row);
            QCOMPARE(pipeline.mapToContactId(pipeline.output()->index(row, 0)), b.id);
        }
        QCOMPARE(m.contact(0).priority, 1);
        QCOMPARE(m.contact(m.rowCount() - 1).priority, 5);
    }
};

QTEST_GUILESS_MAIN(TestContactQueueModel)
#include "tst_contactqueuemodel.moc"
