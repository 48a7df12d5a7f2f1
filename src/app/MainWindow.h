#pragma once
// Loads the QML user interface (Main.qml) into an engine, with the services already published.
#include "Result.h"

class QQmlApplicationEngine;
class QQuickWindow;

namespace so {

class AuthService;

Result<QQuickWindow *> loadMainWindow(QQmlApplicationEngine &engine);
// Any touch, click or key press counts as activity for the idle lock.
void watchActivity(AuthService &auth);

} // namespace so
