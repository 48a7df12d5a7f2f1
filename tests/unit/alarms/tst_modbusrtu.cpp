#include "ModbusRtu.h"

#include <QTest>

using namespace so::alarms;

class TestModbusRtu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldenCrcVectors()
    {
        // 01 03 00 01 00 05 -> D4 09; 01 03 0A + ten zero bytes -> 24 B6 (as sent on the wire).
        QByteArray req = QByteArray::fromHex("010300010005");
        QCOMPARE(modbus::withCrc(req).toHex(' '), QByteArray("01 03 00 01 00 05 d4 09"));
        QByteArray reply = QByteArray::fromHex("01030a") + QByteArray(10, '\0');
        QCOMPARE(modbus::withCrc(reply).right(2).toHex(' '), QByteArray("24 b6"));
        QCOMPARE(modbus::readRequest(1, modbus::ReadHoldingRegisters, 1, 5).toHex(' '),
                 QByteArray("01 03 00 01 00 05 d4 09"));
    }

    void replyLengths()
    {
        QCOMPARE(modbus::replyLength(modbus::ReadHoldingRegisters, 5), 15);
        QCOMPARE(modbus::replyLength(modbus::ReadDiscreteInputs, 9), 7);
        QCOMPARE(modbus::frameLengthSoFar(QByteArray::fromHex("0183"), modbus::ReadCoils, 3), 0);
        QCOMPARE(modbus::frameLengthSoFar(QByteArray::fromHex("0183020000"), modbus::ReadCoils, 3),
                 5);
    }

    void parsesRegistersAndBits()
    {
        const QByteArray regs = modbus::withCrc(QByteArray::fromHex("010304"
                                                                    "00b4"
                                                                    "0014"));
        auto v = modbus::parseReply(regs, 1, modbus::ReadHoldingRegisters, 2);
        QVERIFY2(v.ok(), qPrintable(v.error()));
        QCOMPARE(*v, (QList<quint16>{180, 20}));
        const QByteArray bits = modbus::withCrc(QByteArray::fromHex("010201"
                                                                    "05"));
        auto b = modbus::parseReply(bits, 1, modbus::ReadDiscreteInputs, 3);
        QVERIFY(b.ok());
        QCOMPARE(*b, (QList<quint16>{1, 0, 1}));
    }

    void badRepliesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("expected");
        const QByteArray good = modbus::withCrc(QByteArray::fromHex("010304000a000b"));
        QByteArray badCrc = good;
        badCrc[badCrc.size() - 1] = char(badCrc.at(badCrc.size() - 1) ^ 0xFF);
        QTest::newRow("bad crc") << badCrc << "bad CRC";
        QTest::newRow("truncated") << good.left(4) << "reply truncated (4 bytes)";
        QTest::newRow("exception")
            << modbus::withCrc(QByteArray::fromHex("018302")) << "exception code 2 from unit 1";
        QTest::newRow("other unit") << modbus::withCrc(QByteArray::fromHex("020304000a000b"))
                                    << "reply from unit 2, asked unit 1";
        QTest::newRow("other function") << modbus::withCrc(QByteArray::fromHex("010404000a000b"))
                                        << "reply for function 4, asked function 3";
        QTest::newRow("wrong count") << modbus::withCrc(QByteArray::fromHex("010302000a"))
                                     << "reply has 2 data bytes, expected 4";
    }
    void badRepliesAreNamed()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, expected);
        auto v = modbus::parseReply(frame, 1, modbus::ReadHoldingRegisters, 2);
        QVERIFY(!v.ok());
        QCOMPARE(v.error(), expected);
    }
};

QTEST_GUILESS_MAIN(TestModbusRtu)
#include "tst_modbusrtu.moc"
