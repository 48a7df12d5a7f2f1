#include "DemoIncidents.h"
#include "Database.h"
#include "IncidentService.h"
#include "StationCore.h"

namespace so::incidents {

Result<int> seedDemoIncidents(StationCore &core, IncidentService &service)
{
    if (!core.config().demo)
        return 0;
    // Seeds only an empty station: a restart keeps what was done since.
    auto existing = core.db().scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM incident)"));
    if (!existing)
        return fail(QStringLiteral("demo incidents: %1").arg(existing.error()));
    if (*existing > 0)
        return 0;
    Transaction tx(core.db());
    if (!tx.started())
        return fail(tx.error());
    const Actor agent{QStringLiteral("1001"), Role::Agent, false};
    const Actor seller{QStringLiteral("2002"), Role::Seller, false};
    const Actor sup{QStringLiteral("3001"), Role::Supervisor, false};
    const qint64 now = core.clock().nowMs();
    auto make = [&](const Actor &who, const char *category, const char *subtype,
                    const char *location, const char *text, qint64 hoursAgo, const char *name = "",
                    const char *contact = "") -> Result<QString> {
        NewIncident n;
        n.category = QString::fromLatin1(category);
        n.subtype = QString::fromLatin1(subtype);
        n.location = QString::fromLatin1(location);
        n.channel = QStringLiteral("in_person");
        n.description = QString::fromUtf8(text);
        n.passengerName = QString::fromUtf8(name);
        n.passengerContact = QString::fromLatin1(contact);
        n.occurredAt = now - hoursAgo * 3600 * 1000;
        return service.log(who, n);
    };
    Status s;
    auto step = [&](const QString &id, const char *to, const char *text, bool valid = true) {
        if (s)
            s = service.transition(sup, id, QLatin1String(to), QString::fromUtf8(text),
                                   {{QStringLiteral("valid"), valid}});
    };
    auto a = make(agent, "complaint", "facilities", "entrance-a",
                  "A口上行电梯停运半小时无人告知，乘客投诉", 50, "李先生", "13900001111");
    if (a) {
        step(*a, "assessed", "有效投诉");
        step(*a, "investigating", "维保单位检修未挂告示");
        step(*a, "resolution_proposed", "致歉，并要求检修时张贴告示");
        step(*a, "approved", "");
        step(*a, "resolved", "已当面致歉，乘客表示理解");
    }
    auto b = make(seller, "fare_dispute", "", "booth-area", "乘客称售票机吞币未出票，要求退款", 6,
                  "赵女士", "13700002222");
    auto c =
        make(agent, "lost_property", "", "platform-1", "站台座椅拾获黑色双肩包一个，已登记保管", 3);
    auto d = make(agent, "praise", "", "concourse", "乘客来电表扬站务员帮助老人进站", 30);
    if (d) {
        step(*d, "assessed", "表扬", true);
        step(*d, "cancelled", "表扬类无需处理，已转班组");
    }
    if (!a || !b || !c || !d || !s)
        return fail(QStringLiteral("demo incidents: %1")
                        .arg(!a   ? a.error()
                             : !b ? b.error()
                             : !c ? c.error()
                             : !d ? d.error()
                                  : s.error()));
    if (Status cm = tx.commit(); !cm)
        return fail(cm.error());
    return 4;
}

} // namespace so::incidents
