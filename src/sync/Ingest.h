#pragma once
// Ingest: takes in a batch made on other devices. The whole batch is checked first (station,
// kinds, fields, device numbers); then, in one transaction with the import's own record, every
// record is inserted as it came (INSERT by id, never over anything), the photos are stored and
// the features' folds are redone. Taking in the same batch again changes nothing. An id held
// here with another body is kept in sync_conflict, never written over.
#include "Batch.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace so {
class Database;
class StationCore;
} // namespace so

namespace so::sync {

struct IngestOutcome
{
    int records = 0;
    int inserted = 0;
    int duplicates = 0; // already held, the same
    int conflicts = 0;  // already held with another body: kept in sync_conflict
    QStringList kinds;  // the kinds that gained records
};

class Ingest : public QObject
{
    Q_OBJECT
public:
    explicit Ingest(StationCore &core, QObject *parent = nullptr);

    // `source` names where the batch came from (a file, the server) for messages and the log.
    // `alsoInTransaction` runs just before the commit (the server's pull cursor is written with
    // the rows it brought).
    Result<IngestOutcome> apply(const Batch &batch, const QString &source,
                                const std::function<Status(Database &)> &alsoInTransaction = {});

Q_SIGNALS:
    // After the commit, once per kind that gained records: services and models refresh.
    void recordsArrived(const QString &kind);
    // After every batch taken in, new records or not (the device page's "last import").
    void batchTaken();

private:
    Status check(const Batch &batch, const QString &source);
    StationCore &m_core;
};

} // namespace so::sync
