// Tamper evidence: someone edits the database file with sqlite3, dropping the triggers that
// forbid it. `stationops verify` must notice every kind of change, name the row, and exit 1.
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace so;

namespace {

test::Run stationops(const QStringList &args)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, {}, test::offscreenEnvironment());
}

bool tamper(const QString &file, const QStringList &statements)
{
    return test::sqlOnFile(file, statements);
}

} // namespace

class TestTamper : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_original;
    int m_n = 0;

    // A fresh copy of the demo station's database, in a data folder of its own.
    QString copy()
    {
        const QString data = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QDir().mkpath(data);
        QFile::copy(m_original, data + QStringLiteral("/stationops.db"));
        return data;
    }
    void expectCaught(const QString &data, const QString &words)
    {
        const test::Run v =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(words), qPrintable(v.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The demo station, as the app leaves it: staff, alarms, a signed-off shift, finalized
        // inspections, incidents.
        const QString data = m_dir.filePath(QStringLiteral("demo"));
        const test::Run app = stationops(
            {QStringLiteral("--data-dir"), data, QStringLiteral("--exit-after-first-frame")});
        QVERIFY2(app.code == 0, qPrintable(app.err));
        m_original = data + QStringLiteral("/stationops.db");
        const test::Run v =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QVERIFY2(v.code == 0, qPrintable(v.err));
        QVERIFY(v.out.contains(QStringLiteral("sealed records unchanged")));
    }

    void alteredAuditRow()
    {
        const QString d = copy();
        QVERIFY(tamper(d + QStringLiteral("/stationops.db"),
                       {QStringLiteral("DROP TRIGGER audit_event_no_update"),
                        QStringLiteral("UPDATE audit_event SET created_by='9999' WHERE seq=3")}));
        expectCaught(d, QStringLiteral("audit_event seq 3"));
    }

    void deletedAuditRow()
    {
        const QString d = copy();
        QVERIFY(tamper(d + QStringLiteral("/stationops.db"),
                       {QStringLiteral("DROP TRIGGER audit_event_no_delete"),
                        QStringLiteral("DELETE FROM audit_event WHERE seq=5")}));
        // The next row names it (prev_id): the foreign key check finds the hole first.
        expectCaught(d, QStringLiteral("audit_event row 6 points at a missing row"));
    }

    void deletedLastAuditRows()
    {
        const QString d = copy();
        QVERIFY(tamper(
            d + QStringLiteral("/stationops.db"),
            {QStringLiteral("DROP TRIGGER audit_event_no_delete"),
             QStringLiteral(
                 "DELETE FROM audit_event WHERE seq >= (SELECT max(seq) - 1 FROM audit_event)")}));
        expectCaught(d, QStringLiteral("deleted from the end of the chain"));
    }

    void insertedAuditRow()
    {
        const QString d = copy();
        // A forged row at the end that claims to follow the last one.
        QVERIFY(
            tamper(d + QStringLiteral("/stationops.db"),
                   {QStringLiteral(
                       "INSERT INTO audit_event(id, device_id, device_seq, created_at, created_by, "
                       "action, entity_kind, "
                       "entity_id, before_json, after_json, prev_hash, hash) "
                       "SELECT 'forged', device_id, device_seq + 1, created_at, '3001', "
                       "'cash_adjusted', 'cash_shift', "
                       "'x', NULL, '{}', hash, hash FROM audit_event ORDER BY seq DESC LIMIT 1")}));
        expectCaught(d, QStringLiteral("id forged"));
    }

    void signedOffShiftChanged()
    {
        const QString d = copy();
        QVERIFY(tamper(d + QStringLiteral("/stationops.db"),
                       {QStringLiteral("DROP TRIGGER cash_entry_no_update"),
                        QStringLiteral("UPDATE cash_entry SET amount_fen = amount_fen + 100 WHERE "
                                       "rowid = (SELECT min(rowid) FROM cash_entry)")}));
        expectCaught(d, QStringLiteral("changed after it was made final"));
        const test::Run v = stationops({QStringLiteral("--data-dir"), d, QStringLiteral("verify")});
        QVERIFY2(v.err.contains(QStringLiteral("cash_shift ")), qPrintable(v.err));
    }

    void finalizedInspectionChanged()
    {
        const QString d = copy();
        QVERIFY(tamper(
            d + QStringLiteral("/stationops.db"),
            {QStringLiteral("DROP TRIGGER inspection_answer_no_update"),
             QStringLiteral("UPDATE inspection_answer SET value='pass' WHERE value='fail'")}));
        const test::Run v = stationops({QStringLiteral("--data-dir"), d, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
        QVERIFY2(v.err.contains(QStringLiteral("inspection ")) &&
                     v.err.contains(QStringLiteral("changed after it was made final")),
                 qPrintable(v.err));
    }

    void untouchedCopyIsFine()
    {
        const QString d = copy();
        const test::Run v = stationops({QStringLiteral("--data-dir"), d, QStringLiteral("verify")});
        QVERIFY2(v.code == 0, qPrintable(v.err));
    }
};

QTEST_GUILESS_MAIN(TestTamper)
#include "tst_tamper.moc"
