#pragma once
// NameBook: the names people read for the codes that records keep, in Chinese and English, so a
// screen, a PDF and a CSV call a person, a place or a device the same thing.
//
//   staff("3001")         陈静 / Chen Jing            from the staff list (its newest version)
//   area("pump-room")     废水泵房 / Pump room         station.json areas
//   booth("TO-A")         A端票亭 / Ticket office A    station.json booths
//   side("P1-up")         上行（往光谷） / Up (to Guanggu); the platform's name leads when the
//                         station has more than one platform
//   door("P1-up", "D07")  上行（往光谷） 7号门 / Up (to Guanggu) Door 7   (door("D07"): 7号门)
//   device("FACP")        火灾报警控制器 / Fire alarm panel   devices.json, registered by the
//                         alarms feature when it loads that file (core cannot read it)
//   place(id)             any of area, side, booth, device or the station's own code
//
// Pick the language with Names::in("zh_CN" | "en"). A code the book does not know comes back as
// the code itself in both languages: nothing prints blank, and a stray code stays visible.
// withCode() puts the code beside a name for lists where people also need the code.
#include "StationConfig.h"
#include "Wording.h"

#include <QHash>
#include <QMutex>
#include <optional>

namespace so {

class Database;

class NameBook
{
public:
    NameBook(const StationConfig &station, Database &db);

    // One indexed read of the staff list per call; a list of many rows should keep the answer.
    Names staff(const QString &staffNo) const;
    Names area(const QString &id) const;
    Names booth(const QString &id) const;
    Names side(const QString &sideId) const;
    // "D07" sliding door 7, "ED2" emergency door 2, "END1" end door 1 (checklists' DoorLayout).
    Names door(const QString &doorId) const;
    Names door(const QString &sideId, const QString &doorId) const;
    Names device(const QString &deviceId) const;
    Names place(const QString &id) const;

    // The alarms feature tells the book its devices' names as it reads devices.json.
    void addDevice(const QString &deviceId, const Names &name);

    // "陈静 (3001)"; just the code when the name is the code.
    static QString withCode(const QString &name, const QString &code);

private:
    Names words(const char *source) const; // a NameBook string in both languages
    const StationConfig &m_station;
    Database &m_db;
    std::optional<Wording> m_zh; // Chinese words; English when the translation is not built in
    mutable QMutex m_mutex;      // devices are added on start-up and read from any thread
    QHash<QString, Names> m_devices;
};

} // namespace so
