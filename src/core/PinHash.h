#pragma once
// PinHash: PBKDF2-SHA256 over a PIN with a per-person salt.
#include <QByteArray>
#include <QString>

namespace so {

struct PinHash
{
    QString hashHex;
    QString saltHex;
    int iterations = 0;

    static constexpr int kIterations = 120000;
    static PinHash make(const QString &pin, int iterations = kIterations);
    bool matches(const QString &pin) const;
    // 4 to 8 digits; the message says what is allowed.
    static QString problemWith(const QString &pin);
};

} // namespace so
