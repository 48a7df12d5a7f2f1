#pragma once
// IntakePrefill: what another screen (an alarm, a follow-up, an inspection) filled in before
// opening the intake form. The records it came from are on the desk's prefillLinks.
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace so::incidents {

class IntakePrefill
{
    Q_GADGET
    QML_VALUE_TYPE(intakePrefill)
    Q_PROPERTY(QString category MEMBER category CONSTANT)
    Q_PROPERTY(QString location MEMBER location CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)
    // Raised from another record: the intake form opens by itself.
    Q_PROPERTY(bool linked MEMBER linked CONSTANT)

public:
    QString category;
    QString location;
    QString description;
    bool linked = false;
};

} // namespace so::incidents
