#include "Batch.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace so::sync {

namespace {

const QString kFormat = QStringLiteral("stationops-sync");

QString listHash(const QList<SyncRecord> &records)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const SyncRecord &r : records)
        h.addData(r.sha256.toLatin1());
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

QByteArray Batch::toJson() const
{
    QJsonArray list;
    for (const SyncRecord &r : records)
        list << r.toJson();
    QJsonArray photos;
    for (const PhotoBytes &p : blobs)
        photos << QJsonObject{{QStringLiteral("sha256"), p.sha256},
                              {QStringLiteral("base64"), QString::fromLatin1(p.bytes.toBase64())}};
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("version"), kVersion},
                        {QStringLiteral("station"), station},
                        {QStringLiteral("device"), device},
                        {QStringLiteral("made_at"), madeAt},
                        {QStringLiteral("count"), qint64(records.size())},
                        {QStringLiteral("records_sha256"), listHash(records)},
                        {QStringLiteral("records"), list},
                        {QStringLiteral("blobs"), photos}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Batch> Batch::parse(const QByteArray &bytes, const QString &where)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: not a whole sync file (%2 at byte %3); it may have been "
                                   "cut short while copying")
                        .arg(where, err.errorString())
                        .arg(err.offset));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != kFormat)
        return fail(QStringLiteral("%1: not a StationOps sync file").arg(where));
    const int version = o.value(QLatin1String("version")).toInt();
    if (version != kVersion)
        return fail(QStringLiteral("%1: sync format version %2; this StationOps reads version %3")
                        .arg(where)
                        .arg(version)
                        .arg(kVersion));
    Batch b;
    b.station = o.value(QLatin1String("station")).toString();
    b.device = o.value(QLatin1String("device")).toString();
    b.madeAt = o.value(QLatin1String("made_at")).toInteger();
    if (b.station.isEmpty() || b.device.isEmpty())
        return fail(
            QStringLiteral("%1: the station or the device that wrote it is missing").arg(where));
    const QJsonArray list = o.value(QLatin1String("records")).toArray();
    if (!o.value(QLatin1String("count")).isDouble())
        return fail(QStringLiteral("%1: the record count is missing").arg(where));
    if (o.value(QLatin1String("count")).toInteger(-1) != list.size())
        return fail(QStringLiteral("%1: says it holds %2 records but holds %3")
                        .arg(where)
                        .arg(o.value(QLatin1String("count")).toInteger(-1))
                        .arg(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto r = SyncRecord::fromJson(list.at(i).toObject(),
                                      QStringLiteral("%1: record %2").arg(where).arg(i + 1));
        if (!r)
            return Error{r.error()};
        b.records << r.take();
    }
    if (o.value(QLatin1String("records_sha256")).toString() != listHash(b.records))
        return fail(QStringLiteral("%1: the list of records does not match its SHA-256; records "
                                   "were taken out or reordered")
                        .arg(where));
    for (const QJsonValue &v : o.value(QLatin1String("blobs")).toArray()) {
        const QString sha = v.toObject().value(QLatin1String("sha256")).toString();
        auto photo = PhotoStore::fromBytes(
            QByteArray::fromBase64(
                v.toObject().value(QLatin1String("base64")).toString().toLatin1()),
            QStringLiteral("%1: photo %2").arg(where, sha));
        if (!photo)
            return Error{photo.error()};
        if (photo->sha256 != sha)
            return fail(QStringLiteral("%1: photo %2 does not match its SHA-256").arg(where, sha));
        b.blobs.insert(sha, *photo);
    }
    return b;
}

QString cursorText(const Cursor &c)
{
    return QStringLiteral("%1:%2").arg(c.device).arg(c.arrival);
}

Result<Cursor> parseCursor(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Cursor{};
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 arrival = text.mid(colon + 1).trimmed().toLongLong(&ok);
    if (colon <= 0 || !ok || arrival < 0)
        return fail(
            QStringLiteral(
                "--since: \"%1\" is not DEVICE:NUMBER (the cursor a previous export printed)")
                .arg(text));
    return Cursor{text.left(colon).trimmed(), arrival};
}

} // namespace so::sync
