#pragma once
// IncidentService: intake, the review lifecycle with its role rules, the append-only timeline,
// response and callback timers, search (Chinese terms of any length), and masking of the
// passenger's personal data for everyone but supervisors.
#include "IncidentConfig.h"

#include <QJsonObject>

#include <QObject>

namespace so {
class StationCore;
}

namespace so::incidents {

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
    QString fromAlarm;          // alarm key, when raised from an alarm
};

struct TimelineEntry
{
    QString kind;
    QString fromState;
    QString toState;
    QString text;
    QString by;
    qint64 at = 0;
};

struct Incident
{
    QString id;
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
};

struct IncidentFilter
{
    QString text;
    QString category;
    QString state;
    QString staff;
    qint64 fromUtc = 0;
    qint64 toUtc = 0;
};

class IncidentService : public QObject
{
    Q_OBJECT
public:
    IncidentService(StationCore &core, IncidentConfig config, QObject *parent = nullptr);
    const IncidentConfig &config() const { return m_config; }

    Result<QString> log(const Actor &actor, const NewIncident &n);
    // details: valid (bool) for assessed, cause / responsible / at_fault for investigating.
    Status transition(const Actor &actor, const QString &id, const QString &to, const QString &text,
                      const QJsonObject &details = {});
    Status addNote(const Actor &actor, const QString &id, const QString &text);
    // The states this person may move the incident to now.
    Result<QStringList> allowedNext(const Actor &actor, const QString &id);
    Result<Incident> incident(const Actor &viewer, const QString &id);
    Result<QList<Incident>> find(const Actor &viewer, const IncidentFilter &filter, int limit = 200);

    static QString maskName(const QString &name);
    static QString maskContact(const QString &contact);
    static int priorityOf(int impact, int urgency);

Q_SIGNALS:
    void changed(const QString &incidentId);

private:
    Result<QStringList> matchingIds(const QString &text);
    void computeTimers(Incident &i) const;

    StationCore &m_core;
    IncidentConfig m_config;
};

} // namespace so::incidents
