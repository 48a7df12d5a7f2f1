#pragma once
// DeskOutcome: what a desk's action came to, as QML reads it — done or not, the message that
// says why not, the id of what it made, and for a PIN the tries left before the lock-out.
#include "Result.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace so {

class DeskOutcome
{
    Q_GADGET
    QML_VALUE_TYPE(deskOutcome)
    Q_PROPERTY(bool ok MEMBER ok CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT) // "" when ok
    Q_PROPERTY(QString id MEMBER id CONSTANT)           // what it made, where it made one
    Q_PROPERTY(int triesLeft MEMBER triesLeft CONSTANT)
    Q_PROPERTY(bool lockedOut MEMBER lockedOut CONSTANT)

public:
    bool ok = false;
    QString message;
    QString id;
    int triesLeft = 0;
    bool lockedOut = false;

    static DeskOutcome of(const Status &s) { return DeskOutcome{s.ok(), s.error(), {}, 0, false}; }
    static DeskOutcome made(const QString &id) { return DeskOutcome{true, {}, id, 0, false}; }
};

} // namespace so
