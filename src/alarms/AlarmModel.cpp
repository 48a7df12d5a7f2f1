#include "AlarmModel.h"
#include "AlarmEngine.h"
#include "AlarmWords.h"
#include "Clock.h"
#include "ShelveReasons.h"

#include <algorithm>
#include <limits>

namespace so::alarms {

AlarmModel::AlarmModel(AlarmEngine &engine, const Clock &clock, QObject *parent, Scope scope)
    : QAbstractListModel(parent), m_engine(engine), m_clock(clock), m_scope(scope)
{
    QList<const AlarmRecord *> rows;
    for (const AlarmRecord &r : engine.alarms())
        if (shows(r))
            rows << &r;
    std::sort(rows.begin(), rows.end(),
              [this](const AlarmRecord *a, const AlarmRecord *b) { return before(*a, *b); });
    for (const AlarmRecord *r : rows)
        m_keys << r->key;
    // About one frame at 60 Hz: many changes in a burst become one repaint.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(16);
    connect(&m_coalesce, &QTimer::timeout, this, &AlarmModel::flush);
    connect(&engine, &AlarmEngine::alarmsChanged, this, [this](const QStringList &keys) {
        for (const QString &k : keys)
            m_pending.insert(k);
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
}

void AlarmModel::follow(const StationInfo *station, std::function<Names(const QString &)> staffName)
{
    m_station = station;
    m_staffName = std::move(staffName);
    if (station)
        connect(station, &StationInfo::nameChanged, this, &AlarmModel::retell);
}

void AlarmModel::retell()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1));
}

void AlarmModel::retellKeys(const QStringList &keys)
{
    for (const QString &k : keys)
        if (const qsizetype row = m_keys.indexOf(k); row >= 0)
            Q_EMIT dataChanged(index(int(row)), index(int(row)), {WaitingRole});
}

QString AlarmModel::in(const Names &n) const
{
    return n.in(m_station ? m_station->language() : QStringLiteral("en"));
}

bool AlarmModel::shows(const AlarmRecord &r) const
{
    const qint64 now = m_clock.nowMs();
    if (m_scope == Scope::NeedsPerson)
        return r.needsAttention(now);
    const auto s = r.state(now);
    return s == AlarmStateKind::Shelved || s == AlarmStateKind::Suppressed ||
           s == AlarmStateKind::OutOfService;
}

bool AlarmModel::before(const AlarmRecord &a, const AlarmRecord &b) const
{
    if (m_scope == Scope::SetAside) {
        // The soonest back first; maintenance and out of service (no end) after the shelved.
        const qint64 ua = a.shelvedUntil > 0 ? a.shelvedUntil : std::numeric_limits<qint64>::max();
        const qint64 ub = b.shelvedUntil > 0 ? b.shelvedUntil : std::numeric_limits<qint64>::max();
        if (ua != ub)
            return ua < ub;
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.key < b.key;
    }
    // Worst first: unacknowledged above acknowledged, then priority, then newest.
    const bool ua = !a.acked, ub = !b.acked;
    if (ua != ub)
        return ua;
    if (a.priority != b.priority)
        return a.priority < b.priority;
    if (a.raisedAt != b.raisedAt)
        return a.raisedAt > b.raisedAt;
    return a.key < b.key;
}

int AlarmModel::insertPosition(const AlarmRecord &r) const
{
    // Binary search over the sorted keys.
    auto it = std::lower_bound(m_keys.cbegin(), m_keys.cend(), r,
                               [this](const QString &key, const AlarmRecord &rec) {
                                   const AlarmRecord *other = m_engine.alarm(key);
                                   return other && before(*other, rec);
                               });
    return int(it - m_keys.cbegin());
}

void AlarmModel::flush()
{
    if (m_pending.isEmpty())
        return;
    const QSet<QString> keys = std::exchange(m_pending, {});
    const int oldCount = int(m_keys.size());
    for (const QString &key : keys) {
        const AlarmRecord *r = m_engine.alarm(key);
        const int at = int(m_keys.indexOf(key));
        const bool wanted = r && shows(*r);
        if (at >= 0) {
            // Take the key out to find where it belongs now; if that is where it was, the row
            // stays and only its data changed.
            m_keys.removeAt(at);
            const int pos = wanted ? insertPosition(*r) : -1;
            m_keys.insert(at, key);
            if (pos == at) {
                Q_EMIT dataChanged(index(at), index(at));
                continue;
            }
            beginRemoveRows({}, at, at);
            m_keys.removeAt(at);
            endRemoveRows();
        }
        if (wanted) {
            const int pos = insertPosition(*r);
            beginInsertRows({}, pos, pos);
            m_keys.insert(pos, key);
            endInsertRows();
        }
    }
    ++m_batches;
    if (m_keys.size() != oldCount)
        Q_EMIT countChanged();
    Q_EMIT applied(QStringList(keys.begin(), keys.end()));
}

int AlarmModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant AlarmModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlarmRecord *r = m_engine.alarm(m_keys.at(index.row()));
    if (!r)
        return {};
    const DeviceInfo *d = m_engine.devices().device(r->device);
    switch (role) {
    case KeyRole:
        return r->key;
    case PriorityRole:
        return r->priority;
    case TextZhRole:
        return r->text.zh;
    case TextEnRole:
        return r->text.en;
    case DeviceRole:
        return r->device;
    case DeviceZhRole:
        return d ? d->config.name.zh : r->device;
    case DeviceEnRole:
        return d ? d->config.name.en : r->device;
    case AssetRole:
        return r->asset;
    case StateRole:
        return stateName(r->state(m_clock.nowMs()));
    case ActiveRole:
        return r->active;
    case AckedRole:
        return r->acked;
    case RaisedAtRole:
        return r->raisedAt;
    case ChatteringRole:
        return r->chattering;
    case OccurrencesRole:
        return r->occurrences;
    case LabelRole:
        return r->label;
    case AreaRole:
        return r->area;
    case CommLossRole:
        return r->point == commLossPoint();
    case TextRole:
        return in(r->text) + (r->asset.isEmpty() ? QString() : QStringLiteral(" · ") + r->asset);
    case DeviceNameRole:
        return d ? in(d->config.name) : r->device;
    case DetailRole: {
        QStringList parts{d ? in(d->config.name) : r->device,
                          m_station ? m_station->formatTime(r->raisedAt) : QString(),
                          stateText(r->state(m_clock.nowMs()))};
        if (r->chattering)
            parts << tr("chattering");
        if (r->occurrences > 1)
            parts << tr("%n time(s)", "", r->occurrences);
        return parts.join(QStringLiteral(" · "));
    }
    case AsideRole: {
        const qint64 now = m_clock.nowMs();
        const auto state = r->state(now);
        if (state == AlarmStateKind::Suppressed)
            return tr("In maintenance: the device's alarms are held back");
        if (state == AlarmStateKind::OutOfService)
            return tr("Out of service");
        if (state != AlarmStateKind::Shelved)
            return QString();
        const int minutesLeft = int((r->shelvedUntil - now + 59999) / 60000);
        const Names by =
            m_staffName ? m_staffName(r->shelvedBy) : Names{r->shelvedBy, r->shelvedBy};
        return tr("Shelved until %1 (%n min left) by %2: %3", "", minutesLeft)
            .arg(m_station ? m_station->formatTime(r->shelvedUntil) : QString(), in(by),
                 in(shelveReasonNames(r->shelveReason)));
    }
    case UntilRole:
        return r->shelvedUntil;
    case WaitingRole: {
        const QString action = m_waiting ? m_waiting(r->key) : QString();
        if (action.isEmpty())
            return QString();
        return action == QLatin1String("ack")      ? tr("Acknowledging…")
               : action == QLatin1String("shelve") ? tr("Shelving…")
                                                   : tr("Unshelving…");
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AlarmModel::roleNames() const
{
    return {{KeyRole, "key"},
            {PriorityRole, "priority"},
            {TextZhRole, "textZh"},
            {TextEnRole, "textEn"},
            {DeviceRole, "device"},
            {DeviceZhRole, "deviceZh"},
            {DeviceEnRole, "deviceEn"},
            {AssetRole, "asset"},
            {StateRole, "state"},
            {ActiveRole, "active"},
            {AckedRole, "acked"},
            {RaisedAtRole, "raisedAt"},
            {ChatteringRole, "chattering"},
            {OccurrencesRole, "occurrences"},
            {LabelRole, "label"},
            {AreaRole, "area"},
            {CommLossRole, "commLoss"},
            {TextRole, "text"},
            {DeviceNameRole, "deviceName"},
            {DetailRole, "detail"},
            {AsideRole, "aside"},
            {UntilRole, "shelvedUntil"},
            {WaitingRole, "waiting"}};
}

} // namespace so::alarms
