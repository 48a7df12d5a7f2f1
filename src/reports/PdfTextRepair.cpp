#include "PdfTextRepair.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QRegularExpression>

namespace so::reports {

namespace {

bool unified(char32_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

// For each code point that Qt would write for a glyph the font also uses for a common ideograph
// (CJK Unified Ideographs): that ideograph. The code points come first in Unicode order — the
// radicals, and a few Extension A characters such as U+3B35 for 胶.
QHash<ushort, ushort> lookAlikes(const QFont &font)
{
    static QMutex mutex;
    static QHash<QString, QHash<ushort, ushort>> byFamily;
    QMutexLocker lock(&mutex);
    const auto known = byFamily.constFind(font.family());
    if (known != byFamily.constEnd())
        return *known;
    const QRawFont raw = QRawFont::fromFont(font);
    QString bmp;
    for (char32_t c = 1; c < 0x10000; ++c)
        bmp += QChar::isSurrogate(c) ? QChar(u' ') : QChar(char16_t(c));
    const QList<quint32> glyphs = raw.glyphIndexesForString(bmp);
    QHash<quint32, ushort> firstOf;     // what Qt writes for the glyph
    QHash<quint32, ushort> ideographOf; // the first ideograph drawn with it
    for (int i = 0; i < glyphs.size() && i < bmp.size(); ++i) {
        const quint32 g = glyphs[i];
        const ushort c = bmp[i].unicode();
        if (g == 0 || bmp[i].isSpace())
            continue;
        if (!firstOf.contains(g))
            firstOf.insert(g, c);
        if (unified(c) && !ideographOf.contains(g))
            ideographOf.insert(g, c);
    }
    QHash<ushort, ushort> map;
    for (auto it = firstOf.cbegin(); it != firstOf.cend(); ++it) {
        const auto ideograph = ideographOf.constFind(it.key());
        if (!unified(it.value()) && ideograph != ideographOf.constEnd())
            map.insert(it.value(), *ideograph);
    }
    byFamily.insert(font.family(), map);
    return map;
}

// Overwrites the four hex digits at POS when they name a look-alike with its ideograph.
bool fix(QByteArray &pdf, qsizetype pos, const QHash<ushort, ushort> &map)
{
    bool ok = false;
    const ushort value = pdf.mid(pos, 4).toUShort(&ok, 16);
    const auto it = map.constFind(value);
    if (!ok || it == map.constEnd())
        return false;
    const QByteArray hex = QByteArray::number(*it, 16).toUpper().rightJustified(4, '0');
    for (int i = 0; i < 4; ++i)
        pdf[pos + i] = hex[i];
    return true;
}

} // namespace

int repairCjkText(QByteArray &pdf, const QFont &cjkFont)
{
    const QHash<ushort, ushort> map = lookAlikes(cjkFont);
    if (map.isEmpty())
        return 0;
    // A bfrange line: <first> <last> <value>, or <first> <last> [<value> <value> ...]. A single
    // value on a range of several glyphs counts up from it, so it is left alone unless the
    // range is one glyph.
    static const QRegularExpression range(QStringLiteral(
        "<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> (?:<([0-9A-Fa-f]{4})>|\\[([^\\]]*)\\])"));
    static const QRegularExpression element(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    int changed = 0;
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = pdf.indexOf("beginbfrange", from);
        if (begin < 0)
            break;
        const qsizetype end = pdf.indexOf("endbfrange", begin);
        if (end < 0)
            break;
        // Latin-1 keeps byte offsets equal to character offsets.
        const QString section = QString::fromLatin1(pdf.constData() + begin, end - begin);
        for (auto m = range.globalMatch(section); m.hasNext();) {
            const auto r = m.next();
            if (r.capturedStart(3) >= 0) {
                if (r.captured(1) == r.captured(2))
                    changed += fix(pdf, begin + r.capturedStart(3), map);
                continue;
            }
            const QString values = r.captured(4);
            for (auto e = element.globalMatch(values); e.hasNext();)
                changed += fix(pdf, begin + r.capturedStart(4) + e.next().capturedStart(1), map);
        }
        from = end;
    }
    return changed;
}

} // namespace so::reports
