#include "AlarmSounder.h"
#include "AlarmDesk.h"
#include "LogCategories.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cmath>

namespace so {

AlarmSounder::AlarmSounder(alarms::AlarmDesk &alarms, const QString &cacheDir, QObject *parent)
    : QObject(parent), m_alarms(alarms)
{
    m_player = QStandardPaths::findExecutable(QStringLiteral("aplay"));
    m_tone = QDir(cacheDir).filePath(QStringLiteral("alarm-tone.wav"));
    if (m_player.isEmpty())
        qCWarning(lcUi) << "no audible alarm cue: aplay is not installed (package alsa-utils)";
    else if (!QFile::exists(m_tone) && !writeTone(m_tone))
        qCWarning(lcUi) << "no audible alarm cue: cannot write" << m_tone;
    m_repeat.setInterval(2000);
    connect(&m_repeat, &QTimer::timeout, this, &AlarmSounder::play);
    connect(&alarms, &alarms::AlarmDesk::summaryChanged, this, &AlarmSounder::update);
    update();
}

void AlarmSounder::update()
{
    const bool should = m_alarms.unackedCounts().value(0) > 0;
    if (should == m_sounding)
        return;
    m_sounding = should;
    if (should) {
        play();
        m_repeat.start();
    } else {
        m_repeat.stop();
    }
    Q_EMIT soundingChanged(should);
}

void AlarmSounder::play()
{
    if (m_player.isEmpty() || m_process.state() != QProcess::NotRunning)
        return;
    m_process.start(m_player, {QStringLiteral("-q"), m_tone});
}

bool AlarmSounder::writeTone(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    constexpr int rate = 16000;
    QByteArray pcm;
    QDataStream s(&pcm, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    // Two 150 ms beeps with a 100 ms gap, with short ramps so they do not click.
    for (int beep = 0; beep < 2; ++beep) {
        const int n = rate * 150 / 1000;
        for (int i = 0; i < n; ++i) {
            const double ramp = std::min({1.0, i / 160.0, (n - i) / 160.0});
            s << qint16(12000 * ramp * std::sin(2 * M_PI * 880 * i / rate));
        }
        for (int i = 0; i < rate / 10; ++i)
            s << qint16(0);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QDataStream h(&f);
    h.setByteOrder(QDataStream::LittleEndian);
    h.writeRawData("RIFF", 4);
    h << quint32(36 + pcm.size());
    h.writeRawData("WAVEfmt ", 8);
    h << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2)
      << quint16(16);
    h.writeRawData("data", 4);
    h << quint32(pcm.size());
    h.writeRawData(pcm.constData(), int(pcm.size()));
    return f.error() == QFile::NoError;
}

} // namespace so
