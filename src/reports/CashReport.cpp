#include "CashReport.h"
#include "CashService.h"
#include "ReportFile.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextStream>

namespace so::reports {

using namespace cash;

namespace {

struct Pull
{
    Money cashSales, refunds, payouts, drops, adjustments, other;
};

Pull pullOf(const QList<Entry> &entries, const CashConfig &cfg)
{
    QSet<QString> voided;
    for (const Entry &e : entries)
        if (e.kind == QLatin1String("void"))
            voided.insert(e.correctsId);
    Pull p;
    for (const Entry &e : entries) {
        if (voided.contains(e.id) || e.kind == QLatin1String("void"))
            continue;
        const PaymentType *pay = cfg.payment(e.payment);
        const bool drawer = pay && pay->drawer;
        Money *bucket = e.kind == QLatin1String("adjustment")           ? &p.adjustments
                        : !drawer && e.kind == QLatin1String("sale")    ? &p.other
                        : !drawer                                       ? nullptr
                        : e.kind == QLatin1String("sale")               ? &p.cashSales
                        : e.kind == QLatin1String("refund")             ? &p.refunds
                        : e.kind == QLatin1String("payout")             ? &p.payouts
                        : e.kind == QLatin1String("drop")               ? &p.drops
                                                                        : nullptr;
        if (bucket)
            if (auto sum = bucket->plus(e.amount))
                *bucket = *sum;
    }
    return p;
}

QString local(StationCore &core, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(core.config().timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

Status writeCash(StationCore &core, CashService &service, const DateRange &range, const QString &format,
                 const QString &path)
{
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return fail(QStringLiteral("give --from and --to as YYYY-MM-DD, from not after to"));
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(format))
        return fail(QStringLiteral("--format takes csv, pdf or json, not \"%1\"").arg(format));
    const QTimeZone tz = core.config().timeZone;
    auto shifts = service.shifts(QDateTime(range.from, QTime(0, 0), tz).toMSecsSinceEpoch(),
                                 QDateTime(range.to.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch());
    if (!shifts)
        return Error{shifts.error()};
    ReportFile file(path);
    if (format == QLatin1String("csv") || format == QLatin1String("json")) {
        QJsonArray list;
        QFile f(file.partPath());
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
        QTextStream out(&f);
        out.setEncoding(QStringConverter::Utf8);
        out.setGenerateByteOrderMark(format == QLatin1String("csv"));
        if (format == QLatin1String("csv"))
            out << "shift_id,opened_local,booth,seller,float,expected,counted,variance,status,supervisor,decision,reason\r\n";
        for (const Shift &s : *shifts) {
            const QStringList row{s.id, local(core, s.openedAt), s.booth, s.seller, s.floatAmount.plain(),
                                  s.status == QLatin1String("open") ? QString() : s.expected.plain(),
                                  s.status == QLatin1String("open") ? QString() : s.counted.plain(),
                                  s.status == QLatin1String("open") ? QString() : s.variance.plain(), s.status,
                                  s.supervisor, s.decision, s.sellerReason};
            if (format == QLatin1String("csv")) {
                QStringList cells;
                for (const QString &c : row)
                    cells << csvField(c);
                out << cells.join(QLatin1Char(',')) << "\r\n";
            } else {
                list << QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("opened_local"), row[1]},
                                    {QStringLiteral("booth"), s.booth}, {QStringLiteral("seller"), s.seller},
                                    {QStringLiteral("float_fen"), s.floatAmount.fen()}, {QStringLiteral("expected_fen"), s.expected.fen()},
                                    {QStringLiteral("counted_fen"), s.counted.fen()}, {QStringLiteral("variance_fen"), s.variance.fen()},
                                    {QStringLiteral("status"), s.status}, {QStringLiteral("supervisor"), s.supervisor},
                                    {QStringLiteral("decision"), s.decision}, {QStringLiteral("reason"), s.sellerReason}};
            }
        }
        if (format == QLatin1String("json"))
            out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        out.flush();
        f.close();
        return file.commit();
    }
    QPdfWriter w(file.partPath());
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    w.setResolution(150);
    w.setTitle(QStringLiteral("票款报表 Cash report"));
    QPainter p;
    if (!p.begin(&w))
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    int y = 0;
    auto line = [&](const QString &t, int pt, bool bold = false, QColor c = Qt::black) {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPointSize(pt);
        f.setBold(bold);
        p.setFont(f);
        p.setPen(c);
        const QRect r = p.boundingRect(QRect(0, 0, w.width(), 100000), Qt::TextWordWrap, t);
        if (y + r.height() > w.height()) {
            w.newPage();
            y = 0;
        }
        p.drawText(QRect(0, y, w.width(), r.height()), Qt::TextWordWrap, t);
        y += r.height() + pt * 2;
    };
    const StationConfig &st = core.config();
    line(QStringLiteral("票款报表 Cash report"), 18, true);
    line(QStringLiteral("%1 %2 · %3 – %4").arg(st.name.zh, st.name.en, range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate)),
         11, false, QColor(80, 80, 80));
    QSet<QString> sellers;
    for (const Shift &s : *shifts) {
        sellers.insert(s.seller);
        auto entries = service.entries(s.id);
        const Pull pull = entries ? pullOf(*entries, service.config()) : Pull{};
        line(QStringLiteral("%1 · %2 · 售票员 Seller %3").arg(local(core, s.openedAt), s.booth, s.seller), 13, true,
             QColor(21, 101, 192));
        QString body = QStringLiteral("备用金 Float %1\n+ 现金售票 Cash sales %2\n− 现金退款 Cash refunds %3\n− 支出 Payouts %4\n"
                                      "− 解行 Safe drops %5\n± 更正 Corrections %6\n非现金 Non-cash sales %7 (not in the drawer)")
                           .arg(s.floatAmount.format(), pull.cashSales.format(), pull.refunds.format(), pull.payouts.format(),
                                pull.drops.format(), pull.adjustments.format(), pull.other.format());
        line(body, 10);
        if (s.status == QLatin1String("open")) {
            line(QStringLiteral("未结班 Still open"), 11, true, QColor(239, 108, 0));
            continue;
        }
        line(QStringLiteral("= 应有 Expected %1 · 实点 Counted %2 · 差错 Variance %3").arg(s.expected.format(), s.counted.format(),
                                                                                         s.variance.format()),
             11, true, s.variance.isZero() ? QColor(46, 125, 50) : QColor(198, 40, 40));
        if (s.status == QLatin1String("signed_off"))
            line(QStringLiteral("签认 Signed off by %1 (%2)%3").arg(s.supervisor, s.decision,
                                                                 s.sellerReason.isEmpty() ? QString() : QStringLiteral(" · 原因 Reason: ") + s.sellerReason),
                 10);
        else
            line(QStringLiteral("待签认 Awaiting sign-off"), 10, false, QColor(239, 108, 0));
    }
    line(QStringLiteral("售票员长短款 Sellers' over/short"), 14, true);
    QStringList names(sellers.begin(), sellers.end());
    names.sort();
    for (const QString &seller : names)
        if (auto r = service.sellerRecord(seller))
            line(QStringLiteral("%1: 欠款 owed %2 · 长款 overages %3 · 连续无差错 error-free in a row %4")
                     .arg(seller, r->owed.format(), r->overages.format())
                     .arg(r->zeroStreak),
                 10);
    p.end();
    return file.commit();
}

} // namespace so::reports
