#include "HandoverDesk.h"
#include "AuthService.h"
#include "HandoverPdf.h"
#include "People.h"
#include "StationCore.h"
#include "StationInfo.h"

#include <QDir>

namespace so::supervision {

namespace {
const QStringList kChipJobs{QStringLiteral("alarms"), QStringLiteral("patrol"),
                            QStringLiteral("cash"), QStringLiteral("incidents")};
}

HandoverDesk::HandoverDesk(HandoverService &service, AuthService &auth, const StationInfo &station,
                           QObject *parent)
    : QObject(parent), m_service(service), m_auth(auth), m_station(station)
{
    m_items.follow(&station);
    m_notes.follow(&station);
    m_drafts.follow(&station);
    m_history.follow(&station);
    connect(&m_auth, &AuthService::sessionChanged, this, [this] {
        m_cleared.clear();
        m_viewing = {};
        m_history.setOpen({});
        m_savedPdf.clear();
        m_message.clear();
        // Signing in needs only what Home shows (a handover waiting); the open items are read
        // when the handover screen opens.
        clearAll();
        readHandovers();
        showItems();
        Q_EMIT changed();
    });
    // The lists re-read their rows themselves; the headline and the summaries name people.
    connect(&station, &StationInfo::nameChanged, this, &HandoverDesk::changed);
}

QString HandoverDesk::in(const Names &n) const
{
    return n.in(m_station.language());
}

HandoverDesk::Mode HandoverDesk::mode() const
{
    if (m_viewing.handover)
        return Reading;
    return m_pending.handover ? Waiting : Writing;
}

HandoverSummary HandoverDesk::summary(const Shown &s) const
{
    HandoverSummary out;
    if (!s.handover)
        return out;
    const Handover &h = *s.handover;
    out.valid = true;
    out.id = h.id;
    out.byNo = h.by;
    out.by = in(s.by);
    out.at = h.at;
    out.atTime = m_station.formatTime(h.at);
    out.atDateTime = m_station.formatDateTime(h.at);
    out.count = h.itemCount > 0 ? h.itemCount : int(h.items.size());
    out.acknowledged = h.acknowledged();
    if (h.acknowledged()) {
        out.ackByNo = h.ackBy;
        out.ackBy = in(s.ackBy);
        out.ackAt = h.ackAt;
        out.ackAtDateTime = m_station.formatDateTime(h.ackAt);
    }
    return out;
}

QString HandoverDesk::headline() const
{
    switch (mode()) {
    case Reading: {
        const HandoverSummary v = viewing();
        return v.acknowledged
                   ? tr("Handed over by %1 at %2 to %3: %n item(s)", "", v.count)
                         .arg(v.by, v.atDateTime, v.ackBy)
                   : tr("Handed over by %1 at %2: %n item(s)", "", v.count).arg(v.by, v.atDateTime);
    }
    case Waiting: {
        const HandoverSummary p = pending();
        return tr("Handed over by %1 at %2: %n item(s)", "", p.count).arg(p.by, p.atTime);
    }
    case Writing:
        break;
    }
    return tr("Open now across the four jobs");
}

QStringList HandoverDesk::jobCounts() const
{
    QStringList out;
    for (const QString &job : kChipJobs)
        out << OpenItemModel::jobTitle(job) + QLatin1Char(' ') +
                   QString::number(m_byJob.value(job));
    return out;
}

QString HandoverDesk::lastLine() const
{
    const HandoverSummary l = last();
    if (!l.valid)
        return tr("No handover acknowledged yet.");
    return tr("Last handover: %1 to %2, acknowledged at %3").arg(l.by, l.ackBy, l.ackAtDateTime);
}

bool HandoverDesk::canSavePdf() const
{
    return mode() != Writing || m_last.handover.has_value();
}

QString HandoverDesk::pdfLabel() const
{
    return mode() == Writing ? tr("Save the last handover as PDF")
                             : tr("Save this handover as PDF");
}

HandoverDesk::Shown HandoverDesk::shown(const Handover &h)
{
    People people(m_service.core().db());
    Shown s;
    s.handover = h;
    s.by = people.of(h.by);
    if (h.acknowledged())
        s.ackBy = people.of(h.ackBy);
    return s;
}

QList<OpenItem> HandoverDesk::named(QList<OpenItem> items)
{
    People people(m_service.core().db());
    for (OpenItem &i : items)
        if (i.kind == QLatin1String("note") && !i.detail.zh.contains(QLatin1Char(' ')))
            i.detail = people.of(i.detail.zh);
    return items;
}

void HandoverDesk::clearAll()
{
    m_open.clear();
    m_byJob.clear();
    m_carried = 0;
    m_total = 0;
    m_notes.setNotes({});
    m_drafts.setNotes({});
}

void HandoverDesk::showItems()
{
    switch (mode()) {
    case Reading:
        m_items.setItems(m_viewing.handover->items);
        break;
    case Waiting:
        m_items.setItems(m_pending.handover->items);
        break;
    case Writing:
        m_items.setItems(m_open);
        break;
    }
}

void HandoverDesk::refresh()
{
    if (!m_auth.signedIn()) {
        clearAll();
        m_pending = {};
        m_last = {};
        m_history.setHistory({});
        showItems();
        Q_EMIT changed();
        return;
    }
    readHandovers();
    // While a handover waits, no other can be written: what is open now is not needed.
    if (m_pending.handover) {
        clearAll();
        showItems();
        Q_EMIT changed();
        return;
    }
    auto open = m_service.openNow();
    auto drafts = m_service.drafts();
    if (!open || !drafts) {
        setMessage(
            tr("The handover could not be read: %1").arg(!open ? open.error() : drafts.error()));
        return;
    }
    People people(m_service.core().db());
    QList<OpenItem> items;
    QList<NoteRow> carried;
    m_byJob.clear();
    m_carried = 0;
    for (const OpenItem &i : *open) {
        if (i.kind == QLatin1String("note"))
            carried << NoteRow{i.key, i.title.zh, people.of(i.detail.zh), i.since,
                               m_cleared.contains(i.key)};
        else
            items << i;
        m_byJob[i.job] += 1;
        m_carried += i.carriedSince > 0;
    }
    QList<NoteRow> written;
    for (const HandoverNote &n : *drafts)
        written << NoteRow{n.id, n.text, people.of(n.by), n.at, false};
    m_total = int(open->size() + drafts->size());
    m_open = std::move(items);
    m_notes.setNotes(std::move(carried));
    m_drafts.setNotes(std::move(written));
    showItems();
    Q_EMIT changed();
}

void HandoverDesk::readHandovers()
{
    m_pending = {};
    m_last = {};
    if (!m_auth.signedIn()) {
        m_history.setHistory({});
        return;
    }
    auto recent = m_service.recent(kHistory);
    if (!recent) {
        m_message = tr("The handover could not be read: %1").arg(recent.error());
        return;
    }
    People people(m_service.core().db());
    QList<HistoryRow> rows;
    for (const Handover &h : *recent) {
        if (!h.acknowledged() && !m_pending.handover && !m_last.handover) {
            // The incoming person reads it: the one handover read with its items.
            auto whole = m_service.handover(h.id);
            Handover full = whole && whole->has_value() ? **whole : h;
            full.items = named(full.items);
            m_pending = shown(full);
        } else if (h.acknowledged() && !m_last.handover) {
            m_last = shown(h);
        }
        rows << HistoryRow{h, people.of(h.by), h.acknowledged() ? people.of(h.ackBy) : Names{}};
    }
    m_history.setHistory(std::move(rows));
}

void HandoverDesk::setMessage(const QString &m)
{
    m_message = m;
    Q_EMIT changed();
}

bool HandoverDesk::finish(const QString &error)
{
    if (!error.isEmpty()) {
        setMessage(error);
        return false;
    }
    m_message.clear();
    refresh();
    return true;
}

bool HandoverDesk::addNote(const QString &text)
{
    auto actor = m_auth.require(Permission::HandOver);
    auto id = actor ? m_service.addDraftNote(*actor, text) : Result<QString>(Error{actor.error()});
    return finish(id ? QString() : id.error());
}

bool HandoverDesk::removeNote(const QString &id)
{
    auto actor = m_auth.require(Permission::HandOver);
    Status s = actor ? m_service.removeDraftNote(*actor, id) : Status(Error{actor.error()});
    return finish(s ? QString() : s.error());
}

void HandoverDesk::setCleared(const QString &noteId, bool cleared)
{
    // Only the tick changes; nothing needs reading again.
    if (!m_notes.setCleared(noteId, cleared))
        return;
    if (cleared)
        m_cleared.insert(noteId);
    else
        m_cleared.remove(noteId);
}

bool HandoverDesk::handOver()
{
    auto actor = m_auth.require(Permission::HandOver);
    auto id = actor ? m_service.handOver(*actor, m_cleared) : Result<QString>(Error{actor.error()});
    if (id) {
        m_cleared.clear();
        m_savedPdf.clear();
    }
    return finish(id ? QString() : id.error());
}

bool HandoverDesk::acknowledge(const QString &staffNo, const QString &pin, bool signIn)
{
    if (!m_pending.handover)
        return finish(tr("No handover is waiting for acknowledgement."));
    auto who = m_service.acknowledge(m_pending.handover->id, staffNo, pin);
    if (!who)
        return finish(who.error());
    if (signIn) {
        const auto session = m_auth.signInAs(staffNo, pin);
        if (!session.ok)
            return finish(session.message);
    }
    return finish({});
}

void HandoverDesk::view(const QString &id)
{
    m_viewing = {};
    if (!id.isEmpty()) {
        auto h = m_service.handover(id);
        if (!h || !h->has_value()) {
            setMessage(h ? tr("There is no handover %1.").arg(id) : h.error());
            return;
        }
        Handover full = **h;
        full.items = named(full.items);
        m_viewing = shown(full);
    }
    m_history.setOpen(id);
    m_savedPdf.clear();
    showItems();
    Q_EMIT changed();
}

QString HandoverDesk::savePdf()
{
    const Shown &which = m_viewing.handover ? m_viewing : m_pending.handover ? m_pending : m_last;
    const QString id = which.handover ? which.handover->id : QString();
    auto h = id.isEmpty() ? Result<std::optional<Handover>>(std::optional<Handover>())
                          : m_service.handover(id);
    if (!h || !h->has_value()) {
        setMessage(h ? tr("There is no handover to save yet.") : h.error());
        return {};
    }
    StationCore &core = m_service.core();
    const QString dir = core.dataDir() + QStringLiteral("/exports");
    if (!QDir().mkpath(dir)) {
        setMessage(tr("%1 cannot be created.").arg(dir));
        return {};
    }
    const QString stamp = QDateTime::fromMSecsSinceEpoch((*h)->at, Qt::UTC)
                              .toTimeZone(core.config().timeZone)
                              .toString(QStringLiteral("yyyyMMdd-HHmm"));
    const QString path = dir + QStringLiteral("/handover-%1.pdf").arg(stamp);
    Status s = writeHandoverPdf(core, **h, path);
    if (!s) {
        setMessage(s.error());
        return {};
    }
    m_savedPdf = path;
    m_message.clear();
    Q_EMIT changed();
    return path;
}

} // namespace so::supervision
