// The stationops binary run as a person or a script would: verbs, exit codes, messages, and
// what it leaves on disk.
#include "Database.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace so;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run stationops(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STATIONOPS_BIN), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString(), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dataDir(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void helpVersionAndUsageErrors()
    {
        const Run help = stationops({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("screenshot --out DIR")));
        const Run version = stationops({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("stationops ")));
        const Run bogus = stationops({QStringLiteral("bogus")});
        QCOMPARE(bogus.code, 2);
        QVERIFY(bogus.err.contains(QStringLiteral("unknown verb 'bogus'")));
        const Run badLang = stationops({QStringLiteral("screenshot"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(badLang.code, 2);
    }

    void staffAddListAndVerifyThenTamper()
    {
        const QString data = dataDir(QStringLiteral("cli"));
        const QStringList base{QStringLiteral("--data-dir"), data};
        const Run add = stationops(base + QStringList{QStringLiteral("staff"), QStringLiteral("add"),
                                                      QStringLiteral("--number"), QStringLiteral("4001"),
                                                      QStringLiteral("--name-zh"), QStringLiteral("孙丽"),
                                                      QStringLiteral("--name-en"), QStringLiteral("Sun Li"),
                                                      QStringLiteral("--role"), QStringLiteral("supervisor")},
                                   "135790\n");
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const Run badPin = stationops(base + QStringList{QStringLiteral("staff"), QStringLiteral("set-pin"),
                                                         QStringLiteral("4001")},
                                      "12\n");
        QCOMPARE(badPin.code, 1);
        QVERIFY2(badPin.err.contains(QStringLiteral("4 to 8 digits")), qPrintable(badPin.err));
        const Run list = stationops(base + QStringList{QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("4001")) && list.out.contains(QStringLiteral("supervisor")),
                 qPrintable(list.out));

        const Run ok = stationops(base + QStringList{QStringLiteral("verify")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("audit chain of 1 rows ok")));

        // Alter one audit row behind the program's back, as someone with the sqlite3 tool would.
        {
            auto db = Database::open(data + QStringLiteral("/stationops.db"));
            QVERIFY(db.ok());
            QVERIFY((*db)->execScript(QStringLiteral("DROP TRIGGER audit_event_no_update; "
                                                     "UPDATE audit_event SET created_by='1001' WHERE seq=1")).ok());
        }
        const Run broken = stationops(base + QStringList{QStringLiteral("verify")});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("audit_event seq 1")), qPrintable(broken.err));
    }

    void badConfigTouchesNothing()
    {
        const QString cfg = test::configWithStation(m_dir.filePath(QStringLiteral("badcfg")),
                                                    "{\"schema\": 1, \"code\": \"X\"}");
        const QString data = dataDir(QStringLiteral("untouched"));
        const Run r = stationops({QStringLiteral("--config"), cfg, QStringLiteral("--data-dir"), data,
                                  QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(cfg + QStringLiteral("/station.json: name")), qPrintable(r.err));
        QVERIFY(!QFile::exists(data + QStringLiteral("/stationops.db")));
    }

    void notADatabaseIsLeftAlone()
    {
        const QString data = dataDir(QStringLiteral("notdb"));
        const QString file = test::writeFile(data, QStringLiteral("stationops.db"), QByteArray(4096, 'z'));
        const QByteArray before = hashOf(file);
        const Run r = stationops({QStringLiteral("--data-dir"), data, QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file) && r.err.contains(QStringLiteral("not an SQLite file")), qPrintable(r.err));
        QCOMPARE(hashOf(file), before);
        const Run v = stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
    }

    void startsOffscreenAndDrawsAFrame()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        const Run r = stationops({QStringLiteral("--data-dir"), dataDir(QStringLiteral("gui")),
                                  QStringLiteral("--exit-after-first-frame")},
                                 {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("first frame after")), qPrintable(r.out));
        // The demo station seeded its staff on this first run.
        const Run list = stationops({QStringLiteral("--data-dir"), dataDir(QStringLiteral("gui")),
                                     QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("3001")));
    }

    void noDisplaySaysHowToRun()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Run r = stationops({QStringLiteral("--data-dir"), dataDir(QStringLiteral("nodisplay"))}, {}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("xvfb-run")), qPrintable(r.err));
    }

    void screenshotWritesEveryScreenInBothLanguages()
    {
        const QString out = m_dir.filePath(QStringLiteral("shots"));
        const Run r = stationops({QStringLiteral("screenshot"), QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (const QString &screen : {QStringLiteral("signin"), QStringLiteral("home"), QStringLiteral("alarms"),
                                           QStringLiteral("alarms-history"), QStringLiteral("alarms-devices"),
                                           QStringLiteral("lock")}) {
                const QString file = QStringLiteral("%1/%2-%3.png").arg(out, screen, lang);
                QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QCOMPARE(image.size(), QSize(1280, 800));
            }
        }
        // The two languages draw different pixels.
        QVERIFY(hashOf(out + QStringLiteral("/signin-zh_CN.png")) != hashOf(out + QStringLiteral("/signin-en.png")));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
