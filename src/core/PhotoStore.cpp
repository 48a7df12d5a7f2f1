#include "PhotoStore.h"
#include "StationCore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace so {

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
        if (!out.open(QIODevice::WriteOnly) || out.write(photo.bytes) != photo.bytes.size() ||
            !out.flush()) {
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
    auto q = m_core.db().exec(QStringLiteral("INSERT OR IGNORE INTO photo(sha256, file, bytes, "
                                             "created_at, created_by) VALUES(?,?,?,?,?)"),
                              {photo.sha256, QStringLiteral("photos/") + name,
                               qint64(photo.bytes.size()), m_core.clock().nowMs(), by});
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
