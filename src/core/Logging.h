#pragma once
// Logging: spdlog with a rotating file in the data folder plus the console; every Qt and QML
// message goes through one handler into it.
#include <QString>

namespace so::logging {

// Console only (before the data folder is known, and in tests).
void initConsole();
// Adds the rotating file DATA/logs/stationops.log (5 MiB x 5).
bool addFile(const QString &dataDir);
void shutdown();

} // namespace so::logging
