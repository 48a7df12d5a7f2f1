#include "Wording.h"
#include "Language.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

namespace so {

Result<Wording> Wording::load(const QString &language)
{
    if (!Language::available().contains(language))
        return fail(QStringLiteral("language \"%1\" is not one of %2")
                        .arg(language, Language::available().join(QStringLiteral(", "))));
    Wording w;
    w.m_language = language;
    if (language == QLatin1String("en"))
        return w;
    // One translator per language for the life of the program: reports and names ask often.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.constFind(language);
    if (it == loaded.constEnd()) {
        auto t = std::make_shared<QTranslator>();
        const QString file = QStringLiteral(":/i18n/stationops_%1.qm").arg(language);
        if (!t->load(file))
            return fail(QStringLiteral("the %1 wording (%2) is not built into this program")
                            .arg(language, file));
        it = loaded.insert(language, std::move(t));
    }
    w.m_translator = *it;
    return w;
}

QString Wording::text(const char *context, const char *source) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

} // namespace so
