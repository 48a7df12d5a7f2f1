#include "CashDesk.h"
#include "AuthService.h"
#include "StaffStore.h"
#include "StationCore.h"
#include "StationInfo.h"

#include <QSet>
#include <QUrl>

namespace so::cash {

namespace {

constexpr int kEntriesShown = 30;
constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;

} // namespace

CashDesk::CashDesk(StationCore &core, CashService &service, AuthService &auth,
                   const StationInfo &station, QObject *parent)
    : QObject(parent), m_core(core), m_service(service), m_auth(auth), m_station(station),
      m_floatSheet(service.config()), m_countSheet(service.config()),
      m_recountSheet(service.config())
{
    m_entries.follow(&station);
    m_sellers.follow(&station);
    m_recent.follow(&station);
    m_booths.follow(&station);
    m_payments.follow(&station);
    for (CountSheet *sheet : {&m_floatSheet, &m_countSheet, &m_recountSheet}) {
        sheet->follow(&station);
        connect(&station, &StationInfo::nameChanged, sheet, &CountSheet::totalChanged);
    }
    // The booth's name and the result's words are in the current language.
    connect(&station, &StationInfo::nameChanged, this, &CashDesk::changed);
    connect(&station, &StationInfo::nameChanged, this, &CashDesk::choiceChanged);
    fillChoices();
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        // The next person starts afresh: no half-made count or another's result on screen.
        m_lastCount.reset();
        m_counting.reset();
        for (CountSheet *sheet : {&m_floatSheet, &m_countSheet, &m_recountSheet})
            sheet->clear();
        fillChoices();
        setMessage(QString());
        refresh();
    });
    connect(&service, &CashService::changed, this, &CashDesk::refresh);
    refresh();
}

void CashDesk::fillChoices()
{
    QList<Choice> booths;
    for (const Booth &b : m_core.config().booths)
        booths << Choice{b.id, b.name, b.id};
    m_booths.setChoices(booths);
    QList<Choice> payments;
    for (const PaymentType &p : m_service.config().paymentTypes)
        payments << Choice{p.id, p.name, {}};
    m_payments.setChoices(payments);
    const QString booth = booths.isEmpty() ? QString() : booths.first().key;
    if (booth != m_chosenBooth || drawerPayment() != m_payment) {
        m_chosenBooth = booth;
        m_payment = drawerPayment();
        Q_EMIT choiceChanged();
    }
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

QString CashDesk::drawerPayment() const
{
    // The config insists on one payment type that counts toward the drawer.
    for (const PaymentType &p : m_service.config().paymentTypes)
        if (p.drawer)
            return p.id;
    return {};
}

const Booth *CashDesk::boothOf(const QString &id) const
{
    for (const Booth &b : m_core.config().booths)
        if (b.id == id)
            return &b;
    return nullptr;
}

Names CashDesk::staffName(const QString &staffNo)
{
    auto m = StaffStore(m_core.db()).current(staffNo);
    if (!m || !m->has_value())
        return {staffNo, staffNo};
    return {(*m)->nameZh, (*m)->nameEn};
}

void CashDesk::refresh()
{
    m_shift.reset();
    m_owed = Money();
    m_streak = 0;
    QList<EntryRow> entries;
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
                for (auto it = list->crbegin();
                     it != list->crend() && entries.size() < kEntriesShown; ++it) {
                    const PaymentType *p = m_service.config().payment(it->payment);
                    entries << EntryRow{*it, p ? p->name : Names{it->payment, it->payment},
                                        voided.contains(it->id)};
                }
            }
        }
        if (auto rec = m_service.sellerRecord(seller)) {
            m_owed = rec->owed;
            m_streak = rec->zeroStreak;
        }
    }
    // A count only belongs to an open shift.
    if (!shiftOpen())
        m_counting.reset();
    m_entries.setRows(entries);

    QList<SellerRow> sellers;
    QList<ShiftRow> recent;
    if (m_auth.access().signOffShift) {
        const qint64 now = m_core.clock().nowMs();
        QStringList sellerNos;
        QHash<QString, Names> names;
        auto nameOf = [&](const QString &no) {
            if (!names.contains(no))
                names.insert(no, staffName(no));
            return names.value(no);
        };
        if (auto list = m_service.shifts(now - kWeekMs, now + 1)) {
            for (const Shift &s : *list) {
                const Booth *b = boothOf(s.booth);
                recent << ShiftRow{s, b ? b->name : Names{s.booth, s.booth}, nameOf(s.seller)};
                if (!sellerNos.contains(s.seller))
                    sellerNos << s.seller;
            }
        }
        sellerNos.sort();
        for (const QString &no : std::as_const(sellerNos))
            if (auto r = m_service.sellerRecord(no))
                sellers << SellerRow{no, nameOf(no), r->owed, r->overages, r->zeroStreak};
    }
    m_sellers.setRows(sellers);
    m_recent.setRows(recent);
    Q_EMIT changed();
}

CashDesk::Stage CashDesk::stage() const
{
    if (!m_shift)
        return m_lastCount ? Stage::SignedOff : Stage::Opening;
    if (shiftOpen())
        return m_counting.value_or(Stage::Selling);
    return Stage::Counted;
}

QString CashDesk::summary() const
{
    if (shiftOpen())
        return tr("Open at %1 with a float of %2.").arg(booth(), floatText());
    if (waitingSignOff())
        return tr("Counted; waiting for a supervisor to sign off.");
    return tr("No open shift. Owed: %1 · error-free shifts in a row: %2")
        .arg(owedText())
        .arg(zeroStreak());
}

QString CashDesk::booth() const
{
    if (!m_shift)
        return {};
    const Booth *b = boothOf(m_shift->booth);
    return b ? b->name.in(m_station.language()) : m_shift->booth;
}

void CashDesk::setStage(std::optional<Stage> stage)
{
    if (stage == m_counting)
        return;
    m_counting = stage;
    Q_EMIT changed();
}

void CashDesk::chooseBooth(const QString &booth)
{
    if (booth == m_chosenBooth || m_booths.indexOf(booth) < 0)
        return;
    m_chosenBooth = booth;
    Q_EMIT choiceChanged();
}

void CashDesk::choosePayment(const QString &payment)
{
    if (payment == m_payment || !m_service.config().payment(payment))
        return;
    m_payment = payment;
    Q_EMIT choiceChanged();
}

bool CashDesk::openShift(const QString &confirmerNo, const QString &confirmerPin)
{
    auto a = actor();
    if (!a)
        return false;
    m_lastCount.reset();
    auto id =
        m_service.openShift(*a, m_chosenBooth, m_floatSheet.counts(), confirmerNo, confirmerPin);
    setMessage(id ? QString() : id.error());
    if (id) {
        m_floatSheet.clear();
        // The changed signal refreshed before the result was reset: show selling now.
        refresh();
    }
    return id.ok();
}

bool CashDesk::record(const QString &kind, const QString &amount, const QString &reason)
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
    // Payouts, drops and the like move the drawer's cash; sales and refunds are paid as chosen.
    const bool withPayment = kind == QLatin1String("sale") || kind == QLatin1String("refund");
    auto id = m_service.record(*a, m_shift->id, kind, withPayment ? m_payment : drawerPayment(),
                               value, reason);
    setMessage(id ? QString() : id.error());
    // Most sales are cash: a QR sale must not make the next one QR without a tap.
    if (id && m_payment != drawerPayment()) {
        m_payment = drawerPayment();
        Q_EMIT choiceChanged();
    }
    return id.ok();
}

int CashDesk::importCsv(const QUrl &file)
{
    auto a = actor();
    if (!a || !m_shift)
        return -1;
    auto n = m_service.importCsv(*a, m_shift->id,
                                 file.isLocalFile() ? file.toLocalFile() : file.toString());
    setMessage(n ? tr("%n entrie(s) imported.", "", *n) : n.error());
    return n ? *n : -1;
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

void CashDesk::startCount()
{
    if (stage() == Stage::Selling) {
        setMessage(QString());
        setStage(Stage::Counting);
    }
}

void CashDesk::backToSales()
{
    if (stage() == Stage::Counting)
        setStage(std::nullopt);
}

bool CashDesk::review()
{
    if (stage() != Stage::Counting)
        return false;
    // Only what can be added up can be reviewed; an empty drawer is a count too.
    if (auto t = m_countSheet.total(); !t) {
        setMessage(t.error());
        return false;
    }
    setMessage(QString());
    setStage(Stage::Reviewing);
    return true;
}

void CashDesk::backToCount()
{
    if (stage() == Stage::Reviewing)
        setStage(Stage::Counting);
}

bool CashDesk::submitCount()
{
    if (stage() != Stage::Reviewing)
        return false;
    auto a = actor();
    if (!a || !m_shift)
        return false;
    auto r = m_service.submitCount(*a, m_shift->id, m_countSheet.counts());
    if (!r) {
        setMessage(r.error());
        return false;
    }
    m_lastCount = *r;
    m_counting.reset();
    m_countSheet.clear();
    setMessage(QString());
    refresh();
    return true;
}

bool CashDesk::signOff(Decision decision, const QString &sellerReason, const QString &supervisorNo,
                       const QString &supervisorPin, const QString &note)
{
    auto a = actor();
    if (!a || !m_shift)
        return false;
    const Counts recount = decision == Decision::Recount ? m_recountSheet.counts() : Counts();
    const SignoffDecision d = decision == Decision::Recount    ? SignoffDecision::Recount
                              : decision == Decision::Override ? SignoffDecision::Override
                                                               : SignoffDecision::Accepted;
    auto done = m_service.signOff(*a, m_shift->id, supervisorNo, supervisorPin, d, sellerReason,
                                  recount, note);
    if (!done) {
        setMessage(done.error());
        return false;
    }
    m_lastCount = CloseResult{done->expected, done->counted, done->variance, false, false};
    m_recountSheet.clear();
    setMessage(QString());
    refresh();
    return true;
}

void CashDesk::newShift()
{
    if (stage() != Stage::SignedOff)
        return;
    m_lastCount.reset();
    refresh();
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

} // namespace so::cash
