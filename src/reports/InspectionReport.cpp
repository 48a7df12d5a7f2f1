#include "InspectionReport.h"
#include "ChecklistRules.h"
#include "DoorLayout.h"
#include "InspectionService.h"
#include "ReportFile.h"
#include "StationCore.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

namespace so::reports {

using namespace checklists;

namespace {

struct Loaded
{
    InspectionRecord record;
    ChecklistTemplate tmpl;     // the version it was done with
    Answers answers;
    QStringList doors;
    QByteArray signature;
};

Result<QList<Loaded>> load(StationCore &core, InspectionService &service, const DateRange &range)
{
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
        auto t = ChecklistTemplate::fromJson(QJsonDocument::fromJson(json->toUtf8()).object(),
                                             QStringLiteral("inspection %1").arg(it->id), core.config());
        if (!t)
            return Error{t.error()};
        auto answers = service.store().answers(it->id);
        if (!answers)
            return Error{answers.error()};
        auto sig = core.db().exec(QStringLiteral("SELECT signature_png FROM inspection WHERE id=?"), {it->id});
        QByteArray png = sig && sig->next() ? sig->value(0).toByteArray() : QByteArray();
        out << Loaded{*it, t.take(), answers.take(), service.doorsOf(it->targetKind, it->targetId), png};
    }
    return out;
}

QString local(StationCore &core, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(core.config().timeZone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString answerWords(const ItemDef &item, const QString &value)
{
    if (item.type == ItemType::PassFail)
        return value == QLatin1String("pass") ? QStringLiteral("正常 Pass")
               : value == QLatin1String("fail") ? QStringLiteral("故障 Fail")
                                                : QStringLiteral("不适用 N/A");
    if (item.type == ItemType::Choice || item.type == ItemType::MultiChoice) {
        QStringList words;
        for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            for (const ChoiceOption &o : item.options)
                if (o.id == v)
                    words << o.text.zh + QLatin1Char(' ') + o.text.en;
        return words.join(QStringLiteral("; "));
    }
    return item.unit.isEmpty() ? value : value + QLatin1Char(' ') + item.unit;
}

Status writeCsv(StationCore &core, const QList<Loaded> &all, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    QTextStream out(&f);
    out.setEncoding(QStringConverter::Utf8);
    out.setGenerateByteOrderMark(true); // Excel reads UTF-8 Chinese only with the BOM
    const QStringList header{QStringLiteral("inspection_id"), QStringLiteral("finished_local"), QStringLiteral("checklist"),
                             QStringLiteral("version"), QStringLiteral("target"), QStringLiteral("inspector"),
                             QStringLiteral("section"), QStringLiteral("door"), QStringLiteral("item"),
                             QStringLiteral("item_zh"), QStringLiteral("item_en"), QStringLiteral("answer"),
                             QStringLiteral("note"), QStringLiteral("photo_sha256"), QStringLiteral("review")};
    out << header.join(QLatin1Char(',')) << "\r\n";
    for (const Loaded &l : all) {
        for (const SectionDef &s : l.tmpl.sections)
            for (const QString &asset : assetsFor(s, l.doors))
                for (const ItemDef &item : s.items) {
                    const auto a = l.answers.constFind(AnswerKey{s.id, asset, item.id});
                    if (a == l.answers.constEnd())
                        continue;
                    const QStringList row{l.record.id, local(core, l.record.finishedAt), l.tmpl.id,
                                          QString::number(l.tmpl.version), l.record.targetId, l.record.createdBy,
                                          s.id, asset, item.id, item.text.zh, item.text.en, a->value, a->note,
                                          a->photoSha256, l.record.review};
                    QStringList cells;
                    for (const QString &c : row)
                        cells << csvField(c);
                    out << cells.join(QLatin1Char(',')) << "\r\n";
                }
    }
    out.flush();
    return f.error() == QFile::NoError ? Status() : Status(fail(QStringLiteral("%1: %2").arg(path, f.errorString())));
}

Status writeJson(StationCore &core, const QList<Loaded> &all, const QString &path)
{
    QJsonArray list;
    for (const Loaded &l : all) {
        QJsonArray answers;
        for (auto it = l.answers.cbegin(); it != l.answers.cend(); ++it)
            answers << QJsonObject{{QStringLiteral("section"), it.key().section}, {QStringLiteral("door"), it.key().asset},
                                   {QStringLiteral("item"), it.key().item}, {QStringLiteral("value"), it->value},
                                   {QStringLiteral("note"), it->note}, {QStringLiteral("photo_sha256"), it->photoSha256},
                                   {QStringLiteral("answered_by"), it->answeredBy}};
        list << QJsonObject{{QStringLiteral("id"), l.record.id}, {QStringLiteral("checklist"), l.tmpl.id},
                            {QStringLiteral("version"), l.tmpl.version}, {QStringLiteral("target"), l.record.targetId},
                            {QStringLiteral("inspector"), l.record.createdBy},
                            {QStringLiteral("started_utc"), QDateTime::fromMSecsSinceEpoch(l.record.startedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
                            {QStringLiteral("finished_utc"), QDateTime::fromMSecsSinceEpoch(l.record.finishedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
                            {QStringLiteral("finished_local"), local(core, l.record.finishedAt)},
                            {QStringLiteral("passed"), l.record.passed}, {QStringLiteral("failed"), l.record.failed},
                            {QStringLiteral("not_applicable"), l.record.notApplicable},
                            {QStringLiteral("review"), l.record.review}, {QStringLiteral("revision_of"), l.record.revisionOf},
                            {QStringLiteral("answers"), answers}};
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(list).toJson(QJsonDocument::Indented)) < 0)
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

// A page at a time, top to bottom.
class Pages
{
public:
    Pages(QPdfWriter &w, QPainter &p) : m_w(w), m_p(p)
    {
        m_width = w.width();
        m_height = w.height();
    }
    int width() const { return m_width; }
    void need(int h)
    {
        if (m_y + h > m_height) {
            m_w.newPage();
            m_y = 0;
        }
    }
    void text(const QString &t, int pt, bool bold = false, QColor color = Qt::black, int indent = 0)
    {
        QFont f(QStringLiteral("Noto Sans CJK SC"));
        f.setPointSize(pt);
        f.setBold(bold);
        m_p.setFont(f);
        m_p.setPen(color);
        const QRect r = m_p.boundingRect(QRect(indent, 0, m_width - indent, 100000), Qt::TextWordWrap, t);
        need(r.height());
        m_p.drawText(QRect(indent, m_y, m_width - indent, r.height()), Qt::TextWordWrap, t);
        m_y += r.height() + pt * 2;
    }
    void image(const QImage &img, int w)
    {
        const int h = img.height() * w / qMax(1, img.width());
        need(h);
        m_p.drawImage(QRect(0, m_y, w, h), img);
        m_y += h + 20;
    }
    void gap(int h) { m_y += h; }
    int &y() { return m_y; }
    QPainter &painter() { return m_p; }

private:
    QPdfWriter &m_w;
    QPainter &m_p;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

Status writePdf(StationCore &core, const QList<Loaded> &all, const DateRange &range, const QString &path)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    w.setResolution(150);
    w.setTitle(QStringLiteral("巡检记录 Inspection report"));
    w.setCreator(QStringLiteral("StationOps"));
    QPainter p;
    if (!p.begin(&w))
        return fail(QStringLiteral("%1: the PDF cannot be written").arg(path));
    Pages pg(w, p);
    const StationConfig &st = core.config();
    pg.text(QStringLiteral("巡检记录 Inspection report"), 18, true);
    pg.text(QStringLiteral("%1 %2 · %3 – %4").arg(st.name.zh, st.name.en, range.from.toString(Qt::ISODate),
                                                     range.to.toString(Qt::ISODate)),
            11, false, QColor(80, 80, 80));
    if (all.isEmpty())
        pg.text(QStringLiteral("此期间没有巡检记录。 No inspections in this period."), 11);
    bool first = true;
    for (const Loaded &l : all) {
        if (!first) {
            w.newPage();
            pg.y() = 0;
        }
        first = false;
        pg.text(QStringLiteral("%1 / %2 (v%3)").arg(l.tmpl.name.zh, l.tmpl.name.en).arg(l.tmpl.version), 15, true);
        QString target = l.record.targetId;
        const PlatformSide *side = nullptr;
        if (const Platform *pl = platformOfSide(st, l.record.targetId, &side))
            target = QStringLiteral("%1 %2 / %3, %4").arg(pl->name.zh, side->name.zh, pl->name.en, side->name.en);
        else if (const Area *a = st.area(l.record.targetId))
            target = a->name.zh + QStringLiteral(" / ") + a->name.en;
        const QString review = l.record.review == QLatin1String("approved")    ? QStringLiteral("已复核通过 Approved")
                               : l.record.review == QLatin1String("sent_back") ? QStringLiteral("退回修改 Sent back: ") + l.record.reviewComment
                                                                                : QStringLiteral("待复核 Awaiting review");
        pg.text(QStringLiteral("对象 Target: %1\n检查人 Inspector: %2\n开始 Started: %3    完成 Finished: %4\n复核 Review: %5\n"
                               "结果 Result: 正常 %6 pass · 故障 %7 fail · 不适用 %8 n/a%9")
                    .arg(target, l.record.createdBy, local(core, l.record.startedAt), local(core, l.record.finishedAt), review)
                    .arg(l.record.passed)
                    .arg(l.record.failed)
                    .arg(l.record.notApplicable)
                    .arg(l.record.revisionOf.isEmpty() ? QString() : QStringLiteral("\n更正 Corrects: ") + l.record.revisionOf),
                10);
        for (const SectionDef &s : l.tmpl.sections) {
            pg.text(s.title.zh + QStringLiteral(" / ") + s.title.en, 12, true, QColor(21, 101, 192));
            if (s.repeat == QLatin1String("door")) {
                // One line per door: its result; details only for what was not a pass.
                QStringList passed;
                for (const QString &door : l.doors) {
                    QStringList issues;
                    for (const ItemDef &item : s.items) {
                        const auto a = l.answers.constFind(AnswerKey{s.id, door, item.id});
                        if (a != l.answers.constEnd() && a->value != QLatin1String("pass"))
                            issues << QStringLiteral("%1 / %2: %3%4").arg(item.text.zh, item.text.en, answerWords(item, a->value),
                                                                        a->note.isEmpty() ? QString() : QStringLiteral(" — ") + a->note);
                    }
                    if (issues.isEmpty())
                        passed << door;
                    else
                        pg.text(QStringLiteral("%1  %2").arg(door, issues.join(QStringLiteral("\n     "))), 10, false,
                                QColor(198, 40, 40));
                }
                pg.text(QStringLiteral("全部正常 All pass: ") + passed.join(QStringLiteral(" ")), 10, false, QColor(46, 125, 50));
            } else {
                for (const ItemDef &item : s.items) {
                    const auto a = l.answers.constFind(AnswerKey{s.id, QString(), item.id});
                    if (a == l.answers.constEnd())
                        continue;
                    const bool bad = a->value == QLatin1String("fail");
                    pg.text(QStringLiteral("%1 / %2:  %3%4").arg(item.text.zh, item.text.en, answerWords(item, a->value),
                                                               a->note.isEmpty() ? QString() : QStringLiteral(" — ") + a->note),
                            10, false, bad ? QColor(198, 40, 40) : Qt::black);
                }
            }
        }
        // Photos of faults.
        for (auto it = l.answers.cbegin(); it != l.answers.cend(); ++it) {
            if (it->photoSha256.isEmpty())
                continue;
            auto q = core.db().exec(QStringLiteral("SELECT file FROM photo WHERE sha256=?"), {it->photoSha256});
            if (q && q->next()) {
                const QImage img(core.dataDir() + QLatin1Char('/') + q->value(0).toString());
                if (!img.isNull()) {
                    pg.text(QStringLiteral("照片 Photo: %1 %2").arg(it.key().asset, it.key().item), 10, true);
                    pg.image(img, pg.width() / 2);
                }
            }
        }
        pg.text(QStringLiteral("签名 Signature"), 10, true);
        const QImage sig = QImage::fromData(l.signature, "PNG");
        if (!sig.isNull())
            pg.image(sig, pg.width() / 3);
    }
    p.end();
    return {};
}

} // namespace

Status writeInspections(StationCore &core, InspectionService &service, const DateRange &range, const QString &format,
                        const QString &path)
{
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return fail(QStringLiteral("give --from and --to as YYYY-MM-DD, from not after to"));
    auto all = load(core, service, range);
    if (!all)
        return Error{all.error()};
    ReportFile file(path);
    Status s;
    if (format == QLatin1String("csv"))
        s = writeCsv(core, *all, file.partPath());
    else if (format == QLatin1String("json"))
        s = writeJson(core, *all, file.partPath());
    else if (format == QLatin1String("pdf"))
        s = writePdf(core, *all, range, file.partPath());
    else
        return fail(QStringLiteral("--format takes csv, pdf or json, not \"%1\"").arg(format));
    if (!s)
        return s;
    return file.commit();
}

} // namespace so::reports
