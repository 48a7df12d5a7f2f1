#pragma once
// The verbs of the `stationops` program. Each returns the process exit code:
// 0 success, 1 failure (named on stderr), 2 usage error.
#include "Result.h"

#include <QStringList>

namespace so {

struct Invocation
{
    QString verb;      // "", "verify", "screenshot", "staff", ...
    QStringList args;  // positional arguments after the verb
    QString configDir; // --config, or the built-in demo station
    QString dataDir;   // --data-dir, or the user's data folder
    bool dataDirGiven = false;
    QString outPath;  // --out
    QString language; // --lang
    bool exitAfterFirstFrame = false;
    bool kiosk = false; // the app full screen, closed only with an administrator's PIN
    QString staffNumber, nameZh, nameEn, role; // staff add
    int exitAfterSeconds = 0;                  // gateway --exit-after
    bool activeOnly = false;                   // alarms --active
    bool follow = false;                       // alarms --follow
    bool json = false;                         // --json
    QString from, to, format;                  // export
    QString week;                              // report weekly
    QString since;                             // sync export --since CURSOR
    QString dsn;           // server ...: the database, libpq's "key=value ..." form
    QString station, name; // server add-device|disable-device
    QString code;          // enroll --code
    QString signIn;        // --sign-in NUMBER:PIN, the demo station only (./run.sh station)
};

int runGui(int &argc, char **argv, const Invocation &inv);
int runVerify(const Invocation &inv);
// verify's checks on one database file; the summary line when all hold, else what failed.
Result<QString> verifyDatabase(const QString &file);
int runDoctor(const Invocation &inv); // checks an installation, line by line
int runBackup(const Invocation &inv); // backup and restore
int runStaff(const Invocation &inv);
int runScreenshot(int &argc, char **argv, const Invocation &inv);
int runGateway(int &argc, char **argv, const Invocation &inv);
int runAlarms(const Invocation &inv);
int runExport(int &argc, char **argv, const Invocation &inv);
int runSync(const Invocation &inv);   // sync export, import and now
int runServer(const Invocation &inv); // server init|upgrade|add-device|disable-device
int runEnroll(const Invocation &inv);

// Parses argv; on a usage error prints it and returns the exit code in *exitCode.
bool parseCommandLine(const QStringList &arguments, Invocation *out, int *exitCode);

} // namespace so
