#pragma once
// StationCore: what every feature stands on — config, clock, database, ids, audit, links and the
// names for codes — built once by the composition root and handed to services by reference.
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "LinkStore.h"
#include "NameBook.h"
#include "RecordKinds.h"
#include "StationConfig.h"
#include "Uuid7.h"

#include <memory>

namespace so {

class StationCore
{
public:
    // Validates DIR/station.json first, then opens DATA/stationops.db. Nothing is written when
    // the config is wrong.
    static Result<std::unique_ptr<StationCore>>
    open(const QString &configDir, const QString &dataDir, std::shared_ptr<Clock> clock = {});
    // The same with station.json already read, for callers that check every other config file
    // between reading it and opening the database.
    static Result<std::unique_ptr<StationCore>> open(StationConfig config, const QString &configDir,
                                                     const QString &dataDir,
                                                     std::shared_ptr<Clock> clock = {});
    static QString databaseFile(const QString &dataDir);

    const StationConfig &config() const { return m_config; }
    const QString &configDir() const { return m_configDir; }
    const QString &dataDir() const { return m_dataDir; }
    const Clock &clock() const { return *m_clock; }
    Database &db() { return *m_db; }
    Uuid7 &ids() { return *m_ids; }
    AuditLog &audit() { return *m_audit; }
    LinkStore &links() { return *m_links; }
    NameBook &names() { return *m_names; }
    // The kinds of record that travel to the station's other devices; features add theirs.
    RecordKinds &records() { return m_records; }
    const RecordKinds &records() const { return m_records; }
    const NameBook &names() const { return *m_names; }

private:
    StationCore() = default;
    StationConfig m_config;
    QString m_configDir;
    QString m_dataDir;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Uuid7> m_ids;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<NameBook> m_names;
    RecordKinds m_records;
};

} // namespace so
