#include "AppServices.h"
#include "Commands.h"
#include "StaffService.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace so {

namespace {

// Reads a line without echo from a terminal, or a plain line from a pipe (scripts, tests).
QString readSecret(const char *prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine().trimmed();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    return line;
}

Result<QString> readNewPin()
{
    const QString pin = readSecret("New PIN: ");
    if (isatty(STDIN_FILENO) && readSecret("Repeat PIN: ") != pin)
        return fail(QStringLiteral("the two PINs differ; nothing was changed"));
    return pin;
}

int usage(const char *what)
{
    std::fprintf(stderr, "stationops staff: %s\nTry 'stationops --help'.\n", what);
    return 2;
}

} // namespace

int runStaff(const Invocation &inv)
{
    const QString sub = inv.args.value(0);
    if (sub.isEmpty())
        return usage("say list, add, set-pin or disable");
    auto app = AppServices::build(inv.configDir, inv.dataDir);
    if (!app) {
        std::fprintf(stderr, "stationops staff: %s\n", qPrintable(app.error()));
        return 1;
    }
    StaffService staff((*app)->core());
    // Whoever runs the command on the machine holds the data folder already; the audit trail
    // records that it came from the command line.
    const Actor cli = Actor::systemActor(QStringLiteral("system:cli"));
    Status s;
    if (sub == QLatin1String("list")) {
        auto people = staff.list();
        if (!people) {
            std::fprintf(stderr, "stationops staff: %s\n", qPrintable(people.error()));
            return 1;
        }
        for (const StaffMember &m : *people)
            std::printf("%-10s %-12s %-20s %-10s %s\n", qPrintable(m.staffNo), qPrintable(m.nameZh),
                        qPrintable(m.nameEn), qPrintable(roleName(m.role)),
                        m.active ? "active" : "disabled");
        return 0;
    } else if (sub == QLatin1String("add")) {
        Role role;
        if (inv.staffNumber.isEmpty() || inv.role.isEmpty())
            return usage("add needs --number and --role, and --name-zh or --name-en");
        if (!roleFromName(inv.role, &role))
            return usage("--role takes agent, seller, supervisor or admin");
        auto pin = readNewPin();
        if (!pin) {
            std::fprintf(stderr, "stationops staff: %s\n", qPrintable(pin.error()));
            return 1;
        }
        s = staff.add(cli, NewStaff{inv.staffNumber, inv.nameZh, inv.nameEn, role, *pin});
    } else if (sub == QLatin1String("set-pin")) {
        if (inv.args.size() != 2)
            return usage("set-pin takes one staff number");
        auto pin = readNewPin();
        if (!pin) {
            std::fprintf(stderr, "stationops staff: %s\n", qPrintable(pin.error()));
            return 1;
        }
        s = staff.setPin(cli, inv.args.at(1), *pin);
    } else if (sub == QLatin1String("disable")) {
        if (inv.args.size() != 2)
            return usage("disable takes one staff number");
        s = staff.disable(cli, inv.args.at(1));
    } else {
        return usage("say list, add, set-pin or disable");
    }
    if (!s) {
        std::fprintf(stderr, "stationops staff: %s\n", qPrintable(s.error()));
        return 1;
    }
    std::printf("done\n");
    return 0;
}

} // namespace so
