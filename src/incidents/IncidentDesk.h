#pragma once
// IncidentDesk: the incident screens' view — intake choices, the review queues, search, one
// incident's timeline and the moves the signed-in person may make. Published as `Incidents`.
#include "IncidentService.h"
#include "QmlInstance.h"

#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace so {
class AuthService;
}

namespace so::incidents {

class IncidentDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Incidents)
    QML_SINGLETON
    SO_QML_INSTANCE(IncidentDesk)

    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantList channels READ channels CONSTANT)
    Q_PROPERTY(QVariantList locations READ locations CONSTANT)
    Q_PROPERTY(QStringList states READ states CONSTANT)
    // The list on screen: search results or a queue.
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY resultsChanged)   // {new, approval, callbacks, warning, breached}
    // The same counts for the whole station, whatever the list shows (for Home).
    Q_PROPERTY(QVariantMap stationCounts READ stationCounts NOTIFY resultsChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Intake fields handed over from another screen (an alarm); empty when none.
    Q_PROPERTY(QVariantMap prepared READ prepared NOTIFY preparedChanged)

public:
    IncidentDesk(StationCore &core, IncidentService &service, AuthService &auth, QObject *parent = nullptr);

    QVariantList categories() const;
    QVariantList channels() const;
    QVariantList locations() const;
    QStringList states() const { return IncidentConfig::states(); }
    QVariantList results() const { return m_results; }
    QVariantMap counts() const { return m_counts; }
    QVariantMap stationCounts() const { return m_stationCounts; }
    QVariantMap current() const { return m_current; }
    QString message() const { return m_message; }

    // {category, subtype, channel, location, description, passengerName, passengerContact,
    //  staffInvolved, immediateActions, impact, urgency, minutesAgo, links: [{kind, id, label}],
    //  photos: [file URLs]}; returns the id or "".
    Q_INVOKABLE QString log(const QVariantMap &fields);
    // queue: "", "new", "approval", "callbacks"; text searches descriptions and timelines.
    Q_INVOKABLE void search(const QString &text, const QString &queue = {});
    // Narrows the list and the queue counts: a category ("" for all), the last N days (0 for
    // all), only cases the signed-in person logged or took part in, and a state ("" for any).
    Q_INVOKABLE void setFilter(const QString &category, int days, bool mine, const QString &state = {});
    Q_INVOKABLE void open(const QString &id);
    // signature: the passenger's, as a PNG data URL from a Canvas, when resolving.
    Q_INVOKABLE bool move(const QString &to, const QString &text, bool valid = true, bool atFault = false,
                          const QString &signatureDataUrl = {});
    Q_INVOKABLE bool attachPhoto(const QUrl &file);
    Q_INVOKABLE bool note(const QString &text);
    Q_INVOKABLE void refresh();
    // The list holds the newest 50; scrolling to its end asks for the next 50.
    Q_INVOKABLE void loadMore();
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY resultsChanged)
    bool hasMore() const { return m_hasMore; }
    Q_INVOKABLE void prepare(const QVariantMap &fields);
    QVariantMap prepared() const { return m_prepared; }

Q_SIGNALS:
    void resultsChanged();
    void currentChanged();
    void messageChanged();
    void preparedChanged();

private:
    QVariantMap toMap(const Incident &i, bool withTimeline) const;
    Actor viewer() const;
    void setMessage(const QString &m);

    StationCore &m_core;
    IncidentService &m_service;
    AuthService &m_auth;
    QVariantList m_results;
    QVariantMap m_counts;
    QVariantMap m_stationCounts;
    bool m_hasMore = false;
    IncidentFilter listFilter() const;
    static constexpr int kPage = 50;
    QString m_state;
    QVariantMap m_current;
    QString m_message;
    QString m_lastText;
    QString m_lastQueue;
    QString m_category;
    int m_days = 0;
    bool m_mine = false;
    QVariantMap m_prepared;
    // Deadlines pass while nobody touches a case: re-reads the timers every few minutes.
    QTimer m_tick;
};

} // namespace so::incidents
