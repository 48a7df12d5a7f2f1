#pragma once
// IncidentConfig: config/incidents.json — categories and subtypes, channels, timers, and the
// lifecycle: which transitions exist and which roles may make each.
#include "Permissions.h"
#include "StationConfig.h"

namespace so::incidents {

struct Category
{
    QString id;
    Names name;
    QList<std::pair<QString, Names>> subtypes;
    int callbackDays = 3;
    QStringList alarmCodes; // an incident raised from one of these alarms starts in this category
};

struct TransitionRule
{
    QString from; // a state, or "*" for any open state
    QString to;
    QList<Role> roles;
    QString when; // "not_valid": only when the assessment found the case not valid
};

struct IncidentConfig
{
    QList<Category> categories;
    QList<std::pair<QString, Names>> channels;
    int firstResponseHours = 24;
    int warnBeforeHours = 12;
    QList<TransitionRule> transitions;

    const Category *category(const QString &id) const;
    const Category *categoryForAlarm(const QString &code) const;
    bool hasChannel(const QString &id) const;
    static QStringList states();
    static Result<IncidentConfig> load(const QString &configDir);
};

} // namespace so::incidents
