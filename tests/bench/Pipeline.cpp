// stationops-bench pipeline: decode + engine + store over line frames held in memory, committed
// in the engine's own 100 ms batches; then a raw SQLite insert of rows of the same shape, in
// batches of the same size, for comparison.
#include "AlarmSystem.h"
#include "Bench.h"
#include "Database.h"
#include "LineDecoder.h"
#include "StationCore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

namespace so::bench {

using namespace alarms;

namespace {

// The same table and indexes as alarm_event, without the triggers, in a file of its own.
double rawInsertRate(const QString &path, qint64 rows, qint64 batch, const QString &tableSql,
                     const QStringList &indexSql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return 0;
    // The same pragmas as the station database.
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-8000;",
                 nullptr, nullptr, nullptr);
    sqlite3_exec(db, tableSql.toUtf8().constData(), nullptr, nullptr, nullptr);
    for (const QString &i : indexSql)
        sqlite3_exec(db, i.toUtf8().constData(), nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO alarm_event(id, device_id, device_seq, created_at, created_by, alarm_key, "
        "source_device, point, "
        "asset, kind, effect, occurrence_id, parent_event_id, priority, link_id, link_seq, "
        "device_time, receipt_utc, "
        "receipt_mono, label, comment, raw) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        -1, &st, nullptr);
    QElapsedTimer t;
    t.start();
    for (qint64 done = 0; done < rows;) {
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (qint64 k = 0; k < batch && done < rows; ++k, ++done) {
            const QByteArray id = QByteArray::number(done).rightJustified(36, '0');
            const QByteArray key = "PSD-UP/LOCK_FAIL/D" + QByteArray::number(done % 24);
            sqlite3_bind_text(st, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 2, "0190c2a4-bench-device", -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 3, done);
            sqlite3_bind_int64(st, 4, 1700000000000 + done);
            sqlite3_bind_text(st, 5, "link:psd-up", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 6, key.constData(), int(key.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 7, "PSD-UP", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 8, "LOCK_FAIL", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 9, "D07", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 10, done % 2 ? "clear" : "raise", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 11, "new_occurrence", -1, SQLITE_STATIC);
            sqlite3_bind_text(st, 12, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(st, 13, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int(st, 14, 2);
            sqlite3_bind_text(st, 15, "psd-up", -1, SQLITE_STATIC);
            sqlite3_bind_int64(st, 16, done);
            sqlite3_bind_null(st, 17);
            sqlite3_bind_int64(st, 18, 1700000000000 + done);
            sqlite3_bind_int64(st, 19, done);
            sqlite3_bind_null(st, 20);
            sqlite3_bind_null(st, 21);
            sqlite3_bind_blob(st, 22, "ALM LOCK_FAIL D07", 17, SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double rate = double(rows) / (double(t.nsecsElapsed()) / 1e9);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rate;
}

} // namespace

int pipeline(const QStringList &args)
{
    const qint64 frames =
        option(args, QStringLiteral("--frames"), QStringLiteral("200000")).toLongLong();
    QTemporaryDir dir;
    auto core = StationCore::open(QStringLiteral(":/stationops/config"),
                                  dir.filePath(QStringLiteral("data")));
    if (!core) {
        std::fprintf(stderr, "pipeline: %s\n", qPrintable(core.error()));
        return 1;
    }
    auto system = AlarmSystem::create(**core);
    if (!system) {
        std::fprintf(stderr, "pipeline: %s\n", qPrintable(system.error()));
        return 1;
    }
    AlarmEngine &engine = (*system)->engine();
    const DeviceProfile *profile = (*system)->devices().profileOf(QStringLiteral("PSD-UP"));
    // What the PSD controller prints: raise and clear on every point and door, 64 lines to a
    // read, as a serial port hands them over.
    QList<QByteArray> reads;
    QByteArray read;
    for (qint64 i = 0; i < frames; ++i) {
        const PointDef &p = profile->points.at(int(i / 48 % profile->points.size()));
        read += (i % 2 ? "CLR " : "ALM ") + p.id.toLatin1() + " D" +
                QByteArray::number(i / 2 % 24 + 1).rightJustified(2, '0') + "\r\n";
        if (i % 64 == 63) {
            reads << read;
            read.clear();
        }
    }
    if (!read.isEmpty())
        reads << read;
    int batches = 0;
    QObject::connect(&engine, &AlarmEngine::committed, [&batches] { ++batches; });
    LineDecoder decoder(*profile, QStringLiteral("psd-up"), QStringLiteral("PSD-UP"));
    const Clock &clock = (*core)->clock();
    QElapsedTimer t;
    t.start();
    for (const QByteArray &r : std::as_const(reads)) {
        LineDecoder::Output out;
        decoder.feed(r, clock.nowMs(), clock.monotonicMs(), out);
        engine.ingest(out.events, out.errors);
        // The engine's batch timer fires here, as it does between reads in the gateway.
        QCoreApplication::processEvents();
    }
    if (Status s = engine.commit(); !s) {
        std::fprintf(stderr, "pipeline: %s\n", qPrintable(s.error()));
        return 1;
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const qint64 written = engine.committedEvents() + engine.committedErrors();
    const double rate = double(written) / seconds;
    const qint64 batch = qMax<qint64>(1, written / qMax(1, batches));

    // The raw comparison: the same table shape and indexes, fresh file, same batch size.
    auto ddl = (*core)->db().exec(QStringLiteral(
        "SELECT type, sql FROM sqlite_master WHERE tbl_name='alarm_event' AND sql IS NOT NULL"));
    QString tableSql;
    QStringList indexSql;
    while (ddl && ddl->next()) {
        if (ddl->value(0).toString() == QLatin1String("table"))
            tableSql = ddl->value(1).toString();
        else if (ddl->value(0).toString() == QLatin1String("index"))
            indexSql << ddl->value(1).toString();
    }
    const double raw =
        rawInsertRate(dir.filePath(QStringLiteral("raw.db")), written, batch, tableSql, indexSql);
    std::printf("pipeline: %lld frames decoded, %lld events and %lld decode errors written in %d "
                "batches (about %lld rows each)\n",
                static_cast<long long>(frames), static_cast<long long>(engine.committedEvents()),
                static_cast<long long>(engine.committedErrors()), batches,
                static_cast<long long>(batch));
    figure(QStringLiteral("pipeline.events_per_s"), rate, QStringLiteral("ev/s"),
           QStringLiteral(">= 50000"));
    figure(QStringLiteral("pipeline.raw_insert_per_s"), raw, QStringLiteral("rows/s"));
    figure(QStringLiteral("pipeline.ratio_to_raw"), raw > 0 ? rate / raw : 0, QStringLiteral(""),
           QStringLiteral(">= 0.3"));
    return written == frames ? 0 : 1;
}

} // namespace so::bench
