#include "DemoInspections.h"
#include "Database.h"
#include "InspectionService.h"
#include "StationCore.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryFile>

namespace so::checklists {

QByteArray demoSignaturePng(const QString &text)
{
    QImage img(360, 120, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(20, 40, 120), 3));
    QPainterPath path(QPointF(20, 80));
    for (int i = 0; i < text.size() * 3; ++i)
        path.quadTo(QPointF(30 + i * 12, (i % 2) ? 30 : 95), QPointF(36 + i * 12, 70));
    p.drawPath(path);
    p.end();
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return png;
}

Result<int> seedDemoInspections(StationCore &core, InspectionService &service)
{
    if (!core.config().demo)
        return 0;
    // Seeds only an empty station: a restart keeps what was done since.
    auto existing = core.db().scalar(QStringLiteral(
        "SELECT EXISTS(SELECT 1 FROM inspection) OR EXISTS(SELECT 1 FROM inspection_draft)"));
    if (!existing)
        return fail(QStringLiteral("demo inspections: %1").arg(existing.error()));
    if (*existing > 0)
        return 0;
    const Actor agent{QStringLiteral("1001"), Role::Agent, false};
    const Actor agent2{QStringLiteral("1002"), Role::Agent, false};
    const Actor supervisor{QStringLiteral("3001"), Role::Supervisor, false};
    int made = 0;
    // All of the demo or none of it.
    Transaction tx(core.db());
    if (!tx.started())
        return fail(tx.error());
    auto run = [&](const Actor &who, const QString &templateId, const QString &kind,
                   const QString &target,
                   const std::function<Status(const QString &)> &fill) -> Status {
        auto id = service.start(who, templateId, kind, target);
        if (!id)
            return fail(id.error());
        if (Status s = fill(*id); !s)
            return s;
        auto done = service.finalize(who, *id, demoSignaturePng(who.staffNo));
        if (!done)
            return fail(done.error());
        ++made;
        return {};
    };
    auto allDoorsOk = [&](const Actor &who, const QString &side) {
        return [&, side](const QString &id) -> Status {
            auto n = service.markDoorsOk(who, id,
                                         service.doorsOf(QStringLiteral("platform-side"), side));
            if (!n)
                return fail(n.error());
            return service.answer(who, id,
                                  {QStringLiteral("side"), QString(), QStringLiteral("psl_panel")},
                                  QStringLiteral("pass"));
        };
    };
    Status s = run(agent, QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                   QStringLiteral("P1-down"), allDoorsOk(agent, QStringLiteral("P1-down")));
    // Door 7 on the up side has a cracked seal: a fail with a note, the rest OK.
    if (s)
        s = run(agent2, QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                QStringLiteral("P1-up"), [&](const QString &id) -> Status {
                    const AnswerKey k{QStringLiteral("door"), QStringLiteral("D07"),
                                      QStringLiteral("no_damage")};
                    if (Status st = service.answer(agent2, id, k, QStringLiteral("fail"),
                                                   QStringLiteral("门槛胶条开裂约10cm"));
                        !st)
                        return st;
                    // The photo the agent took of it.
                    QImage photo(640, 480, QImage::Format_RGB32);
                    photo.fill(QColor(96, 104, 112));
                    QPainter p(&photo);
                    p.setPen(QPen(QColor(30, 30, 30), 6));
                    p.drawLine(120, 400, 300, 380);
                    p.drawLine(300, 380, 420, 410);
                    p.end();
                    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/seal-XXXXXX.png"));
                    if (!file.open() || !photo.save(&file, "PNG"))
                        return fail(QStringLiteral("demo photo not written"));
                    file.close();
                    auto sha = service.storePhoto(agent2, file.fileName());
                    if (!sha)
                        return fail(sha.error());
                    if (Status st = service.setPhoto(agent2, id, k, *sha); !st)
                        return st;
                    if (Status st = service.answer(agent2, id,
                                                   {QStringLiteral("door"), QStringLiteral("D07"),
                                                    QStringLiteral("track_side_clear")},
                                                   QStringLiteral("pass"));
                        !st)
                        return st;
                    return allDoorsOk(agent2, QStringLiteral("P1-up"))(id);
                });
    if (s)
        s = run(agent, QStringLiteral("pump-room"), QStringLiteral("area"),
                QStringLiteral("pump-room"), [&](const QString &id) -> Status {
                    const QList<std::pair<QString, QString>> answers{
                        {QStringLiteral("mode"), QStringLiteral("auto")},
                        {QStringLiteral("pump_test"), QStringLiteral("pass")},
                        {QStringLiteral("no_leaks"), QStringLiteral("pass")},
                        {QStringLiteral("sump_level_cm"), QStringLiteral("42")}};
                    for (const auto &[item, value] : answers)
                        if (Status st = service.answer(
                                agent, id, {QStringLiteral("pumps"), QString(), item}, value);
                            !st)
                            return st;
                    const QList<std::pair<QString, QString>> tanks{
                        {QStringLiteral("tank_level_cm"), QStringLiteral("150")},
                        {QStringLiteral("winter"), QStringLiteral("yes")},
                        {QStringLiteral("heat_trace"), QStringLiteral("pass")},
                        {QStringLiteral("insulation"), QStringLiteral("pass")},
                        {QStringLiteral("room_temp"), QStringLiteral("4")}};
                    for (const auto &[item, value] : tanks)
                        if (Status st = service.answer(
                                agent, id, {QStringLiteral("tanks"), QString(), item}, value);
                            !st)
                            return st;
                    return {};
                });
    if (!s)
        return fail(QStringLiteral("demo inspections: %1").arg(s.error()));
    // The supervisor approved the down-side patrol.
    auto recent = service.store().inspections(0, core.clock().nowMs() + 1, 10);
    if (recent)
        for (const InspectionRecord &r : *recent)
            if (r.targetId == QLatin1String("P1-down"))
                (void)service.review(supervisor, r.id, true, QStringLiteral("OK"));
    if (Status c = tx.commit(); !c)
        return fail(QStringLiteral("demo inspections: %1").arg(c.error()));
    return made;
}

} // namespace so::checklists
