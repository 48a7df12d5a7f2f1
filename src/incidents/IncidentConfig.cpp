#include "IncidentConfig.h"
#include "JsonCheck.h"

#include <QDir>

namespace so::incidents {

QStringList IncidentConfig::states()
{
    return {QStringLiteral("new"),           QStringLiteral("assessed"),
            QStringLiteral("investigating"), QStringLiteral("resolution_proposed"),
            QStringLiteral("approved"),      QStringLiteral("resolved"),
            QStringLiteral("callback_done"), QStringLiteral("closed"),
            QStringLiteral("cancelled")};
}

const Category *IncidentConfig::categoryForAlarm(const QString &code) const
{
    for (const Category &c : categories)
        if (c.alarmCodes.contains(code))
            return &c;
    return nullptr;
}

const Category *IncidentConfig::category(const QString &id) const
{
    for (const Category &c : categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

bool IncidentConfig::hasChannel(const QString &id) const
{
    for (const auto &c : channels)
        if (c.first == id)
            return true;
    return false;
}

Result<IncidentConfig> IncidentConfig::load(const QString &configDir)
{
    const QString path = QDir(configDir).filePath(QStringLiteral("incidents.json"));
    auto root = readJsonObject(path);
    if (!root)
        return Error{root.error()};
    JsonCheck c(path);
    IncidentConfig cfg;
    c.whole(*root, QString(), QStringLiteral("schema"), 1, 1);
    cfg.firstResponseHours =
        c.whole(*root, QString(), QStringLiteral("firstResponseHours"), 1, 720);
    const int callbackDays = c.whole(*root, QString(), QStringLiteral("callbackDays"), 1, 60);
    cfg.warnBeforeHours = c.whole(*root, QString(), QStringLiteral("warnBeforeHours"), 0, 240, 12);
    auto names = [&](const QJsonObject &o, const QString &at) {
        const auto n = c.bilingual(o, at, QStringLiteral("name"));
        return Names{n.first, n.second};
    };
    const QJsonArray channels = c.array(*root, QString(), QStringLiteral("channels"), true, 1, 20);
    for (int i = 0; i < channels.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("channels"), i);
        const QJsonObject o = c.objectAt(channels, QStringLiteral("channels"), i);
        cfg.channels << std::make_pair(c.identifier(o, at, QStringLiteral("id")), names(o, at));
    }
    const QJsonArray cats = c.array(*root, QString(), QStringLiteral("categories"), true, 1, 50);
    for (int i = 0; i < cats.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("categories"), i);
        const QJsonObject o = c.objectAt(cats, QStringLiteral("categories"), i);
        Category cat;
        cat.id = c.identifier(o, at, QStringLiteral("id"));
        cat.name = names(o, at);
        cat.callbackDays = c.whole(o, at, QStringLiteral("callbackDays"), 1, 60, callbackDays);
        const QJsonArray subs = c.array(o, at, QStringLiteral("subtypes"), false, 0, 30);
        for (int j = 0; j < subs.size(); ++j) {
            const QString sat = JsonCheck::at(JsonCheck::at(at, QStringLiteral("subtypes")), j);
            const QJsonObject so =
                c.objectAt(subs, JsonCheck::at(at, QStringLiteral("subtypes")), j);
            cat.subtypes << std::make_pair(c.identifier(so, sat, QStringLiteral("id")),
                                           names(so, sat));
        }
        const QJsonArray codes = c.array(o, at, QStringLiteral("alarmCodes"), false, 0, 50);
        for (int j = 0; j < codes.size(); ++j) {
            if (!codes[j].isString() || codes[j].toString().isEmpty())
                c.complain(JsonCheck::at(JsonCheck::at(at, QStringLiteral("alarmCodes")), j),
                           QStringLiteral("must be an alarm code (text)"));
            else
                cat.alarmCodes << codes[j].toString();
        }
        cfg.categories << cat;
    }
    QStringList stateList = states();
    const QJsonArray trs = c.array(*root, QString(), QStringLiteral("transitions"), true, 1, 50);
    for (int i = 0; i < trs.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("transitions"), i);
        const QJsonObject o = c.objectAt(trs, QStringLiteral("transitions"), i);
        TransitionRule t;
        t.from =
            c.oneOf(o, at, QStringLiteral("from"), QStringList{QStringLiteral("*")} + stateList);
        t.to = c.oneOf(o, at, QStringLiteral("to"), stateList);
        t.when = c.oneOf(o, at, QStringLiteral("when"), {QString(), QStringLiteral("not_valid")},
                         QString());
        for (const QJsonValue &r : c.array(o, at, QStringLiteral("roles"), true, 1, 4)) {
            Role role;
            if (!roleFromName(r.toString(), &role))
                c.complain(JsonCheck::at(at, QStringLiteral("roles")),
                           QStringLiteral("\"%1\" is not a role (agent, seller, supervisor, admin)")
                               .arg(r.toString()));
            else
                t.roles << role;
        }
        cfg.transitions << t;
    }
    if (!c.ok())
        return fail(c.message());
    return cfg;
}

} // namespace so::incidents
