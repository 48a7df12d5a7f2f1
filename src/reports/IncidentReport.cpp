#include "IncidentReport.h"
#include "IncidentService.h"
#include "ReportFile.h"
#include "StationCore.h"
#include "TextPages.h"

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
    return service.find(kExportViewer, f, 1000000, true);
}

QString local(StationCore &core, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(core.config().timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}


QString categoryName(const IncidentConfig &cfg, const QString &id)
{
    const Category *c = cfg.category(id);
    return c ? c->name.zh + QStringLiteral(" ") + c->name.en : id;
}

QString channelName(const IncidentConfig &cfg, const QString &id)
{
    for (const auto &[key, names] : cfg.channels)
        if (key == id)
            return names.zh + QStringLiteral(" ") + names.en;
    return id;
}

QString placeName(StationCore &core, const QString &id)
{
    const Area *a = core.config().area(id);
    return a ? a->name.zh : id;
}

Status writeIncidentPdf(StationCore &core, IncidentService &service, const DateRange &range, const QList<Incident> &all,
                        const QString &path)
{
    ReportFile file(path);
    TextPages pages(file.partPath(), QStringLiteral("客服事件 Incidents"));
    if (!pages.ok())
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    const StationConfig &st = core.config();
    pages.line(QStringLiteral("客服事件 Incidents"), 18, true);
    pages.line(QStringLiteral("%1 %2 · %3 – %4 · %5 件 cases").arg(st.name.zh, st.name.en, range.from.toString(Qt::ISODate),
                                                                 range.to.toString(Qt::ISODate)).arg(all.size()),
               11, false, QColor(80, 80, 80));
    for (const Incident &i : all) {
        pages.line(QStringLiteral("%1 · %2 · %3 · P%4 · %5")
                       .arg(local(core, i.occurredAt), categoryName(service.config(), i.category), placeName(core, i.location))
                       .arg(i.priority)
                       .arg(i.state),
                   11, true);
        pages.line(i.description, 10);
        if (!i.passengerName.isEmpty() || !i.passengerContact.isEmpty())
            pages.line(QStringLiteral("乘客 Passenger: %1 %2").arg(i.passengerName, i.passengerContact), 9);
        for (const TimelineEntry &t : i.timeline)
            pages.line(QStringLiteral("    %1  %2  %3 %4").arg(local(core, t.at), t.by, t.toState, t.text), 9, false,
                       QColor(60, 60, 60));
    }
    if (all.isEmpty())
        pages.line(QStringLiteral("此期间无事件 No incidents in this range."), 10);
    pages.end();
    return file.commit();
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
        return writeIncidentPdf(core, service, range, *all, path);
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
    // Check the request before reading anything.
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(QStringLiteral("%1: --out names a .pdf or a .csv file").arg(path));
    auto range = isoWeek(week);
    if (!range)
        return Error{range.error()};
    auto all = load(core, service, *range);
    if (!all)
        return Error{all.error()};
    const IncidentConfig &cfg = service.config();
    QMap<QString, int> byCategory, byChannel, byLocation, repeats;
    QMap<QString, QString> repeatName;
    int atFault = 0, assessedValid = 0, callbacksDue = 0, callbacksOnTime = 0, open = 0;
    for (const Incident &i : *all) {
        ++byCategory[i.category];
        ++byChannel[i.channel];
        ++byLocation[i.location];
        const QString kind = i.category + QLatin1Char('/') + i.subtype + QLatin1Char('@') + i.location;
        ++repeats[kind];
        repeatName[kind] = QStringLiteral("%1%2 @ %3").arg(categoryName(cfg, i.category),
                                                          i.subtype.isEmpty() ? QString() : QLatin1Char('/') + i.subtype,
                                                          placeName(core, i.location));
        if (i.valid && i.state != QLatin1String("new") && i.state != QLatin1String("cancelled"))
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
    if (csv) {
        // The same figures as rows a spreadsheet can pivot: section, key, name, count.
        ReportFile file(path);
        QFile f(file.partPath());
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
        QTextStream out(&f);
        out.setEncoding(QStringConverter::Utf8);
        out.setGenerateByteOrderMark(true);
        out << "section,key,name,count\r\n";
        auto row = [&](const QString &section, const QString &key, const QString &name, int n) {
            out << section << ',' << csvField(key) << ',' << csvField(name) << ',' << n << "\r\n";
        };
        row(QStringLiteral("total"), week, QStringLiteral("cases"), int(all->size()));
        row(QStringLiteral("total"), week, QStringLiteral("open"), open);
        row(QStringLiteral("total"), week, QStringLiteral("valid"), assessedValid);
        row(QStringLiteral("total"), week, QStringLiteral("at_fault"), atFault);
        row(QStringLiteral("total"), week, QStringLiteral("callbacks_due"), callbacksDue);
        row(QStringLiteral("total"), week, QStringLiteral("callbacks_on_time"), callbacksOnTime);
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
            row(QStringLiteral("category"), it.key(), categoryName(cfg, it.key()), it.value());
        for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
            row(QStringLiteral("channel"), it.key(), channelName(cfg, it.key()), it.value());
        for (auto it = byLocation.cbegin(); it != byLocation.cend(); ++it)
            row(QStringLiteral("place"), it.key(), placeName(core, it.key()), it.value());
        for (auto it = repeats.cbegin(); it != repeats.cend(); ++it)
            if (it.value() >= 2)
                row(QStringLiteral("repeated"), it.key(), repeatName.value(it.key()), it.value());
        out.flush();
        f.close();
        return file.commit();
    }
    ReportFile file(path);
    TextPages pages(file.partPath(), QStringLiteral("客服周报 Weekly service report %1").arg(week));
    if (!pages.ok())
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    QPainter &p = pages.painter();
    auto line = [&](const QString &t, int pt, bool bold = false, QColor c = Qt::black) { pages.line(t, pt, bold, c); };
    auto categoryName = [&](const QString &id) { return reports::categoryName(cfg, id); };
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
        pages.room(barH + 10);
        int &y = pages.y();
        p.setFont(small);
        p.setPen(Qt::black);
        const int third = pages.width() / 3;
        p.drawText(QRect(0, y, third, barH), Qt::AlignVCenter, categoryName(it.key()));
        const int barW = (third * 2 - 80) * it.value() / qMax(1, maxCount);
        p.fillRect(QRect(third, y + 4, barW, barH - 8), QColor(21, 101, 192));
        p.drawText(QRect(third + barW + 10, y, 70, barH), Qt::AlignVCenter, QString::number(it.value()));
        y += barH + 6;
    }
    pages.y() += 20;
    QStringList channels, locations;
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        channels << QStringLiteral("%1 %2").arg(channelName(cfg, it.key())).arg(it.value());
    for (auto it = byLocation.cbegin(); it != byLocation.cend(); ++it)
        locations << QStringLiteral("%1 %2").arg(placeName(core, it.key())).arg(it.value());
    line(QStringLiteral("按渠道 By channel: ") + channels.join(QStringLiteral(" · ")), 10);
    line(QStringLiteral("按地点 By place: ") + locations.join(QStringLiteral(" · ")), 10);
    line(QStringLiteral("不再重犯 Don't repeat (the same kind at the same place twice or more)"), 13, true, QColor(198, 40, 40));
    bool any = false;
    for (auto it = repeats.cbegin(); it != repeats.cend(); ++it) {
        if (it.value() < 2)
            continue;
        any = true;
        line(QStringLiteral("%1 × %2").arg(repeatName.value(it.key())).arg(it.value()), 10);
    }
    if (!any)
        line(QStringLiteral("本周无重复 Nothing repeated this week."), 10);
    line(QStringLiteral("未结清单 Open items"), 13, true);
    for (const Incident &i : *all)
        if (i.state != QLatin1String("closed") && i.state != QLatin1String("cancelled"))
            line(QStringLiteral("%1 · %2 · %3 · %4").arg(local(core, i.occurredAt), categoryName(i.category), i.state, i.description), 9);
    pages.end();
    return file.commit();
}

} // namespace so::reports
