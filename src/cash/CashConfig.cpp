#include "CashConfig.h"
#include "JsonCheck.h"

#include <QDir>
#include <QSet>

namespace so::cash {

const PaymentType *CashConfig::payment(const QString &id) const
{
    for (const PaymentType &p : paymentTypes)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Denomination *CashConfig::denomination(const QString &id) const
{
    for (const Denomination &d : denominations)
        if (d.id == id)
            return &d;
    return nullptr;
}

Result<CashConfig> CashConfig::load(const QString &configDir)
{
    const QString path = QDir(configDir).filePath(QStringLiteral("cash.json"));
    auto root = readJsonObject(path);
    if (!root)
        return Error{root.error()};
    JsonCheck c(path);
    CashConfig cfg;
    c.whole(*root, QString(), QStringLiteral("schema"), 1, 1);
    c.oneOf(*root, QString(), QStringLiteral("currency"), {QStringLiteral("CNY")});
    auto money = [&](const QJsonObject &o, const QString &at, const QString &key) {
        const QString text = c.text(o, at, key, true, 30);
        auto m = Money::parse(text);
        if (!text.isEmpty() && !m) {
            c.complain(JsonCheck::at(at, key),
                       QStringLiteral("%1 (write amounts as text, e.g. \"0.50\")").arg(m.error()));
            return Money();
        }
        if (m && m->isNegative())
            c.complain(JsonCheck::at(at, key), QStringLiteral("an amount here cannot be negative"));
        return m ? *m : Money();
    };
    const QJsonArray dens = c.array(*root, QString(), QStringLiteral("denominations"), true, 1, 30);
    QSet<QString> ids;
    for (int i = 0; i < dens.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("denominations"), i);
        const QJsonObject o = c.objectAt(dens, QStringLiteral("denominations"), i);
        Denomination d{c.identifier(o, at, QStringLiteral("id")),
                       money(o, at, QStringLiteral("value")),
                       c.oneOf(o, at, QStringLiteral("kind"),
                               {QStringLiteral("note"), QStringLiteral("coin")})};
        if (d.value.isZero())
            c.complain(JsonCheck::at(at, QStringLiteral("value")),
                       QStringLiteral("a denomination is worth more than 0"));
        if (ids.contains(d.id))
            c.complain(JsonCheck::at(at, QStringLiteral("id")),
                       QStringLiteral("\"%1\" is used twice").arg(d.id));
        ids.insert(d.id);
        cfg.denominations << d;
    }
    cfg.tolerance = money(*root, QString(), QStringLiteral("tolerance"));
    cfg.reasonAbove = money(*root, QString(), QStringLiteral("reasonAbove"));
    cfg.supervisorAbove = money(*root, QString(), QStringLiteral("supervisorAbove"));
    const QJsonArray pays = c.array(*root, QString(), QStringLiteral("paymentTypes"), true, 1, 20);
    bool anyDrawer = false;
    for (int i = 0; i < pays.size(); ++i) {
        const QString at = JsonCheck::at(QStringLiteral("paymentTypes"), i);
        const QJsonObject o = c.objectAt(pays, QStringLiteral("paymentTypes"), i);
        const auto n = c.bilingual(o, at, QStringLiteral("name"));
        PaymentType p{c.identifier(o, at, QStringLiteral("id")),
                      {n.first, n.second},
                      c.flag(o, at, QStringLiteral("drawer"), false)};
        anyDrawer |= p.drawer;
        cfg.paymentTypes << p;
    }
    if (!anyDrawer)
        c.complain(
            QStringLiteral("paymentTypes"),
            QStringLiteral("one payment type must count toward the drawer (\"drawer\": true)"));
    const QJsonObject imp = c.object(*root, QString(), QStringLiteral("import"));
    for (const QJsonValue &v :
         c.array(imp, QStringLiteral("import"), QStringLiteral("columns"), true, 4, 10))
        cfg.importColumns << v.toString();
    for (const char *need : {"time", "kind", "payment", "amount"})
        if (!cfg.importColumns.contains(QLatin1String(need)))
            c.complain(QStringLiteral("import.columns"),
                       QStringLiteral("needs a \"%1\" column").arg(QLatin1String(need)));
    cfg.importTimeFormat = c.text(imp, QStringLiteral("import"), QStringLiteral("timeFormat"));
    if (!c.ok())
        return fail(c.message());
    return cfg;
}

Result<Money> countTotal(const CashConfig &c, const QHash<QString, int> &counts)
{
    Money total;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const Denomination *d = c.denomination(it.key());
        if (!d)
            return fail(QStringLiteral("no denomination \"%1\"").arg(it.key()));
        if (it.value() < 0 || it.value() > 100000)
            return fail(QStringLiteral("%1: a count is 0 to 100000").arg(d->value.format()));
        auto part = d->value.times(it.value());
        if (!part)
            return Error{part.error()};
        auto sum = total.plus(*part);
        if (!sum)
            return Error{sum.error()};
        total = *sum;
    }
    return total;
}

} // namespace so::cash
