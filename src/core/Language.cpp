#include "Language.h"
#include "LogCategories.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QQmlEngine>

namespace so {

namespace {
Language *g_instance = nullptr;
}

Language::Language(QObject *parent) : QObject(parent) {}

void Language::publish(Language *instance)
{
    g_instance = instance;
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(g_instance, "Language", "the composition root did not publish this service");
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    g_instance->m_engines.append(engine);
    return g_instance;
}

bool Language::setLanguage(const QString &code)
{
    if (!available().contains(code)) {
        qCWarning(lcUi) << "unknown language" << code;
        return false;
    }
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    // Compiled-in .qm files; English, the source language, has one for its plural forms only.
    if (!m_translator.load(QStringLiteral(":/i18n/stationops_%1.qm").arg(code))) {
        qCWarning(lcUi) << "translation missing for" << code;
        if (code != QLatin1String("en"))
            return false;
    } else {
        QCoreApplication::installTranslator(&m_translator);
        m_installed = true;
    }
    m_current = code;
    for (const auto &e : std::as_const(m_engines))
        if (e)
            e->retranslate();
    Q_EMIT changed();
    return true;
}

} // namespace so
