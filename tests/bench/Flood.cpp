// stationops-bench flood: a PSD controller floods the gateway over a pseudo-terminal — 1,000
// alarm lines in 1 s, then 10,000 in 60 s. The writer is a child process with its own clock
// readings (CLOCK_MONOTONIC, shared by both processes); this process is the gateway: the link
// on its serial thread, the engine with its batched commits, and the active alarm list model.
#include "AlarmModel.h"
#include "AlarmSystem.h"
#include "Bench.h"
#include "Checkpointer.h"
#include "Clock.h"
#include "Database.h"
#include "StationCore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace so::bench {

using namespace alarms;

namespace {

double monoNowMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// The system clock, with CLOCK_MONOTONIC itself as the monotonic scale, so that receipt times
// compare with the writer's send times.
class SharedMonoClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return qint64(monoNowMs()); }
};

struct Frame
{
    QByteArray line;
    QString key;
};

// 10 points x 99 doors: a key comes round again only after 990 frames, long after its last
// change reached the list, so "first list update of the key after the send" is that frame's.
QList<Frame> frames(const DeviceProfile &profile, int count)
{
    QList<Frame> out;
    const int points = int(qMin<qsizetype>(10, profile.points.size()));
    for (int i = 0; i < count; ++i) {
        const int k = i % (points * 99);
        const QString point = profile.points.at(k % points).id;
        const QString door = QStringLiteral("D%1").arg(k / points + 1, 2, 10, QLatin1Char('0'));
        const bool raise = (i / (points * 99)) % 2 == 0;
        out << Frame{(raise ? "ALM " : "CLR ") + point.toLatin1() + ' ' + door.toLatin1() + "\r\n",
                     AlarmRecord::makeKey(QStringLiteral("PSD-UP"), point, door)};
    }
    return out;
}

// The child: waits for "go", then writes each frame at its time and reports when it did.
[[noreturn]] void writer(int master, int go, int report, const QList<Frame> &fs, int firstCount,
                         int firstMs, int restMs)
{
    std::vector<double> sent(size_t(fs.size()), 0.0);
    char c;
    if (::read(go, &c, 1) != 1)
        ::_exit(2);
    timespec start{};
    ::clock_gettime(CLOCK_MONOTONIC, &start);
    const int rest = int(fs.size()) - firstCount;
    for (int i = 0; i < int(fs.size()); ++i) {
        const double offsetMs = i < firstCount
                                    ? double(i) * firstMs / firstCount
                                    : firstMs + double(i - firstCount) * restMs / qMax(1, rest);
        timespec at = start;
        const auto ns = qint64(offsetMs * 1e6);
        at.tv_sec += time_t(ns / 1000000000);
        at.tv_nsec += long(ns % 1000000000);
        if (at.tv_nsec >= 1000000000) {
            at.tv_sec += 1;
            at.tv_nsec -= 1000000000;
        }
        ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &at, nullptr);
        timespec now{};
        ::clock_gettime(CLOCK_MONOTONIC, &now);
        sent[size_t(i)] = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
        const QByteArray &l = fs.at(i).line;
        for (qsizetype done = 0; done < l.size();) {
            const ssize_t n = ::write(master, l.constData() + done, size_t(l.size() - done));
            if (n <= 0)
                ::_exit(3);
            done += n;
        }
    }
    const auto bytes = ssize_t(sent.size() * sizeof(double));
    for (ssize_t done = 0; done < bytes;) {
        const ssize_t n = ::write(report, reinterpret_cast<const char *>(sent.data()) + done,
                                  size_t(bytes - done));
        if (n <= 0)
            ::_exit(4);
        done += n;
    }
    ::_exit(0);
}

} // namespace

int flood(const QStringList &args)
{
    const int firstCount = option(args, QStringLiteral("--burst"), QStringLiteral("1000")).toInt();
    const int firstMs = option(args, QStringLiteral("--burst-ms"), QStringLiteral("1000")).toInt();
    const int restCount =
        option(args, QStringLiteral("--sustained"), QStringLiteral("10000")).toInt();
    const int restMs =
        option(args, QStringLiteral("--sustained-ms"), QStringLiteral("60000")).toInt();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString port = dir.filePath(QStringLiteral("psd-up"));
    if (!copyDemoConfig(config)) {
        std::fprintf(stderr, "flood: cannot copy the demo config\n");
        return 1;
    }
    int master = -1, slave = -1;
    char name[128] = {};
    if (::openpty(&master, &slave, name, nullptr, nullptr) != 0) {
        std::perror("flood: openpty");
        return 1;
    }
    termios raw{};
    ::tcgetattr(slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(slave, TCSANOW, &raw);
    QFile::link(QString::fromLocal8Bit(name), port);
    QFile devices(QDir(config).filePath(QStringLiteral("devices.json")));
    devices.open(QIODevice::WriteOnly | QIODevice::Truncate);
    devices.write(
        QStringLiteral(R"({ "schema": 1, "links": [ { "id": "psd-up", "profile": "psd-controller",
        "name": { "zh": "上行屏蔽门控制器", "en": "PSD controller, up side" }, "port": "%1", "baud": 115200,
        "devices": [ { "id": "PSD-UP", "name": { "zh": "上行屏蔽门", "en": "PSD up side" }, "area": "platform-1", "side": "P1-up" } ] } ] })")
            .arg(port)
            .toUtf8());
    devices.close();

    auto clock = std::make_shared<SharedMonoClock>();
    auto core = StationCore::open(config, dir.filePath(QStringLiteral("data")), clock);
    if (!core) {
        std::fprintf(stderr, "flood: %s\n", qPrintable(core.error()));
        return 1;
    }
    auto system = AlarmSystem::create(**core);
    if (!system) {
        std::fprintf(stderr, "flood: %s\n", qPrintable(system.error()));
        return 1;
    }
    const QList<Frame> fs =
        frames(*(*system)->devices().profileOf(QStringLiteral("PSD-UP")), firstCount + restCount);

    int goPipe[2], reportPipe[2];
    if (::pipe(goPipe) != 0 || ::pipe(reportPipe) != 0)
        return 1;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(goPipe[1]);
        ::close(reportPipe[0]);
        writer(master, goPipe[0], reportPipe[1], fs, firstCount, firstMs, restMs);
    }
    ::close(goPipe[0]);
    ::close(reportPipe[1]);
    // The send times (8 bytes a frame) outgrow a pipe's buffer: read them as they come.
    ::fcntl(reportPipe[0], F_SETFL, O_NONBLOCK);
    QByteArray report;
    auto drainReport = [&] {
        char buf[65536];
        for (ssize_t n; (n = ::read(reportPipe[0], buf, sizeof buf)) > 0;)
            report.append(buf, n);
    };

    AlarmEngine &engine = (*system)->engine();
    AlarmModel model(engine, *clock);
    Checkpointer checkpointer((*core)->db()); // as the gateway runs
    QList<double> commitMs;
    QHash<QString, QList<double>> appliedAt;
    // The slowest batches: when they were committed (ms after the start), their oldest wait, size.
    QList<std::tuple<double, double, int>> batches;
    double startMs = 0;
    QObject::connect(&engine, &AlarmEngine::committed,
                     [&](int, int, const QList<qint64> &receipts) {
                         const double now = monoNowMs();
                         double worst = 0;
                         for (qint64 r : receipts) {
                             commitMs << now - double(r);
                             worst = qMax(worst, now - double(r));
                         }
                         batches << std::make_tuple(now - startMs, worst, int(receipts.size()));
                     });
    QObject::connect(&model, &AlarmModel::applied, [&](const QStringList &keys) {
        const double now = monoNowMs();
        for (const QString &k : keys)
            appliedAt[k] << now;
    });
    QEventLoop loop;
    bool up = false;
    QString lastError;
    QObject::connect(&(*system)->links(), &LinkManager::statusChanged, &loop,
                     [&](const LinkStatus &s) {
                         lastError = s.lastError;
                         if (s.state == LinkState::Up && !up) {
                             up = true;
                             loop.quit();
                         }
                     });
    (*system)->start();
    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    giveUp.start(5000);
    loop.exec();
    giveUp.stop(); // it must not end the run below
    if (!up) {
        std::fprintf(stderr, "flood: the link to %s did not come up: %s\n", qPrintable(port),
                     qPrintable(lastError));
        ::kill(child, SIGKILL);
        return 1;
    }
    const double cpuBefore = cpuSeconds();
    startMs = monoNowMs();
    if (::write(goPipe[1], "g", 1) != 1)
        return 1;
    // Run until every frame is written and in the database, or 15 s after the writer's last.
    const qint64 total = fs.size();
    QTimer poll;
    poll.setInterval(50);
    QElapsedTimer sinceWriterDone;
    int status = 0;
    bool writerDone = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        drainReport();
        if (!writerDone && ::waitpid(child, &status, WNOHANG) == child) {
            writerDone = true;
            sinceWriterDone.start();
        }
        const qint64 written = engine.committedEvents() + engine.committedErrors();
        if (writerDone && (written >= total || sinceWriterDone.elapsed() > 15000))
            loop.quit();
    });
    poll.start();
    loop.exec();
    const double cpu = cpuSeconds() - cpuBefore;
    qint64 linkFrames = 0;
    for (const LinkStatus &st : (*system)->links().statuses()) {
        linkFrames += st.frames;
        if (st.portErrors > 0)
            std::printf("flood: link %s had %lld port errors, the last: %s\n",
                        qPrintable(st.linkId), static_cast<long long>(st.portErrors),
                        qPrintable(st.lastError));
    }
    const double wallS = (monoNowMs() - startMs) / 1000.0;
    (*system)->stop();

    drainReport();
    std::vector<double> sent(size_t(total), 0.0);
    if (!writerDone || report.size() != qsizetype(sent.size() * sizeof(double))) {
        std::fprintf(
            stderr,
            "flood: the writer did not report its send times (exit status %d, %lld bytes)\n",
            status, static_cast<long long>(report.size()));
        return 1;
    }
    std::memcpy(sent.data(), report.constData(), size_t(report.size()));
    QList<double> listMs;
    qint64 neverShown = 0;
    for (qint64 i = 0; i < total; ++i) {
        const QList<double> &times = appliedAt.value(fs.at(i).key);
        const auto it = std::lower_bound(times.begin(), times.end(), sent[size_t(i)]);
        if (it == times.end())
            ++neverShown;
        else
            listMs << *it - sent[size_t(i)];
    }
    if (qEnvironmentVariableIsSet("STATIONOPS_FLOOD_DEBUG")) {
        auto q = (*core)->db().exec(QStringLiteral(
            "SELECT raw, receipt_mono FROM alarm_event WHERE link_id='psd-up' ORDER BY link_seq"));
        qint64 i = 0;
        int shown = 0;
        while (q && q->next() && shown < 10) {
            const QByteArray raw = q->value(0).toByteArray();
            while (i < total && fs.at(i).line.trimmed() != raw.trimmed() && shown < 10) {
                std::printf("missing frame %lld (%s) sent at +%.1f ms\n", static_cast<long long>(i),
                            fs.at(i).line.trimmed().constData(), sent[size_t(i)] - sent[0]);
                ++i;
                ++shown;
            }
            ++i;
        }
    }
    const qint64 rows =
        (*core)
            ->db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM alarm_event WHERE link_id='psd-up'"))
            .value();
    const qint64 errors = engine.committedErrors();
    std::printf(
        "flood: %lld frames sent (%d in %d ms, then %d in %d ms), last sent after %.1f s; %lld "
        "alarm_event rows, "
        "%lld decode errors, %lld frames never reached the list; the link counted %lld frames\n",
        static_cast<long long>(total), firstCount, firstMs, restCount, restMs,
        (sent.back() - sent.front()) / 1000.0, static_cast<long long>(rows),
        static_cast<long long>(errors), static_cast<long long>(neverShown),
        static_cast<long long>(linkFrames));
    std::sort(batches.begin(), batches.end(),
              [](const auto &a, const auto &b) { return std::get<1>(a) > std::get<1>(b); });
    for (int k = 0; k < qMin<int>(5, int(batches.size())); ++k)
        std::printf("flood: slow batch at +%.0f ms: oldest frame waited %.0f ms, %d frames\n",
                    std::get<0>(batches[k]), std::get<1>(batches[k]), std::get<2>(batches[k]));
    figure(QStringLiteral("flood.frames_lost"), double(total - rows - errors),
           QStringLiteral("frames"), QStringLiteral("0"));
    figure(QStringLiteral("flood.receipt_to_commit.p50"), percentile(commitMs, 50),
           QStringLiteral("ms"));
    figure(QStringLiteral("flood.receipt_to_commit.p99"), percentile(commitMs, 99),
           QStringLiteral("ms"), QStringLiteral("<= 100"));
    figure(QStringLiteral("flood.send_to_list_update.p50"), percentile(listMs, 50),
           QStringLiteral("ms"));
    figure(QStringLiteral("flood.send_to_list_update.p99"), percentile(listMs, 99),
           QStringLiteral("ms"), QStringLiteral("<= 250"));
    figure(QStringLiteral("flood.gateway_cpu"), cpu, QStringLiteral("s"));
    figure(QStringLiteral("flood.gateway_cpu_share"), 100.0 * cpu / wallS,
           QStringLiteral("% core"));
    ::close(master);
    ::close(slave);
    return 0;
}

} // namespace so::bench
