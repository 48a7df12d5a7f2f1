// stationops-bench sync-catchup: a tablet back after a week offline (#17). One tablet made 50,000
// mixed records offline; it pushes them to the station server (batches of 1,000), and a second
// tablet pulls and folds them all (pages of 1,000). The server is a throwaway PostgreSQL cluster on
// a Unix socket, made here (as the tests make theirs).
#include "AppServices.h"
#include "Bench.h"
#include "PgCluster.h"
#include "ServerAdmin.h"
#include "ServerLink.h"
#include "ServerSync.h"
#include "SyncFixtures.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

namespace so::bench {

int syncCatchup(const QStringList &args)
{
    const int total = option(args, QStringLiteral("--records"), QStringLiteral("50000")).toInt();
    const auto stop = [](const QString &what) {
        std::fprintf(stderr, "sync-catchup: %s\n", qPrintable(what));
        return 1;
    };
    test::PgCluster pg;
    if (!pg.start())
        return stop(pg.error());
    QStringList codes;
    {
        auto admin = sync::openServer(pg.adminDsn(), QStringLiteral("bench-admin"));
        if (!admin)
            return stop(admin.error());
        QSqlDatabase db = admin.take();
        if (auto v = sync::ServerAdmin::init(db); !v)
            return stop(v.error());
        for (const QString &name : {QStringLiteral("away a week"), QStringLiteral("stayed")}) {
            auto d = sync::ServerAdmin::addDevice(db, QStringLiteral("L2-DH"), name);
            if (!d)
                return stop(d.error());
            codes << d->code;
        }
    }
    sync::closeServer(QStringLiteral("bench-admin"));
    QTemporaryDir dir;
    std::vector<std::unique_ptr<AppServices>> tablets;
    for (int i = 0; i < 2; ++i) {
        auto app = AppServices::build(AppServices::builtInConfigDir(),
                                      dir.filePath(QStringLiteral("tablet-%1").arg(i)));
        if (!app)
            return stop(app.error());
        if (auto role = sync::ServerSync::enroll((*app)->core(), pg.dsn(), codes.at(i)); !role)
            return stop(role.error());
        tablets.push_back(app.take());
    }
    const qint64 weekAgo = QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000;
    if (Status s = test::madeHereOffline(tablets[0]->core(), tablets[0]->ingest(), total, weekAgo);
        !s)
        return stop(s.error());
    std::printf("sync-catchup: %d records made offline (incidents with their intake, a note, an "
                "assessment and a link)\n",
                total);
    double pushS = 0, pullS = 0;
    for (int i = 0; i < 2; ++i) {
        AppServices &app = *tablets[std::size_t(i)];
        const QString name = QStringLiteral("bench-%1").arg(i);
        {
            auto login = sync::ServerLogin::load(app.core().dataDir());
            auto opened = login ? sync::openServer(login->dsn, name, login->user, login->password)
                                : Result<QSqlDatabase>(fail(login.error()));
            if (!opened)
                return stop(opened.error());
            QSqlDatabase db = opened.take();
            sync::ServerSync round(app.core(), app.ingest());
            auto hello = round.hello(db);
            if (!hello)
                return stop(hello.error());
            QElapsedTimer t;
            t.start();
            if (i == 0) {
                auto pushed = round.push(db, hello->highWater);
                if (!pushed || pushed->inserted != total)
                    return stop(
                        pushed ? QStringLiteral("%1 of %2 went up").arg(pushed->inserted).arg(total)
                               : pushed.error());
                pushS = double(t.nsecsElapsed()) / 1e9;
            } else {
                auto pulled = round.pull(db);
                if (!pulled || pulled->inserted < total)
                    return stop(
                        pulled
                            ? QStringLiteral("%1 of %2 came down").arg(pulled->inserted).arg(total)
                            : pulled.error());
                pullS = double(t.nsecsElapsed()) / 1e9;
            }
        }
        sync::closeServer(name);
    }
    figure(QStringLiteral("sync.push"), total / pushS, QStringLiteral("records/s"));
    figure(QStringLiteral("sync.catchup"), pullS, QStringLiteral("s"), QStringLiteral("<= 10"));
    figure(QStringLiteral("sync.catchup.rate"), total / pullS, QStringLiteral("records/s"));
    return 0;
}

} // namespace so::bench
