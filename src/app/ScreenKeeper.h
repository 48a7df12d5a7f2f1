#pragma once
// ScreenKeeper: keeps a kiosk tablet's screen from blanking while someone is signed in, through
// the desktop session's screensaver service (org.freedesktop.ScreenSaver: Inhibit on sign-in,
// UnInhibit on sign-out); without one, says so once in the log. The calls are asynchronous: a
// slow or absent session bus never holds up the window.
#include <QDBusConnection>
#include <QObject>
#include <optional>

namespace so {

class AuthService;

class ScreenKeeper : public QObject
{
public:
    explicit ScreenKeeper(AuthService &auth, QDBusConnection bus = QDBusConnection::sessionBus());
    ~ScreenKeeper() override;

private:
    void follow();
    void hold();
    void send(const QString &method);

    AuthService &m_auth;
    QDBusConnection m_bus;
    std::optional<uint> m_cookie;
    bool m_asking = false;
    bool m_warned = false;
};

} // namespace so
