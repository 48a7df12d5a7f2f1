#include "TestSupport.h"

#include <QFile>

namespace so::test {

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = QDir(dir).filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

QString configWithStation(const QString &dir, const QByteArray &stationJson)
{
    const QString cfg = QDir(dir).filePath(QStringLiteral("config"));
    QDir().mkpath(cfg);
    const QDir demo(demoConfigDir());
    for (const QString &f : demo.entryList(QDir::Files))
        QFile::copy(demo.filePath(f), QDir(cfg).filePath(f));
    writeFile(cfg, QStringLiteral("station.json"), stationJson);
    return cfg;
}

} // namespace so::test
