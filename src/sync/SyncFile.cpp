#include "SyncFile.h"
#include "Outbox.h"
#include "StationCore.h"

#include <QFile>
#include <QSaveFile>

namespace so::sync {

namespace {
constexpr qint64 kMaxFile = qint64(2) * 1024 * 1024 * 1024;
}

Result<ExportOutcome> exportFile(StationCore &core, const QString &file, const Cursor &since)
{
    Cursor next;
    auto batch = Outbox::collect(core, since, &next);
    if (!batch)
        return Error{batch.error()};
    QSaveFile out(file);
    const QByteArray bytes = batch->toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(QStringLiteral("%1: cannot be written (%2)").arg(file, out.errorString()));
    return ExportOutcome{int(batch->records.size()), int(batch->blobs.size()), next};
}

Result<IngestOutcome> importFile(Ingest &ingest, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read (%2)").arg(file, in.errorString()));
    if (in.size() > kMaxFile)
        return fail(QStringLiteral("%1: larger than 2 GB; export in parts with --since").arg(file));
    auto batch = Batch::parse(in.readAll(), file);
    if (!batch)
        return Error{batch.error()};
    return ingest.apply(*batch, file);
}

} // namespace so::sync
