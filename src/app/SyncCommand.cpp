#include "AppServices.h"
#include "Batch.h"
#include "Commands.h"
#include "ServerLink.h"
#include "ServerSync.h"
#include "SyncFile.h"

#include <cstdio>

namespace so {

namespace {

// One round with the station server: hello, push, pull.
int runSyncNow(const Invocation &inv)
{
    auto login = sync::ServerLogin::load(inv.dataDir);
    if (!login) {
        std::fprintf(stderr, "stationops sync now: %s\n", qPrintable(login.error()));
        return 1;
    }
    if (!login->configured()) {
        std::fprintf(stderr, "stationops sync now: this device has no station server; enrol it "
                             "first (stationops enroll)\n");
        return 1;
    }
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops sync now: %s\n", qPrintable(services.error()));
        return 1;
    }
    const QString connection = QStringLiteral("stationops-sync-now");
    const int code = [&] {
        auto server = sync::openServer(login->dsn, connection, login->user, login->password);
        if (!server) {
            std::fprintf(stderr, "stationops sync now: %s\n", qPrintable(server.error()));
            return 1;
        }
        QSqlDatabase db = server.take();
        sync::ServerSync round((*services)->core(), (*services)->ingest());
        auto hello = round.hello(db);
        auto pushed =
            hello ? round.push(db, hello->highWater) : Result<sync::Pushed>(fail(hello.error()));
        auto pulled = pushed ? round.pull(db) : Result<sync::Pulled>(fail(pushed.error()));
        if (!pulled) {
            std::fprintf(stderr, "stationops sync now: %s\n", qPrintable(pulled.error()));
            return 1;
        }
        std::printf("station %s: sent %d records (%d new to the server, %d conflicts); took in %d "
                    "(%d new)\n",
                    qPrintable(hello->station), pushed->records, pushed->inserted,
                    pushed->conflicts, pulled->records, pulled->inserted);
        if (qAbs(hello->skewMs) > 120000)
            std::printf("warning: this device's clock is %lld s %s the server's; set it right "
                        "(records keep their order "
                        "either way)\n",
                        qAbs(hello->skewMs) / 1000, hello->skewMs > 0 ? "ahead of" : "behind");
        return 0;
    }();
    sync::closeServer(connection);
    return code;
}

} // namespace

int runSync(const Invocation &inv)
{
    const QString what = inv.args.value(0);
    if (what == QLatin1String("now") && inv.args.size() == 1)
        return runSyncNow(inv);
    const bool exporting =
        what == QLatin1String("export") && !inv.outPath.isEmpty() && inv.args.size() == 1;
    const bool importing = what == QLatin1String("import") && inv.args.size() == 2;
    if (!exporting && !importing) {
        std::fprintf(stderr, "stationops sync: say which: sync export --out FILE [--since CURSOR], "
                             "sync import FILE, or sync now\n");
        return 2;
    }
    auto since = sync::parseCursor(inv.since);
    if (!since) {
        std::fprintf(stderr, "stationops sync: %s\n", qPrintable(since.error()));
        return 2;
    }
    // The whole station is built, so every feature's record kinds are known.
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops sync: %s\n", qPrintable(services.error()));
        return 1;
    }
    if (exporting) {
        auto out = sync::exportFile((*services)->core(), inv.outPath, *since);
        if (!out) {
            std::fprintf(stderr, "stationops sync export: %s\n", qPrintable(out.error()));
            return 1;
        }
        std::printf("%s: %d records, %d photos\ncursor: %s\n", qPrintable(inv.outPath),
                    out->records, out->photos, qPrintable(sync::cursorText(out->cursor)));
        return 0;
    }
    const QString file = inv.args.value(1);
    auto in = sync::importFile((*services)->ingest(), file);
    if (!in) {
        std::fprintf(stderr, "stationops sync import: %s\n", qPrintable(in.error()));
        return 1;
    }
    std::printf("%s: %d records: %d new, %d already here, %d conflicts%s\n", qPrintable(file),
                in->records, in->inserted, in->duplicates, in->conflicts,
                in->conflicts > 0 ? " (kept apart, for a supervisor to decide)" : "");
    return 0;
}

} // namespace so
