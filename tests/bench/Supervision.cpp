// stationops-bench supervision: on the generated database, how long the handover takes to list
// what is open across the four jobs, and the supervisor dashboard to compute every figure.
// Reads only; the database is left as it was.
#include "AlarmStats.h"
#include "AppServices.h"
#include "Bench.h"

#include <QElapsedTimer>
#include <cstdio>

namespace so::bench {

namespace {

template <typename F> QList<double> timed(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f())
            return {};
        ms << t.nsecsElapsed() / 1e6;
    }
    return ms;
}

void report(const QString &name, const QList<double> &ms)
{
    figure(name + QStringLiteral(".p50"), percentile(ms, 50), QStringLiteral("ms"));
    figure(name + QStringLiteral(".max"), percentile(ms, 100), QStringLiteral("ms"));
}

} // namespace

int supervision(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    auto built = AppServices::build(AppServices::builtInConfigDir(), dataDir);
    if (!built) {
        std::fprintf(stderr, "supervision: %s\n", qPrintable(built.error()));
        return 1;
    }
    AppServices &s = **built;
    if (Status st = addBenchStaff(s); !st) {
        std::fprintf(stderr, "supervision: %s\n", qPrintable(st.error()));
        return 1;
    }
    if (!s.auth().signInAs(QStringLiteral("8002"), QString::fromLatin1(kBenchPin)).ok) {
        std::fprintf(stderr, "supervision: the bench supervisor could not sign in\n");
        return 1;
    }
    Database &db = s.core().db();
    const qint64 now = s.core().clock().nowMs();
    const qint64 weekAgo = now - 7 * 24 * 3600 * 1000LL;
    std::printf(
        "supervision: %lld alarm events, %lld in the last 7 days; %lld incidents; %lld cash "
        "shifts\n",
        static_cast<long long>(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM alarm_event")).value()),
        static_cast<long long>(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM alarm_event WHERE receipt_utc >= ?"),
                      {weekAgo})
                .value()),
        static_cast<long long>(db.scalar(QStringLiteral("SELECT COUNT(*) FROM incident")).value()),
        static_cast<long long>(
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM cash_shift")).value()));
    int items = 0;
    const auto open = timed(10, [&] {
        auto r = s.handover().openNow();
        items = r ? int(r->size()) : -1;
        return r.ok();
    });
    std::printf("supervision: the handover lists %d open items\n", items);
    report(QStringLiteral("handover.list"), open);
    report(QStringLiteral("dashboard.alarms_week"),
           timed(10, [&] { return alarms::alarmStats(db, weekAgo, now).ok(); }));
    const auto refresh = timed(10, [&] { return s.dashboard().refresh(); });
    if (refresh.isEmpty())
        std::fprintf(stderr, "supervision: %s\n", qPrintable(s.dashboard().message()));
    report(QStringLiteral("dashboard.refresh"), refresh);
    return open.isEmpty() || refresh.isEmpty() ? 1 : 0;
}

} // namespace so::bench
