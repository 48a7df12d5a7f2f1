#pragma once
// AlarmHistoryModel: alarm_event newest first, filtered by device, priority and day, loaded a
// page at a time as the list scrolls (canFetchMore / fetchMore).
#include "AlarmStore.h"
#include "StationInfo.h"

#include <QAbstractListModel>
#include <QTimeZone>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace so::alarms {

class AlarmEngine;

class AlarmHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Alarms.history")
    Q_PROPERTY(QString device READ device WRITE setDevice NOTIFY filterChanged)
    Q_PROPERTY(int priority READ priority WRITE setPriority NOTIFY filterChanged)
    // A day in the station's time zone, "yyyy-MM-dd"; empty for all days.
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TimeRole,
        DeviceRole,
        TextZhRole,
        TextEnRole,
        AssetRole,
        KindRole,
        EffectRole,
        PriorityRole,
        ByRole,
        CommentRole,
        TextRole, // the alarm in the current language, with its asset
        DeviceNameRole,
        WhenRole,      // "2026-11-27 14:05" in the station's zone
        EventTextRole, // "Acknowledged · Chen Jing · note"
    };
    Q_ENUM(Role)
    static constexpr int kPage = 100;

    AlarmHistoryModel(AlarmEngine &engine, QTimeZone zone, QObject *parent = nullptr);

    // Names in the current language, staff by name.
    void follow(const StationInfo *station, std::function<Names(const QString &)> staffName);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString device() const { return m_device; }
    int priority() const { return m_priority; }
    QString day() const { return m_day; }
    void setDevice(const QString &d);
    void setPriority(int p);
    void setDay(const QString &day);
    // Reloads from the top (new rows arrived, or the filter changed).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void filterChanged();
    void countChanged();

private:
    HistoryFilter filter() const;
    AlarmEngine &m_engine;
    QTimeZone m_zone;
    const StationInfo *m_station = nullptr;
    std::function<Names(const QString &)> m_staffName;
    QString m_device;
    int m_priority = 0;
    QString m_day;
    QList<HistoryRow> m_rows;
    bool m_atEnd = false;
};

} // namespace so::alarms
