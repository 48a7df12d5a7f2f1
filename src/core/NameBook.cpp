#include "NameBook.h"
#include "LogCategories.h"
#include "StaffStore.h"

#include <QRegularExpression>

namespace so {

NameBook::NameBook(const StationConfig &station, Database &db) : m_station(station), m_db(db)
{
    auto zh = Wording::load(QStringLiteral("zh_CN"));
    if (zh)
        m_zh = zh.take();
    else
        qCInfo(lcUi) << "names: door words stay English:" << zh.error();
}

Names NameBook::words(const char *source) const
{
    const QString en = QString::fromUtf8(source);
    return Names{m_zh ? m_zh->text("NameBook", source) : en, en};
}

Names NameBook::staff(const QString &staffNo) const
{
    auto m = StaffStore(m_db).current(staffNo);
    if (!m || !m->has_value() || ((*m)->nameZh.isEmpty() && (*m)->nameEn.isEmpty()))
        return Names{staffNo, staffNo};
    const StaffMember &p = **m;
    return Names{p.nameZh.isEmpty() ? p.nameEn : p.nameZh,
                 p.nameEn.isEmpty() ? p.nameZh : p.nameEn};
}

Names NameBook::area(const QString &id) const
{
    const Area *a = m_station.area(id);
    return a ? a->name : Names{id, id};
}

Names NameBook::booth(const QString &id) const
{
    for (const Booth &b : m_station.booths)
        if (b.id == id)
            return b.name;
    return Names{id, id};
}

Names NameBook::side(const QString &sideId) const
{
    for (const Platform &p : m_station.platforms)
        for (const PlatformSide &s : p.sides)
            if (s.id == sideId) {
                if (m_station.platforms.size() < 2)
                    return s.name;
                const Names pattern = words(QT_TRANSLATE_NOOP("NameBook", "%1 %2"));
                return Names{pattern.zh.arg(p.name.zh, s.name.zh),
                             pattern.en.arg(p.name.en, s.name.en)};
            }
    return Names{sideId, sideId};
}

Names NameBook::door(const QString &doorId) const
{
    static const QRegularExpression re(QStringLiteral("^(END|ED|D)0*(\\d+)$"));
    const auto m = re.match(doorId);
    if (!m.hasMatch())
        return Names{doorId, doorId};
    const QString kind = m.captured(1);
    const Names pattern =
        kind == QLatin1String("END")  ? words(QT_TRANSLATE_NOOP("NameBook", "End door %1"))
        : kind == QLatin1String("ED") ? words(QT_TRANSLATE_NOOP("NameBook", "Emergency door %1"))
                                      : words(QT_TRANSLATE_NOOP("NameBook", "Door %1"));
    return Names{pattern.zh.arg(m.captured(2)), pattern.en.arg(m.captured(2))};
}

Names NameBook::door(const QString &sideId, const QString &doorId) const
{
    const Names s = side(sideId);
    const Names d = door(doorId);
    const Names pattern = words(QT_TRANSLATE_NOOP("NameBook", "%1 %2"));
    return Names{pattern.zh.arg(s.zh, d.zh), pattern.en.arg(s.en, d.en)};
}

Names NameBook::device(const QString &deviceId) const
{
    QMutexLocker lock(&m_mutex);
    return m_devices.value(deviceId, Names{deviceId, deviceId});
}

Names NameBook::place(const QString &id) const
{
    if (m_station.area(id))
        return area(id);
    for (const Platform &p : m_station.platforms)
        for (const PlatformSide &s : p.sides)
            if (s.id == id)
                return side(id);
    for (const Booth &b : m_station.booths)
        if (b.id == id)
            return b.name;
    if (id == m_station.code)
        return m_station.name;
    return device(id);
}

void NameBook::addDevice(const QString &deviceId, const Names &name)
{
    QMutexLocker lock(&m_mutex);
    m_devices.insert(deviceId, name);
}

QString NameBook::withCode(const QString &name, const QString &code)
{
    if (code.isEmpty() || name == code)
        return name.isEmpty() ? code : name;
    return QStringLiteral("%1 (%2)").arg(name, code);
}

} // namespace so
