#include "CashDesk.h"
#include "AuthService.h"
#include "StationCore.h"

#include <QUrl>

namespace so::cash {

CashDesk::CashDesk(StationCore &core, CashService &service, AuthService &auth, QObject *parent)
    : QObject(parent), m_core(core), m_service(service), m_auth(auth)
{
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        m_lastCount.reset();
        setMessage(QString());
        refresh();
    });
    connect(&service, &CashService::changed, this, &CashDesk::refresh);
    refresh();
}

void CashDesk::setMessage(const QString &m)
{
    if (m != m_message) {
        m_message = m;
        Q_EMIT messageChanged();
    }
}

Result<Actor> CashDesk::actor()
{
    auto a = m_auth.require(Permission::SellTickets);
    if (!a)
        setMessage(a.error());
    return a;
}

void CashDesk::refresh()
{
    m_shift.reset();
    m_entries.clear();
    m_owed = Money();
    m_streak = 0;
    const QString seller = m_auth.staffNo();
    if (!seller.isEmpty()) {
        if (auto s = m_service.openShiftOf(seller); s && s->has_value())
            m_shift = **s;
        if (m_shift) {
            if (auto list = m_service.entries(m_shift->id)) {
                QSet<QString> voided;
                for (const Entry &e : *list)
                    if (e.kind == QLatin1String("void"))
                        voided.insert(e.correctsId);
                for (auto it = list->crbegin(); it != list->crend() && m_entries.size() < 30; ++it) {
                    const PaymentType *p = m_service.config().payment(it->payment);
                    m_entries << QVariantMap{{QStringLiteral("kind"), it->kind},
                                             {QStringLiteral("paymentZh"), p ? p->name.zh : it->payment},
                                             {QStringLiteral("paymentEn"), p ? p->name.en : it->payment},
                                             {QStringLiteral("amount"), it->amount.format()},
                                             {QStringLiteral("at"), it->occurredAt},
                                             {QStringLiteral("voided"), voided.contains(it->id)},
                                             {QStringLiteral("reason"), it->reason}};
                }
            }
        }
        if (auto rec = m_service.sellerRecord(seller)) {
            m_owed = rec->owed;
            m_streak = rec->zeroStreak;
        }
    }
    m_sellers.clear();
    m_recent.clear();
    if (m_auth.access().signOffShift) {
        const qint64 now = m_core.clock().nowMs();
        QStringList names;
        if (auto list = m_service.shifts(now - 7LL * 24 * 3600 * 1000, now + 1)) {
            for (const Shift &s : *list) {
                m_recent << QVariantMap{{QStringLiteral("id"), s.id}, {QStringLiteral("booth"), s.booth},
                                        {QStringLiteral("seller"), s.seller}, {QStringLiteral("openedAt"), s.openedAt},
                                        {QStringLiteral("status"), s.status},
                                        {QStringLiteral("variance"), s.status == QLatin1String("open") ? QString() : s.variance.format()}};
                if (!names.contains(s.seller))
                    names << s.seller;
            }
        }
        names.sort();
        for (const QString &n : names)
            if (auto r = m_service.sellerRecord(n))
                m_sellers << QVariantMap{{QStringLiteral("seller"), n}, {QStringLiteral("owed"), r->owed.format()},
                                         {QStringLiteral("owes"), r->owed.fen() > 0}, {QStringLiteral("overages"), r->overages.format()},
                                         {QStringLiteral("streak"), r->zeroStreak}};
    }
    Q_EMIT changed();
}

QString CashDesk::status() const
{
    if (!m_shift)
        return m_lastCount ? QStringLiteral("signed_off") : QStringLiteral("none");
    return m_shift->status;
}

QVariantMap CashDesk::result() const
{
    if (!m_lastCount)
        return {};
    const CloseResult &r = *m_lastCount;
    return {{QStringLiteral("expected"), r.expected.format()},
            {QStringLiteral("counted"), r.counted.format()},
            {QStringLiteral("variance"), r.variance.format()},
            {QStringLiteral("short"), r.variance.isNegative()},
            {QStringLiteral("exact"), r.variance.isZero()},
            {QStringLiteral("needsReason"), r.needsReason},
            {QStringLiteral("needsSupervisorDecision"), r.needsSupervisorDecision}};
}

QVariantList CashDesk::denominations() const
{
    QVariantList out;
    for (const Denomination &d : m_service.config().denominations)
        out << QVariantMap{{QStringLiteral("id"), d.id}, {QStringLiteral("label"), d.value.format()},
                           {QStringLiteral("kind"), d.kind}};
    return out;
}

QVariantList CashDesk::paymentTypes() const
{
    QVariantList out;
    for (const PaymentType &p : m_service.config().paymentTypes)
        out << QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("zh"), p.name.zh}, {QStringLiteral("en"), p.name.en},
                           {QStringLiteral("drawer"), p.drawer}};
    return out;
}

QVariantList CashDesk::booths() const
{
    QVariantList out;
    for (const Booth &b : m_core.config().booths)
        out << QVariantMap{{QStringLiteral("id"), b.id}, {QStringLiteral("zh"), b.name.zh}, {QStringLiteral("en"), b.name.en}};
    return out;
}

Counts CashDesk::toCounts(const QVariantMap &m) const
{
    Counts c;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        c.insert(it.key(), it.value().toInt());
    return c;
}

QString CashDesk::totalOf(const QVariantMap &counts) const
{
    auto t = countTotal(m_service.config(), toCounts(counts));
    return t ? t->format() : QString();
}

QString CashDesk::lineTotal(const QString &denominationId, int count) const
{
    auto t = countTotal(m_service.config(), {{denominationId, count}});
    return t ? t->format() : QString();
}

bool CashDesk::openShift(const QString &booth, const QVariantMap &counts, const QString &confirmerNo,
                         const QString &confirmerPin)
{
    auto a = actor();
    if (!a)
        return false;
    m_lastCount.reset();
    auto id = m_service.openShift(*a, booth, toCounts(counts), confirmerNo, confirmerPin);
    setMessage(id ? QString() : id.error());
    return id.ok();
}

bool CashDesk::record(const QString &kind, const QString &payment, const QString &amount, const QString &reason)
{
    auto a = actor();
    if (!a || !m_shift)
        return false;
    Money value;
    if (kind != QLatin1String("no_sale")) {
        auto m = Money::parse(amount);
        if (!m) {
            setMessage(m.error());
            return false;
        }
        value = *m;
    }
    auto id = m_service.record(*a, m_shift->id, kind, payment, value, reason);
    setMessage(id ? QString() : id.error());
    return id.ok();
}

int CashDesk::importCsv(const QUrl &file)
{
    auto a = actor();
    if (!a || !m_shift)
        return -1;
    auto n = m_service.importCsv(*a, m_shift->id, file.isLocalFile() ? file.toLocalFile() : file.toString());
    setMessage(n ? tr("%n entrie(s) imported.", "", *n) : n.error());
    return n ? *n : -1;
}

bool CashDesk::repay(const QString &seller, const QString &amount, const QString &note)
{
    auto a = m_auth.require(Permission::SignOffShift);
    if (!a) {
        setMessage(a.error());
        return false;
    }
    auto m = Money::parse(amount);
    const Status s = m ? m_service.repay(*a, seller, *m, note) : Status(fail(m.error()));
    setMessage(s.error());
    if (s)
        refresh();
    return s.ok();
}

bool CashDesk::adjust(const QString &shiftId, const QString &signedAmount, const QString &reason)
{
    auto a = m_auth.require(Permission::CorrectShift);
    if (!a) {
        setMessage(a.error());
        return false;
    }
    auto m = Money::parse(signedAmount);
    auto id = m ? m_service.adjust(*a, shiftId, *m, reason) : Result<QString>(fail(m.error()));
    setMessage(id ? QString() : id.error());
    return id.ok();
}

bool CashDesk::undo()
{
    auto a = actor();
    if (!a || !m_shift)
        return false;
    auto id = m_service.undoLast(*a, m_shift->id);
    setMessage(id ? QString() : id.error());
    return id.ok();
}

bool CashDesk::submitCount(const QVariantMap &counts)
{
    auto a = actor();
    if (!a || !m_shift)
        return false;
    auto r = m_service.submitCount(*a, m_shift->id, toCounts(counts));
    if (!r) {
        setMessage(r.error());
        return false;
    }
    m_lastCount = *r;
    setMessage(QString());
    refresh();
    return true;
}

bool CashDesk::signOff(const QString &decision, const QString &sellerReason, const QString &supervisorNo,
                       const QString &supervisorPin, const QVariantMap &recount, const QString &note)
{
    auto a = actor();
    if (!a || !m_shift)
        return false;
    auto done = m_service.signOff(*a, m_shift->id, supervisorNo, supervisorPin, decision, sellerReason, toCounts(recount), note);
    if (!done) {
        setMessage(done.error());
        return false;
    }
    m_lastCount = CloseResult{done->expected, done->counted, done->variance, false, false};
    setMessage(QString());
    refresh();
    return true;
}

} // namespace so::cash
