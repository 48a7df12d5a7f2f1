// libFuzzer: arbitrary bytes as station.json (first byte 0) or as a checklist template (1),
// through the JSON parser and the loaders' checks. A load either succeeds or says why.
#include "ChecklistTemplate.h"
#include "StationConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

using namespace so;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const StationConfig station = StationConfig::load(QStringLiteral(CONFIG_DIR)).value();
    if (size < 1)
        return 0;
    const QByteArray json(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        return 0;
    if (data[0] % 2 == 0) {
        auto s = StationConfig::fromJson(doc.object(), QStringLiteral("station.json"));
        if (!s && s.error().isEmpty())
            std::abort();
        if (s && (s->areas.isEmpty() || s->lines.isEmpty()))
            std::abort(); // a station without areas or lines must have been refused
    } else {
        auto t = checklists::ChecklistTemplate::fromJson(doc.object(), QStringLiteral("fuzz.json"),
                                                         station);
        if (!t && t.error().isEmpty())
            std::abort();
        if (t && t->sections.isEmpty())
            std::abort();
    }
    return 0;
}
