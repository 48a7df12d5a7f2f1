#include "HandoverPdf.h"
#include "DocumentPdf.h"
#include "ReportContext.h"
#include "ReportFile.h"
#include "StationCore.h"

namespace so::supervision {

using reports::Document;

Result<Document> handoverDocument(StationCore &core, const Handover &h, const QString &language)
{
    using S = Document::Style;
    using T = Document::Tone;
    auto opened = reports::ReportContext::open(core, language);
    if (!opened)
        return Error{opened.error()};
    const reports::ReportContext &cx = *opened;
    Document doc(cx.say(QT_TRANSLATE_NOOP("Report", "Shift handover")), cx.language());
    doc.add(S::Title, doc.title());
    doc.add(S::Subtitle, cx.stationName());
    doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Handed over by %1")).arg(cx.staff(h.by)))
        .code(h.by)
        .then(QStringLiteral(" · ") + cx.local(h.at));
    if (h.acknowledged())
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Acknowledged by %1")).arg(cx.staff(h.ackBy)))
            .code(h.ackBy)
            .then(QStringLiteral(" · ") + cx.local(h.ackAt));
    else
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Not yet acknowledged by the incoming person")),
                T::Warning);
    const QList<std::pair<QString, const char *>> jobs{
        {QStringLiteral("alarms"), QT_TRANSLATE_NOOP("Report", "Device alarms")},
        {QStringLiteral("patrol"), QT_TRANSLATE_NOOP("Report", "Patrols and follow-ups")},
        {QStringLiteral("cash"), QT_TRANSLATE_NOOP("Report", "Ticket cash")},
        {QStringLiteral("incidents"), QT_TRANSLATE_NOOP("Report", "Passenger service")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Report", "Notes")}};
    for (const auto &[job, heading] : jobs) {
        QList<OpenItem> items;
        for (const OpenItem &i : h.items)
            if (i.job == job)
                items << i;
        doc.add(
            S::Heading,
            cx.say(QT_TRANSLATE_NOOP("Report", "%1 (%2)")).arg(cx.say(heading)).arg(items.size()));
        if (items.isEmpty())
            doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "None")), T::Muted).indented();
        for (const OpenItem &i : items) {
            const QString title = cx.name(i.title);
            doc.add(S::Subheading,
                    i.priority > 0 ? QStringLiteral("P%1 %2").arg(i.priority).arg(title) : title,
                    i.overdue(h.at) ? T::Bad : T::Normal);
            QStringList facts;
            // A note's detail is the staff number of the person who wrote it.
            const QString detail = i.kind == QLatin1String("note")
                                       ? NameBook::withCode(cx.staff(i.detail.en), i.detail.en)
                                       : cx.name(i.detail);
            if (!detail.isEmpty() && detail != title)
                facts << detail;
            if (i.since > 0)
                facts << cx.say(QT_TRANSLATE_NOOP("Report", "since %1")).arg(cx.local(i.since));
            if (i.due > 0)
                facts << cx.say(QT_TRANSLATE_NOOP("Report", "due %1")).arg(cx.local(i.due));
            if (i.carriedSince > 0)
                facts << cx.say(QT_TRANSLATE_NOOP("Report", "carried since the handover of %1"))
                             .arg(cx.local(i.carriedSince));
            if (!facts.isEmpty())
                doc.add(S::Small, facts.join(QStringLiteral(" · ")), T::Muted).indented();
        }
    }
    return doc;
}

Status writeHandoverPdf(StationCore &core, const Handover &h, const QString &path,
                        const QString &language)
{
    auto doc = handoverDocument(core, h, language);
    if (!doc)
        return Error{doc.error()};
    reports::ReportFile file(path);
    if (Status s = reports::writePdf(*doc, file.partPath()); !s)
        return s;
    return file.commit();
}

} // namespace so::supervision
