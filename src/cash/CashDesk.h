#pragma once
// CashDesk: the booth screens' view of the signed-in seller's shift and its actions, each
// checked in CashService. Published to QML as `Cash`. Amounts cross to QML as text in lists,
// count sheets and a typed result; QML never does arithmetic on money, and the screen's stage
// (selling, counting, reviewing the count) is kept here, so a count cannot be stored by one
// stray tap.
#include "CashModels.h"
#include "CashService.h"
#include "ChoiceModel.h"
#include "CountResult.h"
#include "CountSheet.h"
#include "QmlInstance.h"

#include <QtQml/qqmlregistration.h>

namespace so {
class StationInfo;
}

namespace so::cash {

class CashDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Cash)
    QML_SINGLETON
    SO_QML_INSTANCE(CashDesk)

public:
    // Where the signed-in seller stands.
    enum class Stage {
        Opening,   // no shift: count the float and open
        Selling,   // the shift is open
        Counting,  // the blind count, nothing expected shown
        Reviewing, // what was counted, to check before it is stored
        Counted,   // stored: expected and variance shown, waiting for a supervisor
        SignedOff, // just signed off
    };
    Q_ENUM(Stage)
    // How a supervisor signs the shift off (SignoffDecision, for QML).
    enum class Decision { Accept, Override, Recount };
    Q_ENUM(Decision)

private:
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    // For Home's card: a shift open, or counted and waiting for sign-off, and what it says.
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY changed)
    Q_PROPERTY(bool waitingSignOff READ waitingSignOff NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString shiftId READ shiftId NOTIFY changed)
    // The open shift's booth by name ("Ticket office A"), and its code.
    Q_PROPERTY(QString booth READ booth NOTIFY changed)
    Q_PROPERTY(QString boothCode READ boothCode NOTIFY changed)
    Q_PROPERTY(QString floatText READ floatText NOTIFY changed)
    Q_PROPERTY(so::cash::CountResult result READ result NOTIFY changed)
    Q_PROPERTY(QString owedText READ owedText NOTIFY changed)
    Q_PROPERTY(int zeroStreak READ zeroStreak NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(so::cash::EntryModel *entries READ entries CONSTANT)
    // For supervisors: every seller's over/short and the week's shifts.
    Q_PROPERTY(so::cash::SellerModel *sellers READ sellers CONSTANT)
    Q_PROPERTY(so::cash::ShiftModel *recentShifts READ recentShifts CONSTANT)
    Q_PROPERTY(so::ChoiceModel *booths READ booths CONSTANT)
    Q_PROPERTY(so::ChoiceModel *paymentTypes READ paymentTypes CONSTANT)
    Q_PROPERTY(QString chosenBooth READ chosenBooth NOTIFY choiceChanged)
    // The payment type of the next sale or refund; back to cash after each one.
    Q_PROPERTY(QString payment READ payment NOTIFY choiceChanged)
    Q_PROPERTY(QString paymentName READ paymentName NOTIFY choiceChanged)
    Q_PROPERTY(so::cash::CountSheet *floatSheet READ floatSheet CONSTANT)
    Q_PROPERTY(so::cash::CountSheet *countSheet READ countSheet CONSTANT)
    Q_PROPERTY(so::cash::CountSheet *recountSheet READ recountSheet CONSTANT)

public:
    CashDesk(StationCore &core, CashService &service, AuthService &auth, const StationInfo &station,
             QObject *parent = nullptr);

    Stage stage() const;
    bool shiftOpen() const { return m_shift && m_shift->status == ShiftStatus::Open; }
    bool waitingSignOff() const { return m_shift && m_shift->status == ShiftStatus::Counted; }
    QString summary() const;
    QString shiftId() const { return m_shift ? m_shift->id : QString(); }
    QString booth() const;
    QString boothCode() const { return m_shift ? m_shift->booth : QString(); }
    QString floatText() const { return m_shift ? m_shift->floatAmount.format() : QString(); }
    CountResult result() const { return CountResult::of(m_lastCount ? &*m_lastCount : nullptr); }
    QString owedText() const { return m_owed.format(); }
    int zeroStreak() const { return m_streak; }
    QString message() const { return m_message; }
    EntryModel *entries() { return &m_entries; }
    SellerModel *sellers() { return &m_sellers; }
    ShiftModel *recentShifts() { return &m_recent; }
    ChoiceModel *booths() { return &m_booths; }
    ChoiceModel *paymentTypes() { return &m_payments; }
    QString chosenBooth() const { return m_chosenBooth; }
    QString payment() const { return m_payment; }
    QString paymentName() const { return m_payments.nameOf(m_payment); }
    CountSheet *floatSheet() { return &m_floatSheet; }
    CountSheet *countSheet() { return &m_countSheet; }
    CountSheet *recountSheet() { return &m_recountSheet; }

    Q_INVOKABLE void chooseBooth(const QString &booth);
    Q_INVOKABLE void choosePayment(const QString &payment);
    // Opens the chosen booth with the float on floatSheet; a second person confirms.
    Q_INVOKABLE bool openShift(const QString &confirmerNo, const QString &confirmerPin);
    // sale, refund (with the chosen payment type), payout, drop, exchange, no_sale (cash).
    Q_INVOKABLE bool record(const QString &kind, const QString &amount, const QString &reason = {});
    Q_INVOKABLE bool undo();
    Q_INVOKABLE int importCsv(const QUrl &file);
    // The blind count: start it, check what was counted, and only then store it.
    Q_INVOKABLE void startCount();
    Q_INVOKABLE void backToSales();
    Q_INVOKABLE bool review();
    Q_INVOKABLE void backToCount();
    Q_INVOKABLE bool submitCount();
    // Accept, Override (with the note), or Recount (recountSheet).
    Q_INVOKABLE bool signOff(so::cash::CashDesk::Decision decision, const QString &sellerReason,
                             const QString &supervisorNo, const QString &supervisorPin,
                             const QString &note = {});
    // After a sign-off: back to opening a shift.
    Q_INVOKABLE void newShift();
    Q_INVOKABLE bool repay(const QString &seller, const QString &amount, const QString &note);
    Q_INVOKABLE bool adjust(const QString &shiftId, const QString &signedAmount,
                            const QString &reason);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void messageChanged();
    void choiceChanged();

private:
    void setMessage(const QString &m);
    Result<Actor> actor();
    void setStage(std::optional<Stage> stage);
    void fillChoices();
    // Whether a shift is open, counted or signed off, as the word Home uses.
    Names staffName(const QString &staffNo);
    // The payment type whose money goes in the drawer (cash).
    QString drawerPayment() const;
    const Booth *boothOf(const QString &id) const;

    StationCore &m_core;
    CashService &m_service;
    AuthService &m_auth;
    const StationInfo &m_station;
    std::optional<Shift> m_shift;
    std::optional<CloseResult> m_lastCount;
    // Counting or reviewing while the shift is open; selling otherwise.
    std::optional<Stage> m_counting;
    Money m_owed;
    int m_streak = 0;
    QString m_message;
    QString m_chosenBooth;
    QString m_payment;
    EntryModel m_entries;
    SellerModel m_sellers;
    ShiftModel m_recent;
    ChoiceModel m_booths;
    ChoiceModel m_payments;
    CountSheet m_floatSheet;
    CountSheet m_countSheet;
    CountSheet m_recountSheet;
};

} // namespace so::cash
