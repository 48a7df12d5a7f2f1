#pragma once
// IncidentStore: the SQL of incidents — the case row, its append-only timeline, the kept state
// (incident_current, the fold's), and the lists read under a filter. Rows come back as stored:
// masking the passenger's data and the timers are the service's rules.
#include "Database.h"
#include "Incident.h"
#include "Stamp.h"

namespace so {
class RecordKinds;
}

namespace so::incidents {

struct EventRow
{
    QString incidentId;
    QString kind; // transition, note
    QString fromState;
    QString toState;
    QString text;
    QString detailsJson;
    QString parentEventId; // the fold's head its author saw; "" for the first entry
};

class IncidentStore
{
public:
    explicit IncidentStore(Database &db) : m_db(db) {}

    // Incidents and their timelines as record kinds, with the folds redone when they arrive.
    static void addRecordKinds(RecordKinds &kinds);

    Status insertIncident(const Stamp &s, const NewIncident &n, qint64 occurredAt, int priority);
    Status insertEvent(const Stamp &s, const EventRow &row);
    // The head of the incident's timeline as folded (the entry a new one points at).
    Result<QString> head(const QString &incidentId);
    // Folds the incident's kept state again after a move made here.
    Status refold(const QString &incidentId);

    Result<std::optional<Incident>> byId(const QString &id);
    // Fills each incident's timeline, in the entries' own order, marking moves that did not count.
    Status readTimelines(QList<Incident> &list);
    // Newest occurrence first, after the filter's page mark.
    Result<QList<Incident>> list(const IncidentFilter &f, int limit);
    // Those with these rowids (search hits), newest logged first, under the filter.
    Result<QList<Incident>> withRowids(const IncidentFilter &f, const QVariantList &rowids);
    // Those waiting in a queue (new, resolution proposed, resolved) under the filter's
    // category, staff and dates.
    Result<QList<Incident>> queued(const IncidentFilter &f);
    Result<int> countOccurredBetween(qint64 fromUtc, qint64 toUtc);

private:
    enum class Where { Counts, List, Search };
    static QString whereClause(const IncidentFilter &f, QVariantList &binds, Where what);
    Result<QList<Incident>> select(const QString &tail, const QVariantList &binds);
    Database &m_db;
};

} // namespace so::incidents
