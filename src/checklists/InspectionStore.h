#pragma once
// InspectionStore: SQL for drafts, finalized inspections, reviews, follow-ups and photos.
#include "Inspection.h"
#include "Result.h"
#include "Stamp.h"

#include <optional>

namespace so {
class Database;
}

namespace so::checklists {

struct DoorResult
{
    QString result; // pass, fail, na
    qint64 at = 0;
};

class InspectionStore
{
public:
    explicit InspectionStore(Database &db) : m_db(db) {}

    Status createDraft(const Draft &d);
    Result<std::optional<Draft>> draft(const QString &id);
    Result<QList<Draft>> drafts();
    Status saveAnswer(const QString &draftId, const AnswerKey &key, const Answer &a, qint64 now);
    Status deleteDraft(const QString &id);
    // Marks a draft as the correction of an inspection sent back.
    Status setRevisionOf(const QString &draftId, const QString &inspectionId);

    struct NewInspection
    {
        Stamp stamp;
        Draft draft;
        QString templateJson;
        int passed = 0, failed = 0, notApplicable = 0;
        QByteArray signaturePng;
        QString signatureSha256;
    };
    Status insertInspection(const NewInspection &n);
    Result<std::optional<InspectionRecord>> inspection(const QString &id);
    Result<Answers> answers(const QString &inspectionId);
    Result<QList<InspectionRecord>> inspections(qint64 fromUtc, qint64 toUtc, int limit = 500);
    // How many inspections were finished in [fromUtc, toUtc).
    Result<int> countBetween(qint64 fromUtc, qint64 toUtc);
    Result<QString> templateJson(const QString &inspectionId);
    // The inspector's signature as drawn (PNG), for the printed record.
    Result<QByteArray> signaturePng(const QString &inspectionId);
    // When the template was last finished for the target (0 = never).
    Result<qint64> lastFinished(const QString &templateId, const QString &targetKind,
                                const QString &targetId);
    // When inspections of the template and target were finalized in [from, to).
    Result<QList<qint64>> finishedTimes(const QString &templateId, const QString &targetKind,
                                        const QString &targetId, qint64 fromUtc, qint64 toUtc);
    // The newest finalized result per door of a platform side, over every per-door template.
    Result<QHash<QString, DoorResult>> latestDoorResults(const QString &sideId);

    Status insertReview(const Stamp &s, const QString &inspectionId, const QString &decision,
                        const QString &comment);

    Status insertFollowUp(const Stamp &s, const FollowUp &f, const QString &itemId);
    Status insertFollowUpEvent(const Stamp &s, const QString &followUpId, const QString &kind,
                               const QString &note, const QString &parentEventId);
    // The follow-up's last entry that counted (FollowUpFold): the next entry's parent.
    Result<QString> followUpHead(const QString &followUpId);
    // Open (or reopened) follow-ups, worst first; an asset prefix like "P1-up/" narrows them.
    Result<QList<FollowUp>> openFollowUps(const QString &assetPrefix = {});
    Result<std::optional<FollowUp>> followUp(const QString &id);

private:
    Database &m_db;
};

} // namespace so::checklists
