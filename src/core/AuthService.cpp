#include "AuthService.h"
#include "Database.h"
#include "Language.h"
#include "LogCategories.h"
#include "StaffStore.h"
#include "StationCore.h"

#include <QJsonObject>

namespace so {

AuthService::AuthService(StationCore &core, QObject *parent)
    : QObject(parent), m_core(core), m_store(core.db()),
      m_idleLockMinutes(core.config().idleLockMinutes)
{
    // A coarse timer is enough for minutes of idleness and keeps an idle tablet asleep.
    m_idleTimer.setInterval(10 * 1000);
    m_idleTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &AuthService::checkIdle);
    connect(this, &AuthService::sessionChanged, this, &AuthService::permissionsChanged);
    connect(this, &AuthService::lockedChanged, this, &AuthService::permissionsChanged);
}

Access AuthService::access() const
{
    return Access::of(m_current && !m_locked ? std::optional<Role>(m_current->role) : std::nullopt);
}

Result<AuthService::Failures> AuthService::failures(const QString &staffNo)
{
    auto n = StaffStore(m_core.db()).failuresSinceSuccess(staffNo);
    if (!n)
        return Error{n.error()};
    Failures f;
    f.inARow = n->first;
    f.lastAt = n->second;
    return f;
}

AuthService::Outcome AuthService::verify(const QString &staffNo, const QString &pin,
                                         const QString &auditAction,
                                         std::optional<StaffMember> *who)
{
    Outcome out;
    const qint64 now = m_core.clock().nowMs();
    if (staffNo.isEmpty() || staffNo.size() > 10 || pin.isEmpty()) {
        out.message = tr("Enter your staff number and PIN.");
        return out;
    }
    auto f = failures(staffNo);
    if (!f) {
        out.message = tr("Sign-in is not possible right now: %1").arg(f.error());
        return out;
    }
    // Every fifth failure in a row starts a lockout; after it ends, five more tries.
    if (f->inARow > 0 && f->inARow % kMaxTries == 0 && now - f->lastAt < kLockoutMs) {
        const int minutes = int((kLockoutMs - (now - f->lastAt) + 59999) / 60000);
        out.lockedOut = true;
        out.triesLeft = 0;
        out.message = tr("Too many wrong PINs. Try again in %n minute(s).", "", minutes);
        return out;
    }
    auto member = m_store.current(staffNo);
    if (!member) {
        out.message = tr("Sign-in is not possible right now: %1").arg(member.error());
        return out;
    }
    bool good = false;
    if (member->has_value() && (*member)->active) {
        good = (*member)->pin.matches(pin);
    } else {
        // Spend the same time as a real check, so timing does not tell who exists.
        (void)PinHash{QString(64, QLatin1Char('0')), QString(32, QLatin1Char('0')),
                      PinHash::kIterations}
            .matches(pin);
    }

    Transaction tx(m_core.db());
    if (!tx.started()) {
        out.message = tr("Sign-in is not possible right now: %1").arg(tx.error());
        return out;
    }
    Status s = m_store.recordAttempt(staffNo, now, good);
    if (good) {
        if (s)
            s = m_core.audit().record(staffNo, auditAction, QStringLiteral("staff"), staffNo);
        if (s)
            s = tx.commit();
        if (!s) {
            out.message = tr("Sign-in is not possible right now: %1").arg(s.error());
            return out;
        }
        out.ok = true;
        if (who)
            *who = **member;
        return out;
    }
    const int inARow = f->inARow + 1;
    if (s && inARow % kMaxTries == 0) {
        s = m_core.audit().record(QStringLiteral("system"), QStringLiteral("account_locked"),
                                  QStringLiteral("staff"), staffNo, {},
                                  {{QStringLiteral("wrong_pins_in_a_row"), inARow},
                                   {QStringLiteral("minutes"), int(kLockoutMs / 60000)}});
    }
    if (s)
        s = tx.commit();
    if (!s)
        qCWarning(lcAuth) << "could not record a failed sign-in:" << s.error();
    qCInfo(lcAuth) << "failed sign-in for" << staffNo << "in a row:" << inARow;
    out.triesLeft = kMaxTries - inARow % kMaxTries;
    if (inARow % kMaxTries == 0) {
        out.lockedOut = true;
        out.triesLeft = 0;
        out.message =
            tr("Too many wrong PINs. Try again in %n minute(s).", "", int(kLockoutMs / 60000));
    } else {
        // Never say whether the number or the PIN was wrong.
        out.message = tr("Staff number or PIN not recognised. %n tries left.", "", out.triesLeft);
    }
    return out;
}

AuthService::Outcome AuthService::signInAs(const QString &staffNo, const QString &pin)
{
    if (m_current)
        signOut();
    std::optional<StaffMember> who;
    Outcome out = verify(staffNo.trimmed(), pin, QStringLiteral("signed_in"), &who);
    if (out.ok) {
        m_current = who;
        qCInfo(lcAuth) << "signed in:" << staffNo;
        m_lastActivityMs = m_core.clock().monotonicMs();
        m_idleTimer.start();
        setLocked(false);
        Q_EMIT sessionChanged();
    }
    return out;
}

static DeskOutcome toMap(const AuthService::Outcome &o)
{
    return DeskOutcome{o.ok, o.message, {}, o.triesLeft, o.lockedOut};
}

DeskOutcome AuthService::signIn(const QString &staffNo, const QString &pin)
{
    return toMap(signInAs(staffNo, pin));
}

void AuthService::signOut()
{
    if (!m_current)
        return;
    const QString who = m_current->staffNo;
    Transaction tx(m_core.db());
    Status s = tx.started() ? m_core.audit().record(who, QStringLiteral("signed_out"),
                                                    QStringLiteral("staff"), who)
                            : Status(fail(tx.error()));
    if (s)
        s = tx.commit();
    if (!s)
        qCWarning(lcAuth) << "sign-out not audited:" << s.error();
    m_current.reset();
    m_idleTimer.stop();
    setLocked(false);
    Q_EMIT sessionChanged();
}

DeskOutcome AuthService::unlock(const QString &pin)
{
    if (!m_current)
        return toMap(Outcome{false, tr("Nobody is signed in."), kMaxTries, false});
    const QString who = m_current->staffNo;
    Outcome out = verify(who, pin, QStringLiteral("unlocked"));
    if (out.ok) {
        m_lastActivityMs = m_core.clock().monotonicMs();
        setLocked(false);
    } else if (out.lockedOut) {
        // The account is locked now: nobody stays signed in behind the lock screen.
        signOut();
    }
    return toMap(out);
}

void AuthService::lockNow()
{
    if (m_current)
        setLocked(true);
}

void AuthService::touch()
{
    if (!m_locked)
        m_lastActivityMs = m_core.clock().monotonicMs();
}

void AuthService::checkIdle()
{
    if (!m_current || m_locked)
        return;
    if (m_core.clock().monotonicMs() - m_lastActivityMs >= qint64(m_idleLockMinutes) * 60 * 1000) {
        qCInfo(lcAuth) << "idle lock for" << m_current->staffNo;
        setLocked(true);
    }
}

void AuthService::setLocked(bool locked)
{
    if (m_locked == locked)
        return;
    m_locked = locked;
    Q_EMIT lockedChanged();
}

std::optional<Actor> AuthService::actor() const
{
    if (!m_current || m_locked)
        return std::nullopt;
    return Actor{m_current->staffNo, m_current->role, false};
}

Result<Actor> AuthService::confirmWithPin(const QString &staffNo, const QString &pin, Permission p,
                                          const QString &purpose)
{
    const Outcome out = verify(staffNo.trimmed(), pin, QStringLiteral("confirmed_") + purpose);
    if (!out.ok)
        return fail(out.message);
    auto member = m_store.current(staffNo.trimmed());
    if (!member || !member->has_value())
        return fail(tr("Staff number or PIN not recognised."));
    const Actor a{(*member)->staffNo, (*member)->role, false};
    if (!a.can(p))
        return fail(tr("%1's role may not confirm this.").arg(a.staffNo));
    return a;
}

Result<Actor> AuthService::require(Permission p) const
{
    const auto a = actor();
    if (!a)
        return fail(tr("Sign in first."));
    if (!a->can(p))
        return fail(tr("Your role may not do this."));
    return *a;
}

} // namespace so

namespace so {

QString AuthService::name() const
{
    return m_language && m_language->chinese() ? nameZh() : nameEn();
}

void AuthService::followLanguage(const Language *language)
{
    m_language = language;
    connect(language, &Language::changed, this, &AuthService::nameChanged);
    connect(this, &AuthService::sessionChanged, this, &AuthService::nameChanged);
}

} // namespace so
