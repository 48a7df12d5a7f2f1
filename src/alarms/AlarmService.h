#pragma once
// AlarmService: what the screens need from the alarm pipeline — the banner's worst alarm and
// counts, the active list, history and link status — and the staff actions, each checked
// against the signed-in person's role. Published to QML as the `Alarms` singleton.
#include "AlarmHistoryModel.h"
#include "AssetAlarms.h"
#include "AlarmModel.h"
#include "LinkStatusModel.h"
#include "QmlInstance.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace so {
class AuthService;
class StationCore;
}

namespace so::alarms {

class AlarmSystem;

class AlarmService : public QObject, public AssetAlarms
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Alarms)
    QML_SINGLETON
    SO_QML_INSTANCE(AlarmService)

    Q_PROPERTY(so::alarms::AlarmModel *active READ active CONSTANT)
    Q_PROPERTY(so::alarms::AlarmHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(so::alarms::LinkStatusModel *links READ links CONSTANT)
    Q_PROPERTY(bool hasUnacknowledged READ hasUnacknowledged NOTIFY summaryChanged)
    Q_PROPERTY(QString worstKey READ worstKey NOTIFY summaryChanged)
    Q_PROPERTY(int worstPriority READ worstPriority NOTIFY summaryChanged)
    Q_PROPERTY(QString worstTextZh READ worstTextZh NOTIFY summaryChanged)
    Q_PROPERTY(QString worstTextEn READ worstTextEn NOTIFY summaryChanged)
    Q_PROPERTY(QString worstDeviceZh READ worstDeviceZh NOTIFY summaryChanged)
    Q_PROPERTY(QString worstDeviceEn READ worstDeviceEn NOTIFY summaryChanged)
    Q_PROPERTY(QString worstAsset READ worstAsset NOTIFY summaryChanged)
    Q_PROPERTY(qint64 worstTime READ worstTime NOTIFY summaryChanged)
    // Unacknowledged alarms by priority 1..4.
    Q_PROPERTY(QVariantList unackedCounts READ unackedCounts NOTIFY summaryChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY summaryChanged)
    Q_PROPERTY(bool flood READ flood NOTIFY summaryChanged)
    Q_PROPERTY(QString storeError READ storeError NOTIFY summaryChanged)
    // [{id, nameZh, nameEn}] for the history filter chips.
    Q_PROPERTY(QVariantList devices READ devices CONSTANT)

public:
    AlarmService(StationCore &core, AlarmSystem &system, AuthService &auth, QObject *parent = nullptr);

    AlarmModel *active() { return &m_active; }
    AlarmHistoryModel *history() { return &m_history; }
    LinkStatusModel *links() { return &m_links; }

    Q_INVOKABLE QVariantMap acknowledge(const QStringList &keys, const QString &comment = {});
    Q_INVOKABLE QVariantMap shelve(const QString &key, const QString &reason, int minutes);
    Q_INVOKABLE QVariantMap unshelve(const QString &key);
    // Where an alarm stands, for a check on site: {kind: "platform-side"|"area", id, asset}.
    Q_INVOKABLE QVariantMap placeOf(const QString &key) const;
    int activeAlarmsAt(const QString &targetKind, const QString &targetId, const QString &asset) const override;

    bool hasUnacknowledged() const { return !m_worst.isEmpty(); }
    QString worstKey() const { return m_worst; }
    int worstPriority() const;
    QString worstTextZh() const;
    QString worstTextEn() const;
    QString worstDeviceZh() const;
    QString worstDeviceEn() const;
    QString worstAsset() const;
    qint64 worstTime() const;
    QVariantList unackedCounts() const;
    int activeCount() const { return m_active.rowCount(); }
    bool flood() const;
    QString storeError() const { return m_storeError; }
    QVariantList devices() const;

Q_SIGNALS:
    void summaryChanged();

private:
    void summarize();
    const AlarmRecord *worst() const;

    StationCore &m_core;
    AlarmSystem &m_system;
    AuthService &m_auth;
    AlarmModel m_active;
    AlarmHistoryModel m_history;
    LinkStatusModel m_links;
    QString m_worst;
    int m_counts[4] = {0, 0, 0, 0};
    QString m_storeError;
};

} // namespace so::alarms
