#pragma once
// ChecklistRules: what a template says about answers — which items show, which values are
// allowed, and what still stops an inspection from being finalized.
#include "Inspection.h"
#include "Result.h"

namespace so::checklists {

// The assets a section is answered for: the doors for a per-door section, {""} otherwise.
QStringList assetsFor(const SectionDef &section, const QStringList &doors);

bool isVisible(const ItemDef &item, const QString &sectionId, const QString &asset,
               const Answers &answers);

// The value as stored ("pass", "12.5", "auto", "tvm1,tvm3"), or why it is not allowed.
Result<QString> normalizeValue(const ItemDef &item, const QString &value);

struct Problem
{
    AnswerKey key;
    QString message; // for the person
};

// Everything that must be put right before finalizing; empty when it may be finalized.
QList<Problem> problems(const ChecklistTemplate &t, const QStringList &doors,
                        const Answers &answers);

} // namespace so::checklists
