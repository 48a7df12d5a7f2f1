// Runs every tst_*.qml here against the real services on a fresh demo station database.
#include "AppServices.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest>

// Device input for the QML tests: what a serial line would deliver, fed to the real engine.
class TestDevices : public QObject
{
    Q_OBJECT
public:
    explicit TestDevices(so::alarms::AlarmEngine &engine) : m_engine(engine) {}
    Q_INVOKABLE void send(const QString &device, const QString &point, const QString &asset, bool raise)
    {
        so::alarms::DecodedEvent e;
        e.device = device;
        e.point = point;
        e.asset = asset;
        e.kind = raise ? so::alarms::EventKind::Raise : so::alarms::EventKind::Clear;
        e.receipt.linkId = QStringLiteral("qml-test");
        e.receipt.utcMs = QDateTime::currentMSecsSinceEpoch();
        e.receipt.raw = QByteArrayLiteral("qml-test");
        m_engine.ingest({e}, {});
    }

private:
    so::alarms::AlarmEngine &m_engine;
};

class Setup : public QObject
{
    Q_OBJECT
public:
    Setup() = default;

public Q_SLOTS:
    void applicationAvailable()
    {
        auto app = so::AppServices::build(so::test::demoConfigDir(), m_dir.path());
        if (!app)
            qFatal("%s", qPrintable(app.error()));
        m_app = app.take();
        if (!m_app->seedDemo())
            qFatal("demo seed failed");
        m_app->publishToQml();
        m_devices = std::make_unique<TestDevices>(m_app->alarmSystem().engine());
        qmlRegisterSingletonInstance("StationOps.Test", 1, 0, "TestDevices", m_devices.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        engine->addImportPath(QStringLiteral("qrc:/"));
    }
    void cleanupTestCase()
    {
        m_devices.reset();
        m_app.reset();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<so::AppServices> m_app;
    std::unique_ptr<TestDevices> m_devices;
};

QUICK_TEST_MAIN_WITH_SETUP(stationops, Setup)
#include "tst_qml.moc"
