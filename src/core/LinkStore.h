#pragma once
// LinkStore: rows in `links` that tie a record of one feature to a record of another, so that
// features never include each other.
#include "Result.h"

#include <QList>
#include <QString>

namespace so {

class Clock;
class Database;
class Uuid7;

struct RecordRef
{
    QString kind; // "alarm", "incident", "inspection", "follow_up", "shift", ...
    QString id;
    friend bool operator==(const RecordRef &a, const RecordRef &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
};

struct Link
{
    QString id;
    RecordRef from;
    RecordRef to;
    QString relation;
    qint64 createdAt = 0;
    QString createdBy;
};

class LinkStore
{
public:
    LinkStore(Database &db, Uuid7 &ids, const Clock &clock) : m_db(db), m_ids(ids), m_clock(clock)
    {
    }

    // Inside the caller's transaction. Adding the same link twice is not an error.
    Result<QString> add(const QString &actor, const RecordRef &from, const RecordRef &to,
                        const QString &relation);
    // Links in either direction that touch the record.
    Result<QList<Link>> linksOf(const RecordRef &record);

private:
    Database &m_db;
    Uuid7 &m_ids;
    const Clock &m_clock;
};

} // namespace so
