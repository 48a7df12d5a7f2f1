#include "DevicesConfig.h"
#include "LineLink.h"
#include "MemoryPortIo.h"
#include "ModbusLink.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace so;
using namespace so::alarms;

class TestSerialLink : public QObject
{
    Q_OBJECT
    DeviceProfile m_psd;
    SystemClock m_clock;

    LinkConfig config(int heartbeat = 0)
    {
        LinkConfig c;
        c.id = QStringLiteral("psd");
        c.profile = QStringLiteral("psd-controller");
        c.serial.port = QStringLiteral("/nonexistent-dir/psd");
        c.heartbeatSeconds = heartbeat;
        c.devices << DeviceConfig{QStringLiteral("PSD-UP"),
                                  {QStringLiteral("上行"), QStringLiteral("Up")},
                                  0,
                                  QString(),
                                  QString()};
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto p = DeviceProfile::load(test::sourceDir() +
                                     QStringLiteral("/devices/profiles/psd-controller.json"));
        QVERIFY(p.ok());
        m_psd = p.take();
        qRegisterMetaType<LinkStatus>();
    }

    void backoffSequenceThenUp()
    {
        auto *port = new MemoryPortIo;
        port->openWorks = false;
        LineLink link(config(), m_psd, std::unique_ptr<PortIo>(port), m_clock);
        QSignalSpy comm(&link, &LineLink::communication);
        link.start();
        QCOMPARE(link.status().state, LinkState::Down);
        QList<qint64> delays{link.status().retryInMs};
        for (int i = 0; i < 5; ++i) {
            link.retryNow();
            delays << link.status().retryInMs;
        }
        QCOMPARE(delays, (QList<qint64>{500, 1000, 2000, 5000, 10000, 10000}));
        QCOMPARE(port->opens, 6);
        QCOMPARE(comm.count(), 1); // one communication-loss, not one per retry
        QCOMPARE(comm.first().at(1).toBool(), false);
        port->openWorks = true;
        port->stale = "ALM OBSTRUCTION D07\r\n";
        link.retryNow();
        QCOMPARE(link.status().state, LinkState::Up);
        QCOMPARE(port->clears, 1);
        QCOMPARE(comm.count(), 2);
        QCOMPARE(comm.last().at(1).toBool(), true);
        // A later failure starts the backoff from the beginning.
        port->breakDown(QStringLiteral("hang-up"));
        QCOMPARE(link.status().retryInMs, qint64(500));
        QCOMPARE(link.status().lastError, QStringLiteral("hang-up"));
    }

    void staleInputIsDroppedAndNewBytesDecode()
    {
        auto *port = new MemoryPortIo;
        port->stale = "ALM OBSTRUCTION D07\r\n";
        LineLink link(config(), m_psd, std::unique_ptr<PortIo>(port), m_clock);
        QSignalSpy decoded(&link, &LineLink::decoded);
        link.start();
        QCOMPARE(port->clears, 1);
        port->feed("ALM LOCK_FAIL D1");
        QCOMPARE(decoded.count(), 0);
        port->feed("2\r\ngarbage\r\n");
        QCOMPARE(decoded.count(), 1);
        const auto events = decoded.first().at(0).value<QList<DecodedEvent>>();
        const auto errors = decoded.first().at(1).value<QList<DecodeError>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].asset, QStringLiteral("D12"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(link.status().frames, qint64(2));
        QCOMPARE(link.status().decodeErrors, qint64(1));
    }

    void unterminatedLineFlushesAfterIdle()
    {
        auto *port = new MemoryPortIo;
        LineLink link(config(), m_psd, std::unique_ptr<PortIo>(port), m_clock);
        QSignalSpy decoded(&link, &LineLink::decoded);
        link.start();
        port->feed("CLR OBSTRUCTION D07");
        QVERIFY(decoded.wait(3000));
        QCOMPARE(decoded.first().at(0).value<QList<DecodedEvent>>().size(), 1);
    }

    void partialLineIsKeptWhenThePortDies()
    {
        auto *port = new MemoryPortIo;
        LineLink link(config(), m_psd, std::unique_ptr<PortIo>(port), m_clock);
        QSignalSpy decoded(&link, &LineLink::decoded);
        link.start();
        port->feed("ALM OBSTRU");
        port->breakDown(QStringLiteral("gone"));
        QCOMPARE(decoded.count(), 1);
        QCOMPARE(decoded.first().at(1).value<QList<DecodeError>>().size(), 1);
    }

    void missedHeartbeatsMeanCommunicationLoss()
    {
        auto *port = new MemoryPortIo;
        LineLink link(config(1), m_psd, std::unique_ptr<PortIo>(port), m_clock);
        QSignalSpy comm(&link, &LineLink::communication);
        link.start();
        port->feed("HB\r\n");
        QCOMPARE(comm.count(), 1);
        QCOMPARE(comm.last().at(1).toBool(), true);
        QVERIFY(comm.wait(4500)); // three missed one-second heartbeats
        QCOMPARE(comm.last().at(1).toBool(), false);
        QCOMPARE(link.status().state, LinkState::Up); // the port itself is fine
        port->feed("HB\r\n");
        QCOMPARE(comm.last().at(1).toBool(), true);
    }
    // A port that refuses writes (a USB adapter half gone): ModbusLink sees write() fail, counts
    // each poll as failed at once (no reply can come), and reports the device lost; once writes
    // go through again it asks as before.
    void modbusWriteFailureMeansCommunicationLoss()
    {
        auto profile = DeviceProfile::load(
            test::sourceDir() + QStringLiteral("/devices/profiles/pump-controller.json"));
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        LinkConfig c;
        c.id = QStringLiteral("pump");
        c.profile = QStringLiteral("pump-controller");
        c.serial.port = QStringLiteral("/dev/ttyUSB-pump");
        c.pollMs = 100;
        c.timeoutMs = 200;
        c.devices << DeviceConfig{QStringLiteral("PUMP-1"),
                                  {QStringLiteral("水泵"), QStringLiteral("Pumps")},
                                  1,
                                  QString(),
                                  QString()};
        auto *port = new MemoryPortIo;
        port->writeWorks = false;
        ModbusLink link(c, profile.take(), std::unique_ptr<PortIo>(port), m_clock);
        QSignalSpy comm(&link, &ModbusLink::communication);
        link.start();
        QTRY_VERIFY_WITH_TIMEOUT(!comm.isEmpty(), 5000);
        QCOMPARE(comm.last().at(0).toString(), QStringLiteral("PUMP-1"));
        QCOMPARE(comm.last().at(1).toBool(), false);
        QVERIFY(port->written.isEmpty());
        QCOMPARE(link.status().lastError,
                 QStringLiteral("the request could not be written to /dev/ttyUSB-pump"));
        port->writeWorks = true;
        QTRY_VERIFY_WITH_TIMEOUT(!port->written.isEmpty(), 3000); // polling goes on
    }
};

QTEST_GUILESS_MAIN(TestSerialLink)
#include "tst_seriallink.moc"
