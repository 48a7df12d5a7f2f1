#include "AppServices.h"
#include "Commands.h"
#include "Logging.h"
#include "MainWindow.h"

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QJSValue>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace so {

namespace {

// Lets bindings, loaders and animations finish, then draws the window into an image.
QImage settleAndGrab(QQuickWindow *window)
{
    for (int i = 0; i < 5; ++i) {
        QEventLoop loop;
        QTimer::singleShot(60, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return window->grabWindow();
}

bool save(const QImage &image, const QString &dir, const QString &screen, const QString &lang)
{
    const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(screen, lang));
    if (image.isNull() || !image.save(file)) {
        std::fprintf(stderr, "stationops screenshot: %s could not be written\n", qPrintable(file));
        return false;
    }
    std::printf("%s\n", qPrintable(file));
    return true;
}

// A PSD patrol under way: the door map, one door's items with a fail, and finalizing.
bool shootInspection(AppServices &services, QQuickWindow *window, const QString &dir,
                     const QString &lang)
{
    checklists::PatrolDesk &patrol = services.patrol();
    if (!patrol.start(QStringLiteral("psd-patrol"), QStringLiteral("platform-side"),
                      QStringLiteral("P1-up"))) {
        std::fprintf(stderr, "stationops screenshot: no demo patrol: %s\n",
                     qPrintable(patrol.message()));
        return false;
    }
    patrol.bankOk(1);
    patrol.bankOk(2);
    patrol.openDoor(QStringLiteral("D09"));
    patrol.answer(QStringLiteral("closed_locked"), QStringLiteral("pass"));
    patrol.answer(QStringLiteral("no_damage"), QStringLiteral("pass"));
    patrol.answer(QStringLiteral("indicator_lights"), QStringLiteral("fail"));
    patrol.setNote(QStringLiteral("indicator_lights"), lang == QLatin1String("en")
                                                           ? QStringLiteral("Green lamp out")
                                                           : QStringLiteral("绿色指示灯不亮"));
    window->setProperty("pageTab", 0);
    window->setProperty("page", QStringLiteral("patrol"));
    bool ok = save(settleAndGrab(window), dir, QStringLiteral("patrol-door"), lang);
    patrol.openDoor(QString());
    ok &= save(settleAndGrab(window), dir, QStringLiteral("patrol-doormap"), lang);
    patrol.allOthersOk();
    if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("finalizeDialog"))) {
        QMetaObject::invokeMethod(dialog, "open");
        ok &= save(settleAndGrab(window), dir, QStringLiteral("patrol-finalize"), lang);
        QMetaObject::invokeMethod(dialog, "close");
    }
    (void)patrol.discard();
    return ok;
}

// A ticket seller's shift: the float grid, selling, and the sign-off after a blind count.
bool shootCash(AppServices &services, QQuickWindow *window, const QString &dir, const QString &lang)
{
    services.auth().signOut();
    if (!services.auth().signInAs(QStringLiteral("2001"), QStringLiteral("3690")).ok)
        return false;
    window->setProperty("pageTab", 0);
    window->setProperty("page", QStringLiteral("cash"));
    bool ok = save(settleAndGrab(window), dir, QStringLiteral("cash-open"), lang);
    cash::CashDesk &desk = services.cashDesk();
    // A float of ¥500: 3×100, 3×50, 2×20, 1×10.
    const QList<std::pair<QString, int>> float500{{QStringLiteral("n100"), 3},
                                                  {QStringLiteral("n50"), 3},
                                                  {QStringLiteral("n20"), 2},
                                                  {QStringLiteral("n10"), 1}};
    for (const auto &[id, n] : float500)
        desk.floatSheet()->set(id, n);
    desk.chooseBooth(QStringLiteral("TO-A"));
    if (!desk.openShift(QStringLiteral("2002"), QStringLiteral("4826"))) {
        std::fprintf(stderr, "stationops screenshot: demo shift: %s\n", qPrintable(desk.message()));
        return false;
    }
    desk.record(QStringLiteral("sale"), QStringLiteral("4.00"));
    desk.choosePayment(QStringLiteral("qr"));
    desk.record(QStringLiteral("sale"), QStringLiteral("6.00"));
    desk.record(QStringLiteral("sale"), QStringLiteral("10.00"));
    ok &= save(settleAndGrab(window), dir, QStringLiteral("cash-selling"), lang);
    // Counted ¥513.50 of ¥514: checked on the review step, then stored.
    desk.startCount();
    for (const auto &[id, n] : float500)
        desk.countSheet()->set(id, n);
    desk.countSheet()->set(QStringLiteral("n10"), 2);
    desk.countSheet()->set(QStringLiteral("c1"), 3);
    desk.countSheet()->set(QStringLiteral("c05"), 1);
    desk.review();
    ok &= save(settleAndGrab(window), dir, QStringLiteral("cash-review"), lang);
    desk.submitCount();
    ok &= save(settleAndGrab(window), dir, QStringLiteral("cash-signoff"), lang);
    desk.signOff(cash::CashDesk::Decision::Accept, QStringLiteral("gave change twice"),
                 QStringLiteral("3001"), QStringLiteral("8642"));
    services.auth().signOut();
    return ok && services.auth().signInAs(QStringLiteral("3001"), QStringLiteral("8642")).ok;
}

// The handover as the incoming person sees it, then acknowledged; the dashboard with the list
// behind the P2 bar open.
bool shootHandover(AppServices &services, QQuickWindow *window, const QString &dir,
                   const QString &lang)
{
    supervision::HandoverDesk &desk = services.handoverDesk();
    desk.refresh();
    desk.addNote(lang.startsWith(QLatin1String("zh"))
                     ? QStringLiteral("2号电梯维保人员14:00到站，请接班人陪同")
                     : QStringLiteral("Lift 2 engineer arrives at 14:00; please go with them"));
    if (!desk.handOver()) {
        std::fprintf(stderr, "stationops screenshot: demo handover: %s\n",
                     qPrintable(desk.message()));
        return false;
    }
    window->setProperty("pageTab", 0);
    window->setProperty("page", QStringLiteral("handover"));
    bool ok = save(settleAndGrab(window), dir, QStringLiteral("handover-ack"), lang);
    if (!desk.acknowledge(QStringLiteral("1002"), QStringLiteral("1357"))) {
        std::fprintf(stderr, "stationops screenshot: demo acknowledgement: %s\n",
                     qPrintable(desk.message()));
        return false;
    }
    services.dashboard().setAlarmWindow(QStringLiteral("week"));
    window->setProperty("page", QStringLiteral("dashboard"));
    settleAndGrab(window);
    if (QObject *page = window->findChild<QObject *>(QStringLiteral("dashboardPage"))) {
        const QString title = lang.startsWith(QLatin1String("zh")) ? QStringLiteral("P2 高")
                                                                   : QStringLiteral("P2 High");
        QMetaObject::invokeMethod(page, "openList", Q_ARG(QVariant, title),
                                  Q_ARG(QVariant, QStringLiteral("priority")), Q_ARG(QVariant, 2));
        ok &= save(settleAndGrab(window), dir, QStringLiteral("dashboard-drill"), lang);
        page->setProperty("drilling", false);
    }
    // Further down: the alarm load over 7 days, then the most frequent alarms, incidents and
    // callbacks.
    QObject *flick = window->findChild<QObject *>(QStringLiteral("dashboardFlick"));
    QObject *alarmChart = window->findChild<QObject *>(QStringLiteral("alarmChart"));
    if (flick && alarmChart) {
        flick->setProperty("contentY", alarmChart->property("y").toReal());
        ok &= save(settleAndGrab(window), dir, QStringLiteral("dashboard-alarms"), lang);
    }
    if (flick) {
        const qreal bottom =
            flick->property("contentHeight").toReal() - flick->property("height").toReal();
        flick->setProperty("contentY", qMax<qreal>(0, bottom));
        ok &= save(settleAndGrab(window), dir, QStringLiteral("dashboard-lower"), lang);
        flick->setProperty("contentY", 0);
    }
    services.dashboard().setAlarmWindow(QStringLiteral("shift"));
    return ok;
}

// The weekly report saved from the Reports screen and open in its viewer.
bool shootReports(AppServices &services, QQuickWindow *window, const QString &dir,
                  const QString &lang)
{
    supervision::ReportsDesk &reports = services.reportsDesk();
    window->setProperty("pageTab", 0);
    window->setProperty("page", QStringLiteral("reports"));
    settleAndGrab(window);
    if (reports.save(QStringLiteral("weekly"), QStringLiteral("pdf")).isEmpty()) {
        std::fprintf(stderr, "stationops screenshot: weekly report: %s\n",
                     qPrintable(reports.message()));
        return false;
    }
    const bool ok = save(settleAndGrab(window), dir, QStringLiteral("reports-pdf"), lang);
    reports.closePreview();
    return ok;
}

} // namespace

int runScreenshot(int &argc, char **argv, const Invocation &inv)
{
    if (inv.outPath.isEmpty()) {
        std::fprintf(stderr, "stationops screenshot: --out DIR is needed\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The software renderer draws the same pixels on any machine, with or without a GPU.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    logging::QmlWarningWatch qmlWarnings;
    if (!QDir().mkpath(inv.outPath)) {
        std::fprintf(stderr, "stationops screenshot: %s: cannot create the folder\n",
                     qPrintable(inv.outPath));
        return 1;
    }
    // Demo data lives in a throwaway folder unless one is named, so no real data is touched.
    QTemporaryDir scratch;
    const QString dataDir = inv.dataDirGiven ? inv.dataDir : scratch.path();
    auto built = AppServices::build(inv.configDir, dataDir);
    if (!built) {
        std::fprintf(stderr, "stationops screenshot: %s\n", qPrintable(built.error()));
        return 1;
    }
    AppServices &services = **built;
    if (!services.core().config().demo) {
        std::fprintf(stderr, "stationops screenshot: needs a demo station (\"demo\": true in "
                             "station.json) to sign in with demo staff\n");
        return 1;
    }
    if (Status s = services.seedDemo(); !s) {
        std::fprintf(stderr, "stationops screenshot: %s\n", qPrintable(s.error()));
        return 1;
    }
    services.publishToQml();
    QQmlApplicationEngine engine;
    auto loaded = loadMainWindow(engine);
    if (!loaded) {
        std::fprintf(stderr, "stationops screenshot: %s\n", qPrintable(loaded.error()));
        return 1;
    }
    QQuickWindow *window = *loaded;

    const QStringList languages =
        inv.language.isEmpty() ? Language::available() : QStringList{inv.language};
    bool ok = true;
    for (const QString &lang : languages) {
        services.auth().signOut();
        services.language().setLanguage(lang);
        ok &= save(settleAndGrab(window), inv.outPath, QStringLiteral("signin"), lang);
        // A kiosk tablet: sign-in offers to close the app, which asks for an administrator.
        services.kiosk().setActive(true);
        if (QObject *leave = window->findChild<QObject *>(QStringLiteral("leaveKioskDialog"))) {
            QMetaObject::invokeMethod(leave, "open");
            ok &= save(settleAndGrab(window), inv.outPath, QStringLiteral("signin-kiosk"), lang);
            QMetaObject::invokeMethod(leave, "close");
        } else {
            std::fprintf(stderr,
                         "stationops screenshot: no leaveKioskDialog on the sign-in page\n");
            ok = false;
        }
        services.kiosk().setActive(false);

        const auto in = services.auth().signInAs(QStringLiteral("3001"), QStringLiteral("8642"));
        if (!in.ok) {
            std::fprintf(stderr, "stationops screenshot: demo supervisor could not sign in: %s\n",
                         qPrintable(in.message));
            return 1;
        }
        QVariant raw = window->property("screens");
        if (raw.metaType() == QMetaType::fromType<QJSValue>())
            raw = raw.value<QJSValue>().toVariant();
        const QVariantList screens = raw.toList();
        if (screens.isEmpty()) {
            std::fprintf(stderr, "stationops screenshot: Main.qml lists no screens\n");
            return 1;
        }
        for (const QVariant &v : screens) {
            const QVariantMap screen = v.toMap();
            window->setProperty("pageTab", screen.value(QStringLiteral("tab")).toInt());
            window->setProperty("page", screen.value(QStringLiteral("page")).toString());
            ok &= save(settleAndGrab(window), inv.outPath,
                       screen.value(QStringLiteral("name")).toString(), lang);
        }
        // One incident open: the timeline and the moves allowed now.
        services.incidentDesk().search(QStringLiteral("电梯"));
        if (services.incidentDesk().results()->rowCount() > 0) {
            services.incidentDesk().open(services.incidentDesk().results()->idAt(0));
            window->setProperty("page", QStringLiteral("incidents"));
            ok &=
                save(settleAndGrab(window), inv.outPath, QStringLiteral("incidents-detail"), lang);
            services.incidentDesk().search(QString());
        }
        // Intake opened from a door alarm: the place and the words are filled in, the alarm linked.
        const QString words = lang.startsWith(QLatin1String("zh"))
                                  ? QStringLiteral("门体夹人夹物 D07")
                                  : QStringLiteral("Door obstructed D07");
        const QVariantMap alarm{{QStringLiteral("kind"), QStringLiteral("alarm")},
                                {QStringLiteral("id"), QStringLiteral("PSD-UP/OBSTRUCTION/D07")},
                                {QStringLiteral("label"), words}};
        services.incidentDesk().prepare({{QStringLiteral("location"), QStringLiteral("platform-1")},
                                         {QStringLiteral("links"), QVariantList{alarm}},
                                         {QStringLiteral("description"), words}});
        window->setProperty("page", QStringLiteral("home"));
        settleAndGrab(window);
        window->setProperty("page", QStringLiteral("incidents"));
        ok &= save(settleAndGrab(window), inv.outPath, QStringLiteral("incidents-intake"), lang);
        services.incidentDesk().prepare({});
        ok &= shootInspection(services, window, inv.outPath, lang);
        ok &= shootCash(services, window, inv.outPath, lang);
        ok &= shootHandover(services, window, inv.outPath, lang);
        ok &= shootReports(services, window, inv.outPath, lang);
        window->setProperty("pageTab", 0);
        window->setProperty("page", QStringLiteral("home"));
        services.auth().lockNow();
        ok &= save(settleAndGrab(window), inv.outPath, QStringLiteral("lock"), lang);
    }
    // A QML warning is a bug, even when every picture was written.
    const QStringList warnings = qmlWarnings.warnings();
    for (const QString &w : warnings)
        std::fprintf(stderr, "stationops screenshot: QML warning: %s\n", qPrintable(w));
    return ok && warnings.isEmpty() ? 0 : 1;
}

} // namespace so
