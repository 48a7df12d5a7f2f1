// stationops-devsim: a device on a pseudo-terminal, for demos and tests.
#include "Scenario.h"
#include "Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stationops-devsim"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Plays a device scenario on a pseudo-terminal and links it to --link PATH.\n"
        "Line devices: the scenario's send/sendsum/text/raw steps are what the device prints.\n"
        "Modbus: --modbus answers RTU polls for --unit N; the scenario's set steps change registers."));
    p.addHelpOption();
    const QCommandLineOption link(QStringLiteral("link"), QStringLiteral("Path of the symlink to the pty."), QStringLiteral("PATH"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Scenario file."), QStringLiteral("FILE"));
    const QCommandLineOption modbus(QStringLiteral("modbus"), QStringLiteral("Answer Modbus RTU polls."));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("Modbus unit id (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption exitDone(QStringLiteral("exit-when-done"), QStringLiteral("Exit after the last step."));
    p.addOptions({link, scenario, modbus, unit, exitDone});
    p.process(app);
    if (!p.isSet(link)) {
        std::fprintf(stderr, "stationops-devsim: --link PATH is needed\n");
        return 2;
    }
    so::devsim::Simulator::Options o;
    o.link = p.value(link);
    o.modbus = p.isSet(modbus);
    o.unit = p.value(unit).toInt();
    o.exitWhenDone = p.isSet(exitDone);
    if (p.isSet(scenario)) {
        auto steps = so::devsim::loadScenario(p.value(scenario));
        if (!steps) {
            std::fprintf(stderr, "stationops-devsim: %s\n", qPrintable(steps.error()));
            return 1;
        }
        o.steps = steps.take();
    }
    so::devsim::Simulator sim(o);
    QObject::connect(&sim, &so::devsim::Simulator::finished, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, [](int) { QCoreApplication::quit(); });
    std::signal(SIGINT, [](int) { QCoreApplication::quit(); });
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "stationops-devsim: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}
