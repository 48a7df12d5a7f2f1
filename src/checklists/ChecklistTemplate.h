#pragma once
// ChecklistTemplate: one checklist from config/checklists/*.json — sections of items, rules
// (required, shown-if, note/photo on fail), what it applies to, and when it is due.
#include "Result.h"
#include "StationConfig.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace so::checklists {

enum class ItemType { PassFail, Number, Text, Choice, MultiChoice, Photo };

struct ChoiceOption
{
    QString id;
    Names text;
};

struct ShowIf
{
    QString item;       // an earlier item in the same section
    QStringList equals; // shown when that item's answer is one of these
};

struct ItemDef
{
    QString id;
    ItemType type = ItemType::PassFail;
    Names text;
    Names hint;
    bool required = true;
    bool noteOnFail = true;
    bool photoOnFail = false;
    QString unit; // number
    std::optional<double> min;
    std::optional<double> max;
    int decimals = 0;
    QList<ChoiceOption> options; // choice / multi-choice
    std::optional<ShowIf> showIf;
    int priorityOnFail = 3; // follow-up priority 1..4
};

struct SectionDef
{
    QString id;
    Names title;
    // "door": repeated for each door of the platform side; "" once per inspection.
    QString repeat;
    QList<ItemDef> items;
};

// What an inspection of this template is about.
struct Target
{
    QString kind; // "platform-side", "area", "station"
    QString id;   // side id, area id, station code
};

struct Schedule
{
    int everyMinutes = 0; // e.g. 120: every two hours during service hours
    QList<QTime> dailyAt; // e.g. 04:30 before first train
    int weekday = 0;      // 1..7 for a weekly check, with weeklyAt
    QTime weeklyAt;
    int graceMinutes = 30; // overdue after this
    QList<int> months;     // only in these months (winter checks); empty = all year
};

struct ChecklistTemplate
{
    QString id;
    int version = 1;
    Names name;
    QString category;  // psd, escalator_lift, fire, pump, afc, outdoor, other
    QString appliesTo; // platform-side | area | station
    QStringList areas; // for appliesTo = area
    QList<SectionDef> sections;
    std::optional<Schedule> schedule;
    QString json; // the file as loaded; an inspection keeps it with its answers

    const ItemDef *item(const QString &sectionId, const QString &itemId) const;
    const SectionDef *section(const QString &id) const;
    bool perDoor() const;

    static Result<ChecklistTemplate> fromJson(const QJsonObject &root, const QString &fileLabel,
                                              const StationConfig &station);
};

QString itemTypeName(ItemType t);

// Every template in CONFIG/checklists, checked against the station. One bad file stops the
// load and is named with the item at fault.
Result<QList<ChecklistTemplate>> loadTemplates(const QString &configDir,
                                               const StationConfig &station);

} // namespace so::checklists
