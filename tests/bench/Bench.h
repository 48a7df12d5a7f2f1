#pragma once
// Helpers shared by the benchmarks: figures printed one per line, percentiles, process memory
// and CPU, and the bench's own staff (a seller and a supervisor for the generated cash shifts,
// hashed with the fewest PBKDF2 iterations the schema allows).
#include "Result.h"

#include <QList>
#include <QString>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;
class QTemporaryDir;

namespace so {
class AppServices;
}

namespace so::bench {

// "figure NAME VALUE UNIT [goal ...]": one line, easy to grep.
void figure(const QString &name, double value, const QString &unit, const QString &goal = {});
double percentile(QList<double> values, double p);
// Resident set size of a process (0 = this one), in MB, from /proc.
double rssMb(qint64 pid = 0);
// User + system CPU time of a process (0 = this one), in seconds, from /proc.
double cpuSeconds(qint64 pid = 0);
// Milliseconds since this process started (from /proc/self/stat and CLOCK_BOOTTIME).
double msSinceProcessStart();
// Runs the event loop for `ms` milliseconds: a probe lets the app draw and settle.
void runFor(int ms);

// What the app probes start: the services `stationops` builds on the demo station in a scratch
// folder, and the main window loaded. `what` names the probe in its messages.
struct ProbeApp
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
};
Result<ProbeApp> startProbeApp(const char *what);

// The bench staff: seller 8001 and supervisor 8002, PIN 1357.
Status addBenchStaff(AppServices &services);
inline const char *kBenchPin = "1357";

int generate(const QStringList &args);
int alarmLatency(const QStringList &args);
int pipeline(const QStringList &args);
int flood(const QStringList &args);
int startup(const QStringList &args);
int appProbe(int &argc, char **argv, const QStringList &args);
int search(const QStringList &args);
int idle(const QStringList &args);
int supervision(const QStringList &args);
int appIdle(const QStringList &args);
int appIdleProbe(const QStringList &args);
int appMemory(const QStringList &args);
int appMemoryProbe(const QStringList &args);
int syncIngest(const QStringList &args);
int syncCatchup(const QStringList &args);
int syncLine(const QStringList &args);

// A copy of the built-in demo config in TO, for a run that changes devices.json.
bool copyDemoConfig(const QString &to);

// --name VALUE from args, or the fallback.
QString option(const QStringList &args, const QString &name, const QString &fallback = {});

} // namespace so::bench
