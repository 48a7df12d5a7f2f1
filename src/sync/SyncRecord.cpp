#include "SyncRecord.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace so::sync {

QString SyncRecord::computeSha256() const
{
    const QJsonObject o{{QStringLiteral("kind"), kind},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("device"), device},
                        {QStringLiteral("device_seq"), deviceSeq},
                        {QStringLiteral("created_at"), createdAt},
                        {QStringLiteral("created_by"), createdBy},
                        {QStringLiteral("body"), body}};
    // QJsonObject keeps its keys sorted, so the compact text is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QJsonObject SyncRecord::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("device"), device},
            {QStringLiteral("device_seq"), deviceSeq},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("body"), body},
            {QStringLiteral("sha256"), sha256}};
}

Result<SyncRecord> SyncRecord::fromJson(const QJsonObject &o, const QString &where)
{
    SyncRecord r;
    const auto text = [&](const char *field, QString *out) -> Status {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isString() || v.toString().isEmpty())
            return fail(QStringLiteral("%1: \"%2\" is missing or not text")
                            .arg(where, QLatin1String(field)));
        *out = v.toString();
        return {};
    };
    const auto number = [&](const char *field, qint64 *out) -> Status {
        const QJsonValue v = o.value(QLatin1String(field));
        if (!v.isDouble() || v.toInteger(-1) < 0)
            return fail(QStringLiteral("%1: \"%2\" is missing or not a whole number")
                            .arg(where, QLatin1String(field)));
        *out = v.toInteger();
        return {};
    };
    Status s = text("kind", &r.kind);
    if (s)
        s = text("id", &r.id);
    if (s)
        s = text("device", &r.device);
    if (s)
        s = number("device_seq", &r.deviceSeq);
    if (s)
        s = number("created_at", &r.createdAt);
    if (s)
        s = text("created_by", &r.createdBy);
    if (s)
        s = text("sha256", &r.sha256);
    if (!s)
        return Error{s.error()};
    if (!o.value(QLatin1String("body")).isObject())
        return fail(QStringLiteral("%1 (%2 %3): \"body\" is missing").arg(where, r.kind, r.id));
    r.body = o.value(QLatin1String("body")).toObject();
    if (r.computeSha256() != r.sha256)
        return fail(QStringLiteral("%1 (%2 %3): its contents do not match its SHA-256; the file "
                                   "was changed or damaged")
                        .arg(where, r.kind, r.id));
    return r;
}

} // namespace so::sync
