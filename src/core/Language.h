#pragma once
// Language: switches the UI between Simplified Chinese and English at run time.
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace so {

class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(bool chinese READ chinese NOTIFY changed)

public:
    // No default argument: QML must take the published instance through create().
    explicit Language(QObject *parent);
    static Language *create(QQmlEngine *engine, QJSEngine *);
    static void publish(Language *instance);

    QString current() const { return m_current; }
    bool chinese() const { return m_current == QLatin1String("zh_CN"); }
    // "zh_CN" or "en"; anything else is refused and logged.
    Q_INVOKABLE bool setLanguage(const QString &code);
    Q_INVOKABLE void toggle()
    {
        setLanguage(chinese() ? QStringLiteral("en") : QStringLiteral("zh_CN"));
    }
    static QStringList available() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

Q_SIGNALS:
    void changed();

private:
    QString m_current = QStringLiteral("en");
    QTranslator m_translator;
    bool m_installed = false;
    QList<QPointer<QQmlEngine>> m_engines;
};

} // namespace so
