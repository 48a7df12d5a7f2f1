#include "AlarmService.h"
#include "AlarmSystem.h"
#include "AuthService.h"
#include "StationCore.h"

namespace so::alarms {

namespace {

QVariantMap outcome(const Status &s)
{
    return {{QStringLiteral("ok"), s.ok()}, {QStringLiteral("message"), s.error()}};
}

} // namespace

AlarmService::AlarmService(StationCore &core, AlarmSystem &system, AuthService &auth, QObject *parent)
    : QObject(parent), m_core(core), m_system(system), m_auth(auth),
      m_active(system.engine(), core.clock()), m_history(system.engine(), core.config().timeZone),
      m_links(system.links())
{
    // The banner follows the list, so both change in the same frame.
    connect(&m_active, &AlarmModel::applied, this, &AlarmService::summarize);
    connect(&system.engine(), &AlarmEngine::floodChanged, this, &AlarmService::summaryChanged);
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

void AlarmService::summarize()
{
    const qint64 now = m_core.clock().nowMs();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    const AlarmRecord *w = nullptr;
    for (const AlarmRecord &r : m_system.engine().alarms()) {
        if (r.acked || !r.needsAttention(now))
            continue;
        ++m_counts[qBound(1, r.priority, 4) - 1];
        if (!w || r.priority < w->priority || (r.priority == w->priority && r.raisedAt > w->raisedAt))
            w = &r;
    }
    m_worst = w ? w->key : QString();
    Q_EMIT summaryChanged();
}

const AlarmRecord *AlarmService::worst() const
{
    return m_worst.isEmpty() ? nullptr : m_system.engine().alarm(m_worst);
}

int AlarmService::worstPriority() const
{
    const AlarmRecord *w = worst();
    return w ? w->priority : 0;
}

QString AlarmService::worstTextZh() const
{
    const AlarmRecord *w = worst();
    return w ? w->text.zh : QString();
}

QString AlarmService::worstTextEn() const
{
    const AlarmRecord *w = worst();
    return w ? w->text.en : QString();
}

QString AlarmService::worstDeviceZh() const
{
    const AlarmRecord *w = worst();
    const DeviceInfo *d = w ? m_system.devices().device(w->device) : nullptr;
    return d ? d->config.name.zh : (w ? w->device : QString());
}

QString AlarmService::worstDeviceEn() const
{
    const AlarmRecord *w = worst();
    const DeviceInfo *d = w ? m_system.devices().device(w->device) : nullptr;
    return d ? d->config.name.en : (w ? w->device : QString());
}

QString AlarmService::worstAsset() const
{
    const AlarmRecord *w = worst();
    return w ? w->asset : QString();
}

qint64 AlarmService::worstTime() const
{
    const AlarmRecord *w = worst();
    return w ? w->raisedAt : 0;
}

QVariantList AlarmService::unackedCounts() const
{
    return {m_counts[0], m_counts[1], m_counts[2], m_counts[3]};
}

bool AlarmService::flood() const
{
    return m_system.engine().flood();
}

QVariantList AlarmService::devices() const
{
    QVariantList out;
    for (const DeviceInfo *d : m_system.devices().devices())
        out << QVariantMap{{QStringLiteral("id"), d->config.id},
                           {QStringLiteral("nameZh"), d->config.name.zh},
                           {QStringLiteral("nameEn"), d->config.name.en}};
    return out;
}

QVariantMap AlarmService::placeOf(const QString &key) const
{
    const AlarmRecord *r = m_system.engine().alarm(key);
    const DeviceInfo *d = r ? m_system.devices().device(r->device) : nullptr;
    if (!d)
        return {};
    if (!d->config.side.isEmpty())
        return {{QStringLiteral("kind"), QStringLiteral("platform-side")}, {QStringLiteral("id"), d->config.side},
                {QStringLiteral("asset"), r->asset}};
    const QString area = r->area.isEmpty() ? d->config.area : r->area;
    return {{QStringLiteral("kind"), QStringLiteral("area")}, {QStringLiteral("id"), area}, {QStringLiteral("asset"), QString()}};
}

int AlarmService::activeAlarmsAt(const QString &targetKind, const QString &targetId, const QString &asset) const
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
            n += d->config.side == targetId && (asset.isEmpty() || r.asset == asset || r.asset == QLatin1String("ALL"));
        else
            n += (r.area.isEmpty() ? d->config.area : r.area) == targetId;
    }
    return n;
}

QVariantMap AlarmService::acknowledge(const QStringList &keys, const QString &comment)
{
    auto actor = m_auth.require(Permission::AcknowledgeAlarm);
    if (!actor)
        return outcome(fail(actor.error()));
    return outcome(m_system.engine().acknowledge(*actor, keys, comment));
}

QVariantMap AlarmService::shelve(const QString &key, const QString &reason, int minutes)
{
    auto actor = m_auth.require(Permission::ShelveAlarm);
    if (!actor)
        return outcome(fail(actor.error()));
    return outcome(m_system.engine().shelve(*actor, key, reason, minutes));
}

QVariantMap AlarmService::unshelve(const QString &key)
{
    auto actor = m_auth.require(Permission::ShelveAlarm);
    if (!actor)
        return outcome(fail(actor.error()));
    return outcome(m_system.engine().unshelve(*actor, key));
}

} // namespace so::alarms
