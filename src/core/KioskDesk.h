#pragma once
// KioskDesk: the tablet as a kiosk (stationops --kiosk). The window fills the screen without
// decorations and does not close, except after an administrator's staff number and PIN; while
// someone is signed in the screen is kept from blanking. Outside kiosk mode it does nothing.
#include "DeskOutcome.h"
#include "QmlInstance.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace so {

class AuthService;

class KioskDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    SO_QML_INSTANCE(KioskDesk)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
public:
    explicit KioskDesk(AuthService &auth, QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    // Whether the window may close now: always outside kiosk mode, in it only once released.
    bool mayClose() const { return !m_active || m_released; }

    // An administrator's number and PIN let the app close (audited; wrong PINs count toward
    // that person's lockout). Emits released() on success.
    Q_INVOKABLE so::DeskOutcome leave(const QString &staffNo, const QString &pin);

Q_SIGNALS:
    void activeChanged();
    void released();

private:
    AuthService &m_auth;
    bool m_active = false;
    bool m_released = false;
};

} // namespace so
