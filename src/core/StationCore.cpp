#include "StationCore.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QDir>

namespace so {

QString StationCore::databaseFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("stationops.db"));
}

Result<std::unique_ptr<StationCore>>
StationCore::open(const QString &configDir, const QString &dataDir, std::shared_ptr<Clock> clock)
{
    auto config = StationConfig::load(configDir);
    if (!config)
        return Error{config.error()};
    return open(config.take(), configDir, dataDir, std::move(clock));
}

Result<std::unique_ptr<StationCore>> StationCore::open(StationConfig config,
                                                       const QString &configDir,
                                                       const QString &dataDir,
                                                       std::shared_ptr<Clock> clock)
{
    auto db = Database::open(databaseFile(dataDir));
    if (!db)
        return Error{db.error()};
    std::unique_ptr<StationCore> core(new StationCore);
    core->m_config = std::move(config);
    core->m_configDir = configDir;
    core->m_dataDir = dataDir;
    core->m_clock = clock ? std::move(clock) : std::make_shared<SystemClock>();
    core->m_db = db.take();
    core->m_ids = std::make_unique<Uuid7>(*core->m_clock);
    core->m_audit = std::make_unique<AuditLog>(*core->m_db, *core->m_ids, *core->m_clock);
    core->m_links = std::make_unique<LinkStore>(*core->m_db, *core->m_ids, *core->m_clock);
    core->m_names = std::make_unique<NameBook>(core->m_config, *core->m_db);
    // A link travels as a record of its own; a photo it points at travels with it.
    RecordKind link;
    link.name = QStringLiteral("link");
    link.table = QStringLiteral("links");
    link.photos = [](const QJsonObject &body) {
        return body.value(QStringLiteral("to_kind")).toString() == QLatin1String("photo")
                   ? QStringList{body.value(QStringLiteral("to_id")).toString()}
                   : QStringList{};
    };
    core->m_records.add(std::move(link));
    // Audit rows travel too, each device's chain whole (prev_id is a foreign key); chain-1 rows
    // from before per-device chains stay where they were written (no arrival trigger).
    // A staff version names the one it follows: two of one parent (a PIN changed on two tablets
    // offline, or one person added on both) are a conflict for the administrator.
    RecordKind staff;
    staff.name = staff.table = QStringLiteral("staff_version");
    staff.secret = {QStringLiteral("pin_hash"), QStringLiteral("pin_salt"),
                    QStringLiteral("pin_iterations")};
    std::shared_ptr<Clock> now = core->m_clock;
    staff.refold = [now](Database &db, const QStringList &ids) {
        return noteRuleConflicts(
            db, now->nowMs(), QStringLiteral("staff_version"), QStringLiteral("same_parent"),
            QStringLiteral("SELECT a.id AS a, b.id AS b FROM json_each(?) p JOIN staff_version a "
                           "ON a.id = p.value "
                           "JOIN staff_version b ON b.staff_no = a.staff_no AND b.id <> a.id "
                           "AND b.parent_id IS a.parent_id AND b.id IN "
                           "(SELECT record_id FROM sync_arrival WHERE kind = 'staff_version')"),
            {QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact))});
    };
    staff.describePair = [](Database &db, const NameBook &names, const QString &,
                            const QString &first, const QString &second) {
        PairView v;
        auto no =
            db.column(QStringLiteral("SELECT staff_no FROM staff_version WHERE id = ?"), {first});
        if (no && !no->isEmpty())
            v.subject = names.staff(no->first());
        // The staff view's fold: the version in force, if it is one of the two.
        auto inForce =
            db.column(QStringLiteral("SELECT id FROM staff WHERE id IN (?, ?)"), {first, second});
        if (inForce && !inForce->isEmpty())
            v.inForce = inForce->first() == first ? 1 : 2;
        return v;
    };
    core->m_records.add(std::move(staff));
    RecordKind audit;
    audit.name = audit.table = QStringLiteral("audit_event");
    audit.local = {QStringLiteral("seq")};
    core->m_records.add(std::move(audit));
    return core;
}

} // namespace so
