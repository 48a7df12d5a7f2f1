#pragma once
// PhotoStore: pictures kept by content (SHA-256) under DATA/photos and listed in the `photo`
// table, shared by inspections and incidents. Callers check permissions first.
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace so {

class StationCore;

struct PhotoBytes
{
    QString file; // where it was read from
    QByteArray bytes;
    QString sha256;
    QString suffix; // ".jpg" or ".png"
};

class PhotoStore
{
    Q_DECLARE_TR_FUNCTIONS(PhotoStore)
public:
    explicit PhotoStore(StationCore &core) : m_core(core) {}

    // Reads and checks a picture without storing it: readable, at most 20 MB, JPEG or PNG.
    static Result<PhotoBytes> read(const QString &file);
    static Result<PhotoBytes> fromPng(const QByteArray &png, const QString &what);
    // A JPEG or PNG picture held in memory (a photo that arrived from another device).
    static Result<PhotoBytes> fromBytes(const QByteArray &bytes, const QString &what);
    // Writes the file (beside, then renamed) and its `photo` row; returns the SHA-256. The row
    // joins the caller's transaction when there is one. Storing the same picture twice is one file.
    Result<QString> store(const PhotoBytes &photo, const QString &by);
    Result<QString> store(const QString &file, const QString &by);
    // The stored file for a SHA-256, or "" when unknown.
    QString path(const QString &sha256);

private:
    StationCore &m_core;
};

} // namespace so
