#pragma once
// HandoverSummary: one handover as the screens name it — who handed over when, how many items,
// who acknowledged — with names and times already in the current language and zone. `valid` is
// false when there is none (no handover waiting, none read).
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace so::supervision {

class HandoverSummary
{
    Q_GADGET
    QML_VALUE_TYPE(handoverSummary)
    Q_PROPERTY(bool valid MEMBER valid CONSTANT)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString byNo MEMBER byNo CONSTANT)
    Q_PROPERTY(QString by MEMBER by CONSTANT)
    Q_PROPERTY(qint64 at MEMBER at CONSTANT)
    Q_PROPERTY(QString atTime MEMBER atTime CONSTANT)
    Q_PROPERTY(QString atDateTime MEMBER atDateTime CONSTANT)
    Q_PROPERTY(int count MEMBER count CONSTANT)
    Q_PROPERTY(bool acknowledged MEMBER acknowledged CONSTANT)
    Q_PROPERTY(QString ackByNo MEMBER ackByNo CONSTANT)
    Q_PROPERTY(QString ackBy MEMBER ackBy CONSTANT)
    Q_PROPERTY(qint64 ackAt MEMBER ackAt CONSTANT)
    Q_PROPERTY(QString ackAtDateTime MEMBER ackAtDateTime CONSTANT)

public:
    bool valid = false;
    QString id;
    QString byNo; // the outgoing person's staff number
    QString by;   // "1001 李娜", in the current language
    qint64 at = 0;
    QString atTime;     // "09:00" in the station's zone
    QString atDateTime; // "2026-11-27 09:00"
    int count = 0;
    bool acknowledged = false;
    QString ackByNo;
    QString ackBy;
    qint64 ackAt = 0;
    QString ackAtDateTime;

    friend bool operator==(const HandoverSummary &a, const HandoverSummary &b)
    {
        return a.valid == b.valid && a.id == b.id && a.by == b.by && a.at == b.at &&
               a.atDateTime == b.atDateTime && a.count == b.count && a.ackBy == b.ackBy &&
               a.ackAt == b.ackAt;
    }
    friend bool operator!=(const HandoverSummary &a, const HandoverSummary &b) { return !(a == b); }
};

} // namespace so::supervision
