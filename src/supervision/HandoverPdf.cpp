#include "HandoverPdf.h"
#include "People.h"
#include "ReportFile.h"
#include "StationCore.h"
#include "TextPages.h"

namespace so::supervision {

namespace {

QString local(const StationCore &core, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(core.config().timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

struct Job
{
    QString id;
    QString heading;
};

} // namespace

Status writeHandoverPdf(StationCore &core, const Handover &h, const QString &path)
{
    reports::ReportFile file(path);
    reports::TextPages pages(file.partPath(), QStringLiteral("交接班 Shift handover"));
    if (!pages.ok())
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    const StationConfig &st = core.config();
    People people(core.db());
    const Names out = people.of(h.by);
    pages.line(QStringLiteral("交接班 Shift handover · %1 %2").arg(st.name.zh, st.name.en), 18, true);
    pages.line(QStringLiteral("交班 Handed over by %1 / %2 · %3").arg(out.zh, out.en, local(core, h.at)), 11);
    if (h.acknowledged()) {
        const Names in = people.of(h.ackBy);
        pages.line(QStringLiteral("接班确认 Acknowledged by %1 / %2 · %3").arg(in.zh, in.en, local(core, h.ackAt)), 11);
    } else {
        pages.line(QStringLiteral("接班人尚未确认 Not yet acknowledged by the incoming person"), 11, true, QColor(170, 60, 0));
    }
    const QList<Job> jobs{{QStringLiteral("alarms"), QStringLiteral("设备报警 Alarms")},
                          {QStringLiteral("patrol"), QStringLiteral("巡检与整改 Patrols and follow-ups")},
                          {QStringLiteral("cash"), QStringLiteral("票务现金 Cash")},
                          {QStringLiteral("incidents"), QStringLiteral("客服事件 Incidents")},
                          {QStringLiteral("notes"), QStringLiteral("交班备注 Notes")}};
    for (const Job &job : jobs) {
        QList<OpenItem> items;
        for (const OpenItem &i : h.items)
            if (i.job == job.id)
                items << i;
        pages.line(QStringLiteral("%1 (%2)").arg(job.heading).arg(items.size()), 13, true);
        if (items.isEmpty())
            pages.line(QStringLiteral("    无 None"), 10, false, QColor(90, 90, 90));
        for (const OpenItem &i : items) {
            QString head = i.priority > 0 ? QStringLiteral("P%1 ").arg(i.priority) : QString();
            head += i.title.zh == i.title.en ? i.title.zh : i.title.zh + QStringLiteral(" / ") + i.title.en;
            pages.line(QStringLiteral("• ") + head, 10, true);
            QStringList facts;
            if (!i.detail.zh.isEmpty())
                facts << (i.detail.zh == i.detail.en ? i.detail.zh : i.detail.zh + QStringLiteral(" / ") + i.detail.en);
            if (i.since > 0)
                facts << QStringLiteral("自 since %1").arg(local(core, i.since));
            if (i.due > 0)
                facts << QStringLiteral("期限 due %1").arg(local(core, i.due));
            if (i.carriedSince > 0)
                facts << QStringLiteral("自 %1 交接起遗留 carried since the %1 handover").arg(local(core, i.carriedSince));
            pages.line(QStringLiteral("    ") + facts.join(QStringLiteral(" · ")), 9, false, QColor(60, 60, 60));
        }
    }
    pages.end();
    return file.commit();
}

} // namespace so::supervision
