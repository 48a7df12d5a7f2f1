#include "Bench.h"
#include "AppServices.h"
#include "Database.h"
#include "MainWindow.h"
#include "StaffStore.h"
#include "Stamp.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace so::bench {

void figure(const QString &name, double value, const QString &unit, const QString &goal)
{
    std::printf("figure %-34s %12.2f %-8s%s\n", qPrintable(name), value, qPrintable(unit),
                goal.isEmpty() ? ""
                               : qPrintable(QStringLiteral("  (goal ") + goal + QLatin1Char(')')));
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    return values[lo] + (values[hi] - values[lo]) * (rank - double(lo));
}

namespace {

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(name))
                     : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Fields of /proc/PID/stat after the command name (which may hold spaces).
QList<QByteArray> statFields(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
}

} // namespace

double rssMb(qint64 pid)
{
    for (const QByteArray &line : procFile(pid, "status").split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

double cpuSeconds(qint64 pid)
{
    const auto f = statFields(pid);
    if (f.size() < 13)
        return 0;
    // utime and stime are fields 14 and 15 of stat; here, after the name, at 11 and 12.
    return (f[11].toDouble() + f[12].toDouble()) / double(::sysconf(_SC_CLK_TCK));
}

double msSinceProcessStart()
{
    const auto f = statFields(0);
    if (f.size() < 20)
        return -1;
    const double startSec =
        f[19].toDouble() / double(::sysconf(_SC_CLK_TCK)); // starttime, field 22
    timespec now{};
    ::clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSec) * 1000.0;
}

Status addBenchStaff(AppServices &services)
{
    StationCore &core = services.core();
    StaffStore store(core.db());
    Transaction tx(core.db());
    if (!tx.started())
        return fail(tx.error());
    const QList<StaffMember> people{
        {QString(), QStringLiteral("8001"), 1, QStringLiteral("测试售票员"),
         QStringLiteral("Bench Seller"), Role::Seller,
         PinHash::make(QLatin1String(kBenchPin), 100000), true},
        {QString(), QStringLiteral("8002"), 1, QStringLiteral("测试值班站长"),
         QStringLiteral("Bench Supervisor"), Role::Supervisor,
         PinHash::make(QLatin1String(kBenchPin), 100000), true}};
    for (const StaffMember &m : people) {
        auto existing = store.current(m.staffNo);
        if (!existing)
            return fail(existing.error());
        if (existing->has_value())
            continue;
        auto stamp = makeStamp(core.db(), core.ids(), core.clock(), QStringLiteral("system:bench"));
        if (!stamp)
            return fail(stamp.error());
        if (Status s = store.addVersion(*stamp, m, QString()); !s)
            return s;
    }
    return tx.commit();
}

bool copyDemoConfig(const QString &to)
{
    QDirIterator it(AppServices::builtInConfigDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString target =
            QDir(to).filePath(from.mid(AppServices::builtInConfigDir().size() + 1));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(from, target))
            return false;
    }
    return true;
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

Result<ProbeApp> startProbeApp(const char *what)
{
    ProbeApp app;
    app.dir = std::make_unique<QTemporaryDir>();
    auto services = AppServices::build(AppServices::builtInConfigDir(), app.dir->path());
    if (!services)
        return fail(QStringLiteral("%1: %2").arg(QLatin1String(what), services.error()));
    app.services = services.take();
    if (Status s = app.services->seedDemo(); !s)
        return fail(QStringLiteral("%1: %2").arg(QLatin1String(what), s.error()));
    app.services->publishToQml();
    app.engine = std::make_unique<QQmlApplicationEngine>();
    auto window = loadMainWindow(*app.engine);
    if (!window)
        return fail(QStringLiteral("%1: %2").arg(QLatin1String(what), window.error()));
    app.window = *window;
    return app;
}

} // namespace so::bench
