#pragma once
// InspectionService: starting, answering and finalizing inspections, supervisor review and
// revisions, follow-ups, and photos — with permission checks, one transaction per change and
// an audit row for every record.
#include "ChecklistRules.h"
#include "DueList.h"
#include "InspectionStore.h"
#include "Permissions.h"

#include <QObject>

namespace so {
class RecordKinds;
class StationCore;
struct RecordRef;
} // namespace so

namespace so::checklists {

class InspectionService : public QObject
{
    Q_OBJECT
public:
    InspectionService(StationCore &core, QList<ChecklistTemplate> templates,
                      QObject *parent = nullptr);
    // The kinds of record this feature makes travel: inspections with their answers, reviews,
    // follow-ups and their timelines.
    static void addRecordKinds(RecordKinds &kinds);

    const QList<ChecklistTemplate> &templates() const { return m_templates; }
    const ChecklistTemplate *templateById(const QString &id) const;
    // Door ids of a platform side, in platform order; empty for other targets.
    QStringList doorsOf(const QString &targetKind, const QString &targetId) const;
    InspectionStore &store() { return m_store; }
    // What went wrong, in each language alone: a follow-up's problem is stored as the item's
    // text in both languages and the agent's note ("门体 / Door: 卡住"), said here one at a time.
    Names followUpProblem(const FollowUp &followUp) const;

    // A draft; `linkedAlarm` is the alarm key when started from an alarm.
    Result<QString> start(const Actor &actor, const QString &templateId, const QString &targetKind,
                          const QString &targetId, const QString &linkedAlarm = {});
    // Saves one answer at once (a dead battery loses nothing).
    Status answer(const Actor &actor, const QString &draftId, const AnswerKey &key,
                  const QString &value, const QString &note = {}, const QString &photoSha256 = {});
    Status setNote(const Actor &actor, const QString &draftId, const AnswerKey &key,
                   const QString &note);
    Status setPhoto(const Actor &actor, const QString &draftId, const AnswerKey &key,
                    const QString &photoSha256);
    // Marks every unanswered pass/fail item of these doors "pass"; returns how many.
    Result<int> markDoorsOk(const Actor &actor, const QString &draftId, const QStringList &doors);
    // "Everything else is OK": every unanswered pass/fail item, on every door and section.
    Result<int> markAllOk(const Actor &actor, const QString &draftId);
    Result<QList<Problem>> problems(const QString &draftId);
    // Makes the draft a record: immutable, signed, its fails raised as follow-ups.
    Result<QString> finalize(const Actor &actor, const QString &draftId,
                             const QByteArray &signaturePng);
    Status discard(const Actor &actor, const QString &draftId);

    Status review(const Actor &actor, const QString &inspectionId, bool approve,
                  const QString &comment);
    // A new draft that corrects a sent-back inspection, filled with its answers.
    Result<QString> revise(const Actor &actor, const QString &inspectionId);

    Status addFollowUpNote(const Actor &actor, const QString &followUpId, const QString &note);
    Status closeFollowUp(const Actor &actor, const QString &followUpId, const QString &note);
    Result<QString> storePhoto(const Actor &actor, const QString &file);

    Result<QList<DueEntry>> due();

Q_SIGNALS:
    void draftChanged(const QString &draftId);
    void inspectionFinalized(const QString &inspectionId);
    void followUpsChanged();
    // Inspections, reviews or follow-ups came from another device.
    void recordsArrived();

private:
    Result<int> markOk(const Actor &actor, const QString &draftId, const QStringList *doorsOnly);
    Result<Draft> ownDraft(const Actor &actor, const QString &draftId);
    Status followUpEvent(const Actor &actor, const QString &followUpId, const QString &kind,
                         const QString &note);

    StationCore &m_core;
    QList<ChecklistTemplate> m_templates;
    InspectionStore m_store;
};

} // namespace so::checklists
