#include "DemoCash.h"
#include "CashService.h"
#include "Database.h"
#include "StationCore.h"

namespace so::cash {

Result<int> seedDemoCash(StationCore &core, CashService &service)
{
    if (!core.config().demo)
        return 0;
    // Seeds only an empty station: a restart keeps what was done since.
    auto existing = core.db().scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM cash_shift)"));
    if (!existing)
        return fail(QStringLiteral("demo cash: %1").arg(existing.error()));
    if (*existing > 0)
        return 0;
    Transaction tx(core.db());
    if (!tx.started())
        return fail(tx.error());
    const Actor zhang{QStringLiteral("2001"), Role::Seller, false};
    const Actor liu{QStringLiteral("2002"), Role::Seller, false};
    const Counts float500{{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 1}};
    auto shift = [&](const Actor &seller, const QString &booth, const QString &confirmer,
                     const QString &pin, const QList<std::pair<QString, qint64>> &sales,
                     const Counts &count, const QString &reason) -> Status {
        auto id = service.openShift(seller, booth, float500, confirmer, pin);
        if (!id)
            return fail(id.error());
        for (const auto &[payment, fen] : sales)
            if (auto e = service.record(seller, *id, QStringLiteral("sale"), payment,
                                        Money::fromFen(fen));
                !e)
                return fail(e.error());
        if (auto r = service.submitCount(seller, *id, count); !r)
            return fail(r.error());
        if (auto s = service.signOff(seller, *id, QStringLiteral("3001"), QStringLiteral("8642"),
                                     cash::SignoffDecision::Accepted, reason);
            !s)
            return fail(s.error());
        return {};
    };
    // Zhang Wei: exact. Liu Yang: ¥1.00 short, explained.
    Status s = shift(zhang, QStringLiteral("TO-A"), QStringLiteral("2002"), QStringLiteral("4826"),
                     {{QStringLiteral("cash"), 400},
                      {QStringLiteral("cash"), 600},
                      {QStringLiteral("qr"), 1200}},
                     {{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 2}}, QString());
    if (s)
        s = shift(liu, QStringLiteral("TO-B"), QStringLiteral("2001"), QStringLiteral("3690"),
                  {{QStringLiteral("cash"), 500}, {QStringLiteral("bank_card"), 5000}},
                  {{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 1}, {"n1", 4}},
                  QStringLiteral("一元硬币找零多给 / gave ¥1 too much change"));
    if (!s)
        return fail(QStringLiteral("demo cash: %1").arg(s.error()));
    if (Status c = tx.commit(); !c)
        return fail(c.error());
    return 2;
}

} // namespace so::cash
