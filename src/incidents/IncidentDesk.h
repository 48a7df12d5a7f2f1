#pragma once
// IncidentDesk: the incident screens' view — intake choices, the review queues, search, one
// case's timeline, facts and the moves the signed-in person may make. Published as
// `Incidents`. Every list is a row-level model and every name is in the current language;
// the service checks each action.
#include "ChoiceModel.h"
#include "IncidentCase.h"
#include "IncidentModels.h"
#include "IncidentService.h"
#include "IntakePrefill.h"
#include "QmlInstance.h"
#include "QueueTally.h"

#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace so {
class AuthService;
class StationInfo;
} // namespace so

namespace so::incidents {

class IncidentDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Incidents)
    QML_SINGLETON
    SO_QML_INSTANCE(IncidentDesk)

    // Intake's choices.
    Q_PROPERTY(so::ChoiceModel *categories READ categories CONSTANT)
    Q_PROPERTY(
        so::ChoiceModel *subtypes READ subtypes CONSTANT) // of the category shown by showSubtypes
    Q_PROPERTY(so::ChoiceModel *channels READ channels CONSTANT)
    Q_PROPERTY(so::ChoiceModel *locations READ locations CONSTANT)
    // The list's filters, each with an "any" first row (key "").
    Q_PROPERTY(so::ChoiceModel *categoryFilter READ categoryFilter CONSTANT)
    Q_PROPERTY(so::ChoiceModel *stateFilter READ stateFilter CONSTANT)
    // The list on screen: search results or a queue, with the queue chips and their counts.
    Q_PROPERTY(so::incidents::CaseListModel *results READ results CONSTANT)
    Q_PROPERTY(so::incidents::QueueModel *queues READ queues CONSTANT)
    Q_PROPERTY(QString queue READ queue NOTIFY resultsChanged)
    Q_PROPERTY(QString searchText READ searchText NOTIFY resultsChanged)
    // Why the list is empty ("Nothing matches “xyz”."), or "" when it is not.
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY resultsChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY resultsChanged)
    // The whole station's counts, whatever the list shows (for Home).
    Q_PROPERTY(so::incidents::QueueTally stationCounts READ stationCounts NOTIFY resultsChanged)
    // The case open on the screen and its parts.
    Q_PROPERTY(so::incidents::IncidentCase current READ current NOTIFY currentChanged)
    Q_PROPERTY(so::incidents::TimelineModel *timeline READ timeline CONSTANT)
    Q_PROPERTY(so::incidents::FactModel *facts READ facts CONSTANT)
    Q_PROPERTY(so::incidents::LinkListModel *links READ links CONSTANT)
    Q_PROPERTY(so::incidents::MoveModel *moves READ moves CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Intake fields handed over from another screen (an alarm), and the records it came from.
    Q_PROPERTY(so::incidents::IntakePrefill prefill READ prefill NOTIFY preparedChanged)
    Q_PROPERTY(so::incidents::LinkListModel *prefillLinks READ prefillLinks CONSTANT)

public:
    IncidentDesk(StationCore &core, IncidentService &service, AuthService &auth,
                 const StationInfo &station, QObject *parent = nullptr);

    ChoiceModel *categories() { return &m_categories; }
    ChoiceModel *subtypes() { return &m_subtypes; }
    ChoiceModel *channels() { return &m_channels; }
    ChoiceModel *locations() { return &m_locations; }
    ChoiceModel *categoryFilter() { return &m_categoryFilter; }
    ChoiceModel *stateFilter() { return &m_stateFilter; }
    CaseListModel *results() { return &m_results; }
    QueueModel *queues() { return &m_queues; }
    QString queue() const { return m_lastQueue; }
    QString searchText() const { return m_lastText; }
    QString emptyText() const;
    bool hasMore() const { return m_hasMore; }
    QueueTally stationCounts() const { return m_stationCounts; }
    IncidentCase current() const { return m_current; }
    TimelineModel *timeline() { return &m_timeline; }
    FactModel *facts() { return &m_facts; }
    LinkListModel *links() { return &m_links; }
    MoveModel *moves() { return &m_moves; }
    QString message() const { return m_message; }
    IntakePrefill prefill() const { return m_prefill; }
    LinkListModel *prefillLinks() { return &m_prefillLinks; }

    // {category, subtype, channel, location, description, passengerName, passengerContact,
    //  staffInvolved, immediateActions, impact, urgency, minutesAgo, photos: [file URLs]};
    // the records it was prepared from are linked. Returns the id or "".
    Q_INVOKABLE QString log(const QVariantMap &fields);
    // Shows the subtypes of a category in `subtypes`.
    Q_INVOKABLE void showSubtypes(const QString &category);
    // queue: "", "new", "approval", "callbacks"; text searches descriptions and timelines.
    Q_INVOKABLE void search(const QString &text, const QString &queue = {});
    // Narrows the list and the queue counts: a category ("" for all), the last N days (0 for
    // all), only cases the signed-in person logged or took part in, and a state ("" for any).
    Q_INVOKABLE void setFilter(const QString &category, int days, bool mine,
                               const QString &state = {});
    Q_INVOKABLE void open(const QString &id);
    // signature: the passenger's, as a PNG data URL from a Canvas, when resolving.
    Q_INVOKABLE bool move(const QString &to, const QString &text, bool valid = true,
                          bool atFault = false, const QString &signatureDataUrl = {});
    Q_INVOKABLE bool attachPhoto(const QUrl &file);
    Q_INVOKABLE bool note(const QString &text);
    Q_INVOKABLE void refresh();
    // The list holds the newest 50; scrolling to its end asks for the next 50.
    Q_INVOKABLE void loadMore();
    // {category, location, description, links: [{kind, id, label}]} from another screen; {}
    // clears it.
    Q_INVOKABLE void prepare(const QVariantMap &fields);

Q_SIGNALS:
    void resultsChanged();
    void currentChanged();
    void messageChanged();
    void preparedChanged();

private:
    IncidentFilter listFilter() const;
    Actor viewer() const;
    void setMessage(const QString &m);
    void fillChoices();
    void show(const std::optional<Incident> &incident);
    CaseRow rowOf(const Incident &i) const;
    Names placeOf(const QString &area) const;

    StationCore &m_core;
    IncidentService &m_service;
    AuthService &m_auth;
    const StationInfo &m_station;
    ChoiceModel m_categories;
    ChoiceModel m_subtypes;
    ChoiceModel m_channels;
    ChoiceModel m_locations;
    ChoiceModel m_categoryFilter;
    ChoiceModel m_stateFilter;
    CaseListModel m_results;
    QueueModel m_queues;
    QueueTally m_stationCounts;
    bool m_hasMore = false;
    static constexpr int kPage = 50;
    // How many the list shows: a page, and another for each time it was scrolled to its end.
    int m_shown = kPage;
    QString m_state;
    QString m_lastText;
    QString m_lastQueue;
    QString m_category;
    int m_days = 0;
    bool m_mine = false;
    std::optional<Incident> m_open;
    IncidentCase m_current;
    TimelineModel m_timeline;
    FactModel m_facts;
    LinkListModel m_links;
    MoveModel m_moves;
    QString m_message;
    IntakePrefill m_prefill;
    LinkListModel m_prefillLinks;
    // Deadlines pass while nobody touches a case: re-reads the timers every few minutes.
    QTimer m_tick;
};

} // namespace so::incidents
