#pragma once
// Pty: one pseudo-terminal in raw mode. The simulator keeps the master; the program under test
// opens the slave path (or a symlink to it).
#include <QString>

namespace so::devsim {

class Pty
{
public:
    Pty() = default;
    ~Pty();
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    // Opens a new pair; false with a message on failure.
    bool open(QString *error);
    void close();
    bool isOpen() const { return m_master >= 0; }
    int master() const { return m_master; }
    const QString &slavePath() const { return m_slavePath; }
    // Points `link` at the slave, replacing any old link in one step.
    bool linkTo(const QString &link, QString *error) const;

private:
    int m_master = -1;
    int m_slave = -1; // held open so that the master never reads EIO while nobody listens
    QString m_slavePath;
};

} // namespace so::devsim
