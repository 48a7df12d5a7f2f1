#pragma once
// IncidentService: intake, the review lifecycle with its role rules, the append-only timeline,
// response and callback timers, search (Chinese terms of any length), and masking of the
// passenger's personal data for everyone but supervisors.
#include "Incident.h"
#include "IncidentConfig.h"
#include "IncidentSearch.h"
#include "IncidentStore.h"
#include "LinkStore.h"

#include <QJsonObject>

#include <QObject>

namespace so {
class RecordKinds;
class StationCore;
} // namespace so

namespace so::incidents {

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
    // Queue sizes and timers under the filter's category, staff and dates (its text and state are
    // ignored).
    Result<QueueCounts> counts(const IncidentFilter &filter);
    // How many incidents happened in [fromUtc, toUtc), for the reports page.
    Result<int> countOccurredBetween(qint64 fromUtc, qint64 toUtc);
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
    static void mask(const Actor &viewer, QList<Incident> &list);
    Status loadTimelines(QList<Incident> &list);
    Status linkTo(const Actor &actor, const QString &id, const RecordRef &other,
                  const QString &relation);
    Status linkPhoto(const Actor &actor, const QString &id, const QString &sha,
                     const QString &relation);
    Status insertEvent(const Actor &actor, const QString &id, const QString &kind,
                       const QString &from, const QString &to, const QString &text,
                       const QJsonObject &details);

    StationCore &m_core;
    IncidentConfig m_config;
    IncidentStore m_store;
    IncidentSearch m_search;
};

} // namespace so::incidents
