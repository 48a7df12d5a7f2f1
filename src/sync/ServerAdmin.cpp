#include "ServerAdmin.h"
#include "Database.h"
#include "ServerLink.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace so::sync::ServerAdmin {

namespace {

QStringList scriptFiles()
{
    QStringList files = QDir(QStringLiteral(":/server"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/server/"));
    return files;
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    return ok(serverQuery(db, QStringLiteral("server"), sql, binds));
}

// Letters and digits without the ones people misread (0/O, 1/I/L).
QString randomWord(int length)
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return out;
}

Result<int> apply(QSqlDatabase &db, int from)
{
    const QStringList files = scriptFiles();
    int at = from;
    for (int n = from + 1; n <= int(files.size()); ++n) {
        const QString file = files.at(n - 1);
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1 cannot be read").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        if (!db.transaction())
            return fail(QStringLiteral("cannot start upgrade to server schema %1: %2")
                            .arg(n)
                            .arg(db.lastError().text()));
        Status s;
        for (const QString &statement : statements(script)) {
            s = exec(db, statement);
            if (!s) {
                s = fail(QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), s.error()));
                break;
            }
        }
        if (s)
            s = exec(db,
                     QStringLiteral("UPDATE stationops.schema_version SET version = %1").arg(n));
        if (!s || !db.commit()) {
            const QString why = s ? db.lastError().text() : s.error();
            db.rollback();
            return fail(QStringLiteral("server schema %1 not applied, nothing changed by it: %2")
                            .arg(n)
                            .arg(why));
        }
        at = n;
    }
    return at;
}

} // namespace

int latestVersion()
{
    return int(scriptFiles().size());
}

QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    qsizetype i = 0;
    const qsizetype n = script.size();
    while (i < n) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype start = i++;
            while (i < n) {
                if (script.at(i) == QLatin1Char('\'')) {
                    if (i + 1 < n && script.at(i + 1) == QLatin1Char('\'')) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            i = qMin(i + 1, n);
            current += script.mid(start, i - start);
            continue;
        }
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral(R"(\G\$[A-Za-z_]*\$)"));
            const QRegularExpressionMatch m = tag.match(script, i);
            if (m.hasMatch()) {
                const QString t = m.captured(0);
                const qsizetype end = script.indexOf(t, i + t.size());
                const qsizetype stop = end < 0 ? n : end + t.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Result<int> version(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('stationops.schema_version') IS NOT NULL")) ||
        !q.next())
        return fail(q.lastError().text());
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM stationops.schema_version")) || !q.next())
        return fail(QStringLiteral("the server's schema version cannot be read: %1")
                        .arg(q.lastError().text()));
    return q.value(0).toInt();
}

Result<int> init(QSqlDatabase &db)
{
    auto v = version(db);
    if (!v)
        return Error{v.error()};
    if (*v > 0)
        return fail(
            QStringLiteral(
                "this database has the StationOps schema already (version %1); use server upgrade")
                .arg(*v));
    return apply(db, 0);
}

Result<int> upgrade(QSqlDatabase &db)
{
    auto v = version(db);
    if (!v)
        return Error{v.error()};
    if (*v == 0)
        return fail(QStringLiteral("this database has no StationOps schema yet; use server init"));
    if (*v > latestVersion())
        return fail(QStringLiteral("the server's schema is version %1, newer than this program "
                                   "knows (%2); update StationOps here first")
                        .arg(*v)
                        .arg(latestVersion()));
    return apply(db, *v);
}

Result<NewDevice> addDevice(QSqlDatabase &db, const QString &station, const QString &name)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    const bool line = station == lineWide();
    // "line" is taken: the channel of the line-wide readers is stationops_line.
    if (!line && (!code.match(station).hasMatch() ||
                  station.compare(QLatin1String("line"), Qt::CaseInsensitive) == 0))
        return fail(
            QStringLiteral("\"%1\" is not a station code (letters, digits, - and _)").arg(station));
    if (name.trimmed().isEmpty())
        return fail(
            QStringLiteral("give the device a name people know it by, e.g. \"售票亭A平板\""));
    auto v = version(db);
    if (!v)
        return Error{v.error()};
    if (*v == 0)
        return fail(
            QStringLiteral("this database has no StationOps schema yet; run server init first"));
    if (line && *v < 4)
        return fail(QStringLiteral("the server's schema is version %1; line-wide devices need "
                                   "version 4: run server upgrade first")
                        .arg(*v));
    NewDevice d;
    QString suffix = line ? QStringLiteral("line") : station.toLower();
    suffix.replace(QLatin1Char('-'), QLatin1Char('_'));
    d.role = QStringLiteral("so_%1_%2").arg(suffix, randomWord(8).toLower());
    const QString secret = randomWord(20);
    d.code = d.role + QLatin1Char(':') + secret;
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    // The whole line is a NULL station (SQL's = never matches it; IS NOT DISTINCT FROM does).
    const QVariant where = line ? QVariant(QMetaType::fromType<QString>()) : QVariant(station);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM stationops.device WHERE station IS NOT "
                             "DISTINCT FROM ? AND name = ? AND enabled"));
    q.addBindValue(where);
    q.addBindValue(name.trimmed());
    Status s = q.exec() && q.next() ? Status() : Status(fail(q.lastError().text()));
    if (s && q.value(0).toInt() > 0)
        s = fail(QStringLiteral("%1 has an enabled device called \"%2\" already; disable "
                                "it first or pick another name")
                     .arg(line ? QStringLiteral("the line") : QStringLiteral("station ") + station,
                          name.trimmed()));
    q.finish();
    if (s && !line)
        s = exec(db,
                 QStringLiteral(
                     "INSERT INTO stationops.station (code) VALUES (?) ON CONFLICT DO NOTHING"),
                 {station});
    // The role is made here from safe characters only (no quoting to get wrong); the server
    // gets the secret's SCRAM verifier, never the secret.
    if (s)
        s = exec(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE stationops_device")
                         .arg(d.role, scramVerifier(secret)));
    if (s)
        s = exec(
            db,
            line ? QStringLiteral("INSERT INTO stationops.device (role, station, name, line_wide) "
                                  "VALUES (?, NULL, ?, true)")
                 : QStringLiteral("INSERT INTO stationops.device (role, station, name) "
                                  "VALUES (?, ?, ?)"),
            line ? QVariantList{d.role, name.trimmed()}
                 : QVariantList{d.role, station, name.trimmed()});
    if (!s || !db.commit()) {
        const QString why = s ? db.lastError().text() : s.error();
        db.rollback();
        return fail(QStringLiteral("the device was not added: %1").arg(why));
    }
    return d;
}

Result<QString> disableDevice(QSqlDatabase &db, const QString &station, const QString &name)
{
    if (!db.transaction())
        return fail(db.lastError().text());
    const bool line = station == lineWide();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stationops.device SET enabled = false WHERE station IS NOT "
                             "DISTINCT FROM ? AND name = ? AND enabled RETURNING role"));
    q.addBindValue(line ? QVariant(QMetaType::fromType<QString>()) : QVariant(station));
    q.addBindValue(name.trimmed());
    QStringList roles;
    Status s = q.exec() ? Status() : Status(fail(q.lastError().text()));
    while (s && q.next())
        roles << q.value(0).toString();
    q.finish();
    if (s && roles.isEmpty())
        s = fail(QStringLiteral("%1 has no enabled device called \"%2\"")
                     .arg(line ? QStringLiteral("the line") : QStringLiteral("station ") + station,
                          name.trimmed()));
    for (const QString &role : std::as_const(roles))
        if (s)
            s = exec(db, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(role));
    if (!s || !db.commit()) {
        const QString why = s ? db.lastError().text() : s.error();
        db.rollback();
        return fail(why);
    }
    // Sessions it has open now end now; the functions refuse it from here on anyway.
    for (const QString &role : std::as_const(roles))
        (void)exec(db,
                   QStringLiteral(
                       "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ?"),
                   {role});
    return roles.join(QLatin1Char(' '));
}

} // namespace so::sync::ServerAdmin
