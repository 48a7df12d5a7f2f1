#pragma once
// Dashboard: the supervisor's figures, each the summary of a list that `drill` opens — today's
// patrol completion, alarm load measured the EEMUA 191 way for this shift and the last 7 days,
// cash variance per seller, and incidents by category with callback compliance. Published to
// QML as `Dashboard`; every figure is computed here, the screen only draws it.
#include "AlarmStats.h"
#include "CashService.h"
#include "DueList.h"
#include "HandoverService.h"
#include "IncidentService.h"
#include "QmlInstance.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace so::supervision {

class Dashboard : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Dashboard)
    QML_SINGLETON
    SO_QML_INSTANCE(Dashboard)

    // {percent, slots, missed, overdue, due, inProgress, done}
    Q_PROPERTY(QVariantMap patrol READ patrol NOTIFY changed)
    // "shift" or "week"
    Q_PROPERTY(QString alarmWindow READ alarmWindow WRITE setAlarmWindow NOTIFY changed)
    // {from, to, total, byPriority[4], average (x100), peak, floods, floodPermille, chattering, stale, top[...]}
    Q_PROPERTY(QVariantMap alarms READ alarms NOTIFY changed)
    // {sellers: [{seller, nameZh, nameEn, shifts, errorFree, varianceFen, varianceText}], maxAbsFen}
    Q_PROPERTY(QVariantMap cash READ cash NOTIFY changed)
    // {categories: [{id, nameZh, nameEn, count}], total, callbacks: {onTime, late, pending, percent (-1: none due yet)}}
    Q_PROPERTY(QVariantMap incidents READ incidents NOTIFY changed)
    Q_PROPERTY(qint64 shiftStart READ shiftStart NOTIFY changed)
    // Whether the shift began at an acknowledged handover (else at midnight).
    Q_PROPERTY(bool shiftFromHandover READ shiftFromHandover NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    Dashboard(Sources sources, HandoverService &handover, AuthService &auth, QObject *parent = nullptr);

    static constexpr int kDays = 7;

    QVariantMap patrol() const { return m_patrol; }
    QString alarmWindow() const { return m_window; }
    void setAlarmWindow(const QString &w);
    QVariantMap alarms() const { return m_window == QLatin1String("week") ? m_alarmsWeek : m_alarmsShift; }
    QVariantMap alarmsFor(const QString &window) const { return window == QLatin1String("week") ? m_alarmsWeek : m_alarmsShift; }
    QVariantMap cash() const { return m_cash; }
    QVariantMap incidents() const { return m_incidents; }
    qint64 shiftStart() const { return m_shiftStart; }
    bool shiftFromHandover() const { return m_shiftFromHandover; }
    QString message() const { return m_message; }

    // Re-reads every figure; refused (with a message) for a role that may not see the dashboard.
    Q_INVOKABLE bool refresh();
    // The list behind a figure: chart is patrol, priority, floods, chattering, stale, top,
    // seller, category or callbacks; key narrows it (a priority, a seller, a category, a status).
    // Rows: {titleZh, titleEn, detailZh, detailEn, at, priority}.
    Q_INVOKABLE QVariantList drill(const QString &chart, const QString &key = {});

Q_SIGNALS:
    void changed();

private:
    Status readPatrol();
    Status readAlarms();
    Status readCash();
    Status readIncidents();
    QVariantList incidentRows(const QString &chart, const QString &key);
    qint64 weekStart() const;

    Sources m_sources;
    HandoverService &m_handover;
    AuthService &m_auth;
    QString m_window = QStringLiteral("shift");
    qint64 m_now = 0;
    qint64 m_shiftStart = 0;
    bool m_shiftFromHandover = false;
    QVariantMap m_patrol;
    QVariantMap m_alarmsShift;
    QVariantMap m_alarmsWeek;
    QVariantMap m_cash;
    QVariantMap m_incidents;
    QString m_message;
    // What the figures were made from, for the lists behind them.
    QList<checklists::DueEntry> m_due;
    QList<cash::Shift> m_shifts;
    QList<incidents::Incident> m_cases;
    alarms::AlarmStats m_shiftStats;
    alarms::AlarmStats m_weekStats;
};

} // namespace so::supervision
