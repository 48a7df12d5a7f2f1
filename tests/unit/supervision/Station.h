#pragma once
// The supervision tests' station: the app's own composition root (AppServices::build) on a real
// database in a scratch folder, with the demo staff and a pinned clock — the same services,
// desks and wiring the tablet runs, without a window.
#include "AppServices.h"
#include "DemoStaff.h"
#include "TestSupport.h"

#include <QTest>

namespace so::test {

struct Station
{
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<AppServices> app;
    StationCore *core = nullptr;
    AuthService *auth = nullptr;
    alarms::AlarmSystem *alarms = nullptr;
    checklists::InspectionService *inspections = nullptr;
    cash::CashService *cash = nullptr;
    incidents::IncidentService *incidents = nullptr;
    supervision::HandoverService *handover = nullptr;
    supervision::HandoverDesk *handoverDesk = nullptr;
    supervision::Dashboard *dashboard = nullptr;
    supervision::ReportsDesk *reports = nullptr;
    qint64 linkSeq = 0;

    // Returns "" or what went wrong. Opening the same folder again is the tablet restarting.
    QString
    open(const QString dataDir) // a copy: callers pass core->dataDir(), gone after app.reset()
    {
        if (!clock)
            clock = pinnedClock();
        app.reset();
        auto built = AppServices::build(demoConfigDir(), dataDir, clock);
        if (!built)
            return built.error();
        app = built.take();
        if (auto s = seedDemoStaff(app->core()); !s)
            return s.error();
        // Words in tests are compared in English.
        app->language().setLanguage(QStringLiteral("en"));
        core = &app->core();
        auth = &app->auth();
        alarms = &app->alarmSystem();
        inspections = &app->inspections();
        cash = &app->cash();
        incidents = &app->incidents();
        handover = &app->handover();
        handoverDesk = &app->handoverDesk();
        dashboard = &app->dashboard();
        reports = &app->reportsDesk();
        return {};
    }

    // A device frame as a serial line would deliver it, received at `utcMs` (0: now), committed.
    void alarm(const QString &device, const QString &point, const QString &asset, bool raise,
               qint64 utcMs = 0)
    {
        alarms::DecodedEvent e;
        e.device = device;
        e.point = point;
        e.asset = asset;
        e.kind = raise ? alarms::EventKind::Raise : alarms::EventKind::Clear;
        e.receipt =
            alarms::Receipt{QStringLiteral("test"), ++linkSeq, utcMs > 0 ? utcMs : clock->nowMs(),
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
            {QStringLiteral("investigating"),
             {{QStringLiteral("cause"), QStringLiteral("staff")},
              {QStringLiteral("responsible"), QStringLiteral("station")},
              {QStringLiteral("at_fault"), false}}},
            {QStringLiteral("resolution_proposed"), {}},
            {QStringLiteral("approved"), {}},
            {QStringLiteral("resolved"), {}}};
        for (const auto &[to, details] : path)
            if (Status s = incidents->transition(
                    sup, id, to, QStringLiteral("told in person; did not sign"), details);
                !s)
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
