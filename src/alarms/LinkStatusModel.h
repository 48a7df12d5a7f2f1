#pragma once
// LinkStatusModel: one row per serial link, for the device status screen.
#include "LinkStatus.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

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
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    LinkManager &m_links;
    QList<LinkStatus> m_rows;
};

} // namespace so::alarms
