// stationops doctor: checks an installation line by line and says, for each thing wrong, how
// to put it right: the config, every serial port this device opens, the data folder and its
// free space, the database, the last daily backup, the station server where one is configured,
// and the clock. Exit 0 when nothing failed (warnings allowed), 1 otherwise.
#include "AppServices.h"
#include "Commands.h"
#include "ServerLink.h"
#include "StationCore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace so {

namespace {

enum class Verdict { Ok, Warn, Fail };

class Checkup
{
public:
    void add(Verdict v, const QString &what, const QString &detail, const QString &fix = {})
    {
        static const char *const words[] = {"ok  ", "warn", "FAIL"};
        std::printf("%s  %s: %s\n", words[int(v)], qPrintable(what), qPrintable(detail));
        if (!fix.isEmpty() && v != Verdict::Ok)
            std::printf("      fix: %s\n", qPrintable(fix));
        if (v == Verdict::Fail)
            ++m_failed;
        else if (v == Verdict::Warn)
            ++m_warned;
    }
    int finish() const
    {
        if (m_failed == 0)
            std::printf("stationops doctor: healthy%s\n",
                        m_warned ? qPrintable(QStringLiteral(" (%1 warning(s))").arg(m_warned))
                                 : "");
        else
            std::printf("stationops doctor: %d problem(s)\n", m_failed);
        return m_failed ? 1 : 0;
    }

private:
    int m_failed = 0;
    int m_warned = 0;
};

QString userName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid());
}

QString both(const Names &n)
{
    return n.zh == n.en || n.en.isEmpty() ? n.zh : n.zh + QStringLiteral(" / ") + n.en;
}

QString mib(qint64 bytes)
{
    return bytes >= 10LL * 1024 * 1024 * 1024
               ? QStringLiteral("%1 GiB").arg(bytes / (1024LL * 1024 * 1024))
               : QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
}

// The serial ports: each link's port exists and this user may open it (as the gateway does:
// read-write, not the controlling terminal).
void checkPorts(Checkup &c, const StationFiles &files, const sync::ServerLogin &login)
{
    const alarms::DevicesConfig &devices = files.devices;
    if (!devices.host().isEmpty() && login.configured() && devices.host() != login.name) {
        c.add(Verdict::Ok, QStringLiteral("serial ports"),
              QStringLiteral("this device (%1) follows %2, which opens the ports")
                  .arg(login.name, devices.host()));
        return;
    }
    int checked = 0;
    for (const alarms::LinkConfig &link : devices.links()) {
        if (!link.enabled)
            continue;
        ++checked;
        const QString path = link.serial.path();
        const QString what = QStringLiteral("port of %1 (%2)").arg(both(link.name), link.id);
        const QString target = QFileInfo(path).canonicalFilePath();
        if (target.isEmpty()) {
            c.add(
                Verdict::Fail, what, QStringLiteral("%1 does not exist").arg(path),
                QStringLiteral("plug in the serial adapter, or correct \"port\" of link \"%1\" "
                               "in %2")
                    .arg(link.id, files.dir.startsWith(QLatin1Char(':'))
                                      ? QStringLiteral("devices.json (the built-in demo "
                                                       "station's: pass --config DIR for yours)")
                                      : QDir(files.dir).filePath(QStringLiteral("devices.json"))));
            continue;
        }
        const int fd = ::open(target.toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
        const int err = errno;
        if (fd >= 0) {
            ::close(fd);
            c.add(Verdict::Ok, what, QStringLiteral("%1 opens").arg(path));
        } else if (err == EACCES || err == EPERM) {
            c.add(Verdict::Fail, what,
                  QStringLiteral("%1: permission denied for %2").arg(path, userName()),
                  QStringLiteral("sudo adduser %1 dialout, then log in again (or restart the "
                                 "gateway)")
                      .arg(userName()));
        } else if (err == EBUSY) {
            c.add(Verdict::Ok, what, QStringLiteral("%1 is open (held by the gateway)").arg(path));
        } else {
            c.add(Verdict::Fail, what,
                  QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))),
                  QStringLiteral("check the adapter and its cable"));
        }
    }
    if (checked == 0)
        c.add(Verdict::Ok, QStringLiteral("serial ports"), QStringLiteral("none configured"));
}

// Whether the data folder takes a write, and how much room is left.
void checkDataFolder(Checkup &c, const QString &dataDir)
{
    const QString what = QStringLiteral("data folder");
    if (!QFileInfo(dataDir).isDir()) {
        c.add(Verdict::Fail, what, QStringLiteral("%1 does not exist").arg(dataDir),
              QStringLiteral("create it, writable by %1 (the gateway package makes "
                             "/var/lib/stationops)")
                  .arg(userName()));
        return;
    }
    QTemporaryFile probe(QDir(dataDir).filePath(QStringLiteral(".doctor-XXXXXX")));
    if (!probe.open()) {
        c.add(Verdict::Fail, what,
              QStringLiteral("%1 is not writable by %2: %3")
                  .arg(dataDir, userName(), probe.errorString()),
              QStringLiteral("sudo chown -R %1 %2").arg(userName(), dataDir));
        return;
    }
    // A megabyte written and flushed: a disk that is full says so here.
    const QByteArray block(64 * 1024, '\0');
    bool wrote = true;
    for (int i = 0; i < 16 && wrote; ++i)
        wrote = probe.write(block) == block.size();
    wrote = wrote && probe.flush() && ::fsync(probe.handle()) == 0;
    const QString error = probe.errorString();
    probe.close();
    const QStorageInfo disk(dataDir);
    const qint64 free = disk.bytesAvailable();
    if (!wrote) {
        c.add(
            Verdict::Fail, what,
            QStringLiteral("%1: a 1 MiB write failed (%2); %3 free").arg(dataDir, error, mib(free)),
            QStringLiteral("free space on %1 (old logs, exports, backups)").arg(disk.rootPath()));
        return;
    }
    constexpr qint64 kLeast = 200LL * 1024 * 1024;
    if (free < kLeast)
        c.add(Verdict::Fail, what, QStringLiteral("%1: only %2 free").arg(dataDir, mib(free)),
              QStringLiteral("free at least %1 on %2").arg(mib(kLeast), disk.rootPath()));
    else
        c.add(Verdict::Ok, what, QStringLiteral("%1 writable, %2 free").arg(dataDir, mib(free)));
}

void checkBackups(Checkup &c, const StationFiles &files, const QString &dataDir)
{
    const QString what = QStringLiteral("last backup");
    if (files.station.backupKeep == 0) {
        c.add(Verdict::Warn, what, QStringLiteral("daily backups are turned off (backupKeep 0)"),
              QStringLiteral("set \"backupKeep\" in station.json"));
        return;
    }
    const QDir dir(QDir(dataDir).filePath(QStringLiteral("backups")));
    const QFileInfoList copies =
        dir.entryInfoList({QStringLiteral("stationops-*.db")}, QDir::Files, QDir::Time);
    const QString at = files.station.backupAt.toString(QStringLiteral("HH:mm"));
    if (copies.isEmpty()) {
        c.add(Verdict::Warn, what,
              QStringLiteral("none yet in %1; the gateway or the app takes one daily after %2")
                  .arg(dir.path(), at));
        return;
    }
    const QFileInfo &newest = copies.first();
    const qint64 hours = newest.lastModified().secsTo(QDateTime::currentDateTime()) / 3600;
    if (hours > 48)
        c.add(Verdict::Fail, what,
              QStringLiteral("%1 is %2 days old").arg(newest.filePath()).arg(hours / 24),
              QStringLiteral("keep the gateway running, and read its log in %1")
                  .arg(QDir(dataDir).filePath(QStringLiteral("logs"))));
    else
        c.add(Verdict::Ok, what, QStringLiteral("%1, %2 h old").arg(newest.fileName()).arg(hours));
}

// The server, where this device is enrolled: reachable with its own login, and the clock
// against the server's.
std::optional<qint64> checkServer(Checkup &c, const Result<sync::ServerLogin> &login)
{
    const QString what = QStringLiteral("station server");
    if (!login) {
        c.add(Verdict::Fail, what, login.error(),
              QStringLiteral("enrol again: stationops enroll --server DSN --code CODE"));
        return std::nullopt;
    }
    if (!login->configured()) {
        c.add(Verdict::Ok, what, QStringLiteral("none configured (this device works standalone)"));
        return std::nullopt;
    }
    std::optional<qint64> skewMs;
    {
        auto db =
            sync::openServer(login->dsn, QStringLiteral("doctor"), login->user, login->password);
        if (!db) {
            c.add(Verdict::Fail, what, db.error(),
                  QStringLiteral("check the network and the server; a disabled device is "
                                 "enrolled again with a new code (server add-device)"));
            return std::nullopt;
        }
        QSqlQuery q(db.value());
        if (q.exec(
                QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) &&
            q.next())
            skewMs = QDateTime::currentMSecsSinceEpoch() - q.value(0).toLongLong();
    }
    sync::closeServer(QStringLiteral("doctor"));
    c.add(Verdict::Ok, what,
          QStringLiteral("reachable; enrolled as %1 of station %2")
              .arg(login->name.isEmpty() ? login->user : login->name, login->station));
    return skewMs;
}

void checkClock(Checkup &c, std::optional<qint64> skewMs)
{
    const QString what = QStringLiteral("clock");
    if (skewMs) {
        const qint64 off = std::abs(*skewMs) / 1000;
        if (off > 60)
            c.add(Verdict::Fail, what,
                  QStringLiteral("%1 s %2 the station server's")
                      .arg(off)
                      .arg(*skewMs > 0 ? QStringLiteral("ahead of") : QStringLiteral("behind")),
                  QStringLiteral("sudo timedatectl set-ntp true (or point chrony at the station "
                                 "server)"));
        else
            c.add(Verdict::Ok, what,
                  QStringLiteral("within %1 s of the station server's")
                      .arg(std::max<qint64>(off, 1)));
        return;
    }
    QProcess p;
    p.start(QStringLiteral("timedatectl"),
            {QStringLiteral("show"), QStringLiteral("-p"), QStringLiteral("NTPSynchronized"),
             QStringLiteral("--value")});
    if (!p.waitForFinished(5000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString why = p.error() == QProcess::FailedToStart
                                ? QStringLiteral("timedatectl is not installed")
                                : QString::fromLocal8Bit(p.readAllStandardError())
                                      .section(QLatin1Char('\n'), 0, 0)
                                      .trimmed();
        c.add(Verdict::Warn, what,
              QStringLiteral("could not tell whether it is synchronised (%1)").arg(why));
        return;
    }
    if (p.readAllStandardOutput().trimmed() == "yes")
        c.add(Verdict::Ok, what, QStringLiteral("synchronised (NTP)"));
    else
        c.add(Verdict::Fail, what, QStringLiteral("not synchronised"),
              QStringLiteral("sudo timedatectl set-ntp true"));
}

} // namespace

int runDoctor(const Invocation &inv)
{
    Checkup c;
    auto files = StationFiles::read(inv.configDir);
    if (!files)
        c.add(Verdict::Fail, QStringLiteral("config"), files.error(),
              QStringLiteral("correct the file and field named; the examples are in "
                             "/usr/share/doc/stationops/examples"));
    else
        c.add(Verdict::Ok, QStringLiteral("config"),
              QStringLiteral("%1: station %2 (%3), %4 serial link(s)")
                  .arg(inv.configDir.startsWith(QLatin1Char(':'))
                           ? QStringLiteral("the built-in demo station (--config DIR for another)")
                           : inv.configDir,
                       both(files->station.name), files->station.code)
                  .arg(files->devices.links().size()));

    const auto login = sync::ServerLogin::load(inv.dataDir);
    if (files)
        checkPorts(c, *files, login ? *login : sync::ServerLogin{});
    checkDataFolder(c, inv.dataDir);

    const QString dbFile = StationCore::databaseFile(inv.dataDir);
    if (!QFileInfo::exists(dbFile)) {
        c.add(Verdict::Warn, QStringLiteral("database"),
              QStringLiteral("%1 does not exist yet; the app or the gateway makes it when it "
                             "first starts")
                  .arg(dbFile));
    } else if (auto verified = verifyDatabase(dbFile); !verified) {
        c.add(Verdict::Fail, QStringLiteral("database"), verified.error(),
              QStringLiteral("stop the gateway and restore the last good backup: stationops "
                             "restore FILE"));
    } else {
        c.add(Verdict::Ok, QStringLiteral("database"), *verified);
    }
    if (files)
        checkBackups(c, *files, inv.dataDir);
    checkClock(c, checkServer(c, login));
    return c.finish();
}

} // namespace so
