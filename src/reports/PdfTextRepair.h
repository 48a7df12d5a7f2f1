#pragma once
// PdfTextRepair: makes the Chinese in our PDFs read back as the characters that were printed.
// Qt writes each embedded font's ToUnicode map by asking, for every code point from U+0000 up,
// which glyph draws it, and keeps the first code point found for each glyph. Noto Sans CJK draws
// the Kangxi and CJK radicals (U+2E80..U+2FDF) and a few Extension A characters with the same
// glyph as a common ideograph, and they come first, so 门 用 金 行 长 胶 were copied out as
// ⻔ ⽤ ⾦ ⾏ ⻓ 㬵 and a search for 上行 found nothing. The repair points those entries at the
// common ideograph that shares the glyph.
#include <QByteArray>

class QFont;

namespace so::reports {

// Rewrites the ToUnicode maps in PDF in place. Every value there is four hex digits and so is
// its replacement, so no object moves and the cross-reference table stays right. Returns how
// many entries were changed.
int repairCjkText(QByteArray &pdf, const QFont &cjkFont);

} // namespace so::reports
