#include "AlarmSounder.h"
#include "AppServices.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace so;

class TestAlarmSounder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void toneIsAValidWav()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache/tone.wav"));
        QVERIFY(AlarmSounder::writeTone(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray b = f.readAll();
        QVERIFY(b.startsWith("RIFF"));
        QCOMPARE(b.mid(8, 8), QByteArray("WAVEfmt "));
        const quint32 riff = qFromLittleEndian<quint32>(b.constData() + 4);
        QCOMPARE(qint64(riff) + 8, qint64(b.size()));
        QCOMPARE(qFromLittleEndian<quint32>(b.constData() + 24), quint32(16000)); // sample rate
    }

    void soundsWhileACriticalAlarmIsUnacknowledged()
    {
        auto app =
            AppServices::build(test::demoConfigDir(), m_dir.filePath(QStringLiteral("data")));
        QVERIFY(app.ok());
        AlarmSounder sounder((*app)->alarms(), m_dir.filePath(QStringLiteral("cache")));
        QVERIFY(!sounder.sounding());
        QSignalSpy spy(&sounder, &AlarmSounder::soundingChanged);
        alarms::DecodedEvent e;
        e.device = QStringLiteral("FACP");
        e.point = QStringLiteral("FIRE");
        e.asset = QStringLiteral("Z001");
        e.receipt.utcMs = QDateTime::currentMSecsSinceEpoch();
        (*app)->alarmSystem().engine().ingest({e}, {});
        QVERIFY(spy.wait(1000));
        QVERIFY(sounder.sounding());
        QVERIFY((*app)
                    ->alarmSystem()
                    .engine()
                    .acknowledge(Actor{QStringLiteral("1001"), Role::Agent, false},
                                 {QStringLiteral("FACP/FIRE/Z001")})
                    .ok());
        QVERIFY(spy.wait(1000));
        QVERIFY(!sounder.sounding());
    }
};

QTEST_GUILESS_MAIN(TestAlarmSounder)
#include "tst_alarmsounder.moc"
