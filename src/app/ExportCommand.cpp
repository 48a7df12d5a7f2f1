#include "AppServices.h"
#include "Commands.h"
#include "CashReport.h"
#include "InspectionReport.h"

#include <QGuiApplication>
#include <cstdio>

namespace so {

int runExport(int &argc, char **argv, const Invocation &inv)
{
    const QString what = inv.args.value(0);
    if ((what != QLatin1String("inspections") && what != QLatin1String("cash")) || inv.outPath.isEmpty() ||
        inv.format.isEmpty()) {
        std::fprintf(stderr, "stationops export: say what and where: export inspections|cash --from DATE --to DATE "
                             "--format csv|pdf|json --out FILE\n");
        return 2;
    }
    // PDF text needs the font database, which needs a GUI application, but no window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops export: %s\n", qPrintable(services.error()));
        return 1;
    }
    const reports::DateRange range{QDate::fromString(inv.from, Qt::ISODate), QDate::fromString(inv.to, Qt::ISODate)};
    const Status s = what == QLatin1String("cash")
                         ? reports::writeCash((*services)->core(), (*services)->cash(), range, inv.format, inv.outPath)
                         : reports::writeInspections((*services)->core(), (*services)->inspections(), range, inv.format,
                                                     inv.outPath);
    if (!s) {
        std::fprintf(stderr, "stationops export: %s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(inv.outPath));
    return 0;
}

} // namespace so
