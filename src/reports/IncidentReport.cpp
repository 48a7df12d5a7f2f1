#include "IncidentReport.h"
#include "DocumentPdf.h"
#include "IncidentService.h"
#include "ReportContext.h"
#include "ReportFile.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

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

QString categoryName(const ReportContext &cx, const IncidentConfig &cfg, const QString &id)
{
    const Category *c = cfg.category(id);
    return c ? cx.name(c->name) : id;
}

QString subtypeName(const ReportContext &cx, const IncidentConfig &cfg, const QString &category,
                    const QString &id)
{
    if (const Category *c = cfg.category(category))
        for (const auto &[key, names] : c->subtypes)
            if (key == id)
                return cx.name(names);
    return id;
}

// "投诉 / 设施设备", or the category alone.
QString kindName(const ReportContext &cx, const IncidentConfig &cfg, const Incident &i)
{
    const QString category = categoryName(cx, cfg, i.category);
    return i.subtype.isEmpty() ? category
                               : QStringLiteral("%1 / %2").arg(
                                     category, subtypeName(cx, cfg, i.category, i.subtype));
}

QString channelName(const ReportContext &cx, const IncidentConfig &cfg, const QString &id)
{
    for (const auto &[key, names] : cfg.channels)
        if (key == id)
            return cx.name(names);
    return id;
}

QString placeName(const ReportContext &cx, const QString &id)
{
    return cx.name(cx.names().place(id));
}

QString stateWords(const ReportContext &cx, const QString &state)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("Report", "Awaiting assessment")},
        {QStringLiteral("assessed"), QT_TRANSLATE_NOOP("Report", "Assessed")},
        {QStringLiteral("investigating"), QT_TRANSLATE_NOOP("Report", "Investigating")},
        {QStringLiteral("resolution_proposed"),
         QT_TRANSLATE_NOOP("Report", "Resolution awaiting approval")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("Report", "Resolution approved")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("Report", "Resolved, callback due")},
        {QStringLiteral("callback_done"), QT_TRANSLATE_NOOP("Report", "Called back")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Report", "Closed")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Report", "Cancelled")},
    };
    const auto it = words.constFind(state);
    return it == words.constEnd() ? state : cx.say(*it);
}

// What a timeline entry did: logged the case, moved it on, or added a note.
QString stepWords(const ReportContext &cx, const TimelineEntry &t)
{
    if (t.toState.isEmpty())
        return cx.say(QT_TRANSLATE_NOOP("Report", "Note"));
    if (t.toState == QLatin1String("new") && t.fromState.isEmpty())
        return cx.say(QT_TRANSLATE_NOOP("Report", "Logged"));
    return stateWords(cx, t.toState);
}

bool isOpen(const Incident &i)
{
    return i.state != QLatin1String("closed") && i.state != QLatin1String("cancelled");
}

Document incidentsDoc(const ReportContext &cx, const IncidentConfig &cfg, const DateRange &range,
                      const QList<Incident> &all)
{
    using S = Document::Style;
    using T = Document::Tone;
    Document doc(cx.say(QT_TRANSLATE_NOOP("Report", "Passenger-service incidents")), cx.language());
    doc.add(S::Title, doc.title());
    doc.add(S::Subtitle, cx.say(QT_TRANSLATE_NOOP("Report", "%1 · %2 to %3"))
                             .arg(cx.stationName(), cx.date(range.from), cx.date(range.to)));
    if (all.isEmpty()) {
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "No incidents in this period.")));
        return doc;
    }
    doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Cases: %1")).arg(all.size()));
    for (const Incident &i : all) {
        doc.add(S::Subheading,
                QStringLiteral("%1 · %2 · %3")
                    .arg(cx.local(i.occurredAt), kindName(cx, cfg, i), placeName(cx, i.location)),
                T::Accent);
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Priority %1 · %2 · channel: %3"))
                    .arg(i.priority)
                    .arg(stateWords(cx, i.state), channelName(cx, cfg, i.channel)),
                isOpen(i) ? T::Warning : T::Normal);
        doc.add(S::Text, i.description);
        if (!i.immediateActions.isEmpty())
            doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Done on the spot: %1"))
                                 .arg(i.immediateActions));
        if (!i.staffInvolved.isEmpty())
            doc.add(S::Text,
                    cx.say(QT_TRANSLATE_NOOP("Report", "Staff involved: %1")).arg(i.staffInvolved));
        if (!i.passengerName.isEmpty() || !i.passengerContact.isEmpty())
            doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Passenger: %1 %2"))
                                 .arg(i.passengerName, i.passengerContact)
                                 .trimmed());
        for (const TimelineEntry &t : i.timeline) {
            const QString step =
                t.text.isEmpty()
                    ? stepWords(cx, t)
                    : cx.say(QT_TRANSLATE_NOOP("Report", "%1: %2")).arg(stepWords(cx, t), t.text);
            doc.add(S::Small, QStringLiteral("%1 · %2").arg(cx.local(t.at), cx.staff(t.by)),
                    T::Muted)
                .code(t.by)
                .then(QStringLiteral(" · ") + step)
                .indented();
        }
    }
    return doc;
}

struct Weekly
{
    QMap<QString, int> byCategory, byChannel, byLocation, repeats;
    QMap<QString, QString> repeatName;
    int atFault = 0, assessedValid = 0, callbacksDue = 0, callbacksOnTime = 0, open = 0;
};

Weekly count(const ReportContext &cx, const IncidentConfig &cfg, const QList<Incident> &all)
{
    Weekly w;
    for (const Incident &i : all) {
        ++w.byCategory[i.category];
        ++w.byChannel[i.channel];
        ++w.byLocation[i.location];
        const QString kind =
            i.category + QLatin1Char('/') + i.subtype + QLatin1Char('@') + i.location;
        ++w.repeats[kind];
        w.repeatName[kind] = cx.say(QT_TRANSLATE_NOOP("Report", "%1 at %2"))
                                 .arg(kindName(cx, cfg, i), placeName(cx, i.location));
        if (i.valid && i.state != QLatin1String("new") && i.state != QLatin1String("cancelled"))
            ++w.assessedValid;
        w.atFault += i.atFault;
        if (i.resolvedAt > 0) {
            ++w.callbacksDue;
            for (const TimelineEntry &t : i.timeline)
                if (t.toState == QLatin1String("callback_done") && t.at <= i.callbackDue)
                    ++w.callbacksOnTime;
        }
        w.open += isOpen(i);
    }
    return w;
}

Document weeklyDoc(const ReportContext &cx, const IncidentConfig &cfg, const QString &week,
                   const DateRange &range, const QList<Incident> &all)
{
    using S = Document::Style;
    using T = Document::Tone;
    const Weekly w = count(cx, cfg, all);
    Document doc(cx.say(QT_TRANSLATE_NOOP("Report", "Weekly service report")), cx.language());
    doc.add(S::Title, doc.title());
    doc.add(S::Subtitle, cx.say(QT_TRANSLATE_NOOP("Report", "%1 · week %2 (%3 to %4)"))
                             .arg(cx.stationName(), week, cx.date(range.from), cx.date(range.to)));
    doc.add(S::Subheading, cx.say(QT_TRANSLATE_NOOP("Report", "Cases: %1 · still open: %2"))
                               .arg(all.size())
                               .arg(w.open));
    doc.add(S::Text,
            cx.say(QT_TRANSLATE_NOOP("Report", "Valid: %1 · the station at fault: %2 (%3%)"))
                .arg(w.assessedValid)
                .arg(w.atFault)
                .arg(w.assessedValid ? w.atFault * 100 / w.assessedValid : 0));
    doc.add(S::Text,
            cx.say(QT_TRANSLATE_NOOP("Report", "Callbacks on time: %1 of %2"))
                .arg(w.callbacksOnTime)
                .arg(w.callbacksDue),
            w.callbacksOnTime < w.callbacksDue ? T::Bad : T::Normal);
    doc.add(S::Heading, cx.say(QT_TRANSLATE_NOOP("Report", "By category")), T::Accent);
    const int most =
        w.byCategory.isEmpty() ? 1 : *std::max_element(w.byCategory.cbegin(), w.byCategory.cend());
    for (auto it = w.byCategory.cbegin(); it != w.byCategory.cend(); ++it)
        doc.bar(categoryName(cx, cfg, it.key()), it.value(), most);
    if (w.byCategory.isEmpty())
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "No incidents in this period.")));
    QStringList channels, places;
    for (auto it = w.byChannel.cbegin(); it != w.byChannel.cend(); ++it)
        channels << QStringLiteral("%1 %2").arg(channelName(cx, cfg, it.key())).arg(it.value());
    for (auto it = w.byLocation.cbegin(); it != w.byLocation.cend(); ++it)
        places << QStringLiteral("%1 %2").arg(placeName(cx, it.key())).arg(it.value());
    doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "By channel: %1"))
                         .arg(channels.join(QStringLiteral(" · "))));
    doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "By place: %1"))
                         .arg(places.join(QStringLiteral(" · "))));
    doc.add(S::Heading,
            cx.say(QT_TRANSLATE_NOOP(
                "Report", "Don't repeat: the same kind at the same place twice or more")),
            T::Bad);
    bool any = false;
    for (auto it = w.repeats.cbegin(); it != w.repeats.cend(); ++it) {
        if (it.value() < 2)
            continue;
        any = true;
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "%1: %2 times"))
                             .arg(w.repeatName.value(it.key()))
                             .arg(it.value()));
    }
    if (!any)
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Nothing repeated this week.")),
                T::Good);
    doc.add(S::Heading, cx.say(QT_TRANSLATE_NOOP("Report", "Still open")));
    bool open = false;
    for (const Incident &i : all) {
        if (!isOpen(i))
            continue;
        open = true;
        doc.add(S::Text, QStringLiteral("%1 · %2 · %3 · %4")
                             .arg(cx.local(i.occurredAt), kindName(cx, cfg, i),
                                  stateWords(cx, i.state), i.description));
    }
    if (!open)
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Nothing is open.")), T::Good);
    return doc;
}

Status writeWeeklyCsv(const ReportContext &cx, const IncidentConfig &cfg,
                      const QList<Incident> &all, const QString &path)
{
    const Weekly w = count(cx, cfg, all);
    // The same figures as rows a spreadsheet can pivot: section, key, name, count.
    QList<QStringList> rows;
    auto row = [&rows](const QString &section, const QString &key, const QString &name, int n) {
        rows << QStringList{section, key, name, QString::number(n)};
    };
    const QString total = QStringLiteral("total");
    row(total, QStringLiteral("cases"), cx.say(QT_TRANSLATE_NOOP("Report", "Cases")),
        int(all.size()));
    row(total, QStringLiteral("open"), cx.say(QT_TRANSLATE_NOOP("Report", "Still open")), w.open);
    row(total, QStringLiteral("valid"), cx.say(QT_TRANSLATE_NOOP("Report", "Valid")),
        w.assessedValid);
    row(total, QStringLiteral("at_fault"),
        cx.say(QT_TRANSLATE_NOOP("Report", "The station at fault")), w.atFault);
    row(total, QStringLiteral("callbacks_due"),
        cx.say(QT_TRANSLATE_NOOP("Report", "Callbacks due")), w.callbacksDue);
    row(total, QStringLiteral("callbacks_on_time"),
        cx.say(QT_TRANSLATE_NOOP("Report", "Callbacks on time")), w.callbacksOnTime);
    for (auto it = w.byCategory.cbegin(); it != w.byCategory.cend(); ++it)
        row(QStringLiteral("category"), it.key(), categoryName(cx, cfg, it.key()), it.value());
    for (auto it = w.byChannel.cbegin(); it != w.byChannel.cend(); ++it)
        row(QStringLiteral("channel"), it.key(), channelName(cx, cfg, it.key()), it.value());
    for (auto it = w.byLocation.cbegin(); it != w.byLocation.cend(); ++it)
        row(QStringLiteral("place"), it.key(), placeName(cx, it.key()), it.value());
    for (auto it = w.repeats.cbegin(); it != w.repeats.cend(); ++it)
        if (it.value() >= 2)
            row(QStringLiteral("repeated"), it.key(), w.repeatName.value(it.key()), it.value());
    return writeCsv(path,
                    {QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("name"),
                     QStringLiteral("count")},
                    rows);
}

Status writeIncidentsCsv(const ReportContext &cx, const IncidentConfig &cfg,
                         const QList<Incident> &all, const QString &path)
{
    const QStringList header{QStringLiteral("id"),          QStringLiteral("occurred_local"),
                             QStringLiteral("category"),    QStringLiteral("category_name"),
                             QStringLiteral("subtype"),     QStringLiteral("subtype_name"),
                             QStringLiteral("channel"),     QStringLiteral("channel_name"),
                             QStringLiteral("location"),    QStringLiteral("location_name"),
                             QStringLiteral("priority"),    QStringLiteral("state"),
                             QStringLiteral("state_text"),  QStringLiteral("at_fault"),
                             QStringLiteral("passenger"),   QStringLiteral("contact"),
                             QStringLiteral("description"), QStringLiteral("immediate_actions"),
                             QStringLiteral("logged_by"),   QStringLiteral("logged_by_name")};
    QList<QStringList> rows;
    for (const Incident &i : all)
        rows << QStringList{i.id,
                            cx.local(i.occurredAt),
                            i.category,
                            categoryName(cx, cfg, i.category),
                            i.subtype,
                            i.subtype.isEmpty() ? QString()
                                                : subtypeName(cx, cfg, i.category, i.subtype),
                            i.channel,
                            channelName(cx, cfg, i.channel),
                            i.location,
                            placeName(cx, i.location),
                            QString::number(i.priority),
                            i.state,
                            stateWords(cx, i.state),
                            i.atFault ? QStringLiteral("yes") : QStringLiteral("no"),
                            i.passengerName,
                            i.passengerContact,
                            i.description,
                            i.immediateActions,
                            i.createdBy,
                            cx.staff(i.createdBy)};
    return writeCsv(path, header, rows);
}

Status writeIncidentsJson(const ReportContext &cx, const IncidentConfig &cfg,
                          const QList<Incident> &all, const QString &path)
{
    QJsonArray list;
    for (const Incident &i : all) {
        QJsonArray timeline;
        for (const TimelineEntry &t : i.timeline)
            timeline << QJsonObject{{QStringLiteral("kind"), t.kind},
                                    {QStringLiteral("to"), t.toState},
                                    {QStringLiteral("text"), t.text},
                                    {QStringLiteral("by"), t.by},
                                    {QStringLiteral("by_name"), cx.staff(t.by)},
                                    {QStringLiteral("at_local"), cx.local(t.at)}};
        list << QJsonObject{{QStringLiteral("id"), i.id},
                            {QStringLiteral("occurred_local"), cx.local(i.occurredAt)},
                            {QStringLiteral("category"), i.category},
                            {QStringLiteral("category_name"), categoryName(cx, cfg, i.category)},
                            {QStringLiteral("subtype"), i.subtype},
                            {QStringLiteral("channel"), i.channel},
                            {QStringLiteral("location"), i.location},
                            {QStringLiteral("location_name"), placeName(cx, i.location)},
                            {QStringLiteral("priority"), i.priority},
                            {QStringLiteral("state"), i.state},
                            {QStringLiteral("state_text"), stateWords(cx, i.state)},
                            {QStringLiteral("passenger"), i.passengerName},
                            {QStringLiteral("description"), i.description},
                            {QStringLiteral("immediate_actions"), i.immediateActions},
                            {QStringLiteral("timeline"), timeline}};
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(list).toJson(QJsonDocument::Indented)) < 0)
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<DateRange> isoWeek(const QString &week)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto m = re.match(week);
    if (!m.hasMatch())
        return fail(
            QStringLiteral("--week takes an ISO week such as 2026-W48, not \"%1\"").arg(week));
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

Result<Document> incidentsDocument(StationCore &core, IncidentService &service,
                                   const DateRange &range, const QString &language)
{
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto all = load(core, service, range);
    if (!all)
        return Error{all.error()};
    return incidentsDoc(*cx, service.config(), range, *all);
}

Result<Document> weeklyDocument(StationCore &core, IncidentService &service, const QString &week,
                                const QString &language)
{
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto range = isoWeek(week);
    if (!range)
        return Error{range.error()};
    auto all = load(core, service, *range);
    if (!all)
        return Error{all.error()};
    return weeklyDoc(*cx, service.config(), week, *range, *all);
}

Status writeIncidents(StationCore &core, IncidentService &service, const DateRange &range,
                      const QString &format, const QString &path, const QString &language)
{
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(
            format))
        return fail(QStringLiteral("--format takes csv, pdf or json, not \"%1\"").arg(format));
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto all = load(core, service, range);
    if (!all)
        return Error{all.error()};
    ReportFile file(path);
    Status s;
    if (format == QLatin1String("pdf"))
        s = writePdf(incidentsDoc(*cx, service.config(), range, *all), file.partPath());
    else if (format == QLatin1String("csv"))
        s = writeIncidentsCsv(*cx, service.config(), *all, file.partPath());
    else
        s = writeIncidentsJson(*cx, service.config(), *all, file.partPath());
    if (!s)
        return s;
    return file.commit();
}

Status writeWeeklyReport(StationCore &core, IncidentService &service, const QString &week,
                         const QString &path, const QString &language)
{
    // Check the request before reading anything.
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(QStringLiteral("%1: --out names a .pdf or a .csv file").arg(path));
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto range = isoWeek(week);
    if (!range)
        return Error{range.error()};
    auto all = load(core, service, *range);
    if (!all)
        return Error{all.error()};
    ReportFile file(path);
    Status s =
        csv ? writeWeeklyCsv(*cx, service.config(), *all, file.partPath())
            : writePdf(weeklyDoc(*cx, service.config(), week, *range, *all), file.partPath());
    if (!s)
        return s;
    return file.commit();
}

} // namespace so::reports
