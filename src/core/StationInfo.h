#pragma once
// StationInfo: the station's name and clock for the UI, with times shown in the station's zone.
#include "QmlInstance.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace so {

class Language;
class StationCore;

class StationInfo : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Station)
    QML_SINGLETON
    SO_QML_INSTANCE(StationInfo)
    Q_PROPERTY(QString code READ code CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    Q_PROPERTY(QString clock READ clock NOTIFY clockChanged)
    Q_PROPERTY(QString date READ date NOTIFY clockChanged)
    // The folder the photo picker shows (Station.picturesFolder in QML): station.json's
    // picturesFolder, or the system's Pictures.
    Q_PROPERTY(QUrl picturesFolder READ picturesFolder WRITE setPicturesFolder NOTIFY
                   picturesFolderChanged)

public:
    StationInfo(StationCore &core, Language &language, QObject *parent = nullptr);

    QString code() const;
    QString name() const;
    QString clock() const; // "14:05" in the station's zone
    // "zh_CN" or "en": the language names are shown in.
    QString language() const;
    const StationCore &core() const { return m_core; }
    QString date() const; // "2026-11-27"
    QUrl picturesFolder() const;
    void setPicturesFolder(const QUrl &folder);
    // Where the in-app camera saves its next photo: a new file in the pictures folder (made if
    // missing), named by the station's date and time, so the picker lists it first.
    Q_INVOKABLE QString newPhotoFile() const;
    // UTC milliseconds shown in the station's time zone.
    Q_INVOKABLE QString formatTime(qint64 utcMs) const;
    Q_INVOKABLE QString formatDateTime(qint64 utcMs) const;
    // Today plus `days` in the station's zone, "yyyy-MM-dd" (days = -1: yesterday).
    Q_INVOKABLE QString day(int days) const;

Q_SIGNALS:
    void nameChanged();
    void clockChanged();
    void picturesFolderChanged();

private:
    QDateTime local(qint64 utcMs) const;
    StationCore &m_core;
    Language &m_language;
    QTimer m_tick;
    QUrl m_pictures;
};

} // namespace so
