#pragma once
// SyncRecord: one record as it travels, a row of a registered kind with its children, tagged with
// its origin (id, device, device_seq, time, author) and a SHA-256 over all of that. A record
// that arrives keeps every tag exactly as it was made.
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace so::sync {

struct SyncRecord
{
    QString kind;
    QString id;
    QString device;
    qint64 deviceSeq = 0;
    qint64 createdAt = 0; // UTC ms, the origin's clock
    QString createdBy;
    QJsonObject body; // every other column; children under "children": {table: [rows]}
    QString sha256;   // over the canonical JSON of everything above

    QString computeSha256() const;
    QJsonObject toJson() const;
    // Checks the fields and the hash; `where` names the record in messages ("record 12").
    static Result<SyncRecord> fromJson(const QJsonObject &o, const QString &where);
};

} // namespace so::sync
