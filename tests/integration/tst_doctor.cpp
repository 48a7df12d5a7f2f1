// stationops doctor, run as an IT person runs it: the real binary on a real config folder, real
// ptys for the serial ports, a real database and daily backup, and a real full disk (a 2 MiB
// tmpfs). A healthy installation, then one test per failing check, each named with its fix.
#include "Backup.h"
#include "PtyFarEnd.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/mount.h>
#include <unistd.h>

using namespace so;

class TestDoctor : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::PtyFarEnd m_ports[4];
    int m_n = 0;

    // A copy of the demo config whose links open the test's ptys (or `portOf(link)`).
    QString config(const std::function<QString(const QString &)> &portOf = {})
    {
        const QString cfg = m_dir.filePath(QStringLiteral("config%1").arg(++m_n));
        QDirIterator it(test::demoConfigDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = cfg + from.mid(test::demoConfigDir().size());
            QDir().mkpath(QFileInfo(to).absolutePath());
            QFile::copy(from, to);
        }
        QFile f(QDir(cfg).filePath(QStringLiteral("devices.json")));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no devices.json");
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray links = root.value(QStringLiteral("links")).toArray();
        for (int i = 0; i < links.size(); ++i) {
            QJsonObject link = links.at(i).toObject();
            const QString id = link.value(QStringLiteral("id")).toString();
            const QString path = portOf ? portOf(id) : QString();
            link.insert(QStringLiteral("port"), path.isEmpty() ? m_ports[i % 4].slavePath : path);
            links.replace(i, link);
        }
        root.insert(QStringLiteral("links"), links);
        test::writeFile(cfg, QStringLiteral("devices.json"), QJsonDocument(root).toJson());
        return cfg;
    }

    // A data folder with a database and today's backup.
    QString data(const QString &cfg)
    {
        const QString dir = m_dir.filePath(QStringLiteral("data%1").arg(++m_n));
        {
            auto core = StationCore::open(cfg, dir);
            if (!core)
                qFatal("%s", qPrintable(core.error()));
            QDir().mkpath(dir + QStringLiteral("/backups"));
            const Status s =
                Backup::write((*core)->db(), dir + QStringLiteral("/backups/stationops-today.db"));
            if (!s)
                qFatal("%s", qPrintable(s.error()));
        }
        return dir;
    }

    static test::Run doctor(const QString &cfg, const QString &data, QStringList wrap = {})
    {
        QStringList args{QStringLiteral("doctor"), QStringLiteral("--config"), cfg,
                         QStringLiteral("--data-dir"), data};
        if (wrap.isEmpty())
            return test::runProgram(QStringLiteral(STATIONOPS_BIN), args);
        const QString program = wrap.takeFirst();
        return test::runProgram(program, wrap + QStringList{QStringLiteral(STATIONOPS_BIN)} + args);
    }

    static QString line(const test::Run &r, const QString &start)
    {
        for (const QString &l : r.out.split(QLatin1Char('\n')))
            if (l.contains(start))
                return l;
        return {};
    }

    // What a run said, for a failure message.
    static QByteArray said(const test::Run &r) { return (r.out + r.err).toLocal8Bit(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (auto &p : m_ports)
            QVERIFY(p.open());
    }
    void cleanupTestCase()
    {
        for (auto &p : m_ports)
            p.close();
    }

    void aHealthyInstallation()
    {
        const QString cfg = config();
        const test::Run r = doctor(cfg, data(cfg));
        QVERIFY2(
            r.out.contains(QStringLiteral("东湖站 / Donghu Station (L2-DH), 4 serial link(s)")),
            said(r));
        int ports = 0;
        for (const QString &l : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (l.startsWith(QLatin1String("stationops doctor:")) ||
                l.startsWith(QLatin1String("      ")))
                continue;
            if (l.contains(QLatin1String("port of ")))
                ++ports;
            // The clock is the machine's: a build machine without systemd cannot tell, and one
            // that is not synchronised says so. Everything else here must be ok.
            if (!l.contains(QLatin1String(" clock: ")))
                QVERIFY2(l.startsWith(QLatin1String("ok  ")), qPrintable(l));
        }
        QCOMPARE(ports, 4);
        QVERIFY2(line(r, QStringLiteral("database:")).contains(QStringLiteral("audit chain")),
                 said(r));
        QVERIFY2(
            line(r, QStringLiteral("last backup:")).contains(QStringLiteral("stationops-today.db")),
            said(r));
        const bool clockFailed =
            line(r, QStringLiteral(" clock: ")).startsWith(QLatin1String("FAIL"));
        QCOMPARE(r.code, clockFailed ? 1 : 0);
        if (!clockFailed)
            QVERIFY2(r.out.contains(QStringLiteral("stationops doctor: healthy")), said(r));
    }

    void aMissingPortIsNamedWithItsFix()
    {
        const QString gone = m_dir.filePath(QStringLiteral("no-such-adapter"));
        const QString cfg = config(
            [&](const QString &id) { return id == QLatin1String("fire") ? gone : QString(); });
        const test::Run r = doctor(cfg, data(cfg));
        QCOMPARE(r.code, 1);
        const QString l = line(r, QStringLiteral("(fire):"));
        QVERIFY2(l.startsWith(QLatin1String("FAIL")), said(r));
        QVERIFY2(l.contains(QStringLiteral("火灾报警控制器打印口 / Fire panel printer port")),
                 said(r));
        QVERIFY2(l.contains(gone + QStringLiteral(" does not exist")), said(r));
        QVERIFY2(r.out.contains(QStringLiteral("correct \"port\" of link \"fire\" in ") + cfg +
                                QStringLiteral("/devices.json")),
                 said(r));
        QVERIFY2(line(r, QStringLiteral("(psd-up):")).startsWith(QLatin1String("ok")), said(r));
        QVERIFY2(r.out.contains(QStringLiteral("stationops doctor: 1 problem(s)")) ||
                     r.out.contains(QStringLiteral("stationops doctor: 2 problem(s)")),
                 said(r)); // 2 when the machine's clock is also unsynchronised
    }

    // A port this user may not open: the dialout hint. As root (who may open anything) the
    // doctor runs as nobody, as a gateway user outside dialout would.
    void aPortWithoutPermissionGivesTheDialoutHint()
    {
        test::PtyFarEnd locked;
        QVERIFY(locked.open());
        const QString cfg = config([&](const QString &id) {
            return id == QLatin1String("esc") ? locked.slavePath : QString();
        });
        const QString dir = data(cfg);
        QStringList wrap;
        if (::geteuid() == 0) {
            // nobody reads the config and the data folder, but not the pty (root's, mode 0620).
            for (const QString &p : {m_dir.path(), cfg, dir})
                QFile::setPermissions(p, QFile::Permissions(0x7777));
            QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                QFile::setPermissions(p, QFileInfo(p).isDir() ? QFile::Permissions(0x7777)
                                                              : QFile::Permissions(0x6666));
            }
            QVERIFY(QFile::setPermissions(locked.slavePath, QFile::ReadOwner | QFile::WriteOwner));
            wrap = {QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"),
                    QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups")};
        } else {
            QVERIFY(QFile::setPermissions(locked.slavePath, QFile::Permissions()));
        }
        const test::Run r = doctor(cfg, dir, wrap);
        locked.close();
        QCOMPARE(r.code, 1);
        const QString l = line(r, QStringLiteral("(esc):"));
        QVERIFY2(l.startsWith(QLatin1String("FAIL")), said(r));
        QVERIFY2(l.contains(QStringLiteral("permission denied for ")), said(r));
        QVERIFY2(r.out.contains(QStringLiteral("dialout")), said(r));
    }

    // A data folder on a full disk: a real 2 MiB tmpfs filled to the last byte.
    void aFullDiskIsFound()
    {
        const QString cfg = config();
        const QString mnt = m_dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mnt));
        const QString script =
            QStringLiteral("mount -t tmpfs -o size=2m tmpfs '%1' && "
                           "(head -c 4M /dev/zero > '%1/filler' 2>/dev/null; true) && "
                           "'%2' doctor --config '%3' --data-dir '%1'; code=$?; "
                           "umount '%1' 2>/dev/null; exit $code")
                .arg(mnt, QStringLiteral(STATIONOPS_BIN), cfg);
        // As root a mount of its own; otherwise in a user namespace where this user is root.
        const QStringList wrap =
            ::geteuid() == 0 ? QStringList{QStringLiteral("unshare"), QStringLiteral("-m"),
                                           QStringLiteral("sh"), QStringLiteral("-c"), script}
                             : QStringList{QStringLiteral("unshare"), QStringLiteral("-rm"),
                                           QStringLiteral("sh"), QStringLiteral("-c"), script};
        const test::Run r = test::runProgram(wrap.first(), wrap.mid(1));
        QVERIFY2(
            !r.err.contains(QStringLiteral("mount:")) &&
                !r.err.contains(QStringLiteral("unshare:")),
            qPrintable(QStringLiteral("this machine cannot mount a tmpfs for the test: ") + r.err));
        QCOMPARE(r.code, 1);
        const QString l = line(r, QStringLiteral("data folder:"));
        QVERIFY2(l.startsWith(QLatin1String("FAIL")), said(r));
        QVERIFY2(l.contains(QStringLiteral("a 1 MiB write failed")), said(r));
        QVERIFY2(l.contains(QStringLiteral("No space left on device")), said(r));
        QVERIFY2(r.out.contains(QStringLiteral("fix: free space on ")), said(r));
    }

    void aBrokenConfigNamesTheFile()
    {
        const QString cfg = config();
        test::writeFile(cfg, QStringLiteral("station.json"), "{ \"code\": \"L2-DH\", ");
        const test::Run r = doctor(cfg, m_dir.filePath(QStringLiteral("empty")));
        QCOMPARE(r.code, 1);
        const QString l = line(r, QStringLiteral("config:"));
        QVERIFY2(l.startsWith(QLatin1String("FAIL")), said(r));
        QVERIFY2(l.contains(QStringLiteral("station.json")), said(r));
        QVERIFY2(!r.out.contains(QStringLiteral("port of")), said(r)); // no ports without config
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
