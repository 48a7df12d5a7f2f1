#include "SyncFixtures.h"
#include "Database.h"
#include "Ingest.h"
#include "StationCore.h"
#include "Uuid7.h"

#include <QJsonDocument>

namespace so::test {

sync::Batch busyTablet(const QString &station, const QString &device, int total, qint64 startMs,
                       qint64 firstSeq)
{
    sync::Batch batch;
    batch.station = station;
    batch.device = device;
    batch.madeAt = startMs;
    qint64 seq = firstSeq - 1;
    qint64 at = startMs;
    static quint64 serial = 0; // ids differ across calls with the same start
    // Ids as a tablet makes them: UUIDv7, in time order.
    const auto record = [&](const QString &kind, const QString &by, QJsonObject body) {
        sync::SyncRecord r{
            kind, Uuid7::fromParts(at, 0, ++serial), device, ++seq, at, by, std::move(body), {}};
        r.sha256 = r.computeSha256();
        return r;
    };
    while (batch.records.size() < total) {
        at += 6000;
        const sync::SyncRecord incident =
            record(QStringLiteral("incident"), QStringLiteral("1001"),
                   {{QStringLiteral("occurred_at"), at},
                    {QStringLiteral("location"), QStringLiteral("concourse")},
                    {QStringLiteral("category"), QStringLiteral("complaint")},
                    {QStringLiteral("subtype"), QStringLiteral("facilities")},
                    {QStringLiteral("channel"), QStringLiteral("in_person")},
                    {QStringLiteral("passenger_name"), QStringLiteral("张先生")},
                    {QStringLiteral("passenger_contact"), QStringLiteral("13800000000")},
                    {QStringLiteral("description"),
                     QStringLiteral("闸机刷卡不开门，乘客排队十分钟 %1").arg(seq)},
                    {QStringLiteral("staff_involved"), QString()},
                    {QStringLiteral("immediate_actions"), QStringLiteral("引导走边门")},
                    {QStringLiteral("impact"), 2},
                    {QStringLiteral("urgency"), 2},
                    {QStringLiteral("priority"), 3}});
        const auto event = [&](const QString &parent, const QString &kind, const QString &from,
                               const QString &to, const QString &text, const QJsonObject &details) {
            return record(
                QStringLiteral("incident_event"), QStringLiteral("3001"),
                {{QStringLiteral("incident_id"), incident.id},
                 {QStringLiteral("kind"), kind},
                 {QStringLiteral("from_state"), from},
                 {QStringLiteral("to_state"), to},
                 {QStringLiteral("text"), text},
                 {QStringLiteral("details"),
                  QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                 {QStringLiteral("parent_event_id"),
                  parent.isEmpty() ? QJsonValue() : QJsonValue(parent)}});
        };
        const sync::SyncRecord intake =
            event({}, QStringLiteral("transition"), {}, QStringLiteral("new"), {}, {});
        const sync::SyncRecord note =
            event(intake.id, QStringLiteral("note"), {}, {}, QStringLiteral("乘客留下电话"), {});
        const sync::SyncRecord assessed =
            event(note.id, QStringLiteral("transition"), QStringLiteral("new"),
                  QStringLiteral("assessed"), QStringLiteral("有效投诉"),
                  {{QStringLiteral("valid"), true}});
        const sync::SyncRecord link =
            record(QStringLiteral("link"), QStringLiteral("3001"),
                   {{QStringLiteral("from_kind"), QStringLiteral("alarm")},
                    {QStringLiteral("from_id"), QStringLiteral("GATE-%1").arg(seq)},
                    {QStringLiteral("to_kind"), QStringLiteral("incident")},
                    {QStringLiteral("to_id"), incident.id},
                    {QStringLiteral("relation"), QStringLiteral("raised")}});
        batch.records << incident << intake << note << assessed << link;
    }
    batch.records.resize(total);
    return batch;
}

Status madeHereOffline(StationCore &core, sync::Ingest &ingest, int total, qint64 startMs)
{
    Database &db = core.db();
    auto last = db.scalar(
        QStringLiteral("SELECT coalesce((SELECT seq FROM device_counter WHERE device_id = ?), 0)"),
        {db.deviceId()});
    if (!last)
        return fail(last.error());
    const sync::Batch batch =
        busyTablet(core.config().code, db.deviceId(), total, startMs, *last + 1);
    if (auto in = ingest.apply(batch, QStringLiteral("made offline")); !in)
        return fail(in.error());
    return ok(db.exec(
        QStringLiteral("INSERT OR REPLACE INTO device_counter (device_id, seq) VALUES (?, ?)"),
        {db.deviceId(), batch.records.last().deviceSeq}));
}

} // namespace so::test
