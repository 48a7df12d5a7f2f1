// An upgrade keeps every record (#18). tests/package/fixtures/data-0.1.0.tar.gz is a data folder
// made by the 0.1.0 package's own program (the release before migrations 19 and 20), filled by
// its demo seeding: staff, alarms, inspections, cash shifts with sign-offs, incidents with their
// timelines and photos, handovers. This build opens it as the app and the gateway do after an
// upgrade: the schema is carried forward, `stationops verify` passes, and every row of every
// record table and the audit trail is still there, field for field.
// Made with the program built from the release commit (60eec92, schema 18):
//   stationops --data-dir D screenshot --out S      (seeds the demo station, as the app does)
//   stationops --data-dir D staff add --number 4101 --name-zh 王芳 --name-en "Wang Fang" --role
//   agent tar -czf data-0.1.0.tar.gz -C D stationops.db photos
// A release that changes the schema adds its own fixture here the same way.
#include "AppServices.h"
#include "Database.h"
#include "RecordKinds.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace so;

class TestUpgrade : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void aDatabaseMadeByTheLastReleaseKeepsEveryRecord()
    {
        const QString fixture =
            QStringLiteral(STATIONOPS_SOURCE_DIR "/tests/package/fixtures/data-0.1.0.tar.gz");
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        const test::Run untar = test::runProgram(
            QStringLiteral("tar"), {QStringLiteral("-xzf"), fixture, QStringLiteral("-C"), data});
        QVERIFY2(untar.code == 0, qPrintable(untar.err));
        const QString file = StationCore::databaseFile(data);
        // The release's file as it was: kept aside to compare against.
        const QString before = m_dir.filePath(QStringLiteral("before.db"));
        QVERIFY(QFile::copy(file, before));
        int fromVersion = 0;
        {
            DatabaseOptions o;
            o.readOnly = true;
            auto old = Database::open(before, o);
            QVERIFY2(old.ok(), qPrintable(old.error()));
            fromVersion = int((*old)->scalar(QStringLiteral("PRAGMA user_version")).value());
        }
        QCOMPARE(fromVersion, 18);

        // Opened as the app opens it after an upgrade: migrated, folds redone where asked.
        auto app = AppServices::build(test::demoConfigDir(), data);
        QVERIFY2(app.ok(), qPrintable(app.error()));
        Database &db = (*app)->core().db();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version")).value(),
                 qint64(Database::latestVersion()));
        QVERIFY(Database::latestVersion() > fromVersion);

        QStringList tables{QStringLiteral("audit_event"), QStringLiteral("staff_version")};
        for (const RecordKind &k : (*app)->core().records().all()) {
            tables << k.table;
            for (const ChildTable &c : k.children)
                tables << c.table;
        }
        tables.removeDuplicates();
        QVERIFY(db.exec(QStringLiteral("ATTACH DATABASE ? AS release"), {before}).ok());
        qint64 compared = 0;
        QStringList checked;
        for (const QString &table : std::as_const(tables)) {
            // A table the release did not have yet has nothing to keep.
            auto columns = db.column(
                QStringLiteral("SELECT name FROM pragma_table_info(?, 'release')"), {table});
            QVERIFY2(columns.ok(), qPrintable(columns.error()));
            if (columns->isEmpty())
                continue;
            const QString list = columns->join(QLatin1Char(','));
            const auto count = [&](const QString &sql) {
                auto n = db.scalar(sql);
                if (!n)
                    qWarning() << table << n.error();
                return n ? *n : qint64(-1);
            };
            const qint64 held = count(QStringLiteral("SELECT COUNT(*) FROM release.%1").arg(table));
            const qint64 now = count(QStringLiteral("SELECT COUNT(*) FROM main.%1").arg(table));
            QVERIFY2(held >= 0 && now >= 0, qPrintable(table));
            QVERIFY2(
                now >= held,
                qPrintable(
                    QStringLiteral("%1: %2 rows before, %3 after").arg(table).arg(held).arg(now)));
            const qint64 lost = count(QStringLiteral("SELECT COUNT(*) FROM (SELECT %1 FROM "
                                                     "release.%2 EXCEPT SELECT %1 FROM main.%2)")
                                          .arg(list, table));
            QVERIFY2(lost >= 0, qPrintable(table));
            QVERIFY2(
                lost == 0,
                qPrintable(
                    QStringLiteral("%1: %2 row(s) not kept as they were").arg(table).arg(lost)));
            compared += held;
            if (held > 0)
                checked << table;
        }
        QVERIFY(db.exec(QStringLiteral("DETACH DATABASE release")).ok());
        // The demo seeding left something in every feature's tables.
        for (const char *table :
             {"audit_event", "staff_version", "alarm_event", "inspection", "inspection_answer",
              "cash_shift", "cash_signoff", "incident", "incident_event", "handover"})
            QVERIFY2(checked.contains(QLatin1String(table)), table);
        qInfo("%lld rows in %lld tables kept from schema %d", static_cast<long long>(compared),
              static_cast<long long>(checked.size()), fromVersion);
        app->reset();

        const test::Run verify =
            test::runProgram(QStringLiteral(STATIONOPS_BIN),
                             {QStringLiteral("--config"), test::demoConfigDir(),
                              QStringLiteral("--data-dir"), data, QStringLiteral("verify")},
                             {}, test::offscreenEnvironment());
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        QVERIFY2(verify.out.contains(QStringLiteral("schema %1").arg(Database::latestVersion())),
                 qPrintable(verify.out));
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
