#pragma once
// CashDesk: the booth screens' view of the signed-in seller's shift and its actions, each
// checked in CashService. Published to QML as `Cash`. Amounts cross to QML as text; QML never
// does arithmetic on money.
#include "CashService.h"
#include "QmlInstance.h"

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace so::cash {

class CashDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Cash)
    QML_SINGLETON
    SO_QML_INSTANCE(CashDesk)

    Q_PROPERTY(QString status READ status NOTIFY changed)          // none, open, counted, signed_off
    Q_PROPERTY(QString shiftId READ shiftId NOTIFY changed)
    Q_PROPERTY(QString booth READ booth NOTIFY changed)
    Q_PROPERTY(QString floatText READ floatText NOTIFY changed)
    Q_PROPERTY(QVariantList entries READ entries NOTIFY changed)
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)      // after the blind count
    Q_PROPERTY(QString owedText READ owedText NOTIFY changed)
    Q_PROPERTY(int zeroStreak READ zeroStreak NOTIFY changed)
    Q_PROPERTY(QVariantList denominations READ denominations CONSTANT)
    Q_PROPERTY(QVariantList paymentTypes READ paymentTypes CONSTANT)
    Q_PROPERTY(QVariantList booths READ booths CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // For supervisors: every seller's over/short and the week's shifts.
    Q_PROPERTY(QVariantList sellers READ sellers NOTIFY changed)
    Q_PROPERTY(QVariantList recentShifts READ recentShifts NOTIFY changed)

public:
    CashDesk(StationCore &core, CashService &service, AuthService &auth, QObject *parent = nullptr);

    QString status() const;
    QString shiftId() const { return m_shift ? m_shift->id : QString(); }
    QString booth() const { return m_shift ? m_shift->booth : QString(); }
    QString floatText() const { return m_shift ? m_shift->floatAmount.format() : QString(); }
    QVariantList entries() const { return m_entries; }
    QVariantMap result() const;
    QString owedText() const { return m_owed.format(); }
    int zeroStreak() const { return m_streak; }
    QVariantList denominations() const;
    QVariantList paymentTypes() const;
    QVariantList booths() const;
    QString message() const { return m_message; }

    // counts: {denominationId: count}. "¥513.50", or "" when a count is not valid.
    Q_INVOKABLE QString totalOf(const QVariantMap &counts) const;
    Q_INVOKABLE QString lineTotal(const QString &denominationId, int count) const;
    Q_INVOKABLE bool openShift(const QString &booth, const QVariantMap &counts, const QString &confirmerNo,
                               const QString &confirmerPin);
    Q_INVOKABLE bool record(const QString &kind, const QString &payment, const QString &amount, const QString &reason = {});
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool submitCount(const QVariantMap &counts);
    Q_INVOKABLE bool signOff(const QString &decision, const QString &sellerReason, const QString &supervisorNo,
                             const QString &supervisorPin, const QVariantMap &recount = {}, const QString &note = {});
    Q_INVOKABLE void refresh();
    Q_INVOKABLE int importCsv(const QUrl &file);
    Q_INVOKABLE bool repay(const QString &seller, const QString &amount, const QString &note);
    Q_INVOKABLE bool adjust(const QString &shiftId, const QString &signedAmount, const QString &reason);
    QVariantList sellers() const { return m_sellers; }
    QVariantList recentShifts() const { return m_recent; }

Q_SIGNALS:
    void changed();
    void messageChanged();

private:
    Counts toCounts(const QVariantMap &m) const;
    void setMessage(const QString &m);
    Result<Actor> actor();

    StationCore &m_core;
    CashService &m_service;
    AuthService &m_auth;
    std::optional<Shift> m_shift;
    std::optional<CloseResult> m_lastCount;
    QVariantList m_entries;
    Money m_owed;
    int m_streak = 0;
    QString m_message;
    QVariantList m_sellers;
    QVariantList m_recent;
};

} // namespace so::cash
