#pragma once
// Checkpointer: moves the WAL into the database file on a thread of its own, once a second.
// SQLite's automatic checkpoint runs inside whichever commit crosses 1,000 pages, and with
// synchronous=FULL that commit then waits for the database file's fsync too: in an alarm flood
// it held batches up by 100-200 ms every few seconds. A passive checkpoint on another
// connection never blocks the writer.
#include <QThread>

namespace so {

class Database;

class Checkpointer
{
public:
    // Turns off the automatic checkpoint of `db` and starts the thread.
    explicit Checkpointer(Database &db);
    // Stops the thread; the automatic checkpoint is turned back on.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;
    qint64 checkpoints() const { return m_done.loadRelaxed(); }

private:
    Database &m_db;
    QThread *m_thread = nullptr;
    QAtomicInteger<qint64> m_done;
};

} // namespace so
