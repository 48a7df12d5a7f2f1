#pragma once
// Helpers shared by the tests: a scratch folder, the demo config from the source tree, and a
// pinned clock.
#include "Clock.h"

#include <QDir>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace so::test {

inline QString sourceDir()
{
    return QStringLiteral(STATIONOPS_SOURCE_DIR);
}

inline QString demoConfigDir()
{
    return sourceDir() + QStringLiteral("/config");
}

// 2026-11-27 09:00 in Shanghai.
inline std::shared_ptr<ManualClock> pinnedClock()
{
    return std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC));
}

// Writes text to DIR/name and returns the path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &content);
// Runs SQL on a database file as the sqlite3 shell would: no app, no checks, triggers dropped if
// the statements drop them. For tests that tamper with a file or put it back as an older
// program left it. False (and a warning naming the statement) if any statement fails.
bool sqlOnFile(const QString &file, const QStringList &statements);

// A copy of the demo config in DIR/config with station.json replaced by the given text.
QString configWithStation(const QString &dir, const QByteArray &stationJson);

// A program run to its end: exit code (-1 crashed, -2 timed out), what it printed.
struct Run
{
    int code = -1;
    QString out;
    QString err;
};
// The environment with the offscreen platform, for running the app without a display.
QProcessEnvironment offscreenEnvironment();
// SHA-256 of a file's bytes ("" when it cannot be read): "the file was left as it was".
QByteArray sha256Of(const QString &path);

Run runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 60000);

} // namespace so::test
