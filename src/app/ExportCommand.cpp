#include "AppServices.h"
#include "CashReport.h"
#include "Commands.h"
#include "HandoverPdf.h"
#include "IncidentReport.h"
#include "InspectionReport.h"

#include <QGuiApplication>
#include <cstdio>

namespace so {

int runExport(int &argc, char **argv, const Invocation &inv)
{
    const QString what = inv.args.value(0);
    const bool report = inv.verb == QLatin1String("report");
    const bool weekly = report && what == QLatin1String("weekly");
    const bool handover = report && what == QLatin1String("handover");
    if (report ? (inv.outPath.isEmpty() || !(handover || (weekly && !inv.week.isEmpty())))
               : (!QStringList{QStringLiteral("inspections"), QStringLiteral("cash"),
                               QStringLiteral("incidents")}
                       .contains(what) ||
                  inv.outPath.isEmpty() || inv.format.isEmpty())) {
        std::fprintf(stderr,
                     "stationops: say what and where: export inspections|cash|incidents "
                     "--from DATE --to DATE --format csv|pdf|json --out FILE, report weekly "
                     "--week YYYY-Www --out FILE.pdf|FILE.csv, or report handover --out "
                     "FILE.pdf (each with --lang zh_CN|en)\n");
        return 2;
    }
    // PDF text needs the font database, which needs a GUI application, but no window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops %s: %s\n", qPrintable(inv.verb),
                     qPrintable(services.error()));
        return 1;
    }
    const reports::DateRange range{QDate::fromString(inv.from, Qt::ISODate),
                                   QDate::fromString(inv.to, Qt::ISODate)};
    Status s;
    if (handover) {
        auto latest = (*services)->handover().latest();
        if (latest && !latest->has_value())
            s = fail(QStringLiteral("no handover has been written at this station yet"));
        else
            s = latest ? supervision::writeHandoverPdf((*services)->core(), **latest, inv.outPath,
                                                       inv.language)
                       : Status(Error{latest.error()});
    } else if (weekly)
        s = reports::writeWeeklyReport((*services)->core(), (*services)->incidents(), inv.week,
                                       inv.outPath, inv.language);
    else if (what == QLatin1String("cash"))
        s = reports::writeCash((*services)->core(), (*services)->cash(), range, inv.format,
                               inv.outPath, inv.language);
    else if (what == QLatin1String("incidents"))
        s = reports::writeIncidents((*services)->core(), (*services)->incidents(), range,
                                    inv.format, inv.outPath, inv.language);
    else
        s = reports::writeInspections((*services)->core(), (*services)->inspections(), range,
                                      inv.format, inv.outPath, inv.language);
    if (!s) {
        std::fprintf(stderr, "stationops %s: %s\n", qPrintable(inv.verb), qPrintable(s.error()));
        return 1;
    }
    std::printf("%s\n", qPrintable(inv.outPath));
    return 0;
}

} // namespace so
