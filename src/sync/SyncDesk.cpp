#include "SyncDesk.h"
#include "AuthService.h"
#include "Ingest.h"
#include "RecordCodec.h"
#include "StationCore.h"
#include "StationInfo.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace so::sync {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

SyncDesk::SyncDesk(StationCore &core, AuthService &auth, StationInfo &station, Ingest &ingest, QObject *parent)
    : QObject(parent), m_core(core), m_auth(auth), m_station(station)
{
    m_origins.follow(&station);
    m_conflicts.follow(&station);
    connect(&ingest, &Ingest::batchTaken, this, &SyncDesk::refresh);
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        m_message.clear();
        refresh();
    });
    connect(&station, &StationInfo::nameChanged, this, &SyncDesk::refresh);
}

QString SyncDesk::deviceId() const
{
    // Shown as a code, in capitals like the station's other codes.
    return m_core.db().deviceId().toUpper();
}

void SyncDesk::refresh()
{
    Database &db = m_core.db();
    QMap<QString, OriginRow> origins;
    for (const RecordKind &kind : m_core.records().all()) {
        auto q = db.exec(QStringLiteral("SELECT device_id, COUNT(*), MAX(created_at) FROM %1 GROUP BY device_id").arg(kind.table));
        while (q && q->next()) {
            OriginRow &o = origins[q->value(0).toString()];
            o.device = q->value(0).toString();
            o.thisDevice = o.device == db.deviceId();
            o.records += q->value(1).toLongLong();
            o.latestAt = qMax(o.latestAt, q->value(2).toLongLong());
        }
    }
    QList<OriginRow> rows = origins.values();
    // This device first, then the others by their newest record.
    std::stable_sort(rows.begin(), rows.end(), [](const OriginRow &a, const OriginRow &b) {
        return a.thisDevice != b.thisDevice ? a.thisDevice : a.latestAt > b.latestAt;
    });
    m_origins.setRows(rows);

    m_lastImport.clear();
    auto last = db.exec(QStringLiteral("SELECT at, source, records, inserted, conflicts FROM sync_import ORDER BY id DESC LIMIT 1"));
    if (last && last->next())
        m_lastImport = tr("%1 · %2 · %n record(s), %3 new, %4 conflicts", nullptr, last->value(2).toInt())
                           .arg(m_station.formatDateTime(last->value(0).toLongLong()),
                                QFileInfo(last->value(1).toString()).fileName())
                           .arg(last->value(3).toInt())
                           .arg(last->value(4).toInt());

    QList<ConflictRow> conflicts;
    QHash<qint64, QJsonObject> arrivedBodies;
    m_openConflicts = 0;
    auto q = db.exec(QStringLiteral("SELECT c.id, c.kind, c.record_id, c.found_at, c.source, c.arrived_json, "
                                    "d.decision, d.decided_by, d.note FROM sync_conflict c "
                                    "LEFT JOIN sync_decision d ON d.conflict_id = c.id ORDER BY c.found_at DESC, c.id DESC"));
    while (q && q->next()) {
        ConflictRow r;
        r.id = q->value(0).toLongLong();
        r.kind = q->value(1).toString();
        r.recordId = q->value(2).toString();
        r.foundAt = q->value(3).toLongLong();
        r.source = q->value(4).toString();
        const QJsonObject arrived = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
        arrivedBodies.insert(r.id, arrived.value(QLatin1String("body")).toObject());
        r.decision = q->value(6).toString();
        if (!r.decision.isEmpty())
            r.decidedBy = m_core.names().staff(q->value(7).toString());
        r.note = q->value(8).toString();
        conflicts << r;
        m_openConflicts += r.decision.isEmpty() ? 1 : 0;
    }
    // What differs, field by field: this device's version, then the arrived one.
    for (ConflictRow &r : conflicts) {
        const RecordKind *kind = m_core.records().find(r.kind);
        const QJsonObject theirs = arrivedBodies.value(r.id);
        auto held = kind ? RecordCodec::find(db, *kind, r.recordId) : Result<std::optional<SyncRecord>>(fail(QString()));
        const QJsonObject ours = held && held->has_value() ? (*held)->body : QJsonObject();
        QStringList keys = ours.keys() + theirs.keys();
        keys.removeDuplicates();
        keys.sort();
        // Passengers' details only for those who may see them.
        const bool masked = kind && !m_auth.access().allows(Permission::ViewPassengerData);
        for (const QString &k : std::as_const(keys)) {
            if (ours.value(k) == theirs.value(k))
                continue;
            if (masked && kind->personal.contains(k))
                r.differences << ConflictRow::Difference{k, tr("(hidden)"), tr("(hidden)")};
            else
                r.differences << ConflictRow::Difference{k, shown(ours.value(k)), shown(theirs.value(k))};
        }
    }
    m_conflicts.setRows(conflicts);
    Q_EMIT changed();
}

bool SyncDesk::decide(qint64 conflictId, bool heldRight, const QString &note)
{
    auto actor = m_auth.require(Permission::ResolveConflicts);
    if (!actor) {
        m_message = tr("Only a supervisor or an administrator may settle a conflict.");
        Q_EMIT changed();
        return false;
    }
    if (note.trimmed().size() < 4) {
        m_message = tr("Say why, in a few words, so the next person understands the decision.");
        Q_EMIT changed();
        return false;
    }
    Database &db = m_core.db();
    Transaction tx(db);
    Status s = tx.started() ? Status() : Status(fail(tx.error()));
    if (s) {
        auto open = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_conflict c WHERE c.id = ? AND NOT EXISTS "
                                             "(SELECT 1 FROM sync_decision d WHERE d.conflict_id = c.id)"),
                              {conflictId});
        if (!open)
            s = fail(open.error());
        else if (*open == 0)
            s = fail(tr("This conflict has been settled already."));
    }
    const QString decision = heldRight ? QStringLiteral("held_right") : QStringLiteral("arrived_right");
    if (s)
        s = ok(db.exec(QStringLiteral("INSERT INTO sync_decision (conflict_id, decided_at, decided_by, decision, note) VALUES (?,?,?,?,?)"),
                       {conflictId, m_core.clock().nowMs(), actor->staffNo, decision, note.trimmed()}));
    if (s)
        s = m_core.audit().record(actor->staffNo, QStringLiteral("sync_conflict_decided"), QStringLiteral("sync_conflict"),
                                  QString::number(conflictId), {}, {{QStringLiteral("decision"), decision}});
    if (s)
        s = tx.commit();
    m_message = s ? QString() : tr("Not saved: %1").arg(s.error());
    refresh();
    return s.ok();
}

} // namespace so::sync
