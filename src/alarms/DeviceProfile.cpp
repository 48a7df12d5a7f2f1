#include "DeviceProfile.h"
#include "JsonCheck.h"

#include <QDir>
#include <QSet>

namespace so::alarms {

const PointDef *DeviceProfile::point(const QString &id) const
{
    for (const PointDef &p : points)
        if (p.id == id)
            return &p;
    return nullptr;
}

Result<DeviceProfile> DeviceProfile::load(const QString &path)
{
    auto root = readJsonObject(path, 1024 * 1024);
    if (!root)
        return Error{root.error()};
    return fromJson(*root, path);
}

Result<DeviceProfile> DeviceProfile::fromJson(const QJsonObject &root, const QString &fileLabel)
{
    JsonCheck c(fileLabel);
    DeviceProfile p;
    c.whole(root, QString(), QStringLiteral("schema"), 1, 1);
    p.type = c.identifier(root, QString(), QStringLiteral("type"));
    const auto n = c.bilingual(root, QString(), QStringLiteral("name"));
    p.name = {n.first, n.second};
    p.protocol = c.oneOf(root, QString(), QStringLiteral("protocol"),
                         {QStringLiteral("line"), QStringLiteral("modbus-rtu")});
    p.commLossPriority = c.whole(root, QString(), QStringLiteral("commLossPriority"), 1, 4, 2);

    const QJsonArray points = c.array(root, QString(), QStringLiteral("points"), true, 1, 4096);
    QSet<QString> ids;
    for (int i = 0; i < points.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("points"), i);
        const QJsonObject o = c.objectAt(points, QStringLiteral("points"), i);
        PointDef d;
        d.id = c.identifier(o, at, QStringLiteral("id"));
        const auto t = c.bilingual(o, at, QStringLiteral("text"));
        d.text = {t.first, t.second};
        d.priority = c.whole(o, at, QStringLiteral("priority"), 1, 4);
        d.latching = c.flag(o, at, QStringLiteral("latching"), false);
        d.area = c.text(o, at, QStringLiteral("area"), false, 64);
        if (!d.id.isEmpty() && ids.contains(d.id))
            c.complain(JsonCheck::at(at, QStringLiteral("id")), QStringLiteral("\"%1\" is used twice").arg(d.id));
        if (d.id == commLossPoint())
            c.complain(JsonCheck::at(at, QStringLiteral("id")),
                       QStringLiteral("%1 is kept for communication loss").arg(commLossPoint()));
        ids.insert(d.id);
        p.points << d;
    }

    if (p.protocol == QLatin1String("line")) {
        const QJsonObject line = c.object(root, QString(), QStringLiteral("line"));
        const QString pattern = c.text(line, QStringLiteral("line"), QStringLiteral("pattern"), true, 1000);
        p.line.pattern = QRegularExpression(pattern);
        if (!pattern.isEmpty() && !p.line.pattern.isValid())
            c.complain(QStringLiteral("line.pattern"),
                       QStringLiteral("not a valid regular expression: %1").arg(p.line.pattern.errorString()));
        else if (!pattern.isEmpty() && !p.line.pattern.namedCaptureGroups().contains(QStringLiteral("event")))
            c.complain(QStringLiteral("line.pattern"), QStringLiteral("needs a named group (?<event>...)"));
        p.line.checksum = c.oneOf(line, QStringLiteral("line"), QStringLiteral("checksum"),
                                  {QStringLiteral("none"), QStringLiteral("optional"), QStringLiteral("required")},
                                  QStringLiteral("optional"));
        const QJsonObject events = c.object(line, QStringLiteral("line"), QStringLiteral("events"));
        static const QStringList meanings{QStringLiteral("raise"), QStringLiteral("clear"), QStringLiteral("reset"),
                                          QStringLiteral("heartbeat")};
        for (auto it = events.begin(); it != events.end(); ++it) {
            QString m = it.value().toString();
            if (it.value().isObject()) {
                const QString at = QStringLiteral("line.events.") + it.key();
                m = it.value().toObject().value(QStringLiteral("meaning")).toString();
                const QString fixed = c.text(it.value().toObject(), at, QStringLiteral("point"));
                if (!fixed.isEmpty() && !ids.contains(fixed))
                    c.complain(at + QStringLiteral(".point"), QStringLiteral("\"%1\" is not one of the points").arg(fixed));
                p.line.eventPoints.insert(it.key(), fixed);
            }
            if (!meanings.contains(m))
                c.complain(QStringLiteral("line.events.") + it.key(),
                           QStringLiteral("expected one of raise, clear, reset, heartbeat, got \"%1\"").arg(m));
            p.line.events.insert(it.key(), m);
        }
        if (events.isEmpty())
            c.complain(QStringLiteral("line.events"), QStringLiteral("name at least one device word, e.g. {\"ALM\": \"raise\"}"));
    } else if (p.protocol == QLatin1String("modbus-rtu")) {
        const QJsonArray map = c.array(root, QString(), QStringLiteral("modbus"), true, 1, 1024);
        for (int i = 0; i < map.size(); ++i) {
            const QString at = JsonCheck::at(QStringLiteral("modbus"), i);
            const QJsonObject o = c.objectAt(map, QStringLiteral("modbus"), i);
            ModbusPoint m;
            m.point = c.text(o, at, QStringLiteral("point"));
            if (!m.point.isEmpty() && !ids.contains(m.point))
                c.complain(JsonCheck::at(at, QStringLiteral("point")),
                           QStringLiteral("\"%1\" is not one of the points").arg(m.point));
            m.table = c.oneOf(o, at, QStringLiteral("table"),
                              {QStringLiteral("coils"), QStringLiteral("discrete_inputs"),
                               QStringLiteral("holding_registers"), QStringLiteral("input_registers")});
            m.address = c.whole(o, at, QStringLiteral("address"), 0, 65535);
            if (o.contains(QStringLiteral("high")))
                m.high = c.whole(o, at, QStringLiteral("high"), 0, 65535);
            if (o.contains(QStringLiteral("low")))
                m.low = c.whole(o, at, QStringLiteral("low"), 0, 65535);
            m.hysteresis = c.whole(o, at, QStringLiteral("hysteresis"), 0, 65535, 0);
            const bool registers = m.table.endsWith(QLatin1String("registers"));
            if (registers && !m.high && !m.low)
                c.complain(at, QStringLiteral("a register point needs \"high\" or \"low\""));
            p.modbus << m;
        }
    }
    if (!c.ok())
        return fail(c.message());
    return p;
}

Result<QHash<QString, DeviceProfile>> loadProfiles(const QString &dir)
{
    QHash<QString, DeviceProfile> out;
    const QDir d(dir);
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        auto p = DeviceProfile::load(d.filePath(f));
        if (!p)
            return Error{p.error()};
        if (out.contains(p->type))
            return fail(QStringLiteral("%1: type \"%2\" is defined twice").arg(d.filePath(f), p->type));
        out.insert(p->type, p.take());
    }
    return out;
}

} // namespace so::alarms
