#include "OpenItems.h"
#include "AlarmStore.h"
#include "CashService.h"
#include "IncidentService.h"
#include "IncidentWords.h"
#include "InspectionService.h"
#include "ShelveReasons.h"
#include "StationCore.h"

#include <algorithm>

namespace so::supervision {

namespace {

const QStringList kJobs{QStringLiteral("alarms"), QStringLiteral("patrol"), QStringLiteral("cash"),
                        QStringLiteral("incidents"), QStringLiteral("notes")};

Names both(const QString &zh, const QString &en)
{
    return Names{zh, en};
}

// A person as handovers name them: the name, then the staff number.
Names person(const StationCore &core, const QString &staffNo)
{
    const Names n = core.names().staff(staffNo);
    return both(NameBook::withCode(n.zh, staffNo), NameBook::withCode(n.en, staffNo));
}

// Where an alarm is: the device's name, and the door's for a door of a PSD controller.
Names assetName(const StationCore &core, const QString &device, const QString &asset)
{
    const Names d = core.names().device(device);
    if (asset.isEmpty())
        return d;
    const Names a = core.names().door(asset);
    return both(d.zh + QLatin1Char(' ') + a.zh, d.en + QLatin1Char(' ') + a.en);
}

// What a follow-up is on: "P1-up/D07" is a door of a side; otherwise an area or the station.
Names followUpAssetName(const StationCore &core, const checklists::FollowUp &f)
{
    const int slash = f.assetId.indexOf(QLatin1Char('/'));
    if (f.assetKind == QLatin1String("door") && slash > 0)
        return core.names().door(f.assetId.left(slash), f.assetId.mid(slash + 1));
    const Names n = core.names().place(f.assetId);
    return n.zh == f.assetId && !f.assetLabel.isEmpty() ? both(f.assetLabel, f.assetLabel) : n;
}

QString localTime(const StationCore &core, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toTimeZone(core.config().timeZone)
        .toString(QStringLiteral("MM-dd HH:mm"));
}

Status addAlarms(Sources &src, qint64 now, QList<OpenItem> &out)
{
    alarms::AlarmStore store(src.core.db());
    auto states = store.loadStates();
    if (!states)
        return Error{states.error()};
    for (const alarms::AlarmRecord &r : *states) {
        OpenItem i;
        i.job = QStringLiteral("alarms");
        i.key = r.key;
        i.priority = r.priority;
        i.title = r.text;
        i.since = r.raisedAt;
        const Names where = assetName(src.core, r.device, r.asset);
        if (r.outOfService) {
            // Taken out of service by hand: the next shift must know the alarm is not watching.
            i.kind = QStringLiteral("out_of_service");
            i.since = r.updatedAt;
            i.detail = both(where.zh + QStringLiteral(" · 已停用"),
                            where.en + QStringLiteral(" · out of service"));
        } else if (r.suppressed && r.active) {
            i.kind = QStringLiteral("suppressed_alarm");
            i.detail = both(where.zh + QStringLiteral(" · 设备检修中，报警被抑制"),
                            where.en + QStringLiteral(" · device in maintenance, alarm hidden"));
        } else if (r.shelved(now)) {
            i.kind = QStringLiteral("shelved_alarm");
            i.due = r.shelvedUntil;
            const QString until = localTime(src.core, r.shelvedUntil);
            const Names reason = alarms::shelveReasonNames(r.shelveReason);
            i.detail =
                both(QStringLiteral("%1 · 搁置至 %2 · %3").arg(where.zh, until, reason.zh),
                     QStringLiteral("%1 · shelved until %2 · %3").arg(where.en, until, reason.en));
        } else if (r.needsAttention(now)) {
            i.kind = QStringLiteral("alarm");
            i.detail = r.acked ? both(where.zh + QStringLiteral(" · 已确认"),
                                      where.en + QStringLiteral(" · acknowledged"))
                               : both(where.zh + QStringLiteral(" · 未确认"),
                                      where.en + QStringLiteral(" · not acknowledged"));
        } else {
            continue;
        }
        out << i;
    }
    return {};
}

Status addPatrol(Sources &src, QList<OpenItem> &out)
{
    auto followUps = src.inspections.store().openFollowUps();
    if (!followUps)
        return Error{followUps.error()};
    for (const checklists::FollowUp &f : *followUps) {
        OpenItem i;
        i.job = QStringLiteral("patrol");
        i.kind = QStringLiteral("follow_up");
        i.key = f.id;
        i.priority = f.priority;
        const Names asset = followUpAssetName(src.core, f);
        i.title =
            both(QStringLiteral("整改：") + asset.zh, QStringLiteral("Follow-up: ") + asset.en);
        i.detail =
            src.inspections.followUpProblem(f); // the item in one language, the note as typed
        i.since = f.createdAt;
        i.due = f.dueAt;
        out << i;
    }
    // Inspections started and not finalized: someone has to finish or discard them.
    auto drafts = src.inspections.store().drafts();
    if (!drafts)
        return Error{drafts.error()};
    for (const checklists::Draft &d : *drafts) {
        const checklists::ChecklistTemplate *t = src.inspections.templateById(d.templateId);
        Names target{d.targetId, d.targetId};
        if (t)
            for (const checklists::TargetRef &ref : checklists::targetsFor(*t, src.core.config()))
                if (ref.kind == d.targetKind && ref.id == d.targetId)
                    target = ref.name;
        const Names who = person(src.core, d.startedBy);
        OpenItem i;
        i.job = QStringLiteral("patrol");
        i.kind = QStringLiteral("unfinished_inspection");
        i.key = d.id;
        i.title =
            both(QStringLiteral("巡检未完成：") + (t ? t->name.zh : d.templateId),
                 QStringLiteral("Inspection not finished: ") + (t ? t->name.en : d.templateId));
        i.detail = both(target.zh + QStringLiteral(" · ") + who.zh +
                            QStringLiteral(" · 已填 %1 项").arg(d.answers.size()),
                        target.en + QStringLiteral(" · ") + who.en +
                            QStringLiteral(" · %1 answered").arg(d.answers.size()));
        i.since = d.startedAt;
        out << i;
    }
    auto due = src.inspections.due();
    if (!due)
        return Error{due.error()};
    for (const checklists::DueEntry &d : *due) {
        if (d.status != QLatin1String("overdue"))
            continue;
        OpenItem i;
        i.job = QStringLiteral("patrol");
        i.kind = QStringLiteral("overdue_patrol");
        i.key = d.templateId + QLatin1Char('|') + d.target.kind + QLatin1Char('|') + d.target.id;
        i.title = both(QStringLiteral("巡检超时：") + d.templateName.zh,
                       QStringLiteral("Patrol overdue: ") + d.templateName.en);
        i.detail = d.target.name;
        if (d.missedToday > 0) {
            i.detail.zh += QStringLiteral(" · 今日漏检 %1 次").arg(d.missedToday);
            i.detail.en += QStringLiteral(" · %1 missed today").arg(d.missedToday);
        }
        i.since = d.slotAt;
        i.due = d.dueBy;
        out << i;
    }
    return {};
}

Status addCash(Sources &src, QList<OpenItem> &out)
{
    auto shifts = src.cash.unsignedShifts();
    if (!shifts)
        return Error{shifts.error()};
    for (const cash::Shift &s : *shifts) {
        OpenItem i;
        i.job = QStringLiteral("cash");
        i.kind = QStringLiteral("open_shift");
        i.key = s.id;
        const Names booth = src.core.names().booth(s.booth);
        const Names seller = person(src.core, s.seller);
        const bool counted = s.status == cash::ShiftStatus::Counted;
        i.title = both(QStringLiteral("票亭班次未签核：") + booth.zh,
                       QStringLiteral("Booth shift not signed off: ") + booth.en);
        i.detail = counted ? both(seller.zh + QStringLiteral(" · 已点钞，待主管签核"),
                                  seller.en + QStringLiteral(" · counted, awaiting sign-off"))
                           : both(seller.zh + QStringLiteral(" · 售票中"),
                                  seller.en + QStringLiteral(" · selling"));
        i.since = s.openedAt;
        out << i;
    }
    auto owing = src.cash.sellersOwing();
    if (!owing)
        return Error{owing.error()};
    for (const auto &[seller, owed] : *owing) {
        OpenItem i;
        i.job = QStringLiteral("cash");
        i.kind = QStringLiteral("shortage");
        i.key = seller;
        const Names who = person(src.core, seller);
        i.title = both(QStringLiteral("短款未还：") + who.zh,
                       QStringLiteral("Shortage not repaid: ") + who.en);
        i.detail =
            both(QStringLiteral("欠款 ") + owed.format(), QStringLiteral("Owes ") + owed.format());
        out << i;
    }
    return {};
}

Status addIncidents(Sources &src, QList<OpenItem> &out)
{
    const Actor viewer = Actor::systemActor(QStringLiteral("handover"));
    for (const QString &state :
         {QStringLiteral("new"), QStringLiteral("assessed"), QStringLiteral("investigating"),
          QStringLiteral("resolution_proposed"), QStringLiteral("approved"),
          QStringLiteral("resolved")}) {
        incidents::IncidentFilter f;
        f.state = state;
        auto found = src.incidents.find(viewer, f, 1000);
        if (!found)
            return Error{found.error()};
        for (const incidents::Incident &c : *found) {
            OpenItem i;
            i.job = QStringLiteral("incidents");
            const bool callback = state == QLatin1String("resolved");
            i.kind = callback ? QStringLiteral("callback") : QStringLiteral("incident");
            i.key = c.id;
            i.priority = c.priority;
            const auto *cat = src.incidents.config().category(c.category);
            const Names category = cat ? cat->name : both(c.category, c.category);
            const Area *area = src.core.config().area(c.location);
            const Names place = area ? area->name : both(c.location, c.location);
            i.title = callback ? both(QStringLiteral("待回访：") + category.zh,
                                      QStringLiteral("Callback due: ") + category.en)
                               : both(category.zh + QStringLiteral(" · ") + place.zh,
                                      category.en + QStringLiteral(" · ") + place.en);
            const Names st = incidents::IncidentWords::state(state);
            const QString words = c.description.left(60);
            i.detail =
                both(st.zh + QStringLiteral(" · ") + words, st.en + QStringLiteral(" · ") + words);
            i.since = c.occurredAt;
            i.due = callback ? c.callbackDue : c.firstResponseDue;
            out << i;
        }
    }
    return {};
}

} // namespace

QJsonObject OpenItem::toJson() const
{
    return QJsonObject{{QStringLiteral("job"), job},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("priority"), priority},
                       {QStringLiteral("title_zh"), title.zh},
                       {QStringLiteral("title_en"), title.en},
                       {QStringLiteral("detail_zh"), detail.zh},
                       {QStringLiteral("detail_en"), detail.en},
                       {QStringLiteral("since"), since},
                       {QStringLiteral("due"), due},
                       {QStringLiteral("carried_since"), carriedSince}};
}

OpenItem OpenItem::fromJson(const QJsonObject &o)
{
    OpenItem i;
    i.job = o.value(QStringLiteral("job")).toString();
    i.kind = o.value(QStringLiteral("kind")).toString();
    i.key = o.value(QStringLiteral("key")).toString();
    i.priority = o.value(QStringLiteral("priority")).toInt();
    i.title = both(o.value(QStringLiteral("title_zh")).toString(),
                   o.value(QStringLiteral("title_en")).toString());
    i.detail = both(o.value(QStringLiteral("detail_zh")).toString(),
                    o.value(QStringLiteral("detail_en")).toString());
    i.since = o.value(QStringLiteral("since")).toInteger();
    i.due = o.value(QStringLiteral("due")).toInteger();
    i.carriedSince = o.value(QStringLiteral("carried_since")).toInteger();
    return i;
}

Result<QList<OpenItem>> collectOpenItems(Sources &sources, qint64 nowUtc)
{
    QList<OpenItem> out;
    Status s = addAlarms(sources, nowUtc, out);
    if (s)
        s = addPatrol(sources, out);
    if (s)
        s = addCash(sources, out);
    if (s)
        s = addIncidents(sources, out);
    if (!s)
        return Error{s.error()};
    // By job, then what is past due, then priority (unranked last), then oldest first.
    std::stable_sort(out.begin(), out.end(), [nowUtc](const OpenItem &a, const OpenItem &b) {
        const int ja = kJobs.indexOf(a.job), jb = kJobs.indexOf(b.job);
        if (ja != jb)
            return ja < jb;
        if (a.overdue(nowUtc) != b.overdue(nowUtc))
            return a.overdue(nowUtc);
        const int pa = a.priority > 0 ? a.priority : 9, pb = b.priority > 0 ? b.priority : 9;
        if (pa != pb)
            return pa < pb;
        return a.since < b.since;
    });
    return out;
}

} // namespace so::supervision
