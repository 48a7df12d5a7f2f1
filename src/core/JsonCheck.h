#pragma once
// JsonCheck: reads a JSON config while keeping the path of each field, so every complaint reads
// like `config/station.json: platforms[1].doors: expected a whole number 1..64, got "x"`.
#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace so {

// Reads and parses a JSON file whose top level is an object; the message gives line and column.
Result<QJsonObject> readJsonObject(const QString &path, qint64 maxBytes = 4 * 1024 * 1024);

class JsonCheck
{
public:
    explicit JsonCheck(QString file) : m_file(std::move(file)) {}

    static QString at(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, int index)
    {
        return path + QStringLiteral("[%1]").arg(index);
    }

    // Each reader returns a usable default when the field is wrong and records the complaint.
    QString text(const QJsonObject &o, const QString &path, const QString &key,
                 bool required = true, int maxLength = 200);
    // A short machine name: letters, digits, '-', '_', '.'.
    QString identifier(const QJsonObject &o, const QString &path, const QString &key);
    int whole(const QJsonObject &o, const QString &path, const QString &key, int min, int max,
              std::optional<int> fallback = std::nullopt);
    bool flag(const QJsonObject &o, const QString &path, const QString &key, bool fallback);
    QString oneOf(const QJsonObject &o, const QString &path, const QString &key,
                  const QStringList &allowed, std::optional<QString> fallback = std::nullopt);
    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key,
                     bool required = true, int minSize = 0, int maxSize = 10000);
    QJsonObject object(const QJsonObject &o, const QString &path, const QString &key,
                       bool required = true);
    QJsonObject objectAt(const QJsonArray &a, const QString &path, int index);
    // A name in both shipped languages: {"zh": "...", "en": "..."}.
    QPair<QString, QString> bilingual(const QJsonObject &o, const QString &path,
                                      const QString &key);

    void complain(const QString &path, const QString &what);
    bool ok() const { return m_errors.isEmpty(); }
    const QStringList &errors() const { return m_errors; }
    // The complaints, one per line (at most the first ten).
    QString message() const;
    const QString &file() const { return m_file; }

    // A value as a complaint names it: a number to 12 significant digits (register values and
    // thresholds run to 32 bits), text quoted and cut at 40 characters, or what kind it is.
    static QString describe(const QJsonValue &v);

private:
    QString m_file;
    QStringList m_errors;
};

} // namespace so
