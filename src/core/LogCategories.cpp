#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcDb, "stationops.core.db")
Q_LOGGING_CATEGORY(lcAudit, "stationops.core.audit")
Q_LOGGING_CATEGORY(lcConfig, "stationops.core.config")
Q_LOGGING_CATEGORY(lcAuth, "stationops.core.auth")
Q_LOGGING_CATEGORY(lcUi, "stationops.ui")
Q_LOGGING_CATEGORY(lcSync, "stationops.sync")
