#pragma once
// Dashboard: the supervisor's figures, each the summary of a list that `openList` fills —
// today's patrol completion, alarm load measured the EEMUA 191 way for this shift and the last
// 7 days, cash variance per seller, and incidents by category with callback compliance. Every
// figure, threshold and verdict is computed here, worded in the current language; the screen
// only draws it. A row of a list opens its record. Published to QML as `Dashboard`.
#include "AlarmStats.h"
#include "BarModel.h"
#include "CashService.h"
#include "DashboardFigures.h"
#include "DrillModel.h"
#include "DueList.h"
#include "HandoverService.h"
#include "IncidentService.h"
#include "QmlInstance.h"

#include <QtQml/qqmlregistration.h>

namespace so {
class StationInfo;
}
namespace so::alarms {
class AlarmHistoryModel;
}
namespace so::incidents {
class IncidentDesk;
}

namespace so::supervision {

class Dashboard : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Dashboard)
    QML_SINGLETON
    SO_QML_INSTANCE(Dashboard)

    // "This shift began at 09:00, when the last handover was acknowledged."
    Q_PROPERTY(QString shiftLine READ shiftLine NOTIFY changed)
    // "shift" or "week"
    Q_PROPERTY(QString alarmWindow READ alarmWindow WRITE setAlarmWindow NOTIFY changed)
    Q_PROPERTY(so::supervision::PatrolFigure patrol READ patrol NOTIFY changed)
    Q_PROPERTY(so::supervision::BarModel *patrolBars READ patrolBars CONSTANT)
    Q_PROPERTY(so::supervision::AlarmLoad alarms READ alarms NOTIFY changed)
    Q_PROPERTY(so::supervision::BarModel *priorityBars READ priorityBars CONSTANT)
    Q_PROPERTY(so::supervision::BarModel *topBars READ topBars CONSTANT)
    Q_PROPERTY(so::supervision::CashFigure cash READ cash NOTIFY changed)
    Q_PROPERTY(so::supervision::BarModel *sellerBars READ sellerBars CONSTANT)
    Q_PROPERTY(so::supervision::IncidentFigure incidents READ incidents NOTIFY changed)
    Q_PROPERTY(so::supervision::BarModel *categoryBars READ categoryBars CONSTANT)
    Q_PROPERTY(so::supervision::BarModel *callbackBars READ callbackBars CONSTANT)
    // The list behind the figure last opened, and its title.
    Q_PROPERTY(so::supervision::DrillModel *drillRows READ drillRows CONSTANT)
    Q_PROPERTY(QString drillTitle READ drillTitle NOTIFY changed)
    Q_PROPERTY(qint64 shiftStart READ shiftStart NOTIFY changed)
    // Whether the shift began at an acknowledged handover (else at midnight).
    Q_PROPERTY(bool shiftFromHandover READ shiftFromHandover NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    Dashboard(Sources sources, HandoverService &handover, AuthService &auth,
              const StationInfo &station, QObject *parent = nullptr);
    // Where an alarm row and an incident row open; optional (a list without them opens pages only).
    void setRecordViews(alarms::AlarmHistoryModel *alarmHistory,
                        incidents::IncidentDesk *incidents);

    static constexpr int kDays = 7;

    QString shiftLine() const;
    QString alarmWindow() const { return m_window; }
    void setAlarmWindow(const QString &w);
    PatrolFigure patrol() const { return m_patrol; }
    AlarmLoad alarms() const
    {
        return m_window == QLatin1String("week") ? m_loadWeek : m_loadShift;
    }
    AlarmLoad alarmsFor(const QString &window) const
    {
        return window == QLatin1String("week") ? m_loadWeek : m_loadShift;
    }
    CashFigure cash() const { return m_cash; }
    IncidentFigure incidents() const { return m_incidents; }
    BarModel *patrolBars() { return &m_patrolBars; }
    BarModel *priorityBars() { return &m_priorityBars; }
    BarModel *topBars() { return &m_topBars; }
    BarModel *sellerBars() { return &m_sellerBars; }
    BarModel *categoryBars() { return &m_categoryBars; }
    BarModel *callbackBars() { return &m_callbackBars; }
    DrillModel *drillRows() { return &m_drill; }
    QString drillTitle() const { return m_drillTitle; }
    qint64 shiftStart() const { return m_shiftStart; }
    bool shiftFromHandover() const { return m_shiftFromHandover; }
    QString message() const { return m_message; }

    // Re-reads every figure; refused (with a message) for a role that may not see the dashboard.
    Q_INVOKABLE bool refresh();
    // Fills `drillRows` with the list behind a figure: chart is patrol, priority, floods,
    // chattering, stale, top, seller, category or callbacks; key narrows it (a state, a
    // priority, a seller, a category, a callback status). Returns how many rows it holds.
    Q_INVOKABLE int openList(const QString &title, const QString &chart, const QString &key = {});
    // The same rows without showing them.
    QList<DrillRow> drill(const QString &chart, const QString &key = {}) const;
    // Opens row `row` of the list where its record lives (the alarm history on that alarm's
    // device, priority and day; the incident's case) and says which page shows it.
    Q_INVOKABLE so::supervision::Destination open(int row);

Q_SIGNALS:
    void changed();

private:
    Status readPatrol();
    Status readAlarms();
    Status readCash();
    Status readIncidents();
    // Words every figure in the current language from what was last read.
    void present();
    AlarmLoad load(const alarms::AlarmStats &s, bool week) const;
    QList<DrillRow> incidentRows(const QString &chart, const QString &key) const;
    QList<DrillRow> alarmRows(const QString &chart, const QString &key) const;
    qint64 weekStart() const;
    QString in(const Names &n) const;
    QString day(qint64 utcMs) const;

    Sources m_sources;
    HandoverService &m_handover;
    AuthService &m_auth;
    const StationInfo &m_station;
    alarms::AlarmHistoryModel *m_alarmHistory = nullptr;
    incidents::IncidentDesk *m_incidentDesk = nullptr;
    QString m_window = QStringLiteral("shift");
    qint64 m_now = 0;
    qint64 m_shiftStart = 0;
    bool m_shiftFromHandover = false;
    bool m_read = false;
    QString m_message;
    // What the figures were made from, for the lists behind them.
    QList<checklists::DueEntry> m_due;
    QList<cash::Shift> m_shifts;
    QList<incidents::Incident> m_cases;
    alarms::AlarmStats m_shiftStats;
    alarms::AlarmStats m_weekStats;
    // The figures as shown.
    PatrolFigure m_patrol;
    AlarmLoad m_loadShift;
    AlarmLoad m_loadWeek;
    CashFigure m_cash;
    IncidentFigure m_incidents;
    BarModel m_patrolBars;
    BarModel m_priorityBars;
    BarModel m_topBars;
    BarModel m_sellerBars;
    BarModel m_categoryBars;
    BarModel m_callbackBars;
    DrillModel m_drill;
    QString m_drillTitle;
    QString m_drillChart;
    QString m_drillKey;
};

} // namespace so::supervision
