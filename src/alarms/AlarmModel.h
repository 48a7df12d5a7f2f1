#pragma once
// AlarmModel: the alarms that need a person (unacknowledged, acknowledged and still active,
// returned unacknowledged), worst first. Engine changes are applied row by row, coalesced so a
// flood repaints once per frame.
#include "AlarmRecord.h"

#include <QAbstractListModel>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

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
    };
    Q_ENUM(Role)

    AlarmModel(AlarmEngine &engine, const Clock &clock, QObject *parent = nullptr);

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

    AlarmEngine &m_engine;
    const Clock &m_clock;
    QStringList m_keys;
    QSet<QString> m_pending;
    QTimer m_coalesce;
    qint64 m_batches = 0;
};

} // namespace so::alarms
