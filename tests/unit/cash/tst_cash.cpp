#include "AppServices.h"
#include "CashService.h"
#include "DemoStaff.h"
#include "TestSupport.h"

#include <QTest>

using namespace so;
using namespace so::cash;

namespace {

const Actor kSeller{QStringLiteral("2001"), Role::Seller, false};
const Actor kSeller2{QStringLiteral("2002"), Role::Seller, false};
const Actor kAgent{QStringLiteral("1001"), Role::Agent, false};
const Actor kSupervisor{QStringLiteral("3001"), Role::Supervisor, false};

Entry e(const char *kind, const char *payment, qint64 fen, const char *id = "",
        const char *corrects = "")
{
    return Entry{QLatin1String(id),
                 QLatin1String(kind),
                 QLatin1String(payment),
                 Money::fromFen(fen),
                 {},
                 {},
                 QLatin1String(corrects),
                 0,
                 {}};
}

} // namespace

class TestCash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<AppServices> m_app;
    std::unique_ptr<CashService> m_cash;

    CashService &cash() { return *m_cash; }
    // A float of ¥500: 3×100, 3×50, 2×20, 1×10.
    Counts floatCounts() { return {{"n100", 3}, {"n50", 3}, {"n20", 2}, {"n10", 1}}; }
    QString open(const Actor &who = kSeller, const QString &booth = QStringLiteral("TO-A"))
    {
        auto id = cash().openShift(who, booth, floatCounts(), QStringLiteral("2002"),
                                   QStringLiteral("4826"));
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        return *id;
    }
    int scalar(const QString &sql)
    {
        auto q = m_app->core().db().exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        auto app =
            AppServices::build(test::demoConfigDir(), m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(app.ok(), qPrintable(app.error()));
        m_app = app.take();
        QVERIFY(seedDemoStaff(m_app->core()).ok()); // people only; the shifts here are the test's
        // Messages are checked in English, the source language.
        m_app->language().setLanguage(QStringLiteral("en"));
        auto cfg = CashConfig::load(test::demoConfigDir());
        QVERIFY2(cfg.ok(), qPrintable(cfg.error()));
        m_cash = std::make_unique<CashService>(m_app->core(), cfg.take(), m_app->auth());
    }
    void cleanup()
    {
        m_cash.reset();
        m_app.reset();
    }

    void drawerArithmetic_data()
    {
        QTest::addColumn<qint64>("floatFen");
        QTest::addColumn<QList<Entry>>("entries");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("float only") << qint64(50000) << QList<Entry>{} << qint64(50000);
        QTest::newRow("cash sales")
            << qint64(50000) << QList<Entry>{e("sale", "cash", 400), e("sale", "cash", 1050)}
            << qint64(51450);
        QTest::newRow("non-cash ignored")
            << qint64(50000) << QList<Entry>{e("sale", "qr", 600), e("sale", "card_topup", 5000)}
            << qint64(50000);
        QTest::newRow("refund payout drop")
            << qint64(50000)
            << QList<Entry>{e("sale", "cash", 2000), e("refund", "cash", 200),
                            e("payout", "cash", 1000), e("drop", "cash", 20000)}
            << qint64(30800);
        QTest::newRow("exchange and no sale move nothing")
            << qint64(10000) << QList<Entry>{e("exchange", "cash", 5000), e("no_sale", "cash", 0)}
            << qint64(10000);
        QTest::newRow("voided sale")
            << qint64(10000)
            << QList<Entry>{e("sale", "cash", 300, "a"), e("sale", "cash", 500, "b"),
                            e("void", "cash", 500, "c", "b")}
            << qint64(10300);
        QTest::newRow("adjustment")
            << qint64(10000) << QList<Entry>{e("adjustment", "cash", -150)} << qint64(9850);
        QTest::newRow("fen exact")
            << qint64(1)
            << QList<Entry>{e("sale", "cash", 10), e("sale", "cash", 20), e("refund", "cash", 30)}
            << qint64(1);
    }
    void drawerArithmetic()
    {
        QFETCH(qint64, floatFen);
        QFETCH(QList<Entry>, entries);
        QFETCH(qint64, expected);
        auto got = expectedDrawer(Money::fromFen(floatFen), entries, cash().config());
        QVERIFY(got.ok());
        QCOMPARE(got->fen(), expected);
    }

    void openNeedsASecondPersonAndOneShiftPerBoothAndSeller()
    {
        QVERIFY(!cash()
                     .openShift(kAgent, QStringLiteral("TO-A"), floatCounts(),
                                QStringLiteral("2002"), QStringLiteral("4826"))
                     .ok());
        QVERIFY(!cash()
                     .openShift(kSeller, QStringLiteral("TO-Z"), floatCounts(),
                                QStringLiteral("2002"), QStringLiteral("4826"))
                     .ok());
        QVERIFY(!cash()
                     .openShift(kSeller, QStringLiteral("TO-A"), floatCounts(),
                                QStringLiteral("2001"), QStringLiteral("3690"))
                     .ok());
        auto wrongPin = cash().openShift(kSeller, QStringLiteral("TO-A"), floatCounts(),
                                         QStringLiteral("2002"), QStringLiteral("0000"));
        QVERIFY(!wrongPin.ok());
        QVERIFY(!cash()
                     .openShift(kSeller, QStringLiteral("TO-A"), {{"n3", 1}},
                                QStringLiteral("2002"), QStringLiteral("4826"))
                     .ok());
        const QString id = open();
        auto s = cash().shift(id);
        QCOMPARE((*s)->floatAmount.fen(), qint64(50000));
        QCOMPARE((*s)->status, cash::ShiftStatus::Open);
        // The same booth again, or the same seller at the other booth: refused.
        auto again = cash().openShift(kSeller2, QStringLiteral("TO-A"), floatCounts(),
                                      QStringLiteral("3001"), QStringLiteral("8642"));
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("TO-A")));
        QVERIFY(!cash()
                     .openShift(kSeller, QStringLiteral("TO-B"), floatCounts(),
                                QStringLiteral("2002"), QStringLiteral("4826"))
                     .ok());
    }

    void twoTabletsOnTheSameBooth()
    {
        // A second process on the same file (a second connection) writes a shift on TO-A, as
        // its CashService would: this one reads the file's records, not a state it keeps, and
        // refuses the booth and that seller until the other shift's count is in.
        auto other = Database::open(m_app->core().db().path());
        QVERIFY(other.ok());
        QVERIFY(
            (*other)
                ->exec(QStringLiteral("INSERT INTO cash_shift(id, device_id, device_seq, "
                                      "created_at, created_by, booth, "
                                      "seller, float_fen, float_counts, confirmed_by) "
                                      "VALUES('elsewhere', 'dev-2', 1, "
                                      "1, '2002', 'TO-A', '2002', 50000, '{\"n100\":5}', '3001')"))
                .ok());
        auto again = cash().openShift(kSeller, QStringLiteral("TO-A"), floatCounts(),
                                      QStringLiteral("2002"), QStringLiteral("4826"));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("TO-A")), qPrintable(again.error()));
        QVERIFY(!cash()
                     .openShift(kSeller2, QStringLiteral("TO-B"), floatCounts(),
                                QStringLiteral("2001"), QStringLiteral("3690"))
                     .ok());
        QVERIFY((*other)
                    ->exec(QStringLiteral(
                        "INSERT INTO cash_close(id, device_id, device_seq, created_at, created_by, "
                        "shift_id, "
                        "counts, counted_fen, expected_fen, variance_fen) "
                        "VALUES('elsewhere-count', 'dev-2', "
                        "2, 2, '2002', 'elsewhere', '{\"n100\":5}', 50000, 50000, 0)"))
                    .ok());
        QVERIFY(cash()
                    .openShift(kSeller, QStringLiteral("TO-A"), floatCounts(),
                               QStringLiteral("2002"), QStringLiteral("4826"))
                    .ok());
    }

    void blindCloseHalfAYuanShortWithReasonAndSignOff()
    {
        const QString id = open();
        QVERIFY(cash()
                    .record(kSeller, id, QStringLiteral("sale"), QStringLiteral("cash"),
                            Money::fromFen(400))
                    .ok());
        QVERIFY(cash()
                    .record(kSeller, id, QStringLiteral("sale"), QStringLiteral("cash"),
                            Money::fromFen(1000))
                    .ok());
        QVERIFY(cash()
                    .record(kSeller, id, QStringLiteral("sale"), QStringLiteral("qr"),
                            Money::fromFen(600))
                    .ok());
        QVERIFY(!cash()
                     .record(kSeller, id, QStringLiteral("payout"), QStringLiteral("cash"),
                             Money::fromFen(100))
                     .ok()); // no reason
        QVERIFY(!cash()
                     .record(kSeller2, id, QStringLiteral("sale"), QStringLiteral("cash"),
                             Money::fromFen(100))
                     .ok()); // not theirs
        QVERIFY(cash()
                    .record(kSeller, id, QStringLiteral("sale"), QStringLiteral("cash"),
                            Money::fromFen(999))
                    .ok());
        QVERIFY(cash().undoLast(kSeller, id).ok()); // that 9.99 was a slip
        // Before the count nothing tells what is expected.
        auto before = cash().shift(id);
        QCOMPARE((*before)->expected.fen(), qint64(0));
        QCOMPARE((*before)->counted.fen(), qint64(0));
        // Expected 500 + 4 + 10 = ¥514.00; counted ¥513.50.
        const Counts counted{{"n100", 3}, {"n50", 3}, {"n20", 2},
                             {"n10", 2},  {"c1", 3},  {"c05", 1}};
        auto r = cash().submitCount(kSeller, id, counted);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->expected.fen(), qint64(51400));
        QCOMPARE(r->counted.fen(), qint64(51350));
        QCOMPARE(r->variance.fen(), qint64(-50));
        QVERIFY(r->needsReason);
        QVERIFY(!r->needsSupervisorDecision);
        QVERIFY(!cash()
                     .record(kSeller, id, QStringLiteral("sale"), QStringLiteral("cash"),
                             Money::fromFen(100))
                     .ok()); // closed
        auto noReason = cash().signOff(kSeller, id, QStringLiteral("3001"), QStringLiteral("8642"),
                                       cash::SignoffDecision::Accepted, QString());
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().contains(QStringLiteral("¥0.50")));
        QVERIFY(!cash()
                     .signOff(kSeller, id, QStringLiteral("2002"), QStringLiteral("4826"),
                              cash::SignoffDecision::Accepted, QStringLiteral("x"))
                     .ok());
        auto done = cash().signOff(kSeller, id, QStringLiteral("3001"), QStringLiteral("8642"),
                                   cash::SignoffDecision::Accepted,
                                   QStringLiteral("gave ¥0.50 too much change"));
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->status, cash::ShiftStatus::SignedOff);
        auto rec = cash().sellerRecord(QStringLiteral("2001"));
        QCOMPARE(rec->owed.fen(), qint64(50));
        QCOMPARE(rec->zeroStreak, 0); // the newest shift was short
        // Immutable once signed off; a correction is a supervisor's adjustment.
        QVERIFY(
            !m_app->core().db().exec(QStringLiteral("UPDATE cash_close SET variance_fen=0")).ok());
        QVERIFY(!m_app->core().db().exec(QStringLiteral("DELETE FROM cash_entry")).ok());
        QVERIFY(!m_app->core()
                     .db()
                     .exec(QStringLiteral("INSERT INTO cash_entry(id, device_id, device_seq, "
                                          "created_at, created_by, "
                                          "shift_id, kind, payment, amount_fen, occurred_at) "
                                          "VALUES('x','d',1,0,'2001',?,'sale','cash',100,0)"),
                           {id})
                     .ok());
        QVERIFY(!cash().adjust(kSeller, id, Money::fromFen(50), QStringLiteral("x")).ok());
        QVERIFY(cash()
                    .adjust(kSupervisor, id, Money::fromFen(-50),
                            QStringLiteral("counterfeit ¥0.50 coin found"))
                    .ok());
        // The shortage is repaid.
        QVERIFY(
            !cash().repay(kSupervisor, QStringLiteral("2001"), Money::fromFen(60), QString()).ok());
        QVERIFY(cash()
                    .repay(kSupervisor, QStringLiteral("2001"), Money::fromFen(50),
                           QStringLiteral("paid in cash"))
                    .ok());
        QCOMPARE(cash().sellerRecord(QStringLiteral("2001"))->owed.fen(), qint64(0));
        QVERIFY(AuditLog::verify(m_app->core().db()).ok());
    }

    void beyondTheLimitTheSupervisorRecountsOrOverrides()
    {
        const int streakBefore =
            cash().sellerRecord(QStringLiteral("2001"))->zeroStreak; // the demo's shifts
        const int ledgerBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM cash_ledger"));
        const QString id = open();
        auto r =
            cash().submitCount(kSeller, id, {{"n100", 3}, {"n50", 3}, {"n20", 2}}); // ¥10 short
        QVERIFY(r.ok());
        QVERIFY(r->needsSupervisorDecision);
        QVERIFY(!cash()
                     .signOff(kSeller, id, QStringLiteral("3001"), QStringLiteral("8642"),
                              cash::SignoffDecision::Accepted, QStringLiteral("?"))
                     .ok());
        QVERIFY(!cash()
                     .signOff(kSeller, id, QStringLiteral("3001"), QStringLiteral("8642"),
                              cash::SignoffDecision::Override, QStringLiteral("?"), {}, QString())
                     .ok()); // override needs a note
        // The recount finds the ¥10 note under the tray.
        auto done = cash().signOff(kSeller, id, QStringLiteral("3001"), QStringLiteral("8642"),
                                   cash::SignoffDecision::Recount, QString(), floatCounts());
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->variance.fen(), qint64(0));
        QCOMPARE(cash().sellerRecord(QStringLiteral("2001"))->zeroStreak, streakBefore + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cash_ledger")), ledgerBefore);
    }

    void csvImportIsAllOrNothing()
    {
        const QString id = open();
        const QString good = test::demoConfigDir() + QStringLiteral("/cash-import-sample.csv");
        auto n = cash().importCsv(kSeller, id, good);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(*n, 5);
        const QString bad = test::writeFile(m_dir.path(), QStringLiteral("bad.csv"),
                                            "time,kind,payment,amount,reference\n"
                                            "2026-11-27 08:00:00,sale,cash,4.00,T9\n"
                                            "2026-11-27 08:01:00,sale,cash,4.005,T10\n"
                                            "yesterday,sale,cash,4.00,T11\n"
                                            "2026-11-27 08:03:00,gift,alipay,4.00,T12\n"
                                            "2026-11-27 08:04:00,sale,cash\n");
        auto r = cash().importCsv(kSeller, id, bad);
        QVERIFY(!r.ok());
        for (const char *expect :
             {"line 3: amount", "line 4: time \"yesterday\"", "line 5: kind \"gift\"",
              "payment \"alipay\"", "line 6: 3 fields"})
            QVERIFY2(r.error().contains(QLatin1String(expect)), qPrintable(r.error()));
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM cash_entry WHERE shift_id = '%1'").arg(id)),
            5); // none of the bad file
    }
    // #14 item 3: a terminal export as spreadsheets write it (RFC 4180): a BOM, CRLF line ends,
    // quoted fields holding commas, doubled quotes and line breaks.
    void csvImportReadsQuotedFields()
    {
        const QString id = open();
        const QByteArray file =
            "\xEF\xBB\xBF"
            "time,kind,payment,amount,reference\r\n"
            "2026-11-27 08:00:00,sale,cash,\"1,204.00\",\"T9, group of 301\"\r\n"
            "\"2026-11-27 08:01:00\",sale,qr,4.00,\"said \"\"keep the change\"\"\"\r\n"
            "2026-11-27 08:02:00,refund,cash,2.00,\"two lines:\r\nfirst, then second\"\r\n"
            "\r\n"
            "2026-11-27 08:03:00,sale,cash,3.00,\"\"\r\n";
        const QString path = test::writeFile(m_dir.path(), QStringLiteral("quoted.csv"), file);
        auto n = cash().importCsv(kSeller, id, path);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(*n, 4);
        auto entries = cash().entries(id);
        QVERIFY(entries.ok());
        QStringList refs;
        QList<qint64> fen;
        for (const Entry &en : *entries) {
            refs << en.reference;
            fen << en.amount.fen();
        }
        QCOMPARE(refs,
                 (QStringList{QStringLiteral("T9, group of 301"),
                              QStringLiteral("said \"keep the change\""),
                              QStringLiteral("two lines:\r\nfirst, then second"), QString()}));
        QCOMPARE(fen, (QList<qint64>{120400, 400, 200, 300}));
    }

    // Broken quoting is refused whole, naming the line; a bad row after a multi-line field is
    // named by the line it starts on in the file.
    void csvImportNamesBrokenQuotingByLine()
    {
        const QString id = open();
        const int before = scalar(QStringLiteral("SELECT COUNT(*) FROM cash_entry"));
        struct Case
        {
            const char *bytes;
            const char *expect;
        };
        const QList<Case> cases{
            {"time,kind,payment,amount,reference\n2026-11-27 08:00:00,sale,cash,4.00,T1\n"
             "2026-11-27 08:01:00,sale,cash,4.00,\"never closed\n2026-11-27 "
             "08:02:00,sale,cash,4.00,T3\n",
             "line 3: a quote opens a field that never closes"},
            {"time,kind,payment,amount,reference\n2026-11-27 08:00:00,sale,cash,4.00,\"T1\"x\n",
             "line 2: text after a closing quote"},
            {"time,kind,payment,amount,reference\n2026-11-27 08:00:00,sale,cash,4.00,T\"1\n",
             "line 2: a quote inside a field"},
            {"time,kind,payment,amount,reference\n2026-11-27 08:00:00,sale,cash,4.00,\"a\nb\nc\"\n"
             "2026-11-27 08:01:00,gift,cash,4.00,T2\n",
             "line 5: kind \"gift\""},
        };
        int k = 0;
        for (const Case &c : cases) {
            const QString path = test::writeFile(
                m_dir.path(), QStringLiteral("broken%1.csv").arg(++k), QByteArray(c.bytes));
            auto r = cash().importCsv(kSeller, id, path);
            QVERIFY2(!r.ok(), c.expect);
            QVERIFY2(r.error().contains(QLatin1String(c.expect)), qPrintable(r.error()));
            QVERIFY2(r.error().contains(QStringLiteral("broken%1.csv").arg(k)),
                     qPrintable(r.error()));
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cash_entry")), before);
    }
    // An old spreadsheet's lone CR line ends read as line ends; a file with a header and no rows
    // is refused rather than "imported" as nothing.
    void csvImportLoneCrAndEmpty()
    {
        const QString id = open();
        const QString cr = test::writeFile(
            m_dir.path(), QStringLiteral("mac.csv"),
            "time,kind,payment,amount,reference\r2026-11-27 08:00:00,sale,cash,4.00,T1\r"
            "2026-11-27 08:01:00,sale,cash,2.00,T2\r");
        auto n = cash().importCsv(kSeller, id, cr);
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(*n, 2);
        const QString empty = test::writeFile(m_dir.path(), QStringLiteral("empty.csv"),
                                              "time,kind,payment,amount,reference\r\n");
        auto none = cash().importCsv(kSeller, id, empty);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QStringLiteral("no rows below the header")),
                 qPrintable(none.error()));
    }

    // A supervisor's adjustment on an open shift is not the seller's to undo: undo takes the
    // seller's own last entry, and keeps working.
    void undoPassesOverAnAdjustment()
    {
        const QString id = open();
        QVERIFY(cash()
                    .record(kSeller, id, QStringLiteral("sale"), QStringLiteral("cash"),
                            Money::fromFen(400))
                    .ok());
        QVERIFY(
            cash()
                .adjust(kSupervisor, id, Money::fromFen(100), QStringLiteral("float miscounted"))
                .ok());
        auto undone = cash().undoLast(kSeller, id);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        bool saleVoided = false, adjustmentKept = false;
        const auto list = cash().entries(id);
        QVERIFY(list.ok());
        for (const Entry &en : *list) {
            saleVoided = saleVoided || (en.kind == QLatin1String("void") && en.amount.fen() == 400);
            adjustmentKept = adjustmentKept ||
                             (en.kind == QLatin1String("adjustment") && en.amount.fen() == 100);
        }
        QVERIFY(saleVoided);
        QVERIFY(adjustmentKept);
    }
};

QTEST_GUILESS_MAIN(TestCash)
#include "tst_cash.moc"
