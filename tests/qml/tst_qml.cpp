// Runs every tst_*.qml here against the real services on a fresh demo station database.
#include "AppServices.h"
#include "MainWindow.h"
#include "TestSupport.h"

#include <QQmlEngine>
#include <QtQuickTest>

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
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
    void cleanupTestCase() { m_app.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<so::AppServices> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(stationops, Setup)
#include "tst_qml.moc"
