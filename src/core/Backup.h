#pragma once
// Backup: consistent copies of the station database taken while the app and the gateway keep
// writing (SQLite's VACUUM INTO reads one snapshot; WAL writers are not held up), checked before
// they are trusted; restoring checks the file before it replaces anything; and the daily copy
// with rotation.
#include "Result.h"

#include <QObject>
#include <QTimer>

namespace so {

class Database;
class StationCore;

namespace Backup {

// Writes FILE (beside, checked, then renamed): a whole, compacted copy of the database.
Status write(Database &db, const QString &file);
// Everything `verify` checks, on a file that is not open anywhere: SQLite, whole, not newer
// than this program, foreign keys, the audit chain and the sealed records.
Status check(const QString &file);
// Puts FILE in place of the data folder's database after checking it. What was there is kept
// as stationops.db.before-restore-<UTC time>. Run it with the app and the gateway stopped.
Result<QString> restore(const QString &file, const QString &dataDir);

} // namespace Backup

// Once a day after the configured time: DATA/backups/stationops-YYYY-MM-DD.db, keeping the
// newest N. Checks every 10 minutes whether today's copy is due.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(StationCore &core, QObject *parent = nullptr);
    // Takes today's copy now if it is due (on a worker thread; events keep flowing meanwhile);
    // returns the file written, or "" when none was due.
    Result<QString> runIfDue();
    QString folder() const;

private:
    StationCore &m_core;
    QTimer m_timer;
};

} // namespace so
