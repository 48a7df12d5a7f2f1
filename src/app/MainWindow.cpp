#include "MainWindow.h"
#include "AuthService.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(StationOps_CorePlugin)
Q_IMPORT_QML_PLUGIN(StationOps_AlarmsPlugin)
Q_IMPORT_QML_PLUGIN(StationOps_ChecklistsPlugin)
Q_IMPORT_QML_PLUGIN(StationOps_CashPlugin)
Q_IMPORT_QML_PLUGIN(StationOps_IncidentsPlugin)
Q_IMPORT_QML_PLUGIN(StationOps_UiPlugin)

namespace so {

namespace {

class ActivityFilter : public QObject
{
public:
    ActivityFilter(AuthService &auth, QObject *parent) : QObject(parent), m_auth(auth) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
        case QEvent::KeyPress:
            m_auth.touch();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    AuthService &m_auth;
};

} // namespace

Result<QQuickWindow *> loadMainWindow(QQmlApplicationEngine &engine)
{
    QStringList errors;
    const auto collecting = QObject::connect(&engine, &QQmlApplicationEngine::warnings, &engine,
                                             [&errors](const QList<QQmlError> &warnings) {
                                                 for (const QQmlError &w : warnings)
                                                     errors << w.toString();
                                             });
    // Fusion rather than Material: Material draws button backgrounds through a shader effect
    // that the software renderer (a tablet without working GPU drivers, the screenshot verb)
    // cannot draw, leaving buttons without a background. Touch sizes come from our Theme.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // Qt 6.4 does not search the resource root for modules by default; ours live there.
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/StationOps/Ui/Main.qml")));
    // Later warnings go to the log as usual; `errors` ends with this function.
    QObject::disconnect(collecting);
    if (engine.rootObjects().isEmpty())
        return fail(QStringLiteral("the user interface did not load:\n") + errors.join(u'\n'));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return fail(QStringLiteral("Main.qml is not a window"));
    return window;
}

void watchActivity(AuthService &auth)
{
    qApp->installEventFilter(new ActivityFilter(auth, qApp));
}

} // namespace so
