// Golden files: what each report says, from the fixed week in ReportStation (pinned clock, real
// services, real database), compared line by line with a reviewed file in
// tests/unit/reports/golden/. PDFs are compared by their Document lines (the text in reading
// order, with style marks), CSVs as written. Record ids are random, so each UUID becomes <id1>,
// <id2>, ... in order of first appearance.
//
// When a change to a report is meant, regenerate and review the diff before committing:
//   STATIONOPS_UPDATE_GOLDEN=1 build/tests/unit/reports/tst_reportgolden
//   git diff tests/unit/reports/golden
// A failure prints the differing lines and leaves the whole new text beside the test binary
// (golden-actual/<name>), for `diff -u tests/unit/reports/golden/<name> <that file>`.
#include "CashReport.h"
#include "HandoverPdf.h"
#include "IncidentReport.h"
#include "InspectionReport.h"
#include "ReportStation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace so;

namespace {

QString normalized(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList seen;
    QString out;
    qsizetype last = 0;
    for (auto it = uuid.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (!seen.contains(m.captured()))
            seen << m.captured();
        out += text.mid(last, m.capturedStart() - last) +
               QStringLiteral("<id%1>").arg(seen.indexOf(m.captured()) + 1);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (!out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

// The lines that differ, as a unified diff would show them (longest common subsequence).
QString lineDiff(const QStringList &want, const QStringList &got)
{
    const int n = want.size(), m = got.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] =
                want[i] == got[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    int i = 0, j = 0;
    while ((i < n || j < m) && out.size() < 60) {
        if (i < n && j < m && want[i] == got[j]) {
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << QStringLiteral("-%1: %2").arg(i + 1).arg(want[i]);
            ++i;
        } else {
            out << QStringLiteral("+%1: %2").arg(j + 1).arg(got[j]);
            ++j;
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestReportGolden : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::ReportStation m_station;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // A CSV file as written: it must start with the byte-order mark Excel needs.
    QString csv(const std::function<Status(const QString &)> &write, const QString &name)
    {
        const QString path = file(name);
        const Status s = write(path);
        if (!s)
            return QStringLiteral("FAILED: ") + s.error();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("FAILED: cannot read ") + path;
        const QByteArray bytes = f.readAll();
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            return QStringLiteral("FAILED: no byte-order mark");
        return QString::fromUtf8(bytes.mid(3));
    }

    static QString lines(const Result<reports::Document> &doc)
    {
        return doc ? doc->lines().join(QLatin1Char('\n'))
                   : QStringLiteral("FAILED: ") + doc.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString e = m_station.build(m_dir.filePath(QStringLiteral("data")));
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }

    void golden_data()
    {
        QTest::addColumn<QString>("text");
        StationCore &core = m_station.core();
        AppServices &app = m_station.app();
        const reports::DateRange week{test::ReportStation::from(), test::ReportStation::to()};
        for (const QString &lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            QTest::newRow(qPrintable(QStringLiteral("inspections-%1.txt").arg(lang)))
                << lines(reports::inspectionsDocument(core, app.inspections(), week, lang));
            QTest::newRow(qPrintable(QStringLiteral("cash-%1.txt").arg(lang)))
                << lines(reports::cashDocument(core, app.cash(), week, lang));
            QTest::newRow(qPrintable(QStringLiteral("incidents-%1.txt").arg(lang)))
                << lines(reports::incidentsDocument(core, app.incidents(), week, lang));
            QTest::newRow(qPrintable(QStringLiteral("weekly-%1.txt").arg(lang))) << lines(
                reports::weeklyDocument(core, app.incidents(), test::ReportStation::week(), lang));
            auto latest = app.handover().latest();
            QTest::newRow(qPrintable(QStringLiteral("handover-%1.txt").arg(lang)))
                << (latest && latest->has_value()
                        ? lines(supervision::handoverDocument(core, **latest, lang))
                        : QStringLiteral("FAILED: no handover"));
        }
        QTest::newRow("inspections-en.csv") << csv(
            [&](const QString &p) {
                return reports::writeInspections(core, app.inspections(), week,
                                                 QStringLiteral("csv"), p, QStringLiteral("en"));
            },
            QStringLiteral("inspections-en.csv"));
        QTest::newRow("cash-zh_CN.csv") << csv(
            [&](const QString &p) {
                return reports::writeCash(core, app.cash(), week, QStringLiteral("csv"), p,
                                          QStringLiteral("zh_CN"));
            },
            QStringLiteral("cash-zh_CN.csv"));
        QTest::newRow("cash-en.csv") << csv(
            [&](const QString &p) {
                return reports::writeCash(core, app.cash(), week, QStringLiteral("csv"), p,
                                          QStringLiteral("en"));
            },
            QStringLiteral("cash-en.csv"));
        QTest::newRow("incidents-zh_CN.csv") << csv(
            [&](const QString &p) {
                return reports::writeIncidents(core, app.incidents(), week, QStringLiteral("csv"),
                                               p, QStringLiteral("zh_CN"));
            },
            QStringLiteral("incidents-zh_CN.csv"));
        QTest::newRow("weekly-en.csv") << csv(
            [&](const QString &p) {
                return reports::writeWeeklyReport(
                    core, app.incidents(), test::ReportStation::week(), p, QStringLiteral("en"));
            },
            QStringLiteral("weekly-en.csv"));
    }

    void golden()
    {
        QFETCH(QString, text);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY2(!text.startsWith(QLatin1String("FAILED")), qPrintable(text));
        const QString actual = normalized(text);
        const QString goldenPath = QStringLiteral(GOLDEN_DIR "/") + name;
        if (qEnvironmentVariableIntValue("STATIONOPS_UPDATE_GOLDEN") == 1) {
            QFile out(goldenPath);
            QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(goldenPath));
            out.write(actual.toUtf8());
            qInfo("wrote %s", qPrintable(goldenPath));
            return;
        }
        QFile f(goldenPath);
        QVERIFY2(
            f.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral(
                           "%1 is missing; make it with STATIONOPS_UPDATE_GOLDEN=1 and review it")
                           .arg(goldenPath)));
        const QString expected = QString::fromUtf8(f.readAll());
        if (expected == actual)
            return;
        QDir().mkpath(QStringLiteral("golden-actual"));
        QFile keep(QStringLiteral("golden-actual/") + name);
        if (keep.open(QIODevice::WriteOnly))
            keep.write(actual.toUtf8());
        QFAIL(qPrintable(
            QStringLiteral(
                "%1 differs from the golden file (- golden, + now):\n%2\nThe new text is in %3; "
                "if the change is meant, regenerate with STATIONOPS_UPDATE_GOLDEN=1.")
                .arg(name,
                     lineDiff(expected.split(QLatin1Char('\n')), actual.split(QLatin1Char('\n'))),
                     QFileInfo(keep).absoluteFilePath())));
    }
};

QTEST_MAIN(TestReportGolden)
#include "tst_reportgolden.moc"
