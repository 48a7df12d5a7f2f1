#pragma once
// ServerSync: one round with the station server over an open connection (SYNC.md, "Device
// side"): hello (the server's time and how far it holds this device's records), push (this
// device's own records above that, in batches of at most 1,000, with their photos), pull (the
// station's records after the (tx, seq) cursor, in server order, taken in by Ingest with the
// cursor in the same transaction). The sync thread and `stationops sync now` both use it.
#include "Ingest.h"

#include <QSqlDatabase>

namespace so::sync {

struct Hello
{
    QString station;
    qint64 highWater = 0; // this device's highest device_seq the server holds
    qint64 serverNow = 0; // UTC ms
    qint64 skewMs = 0;    // this device's clock less the server's
};

struct Pushed
{
    int records = 0;
    int inserted = 0;
    int duplicates = 0;
    int conflicts = 0;    // the server holds another body under one of our ids: nothing overwritten
    qint64 highWater = 0; // this device's highest number the server holds afterwards
};

struct Pulled
{
    int records = 0;
    int inserted = 0;
    int pages = 0;
    int refused = 0; // left on the server: not a record this device can trust (logged)
};

class ServerSync
{
public:
    static constexpr int kBatch = 1000;
    ServerSync(StationCore &core, Ingest &ingest) : m_core(core), m_ingest(ingest) {}

    Result<Hello> hello(QSqlDatabase &server);
    Result<Pushed> push(QSqlDatabase &server, qint64 highWater);
    Result<Pulled> pull(QSqlDatabase &server);

    // Enrols this device with a one-time code from `stationops server add-device`: the device
    // takes a password only it knows and keeps its login in the data folder (mode 0600).
    static Result<QString> enroll(StationCore &core, const QString &dsn, const QString &code);

private:
    static Result<QString> enrollOn(StationCore &core, QSqlDatabase server, const QString &dsn,
                                    const QString &role);
    StationCore &m_core;
    Ingest &m_ingest;
};

} // namespace so::sync
