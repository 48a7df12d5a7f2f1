#include "HandoverService.h"
#include "AuthService.h"
#include "RecordKinds.h"
#include "RecordWrite.h"
#include "StationCore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSupervision, "stationops.supervision")

namespace so::supervision {

namespace {
constexpr int kMaxNote = 1000;

OpenItem noteItem(const HandoverNote &n, qint64 handedAt)
{
    OpenItem i;
    i.job = QStringLiteral("notes");
    i.kind = QStringLiteral("note");
    i.key = n.id;
    i.title = Names{n.text, n.text};
    i.detail = Names{n.by, n.by};
    i.since = n.at;
    i.carriedSince = handedAt;
    return i;
}
} // namespace

HandoverService::HandoverService(Sources sources, AuthService &auth, QObject *parent)
    : QObject(parent), m_sources(sources), m_auth(auth), m_store(sources.core.db())
{
}

Result<QList<OpenItem>> HandoverService::openNow()
{
    const qint64 now = m_sources.core.clock().nowMs();
    auto items = collectOpenItems(m_sources, now);
    if (!items)
        return Error{items.error()};
    auto last = m_store.latest();
    if (!last)
        return Error{last.error()};
    // An item the last handover listed is carried since that handover first listed it.
    QHash<QString, qint64> carried;
    if (last->has_value()) {
        for (const OpenItem &i : (*last)->items)
            carried.insert(i.uid(), i.carriedSince > 0 ? i.carriedSince : (*last)->at);
    }
    QList<OpenItem> out = items.take();
    for (OpenItem &i : out)
        i.carriedSince = carried.value(i.uid(), 0);
    auto notes = m_store.openNotes();
    if (!notes)
        return Error{notes.error()};
    for (const HandoverNote &n : *notes) {
        auto h = carried.contains(QStringLiteral("note:") + n.id)
                     ? carried.value(QStringLiteral("note:") + n.id)
                     : n.at;
        out << noteItem(n, h);
    }
    return out;
}

Result<QString> HandoverService::addDraftNote(const Actor &actor, const QString &text)
{
    if (!actor.can(Permission::HandOver))
        return fail(tr("Only a duty agent or a supervisor writes the handover."));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("The note is empty."));
    if (t.size() > kMaxNote)
        return fail(
            tr("A note holds at most %1 characters; this one has %2.").arg(kMaxNote).arg(t.size()));
    const QString id = m_sources.core.ids().next();
    Status s = m_store.addDraft(id, m_sources.core.clock().nowMs(), actor.id(), t);
    if (!s)
        return fail(tr("Note not saved: %1").arg(s.error()));
    Q_EMIT changed();
    return id;
}

Status HandoverService::removeDraftNote(const Actor &actor, const QString &id)
{
    if (!actor.can(Permission::HandOver))
        return fail(tr("Only a duty agent or a supervisor writes the handover."));
    Status s = m_store.removeDraft(id);
    if (s)
        Q_EMIT changed();
    return s;
}

Result<QString> HandoverService::handOver(const Actor &outgoing, const QSet<QString> &clearNotes)
{
    if (!outgoing.can(Permission::HandOver))
        return fail(tr("Only a duty agent or a supervisor writes the handover."));
    // Only who and when is needed here; openNow reads the last handover's items once.
    auto last = m_store.latestSummary();
    if (!last)
        return Error{last.error()};
    if (last->has_value() && !(*last)->acknowledged())
        return fail(tr("The handover written by %1 waits for the incoming person's PIN. "
                       "Acknowledge it first.")
                        .arg((*last)->by));
    auto items = openNow();
    if (!items)
        return Error{items.error()};
    auto drafts = m_store.drafts();
    if (!drafts)
        return Error{drafts.error()};
    QSet<QString> openNoteIds;
    for (const OpenItem &i : *items)
        if (i.kind == QLatin1String("note"))
            openNoteIds.insert(i.key);
    for (const QString &id : clearNotes)
        if (!openNoteIds.contains(id))
            return fail(tr("Note %1 is not open, so it cannot be cleared.").arg(id));

    RecordWrite w(m_sources.core, outgoing.id());
    const Stamp stamp = w.stamp();
    if (!w.ok())
        return fail(tr("Handover not saved: %1").arg(w.error()));
    // Another tablet may have handed over since the check above; the write lock settles it.
    auto latestNow = m_store.latestSummary();
    if (!latestNow)
        return Error{latestNow.error()};
    if (latestNow->has_value() && (!last->has_value() || (*latestNow)->id != (*last)->id))
        return fail(
            tr("%1 handed over a moment ago. Read that handover first.").arg((*latestNow)->by));
    const QString id = stamp.id;
    // The record lists what it hands over: open items, notes still carried, and the new notes.
    QList<OpenItem> listed;
    for (const OpenItem &i : *items)
        if (!(i.kind == QLatin1String("note") && clearNotes.contains(i.key)))
            listed << i;
    QList<Stamp> noteStamps;
    for (const HandoverNote &n : *drafts) {
        const Stamp ns = w.stamp();
        if (!w.ok())
            break;
        noteStamps << ns;
        HandoverNote written = n;
        written.id = ns.id;
        written.by = outgoing.id();
        written.at = ns.createdAt;
        listed << noteItem(written, 0);
    }
    w.step([&] {
        return m_store.insertHandover(stamp, last->has_value() ? (*last)->id : QString(), listed);
    });
    for (int k = 0; k < noteStamps.size(); ++k)
        w.step([&] { return m_store.insertNote(noteStamps.at(k), id, drafts->at(k).text); });
    for (const QString &noteId : clearNotes) {
        const Stamp cs = w.stamp();
        w.step([&] { return m_store.insertClear(cs, noteId, id); });
    }
    w.step([&] { return m_store.removeAllDrafts(); });
    QJsonArray list;
    for (const OpenItem &i : listed)
        list << i.toJson();
    const QByteArray digest =
        QCryptographicHash::hash(QJsonDocument(list).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex();
    w.audit(QStringLiteral("handover_written"), QStringLiteral("handover"), id,
            {{QStringLiteral("items"), int(listed.size())},
             {QStringLiteral("notes_added"), int(noteStamps.size())},
             {QStringLiteral("notes_cleared"), int(clearNotes.size())},
             {QStringLiteral("items_sha256"), QString::fromLatin1(digest)}});
    if (Status s = w.commit(); !s)
        return fail(tr("Handover not saved: %1").arg(s.error()));
    qCInfo(lcSupervision) << "handover" << id << "by" << outgoing.id() << listed.size() << "items";
    Q_EMIT changed();
    return id;
}

void HandoverService::addRecordKinds(RecordKinds &kinds)
{
    for (const char *table : {"handover", "handover_note", "handover_note_clear", "handover_ack"}) {
        RecordKind kind;
        kind.name = kind.table = QString::fromLatin1(table);
        kinds.add(std::move(kind));
    }
}

Result<Actor> HandoverService::acknowledge(const QString &handoverId, const QString &staffNo,
                                           const QString &pin)
{
    auto h = m_store.byId(handoverId);
    if (!h)
        return Error{h.error()};
    if (!h->has_value())
        return fail(tr("There is no handover %1.").arg(handoverId));
    if ((*h)->acknowledged())
        return fail(tr("This handover was already acknowledged by %1.").arg((*h)->ackBy));
    if (staffNo.trimmed() == (*h)->by)
        return fail(
            tr("%1 wrote this handover; the incoming person acknowledges it.").arg((*h)->by));
    auto incoming =
        m_auth.confirmWithPin(staffNo, pin, Permission::HandOver, QStringLiteral("handover"));
    if (!incoming)
        return Error{incoming.error()};
    RecordWrite w(m_sources.core, incoming->id());
    // Checked again inside the transaction: on this tablet, one acknowledgement per handover.
    w.step([&] {
        auto again = m_store.isAcknowledged(handoverId);
        if (!again)
            return Status(fail(again.error()));
        return *again ? Status(fail(tr("This handover was acknowledged a moment ago."))) : Status();
    });
    const Stamp stamp = w.stamp();
    w.step([&] { return m_store.insertAck(stamp, handoverId); });
    w.audit(QStringLiteral("handover_acknowledged"), QStringLiteral("handover"), handoverId,
            {{QStringLiteral("outgoing"), (*h)->by}});
    if (Status s = w.commit(); !s)
        return fail(tr("Acknowledgement not saved: %1").arg(s.error()));
    Q_EMIT shiftStarted();
    Q_EMIT changed();
    return *incoming;
}

Result<HandoverService::ShiftStart> HandoverService::shiftStart()
{
    const qint64 now = m_sources.core.clock().nowMs();
    // The acknowledgements that count: the first of each handover.
    auto last = m_store.lastAcknowledged(now);
    if (!last)
        return Error{last.error()};
    const qint64 acked = *last;
    if (acked > now - 24 * 3600 * 1000LL)
        return ShiftStart{acked, true};
    const QTimeZone tz = m_sources.core.config().timeZone;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toTimeZone(tz).date();
    return ShiftStart{QDateTime(today, QTime(0, 0), tz).toMSecsSinceEpoch(), false};
}

} // namespace so::supervision
