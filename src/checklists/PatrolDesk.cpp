#include "PatrolDesk.h"
#include "AssetAlarms.h"
#include "AuthService.h"
#include "DoorLayout.h"
#include "StaffStore.h"
#include "StationCore.h"
#include "StationInfo.h"

#include <QUrl>

namespace so::checklists {

namespace {

DeskOutcome outcome(const Status &s)
{
    return DeskOutcome::of(s);
}

} // namespace

PatrolDesk::PatrolDesk(StationCore &core, InspectionService &service, AuthService &auth,
                       const StationInfo &station, QObject *parent)
    : QObject(parent), m_core(core), m_service(service), m_auth(auth), m_station(station)
{
    m_due.follow(&station);
    m_doors.follow(&station);
    m_items.follow(&station);
    m_followUps.follow(&station);
    m_recent.follow(&station);
    m_problemRows.follow(&station);
    m_sections.follow(&station);
    connect(this, &PatrolDesk::draftChanged, this, &PatrolDesk::rebuildSections);
    connect(&station, &StationInfo::nameChanged, this, &PatrolDesk::namesChanged);
    connect(this, &PatrolDesk::draftChanged, this, &PatrolDesk::namesChanged);
    connect(&service, &InspectionService::inspectionFinalized, this, &PatrolDesk::refresh);
    connect(&service, &InspectionService::followUpsChanged, this, &PatrolDesk::refresh);
    connect(&service, &InspectionService::recordsArrived, this, &PatrolDesk::refresh);
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        leave();
        refresh();
    });
    // Due becomes overdue with time alone.
    m_minute.setInterval(60 * 1000);
    m_minute.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_minute, &QTimer::timeout, this, &PatrolDesk::refresh);
    m_minute.start();
    refresh();
}

Result<Actor> PatrolDesk::actor(Permission p)
{
    auto a = m_auth.require(p);
    if (!a)
        setMessage(a.error());
    return a;
}

void PatrolDesk::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    Q_EMIT messageChanged();
}

QString PatrolDesk::in(const Names &names) const
{
    return names.in(m_station.language());
}

Names PatrolDesk::staffName(const QString &staffNo)
{
    auto m = StaffStore(m_core.db()).current(staffNo);
    if (!m || !m->has_value())
        return {staffNo, staffNo};
    return {(*m)->nameZh, (*m)->nameEn};
}

void PatrolDesk::refresh()
{
    if (auto due = m_service.due())
        m_due.setEntries(*due);
    const qint64 now = m_core.clock().nowMs();
    const std::optional<Actor> me = m_auth.actor();
    const Access access = m_auth.access();
    if (auto recent = m_service.store().inspections(now - 7LL * 24 * 3600 * 1000, now + 1, 50)) {
        QList<RecentRow> rows;
        for (const InspectionRecord &r : *recent) {
            const ChecklistTemplate *t = m_service.templateById(r.templateId);
            RecentRow row{r, t ? t->name : Names{r.templateId, r.templateId},
                          assetName(m_core.config(), r.targetKind, r.targetId),
                          staffName(r.createdBy)};
            row.reviewable = r.review.isEmpty() && access.reviewInspection;
            row.revisable = r.review == QLatin1String("sent_back") && me &&
                            me->staffNo == r.createdBy && access.runInspection;
            rows << row;
        }
        m_recent.setRows(rows);
    }
    if (auto open = m_service.store().openFollowUps()) {
        QList<FollowUpView> rows;
        for (const FollowUp &f : *open)
            rows << FollowUpView{f, assetName(m_core.config(), f.assetKind, f.assetId),
                                 m_service.followUpProblem(f), staffName(f.createdBy)};
        m_followUps.setRows(rows);
    }
    rebuildDoors();
}

const ChecklistTemplate *PatrolDesk::currentTemplate() const
{
    return m_draft ? m_service.templateById(m_draft->templateId) : nullptr;
}

Names PatrolDesk::targetName() const
{
    return m_draft ? assetName(m_core.config(), m_draft->targetKind, m_draft->targetId) : Names{};
}

QString PatrolDesk::title() const
{
    const ChecklistTemplate *t = currentTemplate();
    return t ? in(t->name) + QStringLiteral(" · ") + in(targetName()) : QString();
}

QString PatrolDesk::currentAssetName() const
{
    return m_asset.isEmpty() ? QString() : in(doorName(m_asset));
}

bool PatrolDesk::doorSection() const
{
    const ChecklistTemplate *t = currentTemplate();
    const SectionDef *s = t ? t->section(m_section) : nullptr;
    return s && s->repeat == QLatin1String("door");
}

bool PatrolDesk::perDoor() const
{
    const ChecklistTemplate *t = currentTemplate();
    return t && t->perDoor();
}

bool PatrolDesk::start(const QString &templateId, const QString &targetKind,
                       const QString &targetId)
{
    auto a = actor(Permission::RunInspection);
    if (!a)
        return false;
    auto id = m_service.start(*a, templateId, targetKind, targetId);
    if (!id) {
        setMessage(id.error());
        return false;
    }
    return resume(*id);
}

bool PatrolDesk::startForAlarm(const QString &alarmKey, const QString &targetKind,
                               const QString &targetId)
{
    auto a = actor(Permission::RunInspection);
    if (!a)
        return false;
    // The first checklist that applies to the alarm's place.
    for (const ChecklistTemplate &t : m_service.templates()) {
        for (const TargetRef &r : targetsFor(t, m_core.config())) {
            if (r.kind != targetKind || r.id != targetId)
                continue;
            auto id = m_service.start(*a, t.id, targetKind, targetId, alarmKey);
            if (!id) {
                setMessage(id.error());
                return false;
            }
            return resume(*id);
        }
    }
    setMessage(
        tr("No checklist covers %1.").arg(in(assetName(m_core.config(), targetKind, targetId))));
    return false;
}

bool PatrolDesk::resume(const QString &draftId)
{
    view(QString());
    auto d = m_service.store().draft(draftId);
    if (!d || !d->has_value()) {
        setMessage(d ? tr("This inspection is no longer open.") : d.error());
        return false;
    }
    m_draft = **d;
    const ChecklistTemplate *t = currentTemplate();
    m_section = t && !t->sections.isEmpty() ? t->sections.first().id : QString();
    m_asset.clear();
    setMessage(QString());
    Q_EMIT draftChanged();
    Q_EMIT selectionChanged();
    reloadDraft();
    return true;
}

void PatrolDesk::view(const QString &sideId, const QString &templateId)
{
    m_viewTemplate = templateId;
    if (m_viewing == sideId)
        return;
    m_viewing = sideId;
    Q_EMIT viewingChanged();
    Q_EMIT namesChanged();
    rebuildDoors();
}

bool PatrolDesk::startViewed()
{
    if (m_viewing.isEmpty() || m_viewTemplate.isEmpty())
        return false;
    return start(m_viewTemplate, QStringLiteral("platform-side"), m_viewing);
}

QString PatrolDesk::viewingName() const
{
    return m_viewing.isEmpty() ? QString() : in(sideName(m_core.config(), m_viewing));
}

void PatrolDesk::leave()
{
    if (!m_draft)
        return;
    if (m_draft->answers.isEmpty()) {
        // Also when leaving because its owner signed out: the empty working row is theirs.
        const Actor owner = m_auth.actor().value_or(Actor{m_draft->startedBy, Role::Agent, false});
        if (const Status s = m_service.discard(owner, m_draft->id); !s)
            setMessage(s.error());
    }
    m_draft.reset();
    m_section.clear();
    m_asset.clear();
    setProblems({});
    // Views let go of the rows first (their model follows `active`); a view that is only
    // deleted later would otherwise hold rows the model no longer has.
    Q_EMIT draftChanged();
    m_items.setRows({});
    Q_EMIT selectionChanged();
    Q_EMIT progressChanged();
    refresh();
}

void PatrolDesk::reloadDraft()
{
    if (!m_draft)
        return;
    auto d = m_service.store().draft(m_draft->id);
    if (!d || !d->has_value())
        return;
    m_draft = **d;
    if (const ChecklistTemplate *t = currentTemplate())
        setProblems(checklists::problems(
            *t, m_service.doorsOf(m_draft->targetKind, m_draft->targetId), m_draft->answers));
    rebuildDoors();
    rebuildItems();
    Q_EMIT progressChanged();
}

void PatrolDesk::rebuildDoors()
{
    const bool inspecting =
        m_draft && m_draft->targetKind == QLatin1String("platform-side") && perDoor();
    const QString side = inspecting ? m_draft->targetId : m_viewing;
    if (side.isEmpty()) {
        m_doors.setRows({});
        return;
    }
    const Platform *p = platformOfSide(m_core.config(), side);
    if (!p)
        return;
    const ChecklistTemplate *t = currentTemplate();
    const auto last = m_service.store().latestDoorResults(side);
    const auto open = m_service.store().openFollowUps(side + QLatin1Char('/'));
    QList<DoorRow> rows;
    for (const DoorAsset &d : checklists::doorsOf(*p)) {
        DoorRow r{d.id, d.kind, d.bank, QStringLiteral("unchecked"), QString(), 0, 0};
        if (last && last->contains(d.id))
            r.last = last->value(d.id).result;
        if (open)
            for (const FollowUp &f : *open)
                r.followUps += f.assetId == side + QLatin1Char('/') + d.id;
        if (m_alarms)
            r.alarms = m_alarms->activeAlarmsAt(QStringLiteral("platform-side"), side, d.id);
        if (!inspecting) {
            rows << r;
            continue;
        }
        // This inspection: fail if any item failed; pass when every shown item is answered.
        int shown = 0, answered = 0;
        bool failed = false;
        for (const SectionDef &s : t->sections) {
            if (s.repeat != QLatin1String("door"))
                continue;
            for (const ItemDef &item : s.items) {
                if (!isVisible(item, s.id, d.id, m_draft->answers))
                    continue;
                ++shown;
                const auto a = m_draft->answers.constFind(AnswerKey{s.id, d.id, item.id});
                if (a == m_draft->answers.constEnd())
                    continue;
                ++answered;
                failed |= a->value == QLatin1String("fail");
            }
        }
        r.now = failed             ? QStringLiteral("fail")
                : answered == 0    ? QStringLiteral("unchecked")
                : answered < shown ? QStringLiteral("partial")
                                   : QStringLiteral("pass");
        rows << r;
    }
    m_doors.setRows(rows);
}

void PatrolDesk::rebuildItems()
{
    const ChecklistTemplate *t = currentTemplate();
    const SectionDef *s = t ? t->section(m_section) : nullptr;
    if (!s || (s->repeat == QLatin1String("door") && m_asset.isEmpty())) {
        m_items.setRows({});
        return;
    }
    const QString asset = s->repeat == QLatin1String("door") ? m_asset : QString();
    QList<ItemRow> rows;
    for (const ItemDef &item : s->items) {
        if (!isVisible(item, s->id, asset, m_draft->answers))
            continue;
        ItemRow r;
        r.section = s->id;
        r.asset = asset;
        r.item = &item;
        const AnswerKey key{s->id, asset, item.id};
        r.answered = m_draft->answers.contains(key);
        r.answer = m_draft->answers.value(key);
        for (const Problem &p : m_problems)
            if (p.key == key && r.answered)
                r.problem = p.message;
        rows << r;
    }
    m_items.setRows(rows);
}

void PatrolDesk::openDoor(const QString &door)
{
    const ChecklistTemplate *t = currentTemplate();
    if (!t)
        return;
    for (const SectionDef &s : t->sections)
        if (s.repeat == QLatin1String("door")) {
            m_section = s.id;
            break;
        }
    m_asset = door;
    Q_EMIT selectionChanged();
    rebuildItems();
}

void PatrolDesk::openSection(const QString &sectionId)
{
    const ChecklistTemplate *t = currentTemplate();
    if (!t || !t->section(sectionId))
        return;
    m_section = sectionId;
    if (t->section(sectionId)->repeat != QLatin1String("door"))
        m_asset.clear();
    Q_EMIT selectionChanged();
    rebuildItems();
}

bool PatrolDesk::answer(const QString &itemId, const QString &value)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return false;
    const SectionDef *s = currentTemplate() ? currentTemplate()->section(m_section) : nullptr;
    const QString asset = s && s->repeat == QLatin1String("door") ? m_asset : QString();
    const Status st = m_service.answer(*a, m_draft->id, AnswerKey{m_section, asset, itemId}, value);
    setMessage(st.error());
    reloadDraft();
    return st.ok();
}

bool PatrolDesk::setNote(const QString &itemId, const QString &note)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return false;
    const SectionDef *s = currentTemplate() ? currentTemplate()->section(m_section) : nullptr;
    const QString asset = s && s->repeat == QLatin1String("door") ? m_asset : QString();
    const Status st = m_service.setNote(*a, m_draft->id, AnswerKey{m_section, asset, itemId}, note);
    setMessage(st.error());
    reloadDraft();
    return st.ok();
}

bool PatrolDesk::attachPhoto(const QString &itemId, const QUrl &file)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return false;
    auto sha = m_service.storePhoto(*a, file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!sha) {
        setMessage(sha.error());
        return false;
    }
    const SectionDef *s = currentTemplate() ? currentTemplate()->section(m_section) : nullptr;
    const QString asset = s && s->repeat == QLatin1String("door") ? m_asset : QString();
    const Status st =
        m_service.setPhoto(*a, m_draft->id, AnswerKey{m_section, asset, itemId}, *sha);
    setMessage(st.error());
    reloadDraft();
    return st.ok();
}

bool PatrolDesk::toggleOption(const QString &itemId, const QString &optionId)
{
    const ItemRow *row = m_items.find(itemId);
    if (!row || !row->item)
        return false;
    if (row->item->type != ItemType::MultiChoice)
        return answer(itemId, optionId);
    QStringList picked = row->answer.value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!picked.removeOne(optionId))
        picked << optionId;
    // Kept in the order the checklist lists its options, whatever order they were tapped in.
    QStringList ordered;
    for (const ChoiceOption &o : row->item->options)
        if (picked.contains(o.id))
            ordered << o.id;
    return answer(itemId, ordered.join(QLatin1Char(',')));
}

int PatrolDesk::passDoors(const QStringList &doors)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return 0;
    auto n = m_service.markDoorsOk(*a, m_draft->id, doors);
    setMessage(n ? QString() : n.error());
    reloadDraft();
    return n ? *n : 0;
}

int PatrolDesk::restOfDoorOk()
{
    return m_asset.isEmpty() ? 0 : passDoors({m_asset});
}

int PatrolDesk::bankOk(int bank)
{
    QStringList doors;
    for (const DoorRow &r : m_doors.rows())
        if (r.bank == bank && r.now == QLatin1String("unchecked"))
            doors << r.id;
    return passDoors(doors);
}

int PatrolDesk::remainingDoorsOk()
{
    QStringList doors;
    for (const DoorRow &r : m_doors.rows())
        if (r.now == QLatin1String("unchecked"))
            doors << r.id;
    return passDoors(doors);
}

int PatrolDesk::allOthersOk()
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return 0;
    auto n = m_service.markAllOk(*a, m_draft->id);
    setMessage(n ? QString() : n.error());
    reloadDraft();
    return n ? *n : 0;
}

void PatrolDesk::setProblems(QList<Problem> problems)
{
    m_problems = std::move(problems);
    const ChecklistTemplate *t = currentTemplate();
    QList<ProblemRow> rows;
    for (const Problem &p : m_problems) {
        const ItemDef *item = t ? t->item(p.key.section, p.key.item) : nullptr;
        rows << ProblemRow{p.key.section,
                           p.key.asset,
                           p.key.item,
                           p.key.asset.isEmpty() ? Names{} : doorName(p.key.asset),
                           item ? item->text : Names{p.key.item, p.key.item},
                           p.message};
    }
    m_problemRows.setRows(rows);
}

void PatrolDesk::rebuildSections()
{
    QList<Choice> rows;
    if (const ChecklistTemplate *t = currentTemplate())
        for (const SectionDef &s : t->sections)
            if (s.repeat != QLatin1String("door")) // the doors have their own tab and map
                rows << Choice{s.id, s.title, {}};
    m_sections.setChoices(rows);
}

DeskOutcome PatrolDesk::finalize(const QString &signatureDataUrl)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return outcome(fail(a ? tr("No inspection is open.") : a.error()));
    const QString prefix = QStringLiteral("data:image/png;base64,");
    const QByteArray png =
        signatureDataUrl.startsWith(prefix)
            ? QByteArray::fromBase64(signatureDataUrl.mid(prefix.size()).toLatin1())
            : QByteArray();
    auto id = m_service.finalize(*a, m_draft->id, png);
    if (!id) {
        setMessage(id.error());
        return outcome(fail(id.error()));
    }
    m_lastFinalized = *id;
    Q_EMIT finalized();
    leave();
    return DeskOutcome::made(*id);
}

DeskOutcome PatrolDesk::discard()
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return outcome(fail(a ? tr("No inspection is open.") : a.error()));
    const Status s = m_service.discard(*a, m_draft->id);
    if (s)
        leave();
    return outcome(s);
}

DeskOutcome PatrolDesk::review(const QString &inspectionId, bool approve, const QString &comment)
{
    auto a = actor(Permission::ReviewInspection);
    if (!a)
        return outcome(fail(a.error()));
    return outcome(m_service.review(*a, inspectionId, approve, comment));
}

bool PatrolDesk::revise(const QString &inspectionId)
{
    auto a = actor(Permission::RunInspection);
    if (!a)
        return false;
    auto id = m_service.revise(*a, inspectionId);
    if (!id) {
        setMessage(id.error());
        return false;
    }
    return resume(*id);
}

DeskOutcome PatrolDesk::closeFollowUp(const QString &followUpId, const QString &note)
{
    auto a = actor(Permission::CloseFollowUp);
    if (!a)
        return outcome(fail(a.error()));
    return outcome(m_service.closeFollowUp(*a, followUpId, note));
}

} // namespace so::checklists
