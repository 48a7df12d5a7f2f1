#include "HandoverDesk.h"
#include "AuthService.h"
#include "HandoverPdf.h"
#include "People.h"
#include "StationCore.h"

#include <QDir>

namespace so::supervision {

namespace {

QVariantMap itemMap(const OpenItem &i, qint64 now)
{
    return QVariantMap{{QStringLiteral("job"), i.job},
                       {QStringLiteral("kind"), i.kind},
                       {QStringLiteral("key"), i.key},
                       {QStringLiteral("priority"), i.priority},
                       {QStringLiteral("titleZh"), i.title.zh},
                       {QStringLiteral("titleEn"), i.title.en},
                       {QStringLiteral("detailZh"), i.detail.zh},
                       {QStringLiteral("detailEn"), i.detail.en},
                       {QStringLiteral("since"), i.since},
                       {QStringLiteral("due"), i.due},
                       {QStringLiteral("overdue"), i.overdue(now)},
                       {QStringLiteral("carriedSince"), i.carriedSince}};
}

QVariantMap noteMap(const HandoverNote &n)
{
    return QVariantMap{{QStringLiteral("id"), n.id}, {QStringLiteral("text"), n.text}, {QStringLiteral("by"), n.by},
                       {QStringLiteral("at"), n.at}};
}

} // namespace

HandoverDesk::HandoverDesk(HandoverService &service, AuthService &auth, QObject *parent)
    : QObject(parent), m_service(service), m_auth(auth)
{
    connect(&m_auth, &AuthService::sessionChanged, this, [this] {
        m_cleared.clear();
        m_viewing.clear();
        m_savedPdf.clear();
        m_message.clear();
        // Signing in needs only what Home shows (a handover waiting); the open items are read
        // when the handover screen opens.
        m_items.clear();
        m_notes.clear();
        m_drafts.clear();
        m_counts.clear();
        readHandovers();
        Q_EMIT changed();
    });
}

QVariantMap HandoverDesk::handoverMap(const Handover &h)
{
    People people(m_service.core().db());
    const Names by = people.of(h.by);
    QVariantList items;
    for (const OpenItem &i : h.items)
        items << itemMap(i, m_service.core().clock().nowMs());
    QVariantMap m{{QStringLiteral("id"), h.id},         {QStringLiteral("by"), h.by},
                  {QStringLiteral("byZh"), by.zh},      {QStringLiteral("byEn"), by.en},
                  {QStringLiteral("at"), h.at},         {QStringLiteral("count"), h.itemCount},
                  {QStringLiteral("items"), items}};
    if (h.acknowledged()) {
        const Names ack = people.of(h.ackBy);
        m.insert(QStringLiteral("ackBy"), h.ackBy);
        m.insert(QStringLiteral("ackByZh"), ack.zh);
        m.insert(QStringLiteral("ackByEn"), ack.en);
        m.insert(QStringLiteral("ackAt"), h.ackAt);
    }
    return m;
}

void HandoverDesk::refresh()
{
    m_items.clear();
    m_notes.clear();
    m_drafts.clear();
    m_pending.clear();
    m_last.clear();
    m_counts.clear();
    m_history.clear();
    if (!m_auth.signedIn()) {
        Q_EMIT changed();
        return;
    }
    const qint64 now = m_service.core().clock().nowMs();
    auto open = m_service.openNow();
    auto drafts = m_service.drafts();
    if (!open || !drafts) {
        setMessage(tr("The handover could not be read: %1").arg(!open ? open.error() : drafts.error()));
        Q_EMIT changed();
        return;
    }
    QMap<QString, int> byJob;
    int carried = 0;
    for (const OpenItem &i : *open) {
        if (i.kind == QLatin1String("note")) {
            QVariantMap n{{QStringLiteral("id"), i.key}, {QStringLiteral("text"), i.title.zh},
                          {QStringLiteral("by"), i.detail.zh}, {QStringLiteral("at"), i.since},
                          {QStringLiteral("cleared"), m_cleared.contains(i.key)}};
            m_notes << n;
        } else {
            m_items << itemMap(i, now);
        }
        byJob[i.job] += 1;
        carried += i.carriedSince > 0;
    }
    for (const HandoverNote &n : *drafts)
        m_drafts << noteMap(n);
    m_counts = QVariantMap{{QStringLiteral("alarms"), byJob.value(QStringLiteral("alarms"))},
                           {QStringLiteral("patrol"), byJob.value(QStringLiteral("patrol"))},
                           {QStringLiteral("cash"), byJob.value(QStringLiteral("cash"))},
                           {QStringLiteral("incidents"), byJob.value(QStringLiteral("incidents"))},
                           {QStringLiteral("notes"), byJob.value(QStringLiteral("notes")) + int(drafts->size())},
                           {QStringLiteral("carried"), carried},
                           {QStringLiteral("total"), int(open->size() + drafts->size())}};
    readHandovers();
    Q_EMIT changed();
}

void HandoverDesk::readHandovers()
{
    m_pending.clear();
    m_last.clear();
    m_history.clear();
    if (!m_auth.signedIn())
        return;
    auto recent = m_service.recent(kHistory);
    if (!recent) {
        m_message = tr("The handover could not be read: %1").arg(recent.error());
        return;
    }
    for (const Handover &h : *recent) {
        if (!h.acknowledged() && m_pending.isEmpty() && m_last.isEmpty()) {
            // The incoming person reads it: the one handover read with its items.
            auto whole = m_service.handover(h.id);
            m_pending = handoverMap(whole && whole->has_value() ? **whole : h);
        } else if (h.acknowledged() && m_last.isEmpty()) {
            m_last = handoverMap(h);
        }
        m_history << handoverMap(h);
    }
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
    if (cleared)
        m_cleared.insert(noteId);
    else
        m_cleared.remove(noteId);
    // Only the tick changes; nothing needs reading again.
    for (QVariant &v : m_notes) {
        QVariantMap n = v.toMap();
        if (n.value(QStringLiteral("id")).toString() == noteId) {
            n.insert(QStringLiteral("cleared"), cleared);
            v = n;
        }
    }
    Q_EMIT changed();
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
    const QString id = m_pending.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return finish(tr("No handover is waiting for acknowledgement."));
    auto who = m_service.acknowledge(id, staffNo, pin);
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
    m_viewing.clear();
    if (!id.isEmpty()) {
        auto h = m_service.handover(id);
        if (!h || !h->has_value()) {
            setMessage(h ? tr("There is no handover %1.").arg(id) : h.error());
            return;
        }
        m_viewing = handoverMap(**h);
    }
    m_savedPdf.clear();
    Q_EMIT changed();
}

QString HandoverDesk::savePdf()
{
    const QVariantMap &which = !m_viewing.isEmpty() ? m_viewing : !m_pending.isEmpty() ? m_pending : m_last;
    const QString id = which.value(QStringLiteral("id")).toString();
    auto h = id.isEmpty() ? Result<std::optional<Handover>>(std::optional<Handover>()) : m_service.handover(id);
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
