// Crash safety: a child writes through the app's services (alarms, inspection answers, cash
// entries, incident notes) and is killed with SIGKILL at random moments. After every kill the
// database must pass the integrity check, the audit chain and the seals, and hold every write
// the child was told was committed. STATIONOPS_CRASH_KILLS sets the number of kills (200).
#include "AuditLog.h"
#include "Database.h"
#include "RecordSeal.h"
#include "StationCore.h"
#include "TestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <csignal>

using namespace so;

class TestCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void killedAtRandomLosesNothingCommitted()
    {
        const int kills = qEnvironmentVariableIntValue("STATIONOPS_CRASH_KILLS") > 0
                              ? qEnvironmentVariableIntValue("STATIONOPS_CRASH_KILLS")
                              : 200;
        const QString data = m_dir.filePath(QStringLiteral("station"));
        QRandomGenerator rng(quint32(QDateTime::currentMSecsSinceEpoch()));
        qint64 alarmsCommitted = 0, answers = 0, cash = 0, notes = 0;
        // Per answer key: whether a write was reported committed, and the values the stored one
        // may be (the last committed, then any tried after it).
        QHash<QString, std::pair<bool, QStringList>> answerValues;
        for (int k = 0; k < kills; ++k) {
            QProcess child;
            child.start(
                QStringLiteral(CRASHCHILD_BIN),
                {QStringLiteral("--data-dir"), data, QStringLiteral("--run"), QString::number(k)});
            QVERIFY(child.waitForStarted());
            QByteArray out;
            QElapsedTimer waited;
            waited.start();
            while (!out.contains("ready\n") && waited.elapsed() < 30000 &&
                   child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains("ready\n"),
                     qPrintable(QString::fromUtf8(child.readAllStandardError())));
            // Somewhere in the middle of the writes.
            QThread::usleep(rng.bounded(1000, 60000));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();

            qint64 runAlarms = 0;
            for (const QByteArray &raw : out.split('\n')) {
                const QStringList f = QString::fromUtf8(raw).split(QLatin1Char(' '));
                if (f.size() >= 3 && f[0] == QLatin1String("ok") && f[1] == QLatin1String("alarms"))
                    runAlarms = f[2].toLongLong();
                else if (f.size() == 7 && f[1] == QLatin1String("answer")) {
                    const QString key = f.mid(2, 4).join(QLatin1Char(' '));
                    if (f[0] == QLatin1String("ok")) {
                        answerValues[key] = {true, {f[6]}};
                        ++answers;
                    } else {
                        answerValues[key].second << f[6];
                    }
                } else if (f.size() == 3 && f[0] == QLatin1String("ok") &&
                           f[1] == QLatin1String("cash")) {
                    ++cash;
                    m_cashIds << f[2];
                } else if (f.size() == 4 && f[0] == QLatin1String("ok") &&
                           f[1] == QLatin1String("note")) {
                    ++notes;
                    m_notes << f[3];
                }
            }
            alarmsCommitted += runAlarms;

            // Reopened as the app would after a dead battery.
            auto db = Database::open(StationCore::databaseFile(data));
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QVERIFY2((*db)->checkIntegrity().ok(), qPrintable((*db)->checkIntegrity().error()));
            QVERIFY2(AuditLog::verify(**db).ok(), qPrintable(AuditLog::verify(**db).error()));
            QVERIFY2(RecordSeal::verifyAll(**db).ok(),
                     qPrintable(RecordSeal::verifyAll(**db).error()));
            const qint64 stored =
                (*db)
                    ->scalar(
                        QStringLiteral("SELECT COUNT(*) FROM alarm_event WHERE link_id='psd-up'"))
                    .value();
            QVERIFY2(stored >= alarmsCommitted,
                     qPrintable(QStringLiteral("kill %1: %2 alarm events committed, %3 stored")
                                    .arg(k)
                                    .arg(alarmsCommitted)
                                    .arg(stored)));
            alarmsCommitted = stored; // an uncommitted-looking last write may have landed
            for (auto it = answerValues.cbegin(); it != answerValues.cend(); ++it) {
                const QStringList p = it.key().split(QLatin1Char(' '));
                auto q = (*db)->exec(
                    QStringLiteral("SELECT value FROM inspection_draft_answer WHERE draft_id=? AND "
                                   "section_id=? AND asset=? AND item_id=?"),
                    {p[0], p[1], p[2], p[3]});
                QVERIFY(q);
                if (!q->next()) {
                    // Only a write that was never reported committed may be missing.
                    QVERIFY2(!it.value().first,
                             qPrintable(QStringLiteral("kill %1: committed answer %2 is gone")
                                            .arg(k)
                                            .arg(it.key())));
                    continue;
                }
                QVERIFY2(it.value().second.contains(q->value(0).toString()),
                         qPrintable(QStringLiteral("kill %1: %2 is %3, committed %4")
                                        .arg(k)
                                        .arg(it.key(), q->value(0).toString(),
                                             it.value().second.join(QLatin1Char(',')))));
            }
            for (const QString &id : std::as_const(m_cashIds))
                QCOMPARE(
                    (*db)
                        ->scalar(QStringLiteral("SELECT COUNT(*) FROM cash_entry WHERE id=?"), {id})
                        .value(),
                    1);
            m_cashIds.clear(); // checked once; later kills cannot take a committed row away
                               // unnoticed by integrity and seals
            for (const QString &text : std::as_const(m_notes))
                QCOMPARE(
                    (*db)
                        ->scalar(QStringLiteral("SELECT COUNT(*) FROM incident_event WHERE text=?"),
                                 {text})
                        .value(),
                    1);
            m_notes.clear();
        }
        qInfo("%d kills; committed and found again: %lld alarm events, %lld answers, %lld cash "
              "entries, %lld notes",
              kills, static_cast<long long>(alarmsCommitted), static_cast<long long>(answers),
              static_cast<long long>(cash), static_cast<long long>(notes));
        QVERIFY(answers > 0 && cash > 0 && notes > 0);
    }

private:
    QStringList m_cashIds;
    QStringList m_notes;
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
