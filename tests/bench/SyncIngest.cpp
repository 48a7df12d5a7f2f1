// stationops-bench sync-ingest: a week of another device's records taken in at once (#16). A
// batch of 100,000 mixed records is made the way another tablet would send it (incidents, each
// with its intake, a note, an assessment and a link) and taken in by a fresh station, folds and
// all, in one transaction. Also times writing the batch file and reading it back.
#include "AppServices.h"
#include "Batch.h"
#include "Bench.h"
#include "Ingest.h"
#include "Outbox.h"
#include "SyncFixtures.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>

namespace so::bench {

int syncIngest(const QStringList &args)
{
    const int total = option(args, QStringLiteral("--records"), QStringLiteral("100000")).toInt();
    QTemporaryDir dir;
    auto services = AppServices::build(AppServices::builtInConfigDir(),
                                       dir.filePath(QStringLiteral("station")));
    if (!services) {
        std::fprintf(stderr, "sync-ingest: %s\n", qPrintable(services.error()));
        return 1;
    }
    sync::Batch batch =
        test::busyTablet((*services)->core().config().code, QStringLiteral("bench-tablet"), total,
                         QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000);
    std::printf("sync-ingest: %lld records (incidents with their intake, a note, an assessment and "
                "a link)\n",
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
        std::fprintf(stderr, "sync-ingest: %s\n",
                     in ? "not every record was taken in" : qPrintable(in.error()));
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
    figure(QStringLiteral("sync.ingest"), total / ingestS, QStringLiteral("records/s"),
           QStringLiteral(">= 20000"));
    figure(QStringLiteral("sync.ingest.again"), total / againS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.parse"), total / parseS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.write"), total / writeS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.export"), total / exportS, QStringLiteral("records/s"));
    return 0;
}

} // namespace so::bench
