#pragma once
// PtyFarEnd: the device's end of a serial line in a test. A pty opened in-process, its master
// held by the test, its slave reachable through a symlink that can be moved to a new pty (a
// device that hangs up and comes back). The program under test opens the symlink with the real
// QSerialPort.
#include <QFile>
#include <QString>
#include <QTest>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

namespace so::test {

struct PtyFarEnd
{
    int master = -1;
    int slave = -1;
    QString slavePath;

    bool open()
    {
        char name[256] = {};
        termios raw{};
        cfmakeraw(&raw);
        if (::openpty(&master, &slave, name, &raw, nullptr) != 0)
            return false;
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        slavePath = QString::fromLocal8Bit(name);
        return true;
    }
    void close()
    {
        if (master >= 0)
            ::close(master);
        if (slave >= 0)
            ::close(slave);
        master = slave = -1;
    }
    bool linkAs(const QString &link) const
    {
        const QString tmp = link + QStringLiteral(".new");
        QFile::remove(tmp);
        return ::symlink(slavePath.toLocal8Bit().constData(), tmp.toLocal8Bit().constData()) == 0 &&
               ::rename(tmp.toLocal8Bit().constData(), link.toLocal8Bit().constData()) == 0;
    }
    void send(const QByteArray &bytes) const
    {
        QVERIFY(::write(master, bytes.constData(), size_t(bytes.size())) == bytes.size());
    }
    QByteArray readAvailable() const
    {
        QByteArray out;
        char buf[512];
        ssize_t n;
        while ((n = ::read(master, buf, sizeof buf)) > 0)
            out.append(buf, int(n));
        return out;
    }
    ~PtyFarEnd() { close(); }
};

} // namespace so::test
