#pragma once
// IncidentService: intake, the review lifecycle with its role rules, the append-only timeline,
// response and callback timers, search (Chinese terms of any length), and masking of the
// passenger's personal data for everyone but supervisors.
#include "IncidentConfig.h"

#include <QJsonObject>

#include <QObject>

namespace so {
class RecordKinds;
class StationCore;
}

namespace so::incidents {

// A record of another feature that an incident points at, with the words to show for it.
struct LinkedRecord
{
    QString kind;               // alarm, inspection, follow_up
    QString id;
    QString label;
};

struct NewIncident
{
    qint64 occurredAt = 0;      // 0 = now
    QString location;           // a station area
    QString category;
    QString subtype;
    QString channel;
    QString passengerName;
    QString passengerContact;
    QString description;
    QString staffInvolved;
    QString immediateActions;
    int impact = 2;             // 1 high .. 3 low
    int urgency = 2;
    QList<LinkedRecord> links;  // the alarm, inspection or follow-up it was raised from
    QStringList photoFiles;     // pictures to keep with it (JPEG or PNG files)
};

struct TimelineEntry
{
    QString kind;
    QString fromState;
    QString toState;
    QString text;
    QString by;
    qint64 at = 0;
    QString details;      // the entry's details as stored (JSON): link labels, the passenger's signature
    // False for a move made at the same time as another from the same state, on another device,
    // that counted instead (IncidentFold); it stays on the timeline, marked.
    bool applied = true;
};

struct Incident
{
    QString id;
    qint64 logSeq = 0;          // its place in the station's log (the row's rowid)
    qint64 occurredAt = 0;
    qint64 createdAt = 0;
    QString createdBy;
    QString location;
    QString category;
    QString subtype;
    QString channel;
    QString passengerName;      // masked unless the viewer may see it
    QString passengerContact;
    QString description;
    QString staffInvolved;
    QString immediateActions;
    int priority = 3;
    QString state;
    bool valid = true;          // from the assessment
    bool atFault = false;       // from the investigation
    qint64 resolvedAt = 0;
    qint64 firstResponseDue = 0;
    qint64 callbackDue = 0;     // set once resolved
    QString timer;              // ok, warning, breached, or "" when nothing is running
    QList<TimelineEntry> timeline;
    QList<LinkedRecord> links;  // only filled by incident()
    QStringList photos;         // SHA-256 of each photo; only filled by incident()
    bool passengerSigned = false;
};

// How many cases wait in each queue, and how many timers are close to or past their limit.
struct QueueCounts
{
    int fresh = 0;          // awaiting assessment
    int approval = 0;       // resolution proposed, awaiting a supervisor
    int callbacks = 0;      // resolved, callback not yet done
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

class IncidentService : public QObject
{
    Q_OBJECT
public:
    IncidentService(StationCore &core, IncidentConfig config, QObject *parent = nullptr);
    // The kinds of record this feature makes travel: incidents and their timelines.
    static void addRecordKinds(RecordKinds &kinds);
    const IncidentConfig &config() const { return m_config; }

    Result<QString> log(const Actor &actor, const NewIncident &n);
    // details: valid (bool) for assessed, cause / responsible / at_fault for investigating.
    // Resolving takes the passenger's signature (a PNG) where they give one; without it the
    // text must say how they were told.
    Status transition(const Actor &actor, const QString &id, const QString &to, const QString &text,
                      const QJsonObject &details = {}, const QByteArray &passengerSignature = {});
    Status addNote(const Actor &actor, const QString &id, const QString &text);
    // The states this person may move the incident to now.
    Result<QStringList> allowedNext(const Actor &actor, const QString &id);
    QStringList allowedNext(const Actor &actor, const Incident &incident) const;
    Result<Incident> incident(const Actor &viewer, const QString &id);
    // Newest first. The timeline is only read when asked for (reports).
    Result<QList<Incident>> find(const Actor &viewer, const IncidentFilter &filter, int limit = 200,
                                 bool withTimeline = false);
    // Queue sizes and timers under the filter's category, staff and dates (its text and state are ignored).
    Result<QueueCounts> counts(const IncidentFilter &filter);
    // Keeps a picture with the incident: stored by content, linked, and noted on the timeline.
    Result<QString> attachPhoto(const Actor &actor, const QString &id, const QString &file);

    static QString maskName(const QString &name);
    static QString maskContact(const QString &contact);
    static int priorityOf(int impact, int urgency);
    // The FTS5 query for a term: a trigram phrase for 3+ characters, else a phrase of words and
    // single Chinese characters. Empty when the term has nothing to search for.
    static QString trigramQuery(const QString &term);
    static QString wordQuery(const QString &term);
    // Incidents or timeline entries arrived from another device: `changed` with no id.
    void recordsArrived() { Q_EMIT changed(QString()); }

Q_SIGNALS:
    // An empty id: any incident may have changed.
    void changed(const QString &incidentId);

private:
    void computeTimers(Incident &i) const;
    enum class Where { Counts, List, Search };
    QString whereClause(const IncidentFilter &f, QVariantList &binds, Where what) const;
    Result<QList<Incident>> search(const Actor &viewer, const IncidentFilter &f, int limit);
    Status loadTimelines(QList<Incident> &list);
    Status insertEvent(const Actor &actor, const QString &id, const QString &kind, const QString &from, const QString &to,
                       const QString &text, const QJsonObject &details);

    StationCore &m_core;
    IncidentConfig m_config;
};

} // namespace so::incidents
