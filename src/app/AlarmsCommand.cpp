#include "AlarmStore.h"
#include "AppServices.h"
#include "Commands.h"
#include "Database.h"
#include "StationCore.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <unistd.h>

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <cstdio>

namespace so {

namespace {

// A headless follower (control-room diagnostics, tests, the latency benchmark): every change to
// an alarm that needs a person, as the tablet's list applies it, one line each:
//   <utc ms> <key> <state> <acknowledged by or ->
int followAlarms(const Invocation &inv)
{
    auto services = AppServices::build(inv.configDir, inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops alarms: %s\n", qPrintable(services.error()));
        return 1;
    }
    AppServices &app = **services;
    // Only a follower: a second engine on the host's own data folder would write beside it.
    if (app.alarmSystem().role() != alarms::AlarmSystem::Role::Follower) {
        std::fprintf(
            stderr,
            "stationops alarms --follow: %s is the data folder of the device that hosts the serial "
            "links "
            "(or of a device with no station server); follow from another enrolled device\n",
            qPrintable(inv.dataDir));
        return 1;
    }
    auto synced = app.startSync();
    if (!synced || !*synced) {
        std::fprintf(stderr, "stationops alarms --follow: %s\n",
                     synced
                         ? "this device is not enrolled with a station server (stationops enroll)"
                         : qPrintable(synced.error()));
        return 1;
    }
    alarms::AlarmEngine &engine = app.alarmSystem().engine();
    auto print = [&app, &engine](const QStringList &keys) {
        const qint64 now = app.core().clock().nowMs();
        for (const QString &key : keys) {
            const alarms::AlarmRecord *r = engine.alarm(key);
            if (!r)
                continue;
            std::printf("%lld %s %s %s\n", static_cast<long long>(now), qPrintable(key),
                        qPrintable(alarms::stateName(r->state(now))),
                        r->ackedBy.isEmpty() ? "-" : qPrintable(r->ackedBy));
        }
        std::fflush(stdout);
    };
    QObject::connect(app.alarms().active(), &alarms::AlarmModel::applied, qApp, print);
    QObject::connect(&app.alarmSystem().actions(), &alarms::AlarmActions::refused, qApp,
                     [](const QString &key, const QString &why) {
                         std::printf("refused %s: %s\n", qPrintable(key), qPrintable(why));
                         std::fflush(stdout);
                     });
    app.language().setLanguage(QStringLiteral("en"));
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, qApp, [&] {
        char buf[1024];
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0) {
            input.setEnabled(false);
            return;
        }
        pending.append(buf, int(n));
        for (qsizetype eol; (eol = pending.indexOf('\n')) >= 0;) {
            const QStringList words = QString::fromUtf8(pending.left(eol))
                                          .trimmed()
                                          .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            pending.remove(0, eol + 1);
            DeskOutcome r{false, QStringLiteral("unknown command"), {}, 0, false};
            if (words.size() == 3 && words[0] == QLatin1String("sign-in"))
                r = app.auth().signIn(words[1], words[2]);
            else if (words.size() >= 2 && words[0] == QLatin1String("ack"))
                r = app.alarms().acknowledge({words[1]}, words.mid(2).join(QLatin1Char(' ')));
            else if (words.size() == 1 && words[0] == QLatin1String("sign-out"))
                app.auth().signOut(), r = DeskOutcome::of(Status());
            std::printf("%s %s\n", r.ok ? "ok" : "error", qPrintable(r.message));
            std::fflush(stdout);
        }
    });
    std::printf("following the alarms of station %s\n", qPrintable(app.core().config().code));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int runAlarms(const Invocation &inv)
{
    if (inv.follow)
        return followAlarms(inv);
    const QString file = StationCore::databaseFile(inv.dataDir);
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "stationops alarms: %s: no database here\n", qPrintable(file));
        return 1;
    }
    DatabaseOptions ro;
    ro.readOnly = true;
    auto db = Database::open(file, ro);
    if (!db) {
        std::fprintf(stderr, "stationops alarms: %s\n", qPrintable(db.error()));
        return 1;
    }
    auto listed = inv.activeOnly
                      ? alarms::AlarmStore(**db).standingRows(QDateTime::currentMSecsSinceEpoch())
                      : alarms::AlarmStore(**db).recentEventRows(500);
    if (!listed) {
        std::fprintf(stderr, "stationops alarms: %s\n", qPrintable(listed.error()));
        return 1;
    }
    QJsonArray rows;
    for (QJsonObject o : std::as_const(*listed)) {
        o.insert(QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(
                                             o.value(QStringLiteral("time")).toInteger(), Qt::UTC)
                                             .toString(Qt::ISODateWithMs));
        rows << o;
    }
    if (inv.json) {
        std::fputs(QJsonDocument(rows).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        std::printf("%s  P%d  %-28s %-16s %s\n",
                    qPrintable(o.value(QStringLiteral("time")).toString()),
                    o.value(QStringLiteral("priority")).toInt(),
                    qPrintable(o.value(QStringLiteral("alarm_key")).toString()),
                    qPrintable(inv.activeOnly
                                   ? o.value(QStringLiteral("state")).toString()
                                   : o.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                                         o.value(QStringLiteral("effect")).toString()),
                    qPrintable(o.value(QStringLiteral("text_en")).toString()));
    }
    if (rows.isEmpty())
        std::printf("no alarms\n");
    return 0;
}

} // namespace so
