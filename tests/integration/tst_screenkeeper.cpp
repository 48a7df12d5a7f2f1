// A kiosk tablet keeps its screen on while someone is signed in (#18): the real ScreenKeeper and
// AuthService on a real D-Bus session bus (a private dbus-daemon this test starts), with the
// desktop's org.freedesktop.ScreenSaver played by an object on that bus that notes each call.
#include "AppServices.h"
#include "AuthService.h"
#include "ScreenKeeper.h"
#include "TestSupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace so;

namespace {

// The desktop session's screensaver, as far as a kiosk asks it anything.
class DesktopScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QList<std::pair<QString, QString>> inhibited; // application, reason
    QList<uint> released;

public Q_SLOTS:
    uint Inhibit(const QString &application, const QString &reason)
    {
        inhibited.append({application, reason});
        return 100 + uint(inhibited.size());
    }
    void UnInhibit(uint cookie) { released.append(cookie); }
};

QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void noteWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("kiosk:")))
        s_warnings << message;
    s_previous(type, context, message);
}

} // namespace

class TestScreenKeeper : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QString m_address;
    QTemporaryDir m_dir;
    DesktopScreenSaver m_desktop;
    std::unique_ptr<AppServices> m_app;

    static QDBusConnection connection(const QString &address, const QString &name)
    {
        return QDBusConnection::connectToBus(address, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon (package dbus-daemon) is not installed");
        while (!m_bus.canReadLine())
            QVERIFY2(m_bus.waitForReadyRead(10000), "dbus-daemon printed no address");
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        QDBusConnection desktop = connection(m_address, QStringLiteral("desktop"));
        QVERIFY2(desktop.isConnected(), qPrintable(desktop.lastError().message()));
        QVERIFY(desktop.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &m_desktop,
                                       QDBusConnection::ExportAllSlots));

        auto built = AppServices::build(test::demoConfigDir(), m_dir.filePath(QStringLiteral("d")));
        QVERIFY2(built.ok(), qPrintable(built.error()));
        m_app = built.take();
        QVERIFY(m_app->seedDemo().ok());
        s_previous = qInstallMessageHandler(noteWarnings);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previous);
        m_app.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("tablet"));
        m_bus.terminate();
        m_bus.waitForFinished();
    }

    // Signed in: the screen is held; signed out: let go with the same cookie; the app closed
    // while someone is signed in: let go as well.
    void theScreenStaysOnWhileSomeoneIsSignedIn()
    {
        QDBusConnection desktop = QDBusConnection(QStringLiteral("desktop"));
        QVERIFY(desktop.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        AuthService &auth = m_app->auth();
        m_desktop.inhibited.clear();
        m_desktop.released.clear();
        {
            ScreenKeeper keeper(auth, connection(m_address, QStringLiteral("tablet")));
            QVERIFY(!auth.signedIn());
            QVERIFY(auth.signIn(QStringLiteral("1001"), QStringLiteral("2468")).ok);
            QTRY_COMPARE(m_desktop.inhibited.size(), 1);
            QCOMPARE(m_desktop.inhibited.first().first, QStringLiteral("stationops"));
            QVERIFY(!m_desktop.inhibited.first().second.isEmpty());
            auth.signOut();
            QTRY_COMPARE(m_desktop.released, QList<uint>{101});
            QVERIFY(auth.signIn(QStringLiteral("3001"), QStringLiteral("8642")).ok);
            QTRY_COMPARE(m_desktop.inhibited.size(), 2);
        }
        QTRY_COMPARE(m_desktop.released, (QList<uint>{101, 102}));
        auth.signOut();
        QVERIFY(desktop.unregisterService(QStringLiteral("org.freedesktop.ScreenSaver")));
    }

    // A session with no screensaver service: sign-in goes ahead, and the log says once how to
    // keep the screen on instead.
    void withoutTheServiceTheLogSaysSo()
    {
        QDBusConnection tablet = connection(m_address, QStringLiteral("tablet"));
        QTRY_VERIFY(!tablet.interface()
                         ->isServiceRegistered(QStringLiteral("org.freedesktop.ScreenSaver"))
                         .value());
        AuthService &auth = m_app->auth();
        s_warnings.clear();
        ScreenKeeper keeper(auth, tablet);
        QVERIFY(auth.signIn(QStringLiteral("1001"), QStringLiteral("2468")).ok);
        QTRY_COMPARE(s_warnings.size(), 1);
        QVERIFY2(s_warnings.first().startsWith(QStringLiteral("kiosk: the screen cannot be kept "
                                                              "on")) &&
                     s_warnings.first().contains(QStringLiteral("turn blanking off")),
                 qPrintable(s_warnings.first()));
        QVERIFY(auth.signedIn());
        auth.signOut();
    }
};

QTEST_GUILESS_MAIN(TestScreenKeeper)
#include "tst_screenkeeper.moc"
