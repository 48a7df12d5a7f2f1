#include "Pty.h"

#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace so::devsim {

Pty::~Pty()
{
    close();
}

bool Pty::open(QString *error)
{
    close();
    char name[256] = {};
    termios raw{};
    cfmakeraw(&raw);
    if (::openpty(&m_master, &m_slave, name, &raw, nullptr) != 0) {
        *error = QStringLiteral("openpty failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_master = m_slave = -1;
        return false;
    }
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_slavePath = QString::fromLocal8Bit(name);
    return true;
}

void Pty::close()
{
    if (m_master >= 0)
        ::close(m_master);
    if (m_slave >= 0)
        ::close(m_slave);
    m_master = m_slave = -1;
}

bool Pty::linkTo(const QString &link, QString *error) const
{
    QDir().mkpath(QFileInfo(link).absolutePath());
    const QString tmp = link + QStringLiteral(".new");
    QFile::remove(tmp);
    if (::symlink(m_slavePath.toLocal8Bit().constData(), tmp.toLocal8Bit().constData()) != 0 ||
        ::rename(tmp.toLocal8Bit().constData(), link.toLocal8Bit().constData()) != 0) {
        *error = QStringLiteral("%1: cannot link to %2: %3")
                     .arg(link, m_slavePath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

} // namespace so::devsim
