#pragma once
// IncidentCase: the case open on the screen as QML reads it — its state and headline in the
// current language, and what the page may offer (a valid box when assessing, an at-fault box
// when investigating, the passenger's pad when resolving). Its timeline, facts, links and
// moves are list models on the desk.
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace so::incidents {

class IncidentCase
{
    Q_GADGET
    QML_VALUE_TYPE(incidentCase)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(bool exists READ exists CONSTANT)
    Q_PROPERTY(QString state MEMBER state CONSTANT)
    Q_PROPERTY(QString stateText MEMBER stateText CONSTANT) // "Awaiting assessment"
    Q_PROPERTY(QString category MEMBER category CONSTANT)   // its key
    Q_PROPERTY(QString title MEMBER title CONSTANT)         // "Complaint · Entrance A · P3"
    Q_PROPERTY(QString description MEMBER description CONSTANT)
    Q_PROPERTY(int priority MEMBER priority CONSTANT)
    Q_PROPERTY(qint64 occurredAt MEMBER occurredAt CONSTANT)
    // Shown in full to supervisors only; masked ("李**") for everyone else, "" when not given.
    Q_PROPERTY(QString passengerName MEMBER passengerName CONSTANT)
    Q_PROPERTY(bool passengerSigned MEMBER passengerSigned CONSTANT)
    Q_PROPERTY(QStringList photos MEMBER photos CONSTANT) // file URLs
    Q_PROPERTY(bool assessing MEMBER assessing CONSTANT)  // a move to "assessed" is offered
    Q_PROPERTY(bool investigating MEMBER investigating CONSTANT)
    Q_PROPERTY(bool resolving MEMBER resolving CONSTANT)
    // What the note box asks for with the moves on offer.
    Q_PROPERTY(QString noteHint MEMBER noteHint CONSTANT)

public:
    QString id;
    QString state;
    QString stateText;
    QString category;
    QString title;
    QString description;
    int priority = 0;
    qint64 occurredAt = 0;
    QString passengerName;
    bool passengerSigned = false;
    QStringList photos;
    bool assessing = false;
    bool investigating = false;
    bool resolving = false;
    QString noteHint;

    bool exists() const { return !id.isEmpty(); }
};

} // namespace so::incidents
