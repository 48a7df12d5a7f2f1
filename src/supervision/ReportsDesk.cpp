#include "ReportsDesk.h"
#include "AuthService.h"
#include "CashReport.h"
#include "CashService.h"
#include "IncidentReport.h"
#include "IncidentService.h"
#include "InspectionReport.h"
#include "InspectionService.h"
#include "StationCore.h"

#include <QDir>

namespace so::supervision {

ReportsDesk::ReportsDesk(Sources sources, AuthService &auth, QObject *parent)
    : QObject(parent), m_sources(sources), m_auth(auth)
{
    // The counts are read when the screen opens (it sets the range), not at every sign-in.
    connect(&m_auth, &AuthService::sessionChanged, this, [this] {
        m_saved.clear();
        m_message.clear();
        m_range = QStringLiteral("7days");
        closePreview();
    });
}

QString ReportsDesk::week() const
{
    int year = 0;
    const int w = m_to.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(w, 2, 10, QLatin1Char('0'));
}

void ReportsDesk::setRange(const QString &key)
{
    const QTimeZone tz = m_sources.core.config().timeZone;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_sources.core.clock().nowMs(), Qt::UTC)
                            .toTimeZone(tz)
                            .date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    m_range = key;
    if (key == QLatin1String("today")) {
        m_from = m_to = today;
    } else if (key == QLatin1String("thisWeek")) {
        m_from = monday;
        m_to = today;
    } else if (key == QLatin1String("lastWeek")) {
        m_from = monday.addDays(-7);
        m_to = monday.addDays(-1);
    } else if (key == QLatin1String("30days")) {
        m_from = today.addDays(-29);
        m_to = today;
    } else {
        m_range = QStringLiteral("7days");
        m_from = today.addDays(-6);
        m_to = today;
    }
    m_saved.clear();
    m_preview = NoPreview;
    recount();
    Q_EMIT changed();
}

void ReportsDesk::closePreview()
{
    m_preview = NoPreview;
    m_csv.clear();
    Q_EMIT changed();
}

void ReportsDesk::recount()
{
    const QTimeZone tz = m_sources.core.config().timeZone;
    const qint64 from = QDateTime(m_from, QTime(0, 0), tz).toMSecsSinceEpoch();
    const qint64 to = QDateTime(m_to.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch();
    auto count = [](const Result<int> &n) { return n ? *n : -1; };
    m_inspections = count(m_sources.inspections.store().countBetween(from, to));
    m_cashShifts = count(m_sources.cash.shiftCount(from, to));
    m_incidents = count(m_sources.incidents.countOccurredBetween(from, to));
}

QString ReportsDesk::save(const QString &kind, const QString &format)
{
    auto fail = [this](const QString &m) {
        m_message = m;
        m_saved.clear();
        m_preview = NoPreview;
        Q_EMIT changed();
        return QString();
    };
    auto actor = m_auth.require(Permission::ExportReports);
    if (!actor)
        return fail(actor.error());
    StationCore &core = m_sources.core;
    const QString dir = core.dataDir() + QStringLiteral("/exports");
    if (!QDir().mkpath(dir))
        return fail(tr("%1 cannot be created.").arg(dir));
    const bool weekly = kind == QLatin1String("weekly");
    const QString name = weekly ? QStringLiteral("weekly-%1.%2").arg(week(), format)
                                : QStringLiteral("%1-%2-%3.%4").arg(kind, from(), to(), format);
    const QString path = dir + QLatin1Char('/') + name;
    const reports::DateRange range{m_from, m_to};
    Status s;
    if (weekly)
        s = reports::writeWeeklyReport(core, m_sources.incidents, week(), path);
    else if (kind == QLatin1String("inspections"))
        s = reports::writeInspections(core, m_sources.inspections, range, format, path);
    else if (kind == QLatin1String("cash"))
        s = reports::writeCash(core, m_sources.cash, range, format, path);
    else if (kind == QLatin1String("incidents"))
        s = reports::writeIncidents(core, m_sources.incidents, range, format, path);
    else
        s = Error{tr("There is no report called %1.").arg(kind)};
    if (!s)
        return fail(s.error());
    m_saved = path;
    m_message.clear();
    m_preview = NoPreview;
    m_csv.clear();
    if (format == QLatin1String("pdf")) {
        m_preview = PdfPreview;
    } else if (format == QLatin1String("csv")) {
        // The file is written; a preview that cannot be read only says so.
        const QString e = m_csv.load(path);
        if (e.isEmpty())
            m_preview = CsvPreview;
        else
            m_message = e;
    }
    Q_EMIT changed();
    return path;
}

} // namespace so::supervision
