#include "ChecklistRules.h"

#include <QCoreApplication>
#include <QSet>

namespace so::checklists {

QStringList assetsFor(const SectionDef &section, const QStringList &doors)
{
    return section.repeat == QLatin1String("door") ? doors : QStringList{QString()};
}

bool isVisible(const ItemDef &item, const QString &sectionId, const QString &asset,
               const Answers &answers)
{
    if (!item.showIf)
        return true;
    const auto it = answers.constFind(AnswerKey{sectionId, asset, item.showIf->item});
    return it != answers.constEnd() && item.showIf->equals.contains(it->value);
}

Result<QString> normalizeValue(const ItemDef &item, const QString &raw)
{
    const QString value = raw.trimmed();
    auto tr = [](const char *s) { return QCoreApplication::translate("ChecklistRules", s); };
    switch (item.type) {
    case ItemType::PassFail:
        if (value == QLatin1String("pass") || value == QLatin1String("fail") ||
            value == QLatin1String("na"))
            return value;
        return fail(tr("Answer pass, fail or not applicable."));
    case ItemType::Number: {
        bool ok = false;
        const double v = QLocale::c().toDouble(value, &ok);
        if (!ok)
            return fail(tr("Enter a number."));
        if ((item.min && v < *item.min) || (item.max && v > *item.max))
            return fail(tr("Allowed: %1 to %2 %3.").arg(*item.min).arg(*item.max).arg(item.unit));
        return QString::number(v, 'f', item.decimals);
    }
    case ItemType::Text:
        if (value.size() > 2000)
            return fail(tr("Keep it under 2000 characters."));
        return value;
    case ItemType::Choice:
        for (const ChoiceOption &o : item.options)
            if (o.id == value)
                return value;
        return fail(tr("Pick one of the choices."));
    case ItemType::MultiChoice: {
        QStringList picked;
        for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool known = false;
            for (const ChoiceOption &o : item.options)
                known |= o.id == v;
            if (!known)
                return fail(tr("Pick from the choices."));
            if (!picked.contains(v))
                picked << v;
        }
        return picked.join(QLatin1Char(','));
    }
    case ItemType::Photo:
        return value;
    }
    return value;
}

QList<Problem> problems(const ChecklistTemplate &t, const QStringList &doors,
                        const Answers &answers)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("ChecklistRules", s); };
    QList<Problem> out;
    for (const SectionDef &s : t.sections) {
        for (const QString &asset : assetsFor(s, doors)) {
            for (const ItemDef &item : s.items) {
                if (!isVisible(item, s.id, asset, answers))
                    continue;
                const AnswerKey key{s.id, asset, item.id};
                const auto it = answers.constFind(key);
                const bool answered = it != answers.constEnd() &&
                                      (!it->value.isEmpty() || (item.type == ItemType::Photo &&
                                                                !it->photoSha256.isEmpty()));
                if (!answered) {
                    if (item.required)
                        out << Problem{key, tr("Not answered yet.")};
                    continue;
                }
                if (it->value == QLatin1String("fail")) {
                    if (item.noteOnFail && it->note.trimmed().isEmpty())
                        out << Problem{key, tr("A fail needs a note saying what is wrong.")};
                    if (item.photoOnFail && it->photoSha256.isEmpty())
                        out << Problem{key, tr("A fail here needs a photo.")};
                }
            }
        }
    }
    return out;
}

} // namespace so::checklists
