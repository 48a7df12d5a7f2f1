#pragma once
// RecordWrite: the shape of every change a service makes. One transaction; a stamp (id, device,
// device_seq, time, author) for each record row; the steps that write through a Store; the
// audit line; then the commit. The first failure is kept, every later step is skipped and
// nothing is committed, so a service reads as its steps instead of a chain of `if (s)`.
#include "Database.h"
#include "Stamp.h"

#include <QJsonObject>

#include <functional>

namespace so {

class StationCore;

class RecordWrite
{
public:
    RecordWrite(StationCore &core, QString actor);
    RecordWrite(const RecordWrite &) = delete;
    RecordWrite &operator=(const RecordWrite &) = delete;

    bool ok() const { return m_status.ok(); }
    // The first failure so far ("" while all is well).
    const QString &error() const { return m_status.error(); }

    // A new record header, taken inside the transaction; empty once a step has failed.
    Stamp stamp();
    // Runs `step` unless an earlier one failed; a failure it returns stops the write.
    RecordWrite &step(const std::function<Status()> &step);
    RecordWrite &audit(const QString &action, const QString &entityKind, const QString &entityId,
                       const QJsonObject &after = {}, const QJsonObject &before = {});
    // Commits when every step succeeded; otherwise rolls back and gives the first failure.
    Status commit();

private:
    StationCore &m_core;
    QString m_actor;
    Transaction m_tx;
    Status m_status;
};

} // namespace so
