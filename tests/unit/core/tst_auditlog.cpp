#include "AuditLog.h"
#include "Database.h"
#include "RecordWrite.h"
#include "StationCore.h"
#include "TestSupport.h"
#include "Uuid7.h"

#include <QCryptographicHash>
#include <QTest>

using namespace so;

class TestAuditLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;

    // A database with five audited changes.
    std::unique_ptr<Database> chain()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("a%1/stationops.db").arg(++m_n)));
        if (!db)
            qFatal("%s", qPrintable(db.error()));
        auto clock = test::pinnedClock();
        Uuid7 ids(*clock);
        AuditLog audit(**db, ids, *clock);
        for (int i = 1; i <= 5; ++i) {
            Transaction tx(**db);
            const Status s = audit.record(
                QStringLiteral("3001"), QStringLiteral("changed"), QStringLiteral("thing"),
                QString::number(i), {{QStringLiteral("n"), i - 1}}, {{QStringLiteral("n"), i}});
            if (!s || !tx.commit())
                qFatal("audit failed");
            clock->advanceMs(1000);
        }
        return db.take();
    }

private Q_SLOTS:
    void intactChainVerifies()
    {
        auto db = chain();
        const Status s = AuditLog::verify(*db);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        auto q = db->exec(QStringLiteral("SELECT prev_hash FROM audit_event WHERE seq=1"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), AuditLog::genesisHash());
    }

    void refusedOutsideATransaction()
    {
        auto db = chain();
        auto clock = test::pinnedClock();
        Uuid7 ids(*clock);
        AuditLog audit(*db, ids, *clock);
        QVERIFY(!audit
                     .record(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"),
                             QStringLiteral("1"))
                     .ok());
    }

    void alteredRowIsNamed()
    {
        auto db = chain();
        QVERIFY(db->execScript(
                      QStringLiteral("DROP TRIGGER audit_event_no_update; "
                                     "UPDATE audit_event SET after_json='{\"n\":99}' WHERE seq=3"))
                    .ok());
        const Status s = AuditLog::verify(*db);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("seq 3")), qPrintable(s.error()));
        QVERIFY(s.error().contains(QStringLiteral("altered")));
    }

    // A file's chain from before per-device chains (chain 1, its hash over the local seq) keeps
    // verifying after the upgrade; the next row starts this device's chain (chain 2) at the
    // genesis hash, and an altered old row is still found.
    void aChainFromBeforeTheUpgradeStillVerifies()
    {
        DatabaseOptions o;
        o.migrateTo = 14;
        const QString file = m_dir.filePath(QStringLiteral("old/stationops.db"));
        {
            auto db = Database::open(file, o);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            // Written as the app wrote it before: sha256(seq, prev, every column), unit-separated.
            QString prev = AuditLog::genesisHash();
            for (int seq = 1; seq <= 3; ++seq) {
                const QVariantList fields{QStringLiteral("old-%1").arg(seq),
                                          (*db)->deviceId(),
                                          seq,
                                          1000 * seq,
                                          QStringLiteral("3001"),
                                          QStringLiteral("changed"),
                                          QStringLiteral("thing"),
                                          QString::number(seq),
                                          QVariant(),
                                          QStringLiteral("{\"n\":%1}").arg(seq)};
                QCryptographicHash h(QCryptographicHash::Sha256);
                h.addData(QByteArray::number(seq));
                h.addData(QByteArrayView("\x1f", 1));
                h.addData(prev.toUtf8());
                for (const QVariant &f : fields) {
                    h.addData(QByteArrayView("\x1f", 1));
                    h.addData(f.isNull() ? QByteArrayView("\x00", 1)
                                         : QByteArrayView(f.toString().toUtf8()));
                }
                const QString hash = QString::fromLatin1(h.result().toHex());
                QVariantList binds{seq};
                binds << fields << prev << hash;
                QVERIFY(
                    (*db)
                        ->exec(
                            QStringLiteral(
                                "INSERT INTO audit_event(seq, id, device_id, device_seq, "
                                "created_at, created_by, action, "
                                "entity_kind, entity_id, before_json, after_json, prev_hash, hash) "
                                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                            binds)
                        .ok());
                prev = hash;
            }
            QVERIFY((*db)->exec(QStringLiteral("UPDATE device_counter SET seq = 3")).ok());
            // A backup from before the upgrade is checked as it is, without migrating it.
            QVERIFY2(AuditLog::verify(**db).ok(), qPrintable(AuditLog::verify(**db).error()));
        }
        auto db = Database::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY2(AuditLog::verify(**db).ok(), qPrintable(AuditLog::verify(**db).error()));
        auto clock = test::pinnedClock();
        Uuid7 ids(*clock);
        AuditLog audit(**db, ids, *clock);
        {
            Transaction tx(**db);
            QVERIFY(audit
                        .record(QStringLiteral("3001"), QStringLiteral("changed"),
                                QStringLiteral("thing"), QStringLiteral("4"))
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY2(AuditLog::verify(**db).ok(), qPrintable(AuditLog::verify(**db).error()));
        auto q = (*db)->exec(
            QStringLiteral("SELECT chain, prev_hash, prev_id FROM audit_event WHERE seq=4"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 2);
        QCOMPARE(q->value(1).toString(), AuditLog::genesisHash());
        QVERIFY(q->value(2).isNull());
        q->finish();
        // Old rows do not travel: their hash names a seq that means nothing elsewhere.
        QCOMPARE((*db)
                     ->scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM sync_arrival WHERE kind='audit_event'"))
                     .value(),
                 qint64(1));
        QVERIFY((*db)
                    ->execScript(QStringLiteral("DROP TRIGGER audit_event_no_update; UPDATE "
                                                "audit_event SET created_by='x' WHERE seq=2"))
                    .ok());
        const Status s = AuditLog::verify(**db);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("seq 2")) &&
                     s.error().contains(QStringLiteral("altered")),
                 qPrintable(s.error()));
    }

    // This device's last row deleted under rows another device's chain added later: each
    // chain still reads whole, but the local numbers have a hole.
    void ownLastRowDeletedUnderLaterRowsIsFound()
    {
        auto db = chain();
        QVERIFY(db->renewDeviceId().ok()); // the rows after come from another chain
        auto clock = test::pinnedClock();
        Uuid7 ids(*clock);
        AuditLog audit(*db, ids, *clock);
        {
            Transaction tx(*db);
            QVERIFY(audit
                        .record(QStringLiteral("3001"), QStringLiteral("changed"),
                                QStringLiteral("thing"), QStringLiteral("6"))
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(AuditLog::verify(*db).ok());
        QVERIFY(db->execScript(QStringLiteral(
                                   "PRAGMA foreign_keys=OFF; DROP TRIGGER audit_event_no_delete; "
                                   "DELETE FROM audit_event WHERE seq=5; PRAGMA foreign_keys=ON;"))
                    .ok());
        const Status s = AuditLog::verify(*db);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("seq 5")) &&
                     s.error().contains(QStringLiteral("deleted")),
                 qPrintable(s.error()));
    }

    void deletedRowIsNamed()
    {
        auto db = chain();
        // As the sqlite3 tool would, with foreign keys off (prev_id would refuse it otherwise).
        QVERIFY(db->execScript(QStringLiteral(
                                   "PRAGMA foreign_keys=OFF; DROP TRIGGER audit_event_no_delete; "
                                   "DELETE FROM audit_event WHERE seq=2; PRAGMA foreign_keys=ON;"))
                    .ok());
        const Status s = AuditLog::verify(*db);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("seq 3")), qPrintable(s.error()));
    }

    void insertedRowIsNamed()
    {
        auto db = chain();
        // A forged row appended with the right prev_hash but a made-up hash.
        auto last = db->exec(QStringLiteral("SELECT hash FROM audit_event WHERE seq=5"));
        QVERIFY(last && last->next());
        const QString prev = last->value(0).toString();
        last->finish();
        QVERIFY(db->exec(QStringLiteral(
                             "INSERT INTO audit_event(seq, id, device_id, device_seq, created_at, "
                             "created_by, action, entity_kind, entity_id, prev_hash, hash) "
                             "VALUES(6,'forged','d',99,0,'3001','changed','thing','6',?,?)"),
                         {prev, QString(64, QLatin1Char('a'))})
                    .ok());
        const Status s = AuditLog::verify(*db);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("seq 6")), qPrintable(s.error()));
    }

    void rowsSwappedBetweenPositionsAreCaught()
    {
        auto db = chain();
        QVERIFY(db->execScript(QStringLiteral("DROP TRIGGER audit_event_no_update; "
                                              "UPDATE audit_event SET entity_id = CASE seq WHEN 2 "
                                              "THEN '4' ELSE '2' END WHERE seq IN (2,4)"))
                    .ok());
        QVERIFY(!AuditLog::verify(*db).ok());
    }
    // RecordWrite, the one shape of every service's change: the steps and the audit line go in
    // together, and the first failure stops the rest, keeps its message and leaves nothing
    // behind: no row, no audit line, no device_seq used up.
    void aFailedStepLeavesNothingWritten()
    {
        auto opened = StationCore::open(
            test::demoConfigDir(), m_dir.filePath(QStringLiteral("write")), test::pinnedClock());
        QVERIFY2(opened, qPrintable(opened.error()));
        StationCore &core = **opened;
        QVERIFY(
            core.db().execScript(QStringLiteral("CREATE TABLE scratch (id TEXT, seq INTEGER)")));
        auto rows = [&] {
            auto q = core.db().exec(QStringLiteral("SELECT COUNT(*) FROM scratch"));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        auto insert = [&](const Stamp &st) {
            return ok(core.db().exec(QStringLiteral("INSERT INTO scratch VALUES (?, ?)"),
                                     {st.id, st.deviceSeq}));
        };
        const qint64 auditBefore = AuditLog::rowCount(core.db()).value();

        RecordWrite first(core, QStringLiteral("3001"));
        const Stamp one = first.stamp();
        QVERIFY(!one.id.isEmpty());
        first.step([&] { return insert(one); })
            .audit(QStringLiteral("made"), QStringLiteral("scratch"), one.id);
        QVERIFY2(first.commit().ok(), qPrintable(first.error()));
        QCOMPARE(rows(), 1);
        QCOMPARE(AuditLog::rowCount(core.db()).value(), auditBefore + 1);

        bool laterStepRan = false;
        qint64 failedSeq = 0;
        {
            RecordWrite failing(core, QStringLiteral("3001"));
            const Stamp two = failing.stamp();
            QVERIFY(two.deviceSeq > one.deviceSeq);
            failedSeq = two.deviceSeq;
            failing.step([&] { return insert(two); })
                .step([] { return fail(QStringLiteral("the count does not add up")); })
                .step([&] {
                    laterStepRan = true;
                    return Status();
                })
                .audit(QStringLiteral("made"), QStringLiteral("scratch"), two.id);
            QVERIFY(!failing.ok());
            QVERIFY(failing.stamp().id.isEmpty());
            const Status s = failing.commit();
            QVERIFY(!s.ok());
            QCOMPARE(s.error(), QStringLiteral("the count does not add up"));
        }
        QVERIFY(!laterStepRan);
        QCOMPARE(rows(), 1);
        QCOMPARE(AuditLog::rowCount(core.db()).value(), auditBefore + 1);

        RecordWrite third(core, QStringLiteral("3001"));
        QCOMPARE(third.stamp().deviceSeq, failedSeq); // the failed write's number, not used up
        QVERIFY(third.commit().ok());
        QVERIFY(AuditLog::verify(core.db()).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
