#include "PatrolService.h"
#include "AssetAlarms.h"
#include "AuthService.h"
#include "DoorLayout.h"
#include "StationCore.h"

#include <QUrl>

namespace so::checklists {

namespace {

QVariantMap outcome(const Status &s)
{
    return {{QStringLiteral("ok"), s.ok()}, {QStringLiteral("message"), s.error()}};
}

} // namespace

PatrolService::PatrolService(StationCore &core, InspectionService &service, AuthService &auth, QObject *parent)
    : QObject(parent), m_core(core), m_service(service), m_auth(auth)
{
    connect(&service, &InspectionService::inspectionFinalized, this, &PatrolService::refresh);
    connect(&service, &InspectionService::followUpsChanged, this, &PatrolService::refresh);
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        leave();
        refresh();
    });
    // Due becomes overdue with time alone.
    m_minute.setInterval(60 * 1000);
    m_minute.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_minute, &QTimer::timeout, this, &PatrolService::refresh);
    m_minute.start();
    refresh();
}

Result<Actor> PatrolService::actor(Permission p)
{
    auto a = m_auth.require(p);
    if (!a)
        setMessage(a.error());
    return a;
}

void PatrolService::setMessage(const QString &m)
{
    if (m == m_message)
        return;
    m_message = m;
    Q_EMIT messageChanged();
}

void PatrolService::refresh()
{
    if (auto due = m_service.due())
        m_due.setEntries(*due);
    const qint64 now = m_core.clock().nowMs();
    if (auto recent = m_service.store().inspections(now - 7LL * 24 * 3600 * 1000, now + 1, 50)) {
        m_recent.clear();
        for (const InspectionRecord &r : *recent) {
            const ChecklistTemplate *t = m_service.templateById(r.templateId);
            m_recent << QVariantMap{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("nameZh"), t ? t->name.zh : r.templateId},
                                    {QStringLiteral("nameEn"), t ? t->name.en : r.templateId},
                                    {QStringLiteral("target"), r.targetId},
                                    {QStringLiteral("by"), r.createdBy},
                                    {QStringLiteral("finishedAt"), r.finishedAt},
                                    {QStringLiteral("failed"), r.failed},
                                    {QStringLiteral("review"), r.review},
                                    {QStringLiteral("reviewComment"), r.reviewComment},
                                    {QStringLiteral("revisionOf"), r.revisionOf}};
        }
        Q_EMIT recentChanged();
    }
    if (auto f = m_service.store().openFollowUps())
        m_followUps.setRows(*f);
    rebuildDoors();
}

const ChecklistTemplate *PatrolService::currentTemplate() const
{
    return m_draft ? m_service.templateById(m_draft->templateId) : nullptr;
}

Names PatrolService::targetName() const
{
    if (!m_draft)
        return {};
    const StationConfig &st = m_core.config();
    if (m_draft->targetKind == QLatin1String("platform-side")) {
        const PlatformSide *side = nullptr;
        if (const Platform *p = platformOfSide(st, m_draft->targetId, &side))
            return {p->name.zh + QLatin1Char(' ') + side->name.zh, p->name.en + QStringLiteral(", ") + side->name.en};
    } else if (const Area *a = st.area(m_draft->targetId)) {
        return a->name;
    }
    return st.name;
}

QString PatrolService::templateNameZh() const
{
    const ChecklistTemplate *t = currentTemplate();
    return t ? t->name.zh : QString();
}

QString PatrolService::templateNameEn() const
{
    const ChecklistTemplate *t = currentTemplate();
    return t ? t->name.en : QString();
}

QString PatrolService::targetNameZh() const
{
    return targetName().zh;
}

QString PatrolService::targetNameEn() const
{
    return targetName().en;
}

bool PatrolService::perDoor() const
{
    const ChecklistTemplate *t = currentTemplate();
    return t && t->perDoor();
}

QVariantList PatrolService::sections() const
{
    QVariantList out;
    if (const ChecklistTemplate *t = currentTemplate())
        for (const SectionDef &s : t->sections)
            out << QVariantMap{{QStringLiteral("id"), s.id},
                               {QStringLiteral("titleZh"), s.title.zh},
                               {QStringLiteral("titleEn"), s.title.en},
                               {QStringLiteral("perDoor"), s.repeat == QLatin1String("door")}};
    return out;
}

bool PatrolService::start(const QString &templateId, const QString &targetKind, const QString &targetId)
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

bool PatrolService::startForAlarm(const QString &alarmKey, const QString &targetKind, const QString &targetId)
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
    setMessage(tr("No checklist covers %1.").arg(targetId));
    return false;
}

bool PatrolService::resume(const QString &draftId)
{
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

void PatrolService::leave()
{
    if (!m_draft)
        return;
    m_draft.reset();
    m_section.clear();
    m_asset.clear();
    m_problems.clear();
    m_items.setRows({});
    Q_EMIT draftChanged();
    Q_EMIT selectionChanged();
    Q_EMIT progressChanged();
    refresh();
}

void PatrolService::reloadDraft()
{
    if (!m_draft)
        return;
    auto d = m_service.store().draft(m_draft->id);
    if (!d || !d->has_value())
        return;
    m_draft = **d;
    if (const ChecklistTemplate *t = currentTemplate())
        m_problems = checklists::problems(*t, m_service.doorsOf(m_draft->targetKind, m_draft->targetId), m_draft->answers);
    rebuildDoors();
    rebuildItems();
    Q_EMIT progressChanged();
}

void PatrolService::rebuildDoors()
{
    const QString side = m_draft && m_draft->targetKind == QLatin1String("platform-side") ? m_draft->targetId : QString();
    if (side.isEmpty() || !perDoor()) {
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
        r.now = failed ? QStringLiteral("fail") : answered == 0 ? QStringLiteral("unchecked")
                : answered < shown ? QStringLiteral("partial") : QStringLiteral("pass");
        rows << r;
    }
    m_doors.setRows(rows);
}

void PatrolService::rebuildItems()
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

void PatrolService::openDoor(const QString &door)
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

void PatrolService::openSection(const QString &sectionId)
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

bool PatrolService::answer(const QString &itemId, const QString &value)
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

bool PatrolService::setNote(const QString &itemId, const QString &note)
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

bool PatrolService::attachPhoto(const QString &itemId, const QUrl &file)
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
    const Status st = m_service.setPhoto(*a, m_draft->id, AnswerKey{m_section, asset, itemId}, *sha);
    setMessage(st.error());
    reloadDraft();
    return st.ok();
}

int PatrolService::passDoors(const QStringList &doors)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return 0;
    auto n = m_service.markDoorsOk(*a, m_draft->id, doors);
    setMessage(n ? QString() : n.error());
    reloadDraft();
    return n ? *n : 0;
}

int PatrolService::restOfDoorOk()
{
    return m_asset.isEmpty() ? 0 : passDoors({m_asset});
}

int PatrolService::bankOk(int bank)
{
    QStringList doors;
    for (const DoorRow &r : m_doors.rows())
        if (r.bank == bank && r.now == QLatin1String("unchecked"))
            doors << r.id;
    return passDoors(doors);
}

int PatrolService::remainingDoorsOk()
{
    QStringList doors;
    for (const DoorRow &r : m_doors.rows())
        if (r.now == QLatin1String("unchecked"))
            doors << r.id;
    return passDoors(doors);
}

int PatrolService::allOthersOk()
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return 0;
    auto n = m_service.markAllOk(*a, m_draft->id);
    setMessage(n ? QString() : n.error());
    reloadDraft();
    return n ? *n : 0;
}

QVariantList PatrolService::problems() const
{
    QVariantList out;
    const ChecklistTemplate *t = currentTemplate();
    for (const Problem &p : m_problems) {
        const ItemDef *item = t ? t->item(p.key.section, p.key.item) : nullptr;
        out << QVariantMap{{QStringLiteral("section"), p.key.section}, {QStringLiteral("asset"), p.key.asset},
                           {QStringLiteral("item"), p.key.item},
                           {QStringLiteral("textZh"), item ? item->text.zh : p.key.item},
                           {QStringLiteral("textEn"), item ? item->text.en : p.key.item},
                           {QStringLiteral("message"), p.message}};
    }
    return out;
}

QVariantMap PatrolService::finalize(const QString &signatureDataUrl)
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return outcome(fail(a ? tr("No inspection is open.") : a.error()));
    const QString prefix = QStringLiteral("data:image/png;base64,");
    const QByteArray png = signatureDataUrl.startsWith(prefix)
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
    return {{QStringLiteral("ok"), true}, {QStringLiteral("id"), *id}};
}

QVariantMap PatrolService::discard()
{
    auto a = actor(Permission::RunInspection);
    if (!a || !m_draft)
        return outcome(fail(a ? tr("No inspection is open.") : a.error()));
    const Status s = m_service.discard(*a, m_draft->id);
    if (s)
        leave();
    return outcome(s);
}

QVariantMap PatrolService::review(const QString &inspectionId, bool approve, const QString &comment)
{
    auto a = actor(Permission::ReviewInspection);
    if (!a)
        return outcome(fail(a.error()));
    return outcome(m_service.review(*a, inspectionId, approve, comment));
}

bool PatrolService::revise(const QString &inspectionId)
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

QVariantMap PatrolService::closeFollowUp(const QString &followUpId, const QString &note)
{
    auto a = actor(Permission::CloseFollowUp);
    if (!a)
        return outcome(fail(a.error()));
    return outcome(m_service.closeFollowUp(*a, followUpId, note));
}

} // namespace so::checklists
