#pragma once
// PgCluster: a throwaway PostgreSQL cluster for a test, made with Debian's own initdb and pg_ctl
// on a Unix socket in a temporary folder. As root (CI), the server runs as the `postgres` user:
// initdb refuses root. Passwords are checked (scram-sha-256), so a device's login is tested as
// it is used. Nothing is left behind: the destructor stops the server and removes the folder.
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace so::test {

class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Makes and starts the cluster; false with error() saying why.
    bool start();
    // Stops it: "fast", or "immediate" (as a crash: no clean shutdown).
    bool stop(const QString &mode = QStringLiteral("fast"));
    bool restart() { return stop() && startServer(); }
    bool startServer();
    QString error() const { return m_error; }
    // A server setting ("max_connections=400"), in force from the next start; it replaces one
    // of the same name. By default fsync=off and max_connections=200.
    void set(const QString &setting);

    // Where devices connect (no user): "host=DIR port=N dbname=stationops".
    QString dsn() const;
    // The superuser's DSN, password included: what `stationops server ...` is given.
    QString adminDsn() const;
    // The cluster's folder (handed to the server's user at start) and its port.
    QString folder() const { return m_dir.path(); }
    int port() const { return m_port; }

private:
    bool run(const QString &program, const QStringList &args);
    QString m_bin;
    QTemporaryDir m_dir;
    QString m_error;
    int m_port = 0;
    QStringList m_settings{QStringLiteral("fsync=off"), QStringLiteral("max_connections=200")};
    bool m_running = false;
};

} // namespace so::test
