// `stationops server ...` for whoever runs the station server, and `stationops enroll` for a
// device joining it.
#include "AppServices.h"
#include "Commands.h"
#include "ServerAdmin.h"
#include "ServerLink.h"
#include "ServerSync.h"

#include <cstdio>

namespace so {

namespace {

int serverVerb(const QString &what, const Invocation &inv, QSqlDatabase db)
{
    int code = 0;
    // Whose device, as people say it.
    const QString of = inv.station == sync::ServerAdmin::lineWide()
                           ? QStringLiteral("the whole line")
                           : QStringLiteral("station ") + inv.station;
    if (what == QLatin1String("init") || what == QLatin1String("upgrade")) {
        auto v = what == QLatin1String("init") ? sync::ServerAdmin::init(db)
                                               : sync::ServerAdmin::upgrade(db);
        if (v)
            std::printf("the station server's schema is at version %d\n", *v);
        else
            std::fprintf(stderr, "stationops server %s: %s\n", qPrintable(what),
                         qPrintable(v.error())),
                code = 1;
    } else if (what == QLatin1String("add-device")) {
        auto d = sync::ServerAdmin::addDevice(db, inv.station, inv.name);
        if (d)
            std::printf("device \"%s\" of %s: role %s\n"
                        "one-time enrolment code (shown once; it stops working when the device "
                        "enrols):\n  %s\n"
                        "on the device: stationops enroll --server \"DSN\" --code %s\n",
                        qPrintable(inv.name), qPrintable(of), qPrintable(d->role),
                        qPrintable(d->code), qPrintable(d->code));
        else
            std::fprintf(stderr, "stationops server add-device: %s\n", qPrintable(d.error())),
                code = 1;
    } else {
        auto role = sync::ServerAdmin::disableDevice(db, inv.station, inv.name);
        if (role)
            std::printf("device \"%s\" of %s (%s) is disabled: it can no longer sign in or sync\n",
                        qPrintable(inv.name), qPrintable(of), qPrintable(*role));
        else
            std::fprintf(stderr, "stationops server disable-device: %s\n",
                         qPrintable(role.error())),
                code = 1;
    }

    return code;
}

} // namespace

int runServer(const Invocation &inv)
{
    const QString what = inv.args.value(0);
    const bool device =
        what == QLatin1String("add-device") || what == QLatin1String("disable-device");
    if (!(what == QLatin1String("init") || what == QLatin1String("upgrade") || device) ||
        inv.args.size() != 1 || (device && (inv.station.isEmpty() || inv.name.isEmpty()))) {
        std::fprintf(stderr, "stationops server: say which: init, upgrade, add-device --station "
                             "CODE|--line --name NAME, or disable-device --station CODE|--line "
                             "--name NAME (each with --dsn DSN)\n");
        return 2;
    }
    const QString connection = QStringLiteral("stationops-admin");
    const int code = [&] {
        auto db = sync::openServer(inv.dsn, connection);
        if (!db) {
            std::fprintf(stderr, "stationops server %s: %s\n", qPrintable(what),
                         qPrintable(db.error()));
            return 1;
        }
        return serverVerb(what, inv, db.take());
    }();
    // Every handle on the connection is gone by now.
    sync::closeServer(connection);
    return code;
}

int runEnroll(const Invocation &inv)
{
    if (inv.dsn.isEmpty() || inv.code.isEmpty() || !inv.args.isEmpty()) {
        std::fprintf(stderr, "stationops enroll: give --server DSN and --code CODE (from "
                             "stationops server add-device)\n");
        return 2;
    }
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops enroll: %s\n", qPrintable(services.error()));
        return 1;
    }
    auto role = sync::ServerSync::enroll((*services)->core(), inv.dsn, inv.code);
    if (!role) {
        std::fprintf(stderr, "stationops enroll: %s\n", qPrintable(role.error()));
        return 1;
    }
    std::printf("enrolled as %s; the login is in %s (readable by this account only)\n",
                qPrintable(*role), qPrintable(sync::ServerLogin::fileIn(inv.dataDir)));
    return 0;
}

} // namespace so
