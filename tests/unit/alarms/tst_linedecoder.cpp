#include "DeviceProfile.h"
#include "LineDecoder.h"
#include "TestSupport.h"

#include <QTest>

using namespace so;
using namespace so::alarms;

namespace {

DeviceProfile profile(const QString &name)
{
    auto p = DeviceProfile::load(test::sourceDir() + QStringLiteral("/devices/profiles/") + name +
                                 QStringLiteral(".json"));
    if (!p)
        qFatal("%s", qPrintable(p.error()));
    return p.take();
}

} // namespace

class TestLineDecoder : public QObject
{
    Q_OBJECT
    DeviceProfile m_psd = profile(QStringLiteral("psd-controller"));
    DeviceProfile m_fire = profile(QStringLiteral("fire-panel"));
    DeviceProfile m_esc = profile(QStringLiteral("escalator"));
    DeviceProfile m_columns = profile(QStringLiteral("fire-panel-columns"));

    // Feeds the chunks one read at a time; returns "kind point asset" per event and
    // "!reason" per error, in arrival order by sequence number.
    QStringList run(const DeviceProfile &p, const QList<QByteArray> &chunks,
                    qint64 *framesSeen = nullptr)
    {
        LineDecoder d(p, QStringLiteral("L"), QStringLiteral("DEV"));
        LineDecoder::Output out;
        qint64 t = 0;
        for (const QByteArray &c : chunks)
            d.feed(c, 1000 + t, t, out), t += 10;
        QMap<qint64, QString> bySeq;
        for (const DecodedEvent &e : out.events)
            bySeq.insert(
                e.receipt.linkSeq,
                QStringLiteral("%1 %2 %3").arg(kindName(e.kind), e.point, e.asset).trimmed());
        for (const DecodeError &e : out.errors)
            bySeq.insert(e.receipt.linkSeq, QLatin1Char('!') + e.reason);
        if (framesSeen)
            *framesSeen = d.lastSeq();
        return bySeq.values();
    }

private Q_SLOTS:
    void psdLines_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("crlf") << QList<QByteArray>{"ALM OBSTRUCTION D07\r\n"}
                              << QStringList{"raise OBSTRUCTION D07"};
        QTest::newRow("cr only") << QList<QByteArray>{"ALM OBSTRUCTION D07\rCLR OBSTRUCTION D07\r"}
                                 << QStringList{"raise OBSTRUCTION D07", "clear OBSTRUCTION D07"};
        QTest::newRow("lf only") << QList<QByteArray>{"ALM LOCK_FAIL D12\nCLR LOCK_FAIL D12\n"}
                                 << QStringList{"raise LOCK_FAIL D12", "clear LOCK_FAIL D12"};
        QTest::newRow("split across reads")
            << QList<QByteArray>{"AL", "M OBSTRU", "CTION D0", "7\r", "\n"}
            << QStringList{"raise OBSTRUCTION D07"};
        QTest::newRow("merged in one read")
            << QList<
                   QByteArray>{"ALM CLOSE_FAIL D01\r\nALM CLOSE_FAIL D02\r\nCLR CLOSE_FAIL D01\r\n"}
            << QStringList{"raise CLOSE_FAIL D01", "raise CLOSE_FAIL D02", "clear CLOSE_FAIL D01"};
        QTest::newRow("with time") << QList<QByteArray>{"ALM ISOLATED D19 2026-11-27T09:12:03\r\n"}
                                   << QStringList{"raise ISOLATED D19"};
        QTest::newRow("good checksum")
            << QList<QByteArray>{"ALM LOOP_LOST ALL*" +
                                 QByteArray::number(LineDecoder::checksum("ALM LOOP_LOST ALL"), 16)
                                     .rightJustified(2, '0') +
                                 "\r\n"}
            << QStringList{"raise LOOP_LOST ALL"};
        QTest::newRow("bad checksum")
            << QList<QByteArray>{"ALM LOOP_LOST ALL*00\r\n"}
            << QStringList{"!checksum *00 does not match the line (*" +
                           QString::number(LineDecoder::checksum("ALM LOOP_LOST ALL"), 16)
                               .rightJustified(2, QLatin1Char('0'))
                               .toUpper() +
                           ")"};
        QTest::newRow("noise around a line")
            << QList<QByteArray>{QByteArray("\x00\xff\xff", 3) + "ALM OBSTRUCTION D07" +
                                 QByteArray("\x00", 1) + "\r\n"}
            << QStringList{"raise OBSTRUCTION D07"};
        QTest::newRow("only noise") << QList<QByteArray>{QByteArray("\x00\x00\xff\r\n", 5)}
                                    << QStringList{"!only line noise"};
        QTest::newRow("control byte inside")
            << QList<QByteArray>{QByteArray("ALM OBST\x07RUCTION D07\r\n")}
            << QStringList{"!control byte 0x07 inside the line"};
        QTest::newRow("not utf-8") << QList<QByteArray>{QByteArray("ALM \xc3\x28 D07\r\n")}
                                   << QStringList{"!not valid UTF-8"};
        QTest::newRow("unknown point") << QList<QByteArray>{"ALM WINDSHEAR D07\r\n"}
                                       << QStringList{"!unknown point \"WINDSHEAR\""};
        QTest::newRow("unknown event word")
            << QList<QByteArray>{"BEEP OBSTRUCTION D07\r\n"}
            << QStringList{"!does not match the psd-controller line format"};
        QTest::newRow("duplicates are both kept")
            << QList<QByteArray>{"ALM OBSTRUCTION D07\r\nALM OBSTRUCTION D07\r\n"}
            << QStringList{"raise OBSTRUCTION D07", "raise OBSTRUCTION D07"};
        QTest::newRow("heartbeat counts but is no event")
            << QList<QByteArray>{"HB\r\nALM ISOLATED D01\r\n"} << QStringList{"raise ISOLATED D01"};
        QTest::newRow("empty lines skipped")
            << QList<QByteArray>{"\r\n\r\n\n\rALM ISOLATED D01\r\n\r\n"}
            << QStringList{"raise ISOLATED D01"};
    }
    void psdLines()
    {
        QFETCH(QList<QByteArray>, chunks);
        QFETCH(QStringList, expected);
        QCOMPARE(run(m_psd, chunks), expected);
    }

    void oversizeLineIsKeptInPieces()
    {
        const QByteArray big(1200, 'A');
        LineDecoder d(m_psd, QStringLiteral("L"), QStringLiteral("DEV"));
        LineDecoder::Output out;
        d.feed(big + "\r\nALM ISOLATED D01\r\n", 0, 0, out);
        QCOMPARE(out.events.size(), 1);
        qint64 kept = 0;
        for (const DecodeError &e : out.errors)
            kept += e.receipt.raw.size();
        QCOMPARE(kept, qint64(big.size())); // every byte is in some decode_error
        QVERIFY(out.errors.first().reason.contains(QStringLiteral("longer than 512")));
    }

    void unterminatedLineIsFlushedAfterTwoSeconds()
    {
        LineDecoder d(m_psd, QStringLiteral("L"), QStringLiteral("DEV"));
        LineDecoder::Output out;
        d.feed("ALM OBSTRUCTION D07", 0, 1000, out);
        d.flushIfIdle(0, 2999, out);
        QVERIFY(out.events.isEmpty());
        QVERIFY(d.hasPartialLine());
        d.flushIfIdle(0, 3000, out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events[0].point, QStringLiteral("OBSTRUCTION"));
        QVERIFY(!d.hasPartialLine());
    }

    // Every number a frame takes belongs to a stored row; heartbeats are only counted, so they
    // take none.
    void sequenceNumbersHaveNoGaps()
    {
        LineDecoder d(m_psd, QStringLiteral("L"), QStringLiteral("DEV"));
        LineDecoder::Output out;
        d.feed("HB\r\nALM ISOLATED D01\r\nbad line\r\nHB\r\nHB\r\nCLR ISOLATED D01\r\nHB\r\n", 0, 0,
               out);
        QCOMPARE(out.heartbeats, 4);
        QList<qint64> seqs;
        for (const DecodedEvent &e : out.events)
            seqs << e.receipt.linkSeq;
        for (const DecodeError &e : out.errors)
            seqs << e.receipt.linkSeq;
        std::sort(seqs.begin(), seqs.end());
        QCOMPARE(seqs, (QList<qint64>{1, 2, 3}));
        QCOMPARE(d.lastSeq(), qint64(3));
    }

    void firePanelPrinterLines()
    {
        const QStringList r = run(m_fire, {":ALARM Z001 1.1.Z1 PSD ROOM SMOKE 12/08 01:23;",
                                           ":FAULT Z003 1.1.Z3 DETECTOR FAULT 12/08 01:24;\r\n",
                                           ":FAULTCLR Z003 1.1.Z3 DETECTOR FAULT 12/08 01:25;",
                                           ":RESET 12/08 01:30;"});
        QCOMPARE(r,
                 (QStringList{"raise FIRE Z001", "raise FAULT Z003", "clear FAULT Z003", "reset"}));
        LineDecoder d(m_fire, QStringLiteral("L"), QStringLiteral("FACP"));
        LineDecoder::Output out;
        d.feed(":ALARM Z001 1.1.Z1 PSD ROOM SMOKE 12/08 01:23;", 5, 5, out);
        QCOMPARE(out.events[0].deviceTime, QStringLiteral("12/08 01:23"));
        QCOMPARE(out.events[0].label, QStringLiteral("1.1.Z1 PSD ROOM SMOKE"));
        QCOMPARE(out.events[0].receipt.utcMs, qint64(5)); // receipt time is what counts
    }

    // Issue 14.7: a generic CLEARED whose device-type column names the point clears that point
    // (FAULT), not another one of the same zone (FIRE); columns are padded and taken trimmed.
    void pointFromAColumn()
    {
        auto line = [](const char *ev, const char *type, const char *zone, const char *desc,
                       const char *time) {
            return QByteArray(ev).leftJustified(10, ' ') + QByteArray(type).leftJustified(12, ' ') +
                   QByteArray(zone).leftJustified(8, ' ') +
                   QByteArray(desc).leftJustified(24, ' ') + time + "\r\n";
        };
        const QStringList r =
            run(m_columns,
                {line("ALARM", "SMOKE DET", "Z0012", "PLATFORM UP; EAST END", "09:14 27/11"),
                 line("TROUBLE", "OPEN CCT", "Z0012", "PLATFORM UP; EAST END", "09:15 27/11"),
                 line("CLEARED", "OPEN CCT", "Z0012", "PLATFORM UP; EAST END", "09:16 27/11"),
                 line("RESTORE", "SPRINKLER", "Z0020", "VALVE ROOM", "09:17 27/11"),
                 line("ALARM", "BEAM DET", "Z0013", "CONCOURSE", "09:18 27/11"),
                 line("NORMAL", "SYSTEM", "", "", "09:19 27/11"),
                 line("RESET", "SYSTEM", "", "", "09:20 27/11")});
        QCOMPARE(r, (QStringList{"raise FIRE Z0012", "raise FAULT Z0012", "clear FAULT Z0012",
                                 "clear SUPERVISORY Z0020",
                                 "!no point for \"BEAM DET\" (line.pointFrom.map)", "reset"}));
        LineDecoder d(m_columns, QStringLiteral("L"), QStringLiteral("FACP"));
        LineDecoder::Output out;
        d.feed(line("ALARM", "MCP", "Z0001", "TICKET HALL; GATE 3", "09:21 27/11"), 0, 0, out);
        QCOMPARE(out.events.size(), 1);
        QCOMPARE(out.events[0].label, QStringLiteral("TICKET HALL; GATE 3")); // ';' is text here
        QCOMPARE(out.events[0].deviceTime, QStringLiteral("09:21 27/11"));
    }

    // Issue 14.7: line ends come from the profile. ';' ends a line on the fire panel that uses
    // it, and nowhere else; a form feed ends one on the printer that sends it.
    void lineEndsPerProfile()
    {
        QCOMPARE(run(m_psd, {"ALM OBSTRUCTION D07;CLR OBSTRUCTION D07\r\n"}),
                 QStringList{"!does not match the psd-controller line format"});
        QCOMPARE(run(m_fire, {":FAULT Z003 LOOP 12/08 01:24;:FAULTCLR Z003 LOOP 12/08 01:25;"}),
                 (QStringList{"raise FAULT Z003", "clear FAULT Z003"}));
        QCOMPARE(
            run(m_columns, {"ALARM     HEAT DET    Z0002   KITCHEN                 09:22 27/11\f"}),
            QStringList{"raise FIRE Z0002"});
    }

    void escalatorRequiresChecksum()
    {
        const QByteArray body = "$ESC,STOP,EMERGENCY_STOP,E1";
        const QByteArray sum =
            QByteArray::number(LineDecoder::checksum(body), 16).rightJustified(2, '0').toUpper();
        QCOMPARE(run(m_esc, {body + "*" + sum + "\r\n"}), QStringList{"raise EMERGENCY_STOP E1"});
        QCOMPARE(run(m_esc, {body + "\r\n"}), QStringList{"!checksum *hh missing"});
        // NMEA: the leading '$' is not part of the sum.
        QCOMPARE(LineDecoder::checksum("$A"), quint8(0x41));
    }
};

QTEST_GUILESS_MAIN(TestLineDecoder)
#include "tst_linedecoder.moc"
