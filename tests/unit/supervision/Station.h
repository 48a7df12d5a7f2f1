#pragma once
// The supervision tests' station: every feature service on one real database in a scratch
// folder, with the demo staff and a pinned clock — the same parts the app wires together.
#include "AlarmSystem.h"
#include "AuthService.h"
#include "CashService.h"
#include "Dashboard.h"
#include "DemoStaff.h"
#include "HandoverService.h"
#include "IncidentService.h"
#include "InspectionService.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QTest>

namespace so::test {

struct Station
{
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<StationCore> core;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<alarms::AlarmSystem> alarms;
    std::unique_ptr<checklists::InspectionService> inspections;
    std::unique_ptr<cash::CashService> cash;
    std::unique_ptr<incidents::IncidentService> incidents;
    std::unique_ptr<supervision::HandoverService> handover;
    std::unique_ptr<supervision::Dashboard> dashboard;
    qint64 linkSeq = 0;

    // Returns "" or what went wrong.
    QString open(const QString &dataDir)
    {
        clock = pinnedClock();
        auto c = StationCore::open(demoConfigDir(), dataDir, clock);
        if (!c)
            return c.error();
        core = c.take();
        if (auto s = seedDemoStaff(*core); !s)
            return s.error();
        auth = std::make_unique<AuthService>(*core);
        auto a = alarms::AlarmSystem::create(*core);
        if (!a)
            return a.error();
        alarms = a.take();
        auto t = checklists::loadTemplates(core->configDir(), core->config());
        if (!t)
            return t.error();
        inspections = std::make_unique<checklists::InspectionService>(*core, t.take());
        auto cc = cash::CashConfig::load(core->configDir());
        if (!cc)
            return cc.error();
        cash = std::make_unique<cash::CashService>(*core, cc.take(), *auth);
        auto ic = incidents::IncidentConfig::load(core->configDir());
        if (!ic)
            return ic.error();
        incidents = std::make_unique<incidents::IncidentService>(*core, ic.take());
        const supervision::Sources sources{*core, *inspections, *cash, *incidents};
        handover = std::make_unique<supervision::HandoverService>(sources, *auth);
        dashboard = std::make_unique<supervision::Dashboard>(sources, *handover, *auth);
        return {};
    }

    // A device frame as a serial line would deliver it, received at `utcMs` (0: now), committed.
    void alarm(const QString &device, const QString &point, const QString &asset, bool raise, qint64 utcMs = 0)
    {
        alarms::DecodedEvent e;
        e.device = device;
        e.point = point;
        e.asset = asset;
        e.kind = raise ? alarms::EventKind::Raise : alarms::EventKind::Clear;
        e.receipt = alarms::Receipt{QStringLiteral("test"), ++linkSeq, utcMs > 0 ? utcMs : clock->nowMs(),
                                    clock->monotonicMs(), "raw"};
        alarms->engine().ingest({e}, {});
        QVERIFY(alarms->engine().commit().ok());
    }

    Result<QString> complaint(const QString &category, const QString &text)
    {
        incidents::NewIncident n;
        n.location = QStringLiteral("concourse");
        n.category = category;
        n.channel = QStringLiteral("in_person");
        n.description = text;
        if (category == QLatin1String("complaint"))
            n.subtype = QStringLiteral("facilities");
        return incidents->log(Actor{QStringLiteral("1001"), Role::Agent, false}, n);
    }

    // Takes a case from new to resolved, as a supervisor; the passenger was told, not signed.
    Status resolve(const QString &id)
    {
        const Actor sup{QStringLiteral("3001"), Role::Supervisor, false};
        const QList<std::pair<QString, QJsonObject>> path{
            {QStringLiteral("assessed"), {{QStringLiteral("valid"), true}}},
            {QStringLiteral("investigating"), {{QStringLiteral("cause"), QStringLiteral("staff")}, {QStringLiteral("responsible"), QStringLiteral("station")}, {QStringLiteral("at_fault"), false}}},
            {QStringLiteral("resolution_proposed"), {}},
            {QStringLiteral("approved"), {}},
            {QStringLiteral("resolved"), {}}};
        for (const auto &[to, details] : path)
            if (Status s = incidents->transition(sup, id, to, QStringLiteral("told in person; did not sign"), details); !s)
                return fail(to + QStringLiteral(": ") + s.error());
        return {};
    }

    int rows(const QString &sql)
    {
        auto q = core->db().exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }
};

inline const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
inline const Actor kAgent2{QStringLiteral("1002"), Role::Agent, false};
inline const Actor kSeller{QStringLiteral("2001"), Role::Seller, false};
inline const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};

} // namespace so::test
