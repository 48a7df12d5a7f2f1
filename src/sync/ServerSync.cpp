#include "ServerSync.h"
#include "Database.h"
#include "Outbox.h"
#include "ServerLink.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcServer, "stationops.sync.server")

namespace so::sync {

namespace {

const QString kSource = QStringLiteral("station server");

QString metaValue(Database &db, const QString &key, const QString &otherwise)
{
    auto v = db.column(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v && !v->isEmpty() ? v->first() : otherwise;
}

} // namespace

Result<Hello> ServerSync::hello(QSqlDatabase &server)
{
    const qint64 now = m_core.clock().nowMs();
    auto q = serverQuery(
        server, QStringLiteral("hello"),
        QStringLiteral("SELECT station, high_water, server_now FROM stationops.sync_hello(?, ?)"),
        {m_core.db().deviceId(), now});
    if (!q)
        return Error{q.error()};
    if (!q->next())
        return fail(QStringLiteral("hello: the server answered nothing"));
    Hello h{q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), 0};
    h.skewMs = now - h.serverNow;
    if (h.station.isEmpty())
        return fail(QStringLiteral("this login reads the whole line (server add-device --line); "
                                   "a station's device is enrolled with a code of its station"));
    if (h.station != m_core.config().code)
        return fail(
            QStringLiteral(
                "the server has this device in station %1, but this is station %2; enrol it again")
                .arg(h.station, m_core.config().code));
    return h;
}

Result<Pushed> ServerSync::push(QSqlDatabase &server, qint64 highWater)
{
    Pushed out;
    for (;;) {
        auto batch = Outbox::pendingBatch(m_core, highWater, kBatch);
        if (!batch)
            return Error{batch.error()};
        if (batch->records.isEmpty()) {
            out.highWater = highWater;
            return out;
        }
        auto q =
            serverQuery(server, QStringLiteral("push"),
                        QStringLiteral("SELECT id, status FROM stationops.sync_push(?::jsonb)"),
                        {QString::fromUtf8(batch->toJson())});
        if (!q)
            return Error{q.error()};
        QStringList refused;
        while (q->next()) {
            const QString status = q->value(1).toString();
            ++out.records;
            if (status == QLatin1String("inserted"))
                ++out.inserted;
            else if (status == QLatin1String("duplicate"))
                ++out.duplicates;
            else if (status == QLatin1String("conflict"))
                ++out.conflicts;
            else
                refused << q->value(0).toString();
        }
        if (out.conflicts > 0)
            qCWarning(lcServer)
                << out.conflicts
                << "records are held on the server with another body; kept apart there";
        // A number of ours the server holds under another id: this is a copy of another device.
        if (!refused.isEmpty())
            return fail(QStringLiteral("the server holds this device's numbers under other records "
                                       "(%1, ...): this database is a "
                                       "copy of another device's; restore makes a new device id")
                            .arg(refused.first()));
        highWater = batch->records.last().deviceSeq;
    }
}

Result<Pulled> ServerSync::pull(QSqlDatabase &server)
{
    Pulled out;
    Database &db = m_core.db();
    for (;;) {
        const QString afterTx = metaValue(db, QStringLiteral("server_tx"), QStringLiteral("0"));
        const qint64 afterSeq =
            metaValue(db, QStringLiteral("server_seq"), QStringLiteral("0")).toLongLong();
        auto q = serverQuery(
            server, QStringLiteral("pull"),
            QStringLiteral("SELECT tx, seq, doc::text FROM stationops.sync_pull(?, ?, ?)"),
            {afterTx, afterSeq, kBatch});
        if (!q)
            return Error{q.error()};
        Batch batch;
        batch.station = m_core.config().code;
        batch.device = QStringLiteral("server");
        batch.madeAt = m_core.clock().nowMs();
        QString lastTx = afterTx;
        qint64 lastSeq = afterSeq;
        int seen = 0;
        while (q->next()) {
            ++seen;
            lastTx = q->value(0).toString();
            lastSeq = q->value(1).toLongLong();
            const QJsonObject doc =
                QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
            auto r = SyncRecord::fromJson(doc, QStringLiteral("server record %1").arg(lastSeq));
            // A record whose body does not match its hash is left on the server, named in the
            // log; the ones after it still come (one bad record must not stop the station).
            if (!r) {
                qCWarning(lcServer) << "left on the server, not taken in:" << r.error();
                ++out.refused;
                continue;
            }
            batch.records << *r;
        }
        q->finish();
        if (lastSeq == afterSeq && lastTx == afterTx)
            return out;
        const auto moveCursor = [&](Database &d) {
            return ok(d.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                            "('server_tx', ?), ('server_seq', ?)"),
                             {lastTx, QString::number(lastSeq)}));
        };
        if (batch.records.isEmpty()) {
            Transaction tx(db);
            Status moved = tx.started() ? moveCursor(db) : Status(fail(tx.error()));
            if (moved)
                moved = tx.commit();
            if (!moved)
                return fail(moved.error());
            if (seen < kBatch)
                return out;
            continue;
        }
        // The photos they name that are not here yet.
        PhotoStore photos(m_core);
        QStringList wanted;
        for (const SyncRecord &r : std::as_const(batch.records)) {
            const RecordKind *kind = m_core.records().find(r.kind);
            if (kind && kind->photos)
                for (const QString &sha : kind->photos(r.body))
                    if (photos.path(sha).isEmpty() && !wanted.contains(sha))
                        wanted << sha;
        }
        if (!wanted.isEmpty()) {
            auto b = serverQuery(
                server, QStringLiteral("photos"),
                QStringLiteral("SELECT sha256, base64 FROM stationops.sync_blobs(?::text[])"),
                {QStringLiteral("{%1}").arg(wanted.join(QLatin1Char(',')))});
            if (!b)
                return Error{b.error()};
            while (b->next()) {
                auto p = PhotoStore::fromBytes(
                    QByteArray::fromBase64(b->value(1).toString().toLatin1()),
                    QStringLiteral("server photo %1").arg(b->value(0).toString()));
                if (!p)
                    return Error{p.error()};
                if (p->sha256 != b->value(0).toString())
                    return fail(QStringLiteral("server photo %1 does not match its name")
                                    .arg(b->value(0).toString()));
                batch.blobs.insert(p->sha256, *p);
            }
        }
        // The cursor moves with the rows it brought, in one transaction: a crash repeats the page.
        auto in = m_ingest.apply(batch, kSource, moveCursor);
        if (!in)
            return Error{in.error()};
        out.records += in->records;
        out.inserted += in->inserted;
        ++out.pages;
        if (seen < kBatch)
            return out;
    }
}

Result<QString> ServerSync::enroll(StationCore &core, const QString &dsn, const QString &code)
{
    const qsizetype colon = code.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == code.size() - 1)
        return fail(QStringLiteral("\"%1\" is not an enrolment code; it looks like "
                                   "so_st01_abcd1234:XXXX… (from server add-device)")
                        .arg(code.left(24)));
    const QString role = code.left(colon);
    const QString name = QStringLiteral("stationops-enrol");
    auto result = [&]() -> Result<QString> {
        auto opened = openServer(dsn, name, role, code.mid(colon + 1));
        if (!opened)
            return Error{opened.error()};
        return enrollOn(core, opened.take(), dsn, role);
    }();
    // Every handle on the connection is gone by now.
    closeServer(name);
    return result;
}

Result<QString> ServerSync::enrollOn(StationCore &core, QSqlDatabase server, const QString &dsn,
                                     const QString &role)
{
    Ingest unused(core);
    auto h = ServerSync(core, unused).hello(server);
    if (!h)
        return Error{h.error()};
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    QString password;
    for (int i = 0; i < 32; ++i)
        password +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    auto who = serverQuery(server, QStringLiteral("enrol"),
                           QStringLiteral("SELECT name FROM stationops.sync_whoami()"));
    if (!who)
        return Error{who.error()};
    ServerLogin login{dsn, role, password, h->station,
                      who->next() ? who->value(0).toString() : QString()};
    who->finish();
    if (!server.transaction())
        return fail(server.lastError().text());
    // The one-time code stops working the moment the device holds its own password.
    // The statement carries the password's SCRAM verifier only.
    Status s = ok(serverQuery(
        server, QStringLiteral("enrol"),
        QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(scramVerifier(password))));
    if (s)
        s = ok(serverQuery(server, QStringLiteral("enrol"),
                           QStringLiteral("SELECT stationops.sync_enroll(?)"),
                           {core.db().deviceId()}));
    // The new login is kept before the commit, beside any old one: a commit whose answer is
    // lost may still have happened, and then only this password opens the role.
    const QString file = ServerLogin::fileIn(core.dataDir());
    const QString kept = file + QStringLiteral(".before-enrol");
    const bool hadLogin = QFile::exists(file);
    if (s && hadLogin && !(QFile::remove(kept), QFile::copy(file, kept)))
        s = fail(QStringLiteral("%1 cannot be kept aside").arg(file));
    if (s)
        s = login.save(core.dataDir());
    if (!s || !server.commit()) {
        const QString why = s ? server.lastError().text() : s.error();
        server.rollback();
        // Did it happen after all? The new password answers only if it did.
        const QString probe = QStringLiteral("stationops-enrol-probe");
        const bool happened = s && [&] {
            auto again = openServer(dsn, probe, role, password);
            return again.ok();
        }();
        closeServer(probe);
        if (happened)
            return role;
        QFile::remove(file);
        if (hadLogin)
            QFile::rename(kept, file);
        return fail(QStringLiteral("not enrolled: %1").arg(why));
    }
    QFile::remove(kept);
    qCInfo(lcServer) << "enrolled as" << role << "at station" << h->station;
    return role;
}

} // namespace so::sync
