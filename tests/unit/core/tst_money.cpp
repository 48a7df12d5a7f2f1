#include "Money.h"

#include <QTest>
#include <limits>

using so::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("two decimals") << "12.30" << true << qint64(1230);
        QTest::newRow("one decimal") << "12.3" << true << qint64(1230);
        QTest::newRow("whole") << "12" << true << qint64(1200);
        QTest::newRow("half") << "0.5" << true << qint64(50);
        QTest::newRow("no leading zero") << ".5" << true << qint64(50);
        QTest::newRow("trailing dot") << "7." << true << qint64(700);
        QTest::newRow("yen sign") << "\u00a5100.00" << true << qint64(10000);
        QTest::newRow("fullwidth yen") << "\uffe53.10" << true << qint64(310);
        QTest::newRow("thousands") << "1,234.50" << true << qint64(123450);
        QTest::newRow("negative") << "-0.50" << true << qint64(-50);
        QTest::newRow("spaces") << "  8.08 " << true << qint64(808);
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("three decimals") << "1.005" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("dot only") << "." << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("two dots") << "1.2.3" << false << qint64(0);
        QTest::newRow("plus") << "+3" << false << qint64(0);
        QTest::newRow("too large") << "99999999999999999999" << false << qint64(0);
        QTest::newRow("largest") << "92233720368547758.07" << true
                                 << std::numeric_limits<qint64>::max();
        QTest::newRow("just too large") << "92233720368547758.08" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const auto r = Money::parse(text);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->fen(), fen);
        else
            QVERIFY2(!r.error().isEmpty(), "a refusal says why");
    }

    void format()
    {
        QCOMPARE(Money::fromFen(1230).format(), QStringLiteral("\u00a512.30"));
        QCOMPARE(Money::fromFen(5).format(), QStringLiteral("\u00a50.05"));
        QCOMPARE(Money::fromFen(-50).format(), QStringLiteral("-\u00a50.50"));
        QCOMPARE(Money::fromFen(0).plain(), QStringLiteral("0.00"));
        QCOMPARE(Money::fromFen(std::numeric_limits<qint64>::min()).plain(),
                 QStringLiteral("-92233720368547758.08"));
    }

    void roundTrip()
    {
        for (qint64 fen : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(-1),
                           qint64(123456789), std::numeric_limits<qint64>::max()}) {
            const auto back = Money::parse(Money::fromFen(fen).format());
            QVERIFY(back.ok());
            QCOMPARE(back->fen(), fen);
        }
    }

    void arithmeticReportsOverflow()
    {
        const Money big = Money::fromFen(std::numeric_limits<qint64>::max());
        QVERIFY(!big.plus(Money::fromFen(1)).ok());
        QVERIFY(!Money::fromFen(std::numeric_limits<qint64>::min()).minus(Money::fromFen(1)).ok());
        QVERIFY(!big.times(2).ok());
        QCOMPARE(Money::fromFen(10000).times(37)->fen(), qint64(370000));
        QCOMPARE(Money::fromFen(50).minus(Money::fromFen(120))->fen(), qint64(-70));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
