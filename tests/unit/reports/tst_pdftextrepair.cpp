// PdfTextRepair on a ToUnicode map as Qt writes one: radicals that share a glyph with an
// ideograph become that ideograph, in place; everything else is left byte for byte.
#include "PdfTextRepair.h"

#include <QFont>
#include <QGuiApplication>
#include <QTest>

using namespace so::reports;

class TestPdfTextRepair : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void radicalsBecomeTheIdeographsPrinted()
    {
        // ⻔ U+2ED4 is drawn with 门's glyph, ⾏ U+2F8F with 行's, ⽤ U+2F64 with 用's.
        const QByteArray before = "%PDF-1.4\n1 0 obj\n<< /Length 200 >>\nstream\nbegincmap\n"
                                  "4 beginbfrange\n"
                                  "<0000> <0000> <0000>\n"
                                  "<0001> <0001> <2ED4>\n"
                                  "<0002> <0005> [<0030> <2F8F> <4E0A> <2F64> ]\n"
                                  "<0006> <0008> <2ED4>\n"
                                  "endbfrange\nendcmap\nendstream\nendobj\n";
        QByteArray pdf = before;
        const int changed = repairCjkText(pdf, QFont(QStringLiteral("Noto Sans CJK SC")));
        QCOMPARE(changed, 3);
        QCOMPARE(pdf.size(), before.size());
        QVERIFY(pdf.contains("<0001> <0001> <95E8>\n"));
        QVERIFY(pdf.contains("<0002> <0005> [<0030> <884C> <4E0A> <7528> ]\n"));
        // A single value on a range of glyphs counts up from it: not a character to replace.
        QVERIFY(pdf.contains("<0006> <0008> <2ED4>\n"));
    }

    void nothingOutsideTheMaps()
    {
        QByteArray pdf =
            "%PDF-1.4\n<2ED4> <2ED4> <2ED4>\nbeginbfrange\n<0001> <0001> <0041>\nendbfrange\n";
        const QByteArray before = pdf;
        QCOMPARE(repairCjkText(pdf, QFont(QStringLiteral("Noto Sans CJK SC"))), 0);
        QCOMPARE(pdf, before);
    }
};

QTEST_MAIN(TestPdfTextRepair)
#include "tst_pdftextrepair.moc"
