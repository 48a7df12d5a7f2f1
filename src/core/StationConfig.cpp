#include "StationConfig.h"
#include "JsonCheck.h"
#include "LogCategories.h"

#include <QDir>
#include <QSet>

namespace so {

namespace {

Names names(JsonCheck &c, const QJsonObject &o, const QString &path, const QString &key)
{
    const auto p = c.bilingual(o, path, key);
    return {p.first, p.second};
}

QTime clockTime(JsonCheck &c, const QJsonObject &o, const QString &key, QTime fallback)
{
    if (!o.contains(key))
        return fallback;
    const QTime t = QTime::fromString(o.value(key).toString(), QStringLiteral("HH:mm"));
    if (!t.isValid()) {
        c.complain(key, QStringLiteral("expected a time as HH:mm, for example \"05:30\""));
        return fallback;
    }
    return t;
}

// Ids must be unique within their list; the complaint names the second one.
void checkUnique(JsonCheck &c, const QString &listPath, const QStringList &ids)
{
    QSet<QString> seen;
    for (int i = 0; i < ids.size(); ++i) {
        if (ids[i].isEmpty())
            continue;
        if (seen.contains(ids[i]))
            c.complain(JsonCheck::at(JsonCheck::at(listPath, i), QStringLiteral("id")),
                       QStringLiteral("\"%1\" is used twice").arg(ids[i]));
        seen.insert(ids[i]);
    }
}

} // namespace

Result<StationConfig> StationConfig::load(const QString &configDir)
{
    const QString path = QDir(configDir).filePath(fileName());
    auto root = readJsonObject(path);
    if (!root)
        return Error{root.error()};
    return fromJson(*root, path);
}

Result<StationConfig> StationConfig::fromJson(const QJsonObject &root, const QString &fileLabel)
{
    JsonCheck c(fileLabel);
    StationConfig s;
    c.whole(root, QString(), QStringLiteral("schema"), kSchema, kSchema);
    s.code = c.identifier(root, QString(), QStringLiteral("code"));
    s.name = names(c, root, QString(), QStringLiteral("name"));
    const QString tz = c.text(root, QString(), QStringLiteral("timeZone"));
    s.timeZone = QTimeZone(tz.toUtf8());
    if (!tz.isEmpty() && !s.timeZone.isValid())
        c.complain(QStringLiteral("timeZone"),
                   QStringLiteral("\"%1\" is not a known time zone; use an IANA name such as "
                                  "\"Asia/Shanghai\"")
                       .arg(tz));
    s.defaultLanguage =
        c.oneOf(root, QString(), QStringLiteral("defaultLanguage"),
                {QStringLiteral("zh_CN"), QStringLiteral("en")}, QStringLiteral("zh_CN"));
    s.idleLockMinutes = c.whole(root, QString(), QStringLiteral("idleLockMinutes"), 1, 120, 5);
    s.firstTrain = clockTime(c, root, QStringLiteral("firstTrain"), s.firstTrain);
    s.lastTrain = clockTime(c, root, QStringLiteral("lastTrain"), s.lastTrain);
    s.demo = c.flag(root, QString(), QStringLiteral("demo"), false);
    s.picturesFolder = c.text(root, QString(), QStringLiteral("picturesFolder"), false, 400);
    if (root.contains(QStringLiteral("backup"))) {
        const QJsonObject b = c.object(root, QString(), QStringLiteral("backup"));
        s.backupAt = clockTime(c, b, QStringLiteral("at"), s.backupAt);
        s.backupKeep = c.whole(b, QStringLiteral("backup"), QStringLiteral("keep"), 0, 365, 14);
    }
    if (root.contains(QStringLiteral("sync"))) {
        const QJsonObject y = c.object(root, QString(), QStringLiteral("sync"));
        s.syncWarnMinutes = c.whole(y, QStringLiteral("sync"), QStringLiteral("warnAfterMinutes"),
                                    1, 7 * 24 * 60, 30);
    }

    const QJsonArray lines = c.array(root, QString(), QStringLiteral("lines"), true, 1, 16);
    QStringList lineIds;
    for (int i = 0; i < lines.size(); ++i) {
        const QString p = JsonCheck::at(QStringLiteral("lines"), i);
        const QJsonObject o = c.objectAt(lines, QStringLiteral("lines"), i);
        LineInfo l{c.identifier(o, p, QStringLiteral("code")),
                   names(c, o, p, QStringLiteral("name"))};
        lineIds << l.code;
        s.lines << l;
    }
    checkUnique(c, QStringLiteral("lines"), lineIds);

    const QJsonArray areas = c.array(root, QString(), QStringLiteral("areas"), true, 1, 500);
    QStringList areaIds;
    for (int i = 0; i < areas.size(); ++i) {
        const QString p = JsonCheck::at(QStringLiteral("areas"), i);
        const QJsonObject o = c.objectAt(areas, QStringLiteral("areas"), i);
        Area a;
        a.id = c.identifier(o, p, QStringLiteral("id"));
        a.kind = c.oneOf(o, p, QStringLiteral("kind"),
                         {QStringLiteral("concourse"), QStringLiteral("entrance"),
                          QStringLiteral("platform"), QStringLiteral("equipment_room"),
                          QStringLiteral("booth"), QStringLiteral("outdoor"),
                          QStringLiteral("control_room")});
        a.name = names(c, o, p, QStringLiteral("name"));
        areaIds << a.id;
        s.areas << a;
    }
    checkUnique(c, QStringLiteral("areas"), areaIds);

    const QJsonArray platforms = c.array(root, QString(), QStringLiteral("platforms"), true, 1, 16);
    QStringList platformIds;
    for (int i = 0; i < platforms.size(); ++i) {
        const QString p = JsonCheck::at(QStringLiteral("platforms"), i);
        const QJsonObject o = c.objectAt(platforms, QStringLiteral("platforms"), i);
        Platform pl;
        pl.id = c.identifier(o, p, QStringLiteral("id"));
        pl.line = c.text(o, p, QStringLiteral("line"));
        if (!pl.line.isEmpty() && !lineIds.contains(pl.line))
            c.complain(JsonCheck::at(p, QStringLiteral("line")),
                       QStringLiteral("\"%1\" is not one of the lines (%2)")
                           .arg(pl.line, lineIds.join(QStringLiteral(", "))));
        pl.name = names(c, o, p, QStringLiteral("name"));
        pl.outdoor = c.flag(o, p, QStringLiteral("outdoor"), false);
        pl.doors = c.whole(o, p, QStringLiteral("doors"), 1, 64);
        pl.doorsPerBank = c.whole(o, p, QStringLiteral("doorsPerBank"), 1, 16, 4);
        pl.emergencyDoors = c.whole(o, p, QStringLiteral("emergencyDoors"), 0, 32, 0);
        pl.endDoors = c.whole(o, p, QStringLiteral("endDoors"), 0, 4, 2);
        const QJsonArray sides = c.array(o, p, QStringLiteral("sides"), true, 1, 2);
        for (int j = 0; j < sides.size(); ++j) {
            const QString sp = JsonCheck::at(JsonCheck::at(p, QStringLiteral("sides")), j);
            const QJsonObject sideObj =
                c.objectAt(sides, JsonCheck::at(p, QStringLiteral("sides")), j);
            pl.sides << PlatformSide{c.identifier(sideObj, sp, QStringLiteral("id")),
                                     names(c, sideObj, sp, QStringLiteral("name"))};
        }
        platformIds << pl.id;
        s.platforms << pl;
    }
    checkUnique(c, QStringLiteral("platforms"), platformIds);

    const QJsonArray booths = c.array(root, QString(), QStringLiteral("booths"), true, 0, 32);
    QStringList boothIds;
    for (int i = 0; i < booths.size(); ++i) {
        const QString p = JsonCheck::at(QStringLiteral("booths"), i);
        const QJsonObject o = c.objectAt(booths, QStringLiteral("booths"), i);
        Booth b{c.identifier(o, p, QStringLiteral("id")), names(c, o, p, QStringLiteral("name")),
                c.text(o, p, QStringLiteral("area"))};
        if (!b.area.isEmpty() && !areaIds.contains(b.area))
            c.complain(JsonCheck::at(p, QStringLiteral("area")),
                       QStringLiteral("\"%1\" is not one of the areas").arg(b.area));
        boothIds << b.id;
        s.booths << b;
    }
    checkUnique(c, QStringLiteral("booths"), boothIds);

    if (!c.ok()) {
        qCWarning(lcConfig).noquote() << c.message();
        return fail(c.message());
    }
    return s;
}

const Area *StationConfig::area(const QString &id) const
{
    for (const Area &a : areas)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Platform *StationConfig::platform(const QString &id) const
{
    for (const Platform &p : platforms)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace so
