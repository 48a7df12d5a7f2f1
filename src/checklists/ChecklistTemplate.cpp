#include "ChecklistTemplate.h"
#include "JsonCheck.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>

namespace so::checklists {

QString itemTypeName(ItemType t)
{
    switch (t) {
    case ItemType::PassFail:
        return QStringLiteral("passfail");
    case ItemType::Number:
        return QStringLiteral("number");
    case ItemType::Text:
        return QStringLiteral("text");
    case ItemType::Choice:
        return QStringLiteral("choice");
    case ItemType::MultiChoice:
        return QStringLiteral("multichoice");
    case ItemType::Photo:
        return QStringLiteral("photo");
    }
    return QString();
}

const SectionDef *ChecklistTemplate::section(const QString &id) const
{
    for (const SectionDef &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

const ItemDef *ChecklistTemplate::item(const QString &sectionId, const QString &itemId) const
{
    if (const SectionDef *s = section(sectionId))
        for (const ItemDef &i : s->items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

bool ChecklistTemplate::perDoor() const
{
    for (const SectionDef &s : sections)
        if (s.repeat == QLatin1String("door"))
            return true;
    return false;
}

namespace {

Names names(JsonCheck &c, const QJsonObject &o, const QString &path, const QString &key,
            bool required = true)
{
    if (!required && !o.contains(key))
        return {};
    const auto p = c.bilingual(o, path, key);
    return {p.first, p.second};
}

std::optional<double> number(JsonCheck &c, const QJsonObject &o, const QString &path,
                             const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        c.complain(JsonCheck::at(path, key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

QTime hhmm(JsonCheck &c, const QJsonValue &v, const QString &path)
{
    const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
    if (!t.isValid())
        c.complain(path, QStringLiteral("expected a time as HH:mm, got \"%1\"").arg(v.toString()));
    return t;
}

} // namespace

Result<ChecklistTemplate> ChecklistTemplate::fromJson(const QJsonObject &root,
                                                      const QString &fileLabel,
                                                      const StationConfig &station)
{
    JsonCheck c(fileLabel);
    ChecklistTemplate t;
    c.whole(root, QString(), QStringLiteral("schema"), 1, 1);
    t.id = c.identifier(root, QString(), QStringLiteral("id"));
    t.version = c.whole(root, QString(), QStringLiteral("version"), 1, 100000);
    t.name = names(c, root, QString(), QStringLiteral("name"));
    t.category = c.oneOf(root, QString(), QStringLiteral("category"),
                         {QStringLiteral("psd"), QStringLiteral("escalator_lift"),
                          QStringLiteral("fire"), QStringLiteral("pump"), QStringLiteral("afc"),
                          QStringLiteral("outdoor"), QStringLiteral("other")});
    t.appliesTo = c.oneOf(
        root, QString(), QStringLiteral("appliesTo"),
        {QStringLiteral("platform-side"), QStringLiteral("area"), QStringLiteral("station")});
    if (t.appliesTo == QLatin1String("area")) {
        const QJsonArray areas = c.array(root, QString(), QStringLiteral("areas"), true, 1, 100);
        for (int i = 0; i < areas.size(); ++i) {
            const QString a = areas.at(i).toString();
            if (!station.area(a))
                c.complain(JsonCheck::at(QStringLiteral("areas"), i),
                           QStringLiteral("\"%1\" is not one of the station's areas").arg(a));
            t.areas << a;
        }
    }

    const QJsonArray sections = c.array(root, QString(), QStringLiteral("sections"), true, 1, 50);
    QSet<QString> sectionIds;
    for (int s = 0; s < sections.size(); ++s) {
        const QString sp = JsonCheck::at(QStringLiteral("sections"), s);
        const QJsonObject so = c.objectAt(sections, QStringLiteral("sections"), s);
        SectionDef sec;
        sec.id = c.identifier(so, sp, QStringLiteral("id"));
        sec.title = names(c, so, sp, QStringLiteral("title"));
        sec.repeat = c.oneOf(so, sp, QStringLiteral("repeat"), {QString(), QStringLiteral("door")},
                             QString());
        if (sec.repeat == QLatin1String("door") && t.appliesTo != QLatin1String("platform-side"))
            c.complain(JsonCheck::at(sp, QStringLiteral("repeat")),
                       QStringLiteral("\"door\" needs \"appliesTo\": \"platform-side\""));
        if (sectionIds.contains(sec.id))
            c.complain(JsonCheck::at(sp, QStringLiteral("id")),
                       QStringLiteral("\"%1\" is used twice").arg(sec.id));
        sectionIds.insert(sec.id);
        const QJsonArray items = c.array(so, sp, QStringLiteral("items"), true, 1, 200);
        QSet<QString> itemIds;
        for (int i = 0; i < items.size(); ++i) {
            const QString ip = JsonCheck::at(JsonCheck::at(sp, QStringLiteral("items")), i);
            const QJsonObject io = c.objectAt(items, JsonCheck::at(sp, QStringLiteral("items")), i);
            ItemDef it;
            it.id = c.identifier(io, ip, QStringLiteral("id"));
            // Complaints about an item name it by id, so a long file is easy to search.
            const QString at =
                it.id.isEmpty() ? ip : QStringLiteral("%1 (item \"%2\")").arg(ip, it.id);
            const QString type = c.oneOf(io, at, QStringLiteral("type"),
                                         {QStringLiteral("passfail"), QStringLiteral("number"),
                                          QStringLiteral("text"), QStringLiteral("choice"),
                                          QStringLiteral("multichoice"), QStringLiteral("photo")});
            it.type = type == QLatin1String("number")        ? ItemType::Number
                      : type == QLatin1String("text")        ? ItemType::Text
                      : type == QLatin1String("choice")      ? ItemType::Choice
                      : type == QLatin1String("multichoice") ? ItemType::MultiChoice
                      : type == QLatin1String("photo")       ? ItemType::Photo
                                                             : ItemType::PassFail;
            it.text = names(c, io, at, QStringLiteral("text"));
            it.hint = names(c, io, at, QStringLiteral("hint"), false);
            it.required = c.flag(io, at, QStringLiteral("required"),
                                 it.type != ItemType::Text && it.type != ItemType::Photo);
            it.noteOnFail = c.flag(io, at, QStringLiteral("noteOnFail"), true);
            it.photoOnFail = c.flag(io, at, QStringLiteral("photoOnFail"), false);
            it.priorityOnFail = c.whole(io, at, QStringLiteral("priorityOnFail"), 1, 4, 3);
            if (it.type == ItemType::Number) {
                it.unit = c.text(io, at, QStringLiteral("unit"), false, 20);
                it.min = number(c, io, at, QStringLiteral("min"));
                it.max = number(c, io, at, QStringLiteral("max"));
                it.decimals = c.whole(io, at, QStringLiteral("decimals"), 0, 3, 0);
                if (!it.min || !it.max)
                    c.complain(at,
                               QStringLiteral(
                                   "a number item needs \"min\" and \"max\" (the allowed range)"));
                else if (*it.min > *it.max)
                    c.complain(at, QStringLiteral("\"min\" is above \"max\""));
            }
            if (it.type == ItemType::Choice || it.type == ItemType::MultiChoice) {
                const QJsonArray opts = c.array(io, at, QStringLiteral("options"), true, 2, 20);
                for (int o = 0; o < opts.size(); ++o) {
                    const QString op =
                        JsonCheck::at(JsonCheck::at(at, QStringLiteral("options")), o);
                    const QJsonObject oo =
                        c.objectAt(opts, JsonCheck::at(at, QStringLiteral("options")), o);
                    it.options << ChoiceOption{c.identifier(oo, op, QStringLiteral("id")),
                                               names(c, oo, op, QStringLiteral("text"))};
                }
            }
            if (io.contains(QStringLiteral("showIf"))) {
                const QJsonObject si = c.object(io, at, QStringLiteral("showIf"));
                ShowIf cond;
                cond.item =
                    c.text(si, JsonCheck::at(at, QStringLiteral("showIf")), QStringLiteral("item"));
                const QJsonValue eq = si.value(QStringLiteral("equals"));
                if (eq.isArray())
                    for (const QJsonValue &v : eq.toArray())
                        cond.equals << v.toString();
                else
                    cond.equals << eq.toString();
                if (!cond.item.isEmpty() && !itemIds.contains(cond.item))
                    c.complain(JsonCheck::at(at, QStringLiteral("showIf.item")),
                               QStringLiteral("\"%1\" is not an earlier item in this section")
                                   .arg(cond.item));
                it.showIf = cond;
            }
            if (itemIds.contains(it.id))
                c.complain(JsonCheck::at(ip, QStringLiteral("id")),
                           QStringLiteral("\"%1\" is used twice").arg(it.id));
            itemIds.insert(it.id);
            sec.items << it;
        }
        t.sections << sec;
    }

    if (root.contains(QStringLiteral("schedule"))) {
        const QJsonObject so = c.object(root, QString(), QStringLiteral("schedule"));
        Schedule s;
        s.everyMinutes =
            c.whole(so, QStringLiteral("schedule"), QStringLiteral("everyMinutes"), 0, 24 * 60, 0);
        for (const QJsonValue &v :
             c.array(so, QStringLiteral("schedule"), QStringLiteral("dailyAt"), false, 0, 24))
            s.dailyAt << hhmm(c, v, QStringLiteral("schedule.dailyAt"));
        s.weekday = c.whole(so, QStringLiteral("schedule"), QStringLiteral("weekday"), 0, 7, 0);
        if (s.weekday > 0)
            s.weeklyAt =
                hhmm(c, so.value(QStringLiteral("weeklyAt")), QStringLiteral("schedule.weeklyAt"));
        s.graceMinutes =
            c.whole(so, QStringLiteral("schedule"), QStringLiteral("graceMinutes"), 0, 24 * 60, 30);
        for (const QJsonValue &v :
             c.array(so, QStringLiteral("schedule"), QStringLiteral("months"), false, 0, 12)) {
            const int m = v.toInt();
            if (m < 1 || m > 12)
                c.complain(QStringLiteral("schedule.months"), QStringLiteral("months are 1..12"));
            s.months << m;
        }
        if (s.everyMinutes == 0 && s.dailyAt.isEmpty() && s.weekday == 0)
            c.complain(QStringLiteral("schedule"),
                       QStringLiteral("give everyMinutes, dailyAt or weekday + weeklyAt"));
        t.schedule = s;
    }
    if (!c.ok())
        return fail(c.message());
    t.json = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return t;
}

Result<QList<ChecklistTemplate>> loadTemplates(const QString &configDir,
                                               const StationConfig &station)
{
    const QDir dir(QDir(configDir).filePath(QStringLiteral("checklists")));
    QList<ChecklistTemplate> out;
    QSet<QString> ids;
    for (const QString &f : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(f);
        auto root = readJsonObject(path, 2 * 1024 * 1024);
        if (!root)
            return Error{root.error()};
        auto t = ChecklistTemplate::fromJson(*root, path, station);
        if (!t)
            return Error{t.error()};
        if (ids.contains(t->id))
            return fail(
                QStringLiteral("%1: id \"%2\" is used by another template").arg(path, t->id));
        ids.insert(t->id);
        out << t.take();
    }
    return out;
}

} // namespace so::checklists
