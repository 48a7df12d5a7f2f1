// stationops-bench search: incident searches on the generated database, as the incident list
// runs them (the newest 51 matches: a page of 50 and whether there is more), timed one by one.
#include "AppServices.h"
#include "Bench.h"

#include <QElapsedTimer>
#include <cstdio>

namespace so::bench {

int search(const QStringList &args)
{
    const QString dataDir = option(args, QStringLiteral("--data-dir"));
    auto services = AppServices::build(AppServices::builtInConfigDir(), dataDir);
    if (!services) {
        std::fprintf(stderr, "search: %s\n", qPrintable(services.error()));
        return 1;
    }
    const qint64 n =
        (*services)->core().db().scalar(QStringLiteral("SELECT COUNT(*) FROM incident")).value();
    std::printf("search: %lld incidents\n", static_cast<long long>(n));
    const Actor viewer{QStringLiteral("3001"), Role::Supervisor, false};
    const QList<std::pair<QString, QStringList>> groups{
        {QStringLiteral("zh1"),
         {QStringLiteral("票"), QStringLiteral("梯"), QStringLiteral("包"), QStringLiteral("门"),
          QStringLiteral("晕")}},
        {QStringLiteral("zh2"),
         {QStringLiteral("电梯"), QStringLiteral("闸机"), QStringLiteral("轮椅"),
          QStringLiteral("退款"), QStringLiteral("态度")}},
        {QStringLiteral("zh4"),
         {QStringLiteral("无人告知"), QStringLiteral("吞币未出"), QStringLiteral("膝盖擦伤"),
          QStringLiteral("寻找孩子"), QStringLiteral("编号1234")}},
        {QStringLiteral("en"),
         {QStringLiteral("backpack"), QStringLiteral("escalator"), QStringLiteral("wheelchair"),
          QStringLiteral("rude"), QStringLiteral("gate")}}};
    QList<double> all;
    for (const auto &[name, terms] : groups) {
        QList<double> ms;
        qint64 hits = 0;
        for (int round = 0; round < 25; ++round) {
            incidents::IncidentFilter f;
            f.text = terms.at(round % terms.size());
            QElapsedTimer t;
            t.start();
            auto r = (*services)->incidents().find(viewer, f, 51);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!r) {
                std::fprintf(stderr, "search: %s\n", qPrintable(r.error()));
                return 1;
            }
            hits += r->size();
        }
        all += ms;
        std::printf("search: %s terms, %lld rows returned over 25 searches\n", qPrintable(name),
                    static_cast<long long>(hits));
        figure(QStringLiteral("search.%1.p50").arg(name), percentile(ms, 50), QStringLiteral("ms"));
        figure(QStringLiteral("search.%1.p95").arg(name), percentile(ms, 95), QStringLiteral("ms"),
               QStringLiteral("<= 20"));
    }
    figure(QStringLiteral("search.all.p50"), percentile(all, 50), QStringLiteral("ms"));
    figure(QStringLiteral("search.all.p95"), percentile(all, 95), QStringLiteral("ms"),
           QStringLiteral("<= 20"));
    return 0;
}

} // namespace so::bench
