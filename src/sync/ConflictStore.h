#pragma once
// ConflictStore: the SQL behind the device page — what this device holds from which device,
// the last import, and the conflicts with the decisions that settled them.
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace so {
class Database;
class RecordKinds;
struct Stamp;
} // namespace so

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
    // A decision on one record's two versions: this tablet's own ("this tablet's version" is
    // another record on another tablet).
    Status insertDecision(qint64 id, qint64 at, const QString &by, const QString &decision,
                          const QString &note);
    // A decision on a pair (two records a rule allows one of): a record that travels, then the
    // list's cache redone from the decisions held.
    Status insertPairDecision(const Stamp &stamp, const ConflictEntry &pair,
                              const QString &decision, const QString &note);
    // Each pair listed here takes the first decision held on it (by time, then id), wherever it
    // was made; run after every import, since a pair may be found after its decision arrived.
    Status applyPairDecisions();

    // Decisions travel as the kind conflict_decision; registered after every other kind.
    static void addRecordKinds(RecordKinds &kinds);

private:
    Result<QList<ConflictEntry>> select(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace so::sync
