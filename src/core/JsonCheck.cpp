#include "JsonCheck.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>
#include <cmath>

namespace so {

Result<QJsonObject> readJsonObject(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.exists())
        return fail(QStringLiteral("%1: no such file").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    if (f.size() > maxBytes)
        return fail(QStringLiteral("%1: is %2 bytes; a config file may be at most %3 bytes")
                        .arg(path)
                        .arg(f.size())
                        .arg(maxBytes));
    const QByteArray bytes = f.readAll();
    // Saved as UTF-16 or in a local code page (GBK), the file would fail somewhere in the middle
    // with a puzzling message; say what is wrong instead.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(bytes);
    Q_UNUSED(decoded);
    if (utf8.hasError() || bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff"))
        return fail(QStringLiteral("%1: is not UTF-8 text; save it as UTF-8").arg(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(err.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(err.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return fail(QStringLiteral("%1:%2:%3: not valid JSON: %4")
                        .arg(path)
                        .arg(line)
                        .arg(column)
                        .arg(err.errorString()));
    }
    if (!doc.isObject())
        return fail(QStringLiteral("%1: the top level must be a JSON object { ... }").arg(path));
    return doc.object();
}

QString JsonCheck::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QString();
}

void JsonCheck::complain(const QString &path, const QString &what)
{
    m_errors << QStringLiteral("%1: %2: %3").arg(m_file, path, what);
}

QString JsonCheck::message() const
{
    QStringList shown = m_errors.mid(0, 10);
    if (m_errors.size() > 10)
        shown << QStringLiteral("... and %1 more").arg(m_errors.size() - 10);
    return shown.join(QLatin1Char('\n'));
}

QString JsonCheck::text(const QJsonObject &o, const QString &path, const QString &key,
                        bool required, int maxLength)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return QString();
    if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
        complain(at(path, key), QStringLiteral("expected text, got %1").arg(describe(v)));
        return QString();
    }
    if (v.toString().size() > maxLength) {
        complain(at(path, key), QStringLiteral("text is longer than %1 characters").arg(maxLength));
        return QString();
    }
    return v.toString();
}

QString JsonCheck::identifier(const QJsonObject &o, const QString &path, const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    const QJsonValue v = o.value(key);
    if (!v.isString() || !re.match(v.toString()).hasMatch()) {
        complain(at(path, key),
                 QStringLiteral("expected an id of letters, digits, '-', '_' or '.', got %1")
                     .arg(describe(v)));
        return QString();
    }
    return v.toString();
}

int JsonCheck::whole(const QJsonObject &o, const QString &path, const QString &key, int min,
                     int max, std::optional<int> fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    const double d = v.toDouble();
    // JSON numbers arrive as doubles; only exact whole numbers in range pass. The range is
    // checked before anything is converted (1e53 does not fit an integer: found by fuzz_config).
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::floor(d)) {
        complain(at(path, key), QStringLiteral("expected a whole number %1..%2, got %3")
                                    .arg(min)
                                    .arg(max)
                                    .arg(describe(v)));
        return fallback.value_or(min);
    }
    return int(d);
}

bool JsonCheck::flag(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        complain(at(path, key), QStringLiteral("expected true or false, got %1").arg(describe(v)));
        return fallback;
    }
    return v.toBool();
}

QString JsonCheck::oneOf(const QJsonObject &o, const QString &path, const QString &key,
                         const QStringList &allowed, std::optional<QString> fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && fallback)
        return *fallback;
    if (!v.isString() || !allowed.contains(v.toString())) {
        complain(at(path, key), QStringLiteral("expected one of %1, got %2")
                                    .arg(allowed.join(QStringLiteral(", ")), describe(v)));
        return fallback.value_or(allowed.value(0));
    }
    return v.toString();
}

QJsonArray JsonCheck::array(const QJsonObject &o, const QString &path, const QString &key,
                            bool required, int minSize, int maxSize)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isArray()) {
        complain(at(path, key), QStringLiteral("expected a list [ ... ], got %1").arg(describe(v)));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() < minSize || a.size() > maxSize) {
        complain(at(path, key), QStringLiteral("expected %1..%2 entries, got %3")
                                    .arg(minSize)
                                    .arg(maxSize)
                                    .arg(a.size()));
        return {};
    }
    return a;
}

QJsonObject JsonCheck::object(const QJsonObject &o, const QString &path, const QString &key,
                              bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required)
        return {};
    if (!v.isObject()) {
        complain(at(path, key),
                 QStringLiteral("expected an object { ... }, got %1").arg(describe(v)));
        return {};
    }
    return v.toObject();
}

QJsonObject JsonCheck::objectAt(const QJsonArray &a, const QString &path, int index)
{
    const QJsonValue v = a.at(index);
    if (!v.isObject()) {
        complain(at(path, index),
                 QStringLiteral("expected an object { ... }, got %1").arg(describe(v)));
        return {};
    }
    return v.toObject();
}

QPair<QString, QString> JsonCheck::bilingual(const QJsonObject &o, const QString &path,
                                             const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        complain(
            at(path, key),
            QStringLiteral("expected names {\"zh\": ..., \"en\": ...}, got %1").arg(describe(v)));
        return {};
    }
    const QString p = at(path, key);
    return {text(v.toObject(), p, QStringLiteral("zh")),
            text(v.toObject(), p, QStringLiteral("en"))};
}

} // namespace so
