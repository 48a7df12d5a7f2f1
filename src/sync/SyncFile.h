#pragma once
// SyncFile: batches as files, for a station with no network (a USB stick between tablets) and
// to carry a dead tablet's records out of its backup: `stationops sync export|import`.
#include "Ingest.h"

namespace so::sync {

struct ExportOutcome
{
    int records = 0;
    int photos = 0;
    Cursor cursor; // pass as --since next time to export only what is newer
};

// Writes every record held here above `since` to `file` (whole or not at all).
Result<ExportOutcome> exportFile(StationCore &core, const QString &file, const Cursor &since = {});
// Reads, checks and takes in a batch file; a damaged or foreign file changes nothing.
Result<IngestOutcome> importFile(Ingest &ingest, const QString &file);

} // namespace so::sync
