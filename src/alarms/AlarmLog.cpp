#include "AlarmLog.h"

Q_LOGGING_CATEGORY(lcAlarms, "stationops.alarms")
Q_LOGGING_CATEGORY(lcSerial, "stationops.alarms.serial")
Q_LOGGING_CATEGORY(lcModbus, "stationops.alarms.modbus")
