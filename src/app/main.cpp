// stationops: the tablet app and its command-line verbs, in one binary.
#include "Commands.h"
#include "Logging.h"

#include <QCoreApplication>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("StationOps"));
    QCoreApplication::setApplicationName(QStringLiteral("stationops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATIONOPS_VERSION));
    so::logging::initConsole();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    so::Invocation inv;
    int code = 0;
    if (!so::parseCommandLine(arguments, &inv, &code))
        return code;

    if (inv.verb.isEmpty())
        code = so::runGui(argc, argv, inv);
    else if (inv.verb == QLatin1String("screenshot"))
        code = so::runScreenshot(argc, argv, inv);
    else if (inv.verb == QLatin1String("gateway"))
        code = so::runGateway(argc, argv, inv);
    else if (inv.verb == QLatin1String("export") || inv.verb == QLatin1String("report"))
        code = so::runExport(argc, argv, inv);
    else {
        // Verbs without a window need only the core event machinery.
        QCoreApplication app(argc, argv);
        if (inv.verb == QLatin1String("verify"))
            code = so::runVerify(inv);
        else if (inv.verb == QLatin1String("backup") || inv.verb == QLatin1String("restore"))
            code = so::runBackup(inv);
        else if (inv.verb == QLatin1String("staff"))
            code = so::runStaff(inv);
        else if (inv.verb == QLatin1String("alarms"))
            code = so::runAlarms(inv);
        else if (inv.verb == QLatin1String("sync"))
            code = so::runSync(inv);
        else if (inv.verb == QLatin1String("server"))
            code = so::runServer(inv);
        else if (inv.verb == QLatin1String("enroll"))
            code = so::runEnroll(inv);
        else if (inv.verb == QLatin1String("doctor"))
            code = so::runDoctor(inv);
    }
    so::logging::shutdown();
    return code;
}
