#pragma once
// Logging: spdlog with a rotating file in the data folder plus the console; every Qt and QML
// message goes through one handler into it.
#include <QString>
#include <QStringList>

namespace so::logging {

// Console only (before the data folder is known, and in tests).
void initConsole();
// Adds the rotating file DATA/logs/stationops.log (5 MiB x 5).
bool addFile(const QString &dataDir);
void shutdown();

// Collects the QML warnings logged while it lives: a ReferenceError, a TypeError, a binding
// loop, a failed assignment, any message that points into a .qml file. A QML warning is a bug,
// so the screenshot verb and the Qt Quick tests fail on any. Messages still reach the handler
// that was installed before (the log, or Qt Test's).
class QmlWarningWatch
{
public:
    QmlWarningWatch();
    ~QmlWarningWatch();
    QmlWarningWatch(const QmlWarningWatch &) = delete;
    QmlWarningWatch &operator=(const QmlWarningWatch &) = delete;

    QStringList warnings() const;
    // Puts the watch in front again after someone else installed a handler (Qt Test does when
    // it starts logging), still passing every message on to that handler.
    void reinstall();
    // Whether a message of this category and text is a QML warning.
    static bool isQmlWarning(const char *category, const QString &message);
};

} // namespace so::logging
