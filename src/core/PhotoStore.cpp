#include "PhotoStore.h"
#include "StationCore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace so {

namespace {
constexpr qint64 kMaxBytes = 20 * 1024 * 1024;
}

Result<PhotoBytes> PhotoStore::fromPng(const QByteArray &png, const QString &what)
{
    if (!png.startsWith("\x89PNG"))
        return fail(tr("%1: not a PNG picture").arg(what));
    if (png.size() > kMaxBytes)
        return fail(tr("%1: a photo may be at most 20 MB").arg(what));
    return PhotoBytes{what, png, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()),
                      QStringLiteral(".png")};
}

Result<PhotoBytes> PhotoStore::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot be read (%2)").arg(file, in.errorString()));
    if (in.size() > kMaxBytes)
        return fail(tr("%1: a photo may be at most 20 MB").arg(file));
    PhotoBytes p;
    p.file = file;
    p.bytes = in.readAll();
    const bool jpeg = p.bytes.startsWith("\xff\xd8\xff");
    const bool png = p.bytes.startsWith("\x89PNG");
    if (!jpeg && !png)
        return fail(tr("%1: not a JPEG or PNG picture").arg(file));
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(p.bytes, QCryptographicHash::Sha256).toHex());
    p.suffix = jpeg ? QStringLiteral(".jpg") : QStringLiteral(".png");
    return p;
}

Result<QString> PhotoStore::store(const QString &file, const QString &by)
{
    auto p = read(file);
    if (!p)
        return Error{p.error()};
    return store(*p, by);
}

Result<QString> PhotoStore::store(const PhotoBytes &photo, const QString &by)
{
    const QString dir = QDir(m_core.dataDir()).filePath(QStringLiteral("photos"));
    const QString name = photo.sha256 + photo.suffix;
    const QString target = QDir(dir).filePath(name);
    if (!QFileInfo::exists(target)) {
        QDir().mkpath(dir);
        // Write beside and rename, so a half-written photo never has the final name.
        QFile out(target + QStringLiteral(".part"));
        if (!out.open(QIODevice::WriteOnly) || out.write(photo.bytes) != photo.bytes.size() || !out.flush()) {
            const QString why = out.errorString();
            out.remove();
            return fail(tr("%1: the photo could not be stored (%2)").arg(target, why));
        }
        out.close();
        if (!QFile::rename(out.fileName(), target)) {
            QFile::remove(out.fileName());
            return fail(tr("%1: the photo could not be stored").arg(target));
        }
    }
    auto q = m_core.db().exec(QStringLiteral("INSERT OR IGNORE INTO photo(sha256, file, bytes, created_at, created_by) VALUES(?,?,?,?,?)"),
                              {photo.sha256, QStringLiteral("photos/") + name, qint64(photo.bytes.size()), m_core.clock().nowMs(), by});
    if (!q)
        return fail(tr("Not saved: %1").arg(q.error()));
    return photo.sha256;
}

QString PhotoStore::path(const QString &sha256)
{
    auto q = m_core.db().exec(QStringLiteral("SELECT file FROM photo WHERE sha256=?"), {sha256});
    if (!q || !q->next())
        return {};
    return QDir(m_core.dataDir()).filePath(q->value(0).toString());
}

} // namespace so
