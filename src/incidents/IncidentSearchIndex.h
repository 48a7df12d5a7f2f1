#pragma once
// IncidentSearchIndex: each incident's search document (its description, what was done, then
// every timeline entry's text), as migration 0010 defines it. Triggers keep it as entries are
// added here; records taken in from another device skip the triggers and are indexed here in
// one pass per incident.
#include "Result.h"

#include <QStringList>

namespace so {
class Database;
}

namespace so::incidents::IncidentSearchIndex {

// Writes the documents of these incidents afresh (inside the caller's transaction).
Status rebuild(Database &db, const QStringList &incidentIds);

} // namespace so::incidents::IncidentSearchIndex
