#pragma once
// AlarmSounder: an audible cue while a priority 1 alarm is unacknowledged. It plays a short
// generated tone with the system's `aplay` every two seconds. Qt Multimedia was not worth its
// dependency chain (GStreamer or FFmpeg plus a sound server) for one repeating beep on a
// tablet whose ALSA device is all that is needed; where aplay is missing the cue is off and
// the log says so once, and the banner still pulses.
#include <QObject>
#include <QProcess>
#include <QTimer>

namespace so {

namespace alarms {
class AlarmDesk;
}

class AlarmSounder : public QObject
{
    Q_OBJECT
public:
    AlarmSounder(alarms::AlarmDesk &alarms, const QString &cacheDir, QObject *parent = nullptr);

    bool sounding() const { return m_sounding; }
    bool available() const { return !m_player.isEmpty(); }
    const QString &tonePath() const { return m_tone; }
    // Writes a 16-bit mono PCM WAV of two short 880 Hz beeps; false if it cannot be written.
    static bool writeTone(const QString &path);

Q_SIGNALS:
    void soundingChanged(bool sounding);

private:
    void update();
    void play();

    alarms::AlarmDesk &m_alarms;
    QString m_player;
    QString m_tone;
    bool m_sounding = false;
    QTimer m_repeat;
    QProcess m_process;
};

} // namespace so
