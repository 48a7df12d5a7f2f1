#pragma once
// The values of an inspection: answers keyed by section, asset and item; drafts; records;
// follow-ups. Plain structs, no rules.
#include "ChecklistTemplate.h"

#include <QHash>

namespace so::checklists {

struct AnswerKey
{
    QString section;
    QString asset; // door id for per-door sections, "" otherwise
    QString item;
    friend bool operator==(const AnswerKey &a, const AnswerKey &b)
    {
        return a.section == b.section && a.asset == b.asset && a.item == b.item;
    }
};
inline size_t qHash(const AnswerKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.section, k.asset, k.item);
}

struct Answer
{
    QString value; // pass | fail | na; a number as text; text; choice id; multi: ids joined by ','
    QString note;
    QString photoSha256;
    QString answeredBy;
    qint64 answeredAt = 0;
};

using Answers = QHash<AnswerKey, Answer>;

struct Draft
{
    QString id;
    QString templateId;
    int templateVersion = 0;
    QString targetKind;
    QString targetId;
    QString startedBy;
    qint64 startedAt = 0;
    qint64 updatedAt = 0;
    QString revisionOf;
    QString linkedAlarm;
    Answers answers;
};

struct InspectionRecord
{
    QString id;
    QString templateId;
    int templateVersion = 0;
    QString targetKind;
    QString targetId;
    QString createdBy;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString revisionOf;
    int passed = 0;
    int failed = 0;
    int notApplicable = 0;
    QString review; // "", approved, sent_back
    QString reviewComment;
};

struct FollowUp
{
    QString id;
    QString assetKind;  // door, area, station
    QString assetId;    // "P1-up/D07", "pump-room"
    QString assetLabel; // shown to people
    QString problem;
    int priority = 3;
    qint64 dueAt = 0;
    qint64 createdAt = 0;
    QString createdBy;
    QString sourceKind;
    QString sourceId;
    QString status; // open, closed, reopened
};

} // namespace so::checklists
