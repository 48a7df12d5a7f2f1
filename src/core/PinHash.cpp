#include "PinHash.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace so {

namespace {

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, 32);
}

} // namespace

PinHash PinHash::make(const QString &pin, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    return {QString::fromLatin1(derive(pin, salt, iterations).toHex()),
            QString::fromLatin1(salt.toHex()), iterations};
}

bool PinHash::matches(const QString &pin) const
{
    const QByteArray want = QByteArray::fromHex(hashHex.toLatin1());
    const QByteArray got = derive(pin, QByteArray::fromHex(saltHex.toLatin1()), iterations);
    if (want.size() != got.size() || want.isEmpty())
        return false;
    // Compare in constant time.
    unsigned char diff = 0;
    for (int i = 0; i < got.size(); ++i)
        diff |= static_cast<unsigned char>(want[i] ^ got[i]);
    return diff == 0;
}

QString PinHash::problemWith(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return QStringLiteral("a PIN has 4 to 8 digits");
    for (QChar c : pin)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QStringLiteral("a PIN has digits only");
    return QString();
}

} // namespace so
