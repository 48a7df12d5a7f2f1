#pragma once
// LinkStatusModel: one row per serial link, for the device status screen.
#include "LinkStatus.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace so {
class StationInfo;
}

namespace so::alarms {

class LinkManager;

class LinkStatusModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Alarms.links")
public:
    enum Role {
        LinkIdRole = Qt::UserRole + 1,
        NameZhRole,
        NameEnRole,
        NameRole, // in the language on show
        PortRole,
        StateRole,
        LastFrameRole,
        FramesRole,
        DecodeErrorsRole,
        PortErrorsRole,
        LastErrorRole,
        RetryInRole,
    };
    Q_ENUM(Role)

    explicit LinkStatusModel(LinkManager &links, QObject *parent = nullptr);
    // Names in the language on show; rows are re-read when it changes.
    void setStation(const StationInfo *station);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    LinkManager &m_links;
    QList<LinkStatus> m_rows;
    const StationInfo *m_station = nullptr;
};

} // namespace so::alarms
