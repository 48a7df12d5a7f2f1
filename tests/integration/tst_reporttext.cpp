// Every printed report read back as a person's PDF viewer or a script reads it: the real
// `stationops export` / `report` commands on the fixed week of ReportStation, then `pdftotext`
// (poppler-utils). Amounts, dates, counts and names must come back as printed — they did not
// while Noto's own digits were used (no text behind them) and while Qt mapped 门 行 长 ... to
// look-alike radicals — and each report is in the one language asked for.
#include "ReportStation.h"

#include <QRegularExpression>
#include <QTest>

using namespace so;

namespace {

test::Run stationops(const QStringList &args)
{
    return test::runProgram(QStringLiteral(STATIONOPS_BIN), args, {}, test::offscreenEnvironment(),
                            120000);
}

} // namespace

class TestReportText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;

    // Runs the command into OUT, then pdftotext; returns the text or "FAILED: why".
    QString printed(QStringList args, const QString &out)
    {
        const QString path = m_dir.filePath(out);
        args = QStringList{QStringLiteral("--config"), test::demoConfigDir(),
                           QStringLiteral("--data-dir"), m_data} +
               args + QStringList{QStringLiteral("--out"), path};
        const test::Run run = stationops(args);
        if (run.code != 0)
            return QStringLiteral("FAILED: stationops %1: %2")
                .arg(args.join(QLatin1Char(' ')), run.err);
        const test::Run text = test::runProgram(
            QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (text.code != 0)
            return QStringLiteral("FAILED: pdftotext (poppler-utils) could not read %1: %2")
                .arg(path, text.err);
        return text.out;
    }

    static QStringList range()
    {
        return {QStringLiteral("--from"),   test::ReportStation::from().toString(Qt::ISODate),
                QStringLiteral("--to"),     test::ReportStation::to().toString(Qt::ISODate),
                QStringLiteral("--format"), QStringLiteral("pdf")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("data"));
        test::ReportStation station;
        const QString e = station.build(m_data);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        station.close();
    }

    void readsBack_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QStringList>("absent");
        const QStringList zh{QStringLiteral("--lang"), QStringLiteral("zh_CN")};
        const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};
        const QStringList inspections{QStringLiteral("export"), QStringLiteral("inspections")};
        const QStringList cash{QStringLiteral("export"), QStringLiteral("cash")};
        const QStringList incidents{QStringLiteral("export"), QStringLiteral("incidents")};
        const QStringList weekly{QStringLiteral("report"), QStringLiteral("weekly"),
                                 QStringLiteral("--week"), test::ReportStation::week()};
        const QStringList handover{QStringLiteral("report"), QStringLiteral("handover")};
        auto words = [](const char *list) {
            return QString::fromUtf8(list).split(QLatin1Char('|'));
        };

        QTest::newRow("inspections zh")
            << inspections + range() + zh
            << words("巡检记录|2026-11-23 至 2026-11-29|2026-11-24 08:25|正常 191|故障 "
                     "2|上行（往光谷）|7号门|3号门|"
                     "李娜|王强|门状态指示灯正常|门体、玻璃、胶条无损坏|85 cm|190 cm|全部正常（30 "
                     "个门）|已复核通过")
            << words("Inspection report|Door 7|P1-up D07");
        QTest::newRow("inspections en")
            << inspections + range() + en
            << words("Inspection report|2026-11-23 to 2026-11-29|2026-11-24 10:20|191 passed|Door "
                     "7|End door 1|"
                     "Up (to Guanggu)|Li Na|Wang Qiang|Pump room|85 cm")
            << words("巡检记录|7号门");
        QTest::newRow("cash zh")
            << cash + range() + zh
            << words("票款报表|A端票亭|B端票亭|张伟|刘洋|陈静|¥300.00|¥100.00|¥14.00|¥307.00|¥306."
                     "50|-¥0.50|¥6.00|"
                     "2026-11-24 06:30|2026-11-24 14:30|售票员长短款|欠款 ¥0.50|连续无差错班次")
            << words("Cash report|Seller 2001|Signed off by 3001");
        QTest::newRow("cash en") << cash + range() + en
                                 << words("Cash report|Ticket office A|Zhang Wei|Chen "
                                          "Jing|Expected ¥307.00|counted ¥306.50|variance -¥0.50|"
                                          "owes ¥0.50")
                                 << words("票款报表|TO-A ·");
        QTest::newRow("incidents zh") << incidents + range() + zh
                                      << words("客服事件|共 4 件|2026-11-24 08:15|2026-11-25 "
                                               "11:00|投诉 / 设施设备|站厅|A出入口|屏蔽门夹人夹物|"
                                               "139****1111|Refunded ¥10.00|已结案|待评估|李娜")
                                      << words("13912341111|Passenger-service incidents");
        QTest::newRow("incidents en") << incidents + range() + en
                                      << words("Passenger-service incidents|Cases: 4|Complaint / "
                                               "Facilities|Concourse|Entrance A|Lost property|"
                                               "Awaiting assessment|Chen Jing")
                                      << words("13912341111|客服事件");
        QTest::newRow("weekly zh") << weekly + zh
                                   << words("客服周报|2026-W48|2026-11-23 至 2026-11-29|共 4 件 · "
                                            "未结 3 件|33%|按时回访 1 / 1|"
                                            "站厅 · 投诉 / 设施设备：2 次|待评估")
                                   << words("Weekly service report| new ");
        QTest::newRow("weekly en")
            << weekly + en
            << words("Weekly service report|Cases: 4 · still open: 3|the station at fault: 1 "
                     "(33%)|Callbacks on time: 1 of 1|"
                     "Complaint / Facilities at Concourse: 2 times|Awaiting assessment")
            << words("客服周报| new ");
        QTest::newRow("handover zh")
            << handover + zh
            << words("交接班|陈静|李娜|2026-11-24 16:30|2026-11-24 16:40|上行屏蔽门 12号门|张伟 "
                     "(2001)|欠款 ¥0.50|B端票亭|"
                     "交班备注")
            << words("Shift handover|PSD-UP|P1-up");
        QTest::newRow("handover en") << handover + en
                                     << words("Shift handover|Chen Jing|Li Na|2026-11-24 16:30|PSD "
                                              "up side Door 12|Zhang Wei (2001)|Owes ¥0.50|"
                                              "Ticket office B")
                                     << words("交接班|PSD-UP|P1-up");
    }

    void readsBack()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, found);
        QFETCH(QStringList, absent);
        const QString name = QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString text = printed(args, name + QStringLiteral(".pdf"));
        QVERIFY2(!text.startsWith(QLatin1String("FAILED")), qPrintable(text));
        // pdftotext lays words out by their position: it pads columns with spaces and drops the
        // narrow ones between Chinese and digits ("共4件"). Search as a viewer does, spaces aside.
        QString flat = text;
        flat.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QString packed = QString(text).remove(space);
        QStringList missing, unwanted;
        for (const QString &f : found)
            if (!packed.contains(QString(f).remove(space)))
                missing << f;
        for (const QString &a : absent)
            if (flat.contains(a))
                unwanted << a;
        QVERIFY2(
            missing.isEmpty() && unwanted.isEmpty(),
            qPrintable(QStringLiteral("not found: %1\nshould not be there: %2\npdftotext read:\n%3")
                           .arg(missing.join(QStringLiteral(" | ")),
                                unwanted.join(QStringLiteral(" | ")), text.left(3000))));
        static const QRegularExpression digit(QStringLiteral("\\d"));
        QVERIFY2(flat.count(digit) > 20, "the numbers are in the text layer");
    }
};

QTEST_MAIN(TestReportText)
#include "tst_reporttext.moc"
