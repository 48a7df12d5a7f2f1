// The serial links through the real QSerialPort, on pseudo-terminals opened in-process.
#include "DeviceProfile.h"
#include "LineLink.h"
#include "ModbusLink.h"
#include "ModbusRtu.h"
#include "PortIo.h"
#include "PtyFarEnd.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QModbusRtuSerialServer>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>
#include <fcntl.h>
#include <pty.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

using namespace so;
using namespace so::alarms;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

DeviceProfile profile(const char *name)
{
    auto p = DeviceProfile::load(
        test::sourceDir() + QStringLiteral("/devices/profiles/%1.json").arg(QLatin1String(name)));
    if (!p)
        qFatal("%s", qPrintable(p.error()));
    return p.take();
}

LinkConfig linkConfig(const QString &port, const QString &profileType, const QString &device,
                      int unit = 0)
{
    LinkConfig c;
    c.id = QStringLiteral("test-link");
    c.profile = profileType;
    c.serial.port = port;
    c.pollMs = 200;
    c.timeoutMs = 150;
    c.devices << DeviceConfig{device, {device, device}, unit, QString(), QString()};
    return c;
}

// A profile written the way an integrator writes one (' for ").
DeviceProfile profileFromJson(QByteArray json)
{
    json.replace('\'', '"');
    auto p = DeviceProfile::fromJson(QJsonDocument::fromJson(json).object(),
                                     QStringLiteral("test-profile.json"));
    if (!p)
        qFatal("%s", qPrintable(p.error()));
    return p.take();
}

// A Modbus unit at the far end of a pty: Qt's own RTU server behind a second pty, bridged here
// the way the simulator does it. Each table holds `size` addresses from 0.
struct QtModbusUnit
{
    test::PtyFarEnd a, b;
    std::unique_ptr<QSocketNotifier> aIn, bIn;
    QModbusRtuSerialServer server;

    bool start(const QString &link, int unit, int size)
    {
        if (!a.open() || !b.open() || !a.linkAs(link))
            return false;
        aIn = std::make_unique<QSocketNotifier>(a.master, QSocketNotifier::Read);
        bIn = std::make_unique<QSocketNotifier>(b.master, QSocketNotifier::Read);
        QObject::connect(aIn.get(), &QSocketNotifier::activated, [this] {
            const QByteArray d = a.readAvailable();
            (void)!::write(b.master, d.constData(), size_t(d.size()));
        });
        QObject::connect(bIn.get(), &QSocketNotifier::activated, [this] {
            const QByteArray d = b.readAvailable();
            (void)!::write(a.master, d.constData(), size_t(d.size()));
        });
        setSize(size);
        server.setServerAddress(unit);
        server.setConnectionParameter(QModbusDevice::SerialPortNameParameter, b.slavePath);
        return server.connectDevice();
    }
    void setSize(int size)
    {
        QModbusDataUnitMap map;
        for (auto t : {QModbusDataUnit::Coils, QModbusDataUnit::DiscreteInputs,
                       QModbusDataUnit::HoldingRegisters, QModbusDataUnit::InputRegisters})
            map.insert(t, {t, 0, quint16(size)});
        server.setMap(map);
    }
};

// Collects what a link reports: events as "kind point asset", errors by reason.
struct Seen
{
    QSignalSpy decoded;
    QStringList events;
    QStringList errors;
    explicit Seen(SerialWorker *link) : decoded(link, &SerialWorker::decoded) {}
    void collect()
    {
        while (!decoded.isEmpty()) {
            const auto args = decoded.takeFirst();
            for (const DecodedEvent &e : args.at(0).value<QList<DecodedEvent>>())
                events
                    << QStringLiteral("%1 %2 %3").arg(kindName(e.kind), e.point, e.asset).trimmed();
            for (const DecodeError &e : args.at(1).value<QList<DecodeError>>())
                errors << e.reason;
        }
    }
    bool has(const QString &event)
    {
        collect();
        return events.contains(event);
    }
};

} // namespace

class TestSerialPty : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    SystemClock m_clock;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<LinkStatus>();
        qRegisterMetaType<QList<DecodedEvent>>();
        qRegisterMetaType<QList<DecodeError>>();
    }

    void lineFramesArriveThroughQSerialPort()
    {
        test::PtyFarEnd far;
        QVERIFY(far.open());
        const QString link = m_dir.filePath(QStringLiteral("psd"));
        QVERIFY(far.linkAs(link));
        far.send("ALM OBSTRUCTION D01\r\n"); // before the link opens: stale, dropped
        LineLink l(linkConfig(link, QStringLiteral("psd-controller"), QStringLiteral("PSD-UP")),
                   profile("psd-controller"), std::make_unique<SerialPortIo>(), m_clock);
        QSignalSpy decoded(&l, &LineLink::decoded);
        l.start();
        QCOMPARE(l.status().state, LinkState::Up);
        far.send("ALM OBSTRUCTION D07\r");
        far.send("\nCLR OBSTRUCTION D07\n\xff\xfe\r\n");
        QList<DecodedEvent> events;
        QList<DecodeError> errors;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     while (!decoded.isEmpty()) {
                                         const auto args = decoded.takeFirst();
                                         events += args.at(0).value<QList<DecodedEvent>>();
                                         errors += args.at(1).value<QList<DecodeError>>();
                                     }
                                     return events.size() == 2 && errors.size() == 1;
                                 }()),
                                 3000);
        QCOMPARE(events[0].asset, QStringLiteral("D07"));
        QCOMPARE(events[0].kind, EventKind::Raise);
        QCOMPARE(events[1].kind, EventKind::Clear);
        QCOMPARE(errors[0].receipt.raw, QByteArray("\xff\xfe"));
    }

    // Qt 6.4's QSerialPort spins on ReadError after a hang-up; the link must close, stay calm,
    // and be back within a second of the far end's return.
    void hangUpStormStaysCalmAndReconnects()
    {
        auto far = std::make_unique<test::PtyFarEnd>();
        QVERIFY(far->open());
        const QString link = m_dir.filePath(QStringLiteral("hang"));
        QVERIFY(far->linkAs(link));
        LineLink l(linkConfig(link, QStringLiteral("psd-controller"), QStringLiteral("PSD-UP")),
                   profile("psd-controller"), std::make_unique<SerialPortIo>(), m_clock);
        QSignalSpy status(&l, &LineLink::statusChanged);
        QSignalSpy comm(&l, &LineLink::communication);
        l.start();
        QCOMPARE(l.status().state, LinkState::Up);

        far->close(); // hang up
        QTRY_COMPARE_WITH_TIMEOUT(l.status().state, LinkState::Down, 2000);
        QCOMPARE(comm.last().at(1).toBool(), false);
        // Plain words first, naming the port as configured; the system's text after them.
        const QString said = l.status().lastError;
        const QString plain = QStringLiteral("the device at %1 went away (").arg(link);
        QVERIFY2(said.startsWith(plain) && said.endsWith(QLatin1Char(')')) &&
                     said.size() > plain.size() + 1,
                 qPrintable(said));
        const double cpuBefore = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        QTest::qWait(1500);
        const double cpu = cpuSeconds() - cpuBefore;
        qInfo("CPU while the far end is gone: %.3f s over %.1f s", cpu, wall.elapsed() / 1000.0);
        QVERIFY2(cpu < 0.15, qPrintable(QStringLiteral("CPU %1 s in 1.5 s").arg(cpu)));
        QVERIFY(l.status().portErrors <= 4); // a few retries, not a storm

        far = std::make_unique<test::PtyFarEnd>();
        QVERIFY(far->open());
        QElapsedTimer back;
        back.start();
        QVERIFY(far->linkAs(link));
        QTRY_COMPARE_WITH_TIMEOUT(l.status().state, LinkState::Up, 1000);
        qInfo("reconnected %lld ms after the far end returned",
              static_cast<long long>(back.elapsed()));
        QVERIFY(back.elapsed() < 1000);
        far->send("ALM LOOP_LOST ALL\r\n");
        QSignalSpy decoded(&l, &LineLink::decoded);
        QVERIFY(decoded.wait(2000));
    }

    void modbusAgainstQtModbusServer()
    {
        // Link side pty A, server side pty B, bridged here the way the simulator does it.
        test::PtyFarEnd a, b;
        QVERIFY(a.open() && b.open());
        const QString link = m_dir.filePath(QStringLiteral("pump"));
        QVERIFY(a.linkAs(link));
        QSocketNotifier aIn(a.master, QSocketNotifier::Read), bIn(b.master, QSocketNotifier::Read);
        connect(&aIn, &QSocketNotifier::activated, this, [&] {
            const QByteArray d = a.readAvailable();
            (void)!::write(b.master, d.constData(), size_t(d.size()));
        });
        connect(&bIn, &QSocketNotifier::activated, this, [&] {
            const QByteArray d = b.readAvailable();
            (void)!::write(a.master, d.constData(), size_t(d.size()));
        });
        QModbusRtuSerialServer server;
        QModbusDataUnitMap map;
        map.insert(QModbusDataUnit::Coils, {QModbusDataUnit::Coils, 0, 4});
        map.insert(QModbusDataUnit::DiscreteInputs, {QModbusDataUnit::DiscreteInputs, 0, 4});
        map.insert(QModbusDataUnit::HoldingRegisters, {QModbusDataUnit::HoldingRegisters, 0, 4});
        map.insert(QModbusDataUnit::InputRegisters, {QModbusDataUnit::InputRegisters, 0, 4});
        server.setMap(map);
        server.setServerAddress(3);
        server.setConnectionParameter(QModbusDevice::SerialPortNameParameter, b.slavePath);
        QVERIFY2(server.connectDevice(), qPrintable(server.errorString()));
        server.setData(QModbusDataUnit::HoldingRegisters, 0, 185); // tank high
        server.setData(QModbusDataUnit::DiscreteInputs, 1, 1);     // pump 2 fault

        ModbusLink l(
            linkConfig(link, QStringLiteral("pump-controller"), QStringLiteral("PUMP-1"), 3),
            profile("pump-controller"), m_clock);
        QSignalSpy decoded(&l, &ModbusLink::decoded);
        QSignalSpy comm(&l, &ModbusLink::communication);
        l.start();
        QHash<QString, EventKind> seen;
        auto collect = [&] {
            while (!decoded.isEmpty())
                for (const DecodedEvent &e : decoded.takeFirst().at(0).value<QList<DecodedEvent>>())
                    seen.insert(e.point, e.kind);
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            (collect(),
             seen.value(QStringLiteral("TANK_HIGH"), EventKind::Heartbeat) == EventKind::Raise &&
                 seen.value(QStringLiteral("PUMP2_FAULT"), EventKind::Heartbeat) ==
                     EventKind::Raise),
            3000);
        // The tank is not low: nothing to say about TANK_LOW, which was normal to begin with.
        QVERIFY(!seen.contains(QStringLiteral("TANK_LOW")));
        QVERIFY(!comm.isEmpty());
        QCOMPARE(comm.last().at(1).toBool(), true);
        // Hysteresis: 175 is inside the band, 169 is below it.
        seen.clear();
        server.setData(QModbusDataUnit::HoldingRegisters, 0, 175);
        QTest::qWait(600);
        collect();
        QVERIFY(!seen.contains(QStringLiteral("TANK_HIGH")));
        server.setData(QModbusDataUnit::HoldingRegisters, 0, 169);
        QTRY_VERIFY_WITH_TIMEOUT((collect(), seen.value(QStringLiteral("TANK_HIGH"),
                                                        EventKind::Heartbeat) == EventKind::Clear),
                                 3000);
    }

    // A scripted far end answers each request as the step says.
    void modbusBadReplies()
    {
        test::PtyFarEnd far;
        QVERIFY(far.open());
        const QString link = m_dir.filePath(QStringLiteral("pump-bad"));
        QVERIFY(far.linkAs(link));
        // One request a cycle: only discrete inputs.
        DeviceProfile p = profile("pump-controller");
        QList<ModbusPoint> bits;
        for (const ModbusPoint &m : p.modbus)
            if (m.table == QLatin1String("discrete_inputs"))
                bits << m;
        p.modbus = bits;
        LinkConfig cfg =
            linkConfig(link, QStringLiteral("pump-controller"), QStringLiteral("PUMP-1"), 1);
        cfg.pollMs = 100;
        cfg.timeoutMs = 120;
        ModbusLink l(cfg, p, m_clock);
        QSignalSpy decoded(&l, &ModbusLink::decoded);
        QSignalSpy comm(&l, &ModbusLink::communication);

        auto good = [](quint8 value) {
            return modbus::withCrc(QByteArray::fromHex("010201") + QByteArray(1, char(value)));
        };
        QStringList script{"badcrc", "exception", "otherunit", "silent",
                           "silent", "silent",    "late",      "good"};
        QByteArray lateReply;
        QSocketNotifier in(far.master, QSocketNotifier::Read);
        connect(&in, &QSocketNotifier::activated, this, [&] {
            const QByteArray req = far.readAvailable();
            if (req.size() < 8 || script.isEmpty())
                return;
            const QString step = script.takeFirst();
            if (step == QLatin1String("badcrc")) {
                QByteArray r = good(0);
                r[r.size() - 1] = char(r.at(r.size() - 1) ^ 0x55);
                far.send(r);
            } else if (step == QLatin1String("exception")) {
                far.send(modbus::withCrc(QByteArray::fromHex("018204")));
            } else if (step == QLatin1String("otherunit")) {
                far.send(modbus::withCrc(QByteArray::fromHex("02020100")));
            } else if (step == QLatin1String("late")) {
                // Answers after the link has given up on this request: value 0x07 = all faults.
                QTimer::singleShot(cfg.timeoutMs + 20, this, [&] { far.send(good(0x07)); });
            } else if (step == QLatin1String("good")) {
                far.send(good(0x02)); // only pump 2
            }
        });
        l.start();
        QTRY_VERIFY_WITH_TIMEOUT(script.isEmpty(), 5000);
        QTest::qWait(400);
        QStringList reasons;
        QHash<QString, EventKind> points;
        for (const auto &args : decoded) {
            for (const DecodeError &e : args.at(1).value<QList<DecodeError>>())
                reasons << e.reason;
            for (const DecodedEvent &e : args.at(0).value<QList<DecodedEvent>>())
                points.insert(e.point, e.kind);
        }
        QVERIFY2(reasons.contains(QStringLiteral("bad CRC")), qPrintable(reasons.join(u'|')));
        QVERIFY(reasons.contains(QStringLiteral("exception code 4 from unit 1")));
        QVERIFY(reasons.contains(QStringLiteral("reply from unit 2, asked unit 1")));
        QVERIFY2(reasons.contains(QStringLiteral("reply after its request timed out")),
                 qPrintable(reasons.join(u'|')));
        // Three silent polls in a row: communication lost, then back with the good reply.
        QStringList commStates;
        for (const auto &c : comm)
            commStates << (c.at(1).toBool() ? QStringLiteral("ok") : QStringLiteral("lost"));
        QVERIFY2(commStates.contains(QStringLiteral("lost")), qPrintable(commStates.join(u',')));
        QCOMPARE(commStates.constLast(), QStringLiteral("ok"));
        // The late all-faults reply was not taken for the next request's answer.
        QCOMPARE(points.value(QStringLiteral("PUMP2_FAULT")), EventKind::Raise);
        QVERIFY(points.value(QStringLiteral("PUMP1_FAULT"), EventKind::Clear) != EventKind::Raise);
        QVERIFY(points.value(QStringLiteral("PIT_FLOAT_HIGH"), EventKind::Clear) !=
                EventKind::Raise);
    }

    // Issue 14.4: points at holding registers 5 and 200 used to be read as one request of 196
    // registers, which a conforming unit refuses (exception 3) on every poll.
    void modbusReadsStayWithinProtocolLimits()
    {
        const QString link = m_dir.filePath(QStringLiteral("pump-span"));
        QtModbusUnit unit;
        QVERIFY2(unit.start(link, 4, 300), qPrintable(unit.server.errorString()));
        unit.server.setData(QModbusDataUnit::HoldingRegisters, 5, 900);
        unit.server.setData(QModbusDataUnit::HoldingRegisters, 200, 70);
        const DeviceProfile p = profileFromJson(
            "{'schema':1,'type':'span','name':{'zh':'a','en':'a'},'protocol':'modbus-rtu',"
            "'modbus':[{'point':'PRESSURE','table':'holding_registers','address':5,'high':800},"
            "          {'point':'LEVEL','table':'holding_registers','address':200,'high':60}],"
            "'points':[{'id':'PRESSURE','text':{'zh':'压力高','en':'Pressure high'},'priority':2},"
            "          {'id':'LEVEL','text':{'zh':'液位高','en':'Level high'},'priority':2}]}");
        ModbusLink l(linkConfig(link, QStringLiteral("span"), QStringLiteral("PUMP-4"), 4), p,
                     m_clock);
        const QList<ModbusRequest> plan = l.requestsOf(QStringLiteral("PUMP-4"));
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0].asset(), QStringLiteral("HR5"));
        QCOMPARE(plan[1].asset(), QStringLiteral("HR200"));
        Seen seen(&l);
        l.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(QStringLiteral("raise PRESSURE")) &&
                                     seen.has(QStringLiteral("raise LEVEL")),
                                 3000);
        QVERIFY2(seen.errors.isEmpty(), qPrintable(seen.errors.join(u'|')));
    }

    // A read the unit keeps refusing raises "points not readable" naming it, while its other
    // reads go on and communication is not lost; it clears once the read works.
    void modbusRefusedReadRaisesPointsNotReadable()
    {
        const QString link = m_dir.filePath(QStringLiteral("pump-refused"));
        QtModbusUnit unit;
        QVERIFY2(unit.start(link, 5, 300), qPrintable(unit.server.errorString()));
        const DeviceProfile p = profileFromJson(
            "{'schema':1,'type':'refused','name':{'zh':'a','en':'a'},'protocol':'modbus-rtu',"
            "'modbus':[{'point':'RUNNING','table':'discrete_inputs','address':0},"
            "          {'point':'PRESSURE','table':'holding_registers','address':5,'high':800},"
            "          {'point':'LEVEL','table':'holding_registers','address':400,'high':60}],"
            "'points':[{'id':'RUNNING','text':{'zh':'运行','en':'Running'},'priority':4},"
            "          {'id':'PRESSURE','text':{'zh':'压力高','en':'Pressure high'},'priority':2},"
            "          {'id':'LEVEL','text':{'zh':'液位高','en':'Level high'},'priority':2}]}");
        LinkConfig cfg = linkConfig(link, QStringLiteral("refused"), QStringLiteral("PUMP-5"), 5);
        cfg.pollMs = 100;
        ModbusLink l(cfg, p, m_clock);
        Seen seen(&l);
        QSignalSpy comm(&l, &ModbusLink::communication);
        l.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(QStringLiteral("raise POINTS_UNREADABLE HR400")), 3000);
        QVERIFY(seen.errors.contains(QStringLiteral("exception code 2 from unit 5")));
        QVERIFY(!seen.events.contains(QStringLiteral("raise POINTS_UNREADABLE HR5")));
        for (const auto &c : comm)
            QVERIFY(c.at(1).toBool()); // never lost: the unit answers
        // Its text names the points, not the addresses.
        QCOMPARE(unreadableText(p, QStringLiteral("HR400")).en,
                 QStringLiteral("Points not readable: Level high"));
        unit.server.setData(QModbusDataUnit::HoldingRegisters, 5, 850);
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(QStringLiteral("raise PRESSURE")), 3000);
        unit.setSize(500);
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(QStringLiteral("clear POINTS_UNREADABLE HR400")), 3000);
    }

    // Issue 14.4: failures are counted per request. A unit that answers one read and stays
    // silent on another used to look alive forever (every good reply reset the count); now the
    // silent read is "not readable", and only when every read goes unanswered is the unit lost.
    void modbusFailuresCountPerRequest()
    {
        test::PtyFarEnd far;
        QVERIFY(far.open());
        const QString link = m_dir.filePath(QStringLiteral("pump-silent"));
        QVERIFY(far.linkAs(link));
        LinkConfig cfg =
            linkConfig(link, QStringLiteral("pump-controller"), QStringLiteral("PUMP-1"), 1);
        cfg.pollMs = 100;
        cfg.timeoutMs = 100;
        ModbusLink l(cfg, profile("pump-controller"), m_clock);
        QCOMPARE(l.requestsOf(QStringLiteral("PUMP-1")).size(), 4); // CO0, DI0-2, HR0, IR1
        Seen seen(&l);
        QSignalSpy comm(&l, &ModbusLink::communication);
        bool answerBits = true;
        QSocketNotifier in(far.master, QSocketNotifier::Read);
        connect(&in, &QSocketNotifier::activated, this, [&] {
            const QByteArray req = far.readAvailable();
            if (req.size() < 8 || !answerBits)
                return;
            const quint8 fn = quint8(req[1]);
            if (fn == 1 || fn == 2) // bits answered, registers never
                far.send(modbus::withCrc(QByteArray::fromHex("01") + QByteArray(1, char(fn)) +
                                         QByteArray::fromHex("0100")));
        });
        l.start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(QStringLiteral("raise POINTS_UNREADABLE HR0")) &&
                                     seen.has(QStringLiteral("raise POINTS_UNREADABLE IR1")),
                                 5000);
        QVERIFY(!seen.events.contains(QStringLiteral("raise POINTS_UNREADABLE DI0-2")));
        QVERIFY(!comm.isEmpty());
        for (const auto &c : comm)
            QVERIFY(c.at(1).toBool());
        // Now nothing answers: lost within the README's bound, 4 x the cycle (each of the 4
        // reads waits timeoutMs and then the quiet time, max(50, timeoutMs/2)).
        comm.clear();
        answerBits = false;
        QElapsedTimer lost;
        lost.start();
        QVERIFY(comm.wait(5000));
        QCOMPARE(comm.last().at(1).toBool(), false);
        const qint64 cycle = 4 * (cfg.timeoutMs + qMax(50, cfg.timeoutMs / 2));
        qInfo("communication lost %lld ms after the unit went silent (bound %lld ms)",
              static_cast<long long>(lost.elapsed()),
              static_cast<long long>(4 * qMax<qint64>(cycle, cfg.pollMs)));
        QVERIFY(lost.elapsed() <= 4 * qMax<qint64>(cycle, cfg.pollMs) + 200);
    }

    // Issue 14.8: a start with nothing changed writes nothing. The link starts from the states
    // the engine holds; it used to report every point on its first reading (a clear per point).
    void modbusStartReportsOnlyChanges()
    {
        const QString link = m_dir.filePath(QStringLiteral("pump-quiet"));
        QtModbusUnit unit;
        QVERIFY2(unit.start(link, 1, 16), qPrintable(unit.server.errorString()));
        unit.server.setData(QModbusDataUnit::HoldingRegisters, 0,
                            185); // tank high, as before the restart
        unit.server.setData(QModbusDataUnit::InputRegisters, 1, 40);
        LinkConfig cfg =
            linkConfig(link, QStringLiteral("pump-controller"), QStringLiteral("PUMP-1"), 1);
        cfg.pollMs = 100;
        ModbusLink l(cfg, profile("pump-controller"), m_clock);
        l.setActiveAlarms({QStringLiteral("PUMP-1/TANK_HIGH")});
        Seen seen(&l);
        QSignalSpy comm(&l, &ModbusLink::communication);
        l.start();
        QTRY_VERIFY_WITH_TIMEOUT(l.status().frames >= 8, 3000); // two whole cycles read
        seen.collect();
        QVERIFY2(seen.events.isEmpty(), qPrintable(seen.events.join(u'|')));
        QCOMPARE(comm.size(), 1);
        QCOMPARE(comm.first().at(1).toBool(), true);
        // A change is still reported, once.
        unit.server.setData(QModbusDataUnit::HoldingRegisters, 0, 100);
        QTRY_VERIFY_WITH_TIMEOUT(seen.has(QStringLiteral("clear TANK_HIGH")), 3000);
        QTest::qWait(300);
        seen.collect();
        QCOMPARE(seen.events, QStringList{QStringLiteral("clear TANK_HIGH")});
    }
};

QTEST_GUILESS_MAIN(TestSerialPty)
#include "tst_serialpty.moc"
