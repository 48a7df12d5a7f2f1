#include "RecordWrite.h"
#include "AuditLog.h"
#include "StationCore.h"

namespace so {

RecordWrite::RecordWrite(StationCore &core, QString actor)
    : m_core(core), m_actor(std::move(actor)), m_tx(core.db())
{
    if (!m_tx.started())
        m_status = fail(m_tx.error());
}

Stamp RecordWrite::stamp()
{
    if (!m_status)
        return {};
    auto s = makeStamp(m_core.db(), m_core.ids(), m_core.clock(), m_actor);
    if (!s) {
        m_status = fail(s.error());
        return {};
    }
    return *s;
}

RecordWrite &RecordWrite::step(const std::function<Status()> &step)
{
    if (m_status)
        m_status = step();
    return *this;
}

RecordWrite &RecordWrite::audit(const QString &action, const QString &entityKind,
                                const QString &entityId, const QJsonObject &after,
                                const QJsonObject &before)
{
    return step([&] {
        return m_core.audit().record(m_actor, action, entityKind, entityId, before, after);
    });
}

Status RecordWrite::commit()
{
    if (m_status)
        m_status = m_tx.commit();
    else
        m_tx.rollback();
    return m_status;
}

} // namespace so
