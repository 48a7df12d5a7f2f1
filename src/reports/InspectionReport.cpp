#include "InspectionReport.h"
#include "ChecklistRules.h"
#include "DocumentPdf.h"
#include "InspectionService.h"
#include "PhotoStore.h"
#include "ReportContext.h"
#include "ReportFile.h"
#include "StationCore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace so::reports {

using namespace checklists;

namespace {

struct Loaded
{
    InspectionRecord record;
    ChecklistTemplate tmpl; // the version it was done with
    Answers answers;
    QStringList doors;
    QByteArray signature;
    qint64 correctsFinishedAt = 0; // when the inspection it corrects was finished
};

Status checkRange(const DateRange &range)
{
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return fail(QStringLiteral("give --from and --to as YYYY-MM-DD, from not after to"));
    return {};
}

Result<QList<Loaded>> load(StationCore &core, InspectionService &service, const DateRange &range)
{
    if (Status s = checkRange(range); !s)
        return Error{s.error()};
    const QTimeZone tz = core.config().timeZone;
    const qint64 from = QDateTime(range.from, QTime(0, 0), tz).toMSecsSinceEpoch();
    const qint64 to = QDateTime(range.to.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch();
    auto records = service.store().inspections(from, to, 100000);
    if (!records)
        return Error{records.error()};
    QList<Loaded> out;
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        auto json = service.store().templateJson(it->id);
        if (!json)
            return Error{json.error()};
        auto t =
            ChecklistTemplate::fromJson(QJsonDocument::fromJson(json->toUtf8()).object(),
                                        QStringLiteral("inspection %1").arg(it->id), core.config());
        if (!t)
            return Error{t.error()};
        auto answers = service.store().answers(it->id);
        if (!answers)
            return Error{answers.error()};
        auto signature = service.store().signaturePng(it->id);
        if (!signature)
            return Error{signature.error()};
        Loaded l{*it,
                 t.take(),
                 answers.take(),
                 service.doorsOf(it->targetKind, it->targetId),
                 signature.take(),
                 0};
        if (!it->revisionOf.isEmpty()) {
            auto earlier = service.store().inspection(it->revisionOf);
            if (!earlier)
                return Error{earlier.error()};
            if (earlier->has_value())
                l.correctsFinishedAt = (*earlier)->finishedAt;
        }
        out << l;
    }
    return out;
}

QString answerWords(const ReportContext &cx, const ItemDef &item, const QString &value)
{
    if (item.type == ItemType::PassFail)
        return value == QLatin1String("pass") ? cx.say(QT_TRANSLATE_NOOP("Report", "Pass"))
               : value == QLatin1String("fail")
                   ? cx.say(QT_TRANSLATE_NOOP("Report", "Fail"))
                   : cx.say(QT_TRANSLATE_NOOP("Report", "Not applicable"));
    if (item.type == ItemType::Choice || item.type == ItemType::MultiChoice) {
        QStringList words;
        for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            for (const ChoiceOption &o : item.options)
                if (o.id == v)
                    words << cx.name(o.text);
        return words.join(QStringLiteral(", "));
    }
    return item.unit.isEmpty() ? value : value + QLatin1Char(' ') + item.unit;
}

QString reviewWords(const ReportContext &cx, const InspectionRecord &r)
{
    if (r.review == QLatin1String("approved"))
        return cx.say(QT_TRANSLATE_NOOP("Report", "Approved"));
    if (r.review == QLatin1String("sent_back"))
        return cx.say(QT_TRANSLATE_NOOP("Report", "Sent back: %1")).arg(r.reviewComment);
    return cx.say(QT_TRANSLATE_NOOP("Report", "Awaiting review"));
}

// What an inspection was of: a platform side, an area or the station.
QString targetName(const ReportContext &cx, const InspectionRecord &r)
{
    return cx.name(cx.names().place(r.targetId));
}

Status writeCsv(const ReportContext &cx, const QList<Loaded> &all, const QString &path)
{
    const QStringList header{QStringLiteral("inspection_id"),  QStringLiteral("finished_local"),
                             QStringLiteral("checklist"),      QStringLiteral("checklist_name"),
                             QStringLiteral("version"),        QStringLiteral("target"),
                             QStringLiteral("target_name"),    QStringLiteral("inspector"),
                             QStringLiteral("inspector_name"), QStringLiteral("section"),
                             QStringLiteral("section_name"),   QStringLiteral("door"),
                             QStringLiteral("door_name"),      QStringLiteral("item"),
                             QStringLiteral("item_name"),      QStringLiteral("answer"),
                             QStringLiteral("answer_text"),    QStringLiteral("note"),
                             QStringLiteral("photo_sha256"),   QStringLiteral("review"),
                             QStringLiteral("review_text")};
    QList<QStringList> rows;
    for (const Loaded &l : all) {
        const QString target = targetName(cx, l.record);
        const QString inspector = cx.staff(l.record.createdBy);
        const QString review = reviewWords(cx, l.record);
        for (const SectionDef &s : l.tmpl.sections)
            for (const QString &asset : assetsFor(s, l.doors))
                for (const ItemDef &item : s.items) {
                    const auto a = l.answers.constFind(AnswerKey{s.id, asset, item.id});
                    if (a == l.answers.constEnd())
                        continue;
                    rows << QStringList{l.record.id,
                                        cx.local(l.record.finishedAt),
                                        l.tmpl.id,
                                        cx.name(l.tmpl.name),
                                        QString::number(l.tmpl.version),
                                        l.record.targetId,
                                        target,
                                        l.record.createdBy,
                                        inspector,
                                        s.id,
                                        cx.name(s.title),
                                        asset,
                                        asset.isEmpty() ? QString()
                                                        : cx.name(cx.names().door(asset)),
                                        item.id,
                                        cx.name(item.text),
                                        a->value,
                                        answerWords(cx, item, a->value),
                                        a->note,
                                        a->photoSha256,
                                        l.record.review,
                                        review};
                }
    }
    return reports::writeCsv(path, header, rows);
}

Status writeJson(const ReportContext &cx, const QList<Loaded> &all, const QString &path)
{
    auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    QJsonArray list;
    for (const Loaded &l : all) {
        QJsonArray answers;
        for (auto it = l.answers.cbegin(); it != l.answers.cend(); ++it)
            answers << QJsonObject{{QStringLiteral("section"), it.key().section},
                                   {QStringLiteral("door"), it.key().asset},
                                   {QStringLiteral("item"), it.key().item},
                                   {QStringLiteral("value"), it->value},
                                   {QStringLiteral("note"), it->note},
                                   {QStringLiteral("photo_sha256"), it->photoSha256},
                                   {QStringLiteral("answered_by"), it->answeredBy}};
        list << QJsonObject{{QStringLiteral("id"), l.record.id},
                            {QStringLiteral("checklist"), l.tmpl.id},
                            {QStringLiteral("checklist_name"), cx.name(l.tmpl.name)},
                            {QStringLiteral("version"), l.tmpl.version},
                            {QStringLiteral("target"), l.record.targetId},
                            {QStringLiteral("target_name"), targetName(cx, l.record)},
                            {QStringLiteral("inspector"), l.record.createdBy},
                            {QStringLiteral("inspector_name"), cx.staff(l.record.createdBy)},
                            {QStringLiteral("started_utc"), utc(l.record.startedAt)},
                            {QStringLiteral("finished_utc"), utc(l.record.finishedAt)},
                            {QStringLiteral("finished_local"), cx.local(l.record.finishedAt)},
                            {QStringLiteral("passed"), l.record.passed},
                            {QStringLiteral("failed"), l.record.failed},
                            {QStringLiteral("not_applicable"), l.record.notApplicable},
                            {QStringLiteral("review"), l.record.review},
                            {QStringLiteral("revision_of"), l.record.revisionOf},
                            {QStringLiteral("answers"), answers}};
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(list).toJson(QJsonDocument::Indented)) < 0)
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

Document document(StationCore &core, const ReportContext &cx, const QList<Loaded> &all,
                  const DateRange &range)
{
    using S = Document::Style;
    using T = Document::Tone;
    Document doc(cx.say(QT_TRANSLATE_NOOP("Report", "Inspection report")), cx.language());
    doc.add(S::Title, doc.title());
    doc.add(S::Subtitle, cx.say(QT_TRANSLATE_NOOP("Report", "%1 · %2 to %3"))
                             .arg(cx.stationName(), cx.date(range.from), cx.date(range.to)));
    if (all.isEmpty())
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "No inspections in this period.")));
    PhotoStore photos(core);
    for (const Loaded &l : all) {
        doc.pageBreak();
        doc.add(S::Heading, cx.say(QT_TRANSLATE_NOOP("Report", "%1 (version %2)"))
                                .arg(cx.name(l.tmpl.name))
                                .arg(l.tmpl.version));
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Target: %1")).arg(targetName(cx, l.record)))
            .code(l.record.targetId);
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Inspector: %1"))
                             .arg(cx.staff(l.record.createdBy)))
            .code(l.record.createdBy);
        doc.add(S::Text, cx.say(QT_TRANSLATE_NOOP("Report", "Started %1 · finished %2"))
                             .arg(cx.local(l.record.startedAt), cx.local(l.record.finishedAt)));
        doc.add(S::Text,
                cx.say(QT_TRANSLATE_NOOP("Report", "Review: %1")).arg(reviewWords(cx, l.record)),
                l.record.review == QLatin1String("sent_back") ? T::Warning : T::Normal);
        doc.add(
            S::Text,
            cx.say(QT_TRANSLATE_NOOP("Report", "Result: %1 passed · %2 failed · %3 not applicable"))
                .arg(l.record.passed)
                .arg(l.record.failed)
                .arg(l.record.notApplicable),
            l.record.failed > 0 ? T::Bad : T::Good);
        if (!l.record.revisionOf.isEmpty())
            doc.add(S::Text,
                    cx.say(QT_TRANSLATE_NOOP("Report", "Corrects the inspection finished %1"))
                        .arg(cx.local(l.correctsFinishedAt)));
        for (const SectionDef &s : l.tmpl.sections) {
            doc.add(S::Subheading, cx.name(s.title), T::Accent);
            if (s.repeat == QLatin1String("door")) {
                // One block per door that had a finding; the doors that passed in one line.
                QStringList passed;
                for (const QString &door : l.doors) {
                    QStringList issues;
                    for (const ItemDef &item : s.items) {
                        const auto a = l.answers.constFind(AnswerKey{s.id, door, item.id});
                        if (a != l.answers.constEnd() && a->value != QLatin1String("pass"))
                            issues << cx.say(QT_TRANSLATE_NOOP("Report", "%1: %2"))
                                              .arg(cx.name(item.text),
                                                   answerWords(cx, item, a->value)) +
                                          (a->note.isEmpty() ? QString()
                                                             : QStringLiteral(" — ") + a->note);
                    }
                    const QString name = cx.name(cx.names().door(door));
                    if (issues.isEmpty()) {
                        passed << name;
                        continue;
                    }
                    doc.add(S::Text, name, T::Bad).code(door);
                    for (const QString &issue : issues)
                        doc.add(S::Text, issue, T::Bad).indented();
                }
                if (!passed.isEmpty())
                    doc.add(S::Text,
                            cx.say(QT_TRANSLATE_NOOP("Report", "Passed (%1 doors): %2"))
                                .arg(passed.size())
                                .arg(passed.join(QStringLiteral(" · "))),
                            T::Good);
                continue;
            }
            for (const ItemDef &item : s.items) {
                const auto a = l.answers.constFind(AnswerKey{s.id, QString(), item.id});
                if (a == l.answers.constEnd())
                    continue;
                doc.add(S::Text,
                        cx.say(QT_TRANSLATE_NOOP("Report", "%1: %2"))
                                .arg(cx.name(item.text), answerWords(cx, item, a->value)) +
                            (a->note.isEmpty() ? QString() : QStringLiteral(" — ") + a->note),
                        a->value == QLatin1String("fail") ? T::Bad : T::Normal);
            }
        }
        // Pictures of what failed, in the template's order.
        for (const SectionDef &s : l.tmpl.sections)
            for (const QString &asset : assetsFor(s, l.doors))
                for (const ItemDef &item : s.items) {
                    const auto a = l.answers.constFind(AnswerKey{s.id, asset, item.id});
                    if (a == l.answers.constEnd() || a->photoSha256.isEmpty())
                        continue;
                    const QString where =
                        asset.isEmpty()
                            ? cx.name(item.text)
                            : cx.say(QT_TRANSLATE_NOOP("Report", "%1: %2"))
                                  .arg(cx.name(cx.names().door(asset)), cx.name(item.text));
                    doc.add(S::Small, cx.say(QT_TRANSLATE_NOOP("Report", "Photo: %1")).arg(where));
                    const QImage photo(photos.path(a->photoSha256));
                    if (photo.isNull())
                        doc.add(S::Small,
                                cx.say(QT_TRANSLATE_NOOP("Report", "(the picture is missing)")),
                                T::Bad);
                    else
                        doc.image(photo, where, 0.5);
                }
        doc.add(S::Small, cx.say(QT_TRANSLATE_NOOP("Report", "Signature")));
        const QImage signature = QImage::fromData(l.signature, "PNG");
        if (!signature.isNull())
            doc.image(signature, cx.say(QT_TRANSLATE_NOOP("Report", "Signature")), 0.33);
    }
    return doc;
}

} // namespace

Result<Document> inspectionsDocument(StationCore &core, InspectionService &service,
                                     const DateRange &range, const QString &language)
{
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto all = load(core, service, range);
    if (!all)
        return Error{all.error()};
    return document(core, *cx, *all, range);
}

Status writeInspections(StationCore &core, InspectionService &service, const DateRange &range,
                        const QString &format, const QString &path, const QString &language)
{
    if (!QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("pdf")}.contains(
            format))
        return fail(QStringLiteral("--format takes csv, pdf or json, not \"%1\"").arg(format));
    auto cx = ReportContext::open(core, language);
    if (!cx)
        return Error{cx.error()};
    auto all = load(core, service, range);
    if (!all)
        return Error{all.error()};
    ReportFile file(path);
    Status s;
    if (format == QLatin1String("csv"))
        s = writeCsv(*cx, *all, file.partPath());
    else if (format == QLatin1String("json"))
        s = writeJson(*cx, *all, file.partPath());
    else
        s = writePdf(document(core, *cx, *all, range), file.partPath());
    if (!s)
        return s;
    return file.commit();
}

} // namespace so::reports
