#include "DeviceProfile.h"
#include "JsonCheck.h"

#include <QDir>
#include <QSet>
#include <cmath>

namespace so::alarms {

namespace {

// Register values and thresholds stay within what 32 bits can say.
constexpr double kLargestValue = 4294967295.0;

// A field this version does not know is most often a typo that would silently change nothing.
void onlyKeys(JsonCheck &c, const QJsonObject &o, const QString &path, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()) && it.key() != QLatin1String("comment"))
            c.complain(JsonCheck::at(path, it.key()),
                       QStringLiteral("not a profile field here (known: %1)")
                           .arg(known.join(QStringLiteral(", "))));
}

// A number with at most six decimals, in millionths, so that comparisons are exact.
qint64 decimal(JsonCheck &c, const QJsonValue &v, const QString &path, double min, double max)
{
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= min && d <= max)) {
        c.complain(path, QStringLiteral("expected a number %1..%2, got %3")
                             .arg(QString::number(min, 'g', 12), QString::number(max, 'g', 12),
                                  JsonCheck::describe(v)));
        return 0;
    }
    const double scaled = d * 1e6;
    const qint64 micro = std::llround(scaled);
    if (std::fabs(double(micro) - scaled) > 1e-3) {
        c.complain(path,
                   QStringLiteral("at most six decimals, got %1").arg(JsonCheck::describe(v)));
        return 0;
    }
    return micro;
}

std::optional<ModbusThreshold> threshold(JsonCheck &c, const QJsonObject &o, const QString &path,
                                         const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    const QString at = JsonCheck::at(path, key);
    const QJsonValue v = o.value(key);
    ModbusThreshold t;
    if (v.isObject()) {
        const QJsonObject to = v.toObject();
        onlyKeys(c, to, at, {QStringLiteral("value"), QStringLiteral("inclusive")});
        t.micro =
            decimal(c, to.value(QStringLiteral("value")),
                    JsonCheck::at(at, QStringLiteral("value")), -kLargestValue, kLargestValue);
        t.inclusive = c.flag(to, at, QStringLiteral("inclusive"), true);
    } else {
        t.micro = decimal(c, v, at, -kLargestValue, kLargestValue);
    }
    return t;
}

void readLine(JsonCheck &c, const QJsonObject &root, const QSet<QString> &ids, LineFormat &line)
{
    const QString L = QStringLiteral("line");
    const QJsonObject o = c.object(root, QString(), L);
    onlyKeys(c, o, L,
             {QStringLiteral("pattern"), QStringLiteral("checksum"), QStringLiteral("events"),
              QStringLiteral("ends"), QStringLiteral("pointFrom")});
    const QString pattern = c.text(o, L, QStringLiteral("pattern"), true, 1000);
    line.pattern = QRegularExpression(pattern);
    const QStringList groups =
        line.pattern.isValid() ? line.pattern.namedCaptureGroups() : QStringList();
    if (!pattern.isEmpty() && !line.pattern.isValid())
        c.complain(
            QStringLiteral("line.pattern"),
            QStringLiteral("not a valid regular expression: %1").arg(line.pattern.errorString()));
    else if (!pattern.isEmpty() && !groups.contains(QStringLiteral("event")))
        c.complain(QStringLiteral("line.pattern"),
                   QStringLiteral("needs a named group (?<event>...)"));
    line.checksum =
        c.oneOf(o, L, QStringLiteral("checksum"),
                {QStringLiteral("none"), QStringLiteral("optional"), QStringLiteral("required")},
                QStringLiteral("optional"));

    if (o.contains(QStringLiteral("ends"))) {
        const QJsonArray ends = c.array(o, L, QStringLiteral("ends"), true, 1, 8);
        line.ends.clear();
        for (int i = 0; i < ends.size(); ++i) {
            const QString at = JsonCheck::at(QStringLiteral("line.ends"), i);
            const QString e = ends.at(i).toString();
            const QChar ch = e.size() == 1 ? e.at(0) : QChar();
            // Letters, digits and spaces are what lines are made of; '*' starts a checksum.
            if (!ends.at(i).isString() || e.size() != 1 || ch.unicode() > 0x7F ||
                ch.isLetterOrNumber() || ch == QLatin1Char(' ') || ch == QLatin1Char('*'))
                c.complain(
                    at,
                    QStringLiteral(
                        "expected one ASCII character that is not a letter, digit, space or '*' "
                        "(\"\\r\", \"\\n\", \";\", \"\\u0003\"), got %1")
                        .arg(JsonCheck::describe(ends.at(i))));
            else if (line.ends.contains(char(ch.unicode())))
                c.complain(at, QStringLiteral("given twice"));
            else
                line.ends.append(char(ch.unicode()));
        }
    }

    if (o.contains(QStringLiteral("pointFrom"))) {
        const QString at = QStringLiteral("line.pointFrom");
        const QJsonObject pf = c.object(o, L, QStringLiteral("pointFrom"));
        onlyKeys(c, pf, at, {QStringLiteral("group"), QStringLiteral("map")});
        line.pointGroup = c.text(pf, at, QStringLiteral("group"), true, 64);
        if (!line.pointGroup.isEmpty() && line.pattern.isValid() &&
            !groups.contains(line.pointGroup))
            c.complain(JsonCheck::at(at, QStringLiteral("group")),
                       QStringLiteral("the pattern has no group (?<%1>...)").arg(line.pointGroup));
        const QJsonObject map = c.object(pf, at, QStringLiteral("map"));
        if (map.isEmpty())
            c.complain(
                JsonCheck::at(at, QStringLiteral("map")),
                QStringLiteral(
                    "map at least one column text to a point, e.g. {\"TROUBLE\": \"FAULT\"}"));
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString target = it.value().toString();
            const QString mat = JsonCheck::at(JsonCheck::at(at, QStringLiteral("map")), it.key());
            if (!ids.contains(target))
                c.complain(mat, QStringLiteral("%1 is not one of the points")
                                    .arg(JsonCheck::describe(it.value())));
            else if (it.key().trimmed() != it.key() || it.key().isEmpty())
                c.complain(
                    mat,
                    QStringLiteral(
                        "column text is matched trimmed: write it without surrounding spaces"));
            line.pointMap.insert(it.key(), target);
        }
    }

    const QJsonObject events = c.object(o, L, QStringLiteral("events"));
    static const QStringList meanings{QStringLiteral("raise"), QStringLiteral("clear"),
                                      QStringLiteral("reset"), QStringLiteral("heartbeat")};
    const bool pointFromLine =
        groups.contains(QStringLiteral("point")) || !line.pointGroup.isEmpty();
    for (auto it = events.begin(); it != events.end(); ++it) {
        const QString at = QStringLiteral("line.events.") + it.key();
        QString m = it.value().toString();
        QString fixed;
        if (it.value().isObject()) {
            const QJsonObject eo = it.value().toObject();
            onlyKeys(c, eo, at, {QStringLiteral("meaning"), QStringLiteral("point")});
            m = eo.value(QStringLiteral("meaning")).toString();
            fixed = c.text(eo, at, QStringLiteral("point"));
            if (!fixed.isEmpty() && !ids.contains(fixed))
                c.complain(at + QStringLiteral(".point"),
                           QStringLiteral("\"%1\" is not one of the points").arg(fixed));
            line.eventPoints.insert(it.key(), fixed);
        }
        if (!meanings.contains(m))
            c.complain(at,
                       QStringLiteral("expected one of raise, clear, reset, heartbeat, got \"%1\"")
                           .arg(m));
        else if ((m == QLatin1String("raise") || m == QLatin1String("clear")) && fixed.isEmpty() &&
                 !pointFromLine && line.pattern.isValid())
            c.complain(
                at, QStringLiteral(
                        "names no point: give {\"meaning\": \"%1\", \"point\": \"...\"}, a group "
                        "(?<point>...) in the pattern, or line.pointFrom")
                        .arg(m));
        if (it.key().trimmed() != it.key())
            c.complain(at,
                       QStringLiteral(
                           "event words are matched trimmed: write it without surrounding spaces"));
        line.events.insert(it.key(), m);
    }
    if (events.isEmpty())
        c.complain(QStringLiteral("line.events"),
                   QStringLiteral("name at least one device word, e.g. {\"ALM\": \"raise\"}"));
}

void readModbus(JsonCheck &c, const QJsonObject &root, const QSet<QString> &ids, DeviceProfile &p)
{
    if (root.contains(QStringLiteral("modbusRead"))) {
        const QString at = QStringLiteral("modbusRead");
        const QJsonObject r = c.object(root, QString(), at);
        onlyKeys(
            c, r, at,
            {QStringLiteral("maxRegisters"), QStringLiteral("maxBits"), QStringLiteral("maxGap")});
        p.modbusRead.maxRegisters = c.whole(r, at, QStringLiteral("maxRegisters"), 1, 125, 125);
        p.modbusRead.maxBits = c.whole(r, at, QStringLiteral("maxBits"), 1, 2000, 2000);
        p.modbusRead.maxGap = c.whole(r, at, QStringLiteral("maxGap"), 0, 1999, 8);
    }
    const QJsonArray map = c.array(root, QString(), QStringLiteral("modbus"), true, 1, 1024);
    QSet<QString> mapped;
    for (int i = 0; i < map.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("modbus"), i);
        const QJsonObject o = c.objectAt(map, QStringLiteral("modbus"), i);
        auto field = [&](const char *key) { return JsonCheck::at(at, QLatin1String(key)); };
        ModbusPoint m;
        m.point = c.text(o, at, QStringLiteral("point"));
        if (!m.point.isEmpty() && !ids.contains(m.point))
            c.complain(field("point"),
                       QStringLiteral("\"%1\" is not one of the points").arg(m.point));
        else if (mapped.contains(m.point))
            c.complain(
                field("point"),
                QStringLiteral("\"%1\" is mapped twice; one reading per point").arg(m.point));
        mapped.insert(m.point);
        m.table = c.oneOf(o, at, QStringLiteral("table"),
                          {QStringLiteral("coils"), QStringLiteral("discrete_inputs"),
                           QStringLiteral("holding_registers"), QStringLiteral("input_registers")});
        m.address = c.whole(o, at, QStringLiteral("address"), 0, 65535);
        if (m.bitTable()) {
            onlyKeys(c, o, at,
                     {QStringLiteral("point"), QStringLiteral("table"), QStringLiteral("address")});
            p.modbus << m;
            continue;
        }
        onlyKeys(c, o, at,
                 {QStringLiteral("point"), QStringLiteral("table"), QStringLiteral("address"),
                  QStringLiteral("format"), QStringLiteral("wordOrder"), QStringLiteral("bit"),
                  QStringLiteral("scale"), QStringLiteral("high"), QStringLiteral("low"),
                  QStringLiteral("hysteresis")});
        const QString format = c.oneOf(o, at, QStringLiteral("format"),
                                       {QStringLiteral("uint16"), QStringLiteral("int16"),
                                        QStringLiteral("uint32"), QStringLiteral("int32")},
                                       QStringLiteral("uint16"));
        m.format = format == QLatin1String("int16")    ? ModbusPoint::Format::Int16
                   : format == QLatin1String("uint32") ? ModbusPoint::Format::UInt32
                   : format == QLatin1String("int32")  ? ModbusPoint::Format::Int32
                                                       : ModbusPoint::Format::UInt16;
        if (o.contains(QStringLiteral("wordOrder"))) {
            m.lowWordFirst = c.oneOf(o, at, QStringLiteral("wordOrder"),
                                     {QStringLiteral("high-first"), QStringLiteral("low-first")}) ==
                             QLatin1String("low-first");
            if (m.width() == 1)
                c.complain(field("wordOrder"),
                           QStringLiteral("only for uint32 and int32, which take two registers"));
        }
        if (o.contains(QStringLiteral("bit"))) {
            m.bit = c.whole(o, at, QStringLiteral("bit"), 0, 15);
            for (const char *k : {"format", "scale", "high", "low", "hysteresis"})
                if (o.contains(QLatin1String(k)))
                    c.complain(field(k), QStringLiteral("a bit is set or not: \"bit\" takes no %1")
                                             .arg(QLatin1String(k)));
            p.modbus << m;
            continue;
        }
        if (o.contains(QStringLiteral("scale"))) {
            m.scaleMicro =
                decimal(c, o.value(QStringLiteral("scale")), field("scale"), 0.000001, 1000);
            if (m.scaleMicro <= 0)
                m.scaleMicro = 1000000;
        }
        m.high = threshold(c, o, at, QStringLiteral("high"));
        m.low = threshold(c, o, at, QStringLiteral("low"));
        if (o.contains(QStringLiteral("hysteresis")))
            m.hysteresisMicro = decimal(c, o.value(QStringLiteral("hysteresis")),
                                        field("hysteresis"), 0, kLargestValue);
        if (!m.high && !m.low)
            c.complain(at, QStringLiteral("a register point needs \"high\", \"low\" or \"bit\""));
        else if (m.high && m.low)
            c.complain(at, QStringLiteral("give \"high\" or \"low\", not both: map the register to "
                                          "two points for a band"));
        // A threshold the format cannot reach would never raise anything.
        const bool isSigned =
            m.format == ModbusPoint::Format::Int16 || m.format == ModbusPoint::Format::Int32;
        const qint64 rawMax =
            m.width() == 2 ? (isSigned ? 2147483647LL : 4294967295LL) : (isSigned ? 32767 : 65535);
        const qint64 rawMin = isSigned ? (m.width() == 2 ? -2147483648LL : -32768) : 0;
        const qint64 top = rawMax * m.scaleMicro, bottom = rawMin * m.scaleMicro;
        if (m.high && (m.high->inclusive ? m.high->micro > top : m.high->micro >= top))
            c.complain(field("high"),
                       QStringLiteral("can never be reached: a %1 scaled by %2 reads at most %3")
                           .arg(format, microText(m.scaleMicro), microText(top)));
        if (m.low && (m.low->inclusive ? m.low->micro < bottom : m.low->micro <= bottom))
            c.complain(field("low"),
                       QStringLiteral("can never be reached: a %1 scaled by %2 reads at least %3")
                           .arg(format, microText(m.scaleMicro), microText(bottom)));
        p.modbus << m;
    }
    // A point no request within the limits can read would never be seen at all.
    for (int i = 0; i < p.modbus.size(); ++i) {
        const ModbusPoint &m = p.modbus[i];
        const QString at = JsonCheck::at(QStringLiteral("modbus"), i);
        if (m.address + m.width() - 1 > 65535)
            c.complain(at,
                       QStringLiteral(
                           "%1 cannot be read: a 32-bit value at address 65535 needs address 65536")
                           .arg(m.point));
        else if (!m.bitTable() && m.width() > p.modbusRead.maxRegisters)
            c.complain(
                at, QStringLiteral(
                        "%1 cannot be read: it takes 2 registers and modbusRead.maxRegisters is 1")
                        .arg(m.point));
    }
}

} // namespace

QString microText(qint64 micro)
{
    QString s = QString::number(std::abs(micro) / 1000000);
    if (const qint64 frac = std::abs(micro) % 1000000) {
        QString f = QStringLiteral("%1").arg(frac, 6, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    return micro < 0 ? QLatin1Char('-') + s : s;
}

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
    QStringList known{QStringLiteral("schema"),
                      QStringLiteral("type"),
                      QStringLiteral("name"),
                      QStringLiteral("protocol"),
                      QStringLiteral("commLossPriority"),
                      QStringLiteral("points")};
    if (p.protocol == QLatin1String("line"))
        known << QStringLiteral("line");
    else if (p.protocol == QLatin1String("modbus-rtu"))
        known << QStringLiteral("modbus") << QStringLiteral("modbusRead");
    onlyKeys(c, root, QString(), known);

    const QJsonArray points = c.array(root, QString(), QStringLiteral("points"), true, 1, 4096);
    QSet<QString> ids;
    for (int i = 0; i < points.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("points"), i);
        const QJsonObject o = c.objectAt(points, QStringLiteral("points"), i);
        onlyKeys(c, o, at,
                 {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("priority"),
                  QStringLiteral("latching"), QStringLiteral("area")});
        PointDef d;
        d.id = c.identifier(o, at, QStringLiteral("id"));
        const auto t = c.bilingual(o, at, QStringLiteral("text"));
        d.text = {t.first, t.second};
        d.priority = c.whole(o, at, QStringLiteral("priority"), 1, 4);
        d.latching = c.flag(o, at, QStringLiteral("latching"), false);
        d.area = c.text(o, at, QStringLiteral("area"), false, 64);
        if (!d.id.isEmpty() && ids.contains(d.id))
            c.complain(JsonCheck::at(at, QStringLiteral("id")),
                       QStringLiteral("\"%1\" is used twice").arg(d.id));
        if (d.id == commLossPoint() || d.id == unreadablePoint())
            c.complain(JsonCheck::at(at, QStringLiteral("id")),
                       QStringLiteral("%1 is kept for the alarms a link raises itself").arg(d.id));
        ids.insert(d.id);
        p.points << d;
    }

    if (p.protocol == QLatin1String("line"))
        readLine(c, root, ids, p.line);
    else if (p.protocol == QLatin1String("modbus-rtu"))
        readModbus(c, root, ids, p);
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
            return fail(
                QStringLiteral("%1: type \"%2\" is defined twice").arg(d.filePath(f), p->type));
        out.insert(p->type, p.take());
    }
    return out;
}

} // namespace so::alarms
