#include "Backup.h"
#include "AuditLog.h"
#include "Database.h"
#include "LogCategories.h"
#include "RecordSeal.h"
#include "StationCore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace so {

namespace Backup {

Status write(Database &db, const QString &file)
{
    // A name of its own per process: the app and the gateway may both take the daily copy.
    const QString part = file + QStringLiteral(".part-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(part);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return fail(
            QStringLiteral("%1: the folder cannot be created").arg(QFileInfo(file).absolutePath()));
    if (auto q = db.exec(QStringLiteral("VACUUM INTO ?"), {part}); !q) {
        QFile::remove(part);
        return fail(QStringLiteral("%1: the copy could not be written: %2").arg(file, q.error()));
    }
    if (Status s = check(part); !s) {
        QFile::remove(part);
        return fail(QStringLiteral("%1: the copy failed its check, so it was not kept: %2")
                        .arg(file, s.error()));
    }
    QFile::remove(file);
    if (!QFile::rename(part, file)) {
        QFile::remove(part);
        return fail(QStringLiteral("%1: cannot be written").arg(file));
    }
    return {};
}

Status check(const QString &file)
{
    DatabaseOptions ro;
    ro.readOnly = true;
    auto db = Database::open(file, ro);
    if (!db)
        return fail(db.error());
    if (Status s = (*db)->checkIntegrity(); !s)
        return s;
    if (Status s = AuditLog::verify(**db); !s)
        return s;
    return RecordSeal::verifyAll(**db);
}

Result<QString> restore(const QString &file, const QString &dataDir)
{
    if (!QFileInfo::exists(file))
        return fail(QStringLiteral("%1: no such file").arg(file));
    if (Status s = check(file); !s)
        return fail(
            QStringLiteral("%1: not restored, nothing was changed: %2").arg(file, s.error()));
    const QString target = StationCore::databaseFile(dataDir);
    QString kept;
    if (QFileInfo::exists(target)) {
        // What was there is kept whole (with anything still in its WAL) before it is replaced.
        auto current = Database::open(target);
        if (!current)
            return fail(QStringLiteral(
                            "%1: cannot be read to keep a copy of it, so nothing was changed: %2")
                            .arg(target, current.error()));
        kept = target + QStringLiteral(".before-restore-") +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
        if (Status s = write(**current, kept); !s)
            return fail(QStringLiteral("nothing was changed: %1").arg(s.error()));
    }
    const QString part = target + QStringLiteral(".restore-part");
    // A new tablet has no data folder yet.
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(part);
    if (!QFile::copy(file, part))
        return fail(QStringLiteral("%1: cannot be written, nothing was changed").arg(part));
    // The restored file is a new device: what it makes from now on must not collide with what
    // the original made, which may already be on the station's other devices.
    {
        auto restored = Database::open(part);
        auto renewed =
            restored ? (*restored)->renewDeviceId() : Result<QString>(Error{restored.error()});
        // Into the file itself, not left in a WAL beside it that the rename would leave behind.
        if (renewed && !(*restored)->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            renewed =
                fail(QStringLiteral("%1: the new device id could not be written into the file")
                         .arg(part));
        if (!renewed) {
            QFile::remove(part);
            return fail(QStringLiteral("%1: not restored, nothing was changed: %2")
                            .arg(file, renewed.error()));
        }
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    QFile::remove(target);
    if (!QFile::rename(part, target))
        return fail(QStringLiteral(
                        "%1: could not be put in place; the copy is at %2 and the old file at %3")
                        .arg(target, part, kept));
    return kept;
}

} // namespace Backup

BackupScheduler::BackupScheduler(StationCore &core, QObject *parent) : QObject(parent), m_core(core)
{
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto r = runIfDue(); !r)
            qCCritical(lcDb) << "daily backup:" << r.error();
    });
    if (m_core.config().backupKeep > 0)
        m_timer.start();
}

QString BackupScheduler::folder() const
{
    return QDir(m_core.dataDir()).filePath(QStringLiteral("backups"));
}

Result<QString> BackupScheduler::runIfDue()
{
    const StationConfig &cfg = m_core.config();
    if (cfg.backupKeep <= 0)
        return QString();
    const QDateTime local = m_core.clock().nowUtc().toTimeZone(cfg.timeZone);
    if (local.time() < cfg.backupAt)
        return QString();
    const QString file = QDir(folder()).filePath(
        QStringLiteral("stationops-%1.db").arg(local.date().toString(Qt::ISODate)));
    if (QFileInfo::exists(file))
        return QString();
    // On a thread with a connection of its own: years of records take seconds to copy, and the
    // screens must not freeze meanwhile.
    Status result;
    const QString path = m_core.db().path();
    QThread *worker = QThread::create([&result, path, file] {
        auto db = Database::open(path);
        result = db ? Backup::write(**db, file) : Status(fail(db.error()));
    });
    QEventLoop wait;
    connect(worker, &QThread::finished, &wait, &QEventLoop::quit);
    worker->start();
    wait.exec();
    delete worker;
    if (!result)
        return Error{result.error()};
    qCInfo(lcDb) << "daily backup written:" << file;
    // The newest N are kept; the names sort by date.
    QStringList all = QDir(folder()).entryList({QStringLiteral("stationops-\?\?\?\?-\?\?-\?\?.db")},
                                               QDir::Files, QDir::Name);
    while (all.size() > cfg.backupKeep)
        QFile::remove(QDir(folder()).filePath(all.takeFirst()));
    return file;
}

} // namespace so
