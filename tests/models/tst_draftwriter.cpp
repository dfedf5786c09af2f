// SPDX-FileCopyrightText: 2026 The Kontaktcenter authors
// SPDX-License-Identifier: EUPL-1.2
// DraftWriter: drafts reach the store from a worker thread, newest wins, bursts coalesce, flush()
// is a barrier, removal is ordered with saves, destruction writes what is pending. The store is a
// real SQLite file (WAL), read back through a second connection on the test's thread.
#include "models/draftwriter.h"
#include "models/localstore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kc;

namespace {
Draft draftWith(const QString& contactId, const QString& narrative,
                const QString& section = QStringLiteral("narrative"))
{
    return Draft{contactId, QJsonObject{{QStringLiteral("narrative"), narrative}}, section,
                 QDateTime::currentDateTimeUtc()};
}
} // namespace

class TestDraftWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString path() { return m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_serial)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void burstCoalescesAndNewestWins()
    {
        const QString file = path();
        auto store = LocalStore::open(file);
        QVERIFY(store.ok());
        DraftWriter writer(file);
        QString typed;
        for (int i = 0; i < 2000; ++i) {
            typed += QChar(u'a' + i % 26);
            writer.save(draftWith(QStringLiteral("c1"), typed));
        }
        QVERIFY(writer.flush());
        const auto saved = (*store)->draft(QStringLiteral("c1"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->report.value(u"narrative").toString(), typed);
        QCOMPARE(saved->section, QStringLiteral("narrative"));
        // Coalesced: far fewer commits than keystrokes (the exact number depends on the disk).
        QVERIFY2(writer.writes() < 2000, qPrintable(QString::number(writer.writes())));
        QVERIFY(writer.writes() >= 1);
    }

    void severalContactsKeepTheirOwnDrafts()
    {
        const QString file = path();
        auto store = LocalStore::open(file);
        QVERIFY(store.ok());
        DraftWriter writer(file);
        writer.save(draftWith(QStringLiteral("a"), QStringLiteral("första"), QStringLiteral("reporter")));
        writer.save(draftWith(QStringLiteral("b"), QStringLiteral("andra"), QStringLiteral("offence")));
        writer.flush();
        QCOMPARE((*store)->draft(QStringLiteral("a"))->report.value(u"narrative").toString(), QStringLiteral("första"));
        QCOMPARE((*store)->draft(QStringLiteral("a"))->section, QStringLiteral("reporter"));
        QCOMPARE((*store)->draft(QStringLiteral("b"))->section, QStringLiteral("offence"));
    }

    void removeIsOrderedWithSaves()
    {
        const QString file = path();
        auto store = LocalStore::open(file);
        QVERIFY(store.ok());
        DraftWriter writer(file);
        writer.save(draftWith(QStringLiteral("c"), QStringLiteral("x")));
        writer.remove(QStringLiteral("c"));
        writer.flush();
        QVERIFY(!(*store)->draft(QStringLiteral("c")).has_value());
        writer.remove(QStringLiteral("d"));
        writer.save(draftWith(QStringLiteral("d"), QStringLiteral("y")));
        writer.flush();
        QCOMPARE((*store)->draft(QStringLiteral("d"))->report.value(u"narrative").toString(), QStringLiteral("y"));
    }

    void destructionWritesWhatIsPending()
    {
        const QString file = path();
        {
            DraftWriter writer(file);
            writer.save(draftWith(QStringLiteral("e"), QStringLiteral("sista tecknet")));
        }
        auto store = LocalStore::open(file);
        QVERIFY(store.ok());
        QCOMPARE((*store)->draft(QStringLiteral("e"))->report.value(u"narrative").toString(),
                 QStringLiteral("sista tecknet"));
    }

    void unwritableStoreReportsAndKeepsTheDraft()
    {
        // A directory where the file should be: the store cannot open, the writer says so.
        const QString file = m_dir.filePath(QStringLiteral("not-a-file"));
        QVERIFY(QDir().mkpath(file));
        DraftWriter writer(file);
        QSignalSpy failed(&writer, &DraftWriter::saveFailed);
        writer.save(draftWith(QStringLiteral("f"), QStringLiteral("text")));
        // flush() ends with that one attempt and says it failed: a broken disk never freezes the GUI
        QVERIFY(!writer.flush());
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
        QCOMPARE(writer.writes(), 0);
        // a later save is tried again (and fails again) without waiting for the 2 s retry
        writer.save(draftWith(QStringLiteral("f"), QStringLiteral("text 2")));
        QVERIFY(!writer.flush());
    }
};

QTEST_GUILESS_MAIN(TestDraftWriter)
#include "tst_draftwriter.moc"
