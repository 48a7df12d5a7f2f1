#pragma once
// ServerAdmin: the station server's schema and its devices, for the person who runs the server
// (`stationops server init|upgrade|add-device|disable-device --dsn ...`). The schema is a set
// of numbered SQL files (src/sync/server/), applied in order, each in one transaction.
#include "Result.h"

#include <QSqlDatabase>
#include <QString>

namespace so::sync::ServerAdmin {

// The newest schema version this program knows.
int latestVersion();
// The server's schema version; 0 when it has none yet.
Result<int> version(QSqlDatabase &db);
// Creates the schema on an empty database (refused when one is there: use upgrade).
Result<int> init(QSqlDatabase &db);
// Applies the files after the server's version; a server newer than this program is refused
// before anything is touched.
Result<int> upgrade(QSqlDatabase &db);

struct NewDevice
{
    QString role; // the device's own login role
    QString code; // the one-time enrolment code, shown once: "ROLE:SECRET"
};
// A device of `station` called `name`, with its own role that may only call the sync
// functions. Refused when an enabled device of that station has the name already. With
// `station` = lineWide(), a reader of the whole line: it pulls every station's records and
// pushes none (server schema 4).
Result<NewDevice> addDevice(QSqlDatabase &db, const QString &station, const QString &name);
// Stops a device at once: it may no longer sign in, its open sessions are ended, and the sync
// functions refuse it. Returns its role.
Result<QString> disableDevice(QSqlDatabase &db, const QString &station, const QString &name);
// What stands for "the whole line" where a station is asked for (never a station's code).
inline QString lineWide()
{
    return QStringLiteral("*");
}

// Splits an SQL script into statements at top-level semicolons (quotes, dollar quotes and
// comments respected).
QStringList statements(const QString &script);

} // namespace so::sync::ServerAdmin
