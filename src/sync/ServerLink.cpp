#include "ServerLink.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlError>

namespace so::sync {

QString ServerLogin::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.json"));
}

Result<ServerLogin> ServerLogin::load(const QString &dataDir)
{
    QFile f(fileIn(dataDir));
    if (!f.exists())
        return ServerLogin{};
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read (%2)").arg(f.fileName(), f.errorString()));
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &e).object();
    if (e.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: not valid JSON at byte %2 (%3)")
                        .arg(f.fileName())
                        .arg(e.offset)
                        .arg(e.errorString()));
    ServerLogin l{
        o.value(QLatin1String("dsn")).toString(), o.value(QLatin1String("user")).toString(),
        o.value(QLatin1String("password")).toString(), o.value(QLatin1String("station")).toString(),
        o.value(QLatin1String("name")).toString()};
    for (const auto &[field, value] :
         {std::pair{"dsn", l.dsn}, std::pair{"user", l.user}, std::pair{"password", l.password}})
        if (value.isEmpty())
            return fail(QStringLiteral("%1: \"%2\" is missing; enrol the device again")
                            .arg(f.fileName(), QLatin1String(field)));
    return l;
}

Status ServerLogin::save(const QString &dataDir) const
{
    QSaveFile f(fileIn(dataDir));
    if (!f.open(QIODevice::WriteOnly))
        return fail(
            QStringLiteral("%1: cannot be written (%2)").arg(f.fileName(), f.errorString()));
    // Readable by the device's own account only, before a byte of the password is in it.
    if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(QStringLiteral("%1: cannot be made private").arg(f.fileName()));
    const QJsonObject o{{QStringLiteral("dsn"), dsn},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("password"), password},
                        {QStringLiteral("station"), station},
                        {QStringLiteral("name"), name}};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return fail(
            QStringLiteral("%1: cannot be written (%2)").arg(f.fileName(), f.errorString()));
    return {};
}

QString scramVerifier(const QString &password)
{
    constexpr int kIterations = 4096;
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, kIterations, 32);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<QList<std::pair<QString, QString>>> parseDsn(const QString &dsn)
{
    QList<std::pair<QString, QString>> out;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < dsn.size() && dsn.at(i).isSpace())
            ++i;
    };
    skipSpace();
    while (i < dsn.size()) {
        const qsizetype eq = dsn.indexOf(QLatin1Char('='), i);
        if (eq < 0)
            return fail(
                QStringLiteral("the server address \"%1\" is not key=value pairs (near \"%2\")")
                    .arg(dsn, dsn.mid(i)));
        const QString key = dsn.mid(i, eq - i).trimmed();
        i = eq + 1;
        QString value;
        if (i < dsn.size() && dsn.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < dsn.size() && dsn.at(i) != QLatin1Char('\'')) {
                if (dsn.at(i) == QLatin1Char('\\') && i + 1 < dsn.size())
                    ++i;
                value += dsn.at(i++);
            }
            if (i >= dsn.size())
                return fail(
                    QStringLiteral("the server address has an unclosed quote after %1=").arg(key));
            ++i;
        } else {
            while (i < dsn.size() && !dsn.at(i).isSpace())
                value += dsn.at(i++);
        }
        if (key.isEmpty() || key.contains(QLatin1Char(' ')))
            return fail(
                QStringLiteral("the server address \"%1\" has an empty or broken key").arg(dsn));
        out.append({key, value});
        skipSpace();
    }
    return out;
}

Result<QSqlDatabase> openServer(const QString &dsn, const QString &name, const QString &user,
                                const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QStringLiteral(
            "Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)"));
    auto pairs = parseDsn(dsn);
    if (!pairs)
        return Error{pairs.error()};
    closeServer(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    QStringList options;
    bool sslModeGiven = false, caGiven = false;
    QString where;
    for (const auto &[key, value] : std::as_const(*pairs)) {
        if (key == QLatin1String("host")) {
            db.setHostName(value);
            where = value;
        } else if (key == QLatin1String("port")) {
            db.setPort(value.toInt());
        } else if (key == QLatin1String("dbname")) {
            db.setDatabaseName(value);
        } else if (key == QLatin1String("user")) {
            db.setUserName(value);
        } else if (key == QLatin1String("password")) {
            db.setPassword(value);
        } else {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
                return fail(
                    QStringLiteral("the server address's %1 may not hold spaces or semicolons")
                        .arg(key));
            options << key + QLatin1Char('=') + value;
            sslModeGiven |= key == QLatin1String("sslmode");
            caGiven |= key == QLatin1String("sslrootcert");
        }
    }
    if (caGiven && !sslModeGiven)
        options << QStringLiteral("sslmode=verify-full");
    if (!dsn.contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    // A dead peer is noticed by the kernel too, not only by the watchdog's SELECT 1.
    options << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
            << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!user.isEmpty())
        db.setUserName(user);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        // What the server said (a refused password, no such database) before the driver's words.
        const QString said = db.lastError().databaseText().trimmed();
        const QString why = said.isEmpty() ? db.lastError().text().trimmed() : said;
        db = QSqlDatabase();
        closeServer(name);
        return fail(QStringLiteral("the station server (%1) cannot be reached: %2")
                        .arg(where.isEmpty() ? QStringLiteral("local socket") : where, why));
    }
    return db;
}

Result<QSqlQuery> serverQuery(QSqlDatabase &db, const QString &what, const QString &sql,
                              const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool done = false;
    if (binds.isEmpty()) {
        done = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &b : binds)
            q.addBindValue(b);
        done = q.exec();
    }
    if (!done)
        return fail(QStringLiteral("%1: %2").arg(what, q.lastError().text().trimmed()));
    return q;
}

void closeServer(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status ServerLogin::learnName(QSqlDatabase &server, const QString &dataDir)
{
    auto who = serverQuery(server, QStringLiteral("whoami"),
                           QStringLiteral("SELECT name FROM stationops.sync_whoami()"));
    if (!who)
        return fail(who.error());
    if (!who->next())
        return fail(QStringLiteral("whoami: no answer"));
    name = who->value(0).toString();
    return save(dataDir);
}

Status ServerLogin::learnName(const QString &dataDir)
{
    const QString connection = QStringLiteral("stationops-whoami");
    Status s = [&]() -> Status {
        auto server = openServer(dsn, connection, user, password);
        if (!server)
            return fail(server.error());
        QSqlDatabase db = server.take();
        return learnName(db, dataDir);
    }();
    closeServer(connection);
    return s;
}

} // namespace so::sync
