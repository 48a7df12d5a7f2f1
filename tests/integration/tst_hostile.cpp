// Hostile files: broken, huge, deeply nested, mistyped and mis-encoded config files, and database
// files that are not what they seem. Each gets a message naming the file (and the field), a
// non-zero exit, and leaves the station's database exactly as it was.
#include "Database.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace so;

namespace {

test::Run stationops(const QStringList &args)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, {}, test::offscreenEnvironment());
}

// A copy of the demo config with one file replaced.
QString configWith(const QString &dir, const QString &file, const QByteArray &content)
{
    const QString config = QDir(dir).filePath(QStringLiteral("config"));
    const QDir src(test::demoConfigDir());
    QDir().mkpath(QDir(config).filePath(QStringLiteral("checklists")));
    for (const QString &rel : {QStringLiteral("station.json"), QStringLiteral("devices.json"),
                               QStringLiteral("cash.json"), QStringLiteral("incidents.json"),
                               QStringLiteral("cash-import-sample.csv")})
        QFile::copy(src.filePath(rel), QDir(config).filePath(rel));
    for (const QString &t :
         QDir(src.filePath(QStringLiteral("checklists"))).entryList({QStringLiteral("*.json")}))
        QFile::copy(src.filePath(QStringLiteral("checklists/") + t),
                    QDir(config).filePath(QStringLiteral("checklists/") + t));
    test::writeFile(config, file, content);
    return config;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;
    QByteArray m_dbHash;
    int m_n = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("station"));
        const test::Run app = stationops(
            {QStringLiteral("--data-dir"), m_data, QStringLiteral("--exit-after-first-frame")});
        QVERIFY2(app.code == 0, qPrintable(app.err));
        m_dbHash = test::sha256Of(m_data + QStringLiteral("/stationops.db"));
    }

    void badConfigFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("words");
        const QByteArray station = [] {
            QFile f(test::demoConfigDir() + QStringLiteral("/station.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QTest::newRow("malformed")
            << QStringLiteral("station.json")
            << QByteArray("{ \"schema\": 1,\n  \"code\": \"X\",\n  oops }")
            << QStringList{QStringLiteral("station.json:3:"), QStringLiteral("not valid JSON")};
        QTest::newRow("huge") << QStringLiteral("station.json")
                              << QByteArray("{\"pad\": \"") + QByteArray(6 * 1024 * 1024, 'x') +
                                     "\"}"
                              << QStringList{QStringLiteral("station.json"),
                                             QStringLiteral("at most")};
        QTest::newRow("deeply nested")
            << QStringLiteral("station.json") << QByteArray(100000, '[') + QByteArray(100000, ']')
            << QStringList{QStringLiteral("station.json"), QStringLiteral("not valid JSON")};
        QTest::newRow("wrong types")
            << QStringLiteral("station.json")
            << QByteArray(station).replace("\"idleLockMinutes\": 5",
                                           "\"idleLockMinutes\": \"five\"")
            << QStringList{QStringLiteral("station.json"), QStringLiteral("idleLockMinutes")};
        QTest::newRow("UTF-16")
            << QStringLiteral("station.json")
            << QByteArray("\xff\xfe") +
                   QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(station).utf16()),
                              station.size() * 2)
            << QStringList{QStringLiteral("station.json"), QStringLiteral("not UTF-8")};
        QTest::newRow("GBK") << QStringLiteral("station.json")
                             << QByteArray(station).replace("东湖站", "\xb6\xab\xba\xfe\xd5\xbe")
                             << QStringList{QStringLiteral("station.json"),
                                            QStringLiteral("not UTF-8")};
        QTest::newRow("not an object")
            << QStringLiteral("incidents.json") << QByteArray("[1, 2, 3]")
            << QStringList{QStringLiteral("incidents.json"), QStringLiteral("top level")};
        QTest::newRow("template item")
            << QStringLiteral("checklists/pump-room.json")
            << QByteArray(
                   "{ \"schema\": 1, \"id\": \"pump-room\", \"version\": 1, \"name\": { \"zh\": "
                   "\"泵房\", \"en\": \"Pump\" },"
                   " \"category\": \"pump\", \"appliesTo\": \"area\", \"areas\": [\"pump-room\"],"
                   " \"sections\": [ { \"id\": \"s\", \"title\": { \"zh\": \"a\", \"en\": \"a\" },"
                   " \"items\": [ { \"id\": \"x\", \"type\": \"dial\", \"text\": { \"zh\": \"a\", "
                   "\"en\": \"a\" } } ] } ] }")
            << QStringList{QStringLiteral("pump-room.json"), QStringLiteral("type")};
        QTest::newRow("devices baud")
            << QStringLiteral("devices.json")
            << QByteArray("{ \"schema\": 1, \"links\": [ { \"id\": \"x\", \"profile\": "
                          "\"psd-controller\", \"name\": { \"zh\": \"a\", \"en\": \"a\" },"
                          " \"port\": \"/dev/null\", \"baud\": \"fast\", \"devices\": [] } ] }")
            << QStringList{QStringLiteral("devices.json"), QStringLiteral("baud")};
    }

    void badConfigFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, words);
        const QString config =
            configWith(m_dir.filePath(QStringLiteral("c%1").arg(++m_n)), file, content);
        const test::Run r =
            stationops({QStringLiteral("--config"), config, QStringLiteral("--data-dir"), m_data,
                        QStringLiteral("--exit-after-first-frame")});
        QCOMPARE(r.code, 1);
        for (const QString &w : words)
            QVERIFY2(r.err.contains(w),
                     qPrintable(QStringLiteral("\"%1\" not in: %2").arg(w, r.err.left(600))));
        QVERIFY2(r.err.size() < 4000, "the message is short enough to read");
        QCOMPARE(test::sha256Of(m_data + QStringLiteral("/stationops.db")), m_dbHash);
    }

    // Every config file is checked before the data folder is made or the database migrated:
    // a new install's folder does not appear, an older database keeps its version and bytes.
    void badConfigTouchesNoData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("gatewayReadsIt");
        QTest::newRow("profile") << QStringLiteral("profiles/toaster.json")
                                 << QByteArray(
                                        "{ \"schema\": 1, \"type\": \"toaster\", \"name\": { "
                                        "\"zh\": \"a\", \"en\": \"a\" },"
                                        " \"protocol\": \"line\", \"line\": { \"pattern\": "
                                        "\"(unclosed\", \"events\": { \"A\": \"raise\" } },"
                                        " \"points\": [ { \"id\": \"P\", \"text\": { \"zh\": "
                                        "\"a\", \"en\": \"a\" }, \"priority\": 1 } ] }")
                                 << QStringList{QStringLiteral("toaster.json"),
                                                QStringLiteral("line.pattern")}
                                 << true;
        QTest::newRow("devices.json")
            << QStringLiteral("devices.json")
            << QByteArray("{ \"schema\": 1, \"links\": [ { \"id\": \"x\", \"profile\": "
                          "\"psd-controller\", \"name\": { \"zh\": \"a\", \"en\": \"a\" },"
                          " \"port\": \"/dev/null\", \"baud\": 1234, \"devices\": [ { \"id\": "
                          "\"D\", \"name\": { \"zh\": \"a\", \"en\": \"a\" } } ] } ] }")
            << QStringList{QStringLiteral("devices.json"), QStringLiteral("links[0].baud")} << true;
        QTest::newRow("devices.json place")
            << QStringLiteral("devices.json")
            << QByteArray("{ \"schema\": 1, \"links\": [ { \"id\": \"x\", \"profile\": "
                          "\"psd-controller\", \"name\": { \"zh\": \"a\", \"en\": \"a\" },"
                          " \"port\": \"/dev/null\", \"devices\": [ { \"id\": \"D\", \"area\": "
                          "\"attic\", \"name\": { \"zh\": \"a\", \"en\": \"a\" } } ] } ] }")
            << QStringList{QStringLiteral("devices.json"), QStringLiteral("\"attic\"")} << true;
        QTest::newRow("incidents.json")
            << QStringLiteral("incidents.json") << QByteArray("[1, 2, 3]")
            << QStringList{QStringLiteral("incidents.json"), QStringLiteral("top level")} << false;
        QTest::newRow("station.json")
            << QStringLiteral("station.json") << QByteArray("{ \"schema\": 1 }")
            << QStringList{QStringLiteral("station.json"), QStringLiteral("code")} << true;
    }
    void badConfigTouchesNoData()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, words);
        QFETCH(bool, gatewayReadsIt);
        const QString base = m_dir.filePath(QStringLiteral("n%1").arg(++m_n));
        const QString config = configWith(base, file, content);
        // An older database: it would be migrated if anything opened it.
        const QString oldData = QDir(base).filePath(QStringLiteral("old"));
        {
            DatabaseOptions o;
            o.migrateTo = 1;
            auto db = Database::open(oldData + QStringLiteral("/stationops.db"), o);
            QVERIFY2(db.ok(), qPrintable(db.error()));
        }
        const QByteArray oldHash = test::sha256Of(oldData + QStringLiteral("/stationops.db"));
        const QStringList oldFiles =
            QDir(oldData).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        QList<QStringList> verbs{{QStringLiteral("--exit-after-first-frame")}};
        if (gatewayReadsIt)
            verbs << QStringList{QStringLiteral("gateway"), QStringLiteral("--exit-after"),
                                 QStringLiteral("1")};
        for (const QStringList &verb : verbs) {
            const QString fresh = QDir(base).filePath(QStringLiteral("fresh"));
            for (const QString &data : {fresh, oldData}) {
                const test::Run r = stationops(QStringList{QStringLiteral("--config"), config,
                                                           QStringLiteral("--data-dir"), data} +
                                               verb);
                QCOMPARE(r.code, 1);
                for (const QString &w : words)
                    QVERIFY2(r.err.contains(w),
                             qPrintable(QStringLiteral("%1: \"%2\" not in: %3")
                                            .arg(verb.first(), w, r.err.left(600))));
            }
            QVERIFY2(!QFileInfo::exists(fresh),
                     qPrintable(verb.first() + QStringLiteral(" made ") + fresh));
            QCOMPARE(test::sha256Of(oldData + QStringLiteral("/stationops.db")), oldHash);
            QCOMPARE(QDir(oldData).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), oldFiles);
        }
        auto db =
            Database::open(oldData + QStringLiteral("/stationops.db"), DatabaseOptions{-1, true});
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE((*db)->schemaVersion(), 1);
    }

    void badDatabaseFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        const QByteArray real = [this] {
            QFile f(m_data + QStringLiteral("/stationops.db"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QTest::newRow("not SQLite")
            << QByteArray("PK\x03\x04 this is a zip file, not a database").repeated(200)
            << QStringLiteral("not an SQLite");
        QTest::newRow("truncated") << real.left(real.size() / 2) << QStringLiteral("truncated");
        QByteArray newer = real;
        // user_version lives at offset 60 of the header, big-endian.
        newer[60] = 0;
        newer[61] = 0;
        newer[62] = 3;
        newer[63] = char(0xe7);
        QTest::newRow("newer") << newer << QStringLiteral("newer StationOps");
    }

    void badDatabaseFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        const QString data = m_dir.filePath(QStringLiteral("db%1").arg(++m_n));
        const QString file = test::writeFile(data, QStringLiteral("stationops.db"), content);
        const QByteArray before = test::sha256Of(file);
        for (const QStringList &verb :
             {QStringList{QStringLiteral("--exit-after-first-frame")},
              QStringList{QStringLiteral("verify")},
              QStringList{QStringLiteral("backup"), QStringLiteral("--out"),
                          data + QStringLiteral("/copy.db")}}) {
            const test::Run r = stationops(QStringList{QStringLiteral("--data-dir"), data} + verb);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("stationops.db")) &&
                         r.err.contains(words, Qt::CaseInsensitive),
                     qPrintable(r.err.left(600)));
            QCOMPARE(test::sha256Of(file), before);
            QVERIFY(!QFile::exists(data + QStringLiteral("/copy.db")));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
