#pragma once
// ReportStation: the fixed week the report tests print. The demo station (its config from the
// source tree) on a clock pinned to 2026-11-24 06:00 Shanghai, written through the real
// services into a real database: two cash shifts (one ¥0.50 short and signed off, one still
// open), a PSD patrol with a failed door and a photo, a pump room round, four incidents (one
// through to closed, the same kind twice at one place), an unacknowledged door alarm and an
// acknowledged handover. Every figure the reports print follows from these steps.
#include "AppServices.h"
#include "DemoInspections.h"
#include "DemoStaff.h"
#include "TestSupport.h"

#include <QImage>
#include <QJsonObject>

namespace so::test {

class ReportStation
{
public:
    // The week the data falls in, and its first and last days.
    static QString week() { return QStringLiteral("2026-W48"); }
    static QDate from() { return QDate(2026, 11, 23); }
    static QDate to() { return QDate(2026, 11, 29); }

    // Builds the station in DATADIR; returns "" or what went wrong.
    QString build(const QString &dataDir)
    {
        m_clock =
            std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(22, 0), Qt::UTC));
        auto app = AppServices::build(demoConfigDir(), dataDir, m_clock);
        if (!app)
            return app.error();
        m_app = app.take();
        if (auto staff = seedDemoStaff(core()); !staff)
            return staff.error();
        m_photo = dataDir + QStringLiteral("/cracked-glass.png");
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(QColor(90, 120, 160));
        if (!picture.save(m_photo))
            return QStringLiteral("cannot write %1").arg(m_photo);
        for (auto step : {&ReportStation::cash, &ReportStation::patrols, &ReportStation::incidents,
                          &ReportStation::alarm, &ReportStation::handover})
            if (const QString e = (this->*step)(); !e.isEmpty())
                return e;
        return {};
    }

    AppServices &app() { return *m_app; }
    StationCore &core() { return m_app->core(); }
    // Closes the database, so that another process may open it.
    void close() { m_app.reset(); }

private:
    // Sets the clock to HH:MM station time on DAY (24 = 2026-11-24).
    void at(int day, int hour, int minute)
    {
        const QTimeZone tz = core().config().timeZone;
        m_clock->set(QDateTime(QDate(2026, 11, day), QTime(hour, minute), tz));
    }
    static QString why(const QString &step, const QString &error)
    {
        return step + QStringLiteral(": ") + error;
    }

    QString cash()
    {
        cash::CashService &c = m_app->cash();
        const Actor seller{QStringLiteral("2001"), Role::Seller, false};
        const Actor seller2{QStringLiteral("2002"), Role::Seller, false};
        const Actor supervisor{QStringLiteral("3001"), Role::Supervisor, false};
        at(24, 6, 30);
        auto shift = c.openShift(seller, QStringLiteral("TO-A"), {{"n100", 3}},
                                 QStringLiteral("2002"), QStringLiteral("4826"));
        if (!shift)
            return why(QStringLiteral("open TO-A"), shift.error());
        const QList<std::tuple<int, const char *, const char *, qint64, const char *>> entries{
            {7, "sale", "cash", 400, ""},
            {10, "sale", "cash", 1000, ""},
            {20, "sale", "qr", 600, ""},
            {30, "refund", "cash", 200, "ticket not used"},
            {40, "payout", "cash", 500, "lamp for the booth"},
            {50, "sale", "cash", 150, ""}};
        for (const auto &[minute, kind, payment, fen, reason] : entries) {
            at(24, 7, minute);
            auto e = c.record(seller, *shift, QLatin1String(kind), QLatin1String(payment),
                              Money::fromFen(fen), QString::fromUtf8(reason));
            if (!e)
                return why(QStringLiteral("record"), e.error());
        }
        at(24, 7, 52);
        if (auto undo = c.undoLast(seller, *shift); !undo) // the ¥1.50 sale was a mistake
            return why(QStringLiteral("undo"), undo.error());
        at(24, 14, 0);
        // ¥307.00 expected; ¥306.50 counted.
        auto count = c.submitCount(seller, *shift, {{"n100", 3}, {"n5", 1}, {"n1", 1}, {"c05", 1}});
        if (!count)
            return why(QStringLiteral("count"), count.error());
        at(24, 14, 10);
        auto signedOff =
            c.signOff(seller, *shift, QStringLiteral("3001"), QStringLiteral("8642"),
                      cash::SignoffDecision::Accepted, QStringLiteral("gave too much change"));
        if (!signedOff)
            return why(QStringLiteral("sign off"), signedOff.error());
        at(24, 14, 30);
        auto second = c.openShift(seller2, QStringLiteral("TO-B"), {{"n50", 2}},
                                  QStringLiteral("2001"), QStringLiteral("3690"));
        if (!second)
            return why(QStringLiteral("open TO-B"), second.error());
        at(24, 14, 45);
        if (auto e = c.record(seller2, *second, QStringLiteral("sale"), QStringLiteral("cash"),
                              Money::fromFen(300));
            !e)
            return why(QStringLiteral("sale TO-B"), e.error());
        Q_UNUSED(supervisor);
        return {};
    }

    QString patrols()
    {
        checklists::InspectionService &s = m_app->inspections();
        const Actor agent{QStringLiteral("1001"), Role::Agent, false};
        const Actor agent2{QStringLiteral("1002"), Role::Agent, false};
        const Actor supervisor{QStringLiteral("3001"), Role::Supervisor, false};
        at(24, 8, 0);
        auto psd = s.start(agent, QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                           QStringLiteral("P1-up"));
        if (!psd)
            return why(QStringLiteral("start psd"), psd.error());
        auto photo = s.storePhoto(agent, m_photo);
        if (!photo)
            return why(QStringLiteral("photo"), photo.error());
        auto door = [](const char *d, const char *item) {
            return checklists::AnswerKey{QStringLiteral("door"), QLatin1String(d),
                                         QLatin1String(item)};
        };
        at(24, 8, 5);
        Status a = s.answer(agent, *psd, door("D07", "indicator_lights"), QStringLiteral("fail"),
                            QStringLiteral("green lamp out"));
        if (a)
            a = s.answer(agent, *psd, door("D03", "no_damage"), QStringLiteral("fail"),
                         QStringLiteral("cracked glass"), *photo);
        if (a)
            a = s.answer(agent, *psd,
                         {QStringLiteral("side"), QString(), QStringLiteral("remarks")},
                         QStringLiteral("Platform end doors cleaned"));
        if (!a)
            return why(QStringLiteral("answer psd"), a.error());
        if (auto ok = s.markAllOk(agent, *psd); !ok)
            return why(QStringLiteral("all ok"), ok.error());
        at(24, 8, 25);
        if (auto done =
                s.finalize(agent, *psd, checklists::demoSignaturePng(QStringLiteral("1001")));
            !done)
            return why(QStringLiteral("finalize psd"), done.error());
        at(24, 9, 0);
        if (Status r = s.review(supervisor, *psd, true, QString()); !r)
            return why(QStringLiteral("review"), r.error());

        at(24, 10, 0);
        auto pump = s.start(agent2, QStringLiteral("pump-room"), QStringLiteral("area"),
                            QStringLiteral("pump-room"));
        if (!pump)
            return why(QStringLiteral("start pump"), pump.error());
        const QList<std::tuple<const char *, const char *, const char *>> answers{
            {"pumps", "mode", "manual"},
            {"pumps", "manual_reason", "pump 2 is being repaired"},
            {"pumps", "pump_test", "pass"},
            {"pumps", "no_leaks", "pass"},
            {"pumps", "sump_level_cm", "85"},
            {"tanks", "tank_level_cm", "190"},
            {"tanks", "winter", "no"}};
        for (const auto &[section, item, value] : answers)
            if (Status r = s.answer(agent2, *pump,
                                    {QLatin1String(section), QString(), QLatin1String(item)},
                                    QString::fromUtf8(value));
                !r)
                return why(QStringLiteral("answer pump"), r.error());
        at(24, 10, 20);
        if (auto done =
                s.finalize(agent2, *pump, checklists::demoSignaturePng(QStringLiteral("1002")));
            !done)
            return why(QStringLiteral("finalize pump"), done.error());
        return {};
    }

    QString incidents()
    {
        incidents::IncidentService &s = m_app->incidents();
        const Actor agent{QStringLiteral("1001"), Role::Agent, false};
        const Actor supervisor{QStringLiteral("3001"), Role::Supervisor, false};
        auto log = [&](int hour, int minute, const char *category, const char *subtype,
                       const char *channel, const char *location, const char *what,
                       const char *done) -> Result<QString> {
            at(24, hour, minute);
            incidents::NewIncident n;
            n.category = QLatin1String(category);
            n.subtype = QLatin1String(subtype);
            n.channel = QLatin1String(channel);
            n.location = QLatin1String(location);
            n.description = QString::fromUtf8(what);
            n.immediateActions = QString::fromUtf8(done);
            n.passengerName = QStringLiteral("李明");
            n.passengerContact = QStringLiteral("13912341111");
            return s.log(agent, n);
        };
        auto move = [&](const QString &id, int day, int hour, const char *to, const char *text,
                        const QJsonObject &details = {}) {
            at(day, hour, 0);
            return s.transition(supervisor, id, QLatin1String(to), QString::fromUtf8(text),
                                details);
        };
        auto machine =
            log(8, 15, "complaint", "facilities", "in_person", "concourse",
                "Ticket machine 3 kept a ¥10 note", "Refunded ¥10.00 at the service centre");
        if (!machine)
            return why(QStringLiteral("log"), machine.error());
        Status m = move(*machine, 24, 9, "assessed", "A fault of the machine",
                        {{QStringLiteral("valid"), true}});
        if (m)
            m = move(*machine, 24, 10, "investigating", "Vendor called",
                     {{QStringLiteral("cause"), QStringLiteral("equipment")},
                      {QStringLiteral("responsible"), QStringLiteral("station")},
                      {QStringLiteral("at_fault"), true}});
        if (m)
            m = move(*machine, 24, 11, "resolution_proposed", "Refund and an apology");
        if (m)
            m = move(*machine, 24, 12, "approved", "Agreed");
        if (m)
            m = move(*machine, 24, 13, "resolved", "Told in person; did not sign");
        if (m)
            m = move(*machine, 25, 10, "callback_done", "Passenger satisfied");
        if (m)
            m = move(*machine, 25, 11, "closed", "Closed");
        if (!m)
            return why(QStringLiteral("machine case"), m.error());
        auto again = log(9, 40, "complaint", "facilities", "phone", "concourse",
                         "Ticket machine 3 out of order again", "");
        auto umbrella = log(11, 5, "lost_property", "", "phone", "entrance-a",
                            "Black umbrella left at the gates", "Kept at the service centre");
        auto bag = log(12, 30, "psd_entrapment", "", "in_person", "platform-1",
                       "Bag caught in door 7, up side", "Door released by hand; train held 40 s");
        if (!again || !umbrella || !bag)
            return QStringLiteral("log: a case was refused");
        m = move(*umbrella, 24, 12, "assessed", "Owner called", {{QStringLiteral("valid"), true}});
        if (m)
            m = move(*bag, 24, 13, "assessed", "Seen on camera", {{QStringLiteral("valid"), true}});
        if (!m)
            return why(QStringLiteral("assess"), m.error());
        return {};
    }

    QString alarm()
    {
        at(24, 15, 0);
        alarms::DecodedEvent e;
        e.device = QStringLiteral("PSD-UP");
        e.point = QStringLiteral("CLOSE_FAIL");
        e.asset = QStringLiteral("D12");
        e.kind = alarms::EventKind::Raise;
        e.receipt = alarms::Receipt{QStringLiteral("test"), 1, m_clock->nowMs(),
                                    m_clock->monotonicMs(), "raw"};
        m_app->alarmSystem().engine().ingest({e}, {});
        if (Status s = m_app->alarmSystem().engine().commit(); !s)
            return why(QStringLiteral("alarm"), s.error());
        return {};
    }

    QString handover()
    {
        supervision::HandoverService &h = m_app->handover();
        const Actor supervisor{QStringLiteral("3001"), Role::Supervisor, false};
        at(24, 16, 0);
        if (auto note = h.addDraftNote(
                supervisor, QStringLiteral("Ticket machine 3: the vendor comes at 09:00"));
            !note)
            return why(QStringLiteral("note"), note.error());
        at(24, 16, 30);
        auto written = h.handOver(supervisor, {});
        if (!written)
            return why(QStringLiteral("hand over"), written.error());
        at(24, 16, 40);
        if (auto ack = h.acknowledge(*written, QStringLiteral("1001"), QStringLiteral("2468"));
            !ack)
            return why(QStringLiteral("acknowledge"), ack.error());
        return {};
    }

    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<AppServices> m_app;
    QString m_photo;
};

} // namespace so::test
