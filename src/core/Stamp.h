#pragma once
// Stamp: the header every record row carries (id, device, gap-free device_seq, time, author).
#include "Result.h"

#include <QString>
#include <QVariantList>

namespace so {

class Clock;
class Database;
class Uuid7;

struct Stamp
{
    QString id;
    QString deviceId;
    qint64 deviceSeq = 0;
    qint64 createdAt = 0; // UTC ms
    QString createdBy;

    // The five header values in table column order, for binding.
    QVariantList binds() const { return {id, deviceId, deviceSeq, createdAt, createdBy}; }
};

// Must be called inside a transaction: device_seq is taken in the same one as the row.
Result<Stamp> makeStamp(Database &db, Uuid7 &ids, const Clock &clock, const QString &actor);

} // namespace so
