#pragma once
// ConflictStore: the SQL behind the device page — what this device holds from which device,
// the last import, and the conflicts with the decisions that settled them.
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace so {
class Database;
}

namespace so::sync {

struct HeldFrom
{
    QString device;
    qint64 records = 0;
    qint64 latestAt = 0;
};

struct ImportRow
{
    qint64 at = 0;
    QString source;
    int records = 0;
    int inserted = 0;
    int conflicts = 0;
};

struct ConflictEntry
{
    qint64 id = 0;
    QString kind;
    QString recordId;
    QString otherId; // the second record of a pair a rule allows one of; "" for two versions of one
                     // record
    QString reason;
    qint64 foundAt = 0;
    QString source;
    QString arrivedJson;
    QString decision; // "" while open
    QString decidedBy;
    QString note;
};

class ConflictStore
{
public:
    explicit ConflictStore(Database &db) : m_db(db) {}

    // Records of `table` by the device that made them.
    Result<QList<HeldFrom>> heldFrom(const QString &table);
    Result<std::optional<ImportRow>> lastImport();
    // Newest found first, with their decisions.
    Result<QList<ConflictEntry>> conflicts();
    Result<std::optional<ConflictEntry>> conflict(qint64 id);
    Result<bool> isOpen(qint64 id);
    Status insertDecision(qint64 id, qint64 at, const QString &by, const QString &decision,
                          const QString &note);

private:
    Result<QList<ConflictEntry>> select(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace so::sync
