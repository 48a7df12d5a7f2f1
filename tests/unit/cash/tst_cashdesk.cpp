// CashDesk as the booth screen drives it, on a real database: the stages of a shift, the blind
// count that is reviewed before it is stored, the payment type going back to cash, names in
// the current language, and lists that update row by row.
#include "AppServices.h"
#include "CashDesk.h"
#include "DemoStaff.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace so;
using namespace so::cash;

class TestCashDesk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<AppServices> m_app;

    CashDesk &desk() { return m_app->cashDesk(); }
    int scalar(const QString &sql)
    {
        auto q = m_app->core().db().exec(sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    }
    void signIn(const char *no, const char *pin)
    {
        QVERIFY(m_app->auth().signInAs(QLatin1String(no), QLatin1String(pin)).ok);
    }
    // 2001 opens Ticket office A with ¥500 (five ¥100 notes), witnessed by 2002.
    void openShift()
    {
        signIn("2001", "3690");
        desk().chooseBooth(QStringLiteral("TO-A"));
        desk().floatSheet()->set(QStringLiteral("n100"), 5);
        QVERIFY2(desk().openShift(QStringLiteral("2002"), QStringLiteral("4826")),
                 qPrintable(desk().message()));
        QCOMPARE(desk().stage(), CashDesk::Stage::Selling);
    }

private Q_SLOTS:
    void init()
    {
        auto app =
            AppServices::build(test::demoConfigDir(), m_dir.filePath(QString::number(++m_n)));
        QVERIFY2(app.ok(), qPrintable(app.error()));
        m_app = app.take();
        QVERIFY(seedDemoStaff(m_app->core()).ok());
        m_app->language().setLanguage(QStringLiteral("en"));
    }
    void cleanup() { m_app.reset(); }

    void modelsHoldTogether()
    {
        QAbstractItemModelTester entries(desk().entries(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sellers(desk().sellers(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shifts(desk().recentShifts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester booths(desk().booths(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester payments(desk().paymentTypes(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sheet(desk().countSheet(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        openShift();
        QVERIFY(desk().record(QStringLiteral("sale"), QStringLiteral("4.00")));
        QVERIFY(desk().undo());
        desk().startCount();
        desk().countSheet()->set(QStringLiteral("n100"), 5);
        QVERIFY(desk().review());
        QVERIFY(desk().submitCount());
        QVERIFY(desk().signOff(cash::CashDesk::Decision::Accept, {}, QStringLiteral("3001"),
                               QStringLiteral("8642")));
        m_app->auth().signOut();
        signIn("3001", "8642");
        QCOMPARE(desk().recentShifts()->rowCount(), 1);
        QCOMPARE(desk().sellers()->rowCount(), 1);
        m_app->language().setLanguage(QStringLiteral("zh_CN"));
    }

    // The first tap after counting stores nothing and shows nothing expected; only submitting
    // from the review does.
    void countIsReviewedBeforeItIsStored()
    {
        openShift();
        QVERIFY(desk().record(QStringLiteral("sale"), QStringLiteral("20.00")));
        QVERIFY(!desk().review()); // not counting yet
        desk().startCount();
        QCOMPARE(desk().stage(), CashDesk::Stage::Counting);
        QVERIFY(!desk().submitCount()); // not before the review
        desk().countSheet()->set(QStringLiteral("n50"), 1);
        desk().countSheet()->set(QStringLiteral("n20"), 2);
        QVERIFY(desk().review());
        QCOMPARE(desk().stage(), CashDesk::Stage::Reviewing);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_close")), 0);
        QVERIFY(desk().shiftOpen());
        QVERIFY(!desk().result().known);
        QVERIFY(desk().result().expectedText.isEmpty());
        QCOMPARE(desk().countSheet()->totalText(), QStringLiteral("¥90.00"));
        QCOMPARE(desk().countSheet()->summary(),
                 (QStringList{QStringLiteral("¥50.00 × 1 = ¥50.00"),
                              QStringLiteral("¥20.00 × 2 = ¥40.00")}));
        // Back to the count keeps what was counted.
        desk().backToCount();
        QCOMPARE(desk().stage(), CashDesk::Stage::Counting);
        desk().countSheet()->add(QStringLiteral("n100"), 4);
        desk().countSheet()->add(QStringLiteral("n20"), 1);
        QVERIFY(desk().review());
        QVERIFY(desk().submitCount());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_close")), 1);
        QCOMPARE(desk().stage(), CashDesk::Stage::Counted);
        QCOMPARE(desk().result().expectedText, QStringLiteral("¥520.00"));
        QCOMPARE(desk().result().countedText, QStringLiteral("¥510.00"));
        QCOMPARE(desk().result().varianceText, QStringLiteral("Short ¥10.00"));
        QVERIFY(desk().result().needsSupervisorDecision);
        // The sheet is ready for the next count.
        QVERIFY(desk().countSheet()->empty());
    }

    void paymentGoesBackToCashAfterEachSale()
    {
        openShift();
        QSignalSpy choice(&desk(), &CashDesk::choiceChanged);
        desk().choosePayment(QStringLiteral("qr"));
        QCOMPARE(desk().payment(), QStringLiteral("qr"));
        QCOMPARE(desk().paymentName(), QStringLiteral("QR payment"));
        QVERIFY(desk().record(QStringLiteral("sale"), QStringLiteral("6.00")));
        QCOMPARE(desk().payment(), QStringLiteral("cash"));
        QVERIFY(desk().record(QStringLiteral("sale"), QStringLiteral("4.00")));
        QCOMPARE(choice.count(), 2);
        auto entries = m_app->cash().entries(desk().shiftId());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).payment, QStringLiteral("qr"));
        QCOMPARE(entries->at(1).payment, QStringLiteral("cash"));
        // A refused sale leaves the choice as it was.
        desk().choosePayment(QStringLiteral("bank_card"));
        QVERIFY(!desk().record(QStringLiteral("sale"), QStringLiteral("4.001")));
        QCOMPARE(desk().payment(), QStringLiteral("bank_card"));
    }

    // A new entry is inserted at the top; the rows below stay where they are.
    void entriesUpdateRowByRow()
    {
        openShift();
        QVERIFY(desk().record(QStringLiteral("sale"), QStringLiteral("4.00")));
        QSignalSpy reset(desk().entries(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(desk().entries(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(desk().entries(), &QAbstractItemModel::dataChanged);
        QVERIFY(desk().record(QStringLiteral("sale"), QStringLiteral("10.00")));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(desk().entries()->rowCount(), 2);
        QCOMPARE(
            desk().entries()->data(desk().entries()->index(0), EntryModel::WhatRole).toString(),
            QStringLiteral("Sale · Cash"));
        // Undo adds the void on top and marks the sale below as undone.
        changed.clear();
        QVERIFY(desk().undo());
        QCOMPARE(reset.count(), 0);
        QCOMPARE(
            desk().entries()->data(desk().entries()->index(1), EntryModel::VoidedRole).toBool(),
            true);
        QCOMPARE(
            desk().entries()->data(desk().entries()->index(1), EntryModel::NoteRole).toString(),
            QStringLiteral("undone"));
        QVERIFY(changed.count() >= 1);
        desk().refresh();
        QCOMPARE(reset.count(), 0);
    }

    void namesNotCodesInTheCurrentLanguage()
    {
        openShift();
        QCOMPARE(desk().booth(), QStringLiteral("Ticket office A"));
        QCOMPARE(desk().boothCode(), QStringLiteral("TO-A"));
        desk().startCount();
        desk().countSheet()->set(QStringLiteral("n100"), 5);
        desk().countSheet()->set(QStringLiteral("c05"), 1);
        QVERIFY(desk().review());
        QVERIFY(desk().submitCount());
        QVERIFY(desk().signOff(cash::CashDesk::Decision::Accept, QStringLiteral("counted twice"),
                               QStringLiteral("3001"), QStringLiteral("8642")));
        m_app->auth().signOut();
        signIn("3001", "8642");
        ShiftModel *shifts = desk().recentShifts();
        SellerModel *sellers = desk().sellers();
        QCOMPARE(shifts->rowCount(), 1);
        const QString title = shifts->data(shifts->index(0), ShiftModel::TitleRole).toString();
        QVERIFY2(title.endsWith(QStringLiteral(" · Ticket office A · Zhang Wei")),
                 qPrintable(title));
        QCOMPARE(shifts->data(shifts->index(0), ShiftModel::CodesRole).toString(),
                 QStringLiteral("TO-A · 2001"));
        QCOMPARE(shifts->data(shifts->index(0), ShiftModel::OutcomeRole).toString(),
                 QStringLiteral("Signed off: Over ¥0.50"));
        QCOMPARE(sellers->data(sellers->index(0), SellerModel::NameRole).toString(),
                 QStringLiteral("Zhang Wei"));
        QCOMPARE(sellers->data(sellers->index(0), SellerModel::SummaryRole).toString(),
                 QStringLiteral("owes nothing · overages ¥0.50 · 0 error-free shifts in a row"));
        // The language changes: the rows say so without being made again.
        QSignalSpy reset(shifts, &QAbstractItemModel::modelReset);
        QSignalSpy changed(shifts, &QAbstractItemModel::dataChanged);
        m_app->language().setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QVERIFY(shifts->data(shifts->index(0), ShiftModel::TitleRole)
                    .toString()
                    .endsWith(QStringLiteral(" · A端票亭 · 张伟")));
        QCOMPARE(sellers->data(sellers->index(0), SellerModel::NameRole).toString(),
                 QStringLiteral("张伟"));
        desk().refresh();
        QCOMPARE(reset.count(), 0);
    }

    void countSheetKeepsCountsInRange()
    {
        CountSheet *sheet = desk().countSheet();
        QSignalSpy reset(sheet, &QAbstractItemModel::modelReset);
        sheet->add(QStringLiteral("n100"), -1);
        QCOMPARE(sheet->counts().value(QStringLiteral("n100")), 0);
        sheet->set(QStringLiteral("n100"), CountSheet::kMaxCount + 5);
        QCOMPARE(sheet->counts().value(QStringLiteral("n100")), CountSheet::kMaxCount);
        QCOMPARE(sheet->totalText(), QStringLiteral("¥10000000.00"));
        sheet->set(QStringLiteral("nope"), 3);
        QCOMPARE(sheet->counts().size(), 1);
        sheet->clear();
        QVERIFY(sheet->empty());
        QCOMPARE(reset.count(), 0);
    }

    void agentMayNotOpenAShift()
    {
        signIn("1001", "2468");
        desk().floatSheet()->set(QStringLiteral("n100"), 1);
        QVERIFY(!desk().openShift(QStringLiteral("2002"), QStringLiteral("4826")));
        QVERIFY(!desk().message().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cash_shift")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCashDesk)
#include "tst_cashdesk.moc"
