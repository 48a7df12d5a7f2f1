#include "CashReport.h"
#include "CashService.h"
#include "DocumentPdf.h"
#include "ReportContext.h"
#include "ReportFile.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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
        Money *bucket = e.kind == QLatin1String("adjustment")        ? &p.adjustments
                        : !drawer && e.kind == QLatin1String("sale") ? &p.other
                        : !drawer                                    ? nullptr
                        : e.kind == QLatin1String("sale")            ? &p.cashSales
                        : e.kind == QLatin1String("refund")          ? &p.refunds
                        : e.kind == QLatin1String("payout")          ? &p.payouts
                        : e.kind == QLatin1String("drop")            ? &p.drops
                                                                     : nullptr;
        if (bucket)
            if (auto sum = bucket->plus(e.amount))
                *bucket = *sum;
    }
    return p;
}

QString statusWords(const ReportContext &cx, ShiftStatus status)
{
    if (status == ShiftStatus::Open)
        return cx.say(QT_TRANSLATE_NOOP("Report", "Selling, not yet counted"));
    if (status == ShiftStatus::Counted)
        return cx.say(QT_TRANSLATE_NOOP("Report", "Counted, awaiting sign-off"));
    if (status == ShiftStatus::SignedOff)
        return cx.say(QT_TRANSLATE_NOOP("Report", "Signed off"));
    return {};
}

QString decisionWords(const ReportContext &cx, SignoffDecision decision)
{
    if (decision == SignoffDecision::Accepted)
        return cx.say(QT_TRANSLATE_NOOP("Report", "Accepted"));
    if (decision == SignoffDecision::Override)
        return cx.say(QT_TRANSLATE_NOOP("Report", "Overridden"));
    if (decision == SignoffDecision::Recount)
        return cx.say(QT_TRANSLATE_NOOP("Report", "Recounted"));
    return {};
}

Result<QList<Shift>> load(StationCore &core, CashService &service, const DateRange &range)
{
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return fail(QStringLiteral("give --from and --to as YYYY-MM-DD, from not after to"));
    const QTimeZone tz = core.config().timeZone;
    return service.shifts(QDateTime(range.from, QTime(0, 0), tz).toMSecsSinceEpoch(),
                          QDateTime(range.to.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch());
}

Result<Document> document(const ReportContext &cx, CashService &service, const QList<Shift> &shifts,
                          const DateRange &range)
{
    using S = Document::Style;
    using T = Document::Tone;
    Document doc(cx.say(QT_TRANSLATE_NOOP("Report", "Cash report")), cx.language());
    doc.add(S::Title, doc.title());
    doc.add(S::Subtitle, cx.say(QT_TRANSLATE_NOOP("Report", "%1 · %2 to %3"))
                             .arg(cx.stationName(), cx.date(range.from), cx.date(range.to)));
    if (shifts.isEmpty())
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "No cash shifts in this period.")));
    QStringList sellers;
    for (const Shift &s : shifts) {
        if (!sellers.contains(s.seller))
            sellers << s.seller;
        auto entries = service.entries(s.id);
        if (!entries)
            return Error{entries.error()};
        const Pull pull = pullOf(*entries, service.config());
        doc.add(S::Heading, cx.name(cx.names().booth(s.booth)), T::Accent)
            .code(s.booth)
            .then(QStringLiteral(" · ") + cx.local(s.openedAt));
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Seller: %1")).arg(cx.staff(s.seller)))
            .code(s.seller);
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Float %1")).arg(s.floatAmount.format()))
            .indented();
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "+ cash sales %1")).arg(pull.cashSales.format()))
            .indented();
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "− cash refunds %1")).arg(pull.refunds.format()))
            .indented();
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "− payouts %1")).arg(pull.payouts.format()))
            .indented();
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "− safe drops %1")).arg(pull.drops.format()))
            .indented();
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "± corrections %1"))
                             .arg(pull.adjustments.format()))
            .indented();
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Non-cash sales %1 (not in the drawer)"))
                    .arg(pull.other.format()),
                T::Muted)
            .indented();
        if (s.status == ShiftStatus::Open) {
            doc.add(S::Text, statusWords(cx, s.status), T::Warning);
            continue;
        }
        doc.add(S::Subheading,
                cx.say(QT_TRANSLATE_NOOP("Report", "Expected %1 · counted %2 · variance %3"))
                    .arg(s.expected.format(), s.counted.format(), s.variance.format()),
                s.variance.isZero() ? T::Good : T::Bad);
        if (s.status == ShiftStatus::SignedOff) {
            doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Signed off by %1"))
                                 .arg(cx.staff(s.supervisor)))
                .code(s.supervisor)
                .then(QStringLiteral(" · ") + decisionWords(cx, s.decision));
            if (!s.sellerReason.isEmpty())
                doc.add(
                    S::Text,
                    cx.say(QT_TRANSLATE_NOOP("Report", "Seller's reason: %1")).arg(s.sellerReason));
        } else {
            doc.add(S::Text, statusWords(cx, s.status), T::Warning);
        }
    }
    doc.add(S::Heading, cx.say(QT_TRANSLATE_NOOP("Report", "Sellers' over and short")));
    std::sort(sellers.begin(), sellers.end());
    for (const QString &seller : sellers) {
        auto r = service.sellerRecord(seller);
        if (!r)
            return Error{r.error()};
        doc.add(S::Text, cx.staff(seller))
            .code(seller)
            .then(cx.say(QT_TRANSLATE_NOOP(
                             "Report", ": owes %1 · overages %2 · error-free shifts in a row: %3"))
                      .arg(r->owed.format(), r->overages.format())
                      .arg(r->zeroStreak));
    }
    return doc;
}

} // namespace

Result<Document> cashDocument(StationCore &core, CashService &service, const DateRange &range,
                              const QString &language)
{
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto shifts = load(core, service, range);
    if (!shifts)
        return Error{shifts.error()};
    return document(*cx, service, *shifts, range);
}

Status writeCash(StationCore &core, CashService &service, const DateRange &range,
                 const QString &format, const QString &path, const QString &language)
{
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(
            format))
        return fail(QStringLiteral("--format takes csv, pdf or json, not \"%1\"").arg(format));
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto shifts = load(core, service, range);
    if (!shifts)
        return Error{shifts.error()};
    ReportFile file(path);
    if (format == QLatin1String("pdf")) {
        auto doc = document(*cx, service, *shifts, range);
        if (!doc)
            return Error{doc.error()};
        if (Status s = writePdf(*doc, file.partPath()); !s)
            return s;
        return file.commit();
    }
    // The figures exist once the blind count is in.
    auto counted = [](const Shift &s, Money m) {
        return s.status == ShiftStatus::Open ? QString() : m.plain();
    };
    if (format == QLatin1String("csv")) {
        const QStringList header{QStringLiteral("shift_id"),   QStringLiteral("opened_local"),
                                 QStringLiteral("booth"),      QStringLiteral("booth_name"),
                                 QStringLiteral("seller"),     QStringLiteral("seller_name"),
                                 QStringLiteral("float"),      QStringLiteral("expected"),
                                 QStringLiteral("counted"),    QStringLiteral("variance"),
                                 QStringLiteral("status"),     QStringLiteral("status_text"),
                                 QStringLiteral("supervisor"), QStringLiteral("supervisor_name"),
                                 QStringLiteral("decision"),   QStringLiteral("decision_text"),
                                 QStringLiteral("reason")};
        QList<QStringList> rows;
        for (const Shift &s : *shifts)
            rows << QStringList{s.id,
                                cx->local(s.openedAt),
                                s.booth,
                                cx->name(cx->names().booth(s.booth)),
                                s.seller,
                                cx->staff(s.seller),
                                s.floatAmount.plain(),
                                counted(s, s.expected),
                                counted(s, s.counted),
                                counted(s, s.variance),
                                nameOf(s.status),
                                statusWords(*cx, s.status),
                                s.supervisor,
                                s.supervisor.isEmpty() ? QString() : cx->staff(s.supervisor),
                                s.status == ShiftStatus::SignedOff ? nameOf(s.decision) : QString(),
                                s.status == ShiftStatus::SignedOff ? decisionWords(*cx, s.decision)
                                                                   : QString(),
                                s.sellerReason};
        if (Status st = writeCsv(file.partPath(), header, rows); !st)
            return st;
        return file.commit();
    }
    QJsonArray list;
    for (const Shift &s : *shifts)
        list << QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("opened_local"), cx->local(s.openedAt)},
                            {QStringLiteral("booth"), s.booth},
                            {QStringLiteral("booth_name"), cx->name(cx->names().booth(s.booth))},
                            {QStringLiteral("seller"), s.seller},
                            {QStringLiteral("seller_name"), cx->staff(s.seller)},
                            {QStringLiteral("float_fen"), s.floatAmount.fen()},
                            {QStringLiteral("expected_fen"), s.expected.fen()},
                            {QStringLiteral("counted_fen"), s.counted.fen()},
                            {QStringLiteral("variance_fen"), s.variance.fen()},
                            {QStringLiteral("status"), nameOf(s.status)},
                            {QStringLiteral("supervisor"), s.supervisor},
                            {QStringLiteral("supervisor_name"),
                             s.supervisor.isEmpty() ? QString() : cx->staff(s.supervisor)},
                            {QStringLiteral("decision"),
                             s.status == ShiftStatus::SignedOff ? nameOf(s.decision) : QString()},
                            {QStringLiteral("reason"), s.sellerReason}};
    QFile f(file.partPath());
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(list).toJson(QJsonDocument::Indented)) < 0)
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    f.close();
    return file.commit();
}

} // namespace so::reports
