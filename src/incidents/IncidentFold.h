#pragma once
// IncidentFold: an incident's current state, worked out from its timeline alone, the same on
// every device whatever order the entries arrived in (SYNC.md, rule 5).
//
// The timeline is walked as core's Timeline says (parent_event_id links, depth first, siblings in
// id order). A transition counts when it starts from the state reached so far: two people moving
// one incident from the same state make two children of one parent; the first counts and the
// other stays on the timeline as "not applied", with every move made after it on its branch.
// incident_current is a cache of this fold: refolded when entries arrive, and checked against it
// by `stationops verify`.
#include "Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace so {
class Database;
}

namespace so::incidents {

struct FoldEvent
{
    QString id;
    QString parent;
    QString kind;
    QString from;
    QString to;
    QString details; // JSON
    qint64 createdAt = 0;
};

struct FoldState
{
    QString state;
    bool valid = true;
    bool atFault = false;
    qint64 resolvedAt = 0;
    qint64 changedAt = 0;
    bool operator==(const FoldState &o) const
    {
        return state == o.state && valid == o.valid && atFault == o.atFault &&
               resolvedAt == o.resolvedAt && changedAt == o.changedAt;
    }
};

struct Fold
{
    QList<qsizetype> order;   // indexes into the events, in fold order
    QSet<QString> notApplied; // transitions that did not count
    QString head;             // the last entry that counted, in fold order: the next entry's parent
    FoldState state;
    // Moves made at the same time: the one that did not count and the one that did before it.
    QList<std::pair<QString, QString>> clashes;
};

namespace IncidentFold {

Fold of(const QList<FoldEvent> &events, qint64 incidentCreatedAt);
// The incident's fold as stored now.
Result<Fold> load(Database &db, const QString &incidentId);
// Rewrites incident_current for these incidents from their timelines (inside the caller's
// transaction); `clashes`, when given, gets every pair of moves made at the same time.
Status rebuild(Database &db, const QStringList &incidentIds,
               QList<std::pair<QString, QString>> *clashes = nullptr);
// The incidents the given timeline entries belong to.
Result<QStringList> incidentsOfEvents(Database &db, const QStringList &eventIds);
// Every incident_current row equals its fold; the message names the first incident that does not.
Status verify(Database &db);

} // namespace IncidentFold

} // namespace so::incidents
