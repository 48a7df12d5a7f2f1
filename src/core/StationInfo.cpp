#include "StationInfo.h"
#include "Language.h"
#include "StationCore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace so {

StationInfo::StationInfo(StationCore &core, Language &language, QObject *parent)
    : QObject(parent), m_core(core), m_language(language)
{
    connect(&language, &Language::changed, this, &StationInfo::nameChanged);
    m_tick.setInterval(15 * 1000);
    m_tick.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &StationInfo::clockChanged);
    m_tick.start();
    const QString configured = core.config().picturesFolder;
    m_pictures = QUrl::fromLocalFile(
        configured.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                             : configured);
}

QUrl StationInfo::picturesFolder() const
{
    return m_pictures;
}

void StationInfo::setPicturesFolder(const QUrl &folder)
{
    if (folder == m_pictures)
        return;
    m_pictures = folder;
    Q_EMIT picturesFolderChanged();
}

QString StationInfo::newPhotoFile() const
{
    const QString folder = m_pictures.toLocalFile();
    QDir().mkpath(folder);
    const QString stem =
        QStringLiteral("StationOps_%1")
            .arg(local(m_core.clock().nowMs()).toString(QStringLiteral("yyyyMMdd_HHmmss")));
    QString file = QDir(folder).filePath(stem + QStringLiteral(".jpg"));
    for (int n = 2; QFileInfo::exists(file); ++n)
        file = QDir(folder).filePath(QStringLiteral("%1_%2.jpg").arg(stem).arg(n));
    return file;
}

QString StationInfo::code() const
{
    return m_core.config().code;
}

QString StationInfo::name() const
{
    return m_core.config().name.in(m_language.current());
}

QString StationInfo::language() const
{
    return m_language.current();
}

QDateTime StationInfo::local(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(m_core.config().timeZone);
}

QString StationInfo::clock() const
{
    return formatTime(m_core.clock().nowMs());
}

QString StationInfo::date() const
{
    return local(m_core.clock().nowMs()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString StationInfo::day(int days) const
{
    return local(m_core.clock().nowMs())
        .date()
        .addDays(days)
        .toString(QStringLiteral("yyyy-MM-dd"));
}

QString StationInfo::formatTime(qint64 utcMs) const
{
    return local(utcMs).toString(QStringLiteral("HH:mm"));
}

QString StationInfo::formatDateTime(qint64 utcMs) const
{
    return local(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace so
