#pragma once
// StationConfig: the station described by config/station.json, validated before anything runs.
#include "Result.h"

#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace so {

struct Names
{
    QString zh;
    QString en;
    // The name in a UI language code such as "zh_CN" or "en".
    QString in(const QString &language) const
    {
        return language.startsWith(QLatin1String("zh")) ? zh : en;
    }
};

struct LineInfo
{
    QString code;
    Names name;
};

struct PlatformSide
{
    QString id;
    Names name;
};

struct Platform
{
    QString id;
    QString line;
    Names name;
    bool outdoor = false;
    int doors = 0;          // sliding doors per side, numbered 1..doors along the platform
    int doorsPerBank = 4;   // doors per car, for "all OK" by bank
    int emergencyDoors = 0; // emergency doors per side
    int endDoors = 2;       // end doors per side
    QList<PlatformSide> sides;
};

struct Booth
{
    QString id;
    Names name;
    QString area;
};

struct Area
{
    QString id;
    QString kind; // concourse, entrance, platform, equipment_room, booth, outdoor
    Names name;
};

struct StationConfig
{
    QString code;
    Names name;
    QTimeZone timeZone;
    QString defaultLanguage = QStringLiteral("zh_CN");
    int idleLockMinutes = 5;
    QTime firstTrain{5, 30};
    QTime lastTrain{23, 30};
    bool demo = false;
    // Where the tablet's camera app saves its pictures, for the photo picker ("" = the
    // system's Pictures folder).
    QString picturesFolder;
    // A copy of the database once a day, after backupAt (station time), into DATA/backups;
    // the newest backupKeep are kept. backupKeep 0 turns it off.
    QTime backupAt{2, 30};
    int backupKeep = 14;
    // With a station server: records made here that have waited longer than this for it are
    // a warning on Home and the device page ("sync": {"warnAfterMinutes": N}).
    int syncWarnMinutes = 30;
    QList<LineInfo> lines;
    QList<Platform> platforms;
    QList<Booth> booths;
    QList<Area> areas;

    static constexpr int kSchema = 1;
    static QString fileName() { return QStringLiteral("station.json"); }

    // Reads DIR/station.json. The message names the file and every field that is wrong.
    static Result<StationConfig> load(const QString &configDir);
    static Result<StationConfig> fromJson(const QJsonObject &root, const QString &fileLabel);

    const Area *area(const QString &id) const;
    const Platform *platform(const QString &id) const;
};

} // namespace so
