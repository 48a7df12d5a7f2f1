#include "InspectionService.h"
#include "DoorLayout.h"
#include "FollowUpFold.h"
#include "PhotoStore.h"
#include "RecordKinds.h"
#include "RecordSeal.h"
#include "StationCore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChecklists, "stationops.checklists")

namespace so::checklists {

namespace {

// How long a follow-up may stay open, by priority.
qint64 followUpWindowMs(int priority)
{
    static const qint64 hours[] = {4, 24, 72, 168};
    return hours[qBound(1, priority, 4) - 1] * 3600 * 1000;
}

} // namespace

InspectionService::InspectionService(StationCore &core, QList<ChecklistTemplate> templates,
                                     QObject *parent)
    : QObject(parent), m_core(core), m_templates(std::move(templates)), m_store(core.db())
{
}

void InspectionService::addRecordKinds(RecordKinds &kinds)
{
    // An inspection travels with its answers inside it, and the photos they name.
    RecordKind inspection;
    inspection.name = inspection.table = QStringLiteral("inspection");
    inspection.children = {{QStringLiteral("inspection_answer"), QStringLiteral("inspection_id"),
                            QStringLiteral("section_id, asset, item_id")}};
    inspection.photos = [](const QJsonObject &body) {
        QStringList photos;
        const QJsonArray answers = body.value(QLatin1String("children"))
                                       .toObject()
                                       .value(QLatin1String("inspection_answer"))
                                       .toArray();
        for (const QJsonValue &a : answers)
            if (const QString sha = a.toObject().value(QLatin1String("photo_sha256")).toString();
                !sha.isEmpty())
                photos << sha;
        return photos;
    };
    kinds.add(std::move(inspection));
    RecordKind review;
    review.name = review.table = QStringLiteral("inspection_review");
    kinds.add(std::move(review));
    // A follow-up's status is the fold of its timeline, redone for those whose entries arrived.
    RecordKind followUp;
    followUp.name = followUp.table = QStringLiteral("follow_up");
    followUp.verify = &FollowUpFold::verify;
    followUp.caches = {QStringLiteral("follow_up_current")};
    kinds.add(std::move(followUp));
    RecordKind entry;
    entry.name = entry.table = QStringLiteral("follow_up_event");
    entry.refold = [](Database &db, const QStringList &ids) {
        auto followUps = FollowUpFold::followUpsOfEntries(db, ids);
        return followUps ? FollowUpFold::rebuild(db, *followUps) : Status(fail(followUps.error()));
    };
    kinds.add(std::move(entry));
}

Names InspectionService::followUpProblem(const FollowUp &f) const
{
    // Finalize writes "<zh> / <en>" and, when there is one, ": <note>".
    for (const ChecklistTemplate &t : m_templates)
        for (const SectionDef &s : t.sections)
            for (const ItemDef &i : s.items) {
                const QString both = i.text.zh + QStringLiteral(" / ") + i.text.en;
                if (!f.problem.startsWith(both))
                    continue;
                QString note = f.problem.mid(both.size());
                if (note.startsWith(QLatin1String(": ")))
                    note = note.mid(2);
                else if (!note.isEmpty())
                    continue; // a longer item text that begins the same way
                const QString tail = note.isEmpty() ? QString() : QStringLiteral("：") + note;
                const QString tailEn = note.isEmpty() ? QString() : QStringLiteral(": ") + note;
                return {i.text.zh + tail, i.text.en + tailEn};
            }
    return {f.problem, f.problem};
}

const ChecklistTemplate *InspectionService::templateById(const QString &id) const
{
    for (const ChecklistTemplate &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

QStringList InspectionService::doorsOf(const QString &targetKind, const QString &targetId) const
{
    QStringList out;
    if (targetKind != QLatin1String("platform-side"))
        return out;
    if (const Platform *p = platformOfSide(m_core.config(), targetId))
        for (const DoorAsset &d : checklists::doorsOf(*p))
            out << d.id;
    return out;
}

Result<QString> InspectionService::start(const Actor &actor, const QString &templateId,
                                         const QString &targetKind, const QString &targetId,
                                         const QString &linkedAlarm)
{
    if (!actor.can(Permission::RunInspection))
        return fail(tr("Your role may not run inspections."));
    const ChecklistTemplate *t = templateById(templateId);
    if (!t)
        return fail(tr("No checklist %1.").arg(templateId));
    bool knownTarget = false;
    for (const TargetRef &r : targetsFor(*t, m_core.config()))
        knownTarget |= r.kind == targetKind && r.id == targetId;
    if (!knownTarget)
        return fail(tr("The checklist %1 does not apply to %2.").arg(templateId, targetId));
    const qint64 now = m_core.clock().nowMs();
    Draft d;
    d.id = m_core.ids().next();
    d.templateId = t->id;
    d.templateVersion = t->version;
    d.targetKind = targetKind;
    d.targetId = targetId;
    d.startedBy = actor.id();
    d.startedAt = now;
    d.updatedAt = now;
    d.linkedAlarm = linkedAlarm;
    if (Status s = m_store.createDraft(d); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT draftChanged(d.id);
    return d.id;
}

Result<Draft> InspectionService::ownDraft(const Actor &actor, const QString &draftId)
{
    if (!actor.can(Permission::RunInspection))
        return fail(tr("Your role may not run inspections."));
    auto d = m_store.draft(draftId);
    if (!d)
        return Error{d.error()};
    if (!d->has_value())
        return fail(tr("This inspection is no longer open."));
    // A supervisor may take over an agent's draft (shift change); others only their own.
    if ((*d)->startedBy != actor.id() && actor.role != Role::Supervisor && !actor.system)
        return fail(tr("This inspection was started by %1.").arg((*d)->startedBy));
    return **d;
}

Status InspectionService::answer(const Actor &actor, const QString &draftId, const AnswerKey &key,
                                 const QString &value, const QString &note,
                                 const QString &photoSha256)
{
    auto d = ownDraft(actor, draftId);
    if (!d)
        return fail(d.error());
    const ChecklistTemplate *t = templateById(d->templateId);
    const SectionDef *section = t ? t->section(key.section) : nullptr;
    const ItemDef *item = t ? t->item(key.section, key.item) : nullptr;
    if (!item)
        return fail(tr("No such item."));
    if (!assetsFor(*section, doorsOf(d->targetKind, d->targetId)).contains(key.asset))
        return fail(tr("No such door here: %1").arg(key.asset));
    auto v = normalizeValue(*item, value);
    if (!v)
        return fail(v.error());
    const Answer old = d->answers.value(key);
    Answer a{*v, note.isNull() ? old.note : note.trimmed(),
             photoSha256.isNull() ? old.photoSha256 : photoSha256, actor.id(),
             m_core.clock().nowMs()};
    if (Status s = m_store.saveAnswer(draftId, key, a, a.answeredAt); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT draftChanged(draftId);
    return {};
}

Status InspectionService::setNote(const Actor &actor, const QString &draftId, const AnswerKey &key,
                                  const QString &note)
{
    auto d = ownDraft(actor, draftId);
    if (!d)
        return fail(d.error());
    if (!d->answers.contains(key))
        return fail(tr("Answer the item first."));
    return answer(actor, draftId, key, d->answers.value(key).value,
                  note.isNull() ? QStringLiteral("") : note, QString());
}

Status InspectionService::setPhoto(const Actor &actor, const QString &draftId, const AnswerKey &key,
                                   const QString &photoSha256)
{
    auto d = ownDraft(actor, draftId);
    if (!d)
        return fail(d.error());
    const QString value = d->answers.value(key).value;
    const ItemDef *item = templateById(d->templateId)
                              ? templateById(d->templateId)->item(key.section, key.item)
                              : nullptr;
    if (value.isEmpty() && !(item && item->type == ItemType::Photo))
        return fail(tr("Answer the item first."));
    return answer(actor, draftId, key, value, QString(), photoSha256);
}

Result<int> InspectionService::markDoorsOk(const Actor &actor, const QString &draftId,
                                           const QStringList &doors)
{
    return markOk(actor, draftId, &doors);
}

Result<int> InspectionService::markAllOk(const Actor &actor, const QString &draftId)
{
    return markOk(actor, draftId, nullptr);
}

Result<int> InspectionService::markOk(const Actor &actor, const QString &draftId,
                                      const QStringList *doorsOnly)
{
    auto d = ownDraft(actor, draftId);
    if (!d)
        return Error{d.error()};
    const ChecklistTemplate *t = templateById(d->templateId);
    const QStringList allDoors = doorsOf(d->targetKind, d->targetId);
    if (doorsOnly)
        for (const QString &door : *doorsOnly)
            if (!allDoors.contains(door))
                return fail(tr("No such door here: %1").arg(door));
    const qint64 now = m_core.clock().nowMs();
    int filled = 0;
    Transaction tx(m_core.db());
    if (!tx.started())
        return fail(tx.error());
    for (const SectionDef &s : t->sections) {
        const bool door = s.repeat == QLatin1String("door");
        if (doorsOnly && !door)
            continue;
        for (const QString &asset :
             door ? (doorsOnly ? *doorsOnly : allDoors) : QStringList{QString()}) {
            for (const ItemDef &item : s.items) {
                const AnswerKey key{s.id, asset, item.id};
                if (item.type != ItemType::PassFail || d->answers.contains(key) ||
                    !isVisible(item, s.id, asset, d->answers))
                    continue;
                if (Status st = m_store.saveAnswer(
                        draftId, key, Answer{QStringLiteral("pass"), {}, {}, actor.id(), now}, now);
                    !st)
                    return fail(tr("Not saved: %1").arg(st.error()));
                ++filled;
            }
        }
    }
    if (Status st = tx.commit(); !st)
        return fail(tr("Not saved: %1").arg(st.error()));
    Q_EMIT draftChanged(draftId);
    return filled;
}

Result<QList<Problem>> InspectionService::problems(const QString &draftId)
{
    auto d = m_store.draft(draftId);
    if (!d)
        return Error{d.error()};
    if (!d->has_value())
        return fail(tr("This inspection is no longer open."));
    const ChecklistTemplate *t = templateById((*d)->templateId);
    if (!t)
        return fail(tr("No checklist %1.").arg((*d)->templateId));
    return checklists::problems(*t, doorsOf((*d)->targetKind, (*d)->targetId), (*d)->answers);
}

Result<QString> InspectionService::finalize(const Actor &actor, const QString &draftId,
                                            const QByteArray &signaturePng)
{
    auto d = ownDraft(actor, draftId);
    if (!d)
        return Error{d.error()};
    const ChecklistTemplate *t = templateById(d->templateId);
    if (!t)
        return fail(tr("No checklist %1.").arg(d->templateId));
    const QStringList doors = doorsOf(d->targetKind, d->targetId);
    const QList<Problem> open = checklists::problems(*t, doors, d->answers);
    if (!open.isEmpty())
        return fail(tr("%n item(s) still need an answer or a note.", "", int(open.size())));
    if (!signaturePng.startsWith("\x89PNG") || signaturePng.size() < 100)
        return fail(tr("Sign on the screen first."));

    // Only answers to items that are shown go into the record.
    Draft record = *d;
    record.answers.clear();
    int passed = 0, failedCount = 0, na = 0;
    QList<std::pair<AnswerKey, const ItemDef *>> fails;
    for (const SectionDef &s : t->sections)
        for (const QString &asset : assetsFor(s, doors))
            for (const ItemDef &item : s.items) {
                const AnswerKey key{s.id, asset, item.id};
                if (!d->answers.contains(key) || !isVisible(item, s.id, asset, d->answers))
                    continue;
                const Answer &a = d->answers[key];
                record.answers.insert(key, a);
                if (a.value == QLatin1String("pass"))
                    ++passed;
                else if (a.value == QLatin1String("na"))
                    ++na;
                else if (a.value == QLatin1String("fail")) {
                    ++failedCount;
                    fails << std::make_pair(key, &item);
                }
            }

    Database &db = m_core.db();
    Transaction tx(db);
    if (!tx.started())
        return fail(tr("Not saved: %1").arg(tx.error()));
    auto stamp = makeStamp(db, m_core.ids(), m_core.clock(), actor.id());
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    // The record keeps the draft's id, so links made while drafting still point at it.
    stamp->id = d->id;
    InspectionStore::NewInspection n{
        *stamp,
        record,
        t->json,
        passed,
        failedCount,
        na,
        signaturePng,
        QString::fromLatin1(
            QCryptographicHash::hash(signaturePng, QCryptographicHash::Sha256).toHex())};
    Status s = m_store.insertInspection(n);
    QJsonArray followUps;
    for (const auto &[key, item] : fails) {
        if (!s)
            break;
        auto fs = makeStamp(db, m_core.ids(), m_core.clock(), actor.id());
        if (!fs) {
            s = fail(fs.error());
            break;
        }
        FollowUp f;
        const bool door = !key.asset.isEmpty();
        f.assetKind = door ? QStringLiteral("door") : d->targetKind;
        f.assetId = door ? d->targetId + QLatin1Char('/') + key.asset : d->targetId;
        f.assetLabel = door ? d->targetId + QLatin1Char(' ') + key.asset : d->targetId;
        const QString note = d->answers[key].note.trimmed();
        f.problem = item->text.zh + QStringLiteral(" / ") + item->text.en +
                    (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
        f.priority = item->priorityOnFail;
        f.dueAt = stamp->createdAt + followUpWindowMs(f.priority);
        f.sourceKind = QStringLiteral("inspection");
        f.sourceId = d->id;
        s = m_store.insertFollowUp(*fs, f, key.item);
        if (s)
            s = m_core.links()
                        .add(actor.id(), {QStringLiteral("inspection"), d->id},
                             {QStringLiteral("follow_up"), fs->id}, QStringLiteral("raised"))
                        .ok()
                    ? Status()
                    : Status(fail(QStringLiteral("link")));
        if (s && !d->linkedAlarm.isEmpty())
            s = m_core.links()
                        .add(actor.id(), {QStringLiteral("alarm"), d->linkedAlarm},
                             {QStringLiteral("follow_up"), fs->id}, QStringLiteral("follow_up"))
                        .ok()
                    ? Status()
                    : Status(fail(QStringLiteral("link")));
        followUps << fs->id;
    }
    if (s && !d->linkedAlarm.isEmpty())
        s = m_core.links()
                    .add(actor.id(), {QStringLiteral("alarm"), d->linkedAlarm},
                         {QStringLiteral("inspection"), d->id}, QStringLiteral("checked_by"))
                    .ok()
                ? Status()
                : Status(fail(QStringLiteral("link")));
    if (s && !d->revisionOf.isEmpty())
        s = m_core.links()
                    .add(actor.id(), {QStringLiteral("inspection"), d->id},
                         {QStringLiteral("inspection"), d->revisionOf}, QStringLiteral("revises"))
                    .ok()
                ? Status()
                : Status(fail(QStringLiteral("link")));
    // The inspection as finalized, sealed into the audit trail: `verify` finds any later change.
    auto seal = s ? RecordSeal::of(m_core.db(), QStringLiteral("inspection"), d->id)
                  : Result<QString>(fail(s.error()));
    if (s && !seal)
        s = fail(seal.error());
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("inspection_finalized"),
                                  QStringLiteral("inspection"), d->id, {},
                                  {{QStringLiteral("seal"), *seal},
                                   {QStringLiteral("template"), t->id},
                                   {QStringLiteral("version"), t->version},
                                   {QStringLiteral("target"), d->targetId},
                                   {QStringLiteral("passed"), passed},
                                   {QStringLiteral("failed"), failedCount},
                                   {QStringLiteral("not_applicable"), na},
                                   {QStringLiteral("follow_ups"), followUps},
                                   {QStringLiteral("revision_of"), d->revisionOf}});
    if (s)
        s = m_store.deleteDraft(d->id);
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    qCInfo(lcChecklists) << "inspection finalized" << d->id << t->id << d->targetId << passed
                         << failedCount;
    Q_EMIT inspectionFinalized(d->id);
    if (!fails.isEmpty())
        Q_EMIT followUpsChanged();
    return d->id;
}

Status InspectionService::discard(const Actor &actor, const QString &draftId)
{
    auto d = ownDraft(actor, draftId);
    if (!d)
        return fail(d.error());
    if (Status s = m_store.deleteDraft(draftId); !s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT draftChanged(draftId);
    return {};
}

Status InspectionService::review(const Actor &actor, const QString &inspectionId, bool approve,
                                 const QString &comment)
{
    if (!actor.can(Permission::ReviewInspection))
        return fail(tr("Only a supervisor may review inspections."));
    if (!approve && comment.trimmed().isEmpty())
        return fail(tr("Say what needs correcting."));
    auto rec = m_store.inspection(inspectionId);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value())
        return fail(tr("No such inspection."));
    if (!(*rec)->review.isEmpty())
        return fail(tr("This inspection has been reviewed already."));
    Transaction tx(m_core.db());
    auto stamp = tx.started() ? makeStamp(m_core.db(), m_core.ids(), m_core.clock(), actor.id())
                              : Result<Stamp>(fail(tx.error()));
    if (!stamp)
        return fail(tr("Not saved: %1").arg(stamp.error()));
    const QString decision = approve ? QStringLiteral("approved") : QStringLiteral("sent_back");
    Status s = m_store.insertReview(*stamp, inspectionId, decision, comment.trimmed());
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("inspection_reviewed"),
                                  QStringLiteral("inspection"), inspectionId, {},
                                  {{QStringLiteral("decision"), decision},
                                   {QStringLiteral("comment"), comment.trimmed()}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT inspectionFinalized(inspectionId);
    return {};
}

Result<QString> InspectionService::revise(const Actor &actor, const QString &inspectionId)
{
    auto rec = m_store.inspection(inspectionId);
    if (!rec)
        return Error{rec.error()};
    if (!rec->has_value())
        return fail(tr("No such inspection."));
    if ((*rec)->review != QLatin1String("sent_back"))
        return fail(tr("Only an inspection sent back by a supervisor is corrected."));
    auto started = start(actor, (*rec)->templateId, (*rec)->targetKind, (*rec)->targetId);
    if (!started)
        return started;
    auto answers = m_store.answers(inspectionId);
    if (!answers)
        return Error{answers.error()};
    Transaction tx(m_core.db());
    Status s = tx.started() ? Status() : Status(fail(tx.error()));
    if (s)
        s = m_store.setRevisionOf(*started, inspectionId);
    for (auto it = answers->cbegin(); s && it != answers->cend(); ++it)
        s = m_store.saveAnswer(*started, it.key(), it.value(), m_core.clock().nowMs());
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT draftChanged(*started);
    return started;
}

Status InspectionService::followUpEvent(const Actor &actor, const QString &followUpId,
                                        const QString &kind, const QString &note)
{
    auto f = m_store.followUp(followUpId);
    if (!f)
        return fail(f.error());
    if (!f->has_value())
        return fail(tr("No such follow-up."));
    if (kind == QLatin1String("closed") && (*f)->status == QLatin1String("closed"))
        return fail(tr("This follow-up is closed already."));
    Transaction tx(m_core.db());
    auto parent = m_store.followUpHead(followUpId);
    auto stamp = tx.started() ? makeStamp(m_core.db(), m_core.ids(), m_core.clock(), actor.id())
                              : Result<Stamp>(fail(tx.error()));
    if (!stamp || !parent)
        return fail(tr("Not saved: %1").arg(stamp ? parent.error() : stamp.error()));
    Status s = m_store.insertFollowUpEvent(*stamp, followUpId, kind, note.trimmed(), *parent);
    if (s)
        s = FollowUpFold::rebuild(m_core.db(), {followUpId});
    if (s)
        s = m_core.audit().record(actor.id(), QStringLiteral("follow_up_") + kind,
                                  QStringLiteral("follow_up"), followUpId,
                                  {{QStringLiteral("status"), (*f)->status}},
                                  {{QStringLiteral("note"), note.trimmed()}});
    if (s)
        s = tx.commit();
    if (!s)
        return fail(tr("Not saved: %1").arg(s.error()));
    Q_EMIT followUpsChanged();
    return {};
}

Status InspectionService::addFollowUpNote(const Actor &actor, const QString &followUpId,
                                          const QString &note)
{
    if (!actor.can(Permission::RunInspection) && !actor.can(Permission::CloseFollowUp))
        return fail(tr("Your role may not work on follow-ups."));
    if (note.trimmed().isEmpty())
        return fail(tr("Write the note first."));
    return followUpEvent(actor, followUpId, QStringLiteral("note"), note);
}

Status InspectionService::closeFollowUp(const Actor &actor, const QString &followUpId,
                                        const QString &note)
{
    if (!actor.can(Permission::CloseFollowUp))
        return fail(tr("Only a supervisor may close a follow-up."));
    if (note.trimmed().isEmpty())
        return fail(tr("Say how it was put right."));
    return followUpEvent(actor, followUpId, QStringLiteral("closed"), note);
}

Result<QString> InspectionService::storePhoto(const Actor &actor, const QString &file)
{
    if (!actor.can(Permission::RunInspection))
        return fail(tr("Your role may not run inspections."));
    return PhotoStore(m_core).store(file, actor.id());
}

Result<QList<DueEntry>> InspectionService::due()
{
    auto drafts = m_store.drafts();
    if (!drafts)
        return Error{drafts.error()};
    QHash<QString, QString> inProgress;
    for (const Draft &d : *drafts)
        inProgress.insert(
            d.templateId + QLatin1Char('|') + d.targetKind + QLatin1Char('|') + d.targetId, d.id);
    return dueList(m_templates, m_core.config(), m_store, m_core.clock().nowMs(), inProgress);
}

} // namespace so::checklists
