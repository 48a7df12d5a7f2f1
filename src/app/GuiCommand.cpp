#include "AlarmSounder.h"
#include "AppServices.h"
#include "Commands.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ScreenKeeper.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace so {

namespace {

bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// In kiosk mode the window does not close (a window manager's close, Alt+F4) until an
// administrator has released it.
class KioskCloseGuard : public QObject
{
public:
    explicit KioskCloseGuard(KioskDesk &kiosk) : m_kiosk(kiosk) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close && !m_kiosk.mayClose()) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    KioskDesk &m_kiosk;
};

} // namespace

int runGui(int &argc, char **argv, const Invocation &inv)
{
    QElapsedTimer started;
    started.start();
    if (!haveDisplay()) {
        std::fprintf(stderr,
                     "stationops: there is no display to show the tablet app on.\n"
                     "Run it under a virtual display:\n"
                     "  xvfb-run -a -s '-screen 0 1280x800x24' %s\n"
                     "or without a window: QT_QPA_PLATFORM=offscreen %s\n",
                     argv[0], argv[0]);
        return 1;
    }
    QGuiApplication app(argc, argv);
    // Every config file is checked before anything goes into the data folder, the log included.
    auto files = StationFiles::read(inv.configDir);
    if (!files) {
        std::fprintf(stderr, "stationops: %s\n", qPrintable(files.error()));
        return 1;
    }
    logging::addFile(inv.dataDir);
    auto services = AppServices::build(files.take(), inv.dataDir);
    if (!services) {
        std::fprintf(stderr, "stationops: %s\n", qPrintable(services.error()));
        return 1;
    }
    if (Status s = (*services)->seedDemo(); !s) {
        std::fprintf(stderr, "stationops: %s\n", qPrintable(s.error()));
        return 1;
    }
    (*services)->kiosk().setActive(inv.kiosk);
    (*services)->publishToQml();
    QQmlApplicationEngine engine;
    auto window = loadMainWindow(engine);
    if (!window) {
        std::fprintf(stderr, "stationops: %s\n", qPrintable(window.error()));
        return 1;
    }
    watchActivity((*services)->auth());
    KioskCloseGuard closeGuard((*services)->kiosk());
    std::optional<ScreenKeeper> screen;
    if (inv.kiosk) {
        (*window)->installEventFilter(&closeGuard);
        (*window)->setFlags(Qt::Window | Qt::FramelessWindowHint);
        (*window)->showFullScreen();
        screen.emplace((*services)->auth());
        QObject::connect(&(*services)->kiosk(), &KioskDesk::released, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    }
    // Two tablets of the demo station on one screen, each signed in as someone else.
    if (!inv.signIn.isEmpty()) {
        const QStringList who = inv.signIn.split(QLatin1Char(':'));
        if (!(*services)->core().config().demo || who.size() != 2) {
            std::fprintf(stderr, "stationops: --sign-in NUMBER:PIN is for the demo station only\n");
            return 1;
        }
        const DeskOutcome r = (*services)->auth().signIn(who.at(0), who.at(1));
        if (!r.ok)
            std::fprintf(stderr, "stationops: --sign-in %s: %s\n", qPrintable(who.at(0)),
                         qPrintable(r.message));
    }
    (*services)->startDevices();
    // With a station server (an enrolled device), records travel in the background.
    if (auto synced = (*services)->startSync(); !synced)
        std::fprintf(stderr, "stationops: working standalone: %s\n", qPrintable(synced.error()));
    AlarmSounder sounder((*services)->alarms(), inv.dataDir + QStringLiteral("/cache"));
    if (inv.exitAfterFirstFrame) {
        QObject::connect(
            *window, &QQuickWindow::frameSwapped, &app,
            [&started] {
                std::printf("first frame after %lld ms\n",
                            static_cast<long long>(started.elapsed()));
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            },
            Qt::SingleShotConnection);
    }
    return app.exec();
}

} // namespace so
