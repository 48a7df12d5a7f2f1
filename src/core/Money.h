#pragma once
// Money: an exact amount in fen (1/100 yuan) held in a qint64. No float or double ever touches it.
#include "Result.h"
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace so {

class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    // Accepts "12.30", "12.3", "12", "0.5", "-3.10", "¥12.30", "1,234.50". Refuses anything that
    // is not an exact number of fen or would not fit.
    static Result<Money> parse(const QString &text);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // "¥12.30", "-¥0.50"
    QString format() const;
    // "12.30", "-0.50": for CSV and keypad fields.
    QString plain() const;

    // Arithmetic that reports overflow instead of wrapping.
    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> times(qint64 count) const;

    constexpr Money operator-() const { return Money(-m_fen); }
    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_fen != b.m_fen; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_fen < b.m_fen; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_fen > b.m_fen; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_fen <= b.m_fen; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_fen >= b.m_fen; }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace so

Q_DECLARE_METATYPE(so::Money)
