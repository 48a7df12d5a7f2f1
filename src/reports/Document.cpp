#include "Document.h"

namespace so::reports {

QString Document::Block::plainText() const
{
    QString s;
    for (const Run &r : runs) {
        if (r.code) {
            if (!s.isEmpty() && !s.endsWith(QLatin1Char(' ')))
                s += QLatin1Char(' ');
            s += QLatin1Char('(') + r.text + QLatin1Char(')');
        } else {
            s += r.text;
        }
    }
    return s;
}

Document::Block &Document::add(Style style, const QString &text, Tone tone)
{
    Block b;
    b.style = style;
    b.tone = tone;
    if (!text.isEmpty())
        b.runs << Run{text, false};
    b.newPage = m_breakNext;
    m_breakNext = false;
    m_blocks << b;
    return m_blocks.last();
}

Document::Block &Document::bar(const QString &label, int value, int max)
{
    Block &b = add(Style::Text, label);
    b.bar = true;
    b.value = value;
    b.max = max;
    return b;
}

Document::Block &Document::image(const QImage &image, const QString &alt, qreal widthShare)
{
    Block &b = add(Style::Text);
    b.image = image;
    b.alt = alt;
    b.widthShare = widthShare;
    return b;
}

QStringList Document::lines() const
{
    QStringList out;
    for (const Block &b : m_blocks) {
        if (b.newPage)
            out << QStringLiteral("=== new page ===");
        QString mark;
        switch (b.style) {
        case Style::Title:
            mark = QStringLiteral("# ");
            break;
        case Style::Heading:
            mark = QStringLiteral("## ");
            break;
        case Style::Subheading:
            mark = QStringLiteral("### ");
            break;
        case Style::Small:
            mark = QStringLiteral("· ");
            break;
        case Style::Subtitle:
        case Style::Text:
            break;
        }
        static const char *const tones[] = {"",       "[muted] ",   "[good] ",
                                            "[bad] ", "[warning] ", "[accent] "};
        const QString prefix =
            QString(b.indent * 4, QLatin1Char(' ')) + mark + QLatin1String(tones[int(b.tone)]);
        if (!b.image.isNull() || !b.alt.isEmpty()) {
            out << prefix + QStringLiteral("[picture: %1]").arg(b.alt);
            continue;
        }
        QString text = b.plainText();
        if (b.bar)
            text = QStringLiteral("[bar %1/%2] %3").arg(b.value).arg(b.max).arg(text);
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (int i = 0; i < parts.size(); ++i)
            out << (i == 0 ? prefix : QString(prefix.size(), QLatin1Char(' '))) + parts[i];
    }
    return out;
}

QColor Document::color(Tone tone)
{
    switch (tone) {
    case Tone::Normal:
        break;
    case Tone::Muted:
        return QColor(90, 90, 90);
    case Tone::Good:
        return QColor(46, 125, 50);
    case Tone::Bad:
        return QColor(198, 40, 40);
    case Tone::Warning:
        return QColor(191, 84, 0);
    case Tone::Accent:
        return QColor(21, 101, 192);
    }
    return QColor(Qt::black);
}

} // namespace so::reports
