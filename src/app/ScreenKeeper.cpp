#include "ScreenKeeper.h"
#include "AuthService.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace so {

namespace {

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.ScreenSaver"),
                                          QStringLiteral("/org/freedesktop/ScreenSaver"),
                                          QStringLiteral("org.freedesktop.ScreenSaver"), method);
}

} // namespace

ScreenKeeper::ScreenKeeper(AuthService &auth, QDBusConnection bus)
    : m_auth(auth), m_bus(std::move(bus))
{
    connect(&auth, &AuthService::sessionChanged, this, &ScreenKeeper::follow);
    follow();
}

ScreenKeeper::~ScreenKeeper()
{
    send(QStringLiteral("UnInhibit"));
}

void ScreenKeeper::follow()
{
    if (m_auth.signedIn() && !m_cookie && !m_asking)
        hold();
    else if (!m_auth.signedIn())
        send(QStringLiteral("UnInhibit"));
}

void ScreenKeeper::hold()
{
    QDBusMessage m = call(QStringLiteral("Inhibit"));
    m << QStringLiteral("stationops") << QStringLiteral("a member of staff is signed in");
    m_asking = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(m), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_asking = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            if (!m_warned)
                qWarning("kiosk: the screen cannot be kept on (%s); turn blanking off in the "
                         "tablet session instead",
                         qPrintable(reply.error().message()));
            m_warned = true;
            return;
        }
        m_cookie = reply.value();
        follow(); // signed out meanwhile: let go at once
    });
}

void ScreenKeeper::send(const QString &method)
{
    if (!m_cookie)
        return;
    QDBusMessage m = call(method);
    m << *m_cookie;
    m_bus.asyncCall(m);
    m_cookie.reset();
}

} // namespace so
