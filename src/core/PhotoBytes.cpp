// PhotoStore's checks of a picture's bytes, apart from its storage: they need no database, so
// the sync batch reader (and its fuzz target) use them alone.
#include "PhotoStore.h"

#include <QCryptographicHash>
#include <QFile>

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
    return PhotoBytes{
        what, png,
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()),
        QStringLiteral(".png")};
}

Result<PhotoBytes> PhotoStore::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot be read (%2)").arg(file, in.errorString()));
    if (in.size() > kMaxBytes)
        return fail(tr("%1: a photo may be at most 20 MB").arg(file));
    return fromBytes(in.readAll(), file);
}

Result<PhotoBytes> PhotoStore::fromBytes(const QByteArray &bytes, const QString &what)
{
    if (bytes.size() > kMaxBytes)
        return fail(tr("%1: a photo may be at most 20 MB").arg(what));
    PhotoBytes p;
    p.file = what;
    p.bytes = bytes;
    const bool jpeg = p.bytes.startsWith("\xff\xd8\xff");
    const bool png = p.bytes.startsWith("\x89PNG");
    if (!jpeg && !png)
        return fail(tr("%1: not a JPEG or PNG picture").arg(what));
    p.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(p.bytes, QCryptographicHash::Sha256).toHex());
    p.suffix = jpeg ? QStringLiteral(".jpg") : QStringLiteral(".png");
    return p;
}

} // namespace so
