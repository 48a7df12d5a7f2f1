// Backups: `stationops backup` while another connection keeps writing, `stationops restore`
// with its checks, and the daily copy with rotation.
#include "Backup.h"
#include "Database.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace so;

namespace {

test::Run stationops(const QStringList &args)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, {}, test::offscreenEnvironment());
}

qint64 auditRows(const QString &file)
{
    DatabaseOptions ro;
    ro.readOnly = true;
    auto db = Database::open(file, ro);
    return db ? (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_event")).value() : -1;
}

// Another connection writing audit rows, one transaction each, until told to stop.
class Writer : public QThread
{
public:
    Writer(QString config, QString data) : m_config(std::move(config)), m_data(std::move(data)) {}
    QAtomicInt stop;
    QAtomicInt written;
    QString error;

protected:
    void run() override
    {
        auto core = StationCore::open(m_config, m_data);
        if (!core) {
            error = core.error();
            return;
        }
        while (!stop.loadRelaxed()) {
            Transaction tx((*core)->db());
            Status s = tx.started()
                           ? (*core)->audit().record(
                                 QStringLiteral("test:writer"), QStringLiteral("test_write"),
                                 QStringLiteral("test"), QString::number(written.loadRelaxed()))
                           : Status(fail(tx.error()));
            if (s)
                s = tx.commit();
            if (!s) {
                error = s.error();
                return;
            }
            written.fetchAndAddRelaxed(1);
        }
    }

private:
    QString m_config, m_data;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("station"));
        const test::Run app = stationops(
            {QStringLiteral("--data-dir"), m_data, QStringLiteral("--exit-after-first-frame")});
        QVERIFY2(app.code == 0, qPrintable(app.err));
    }

    void backupWhileWritingThenRestore()
    {
        Writer writer(test::demoConfigDir(), m_data);
        writer.start();
        QTRY_VERIFY_WITH_TIMEOUT(writer.written.loadRelaxed() > 20 || !writer.error.isEmpty(),
                                 10000);
        const QString file = m_dir.filePath(QStringLiteral("copies/station.db"));
        const test::Run b = stationops({QStringLiteral("--data-dir"), m_data,
                                        QStringLiteral("backup"), QStringLiteral("--out"), file});
        const int whileBackingUp = writer.written.loadRelaxed();
        QTRY_VERIFY_WITH_TIMEOUT(
            writer.written.loadRelaxed() > whileBackingUp + 20 || !writer.error.isEmpty(), 10000);
        writer.stop.storeRelaxed(1);
        writer.wait();
        QVERIFY2(writer.error.isEmpty(), qPrintable(writer.error));
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QVERIFY(b.out.contains(QStringLiteral("checked")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QVERIFY2(Backup::check(file).ok(), qPrintable(Backup::check(file).error()));
        // The copy is one moment of a database that kept changing: it has fewer rows than now.
        const qint64 inCopy = auditRows(file);
        const qint64 now = auditRows(StationCore::databaseFile(m_data));
        QVERIFY2(inCopy > 0 && inCopy < now,
                 qPrintable(QStringLiteral("%1 vs %2").arg(inCopy).arg(now)));

        const test::Run r =
            stationops({QStringLiteral("--data-dir"), m_data, QStringLiteral("restore"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("before-restore")));
        QCOMPARE(auditRows(StationCore::databaseFile(m_data)), inCopy);
        const test::Run v =
            stationops({QStringLiteral("--data-dir"), m_data, QStringLiteral("verify")});
        QVERIFY2(v.code == 0, qPrintable(v.err));
        // What was there before the restore is kept, whole.
        const QStringList kept =
            QDir(m_data).entryList({QStringLiteral("stationops.db.before-restore-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(auditRows(QDir(m_data).filePath(kept.first())), now);
    }

    void restoreChecksBeforeItReplaces()
    {
        const QString db = StationCore::databaseFile(m_data);
        // A copy whose audit chain was edited.
        const QString forged = m_dir.filePath(QStringLiteral("forged.db"));
        QVERIFY(stationops({QStringLiteral("--data-dir"), m_data, QStringLiteral("backup"),
                            QStringLiteral("--out"), forged})
                    .code == 0);
        {
            auto f = Database::open(forged);
            QVERIFY(f.ok());
            QVERIFY((*f)->execScript(QStringLiteral("DROP TRIGGER audit_event_no_update; UPDATE "
                                                    "audit_event SET created_by='x' WHERE seq=2;"))
                        .ok());
        }
        const QByteArray before = test::sha256Of(db);
        const QString junk = test::writeFile(m_dir.path(), QStringLiteral("junk.db"),
                                             QByteArray("not a database at all").repeated(100));
        const test::Run r1 =
            stationops({QStringLiteral("--data-dir"), m_data, QStringLiteral("restore"), junk});
        QCOMPARE(r1.code, 1);
        QVERIFY2(r1.err.contains(QStringLiteral("junk.db")) &&
                     r1.err.contains(QStringLiteral("nothing was changed")),
                 qPrintable(r1.err));
        const test::Run r2 =
            stationops({QStringLiteral("--data-dir"), m_data, QStringLiteral("restore"), forged});
        QCOMPARE(r2.code, 1);
        QVERIFY2(r2.err.contains(QStringLiteral("audit_event seq 2")), qPrintable(r2.err));
        const test::Run missing =
            stationops({QStringLiteral("--data-dir"), m_data, QStringLiteral("restore"),
                        m_dir.filePath(QStringLiteral("nope.db"))});
        QCOMPARE(missing.code, 1);
        QCOMPARE(test::sha256Of(db), before);
    }

    void dailyCopyWithRotation()
    {
        // 2026-11-27 01:00 UTC is 09:00 in Shanghai; the copy is due after 02:30 station time.
        auto clock = std::make_shared<ManualClock>(
            QDateTime(QDate(2026, 11, 26), QTime(17, 0), Qt::UTC)); // 01:00 local
        auto core = StationCore::open(test::demoConfigDir(),
                                      m_dir.filePath(QStringLiteral("daily")), clock);
        QVERIFY2(core.ok(), qPrintable(core.error()));
        BackupScheduler scheduler(**core);
        QCOMPARE(scheduler.runIfDue().value(), QString());
        clock->advanceMs(2 * 3600 * 1000); // 03:00
        const QString first = scheduler.runIfDue().value();
        QVERIFY(first.endsWith(QStringLiteral("stationops-2026-11-27.db")));
        QVERIFY(Backup::check(first).ok());
        QCOMPARE(scheduler.runIfDue().value(), QString()); // once a day
        for (int day = 0; day < 16; ++day) {
            clock->advanceMs(24LL * 3600 * 1000);
            QVERIFY(!scheduler.runIfDue().value().isEmpty());
        }
        const QStringList files =
            QDir(scheduler.folder()).entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), (*core)->config().backupKeep);
        QCOMPARE(files.last(), QStringLiteral("stationops-2026-12-13.db"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
