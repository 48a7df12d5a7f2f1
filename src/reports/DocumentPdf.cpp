#include "DocumentPdf.h"
#include "PdfTextRepair.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace so::reports {

namespace {

const QString kCjkFamily = QStringLiteral("Noto Sans CJK SC");

qreal pointSize(Document::Style s)
{
    switch (s) {
    case Document::Style::Title:
        return 18;
    case Document::Style::Subtitle:
        return 11;
    case Document::Style::Heading:
        return 14;
    case Document::Style::Subheading:
        return 12;
    case Document::Style::Text:
        return 10;
    case Document::Style::Small:
        return 9;
    }
    return 10;
}

QTextCharFormat charFormat(const Document::Block &b)
{
    QTextCharFormat f;
    f.setFontFamilies(QStringList{QStringLiteral("DejaVu Sans"), kCjkFamily});
    // No ligatures: "ﬃ" in "office" reads back as one character nobody searches for.
    f.setFontStyleStrategy(QFont::PreferNoShaping);
    f.setFontPointSize(pointSize(b.style));
    const bool bold = b.style == Document::Style::Title || b.style == Document::Style::Heading ||
                      b.style == Document::Style::Subheading;
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(
        Document::color(b.tone == Document::Tone::Normal && b.style == Document::Style::Subtitle
                            ? Document::Tone::Muted
                            : b.tone));
    return f;
}

QTextBlockFormat blockFormat(const Document::Block &b)
{
    QTextBlockFormat f;
    const qreal pt = pointSize(b.style);
    const bool heading =
        b.style == Document::Style::Heading || b.style == Document::Style::Subheading;
    f.setTopMargin(heading ? pt : pt * 0.3);
    f.setBottomMargin(b.style == Document::Style::Title ? pt * 0.5 : pt * 0.2);
    f.setIndent(b.indent);
    if (b.newPage)
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return f;
}

void insertRuns(QTextCursor &c, const Document::Block &b)
{
    const QTextCharFormat words = charFormat(b);
    QTextCharFormat code = words;
    code.setFontPointSize(pointSize(b.style) * 0.75);
    code.setFontWeight(QFont::Normal);
    code.setForeground(QColor(110, 110, 110));
    for (const Document::Run &r : b.runs) {
        QString t = r.text;
        t.replace(QLatin1Char('\n'), QChar::LineSeparator);
        if (r.code)
            c.insertText(QStringLiteral(" (%1)").arg(t), code);
        else
            c.insertText(t, words);
    }
}

// The width of the text on the page in the document's units (1/96 inch): A4, less the margins
// QTextDocument::print() gives an unpaginated document (2 mm + 2 cm a side).
constexpr qreal kTextWidth = (210.0 - 2 * 22.0) / 25.4 * 96;

} // namespace

QFont reportFont(qreal pointSize)
{
    QFont f;
    f.setFamilies(QStringList{QStringLiteral("DejaVu Sans"), kCjkFamily});
    f.setPointSizeF(pointSize);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

Status writePdf(const Document &doc, const QString &path)
{
    QTextDocument td;
    td.setDefaultFont(reportFont(10));
    QTextCursor c(&td);
    bool atEmptyBlock = true; // the document starts with one, and so does the text after a table
    const QList<Document::Block> &blocks = doc.blocks();
    int images = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        const Document::Block &b = blocks[i];
        if (b.bar) {
            // A chart: the bars that follow each other as a table of label, bar and figure.
            int n = 0;
            while (i + n < blocks.size() && blocks[i + n].bar)
                ++n;
            QTextTableFormat tf;
            tf.setBorder(0);
            tf.setCellPadding(2);
            tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 32),
                                          QTextLength(QTextLength::PercentageLength, 58),
                                          QTextLength(QTextLength::PercentageLength, 10)});
            if (b.newPage)
                tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextTable *table = c.insertTable(n, 3, tf);
            QImage fill(1, 1, QImage::Format_RGB32);
            fill.fill(Document::color(Document::Tone::Accent));
            const QUrl barUrl(QStringLiteral("stationops://bar"));
            td.addResource(QTextDocument::ImageResource, barUrl, fill);
            for (int row = 0; row < n; ++row) {
                const Document::Block &bar = blocks[i + row];
                QTextCursor cell = table->cellAt(row, 0).firstCursorPosition();
                insertRuns(cell, bar);
                if (bar.value > 0 && bar.max > 0) {
                    QTextImageFormat img;
                    img.setName(barUrl.toString());
                    img.setWidth(kTextWidth * 0.55 * bar.value / bar.max);
                    img.setHeight(12);
                    table->cellAt(row, 1).firstCursorPosition().insertImage(img);
                }
                QTextCursor figure = table->cellAt(row, 2).firstCursorPosition();
                figure.insertText(QString::number(bar.value), charFormat(bar));
            }
            c.movePosition(QTextCursor::End);
            atEmptyBlock = true;
            i += n - 1;
            continue;
        }
        if (atEmptyBlock)
            c.setBlockFormat(blockFormat(b));
        else
            c.insertBlock(blockFormat(b));
        atEmptyBlock = false;
        if (!b.image.isNull()) {
            const QUrl url(QStringLiteral("stationops://image/%1").arg(++images));
            td.addResource(QTextDocument::ImageResource, url, b.image);
            QTextImageFormat img;
            img.setName(url.toString());
            const qreal w = kTextWidth * b.widthShare;
            img.setWidth(w);
            img.setHeight(w * b.image.height() / qMax(1, b.image.width()));
            c.insertImage(img);
            continue;
        }
        insertRuns(c, b);
    }

    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // No margins of our own: print() then keeps 2 mm for the printer and lays the text out
        // 2 cm inside that, with the page number at the foot.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(150);
        writer.setTitle(doc.title());
        writer.setCreator(QStringLiteral("StationOps"));
        td.print(&writer);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    QByteArray bytes = f.readAll();
    if (!bytes.startsWith("%PDF"))
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    QFont cjk(kCjkFamily);
    if (repairCjkText(bytes, cjk) > 0) {
        if (!f.seek(0) || f.write(bytes) != bytes.size())
            return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    }
    return {};
}

} // namespace so::reports
