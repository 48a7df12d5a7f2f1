#include "AppServices.h"
#include "Commands.h"
#include "ServerAdmin.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace so {

namespace {

const char *kUsage =
    R"(StationOps: patrol inspections, cash, incidents and device alarms for metro station staff.

Usage: stationops [options] [verb ...]

Verbs:
  (none)                          start the tablet app (--kiosk: full screen, closed only
                                  with an administrator's PIN)
  verify                          check the database: integrity, foreign keys, audit chain,
                                  sealed inspections and cash shifts
  doctor                          check this installation line by line: config, serial ports,
                                  the data folder and its free space, the database, the last
                                  backup, the station server, the clock; exit 1 if any fails
  backup --out FILE               a checked copy of the database, taken while the app and the
                                  gateway keep running
  restore FILE                    check FILE, then put it in place of the database (the old one
                                  is kept beside it); stop the app and the gateway first
  screenshot --out DIR [--lang L] render every screen with demo data to DIR/<screen>-<lang>.png
  staff list                      list staff
  staff add --number N --name-zh NAME --name-en NAME --role ROLE
                                  add a person; the PIN is read from the terminal (or stdin)
  staff set-pin N                 set a new PIN for staff number N
  staff disable N                 disable staff number N
  gateway [--exit-after SECONDS]  run the serial links and the alarm engine without a window
  alarms [--active] [--json]      list alarms (newest first), or only those needing a person
  alarms --follow                 on an enrolled device: sync with the station server and print
                                  each alarm as it changes, one line each; lines on stdin act:
                                  "sign-in NUMBER PIN", "ack KEY [COMMENT]", "sign-out"
  export inspections|cash|incidents --from DATE --to DATE --format csv|pdf|json --out FILE
                                  finalized inspections, cash shifts with their drawer pull and
                                  the sellers' over/short, or incidents (personal data masked),
                                  in a date range (station dates)
  report weekly --week YYYY-Www --out FILE.pdf|FILE.csv
                                  the weekly passenger-service report (客服周报)
  sync export --out FILE [--since CURSOR]
                                  every record this device holds (its own and those taken in
                                  from others) as one file, for a USB stick; prints a cursor to
                                  pass as --since next time on this device, to carry only what
                                  came to it since
  sync import FILE                take in a file from another device of this station; a
                                  damaged or foreign file is refused and changes nothing; the
                                  same file twice changes nothing
  sync now                        one round with the station server (this device must be
                                  enrolled): send what it made, take in what others made
  enroll --server DSN --code CODE join the station server with a one-time code; the login is
                                  kept in the data folder (server.json, mode 0600)
  server init --dsn DSN           make the station server's schema in an empty database
  server upgrade --dsn DSN        bring the server's schema up to this version
  server add-device --dsn DSN --station CODE --name NAME
                                  a device of a station, with its own role; prints its
                                  one-time enrolment code
  server add-device --dsn DSN --line --name NAME
                                  a reader of the whole line (a line control centre): it
                                  pulls every station's records and pushes none
  server disable-device --dsn DSN --station CODE|--line --name NAME
                                  stop a device at once (it may no longer sign in or sync)
                                  DSN: libpq's form, e.g. "host=/run/postgresql dbname=stationops"
  report handover --out FILE.pdf  the latest shift handover (交接班), acknowledged or waiting
                                  exports and reports take --lang zh_CN|en (default: the
                                  station's language)

Roles: agent, seller, supervisor, admin.
)";

} // namespace

bool parseCommandLine(const QStringList &arguments, Invocation *out, int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromUtf8(kUsage));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption config(
        QStringLiteral("config"),
        QStringLiteral("Station config folder (default: the built-in demo station)."),
        QStringLiteral("DIR"));
    const QCommandLineOption data(
        QStringLiteral("data-dir"),
        QStringLiteral("Data folder (default: %1).").arg(AppServices::defaultDataDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("Output file or folder."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption firstFrame(
        QStringLiteral("exit-after-first-frame"),
        QStringLiteral("Start, draw one frame, print the time and exit."));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        QStringLiteral("The app as a kiosk: full screen, no window decorations, the screen kept "
                       "on while someone is signed in; closes only with an administrator's PIN."));
    const QCommandLineOption number(QStringLiteral("number"), QStringLiteral("Staff number."),
                                    QStringLiteral("N"));
    const QCommandLineOption nameZh(QStringLiteral("name-zh"), QStringLiteral("Chinese name."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption nameEn(QStringLiteral("name-en"), QStringLiteral("English name."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("agent, seller, supervisor or admin."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after"),
                                       QStringLiteral("gateway: stop after this many seconds."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption active(QStringLiteral("active"),
                                    QStringLiteral("alarms: only those needing a person."));
    const QCommandLineOption followOpt(
        QStringLiteral("follow"),
        QStringLiteral("alarms: keep running on an enrolled device, printing each change."));
    p.addOption(followOpt);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption fromOpt(QStringLiteral("from"),
                                     QStringLiteral("export: first day, YYYY-MM-DD."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   QStringLiteral("export: last day, YYYY-MM-DD."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption weekOpt(QStringLiteral("week"),
                                     QStringLiteral("report weekly: ISO week, e.g. 2026-W48."),
                                     QStringLiteral("WEEK"));
    const QCommandLineOption sinceOpt(
        QStringLiteral("since"),
        QStringLiteral("sync export: the cursor a previous export printed."),
        QStringLiteral("CURSOR"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       QStringLiteral("export: csv, pdf or json."),
                                       QStringLiteral("FORMAT"));
    const QCommandLineOption dsnOpt(QStringLiteral("dsn"),
                                    QStringLiteral("server: the database, libpq's key=value form."),
                                    QStringLiteral("DSN"));
    const QCommandLineOption serverOpt(
        QStringLiteral("server"),
        QStringLiteral("enroll: the station server, libpq's key=value form."),
        QStringLiteral("DSN"));
    const QCommandLineOption stationOpt(
        QStringLiteral("station"),
        QStringLiteral("server add-device|disable-device: the station's code."),
        QStringLiteral("CODE"));
    const QCommandLineOption lineOpt(
        QStringLiteral("line"),
        QStringLiteral("server add-device|disable-device: a reader of the whole line, in place of "
                       "--station."));
    const QCommandLineOption nameOpt(
        QStringLiteral("name"),
        QStringLiteral("server add-device|disable-device: the device's name."),
        QStringLiteral("NAME"));
    const QCommandLineOption codeOpt(
        QStringLiteral("code"), QStringLiteral("enroll: the one-time code from server add-device."),
        QStringLiteral("CODE"));
    const QCommandLineOption signInOpt(
        QStringLiteral("sign-in"),
        QStringLiteral("the app on the demo station: sign in at start (NUMBER:PIN)."),
        QStringLiteral("NUMBER:PIN"));
    p.addOption(signInOpt);
    p.addOption(kiosk);
    p.addOptions({config,    data,       outOpt,    lang,      firstFrame, number,
                  nameZh,    nameEn,     role,      exitAfter, active,     json,
                  fromOpt,   toOpt,      formatOpt, weekOpt,   sinceOpt,   dsnOpt,
                  serverOpt, stationOpt, lineOpt,   nameOpt,   codeOpt});
    p.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("What to do (see above)."));

    if (!p.parse(arguments)) {
        std::fprintf(stderr, "stationops: %s\nTry 'stationops --help'.\n",
                     qPrintable(p.errorText()));
        *exitCode = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        // Parsed before the application object exists, the usage line lacks the program's name.
        QString help = p.helpText();
        help.replace(QStringLiteral("<executable_name>"), QStringLiteral("stationops"));
        std::fputs(qPrintable(help), stdout);
        *exitCode = 0;
        return false;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("stationops %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }
    const QStringList pos = p.positionalArguments();
    out->verb = pos.value(0);
    out->args = pos.mid(1);
    out->configDir = p.isSet(config) ? p.value(config) : AppServices::builtInConfigDir();
    out->dataDirGiven = p.isSet(data);
    out->dataDir = p.isSet(data) ? p.value(data) : AppServices::defaultDataDir();
    out->outPath = p.value(outOpt);
    out->language = p.value(lang);
    out->exitAfterFirstFrame = p.isSet(firstFrame);
    out->kiosk = p.isSet(kiosk);
    out->signIn = p.value(signInOpt);
    out->staffNumber = p.value(number);
    out->nameZh = p.value(nameZh);
    out->nameEn = p.value(nameEn);
    out->role = p.value(role);
    out->activeOnly = p.isSet(active);
    out->follow = p.isSet(followOpt);
    out->from = p.value(fromOpt);
    out->to = p.value(toOpt);
    out->format = p.value(formatOpt);
    out->since = p.value(sinceOpt);
    out->week = p.value(weekOpt);
    out->json = p.isSet(json);
    out->dsn = p.isSet(dsnOpt) ? p.value(dsnOpt) : p.value(serverOpt);
    out->station = p.value(stationOpt);
    if (out->station == sync::ServerAdmin::lineWide()) {
        std::fprintf(stderr,
                     "stationops: \"%s\" is not a station code; a reader of the whole "
                     "line is --line.\n",
                     qPrintable(out->station));
        *exitCode = 2;
        return false;
    }
    if (p.isSet(lineOpt)) {
        if (!out->station.isEmpty()) {
            std::fprintf(stderr, "stationops: --line reads the whole line; give it or --station, "
                                 "not both.\n");
            *exitCode = 2;
            return false;
        }
        out->station = sync::ServerAdmin::lineWide();
    }
    out->name = p.value(nameOpt);
    out->code = p.value(codeOpt);
    if (p.isSet(exitAfter)) {
        bool ok = false;
        out->exitAfterSeconds = p.value(exitAfter).toInt(&ok);
        if (!ok || out->exitAfterSeconds < 1) {
            std::fprintf(stderr, "stationops: --exit-after takes a whole number of seconds\n");
            *exitCode = 2;
            return false;
        }
    }

    static const QStringList verbs{QString(),
                                   QStringLiteral("verify"),
                                   QStringLiteral("screenshot"),
                                   QStringLiteral("staff"),
                                   QStringLiteral("gateway"),
                                   QStringLiteral("alarms"),
                                   QStringLiteral("export"),
                                   QStringLiteral("report"),
                                   QStringLiteral("backup"),
                                   QStringLiteral("restore"),
                                   QStringLiteral("sync"),
                                   QStringLiteral("server"),
                                   QStringLiteral("enroll"),
                                   QStringLiteral("doctor")};
    if (!verbs.contains(out->verb)) {
        std::fprintf(stderr, "stationops: unknown verb '%s'.\nTry 'stationops --help'.\n",
                     qPrintable(out->verb));
        *exitCode = 2;
        return false;
    }
    if (!out->language.isEmpty() && !Language::available().contains(out->language)) {
        std::fprintf(stderr, "stationops: --lang takes zh_CN or en, not '%s'.\n",
                     qPrintable(out->language));
        *exitCode = 2;
        return false;
    }
    return true;
}

} // namespace so
