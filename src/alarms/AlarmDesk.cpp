#include "AlarmDesk.h"
#include "AlarmSystem.h"
#include "AuthService.h"
#include "ShelveReasons.h"
#include "StaffStore.h"
#include "StationCore.h"
#include "StationInfo.h"

namespace so::alarms {

namespace {

DeskOutcome outcome(const Status &s)
{
    return DeskOutcome::of(s);
}

} // namespace

AlarmDesk::AlarmDesk(StationCore &core, AlarmSystem &system, AuthService &auth,
                     const StationInfo &station, QObject *parent)
    : QObject(parent), m_core(core), m_system(system), m_auth(auth), m_station(station),
      m_active(system.engine(), core.clock()),
      m_aside(system.engine(), core.clock(), nullptr, AlarmModel::Scope::SetAside),
      m_history(system.engine(), core.config().timeZone), m_links(system.links())
{
    auto staffName = [&core](const QString &no) {
        auto m = StaffStore(core.db()).current(no);
        return m && m->has_value() ? Names{(*m)->nameZh, (*m)->nameEn} : Names{no, no};
    };
    m_active.follow(&station, staffName);
    m_aside.follow(&station, staffName);
    m_history.follow(&station, staffName);
    m_devices.follow(&station);
    m_shelveReasons.follow(&station);
    QList<Choice> devices;
    for (const DeviceInfo *d : system.devices().devices())
        devices << Choice{d->config.id, d->config.name, {}};
    m_devices.setChoices(devices);
    QList<Choice> reasons;
    for (const ShelveReason &r : alarms::shelveReasons())
        reasons << Choice{r.key, r.text, {}};
    m_shelveReasons.setChoices(reasons);
    m_links.setStation(&station);
    // "Acknowledging…" on a row until the control room's answer arrives.
    auto waiting = [&system](const QString &key) { return system.actions().waiting().value(key); };
    m_active.setWaiting(waiting);
    m_aside.setWaiting(waiting);
    connect(&system.actions(), &AlarmActions::waitingChanged, this,
            [this](const QStringList &keys) {
                m_active.retellKeys(keys);
                m_aside.retellKeys(keys);
            });
    connect(&system.actions(), &AlarmActions::refused, this,
            [this](const QString &, const QString &why) {
                m_refusal = why;
                Q_EMIT summaryChanged();
            });
    connect(&station, &StationInfo::nameChanged, this, &AlarmDesk::summaryChanged);
    connect(&m_aside, &AlarmModel::countChanged, this, &AlarmDesk::summaryChanged);
    m_minute.setInterval(60 * 1000);
    m_minute.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_minute, &QTimer::timeout, &m_aside, &AlarmModel::retell);
    connect(&m_aside, &AlarmModel::countChanged, this, [this] {
        if (m_aside.rowCount() > 0)
            m_minute.start();
        else
            m_minute.stop();
    });
    if (m_aside.rowCount() > 0)
        m_minute.start();
    // The banner follows the list, so both change in the same frame.
    connect(&m_active, &AlarmModel::applied, this, &AlarmDesk::summarize);
    connect(&system.engine(), &AlarmEngine::floodChanged, this, &AlarmDesk::summaryChanged);
    connect(&system.engine(), &AlarmEngine::storeFailed, this, [this](const QString &m) {
        m_storeError = m;
        Q_EMIT summaryChanged();
    });
    connect(&system.engine(), &AlarmEngine::committed, this, [this] {
        if (!m_storeError.isEmpty()) {
            m_storeError.clear();
            Q_EMIT summaryChanged();
        }
    });
    summarize();
}

void AlarmDesk::summarize()
{
    const qint64 now = m_core.clock().nowMs();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    const AlarmRecord *w = nullptr;
    for (const AlarmRecord &r : m_system.engine().alarms()) {
        if (r.acked || !r.needsAttention(now))
            continue;
        ++m_counts[qBound(1, r.priority, 4) - 1];
        if (!w || r.priority < w->priority ||
            (r.priority == w->priority && r.raisedAt > w->raisedAt))
            w = &r;
    }
    m_worst = w ? w->key : QString();
    Q_EMIT summaryChanged();
}

const AlarmRecord *AlarmDesk::worst() const
{
    return m_worst.isEmpty() ? nullptr : m_system.engine().alarm(m_worst);
}

int AlarmDesk::worstPriority() const
{
    const AlarmRecord *w = worst();
    return w ? w->priority : 0;
}

QString AlarmDesk::in(const Names &n) const
{
    return n.in(m_station.language());
}

QString AlarmDesk::worstText() const
{
    const AlarmRecord *w = worst();
    if (!w)
        return QString();
    const DeviceInfo *d = m_system.devices().device(w->device);
    const QString device = d ? in(d->config.name) : w->device;
    return in(w->text) + QStringLiteral(" · ") + device +
           (w->asset.isEmpty() ? QString() : QLatin1Char(' ') + w->asset);
}

QString AlarmDesk::summaryText() const
{
    QString s;
    if (unacknowledgedCount() > 0)
        s = tr("%n not acknowledged (the banner's badges). Worst: %1", "", unacknowledgedCount())
                .arg(worstText());
    else
        s = activeCount() > 0 ? tr("All acknowledged, still active.") : tr("No active alarms.");
    if (asideCount() > 0)
        s += QLatin1Char(' ') + tr("%n set aside (shelved or in maintenance).", "", asideCount());
    return s;
}

QString AlarmDesk::bannerText() const
{
    if (!m_storeError.isEmpty())
        return tr("Alarms are not being saved: %1").arg(m_storeError);
    const AlarmRecord *w = worst();
    return w ? worstText() + QStringLiteral(" · ") + m_station.formatTime(w->raisedAt) : QString();
}

bool AlarmDesk::flood() const
{
    return m_system.engine().flood();
}

AlarmPlace AlarmDesk::placeOf(const QString &key) const
{
    const AlarmRecord *r = m_system.engine().alarm(key);
    const DeviceInfo *d = r ? m_system.devices().device(r->device) : nullptr;
    if (!d)
        return {};
    if (!d->config.side.isEmpty())
        return AlarmPlace{QStringLiteral("platform-side"), d->config.side, r->asset};
    return AlarmPlace{QStringLiteral("area"), r->area.isEmpty() ? d->config.area : r->area,
                      QString()};
}

int AlarmDesk::activeAlarmsAt(const QString &targetKind, const QString &targetId,
                              const QString &asset) const
{
    const qint64 now = m_core.clock().nowMs();
    int n = 0;
    for (const AlarmRecord &r : m_system.engine().alarms()) {
        if (!r.active || !r.needsAttention(now))
            continue;
        const DeviceInfo *d = m_system.devices().device(r.device);
        if (!d)
            continue;
        if (targetKind == QLatin1String("platform-side"))
            n += d->config.side == targetId &&
                 (asset.isEmpty() || r.asset == asset || r.asset == QLatin1String("ALL"));
        else
            n += (r.area.isEmpty() ? d->config.area : r.area) == targetId;
    }
    return n;
}

bool AlarmDesk::following() const
{
    return m_system.role() == AlarmSystem::Role::Follower;
}

DeskOutcome AlarmDesk::acknowledge(const QStringList &keys, const QString &comment)
{
    if (!m_refusal.isEmpty()) {
        m_refusal.clear();
        Q_EMIT summaryChanged();
    }
    auto actor = m_auth.require(Permission::AcknowledgeAlarm);
    if (!actor)
        return outcome(fail(actor.error()));
    // On a tablet that follows the control room, the host applies it and the row says so meanwhile.
    if (following())
        return outcome(
            m_system.actions().request(*actor, QStringLiteral("ack"), keys, {}, 0, comment));
    return outcome(m_system.engine().acknowledge(*actor, keys, comment));
}

DeskOutcome AlarmDesk::shelve(const QString &key, const QString &reason, int minutes)
{
    if (!m_refusal.isEmpty()) {
        m_refusal.clear();
        Q_EMIT summaryChanged();
    }
    auto actor = m_auth.require(Permission::ShelveAlarm);
    if (!actor)
        return outcome(fail(actor.error()));
    if (following())
        return outcome(
            m_system.actions().request(*actor, QStringLiteral("shelve"), {key}, reason, minutes));
    return outcome(m_system.engine().shelve(*actor, key, reason, minutes));
}

DeskOutcome AlarmDesk::unshelve(const QString &key)
{
    if (!m_refusal.isEmpty()) {
        m_refusal.clear();
        Q_EMIT summaryChanged();
    }
    auto actor = m_auth.require(Permission::ShelveAlarm);
    if (!actor)
        return outcome(fail(actor.error()));
    if (following())
        return outcome(m_system.actions().request(*actor, QStringLiteral("unshelve"), {key}));
    return outcome(m_system.engine().unshelve(*actor, key));
}

} // namespace so::alarms
