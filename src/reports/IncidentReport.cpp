#include "IncidentReport.h"
#include "IncidentService.h"
#include "ReportFile.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextStream>

namespace so::reports {

using namespace incidents;

namespace {

// Exports show personal data masked: they leave the tablet.
const Actor kExportViewer{QStringLiteral("export"), Role::Agent, false};

Result<QList<Incident>> load(StationCore &core, IncidentService &service, const DateRange &range)
{
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return fail(QStringLiteral("give --from and --to as YYYY-MM-DD, from not after to"));
    const QTimeZone tz = core.config().timeZone;
    IncidentFilter f;
    f.fromUtc = QDateTime(range.from, QTime(0, 0), tz).toMSecsSinceEpoch();
    f.toUtc = QDateTime(range.to.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch();
    return service.find(kExportViewer, f, 100000);
}

QString local(StationCore &core, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(core.config().timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Result<DateRange> isoWeek(const QString &week)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto m = re.match(week);
    if (!m.hasMatch())
        return fail(QStringLiteral("--week takes an ISO week such as 2026-W48, not \"%1\"").arg(week));
    const int year = m.captured(1).toInt();
    const int w = m.captured(2).toInt();
    // ISO week 1 holds January 4th.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays((w - 1) * 7);
    int checkYear = 0;
    if (w < 1 || monday.weekNumber(&checkYear) != w || checkYear != year)
        return fail(QStringLiteral("--week %1: %2 has no week %3").arg(week).arg(year).arg(w));
    return DateRange{monday, monday.addDays(6)};
}

Status writeIncidents(StationCore &core, IncidentService &service, const DateRange &range, const QString &format,
                      const QString &path)
{
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(format))
        return fail(QStringLiteral("--format takes csv, pdf or json, not \"%1\"").arg(format));
    auto all = load(core, service, range);
    if (!all)
        return Error{all.error()};
    if (format == QLatin1String("pdf"))
        return fail(QStringLiteral("a PDF of incidents is the weekly report: stationops report weekly --week YYYY-Www --out FILE.pdf"));
    ReportFile file(path);
    QFile f(file.partPath());
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    QTextStream out(&f);
    out.setEncoding(QStringConverter::Utf8);
    if (format == QLatin1String("csv")) {
        out.setGenerateByteOrderMark(true);
        out << "id,occurred_local,category,subtype,channel,location,priority,state,at_fault,passenger,contact,description\r\n";
        for (const Incident &i : *all) {
            const QStringList row{i.id, local(core, i.occurredAt), i.category, i.subtype, i.channel, i.location,
                                  QString::number(i.priority), i.state, i.atFault ? QStringLiteral("yes") : QStringLiteral("no"),
                                  i.passengerName, i.passengerContact, i.description};
            QStringList cells;
            for (const QString &c : row)
                cells << csvField(c);
            out << cells.join(QLatin1Char(',')) << "\r\n";
        }
    } else {
        QJsonArray list;
        for (const Incident &i : *all) {
            QJsonArray timeline;
            for (const TimelineEntry &t : i.timeline)
                timeline << QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("to"), t.toState},
                                        {QStringLiteral("text"), t.text}, {QStringLiteral("by"), t.by},
                                        {QStringLiteral("at_local"), local(core, t.at)}};
            list << QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("occurred_local"), local(core, i.occurredAt)},
                                {QStringLiteral("category"), i.category}, {QStringLiteral("subtype"), i.subtype},
                                {QStringLiteral("channel"), i.channel}, {QStringLiteral("location"), i.location},
                                {QStringLiteral("priority"), i.priority}, {QStringLiteral("state"), i.state},
                                {QStringLiteral("passenger"), i.passengerName}, {QStringLiteral("description"), i.description},
                                {QStringLiteral("timeline"), timeline}};
        }
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    }
    out.flush();
    f.close();
    return file.commit();
}

Status writeWeeklyReport(StationCore &core, IncidentService &service, const QString &week, const QString &path)
{
    auto range = isoWeek(week);
    if (!range)
        return Error{range.error()};
    auto all = load(core, service, *range);
    if (!all)
        return Error{all.error()};
    const IncidentConfig &cfg = service.config();
    QMap<QString, int> byCategory, byChannel, byLocation, repeats;
    int atFault = 0, assessedValid = 0, callbacksDue = 0, callbacksOnTime = 0, open = 0;
    for (const Incident &i : *all) {
        ++byCategory[i.category];
        ++byChannel[i.channel];
        ++byLocation[i.location];
        ++repeats[i.category + QLatin1Char('/') + i.subtype + QLatin1Char('@') + i.location];
        if (i.valid && i.state != QLatin1String("new"))
            ++assessedValid;
        atFault += i.atFault;
        if (i.resolvedAt > 0) {
            ++callbacksDue;
            for (const TimelineEntry &t : i.timeline)
                if (t.toState == QLatin1String("callback_done") && t.at <= i.callbackDue)
                    ++callbacksOnTime;
        }
        if (i.state != QLatin1String("closed") && i.state != QLatin1String("cancelled"))
            ++open;
    }
    auto categoryName = [&](const QString &id) {
        const Category *c = cfg.category(id);
        return c ? c->name.zh + QStringLiteral(" ") + c->name.en : id;
    };
    ReportFile file(path);
    QPdfWriter w(file.partPath());
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    w.setResolution(150);
    w.setTitle(QStringLiteral("客服周报 Weekly service report %1").arg(week));
    QPainter p;
    if (!p.begin(&w))
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    int y = 0;
    auto line = [&](const QString &t, int pt, bool bold = false, QColor c = Qt::black) {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPointSize(pt);
        f.setBold(bold);
        p.setFont(f);
        p.setPen(c);
        const QRect r = p.boundingRect(QRect(0, 0, w.width(), 100000), Qt::TextWordWrap, t);
        if (y + r.height() > w.height()) {
            w.newPage();
            y = 0;
        }
        p.drawText(QRect(0, y, w.width(), r.height()), Qt::TextWordWrap, t);
        y += r.height() + pt * 2;
    };
    const StationConfig &st = core.config();
    line(QStringLiteral("客服周报 Weekly service report"), 18, true);
    line(QStringLiteral("%1 %2 · %3 (%4 – %5)").arg(st.name.zh, st.name.en, week, range->from.toString(Qt::ISODate),
                                                   range->to.toString(Qt::ISODate)),
         11, false, QColor(80, 80, 80));
    line(QStringLiteral("共 %1 件 · %1 cases · 未结 open %2 · 有责 at fault %3 / %4 有效 valid (%5%) · 按时回访 callbacks on time %6 / %7")
             .arg(all->size())
             .arg(open)
             .arg(atFault)
             .arg(assessedValid)
             .arg(assessedValid ? atFault * 100 / assessedValid : 0)
             .arg(callbacksOnTime)
             .arg(callbacksDue),
         11, true);
    // The chart: cases by category as bars.
    line(QStringLiteral("按类别 By category"), 13, true, QColor(21, 101, 192));
    const int maxCount = byCategory.isEmpty() ? 1 : *std::max_element(byCategory.cbegin(), byCategory.cend());
    QFont small(QStringLiteral("Noto Sans CJK SC"));
    small.setPointSize(9);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const int barH = 28;
        if (y + barH + 10 > w.height()) {
            w.newPage();
            y = 0;
        }
        p.setFont(small);
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, w.width() / 3, barH), Qt::AlignVCenter, categoryName(it.key()));
        const int barW = (w.width() * 2 / 3 - 80) * it.value() / qMax(1, maxCount);
        p.fillRect(QRect(w.width() / 3, y + 4, barW, barH - 8), QColor(21, 101, 192));
        p.drawText(QRect(w.width() / 3 + barW + 10, y, 70, barH), Qt::AlignVCenter, QString::number(it.value()));
        y += barH + 6;
    }
    y += 20;
    QStringList channels, locations;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        channels << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    for (auto it = byLocation.cbegin(); it != byLocation.cend(); ++it) {
        const Area *a = st.area(it.key());
        locations << QStringLiteral("%1 %2").arg(a ? a->name.zh : it.key()).arg(it.value());
    }
    line(QStringLiteral("按渠道 By channel: ") + channels.join(QStringLiteral(" · ")), 10);
    line(QStringLiteral("按地点 By place: ") + locations.join(QStringLiteral(" · ")), 10);
    line(QStringLiteral("不再重犯 Don't repeat (the same kind at the same place twice or more)"), 13, true, QColor(198, 40, 40));
    bool any = false;
    for (auto it = repeats.cbegin(); it != repeats.cend(); ++it) {
        if (it.value() < 2)
            continue;
        any = true;
        const QString key = it.key();
        line(QStringLiteral("%1 × %2").arg(key).arg(it.value()), 10);
    }
    if (!any)
        line(QStringLiteral("本周无重复 Nothing repeated this week."), 10);
    line(QStringLiteral("未结清单 Open items"), 13, true);
    for (const Incident &i : *all)
        if (i.state != QLatin1String("closed") && i.state != QLatin1String("cancelled"))
            line(QStringLiteral("%1 · %2 · %3 · %4").arg(local(core, i.occurredAt), categoryName(i.category), i.state, i.description), 9);
    p.end();
    return file.commit();
}

} // namespace so::reports
