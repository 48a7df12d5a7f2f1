#pragma once
// ServerLink: how this device reaches the station server (PostgreSQL through Qt's QPSQL driver).
// A DSN is libpq's "key=value ..." form (host, port, dbname, user, password, sslmode,
// sslrootcert, ...). A device's own login is kept in its data folder, in server.json, readable by
// its owner only (mode 0600).
#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace so::sync {

struct ServerLogin
{
    QString dsn;  // where, without the password
    QString user; // the device's own role
    QString password;
    QString station; // the station the server has this device in
    QString name;    // the name it was enrolled under (server add-device --name)

    static QString fileIn(const QString &dataDir);
    // No file: an empty login (standalone). A damaged file is an error naming it.
    static Result<ServerLogin> load(const QString &dataDir);
    Status save(const QString &dataDir) const;
    bool configured() const { return !dsn.isEmpty() && !user.isEmpty(); }
    // A device enrolled before server.json kept its name asks the server (sync_whoami) and keeps
    // the answer; on an open connection, or one of its own.
    Status learnName(QSqlDatabase &server, const QString &dataDir);
    Status learnName(const QString &dataDir);
};

// Opens a connection under `name` (each thread and purpose its own). A TLS CA named in the DSN
// (sslrootcert) makes sslmode verify-full unless the DSN says otherwise. The error names the
// server and what libpq said, never the password.
Result<QSqlDatabase> openServer(const QString &dsn, const QString &name, const QString &user = {},
                                const QString &password = {});
// One statement on a server connection; `what` names it in the error. With values the statement
// is prepared; without, it is sent as it is (CREATE ROLE and ALTER ROLE cannot be prepared).
Result<QSqlQuery> serverQuery(QSqlDatabase &db, const QString &what, const QString &sql,
                              const QVariantList &binds = {});
// Closes and forgets a connection opened by openServer.
void closeServer(const QString &name);
// The SCRAM-SHA-256 verifier PostgreSQL stores for a password: what a CREATE or ALTER ROLE
// sends, so the password itself never reaches the server's statement log.
QString scramVerifier(const QString &password);
// A DSN's "key=value" pairs (values may be 'quoted'); unknown text is an error naming it.
Result<QList<std::pair<QString, QString>>> parseDsn(const QString &dsn);

} // namespace so::sync
