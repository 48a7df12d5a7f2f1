#pragma once
// AlarmModel: the alarms that need a person (unacknowledged, acknowledged and still active,
// returned unacknowledged), worst first; or, as the "set aside" list, those shelved, in
// maintenance or out of service, the soonest back first. Engine changes are applied row by
// row, coalesced so a flood repaints once per frame. Words come in the current language.
#include "AlarmRecord.h"
#include "StationInfo.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace so {
class Clock;
}

namespace so::alarms {

class AlarmEngine;

class AlarmModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Alarms.active")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        PriorityRole,
        TextZhRole,
        TextEnRole,
        DeviceRole,
        DeviceZhRole,
        DeviceEnRole,
        AssetRole,
        StateRole,
        ActiveRole,
        AckedRole,
        RaisedAtRole,
        ChatteringRole,
        OccurrencesRole,
        LabelRole,
        AreaRole,
        CommLossRole,
        TextRole, // "Emergency release operated · D11", in the current language
        DeviceNameRole,
        DetailRole,  // "PSD up side · 14:05 · Unacknowledged · chattering · 3 times"
        AsideRole,   // set aside: "Shelved until 14:30 (25 min left) by Chen Jing: Faulty sensor"
        UntilRole,   // shelved until (UTC ms), 0 when not shelved
        WaitingRole, // "Acknowledging…" while the control room has not answered; else empty
    };
    Q_ENUM(Role)

    enum class Scope { NeedsPerson, SetAside };

    AlarmModel(AlarmEngine &engine, const Clock &clock, QObject *parent = nullptr,
               Scope scope = Scope::NeedsPerson);
    // Names in the current language and times in the station's zone; staff names by number.
    void follow(const StationInfo *station, std::function<Names(const QString &)> staffName);
    // Rows whose words change with time alone (minutes left of a shelving) read again.
    void retell();
    // Only these rows (when they show).
    void retellKeys(const QStringList &keys);
    // The action sent for an alarm and not answered yet ("ack", "shelve", "unshelve"), by key.
    void setWaiting(std::function<QString(const QString &)> waiting)
    {
        m_waiting = std::move(waiting);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Applies pending changes now (tests; the timer does it otherwise).
    void flush();
    QString keyAt(int row) const { return m_keys.value(row); }
    // Emitted after each applied batch, with how many changes it carried.
    qint64 appliedBatches() const { return m_batches; }

Q_SIGNALS:
    void countChanged();
    void applied(const QStringList &keys);

private:
    bool shows(const AlarmRecord &r) const;
    bool before(const AlarmRecord &a, const AlarmRecord &b) const;
    int insertPosition(const AlarmRecord &r) const;

    QString in(const Names &n) const;

    AlarmEngine &m_engine;
    const Clock &m_clock;
    Scope m_scope = Scope::NeedsPerson;
    const StationInfo *m_station = nullptr;
    std::function<Names(const QString &)> m_staffName;
    std::function<QString(const QString &)> m_waiting;
    QStringList m_keys;
    QSet<QString> m_pending;
    QTimer m_coalesce;
    qint64 m_batches = 0;
};

} // namespace so::alarms
