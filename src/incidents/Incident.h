#pragma once
// The incident as services, stores and screens share it: what is logged, its timeline, the
// queues, and the filter a list or search is read under.
#include <QList>
#include <QString>
#include <QStringList>

namespace so::incidents {

// A record of another feature that an incident points at, with the words to show for it.
struct LinkedRecord
{
    QString kind; // alarm, inspection, follow_up
    QString id;
    QString label;
};

struct NewIncident
{
    qint64 occurredAt = 0; // 0 = now
    QString location;      // a station area
    QString category;
    QString subtype;
    QString channel;
    QString passengerName;
    QString passengerContact;
    QString description;
    QString staffInvolved;
    QString immediateActions;
    int impact = 2; // 1 high .. 3 low
    int urgency = 2;
    QList<LinkedRecord> links; // the alarm, inspection or follow-up it was raised from
    QStringList photoFiles;    // pictures to keep with it (JPEG or PNG files)
};

struct TimelineEntry
{
    QString kind;
    QString fromState;
    QString toState;
    QString text;
    QString by;
    qint64 at = 0;
    QString details; // the entry's details as stored (JSON): link labels, the passenger's signature
    // False for a move made at the same time as another from the same state, on another device,
    // that counted instead (IncidentFold); it stays on the timeline, marked.
    bool applied = true;
};

struct Incident
{
    QString id;
    qint64 logSeq = 0; // its place in the station's log (the row's rowid)
    qint64 occurredAt = 0;
    qint64 createdAt = 0;
    QString createdBy;
    QString location;
    QString category;
    QString subtype;
    QString channel;
    QString passengerName; // masked unless the viewer may see it
    QString passengerContact;
    QString description;
    QString staffInvolved;
    QString immediateActions;
    int priority = 3;
    QString state;
    bool valid = true;    // from the assessment
    bool atFault = false; // from the investigation
    qint64 resolvedAt = 0;
    qint64 firstResponseDue = 0;
    qint64 callbackDue = 0; // set once resolved
    QString timer;          // ok, warning, breached, or "" when nothing is running
    QList<TimelineEntry> timeline;
    QList<LinkedRecord> links; // only filled by incident()
    QStringList photos;        // SHA-256 of each photo; only filled by incident()
    bool passengerSigned = false;
};

// How many cases wait in each queue, and how many timers are close to or past their limit.
struct QueueCounts
{
    int fresh = 0;     // awaiting assessment
    int approval = 0;  // resolution proposed, awaiting a supervisor
    int callbacks = 0; // resolved, callback not yet done
    int warning = 0;
    int breached = 0;
};

struct IncidentFilter
{
    QString text;
    QString category;
    QString state;
    QString staff;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
    // The next page: after the case with this logSeq (search results are in logging order,
    // newest first), or with this occurredAt and logSeq (lists are in order of occurrence).
    qint64 beforeOccurredAt = 0;
    qint64 beforeLogSeq = 0;
};

} // namespace so::incidents
