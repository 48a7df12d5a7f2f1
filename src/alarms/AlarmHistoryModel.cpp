#include "AlarmHistoryModel.h"
#include "AlarmEngine.h"
#include "AlarmLog.h"
#include "AlarmWords.h"

#include <QDate>

namespace so::alarms {

AlarmHistoryModel::AlarmHistoryModel(AlarmEngine &engine, QTimeZone zone, QObject *parent)
    : QAbstractListModel(parent), m_engine(engine), m_zone(std::move(zone))
{
}

HistoryFilter AlarmHistoryModel::filter() const
{
    HistoryFilter f;
    f.device = m_device;
    f.priority = m_priority;
    const QDate d = QDate::fromString(m_day, QStringLiteral("yyyy-MM-dd"));
    if (d.isValid()) {
        f.fromUtc = QDateTime(d, QTime(0, 0), m_zone).toMSecsSinceEpoch();
        f.toUtc = QDateTime(d.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    }
    return f;
}

void AlarmHistoryModel::reload()
{
    // Rows removed rather than a reset: a reset while the list is still making a delegate
    // cancels that delegate by its old row, which Qt 6.4 warns about.
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_atEnd = false;
    fetchMore({});
    Q_EMIT countChanged();
}

void AlarmHistoryModel::setDevice(const QString &d)
{
    if (d == m_device)
        return;
    m_device = d;
    Q_EMIT filterChanged();
    reload();
}

void AlarmHistoryModel::setPriority(int p)
{
    if (p == m_priority)
        return;
    m_priority = p;
    Q_EMIT filterChanged();
    reload();
}

void AlarmHistoryModel::setDay(const QString &day)
{
    if (day == m_day)
        return;
    m_day = day;
    Q_EMIT filterChanged();
    reload();
}

bool AlarmHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AlarmHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const qint64 beforeUtc = m_rows.isEmpty() ? 0 : m_rows.constLast().receiptUtc;
    const QString beforeId = m_rows.isEmpty() ? QString() : m_rows.constLast().id;
    auto page = m_engine.store().history(filter(), beforeUtc, beforeId, kPage);
    if (!page) {
        qCWarning(lcAlarms) << "history not loaded:" << page.error();
        m_atEnd = true;
        return;
    }
    if (page->size() < kPage)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
    Q_EMIT countChanged();
}

int AlarmHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void AlarmHistoryModel::follow(const StationInfo *station,
                               std::function<Names(const QString &)> staffName)
{
    m_station = station;
    m_staffName = std::move(staffName);
    if (station)
        connect(station, &StationInfo::nameChanged, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        });
}

QVariant AlarmHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &r = m_rows.at(index.row());
    const AlarmRecord *a = m_engine.alarm(r.alarmKey);
    switch (role) {
    case IdRole:
        return r.id;
    case TimeRole:
        return r.receiptUtc;
    case DeviceRole:
        return r.device;
    case TextZhRole:
        return a ? a->text.zh : r.point;
    case TextEnRole:
        return a ? a->text.en : r.point;
    case AssetRole:
        return r.asset;
    case KindRole:
        return r.kind;
    case EffectRole:
        return r.effect;
    case PriorityRole:
        return r.priority;
    case ByRole:
        return r.createdBy;
    case CommentRole:
        return r.comment.isEmpty() ? r.label : r.comment;
    case TextRole: {
        const QString lang = m_station ? m_station->language() : QStringLiteral("en");
        return (a ? a->text.in(lang) : r.point) +
               (r.asset.isEmpty() ? QString() : QStringLiteral(" · ") + r.asset);
    }
    case DeviceNameRole: {
        const DeviceInfo *d = m_engine.devices().device(r.device);
        return d && m_station ? d->config.name.in(m_station->language()) : r.device;
    }
    case WhenRole:
        return m_station ? m_station->formatDateTime(r.receiptUtc) : QString();
    case EventTextRole: {
        QStringList parts{AlarmWords::event(r.kind, r.effect)};
        // Device and system actions name no person.
        if (!r.createdBy.startsWith(QLatin1String("device:")) &&
            !r.createdBy.startsWith(QLatin1String("system")))
            parts << (m_staffName && m_station ? m_staffName(r.createdBy).in(m_station->language())
                                               : r.createdBy);
        const QString comment = r.comment.isEmpty() ? r.label : r.comment;
        if (!comment.isEmpty())
            parts << comment;
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AlarmHistoryModel::roleNames() const
{
    return {{IdRole, "eventId"},
            {TimeRole, "time"},
            {DeviceRole, "device"},
            {TextZhRole, "textZh"},
            {TextEnRole, "textEn"},
            {AssetRole, "asset"},
            {KindRole, "kind"},
            {EffectRole, "effect"},
            {PriorityRole, "priority"},
            {ByRole, "by"},
            {CommentRole, "comment"},
            {TextRole, "text"},
            {DeviceNameRole, "deviceName"},
            {WhenRole, "when"},
            {EventTextRole, "eventText"}};
}

} // namespace so::alarms
