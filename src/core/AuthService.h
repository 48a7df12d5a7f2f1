#pragma once
// AuthService: sign-in by staff number and PIN, lockout after wrong PINs, the idle lock, and the
// signed-in person's permissions. Published to QML as the `Auth` singleton.
#include "Access.h"
#include "Permissions.h"
#include "QmlInstance.h"
#include "StaffStore.h"

#include "DeskOutcome.h"
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace so {

class Language;

class StationCore;

class AuthService : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Auth)
    QML_SINGLETON
    SO_QML_INSTANCE(AuthService)

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(QString staffNo READ staffNo NOTIFY sessionChanged)
    Q_PROPERTY(QString nameZh READ nameZh NOTIFY sessionChanged)
    Q_PROPERTY(QString nameEn READ nameEn NOTIFY sessionChanged)
    // The signed-in person's name in the language on show.
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(int idleLockMinutes READ idleLockMinutes CONSTANT)
    // What the signed-in, unlocked person may do; QML binds to it (`Auth.can.handOver`).
    Q_PROPERTY(so::Access can READ access NOTIFY permissionsChanged)

public:
    static constexpr int kMaxTries = 5;
    static constexpr qint64 kLockoutMs = 5 * 60 * 1000;

    explicit AuthService(StationCore &core, QObject *parent = nullptr);

    struct Outcome
    {
        bool ok = false;
        QString message; // for the person, translated
        int triesLeft = kMaxTries;
        bool lockedOut = false;
    };

    Outcome signInAs(const QString &staffNo, const QString &pin);
    // For QML: {ok, message, triesLeft, lockedOut}.
    Q_INVOKABLE so::DeskOutcome signIn(const QString &staffNo, const QString &pin);
    Q_INVOKABLE void signOut();
    // Unlocks the idle lock with the signed-in person's PIN.
    Q_INVOKABLE so::DeskOutcome unlock(const QString &pin);
    Q_INVOKABLE void lockNow();
    // Any touch or key press; postpones the idle lock.
    Q_INVOKABLE void touch();
    // Locks when idle long enough; called by a timer and by tests with a manual clock.
    void checkIdle();
    Access access() const;

    std::optional<Actor> actor() const;
    // A second person confirms with their own PIN (a float count, a supervisor's sign-off)
    // without taking over the session. Wrong PINs count toward their lockout.
    Result<Actor> confirmWithPin(const QString &staffNo, const QString &pin, Permission p,
                                 const QString &purpose);
    // The check every service makes before acting for the signed-in person.
    Result<Actor> require(Permission p) const;

    bool signedIn() const { return m_current.has_value(); }
    bool locked() const { return m_locked; }
    QString staffNo() const { return m_current ? m_current->staffNo : QString(); }
    QString nameZh() const { return m_current ? m_current->nameZh : QString(); }
    QString nameEn() const { return m_current ? m_current->nameEn : QString(); }
    QString name() const;
    // Where name() reads the language on show from.
    void followLanguage(const Language *language);
    QString role() const { return m_current ? roleName(m_current->role) : QString(); }
    int idleLockMinutes() const { return m_idleLockMinutes; }

Q_SIGNALS:
    void sessionChanged();
    void lockedChanged();
    void permissionsChanged();
    void nameChanged();

private:
    struct Failures
    {
        int inARow = 0; // since the last success
        qint64 lastAt = 0;
    };
    Result<Failures> failures(const QString &staffNo);
    // Checks a PIN (with lockout and audit) without touching the session; `who` gets the person.
    Outcome verify(const QString &staffNo, const QString &pin, const QString &auditAction,
                   std::optional<StaffMember> *who = nullptr);
    void setLocked(bool locked);

    StationCore &m_core;
    const Language *m_language = nullptr;
    StaffStore m_store;
    std::optional<StaffMember> m_current;
    bool m_locked = false;
    int m_idleLockMinutes = 5;
    qint64 m_lastActivityMs = 0;
    QTimer m_idleTimer;
};

} // namespace so
