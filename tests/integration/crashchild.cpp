// stationops-crashchild: writes to a station database for ever — alarm events, inspection
// answers, cash entries, incident timeline notes — through the app's own services, and prints a
// line for each write once the service says it is committed. tst_crash kills it with SIGKILL.
//   try answer DRAFT SECTION ASSET ITEM VALUE    (before the write)
//   ok answer DRAFT SECTION ASSET ITEM VALUE     (after it)
//   ok alarms N                                  (N events committed by this process so far)
//   ok cash ENTRY_ID
//   ok note INCIDENT_ID TEXT
#include "AppServices.h"
#include "Database.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace so;

namespace {

void say(const QString &line)
{
    const QByteArray b = line.toUtf8() + '\n';
    // Straight to the pipe: nothing waits in a buffer when the kill comes.
    (void)!::write(1, b.constData(), size_t(b.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dataDir = args.value(args.indexOf(QStringLiteral("--data-dir")) + 1);
    const QString run = args.value(args.indexOf(QStringLiteral("--run")) + 1);
    auto built = AppServices::build(AppServices::builtInConfigDir(), dataDir);
    if (!built) {
        std::fprintf(stderr, "crashchild: %s\n", qPrintable(built.error()));
        return 1;
    }
    AppServices &s = **built;
    if (Status st = s.seedDemo(); !st) {
        std::fprintf(stderr, "crashchild: %s\n", qPrintable(st.error()));
        return 1;
    }
    auto die = [](const QString &why) {
        std::fprintf(stderr, "crashchild: %s\n", qPrintable(why));
        std::exit(1);
    };
    const Actor agent{QStringLiteral("1001"), Role::Agent, false};
    const Actor seller{QStringLiteral("2001"), Role::Seller, false};
    // One draft, one open shift and one incident to write to, made by the first run.
    auto drafts = s.inspections().store().drafts();
    if (!drafts)
        die(drafts.error());
    QString draft;
    for (const auto &d : *drafts)
        if (d.templateId == QLatin1String("psd-patrol") && d.startedBy == agent.id())
            draft = d.id;
    if (draft.isEmpty()) {
        auto started =
            s.inspections().start(agent, QStringLiteral("psd-patrol"),
                                  QStringLiteral("platform-side"), QStringLiteral("P1-up"));
        if (!started)
            die(started.error());
        draft = *started;
    }
    auto open = s.cash().openShiftOf(seller.id());
    if (!open)
        die(open.error());
    QString shift = open->has_value() ? (*open)->id : QString();
    if (shift.isEmpty()) {
        auto opened = s.cash().openShift(seller, QStringLiteral("TO-A"),
                                         {{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 1}},
                                         QStringLiteral("2002"), QStringLiteral("4826"));
        if (!opened)
            die(opened.error());
        shift = *opened;
    }
    auto incidents = s.incidents().find(agent, {}, 1);
    if (!incidents || incidents->isEmpty())
        die(QStringLiteral("no incident to write notes to"));
    const QString incident = incidents->first().id;
    auto &engine = s.alarmSystem().engine();
    say(QStringLiteral("ready"));
    qint64 alarms = 0;
    for (qint64 n = 0;; ++n) {
        switch (n % 4) {
        case 0: {
            alarms::DecodedEvent e;
            e.receipt = {QStringLiteral("psd-up"), n, s.core().clock().nowMs(),
                         s.core().clock().monotonicMs(), QByteArrayLiteral("ALM LOCK_FAIL D03")};
            e.device = QStringLiteral("PSD-UP");
            e.point = QStringLiteral("LOCK_FAIL");
            e.asset = QStringLiteral("D03");
            e.kind = n % 8 == 0 ? alarms::EventKind::Raise : alarms::EventKind::Clear;
            engine.ingest({e}, {});
            if (engine.commit()) {
                alarms += 1;
                say(QStringLiteral("ok alarms %1").arg(alarms));
            }
            break;
        }
        case 1: {
            const QString door = QStringLiteral("D%1").arg(n / 4 % 24 + 1, 2, 10, QLatin1Char('0'));
            const QString value = n % 3 ? QStringLiteral("pass") : QStringLiteral("na");
            const QString line =
                QStringLiteral("answer %1 door %2 no_damage %3").arg(draft, door, value);
            say(QStringLiteral("try ") + line);
            if (s.inspections().answer(agent, draft,
                                       {QStringLiteral("door"), door, QStringLiteral("no_damage")},
                                       value))
                say(QStringLiteral("ok ") + line);
            break;
        }
        case 2: {
            auto id = s.cash().record(seller, shift, QStringLiteral("sale"), QStringLiteral("cash"),
                                      Money::fromFen(200));
            if (id)
                say(QStringLiteral("ok cash ") + *id);
            break;
        }
        case 3: {
            const QString text = QStringLiteral("run%1-note%2").arg(run).arg(n);
            if (s.incidents().addNote(agent, incident, text))
                say(QStringLiteral("ok note %1 %2").arg(incident, text));
            break;
        }
        }
    }
}
