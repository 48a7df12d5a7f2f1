#include "Money.h"

#include <limits>

namespace so {

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
}

Result<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.startsWith(QChar(0x00A5)) || text.startsWith(QChar(0xFFE5)))
        text = text.mid(1).trimmed();
    if (text.isEmpty())
        return fail(QStringLiteral("an amount is needed, for example 12.30"));

    const int dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return fail(QStringLiteral("\"%1\" is not an amount").arg(input));
    if (frac.size() > 2)
        return fail(
            QStringLiteral("\"%1\" has more than two decimals; amounts are exact to the fen")
                .arg(input));
    auto allDigits = [](const QString &s) {
        for (QChar c : s)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if (!allDigits(whole) || !allDigits(frac) || (dot >= 0 && frac.isEmpty() && whole.isEmpty()))
        return fail(QStringLiteral("\"%1\" is not an amount").arg(input));

    qint64 yuan = 0;
    for (QChar c : whole) {
        const int d = c.unicode() - '0';
        if (yuan > (kMax - d) / 10)
            return fail(QStringLiteral("\"%1\" is too large").arg(input));
        yuan = yuan * 10 + d;
    }
    qint64 fen = 0;
    const qint64 cents = (frac.size() >= 1 ? (frac.at(0).unicode() - '0') * 10 : 0) +
                         (frac.size() == 2 ? frac.at(1).unicode() - '0' : 0);
    if (__builtin_mul_overflow(yuan, qint64(100), &fen) || __builtin_add_overflow(fen, cents, &fen))
        return fail(QStringLiteral("\"%1\" is too large").arg(input));
    return Money(negative ? -fen : fen);
}

QString Money::plain() const
{
    // Work in unsigned to format the most negative value without overflow.
    const bool neg = m_fen < 0;
    const quint64 abs = neg ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    return QStringLiteral("%1%2.%3")
        .arg(neg ? QStringLiteral("-") : QString())
        .arg(abs / 100)
        .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::format() const
{
    QString p = plain();
    if (p.startsWith(QLatin1Char('-')))
        return QStringLiteral("-\u00A5") + p.mid(1);
    return QStringLiteral("\u00A5") + p;
}

Result<Money> Money::plus(Money other) const
{
    qint64 out;
    if (__builtin_add_overflow(m_fen, other.m_fen, &out))
        return fail(QStringLiteral("amount out of range"));
    return Money(out);
}

Result<Money> Money::minus(Money other) const
{
    qint64 out;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &out))
        return fail(QStringLiteral("amount out of range"));
    return Money(out);
}

Result<Money> Money::times(qint64 count) const
{
    qint64 out;
    if (__builtin_mul_overflow(m_fen, count, &out))
        return fail(QStringLiteral("amount out of range"));
    return Money(out);
}

} // namespace so
