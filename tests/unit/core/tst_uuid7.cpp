#include "Clock.h"
#include "Uuid7.h"

#include <QSet>
#include <QTest>

using namespace so;

class TestUuid7 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatAndVersion()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(1, 0), Qt::UTC));
        Uuid7 ids(clock);
        const QString id = ids.next();
        QVERIFY2(Uuid7::isValid(id), qPrintable(id));
        QCOMPARE(Uuid7::timestampMs(id), clock.nowMs());
    }

    void knownLayout()
    {
        // RFC 9562 appendix A.6 example: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F.
        const QString id = Uuid7::fromParts(0x017F22E279B0LL, 0xCC3, 0x18C4DC0C0C07398FULL);
        QCOMPARE(id, QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    }

    void strictlyIncreasingWithinOneMillisecond()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        Uuid7 ids(clock);
        QString last;
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            if (i % 5000 == 0)
                clock.advanceMs(1);
            const QString id = ids.next();
            QVERIFY2(id > last, qPrintable(id + " after " + last));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            last = id;
        }
    }

    void clockSteppingBackKeepsOrder()
    {
        ManualClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        Uuid7 ids(clock);
        const QString before = ids.next();
        clock.advanceMs(-60000);
        QVERIFY(ids.next() > before);
    }
};

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
