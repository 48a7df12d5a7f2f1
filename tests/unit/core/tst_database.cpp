#include "Database.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <unistd.h>

using namespace so;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q || !q->next())
        return {};
    return q->value(0);
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void freshDatabaseHasPragmasAndSchema()
    {
        auto db = Database::open(path(QStringLiteral("fresh/stationops.db")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QVERIFY(Database::latestVersion() >= 1);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(scalar(**db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
        QVERIFY((*db)->checkIntegrity().ok());
    }

    // A second connection in this process (the sync thread's) must not drop the first one's
    // locks: then another process that closes the file last takes the WAL for unused and deletes
    // it, and every later write of this process goes into a deleted file and is lost.
    void aSecondConnectionKeepsTheFirstOnesLocks()
    {
        const QString file = path(QStringLiteral("locks/stationops.db"));
        auto first = Database::open(file);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(
            (*first)
                ->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('lock-test', 'one')"))
                .ok());
        {
            auto second = Database::open(file);
            QVERIFY2(second.ok(), qPrintable(second.error()));
        }
        // Another process opens and closes the file, as `stationops backup` or `verify` would.
        QVERIFY(
            run(QStringLiteral("sqlite3"), {file, QStringLiteral("SELECT COUNT(*) FROM meta")}));
        QVERIFY((*first)
                    ->exec(QStringLiteral("UPDATE meta SET value = 'two' WHERE key = 'lock-test'"))
                    .ok());
        QProcess p;
        p.start(QStringLiteral("sqlite3"),
                {file, QStringLiteral("SELECT value FROM meta WHERE key = 'lock-test'")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("two"));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    }

    void deviceIdIsStableAndSeqHasNoGaps()
    {
        const QString file = path(QStringLiteral("dev/stationops.db"));
        QString id;
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            id = (*db)->deviceId();
            QVERIFY(!id.isEmpty());
            Transaction tx(**db);
            QCOMPARE(*(*db)->nextDeviceSeq(), qint64(1));
            QCOMPARE(*(*db)->nextDeviceSeq(), qint64(2));
            QVERIFY(tx.commit().ok());
        }
        auto db = Database::open(file);
        QVERIFY(db.ok());
        QCOMPARE((*db)->deviceId(), id);
        {
            Transaction rolledBack(**db);
            QCOMPARE(*(*db)->nextDeviceSeq(), qint64(3));
        }
        Transaction tx(**db);
        QCOMPARE(*(*db)->nextDeviceSeq(), qint64(3)); // the rolled-back number is reused: no gap
        QVERIFY(tx.commit().ok());
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        auto db = Database::open(path(QStringLiteral("nest/stationops.db")));
        QVERIFY(db.ok());
        Transaction outer(**db);
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO meta VALUES('a','1')")).ok());
        {
            Transaction inner(**db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO meta VALUES('b','2')")).ok());
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key IN ('a','b')"))
                     .toInt(),
                 1);
    }

    // Builds a database at every earlier schema version, puts a record in, and upgrades it.
    void upgradesFromEveryEarlierVersion()
    {
        for (int v = 0; v < Database::latestVersion(); ++v) {
            const QString file = path(QStringLiteral("up%1/stationops.db").arg(v));
            {
                DatabaseOptions o;
                o.migrateTo = v;
                auto db = Database::open(file, o);
                QVERIFY2(db.ok(), qPrintable(db.error()));
                QCOMPARE((*db)->schemaVersion(), v);
                if (v >= 1)
                    QVERIFY((*db)
                                ->exec(QStringLiteral("INSERT INTO meta VALUES('fixture','kept')"))
                                .ok());
            }
            auto db = Database::open(file);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
            QVERIFY((*db)->checkIntegrity().ok());
            if (v >= 1)
                QCOMPARE(scalar(**db, QStringLiteral("SELECT value FROM meta WHERE key='fixture'"))
                             .toString(),
                         QStringLiteral("kept"));
        }
    }

    void refusesNewerDatabaseUntouched()
    {
        const QString file = path(QStringLiteral("newer/stationops.db"));
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            QVERIFY(
                (*db)
                    ->execScript(
                        QStringLiteral("PRAGMA user_version=%1").arg(Database::latestVersion() + 1))
                    .ok());
        }
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("newer")), qPrintable(db.error()));
        QVERIFY(db.error().contains(file));
        QCOMPARE(fileHash(file), before);
    }

    void refusesFileThatIsNotSqlite()
    {
        const QString file = test::writeFile(m_dir.path(), QStringLiteral("text/stationops.db"),
                                             "these are the shift notes, not a database\n");
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("not an SQLite file")), qPrintable(db.error()));
        QVERIFY(db.error().contains(file));
        QCOMPARE(fileHash(file), before);
    }

    void refusesTruncatedFile()
    {
        const QString file = path(QStringLiteral("trunc/stationops.db"));
        {
            auto db = Database::open(file);
            QVERIFY(db.ok());
            Transaction tx(**db);
            for (int i = 0; i < 2000; ++i)
                QVERIFY((*db)
                            ->exec(QStringLiteral("INSERT INTO meta VALUES(?, ?)"),
                                   {QStringLiteral("k%1").arg(i), QString(100, QLatin1Char('x'))})
                            .ok());
            QVERIFY(tx.commit().ok());
            QVERIFY((*db)->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        }
        QFile f(file);
        QVERIFY(f.size() > 8192);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("truncated")), qPrintable(db.error()));
        QCOMPARE(fileHash(file), before);
    }

    void refusesReadOnlyDataFolder()
    {
        // Permission bits do not bind root, so as root the folder is a read-only mount.
        const QString dir = path(QStringLiteral("ro"));
        QDir().mkpath(dir);
        const bool root = geteuid() == 0;
        if (root) {
            QVERIFY(run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=1m,ro"), QStringLiteral("tmpfs"), dir}));
        } else {
            QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        }
        auto db = Database::open(QDir(dir).filePath(QStringLiteral("stationops.db")));
        if (root)
            run(QStringLiteral("umount"), {dir});
        else
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QStringLiteral("read-only")), qPrintable(db.error()));
    }

    void recordTablesRefuseUpdateAndDelete()
    {
        auto db = Database::open(path(QStringLiteral("imm/stationops.db")));
        QVERIFY(db.ok());
        QVERIFY((*db)
                    ->exec(QStringLiteral(
                        "INSERT INTO audit_event(id, device_id, device_seq, created_at, "
                        "created_by, action, entity_kind, entity_id, prev_hash, hash) "
                        "VALUES('x','d',1,0,'t','a','k','e','p','h')"))
                    .ok());
        auto upd = (*db)->exec(QStringLiteral("UPDATE audit_event SET action='b'"));
        QVERIFY(!upd.ok());
        QVERIFY2(upd.error().contains(QStringLiteral("immutable")), qPrintable(upd.error()));
        QVERIFY(!(*db)->exec(QStringLiteral("DELETE FROM audit_event")).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
