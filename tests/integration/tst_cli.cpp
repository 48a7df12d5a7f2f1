// The stationops binary run as a person or a script would: verbs, exit codes, messages, and
// what it leaves on disk.
#include "Database.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace so;

namespace {

using test::Run;

Run stationops(const QStringList &args, const QByteArray &input = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               int timeoutMs = 60000)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, input, env, timeoutMs);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString dataDir(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void helpVersionAndUsageErrors()
    {
        const Run help = stationops({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("screenshot --out DIR")));
        const Run version = stationops({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("stationops ")));
        const Run bogus = stationops({QStringLiteral("bogus")});
        QCOMPARE(bogus.code, 2);
        QVERIFY(bogus.err.contains(QStringLiteral("unknown verb 'bogus'")));
        const Run badLang = stationops(
            {QStringLiteral("screenshot"), QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(badLang.code, 2);
    }

    void staffAddListAndVerifyThenTamper()
    {
        const QString data = dataDir(QStringLiteral("cli"));
        const QStringList base{QStringLiteral("--data-dir"), data};
        const Run add =
            stationops(base + QStringList{QStringLiteral("staff"), QStringLiteral("add"),
                                          QStringLiteral("--number"), QStringLiteral("4001"),
                                          QStringLiteral("--name-zh"), QStringLiteral("孙丽"),
                                          QStringLiteral("--name-en"), QStringLiteral("Sun Li"),
                                          QStringLiteral("--role"), QStringLiteral("supervisor")},
                       "135790\n");
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const Run badPin =
            stationops(base + QStringList{QStringLiteral("staff"), QStringLiteral("set-pin"),
                                          QStringLiteral("4001")},
                       "12\n");
        QCOMPARE(badPin.code, 1);
        QVERIFY2(badPin.err.contains(QStringLiteral("4 to 8 digits")), qPrintable(badPin.err));
        const Run list =
            stationops(base + QStringList{QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("4001")) &&
                     list.out.contains(QStringLiteral("supervisor")),
                 qPrintable(list.out));

        const Run ok = stationops(base + QStringList{QStringLiteral("verify")});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("audit chain of 1 rows ok")));

        // Alter one audit row behind the program's back, as someone with the sqlite3 tool would.
        {
            auto db = Database::open(data + QStringLiteral("/stationops.db"));
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->execScript(
                            QStringLiteral("DROP TRIGGER audit_event_no_update; "
                                           "UPDATE audit_event SET created_by='1001' WHERE seq=1"))
                        .ok());
        }
        const Run broken = stationops(base + QStringList{QStringLiteral("verify")});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("audit_event seq 1")), qPrintable(broken.err));
    }

    void badConfigTouchesNothing()
    {
        const QString cfg = test::configWithStation(m_dir.filePath(QStringLiteral("badcfg")),
                                                    "{\"schema\": 1, \"code\": \"X\"}");
        const QString data = dataDir(QStringLiteral("untouched"));
        const Run r = stationops({QStringLiteral("--config"), cfg, QStringLiteral("--data-dir"),
                                  data, QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(cfg + QStringLiteral("/station.json: name")), qPrintable(r.err));
        QVERIFY(!QFile::exists(data + QStringLiteral("/stationops.db")));
    }

    void notADatabaseIsLeftAlone()
    {
        const QString data = dataDir(QStringLiteral("notdb"));
        const QString file =
            test::writeFile(data, QStringLiteral("stationops.db"), QByteArray(4096, 'z'));
        const QByteArray before = test::sha256Of(file);
        const Run r = stationops(
            {QStringLiteral("--data-dir"), data, QStringLiteral("staff"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file) && r.err.contains(QStringLiteral("not an SQLite file")),
                 qPrintable(r.err));
        QCOMPARE(test::sha256Of(file), before);
        const Run v = stationops({QStringLiteral("--data-dir"), data, QStringLiteral("verify")});
        QCOMPARE(v.code, 1);
    }

    void startsOffscreenAndDrawsAFrame()
    {
        QProcessEnvironment env = test::offscreenEnvironment();
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        const Run r = stationops({QStringLiteral("--data-dir"), dataDir(QStringLiteral("gui")),
                                  QStringLiteral("--exit-after-first-frame")},
                                 {}, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("first frame after")), qPrintable(r.out));
        // The demo station seeded its staff on this first run.
        const Run list = stationops({QStringLiteral("--data-dir"), dataDir(QStringLiteral("gui")),
                                     QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY(list.out.contains(QStringLiteral("3001")));
    }

    void noDisplaySaysHowToRun()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Run r = stationops(
            {QStringLiteral("--data-dir"), dataDir(QStringLiteral("nodisplay"))}, {}, env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("xvfb-run")), qPrintable(r.err));
    }

    void exportsInspections()
    {
        const QString data = dataDir(QStringLiteral("export"));
        // The first start of the demo station writes its demo patrols.
        QProcessEnvironment env = test::offscreenEnvironment();
        env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        QCOMPARE(stationops({QStringLiteral("--data-dir"), data,
                             QStringLiteral("--exit-after-first-frame")},
                            {}, env)
                     .code,
                 0);
        const QString from = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
        const QString to = QDate::currentDate().addDays(2).toString(Qt::ISODate);
        auto run = [&](const QString &format, const QString &file, const QStringList &more = {}) {
            return stationops(QStringList{QStringLiteral("--data-dir"), data,
                                          QStringLiteral("export"), QStringLiteral("inspections"),
                                          QStringLiteral("--from"), from, QStringLiteral("--to"),
                                          to, QStringLiteral("--format"), format,
                                          QStringLiteral("--out"), m_dir.filePath(file)} +
                              more);
        };
        const Run csv = run(QStringLiteral("csv"), QStringLiteral("i.csv"),
                            {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QFile c(m_dir.filePath(QStringLiteral("i.csv")));
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM Excel needs for UTF-8 Chinese
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("门槛胶条开裂")));
        QVERIFY(text.contains(
            QStringLiteral("\"No damage to door, glass or seals\""))); // quoted: it has commas
        QVERIFY(text.count(QStringLiteral("\r\n")) > 190 * 2);

        const Run json = run(QStringLiteral("json"), QStringLiteral("i.json"));
        QVERIFY2(json.code == 0, qPrintable(json.err));
        QFile j(m_dir.filePath(QStringLiteral("i.json")));
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray list = QJsonDocument::fromJson(j.readAll()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("failed")).toInt(), 1);

        const Run pdf = run(QStringLiteral("pdf"), QStringLiteral("i.pdf"));
        QVERIFY2(pdf.code == 0, qPrintable(pdf.err));
        QProcess totext;
        totext.start(QStringLiteral("pdftotext"),
                     {m_dir.filePath(QStringLiteral("i.pdf")), QStringLiteral("-")});
        QVERIFY2(totext.waitForFinished(20000) && totext.exitCode() == 0,
                 "pdftotext reads the PDF");
        const QString pdfText = QString::fromUtf8(totext.readAllStandardOutput());
        // The station's language unless --lang says otherwise, and only that language.
        QVERIFY2(pdfText.contains(QStringLiteral("巡检记录")), qPrintable(pdfText.left(300)));
        QVERIFY(pdfText.contains(QStringLiteral("屏蔽门巡视")));
        QVERIFY(!pdfText.contains(QStringLiteral("PSD patrol")));
        QVERIFY(pdfText.contains(QStringLiteral("门槛胶条开裂")));
        QVERIFY(pdfText.contains(QStringLiteral("复核")));
        const Run pdfEn = run(QStringLiteral("pdf"), QStringLiteral("i-en.pdf"),
                              {QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(pdfEn.code == 0, qPrintable(pdfEn.err));
        QProcess totextEn;
        totextEn.start(QStringLiteral("pdftotext"),
                       {m_dir.filePath(QStringLiteral("i-en.pdf")), QStringLiteral("-")});
        QVERIFY(totextEn.waitForFinished(20000) && totextEn.exitCode() == 0);
        const QString pdfTextEn = QString::fromUtf8(totextEn.readAllStandardOutput());
        QVERIFY2(pdfTextEn.contains(QStringLiteral("Inspection report")),
                 qPrintable(pdfTextEn.left(300)));
        QVERIFY(pdfTextEn.contains(QStringLiteral("PSD patrol")));
        QVERIFY(!pdfTextEn.contains(QStringLiteral("巡检记录")));
        const Run french = run(QStringLiteral("pdf"), QStringLiteral("i-fr.pdf"),
                               {QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(french.code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("i-fr.pdf"))));

        // Cash: the shifts with their variance and the reason for it.
        const Run cashCsv = stationops(
            {QStringLiteral("--data-dir"), data, QStringLiteral("export"), QStringLiteral("cash"),
             QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("c.csv"))});
        QVERIFY2(cashCsv.code == 0, qPrintable(cashCsv.err));
        QFile cc(m_dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(cc.open(QIODevice::ReadOnly));
        const QString cashText = QString::fromUtf8(cc.readAll());
        QVERIFY2(
            cashText.contains(QStringLiteral(",505.00,504.00,-1.00,signed_off,已签认,3001,陈静,")),
            qPrintable(cashText));
        QVERIFY(cashText.contains(QStringLiteral("一元硬币找零多给")));
        const Run cashPdf = stationops(
            {QStringLiteral("--data-dir"), data, QStringLiteral("export"), QStringLiteral("cash"),
             QStringLiteral("--from"), from, QStringLiteral("--to"), to, QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("c.pdf")), QStringLiteral("--lang"),
             QStringLiteral("en")});
        QVERIFY2(cashPdf.code == 0, qPrintable(cashPdf.err));
        QProcess cashText2;
        cashText2.start(QStringLiteral("pdftotext"),
                        {m_dir.filePath(QStringLiteral("c.pdf")), QStringLiteral("-")});
        QVERIFY(cashText2.waitForFinished(20000) && cashText2.exitCode() == 0);
        QVERIFY(QString::fromUtf8(cashText2.readAllStandardOutput())
                    .contains(QStringLiteral("Cash report")));

        // Incidents: personal data masked in the export; the weekly report is a PDF.
        const Run incCsv = stationops({QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                                       QStringLiteral("incidents"), QStringLiteral("--from"), from,
                                       QStringLiteral("--to"), to, QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("--out"),
                                       m_dir.filePath(QStringLiteral("n.csv"))});
        QVERIFY2(incCsv.code == 0, qPrintable(incCsv.err));
        QFile nc(m_dir.filePath(QStringLiteral("n.csv")));
        QVERIFY(nc.open(QIODevice::ReadOnly));
        const QString incText = QString::fromUtf8(nc.readAll());
        QVERIFY2(incText.contains(QStringLiteral("lost_property")), qPrintable(incText));
        QVERIFY(incText.contains(QStringLiteral("137****2222")));
        QVERIFY(!incText.contains(QStringLiteral("13700002222")));
        const QString weekYear = [] {
            int y = 0;
            const int w = QDate::currentDate().weekNumber(&y);
            return QStringLiteral("%1-W%2").arg(y).arg(w, 2, 10, QLatin1Char('0'));
        }();
        const Run weekly =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("report"),
                        QStringLiteral("weekly"), QStringLiteral("--week"), weekYear,
                        QStringLiteral("--out"), m_dir.filePath(QStringLiteral("w.pdf")),
                        QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(weekly.code == 0, qPrintable(weekly.err));
        QProcess weeklyText;
        weeklyText.start(QStringLiteral("pdftotext"),
                         {m_dir.filePath(QStringLiteral("w.pdf")), QStringLiteral("-")});
        QVERIFY(weeklyText.waitForFinished(20000) && weeklyText.exitCode() == 0);
        const QString weeklyPdf = QString::fromUtf8(weeklyText.readAllStandardOutput());
        QVERIFY2(weeklyPdf.contains(QStringLiteral("Weekly service report")),
                 qPrintable(weeklyPdf.left(300)));
        QVERIFY(weeklyPdf.contains(QStringLiteral("Fare dispute")));
        // The handover PDF needs a handover; none is written yet, so it says so and writes nothing.
        const Run noHandover =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("report"),
                        QStringLiteral("handover"), QStringLiteral("--out"),
                        m_dir.filePath(QStringLiteral("h.pdf"))});
        QCOMPARE(noHandover.code, 1);
        QVERIFY2(noHandover.err.contains(QStringLiteral("no handover")),
                 qPrintable(noHandover.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("h.pdf"))));
        const Run weeklyCsv =
            stationops({QStringLiteral("--data-dir"), data, QStringLiteral("report"),
                        QStringLiteral("weekly"), QStringLiteral("--week"), weekYear,
                        QStringLiteral("--out"), m_dir.filePath(QStringLiteral("w.csv"))});
        QVERIFY2(weeklyCsv.code == 0, qPrintable(weeklyCsv.err));
        QFile wc(m_dir.filePath(QStringLiteral("w.csv")));
        QVERIFY(wc.open(QIODevice::ReadOnly));
        const QString weeklyRows = QString::fromUtf8(wc.readAll());
        // The demo seeds one fare dispute at the service centre this week, taken in person.
        QVERIFY2(weeklyRows.contains(QStringLiteral("category,fare_dispute,票务纠纷,1\r\n")),
                 qPrintable(weeklyRows));
        QVERIFY(weeklyRows.contains(QStringLiteral("place,booth-area,客服中心,1\r\n")));
        const Run incPdf = stationops({QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                                       QStringLiteral("incidents"), QStringLiteral("--from"), from,
                                       QStringLiteral("--to"), to, QStringLiteral("--format"),
                                       QStringLiteral("pdf"), QStringLiteral("--out"),
                                       m_dir.filePath(QStringLiteral("n.pdf")),
                                       QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(incPdf.code == 0, qPrintable(incPdf.err));
        QProcess incText2;
        incText2.start(QStringLiteral("pdftotext"),
                       {m_dir.filePath(QStringLiteral("n.pdf")), QStringLiteral("-")});
        QVERIFY(incText2.waitForFinished(20000) && incText2.exitCode() == 0);
        const QString incPdfText = QString::fromUtf8(incText2.readAllStandardOutput());
        QVERIFY2(incPdfText.contains(QStringLiteral("Lost property")),
                 qPrintable(incPdfText.left(400)));
        QVERIFY(incPdfText.contains(QStringLiteral("137****2222")));
        const Run badWeek = stationops(
            {QStringLiteral("--data-dir"), data, QStringLiteral("report"), QStringLiteral("weekly"),
             QStringLiteral("--week"), QStringLiteral("2026-W60"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("bad.pdf"))});
        QCOMPARE(badWeek.code, 1);
        QVERIFY2(badWeek.err.contains(QStringLiteral("--week")), qPrintable(badWeek.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.pdf"))));

        // Bad requests are refused and write nothing.
        const Run badFormat = run(QStringLiteral("doc"), QStringLiteral("i.doc"));
        QCOMPARE(badFormat.code, 1);
        QVERIFY(badFormat.err.contains(QStringLiteral("csv, pdf or json")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("i.doc"))));
        const Run backwards = stationops(
            {QStringLiteral("--data-dir"), data, QStringLiteral("export"),
             QStringLiteral("inspections"), QStringLiteral("--from"), to, QStringLiteral("--to"),
             from, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("b.csv"))});
        QCOMPARE(backwards.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("b.csv"))));
    }

    void screenshotWritesEveryScreenInBothLanguages()
    {
        const QString out = m_dir.filePath(QStringLiteral("shots"));
        // Every screen twice with the software renderer: give it time on a busy machine.
        const Run r = stationops({QStringLiteral("screenshot"), QStringLiteral("--out"), out}, {},
                                 QProcessEnvironment::systemEnvironment(), 240000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (const QString &screen :
                 {QStringLiteral("signin"), QStringLiteral("home"), QStringLiteral("alarms"),
                  QStringLiteral("alarms-history"), QStringLiteral("alarms-devices"),
                  QStringLiteral("patrol"), QStringLiteral("patrol-doormap"),
                  QStringLiteral("patrol-door"), QStringLiteral("patrol-finalize"),
                  QStringLiteral("cash-sellers"), QStringLiteral("cash-open"),
                  QStringLiteral("cash-selling"), QStringLiteral("cash-signoff"),
                  QStringLiteral("lock")}) {
                const QString file = QStringLiteral("%1/%2-%3.png").arg(out, screen, lang);
                QImage image(file);
                QVERIFY2(!image.isNull(), qPrintable(file));
                QCOMPARE(image.size(), QSize(1280, 800));
            }
        }
        // The two languages draw different pixels.
        QVERIFY(test::sha256Of(out + QStringLiteral("/signin-zh_CN.png")) !=
                test::sha256Of(out + QStringLiteral("/signin-en.png")));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
