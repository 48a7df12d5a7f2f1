#pragma once
// AlarmDesk: what the screens need from the alarm pipeline — the banner's worst alarm and
// counts, the active list, the alarms set aside (shelved, in maintenance, out of service),
// history and link status — and the staff actions, each checked against the signed-in
// person's role. Published to QML as the `Alarms` singleton; words in the current language.
#include "AlarmHistoryModel.h"
#include "AlarmModel.h"
#include "AssetAlarms.h"
#include "ChoiceModel.h"
#include "DeskOutcome.h"
#include "LinkStatusModel.h"
#include "QmlInstance.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace so {
class AuthService;
class StationCore;
class StationInfo;
} // namespace so

namespace so::alarms {

class AlarmSystem;

// Where an alarm's device stands, for a check from the alarm: a platform side (with the door
// that raised it) or an area. `kind` is "" when the device is not in devices.json.
class AlarmPlace
{
    Q_GADGET
    QML_VALUE_TYPE(alarmPlace)
    Q_PROPERTY(QString kind MEMBER kind CONSTANT) // platform-side, area
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString asset MEMBER asset CONSTANT)

public:
    QString kind;
    QString id;
    QString asset;
};

class AlarmDesk : public QObject, public AssetAlarms
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Alarms)
    QML_SINGLETON
    SO_QML_INSTANCE(AlarmDesk)

    Q_PROPERTY(so::alarms::AlarmModel *active READ active CONSTANT)
    // Shelved, in maintenance or out of service: not in the active list, not forgotten.
    Q_PROPERTY(so::alarms::AlarmModel *aside READ aside CONSTANT)
    Q_PROPERTY(so::alarms::AlarmHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(so::alarms::LinkStatusModel *links READ links CONSTANT)
    Q_PROPERTY(bool hasUnacknowledged READ hasUnacknowledged NOTIFY summaryChanged)
    Q_PROPERTY(QString worstKey READ worstKey NOTIFY summaryChanged)
    Q_PROPERTY(int worstPriority READ worstPriority NOTIFY summaryChanged)
    // "Emergency release operated · PSD up side D11" in the current language.
    Q_PROPERTY(QString worstText READ worstText NOTIFY summaryChanged)
    // Home's card: how many are not acknowledged (what the banner's badges count), the worst,
    // and how many are set aside.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY summaryChanged)
    // The banner's line: the worst alarm, its device and the time it was raised.
    Q_PROPERTY(QString bannerText READ bannerText NOTIFY summaryChanged)
    // Unacknowledged alarms by priority 1..4 (the banner's badges), and all of them.
    Q_PROPERTY(QList<int> unackedCounts READ unackedCounts NOTIFY summaryChanged)
    Q_PROPERTY(int unacknowledgedCount READ unacknowledgedCount NOTIFY summaryChanged)
    // Alarms that need a person: unacknowledged, or acknowledged and still active.
    Q_PROPERTY(int activeCount READ activeCount NOTIFY summaryChanged)
    Q_PROPERTY(int asideCount READ asideCount NOTIFY summaryChanged)
    Q_PROPERTY(bool flood READ flood NOTIFY summaryChanged)
    Q_PROPERTY(QString storeError READ storeError NOTIFY summaryChanged)
    // This tablet shows the control room's alarms (a station server, another device hosting
    // the serial links): actions go there first.
    Q_PROPERTY(bool following READ following CONSTANT)
    // The last action the control room did not apply, and why; empty when none.
    Q_PROPERTY(QString refusal READ refusal NOTIFY summaryChanged)
    // The devices of devices.json (key: device id), for the history filter chips.
    Q_PROPERTY(so::ChoiceModel *devices READ devices CONSTANT)
    // The usual reasons for shelving (key: the reason's key, stored), one tap each.
    Q_PROPERTY(so::ChoiceModel *shelveReasons READ shelveReasons CONSTANT)

public:
    AlarmDesk(StationCore &core, AlarmSystem &system, AuthService &auth, const StationInfo &station,
              QObject *parent = nullptr);

    AlarmModel *active() { return &m_active; }
    AlarmModel *aside() { return &m_aside; }
    AlarmHistoryModel *history() { return &m_history; }
    LinkStatusModel *links() { return &m_links; }

    Q_INVOKABLE so::DeskOutcome acknowledge(const QStringList &keys, const QString &comment = {});
    Q_INVOKABLE so::DeskOutcome shelve(const QString &key, const QString &reason, int minutes);
    Q_INVOKABLE so::DeskOutcome unshelve(const QString &key);
    // Where an alarm stands, for a check on site: {kind: "platform-side"|"area", id, asset}.
    Q_INVOKABLE so::alarms::AlarmPlace placeOf(const QString &key) const;
    int activeAlarmsAt(const QString &targetKind, const QString &targetId,
                       const QString &asset) const override;

    bool hasUnacknowledged() const { return !m_worst.isEmpty(); }
    QString worstKey() const { return m_worst; }
    int worstPriority() const;
    QString worstText() const;
    QString bannerText() const;
    QString summaryText() const;
    QList<int> unackedCounts() const
    {
        return {m_counts[0], m_counts[1], m_counts[2], m_counts[3]};
    }
    int unacknowledgedCount() const
    {
        return m_counts[0] + m_counts[1] + m_counts[2] + m_counts[3];
    }
    int activeCount() const { return m_active.rowCount(); }
    int asideCount() const { return m_aside.rowCount(); }
    bool flood() const;
    QString storeError() const { return m_storeError; }
    bool following() const;
    QString refusal() const { return m_refusal; }
    ChoiceModel *devices() { return &m_devices; }
    ChoiceModel *shelveReasons() { return &m_shelveReasons; }

Q_SIGNALS:
    void summaryChanged();

private:
    void summarize();
    const AlarmRecord *worst() const;
    QString in(const Names &n) const;

    StationCore &m_core;
    AlarmSystem &m_system;
    AuthService &m_auth;
    const StationInfo &m_station;
    AlarmModel m_active;
    AlarmModel m_aside;
    // Minutes left of a shelving tick by; read again once a minute, only while some show.
    QTimer m_minute;
    AlarmHistoryModel m_history;
    LinkStatusModel m_links;
    ChoiceModel m_devices;
    ChoiceModel m_shelveReasons;
    QString m_worst;
    int m_counts[4] = {0, 0, 0, 0};
    QString m_storeError;
    QString m_refusal;
};

} // namespace so::alarms
