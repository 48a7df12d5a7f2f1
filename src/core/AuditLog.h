#pragma once
// AuditLog: appends hash-chained audit_event rows inside the caller's transaction, and checks
// the chain.
#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace so {

class Clock;
class Database;
class Uuid7;

class AuditLog
{
public:
    AuditLog(Database &db, Uuid7 &ids, const Clock &clock) : m_db(db), m_ids(ids), m_clock(clock) {}

    // Call inside the transaction that makes the change, so both land or neither does.
    Status record(const QString &actor, const QString &action, const QString &entityKind,
                  const QString &entityId, const QJsonObject &before = {},
                  const QJsonObject &after = {});

    // Walks the whole chain; the message names the first row that does not fit.
    static Status verify(Database &db);
    static Result<qint64> rowCount(Database &db);

    static QString genesisHash();

private:
    Database &m_db;
    Uuid7 &m_ids;
    const Clock &m_clock;
};

} // namespace so
