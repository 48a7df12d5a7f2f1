#include "Checkpointer.h"
#include "Database.h"
#include "LogCategories.h"

#include <QEventLoop>
#include <QTimer>

namespace so {

Checkpointer::Checkpointer(Database &db) : m_db(db)
{
    (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    const QString path = db.path();
    m_thread = QThread::create([this, path] {
        DatabaseOptions options;
        auto own = Database::open(path, options);
        if (!own) {
            qCWarning(lcDb) << "checkpointer:" << own.error();
            return;
        }
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if ((*own)->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                m_done.fetchAndAddRelaxed(1);
        });
        tick.start(200);
        QEventLoop loop; // QThread::quit() ends it
        loop.exec();
    });
    m_thread->setObjectName(QStringLiteral("checkpointer"));
    m_thread->start(QThread::LowPriority);
}

Checkpointer::~Checkpointer()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    (void)m_db.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
}

} // namespace so
