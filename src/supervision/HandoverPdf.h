#pragma once
// HandoverPdf: one handover on A4 — who handed over to whom and when, then every item by job as
// it was handed over, marked where it was carried from an earlier shift. The record keeps each
// item in Chinese and English; the PDF prints the one language asked for.
#include "Document.h"
#include "HandoverStore.h"

namespace so {
class StationCore;
}

namespace so::supervision {

// LANGUAGE "zh_CN" or "en"; empty: the station's default language.
Status writeHandoverPdf(StationCore &core, const Handover &handover, const QString &path,
                        const QString &language = {});
// What the PDF says.
Result<reports::Document> handoverDocument(StationCore &core, const Handover &handover,
                                           const QString &language);

} // namespace so::supervision
