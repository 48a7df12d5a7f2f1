// stationops-bench sync-ingest: a week of another device's records taken in at once (#16). A
// batch of 100,000 mixed records is made the way another tablet would send it (incidents, each
// with its intake, a note, an assessment and a link) and taken in by a fresh station, folds and
// all, in one transaction. Also times writing the batch file and reading it back.
#include "AppServices.h"
#include "Bench.h"
#include "Batch.h"
#include "Ingest.h"
#include "Outbox.h"
#include "Uuid7.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

namespace so::bench {

namespace {

// Ids as a tablet makes them: UUIDv7, in time order.
sync::SyncRecord record(const QString &kind, const QString &device, qint64 &seq, qint64 at, const QString &by,
                        QJsonObject body)
{
    static quint64 serial = 0;
    sync::SyncRecord r{kind, Uuid7::fromParts(at, 0, ++serial), device, ++seq, at, by, std::move(body), {}};
    r.sha256 = r.computeSha256();
    return r;
}

} // namespace

int syncIngest(const QStringList &args)
{
    const int total = option(args, QStringLiteral("--records"), QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    auto services = AppServices::build(AppServices::builtInConfigDir(), dir.filePath(QStringLiteral("station")));
    if (!services) {
        std::fprintf(stderr, "sync-ingest: %s\n", qPrintable(services.error()));
        return 1;
    }
    sync::Batch batch;
    batch.station = (*services)->core().config().code;
    batch.device = QStringLiteral("bench-tablet");
    const QString device = batch.device;
    qint64 seq = 0;
    qint64 at = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
    while (batch.records.size() < total) {
        at += 6000;
        const sync::SyncRecord incident = record(
            QStringLiteral("incident"), device, seq, at, QStringLiteral("1001"),
            {{QStringLiteral("occurred_at"), at},           {QStringLiteral("location"), QStringLiteral("concourse")},
             {QStringLiteral("category"), QStringLiteral("complaint")}, {QStringLiteral("subtype"), QStringLiteral("facilities")},
             {QStringLiteral("channel"), QStringLiteral("in_person")}, {QStringLiteral("passenger_name"), QStringLiteral("张先生")},
             {QStringLiteral("passenger_contact"), QStringLiteral("13800000000")},
             {QStringLiteral("description"), QStringLiteral("闸机刷卡不开门，乘客排队十分钟 %1").arg(seq)},
             {QStringLiteral("staff_involved"), QString()}, {QStringLiteral("immediate_actions"), QStringLiteral("引导走边门")},
             {QStringLiteral("impact"), 2}, {QStringLiteral("urgency"), 2}, {QStringLiteral("priority"), 3}});
        const auto event = [&](const QString &parent, const QString &kind, const QString &from, const QString &to,
                               const QString &text, const QJsonObject &details) {
            return record(QStringLiteral("incident_event"), device, seq, at, QStringLiteral("3001"),
                          {{QStringLiteral("incident_id"), incident.id}, {QStringLiteral("kind"), kind},
                           {QStringLiteral("from_state"), from}, {QStringLiteral("to_state"), to},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("details"), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("parent_event_id"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)}});
        };
        const sync::SyncRecord intake = event({}, QStringLiteral("transition"), {}, QStringLiteral("new"), {}, {});
        const sync::SyncRecord note = event(intake.id, QStringLiteral("note"), {}, {}, QStringLiteral("乘客留下电话"), {});
        const sync::SyncRecord assessed = event(note.id, QStringLiteral("transition"), QStringLiteral("new"),
                                                QStringLiteral("assessed"), QStringLiteral("有效投诉"),
                                                {{QStringLiteral("valid"), true}});
        const sync::SyncRecord link = record(QStringLiteral("link"), device, seq, at, QStringLiteral("3001"),
                                             {{QStringLiteral("from_kind"), QStringLiteral("alarm")},
                                              {QStringLiteral("from_id"), QStringLiteral("GATE-%1").arg(seq)},
                                              {QStringLiteral("to_kind"), QStringLiteral("incident")},
                                              {QStringLiteral("to_id"), incident.id},
                                              {QStringLiteral("relation"), QStringLiteral("raised")}});
        batch.records << incident << intake << note << assessed << link;
    }
    batch.records.resize(total);
    std::printf("sync-ingest: %lld records (incidents with their intake, a note, an assessment and a link)\n",
                static_cast<long long>(batch.records.size()));

    QElapsedTimer t;
    t.start();
    const QByteArray file = batch.toJson();
    const double writeS = double(t.nsecsElapsed()) / 1e9;
    t.restart();
    auto parsed = sync::Batch::parse(file, QStringLiteral("bench.json"));
    const double parseS = double(t.nsecsElapsed()) / 1e9;
    if (!parsed) {
        std::fprintf(stderr, "sync-ingest: %s\n", qPrintable(parsed.error()));
        return 1;
    }
    t.restart();
    auto in = (*services)->ingest().apply(*parsed, QStringLiteral("bench.json"));
    const double ingestS = double(t.nsecsElapsed()) / 1e9;
    if (!in || in->inserted != total) {
        std::fprintf(stderr, "sync-ingest: %s\n", in ? "not every record was taken in" : qPrintable(in.error()));
        return 1;
    }
    t.restart();
    auto again = (*services)->ingest().apply(*parsed, QStringLiteral("bench.json"));
    const double againS = double(t.nsecsElapsed()) / 1e9;
    if (!again || again->duplicates != total) {
        std::fprintf(stderr, "sync-ingest: the second import was not all duplicates\n");
        return 1;
    }
    t.restart();
    auto out = sync::Outbox::collect((*services)->core());
    const double exportS = double(t.nsecsElapsed()) / 1e9;
    if (!out || out->records.size() != total) {
        std::fprintf(stderr, "sync-ingest: the export does not hold every record\n");
        return 1;
    }
    std::printf("sync-ingest: file %.1f MB\n", double(file.size()) / 1e6);
    figure(QStringLiteral("sync.ingest"), total / ingestS, QStringLiteral("records/s"), QStringLiteral(">= 20000"));
    figure(QStringLiteral("sync.ingest.again"), total / againS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.parse"), total / parseS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.write"), total / writeS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.export"), total / exportS, QStringLiteral("records/s"));
    return 0;
}

} // namespace so::bench
