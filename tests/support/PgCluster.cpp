#include "PgCluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <unistd.h>

namespace so::test {

namespace {

const char kPassword[] = "test-superuser";

// The newest PostgreSQL Debian installed.
QString findBin()
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

} // namespace

PgCluster::PgCluster()
    : m_bin(findBin()), m_dir(QDir::tempPath() + QStringLiteral("/stationops-pg-XXXXXX"))
{
    // A port of its own: two test processes may each run a cluster.
    m_port = 20000 + int(QRandomGenerator::global()->bounded(30000));
}

PgCluster::~PgCluster()
{
    if (m_running)
        stop(QStringLiteral("immediate"));
}

bool PgCluster::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    if (geteuid() == 0) {
        QStringList all{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                        program};
        all << args;
        p.start(QStringLiteral("runuser"), all);
    } else {
        p.start(program, args);
    }
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error =
            QStringLiteral("%1 %2: %3")
                .arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    if (m_bin.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql (Debian package "
                                 "postgresql; ./run.sh installs it)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    QFile pw(m_dir.filePath(QStringLiteral("pw")));
    if (!pw.open(QIODevice::WriteOnly) || pw.write(kPassword) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(pw.fileName());
        return false;
    }
    pw.close();
    if (geteuid() == 0 &&
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("-R"), QStringLiteral("postgres"), m_dir.path()}) != 0) {
        m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
        return false;
    }
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("scram-sha-256"),
              QStringLiteral("--pwfile"), pw.fileName(), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}))
        return false;
    if (!startServer())
        return false;
    QProcess createdb;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(kPassword));
    createdb.setProcessEnvironment(env);
    createdb.setProcessChannelMode(QProcess::MergedChannels);
    createdb.start(m_bin + QStringLiteral("/createdb"),
                   {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"),
                    QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("stationops")});
    if (!createdb.waitForFinished(60000) || createdb.exitCode() != 0) {
        m_error = QStringLiteral("createdb: %1").arg(QString::fromLocal8Bit(createdb.readAll()));
        return false;
    }
    return true;
}

void PgCluster::set(const QString &setting)
{
    const QString name = setting.section(QLatin1Char('='), 0, 0);
    m_settings.removeIf(
        [&](const QString &s) { return s.section(QLatin1Char('='), 0, 0) == name; });
    m_settings << setting;
}

bool PgCluster::startServer()
{
    // fsync off by default: a test's cluster need not survive the machine, only a killed server
    // (the WAL is in the kernel's cache either way).
    QString options =
        QStringLiteral("-k %1 -p %2 -c listen_addresses=''").arg(m_dir.path()).arg(m_port);
    for (const QString &setting : std::as_const(m_settings))
        options += QStringLiteral(" -c ") + setting;
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-o"),
              options, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
              QStringLiteral("-w"), QStringLiteral("start")}))
        return false;
    m_running = true;
    return true;
}

bool PgCluster::stop(const QString &mode)
{
    if (!run(m_bin + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
              mode, QStringLiteral("-w"), QStringLiteral("stop")}))
        return false;
    m_running = false;
    return true;
}

QString PgCluster::dsn() const
{
    return QStringLiteral("host=%1 port=%2 dbname=stationops").arg(m_dir.path()).arg(m_port);
}

QString PgCluster::adminDsn() const
{
    return dsn() + QStringLiteral(" user=postgres password=%1").arg(QString::fromLatin1(kPassword));
}

} // namespace so::test
