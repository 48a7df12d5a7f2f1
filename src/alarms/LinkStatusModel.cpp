#include "LinkStatusModel.h"
#include "LinkManager.h"
#include "StationInfo.h"

namespace so::alarms {

LinkStatusModel::LinkStatusModel(LinkManager &links, QObject *parent)
    : QAbstractListModel(parent), m_links(links), m_rows(links.statuses())
{
    connect(&links, &LinkManager::statusChanged, this, [this](const LinkStatus &s) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].linkId == s.linkId) {
                m_rows[i] = s;
                Q_EMIT dataChanged(index(i), index(i));
                return;
            }
        }
    });
}

void LinkStatusModel::setStation(const StationInfo *station)
{
    m_station = station;
    connect(station, &StationInfo::nameChanged, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {NameRole});
    });
}

int LinkStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LinkStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LinkStatus &s = m_rows.at(index.row());
    const LinkConfig &c = m_links.devices().links().at(index.row());
    switch (role) {
    case LinkIdRole:
        return s.linkId;
    case NameZhRole:
        return c.name.zh;
    case NameEnRole:
        return c.name.en;
    case NameRole:
        return c.name.in(m_station ? m_station->language() : QStringLiteral("en"));
    case PortRole:
        return c.serial.port;
    case StateRole:
        return linkStateName(s.state);
    case LastFrameRole:
        return s.lastFrameUtc;
    case FramesRole:
        return s.frames;
    case DecodeErrorsRole:
        return s.decodeErrors;
    case PortErrorsRole:
        return s.portErrors;
    case LastErrorRole:
        return s.lastError;
    case RetryInRole:
        return s.retryInMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> LinkStatusModel::roleNames() const
{
    return {{LinkIdRole, "linkId"},
            {NameZhRole, "nameZh"},
            {NameEnRole, "nameEn"},
            {NameRole, "name"},
            {PortRole, "port"},
            {StateRole, "state"},
            {LastFrameRole, "lastFrame"},
            {FramesRole, "frames"},
            {DecodeErrorsRole, "decodeErrors"},
            {PortErrorsRole, "portErrors"},
            {LastErrorRole, "lastError"},
            {RetryInRole, "retryIn"}};
}

} // namespace so::alarms
