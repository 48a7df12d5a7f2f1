#pragma once
// RecordKinds: the kinds of record that travel between a station's devices. Each feature
// registers its own with core: the table, the children that travel inside a record, the photos
// it names and the folds to redo when records of the kind arrive from another device. The sync
// library reads and writes records through this list only, so it never includes a feature.
#include "Result.h"
#include "StationConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace so {

class Database;
class NameBook;

// What a pair of records that a rule allows only one of is about, for the person settling it.
struct PairView
{
    Names subject;   // whom or what: a person, a ticket office
    int inForce = 0; // which of the two applies now: 1 the first, 2 the second, 0 both stand
};

// An immutable child that belongs to one parent and travels inside it (an inspection's answers).
struct ChildTable
{
    QString table;
    QString parentColumn; // the column naming the parent's id
    QString orderBy;      // the child rows' own order, for a stable body
};

struct RecordKind
{
    QString name; // the kind in a batch: "incident", "incident_event", "link"
    // Its table: id, device_id, device_seq, created_at, created_by, then the body; with an
    // AFTER INSERT trigger that notes each row in sync_arrival (migration 0013), which is what
    // `sync export --since` reads.
    QString table;
    QList<ChildTable> children;
    // Columns that are this device's own (a local sequence number): never sent, never taken.
    QStringList local;
    // Body fields that are personal data, shown only to those who may see passengers' details.
    QStringList personal;
    // Body fields never shown on a screen (a PIN's hash and salt).
    QStringList secret;
    // The photos (SHA-256) a record's body names; they travel with it as blobs.
    std::function<QStringList(const QJsonObject &body)> photos;
    // After records of this kind arrived (their ids), inside the same transaction: brings the
    // feature's current state up to date for them.
    std::function<Status(Database &db, const QStringList &ids)> refold;
    // Checks that what the refold keeps equals the fold (`stationops verify`), and the tables
    // it keeps: they must end identical on every device.
    std::function<Status(Database &db)> verify;
    QStringList caches;
    // For a pair listed under one of the kind's rules (the reason), by the two records' ids.
    std::function<PairView(Database &db, const NameBook &names, const QString &reason,
                           const QString &first, const QString &second)>
        describePair;
};

// Notes pairs of records that clash under a rule over records (SYNC.md, rule 4: two staff
// versions of one parent, two shifts claiming one booth, ...) in sync_conflict, each pair once
// whatever order it was found in. `pairs` is a SELECT of two record ids named a and b.
Status noteRuleConflicts(Database &db, qint64 now, const QString &kind, const QString &reason,
                         const QString &pairs, const QVariantList &binds);

class RecordKinds
{
public:
    // Parents before children: records are inserted in the order their kinds were added. Adding
    // a kind again replaces it in place.
    void add(RecordKind kind);
    const QList<RecordKind> &all() const { return m_kinds; }
    const RecordKind *find(const QString &name) const;
    // The position of a kind in insertion order, -1 when unknown.
    int rank(const QString &name) const;
    // Every kind's verify, in order; the first failure.
    Status verify(Database &db) const;
    // Refolds every record of every kind with a refold (inside the caller's transaction): after
    // a migration whose caches SQL alone could not fold.
    Status refoldAll(Database &db) const;
    // refoldAll in its own transaction when a migration asked for it (meta refold), once.
    Status refoldIfAsked(Database &db) const;

private:
    QList<RecordKind> m_kinds;
};

} // namespace so
