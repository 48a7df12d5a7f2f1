#include "ReportContext.h"
#include "StationCore.h"

namespace so::reports {

ReportContext::ReportContext(StationCore &core, Wording words)
    : m_core(core), m_names(core.names()), m_words(std::move(words))
{
}

Result<ReportContext> ReportContext::open(StationCore &core, const QString &language)
{
    auto words = Wording::load(language.isEmpty() ? core.config().defaultLanguage : language);
    if (!words)
        return Error{words.error()};
    return ReportContext(core, words.take());
}

QString ReportContext::local(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)
        .toTimeZone(m_core.config().timeZone)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportContext::stationName() const
{
    return name(m_core.config().name);
}

} // namespace so::reports
