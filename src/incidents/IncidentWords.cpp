#include "IncidentWords.h"

#include <QHash>

namespace so::incidents {

Names IncidentWords::state(const QString &state)
{
    // The same words the handover and the dashboard show, so one state reads one way.
    static const QHash<QString, Names> names{
        {QStringLiteral("new"), {QStringLiteral("待评估"), QStringLiteral("Awaiting assessment")}},
        {QStringLiteral("assessed"), {QStringLiteral("已评估"), QStringLiteral("Assessed")}},
        {QStringLiteral("investigating"),
         {QStringLiteral("调查中"), QStringLiteral("Investigating")}},
        {QStringLiteral("resolution_proposed"),
         {QStringLiteral("处理方案待批准"), QStringLiteral("Resolution awaiting approval")}},
        {QStringLiteral("approved"),
         {QStringLiteral("方案已批准，待处理"), QStringLiteral("Approved, to be resolved")}},
        {QStringLiteral("resolved"),
         {QStringLiteral("已处理，待回访"), QStringLiteral("Resolved, callback due")}},
        {QStringLiteral("callback_done"),
         {QStringLiteral("已回访"), QStringLiteral("Called back")}},
        {QStringLiteral("closed"), {QStringLiteral("已结案"), QStringLiteral("Closed")}},
        {QStringLiteral("cancelled"), {QStringLiteral("已撤销"), QStringLiteral("Cancelled")}},
    };
    return names.value(state, Names{state, state});
}

QString IncidentWords::move(const QString &to)
{
    if (to == QLatin1String("assessed"))
        return tr("Assess");
    if (to == QLatin1String("investigating"))
        return tr("Investigate");
    if (to == QLatin1String("resolution_proposed"))
        return tr("Propose a resolution");
    if (to == QLatin1String("approved"))
        return tr("Approve the resolution");
    if (to == QLatin1String("resolved"))
        return tr("Mark resolved");
    if (to == QLatin1String("callback_done"))
        return tr("Callback done");
    if (to == QLatin1String("closed"))
        return tr("Close");
    if (to == QLatin1String("cancelled"))
        return tr("Cancel the case");
    return to;
}

QString IncidentWords::recordKind(const QString &kind)
{
    if (kind == QLatin1String("alarm"))
        return tr("alarm");
    if (kind == QLatin1String("inspection"))
        return tr("inspection");
    if (kind == QLatin1String("follow_up"))
        return tr("follow-up");
    return kind;
}

} // namespace so::incidents
