#pragma once
// CashWords: the cash feature's vocabulary in the current language, for every screen that
// shows an entry or a variance.
#include "Money.h"

#include <QCoreApplication>

namespace so::cash {

class CashWords
{
    Q_DECLARE_TR_FUNCTIONS(CashWords)
public:
    // What a kind of entry is called: "Sale", "Safe drop", "Undone".
    static QString entryKind(const QString &kind);
    // A variance in words, its sign said rather than printed: "Short ¥0.50", "Over ¥1.00",
    // "Exact".
    static QString variance(Money variance);
};

} // namespace so::cash
