#pragma once
// DocumentPdf: draws a Document on A4 pages with page numbers, in a text layer that pdftotext, a
// viewer's search and copy read back as printed — digits and Chinese included.
#include "Document.h"
#include "Result.h"

#include <QFont>

namespace so::reports {

// Writes DOC to PATH (the caller's .part file; see ReportFile).
Status writePdf(const Document &doc, const QString &path);

// The report font: Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC.
// Noto's own digits lose their text (Qt maps them to no character), so they must not be used.
QFont reportFont(qreal pointSize);

} // namespace so::reports
