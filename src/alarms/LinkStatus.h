#pragma once
// LinkStatus: what the device status screen shows about one link.
#include <QMetaType>
#include <QString>

namespace so::alarms {

enum class LinkState { Disabled, Opening, Up, Down };

QString linkStateName(LinkState s);

struct LinkStatus
{
    QString linkId;
    LinkState state = LinkState::Disabled;
    qint64 lastFrameUtc = 0;
    qint64 frames = 0;
    qint64 decodeErrors = 0;
    qint64 portErrors = 0;
    QString lastError;
    qint64 retryInMs = 0;
};

} // namespace so::alarms

Q_DECLARE_METATYPE(so::alarms::LinkStatus)
