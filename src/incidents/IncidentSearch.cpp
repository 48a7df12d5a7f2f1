#include "IncidentSearch.h"
#include "Database.h"
#include "IncidentStore.h"

#include <QSqlQuery>

#include <limits>

namespace so::incidents {

QString IncidentSearch::trigramQuery(const QString &term)
{
    QString t = term.trimmed();
    t.remove(QChar(kSearchBreak)); // the join between fields is never part of a term
    if (t.toUcs4().size() < 3)     // characters, not UTF-16 units: 𠮷野 is two
        return {};
    // A quoted phrase, so punctuation in the term is taken literally.
    QString phrase = t;
    phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

QString IncidentSearch::wordQuery(const QString &term)
{
    // The same split the index was built with: its words, breaks included, as one phrase.
    QStringList words = splitCjk(term).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString brk{QChar(kSearchBreak)};
    while (!words.isEmpty() && words.first() == brk)
        words.removeFirst();
    while (!words.isEmpty() && words.last() == brk)
        words.removeLast();
    if (words.isEmpty())
        return {};
    // A short Latin word may be the start of a longer one ("ok" finds "okay").
    const bool latinLast = words.last().size() > 1 || words.last().at(0).unicode() < 0x2E80;
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (latinLast ? QStringLiteral("*") : QString());
}

Result<QList<Incident>> IncidentSearch::find(const IncidentFilter &f, int limit)
{
    const QString tri = trigramQuery(f.text);
    const QString words = tri.isEmpty() ? wordQuery(f.text) : QString();
    const QString table =
        tri.isEmpty() ? QStringLiteral("incident_words") : QStringLiteral("incident_fts");
    const QString match = tri.isEmpty() ? words : tri;
    QList<Incident> out;
    if (match.isEmpty())
        return out;
    qint64 before = f.beforeLogSeq > 0 ? f.beforeLogSeq : std::numeric_limits<qint64>::max();
    constexpr int kSlice = 400;
    while (out.size() < limit) {
        auto hits = m_db.exec(
            QStringLiteral(
                "SELECT rowid FROM %1 WHERE %1 MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?")
                .arg(table),
            {match, before, kSlice});
        if (!hits)
            return Error{hits.error()};
        QVariantList rowids;
        while (hits->next())
            rowids << hits->value(0).toLongLong();
        hits->finish();
        if (rowids.isEmpty())
            break;
        before = rowids.last().toLongLong();
        auto slice = m_store.withRowids(f, rowids);
        if (!slice)
            return Error{slice.error()};
        for (const Incident &i : std::as_const(*slice)) {
            if (out.size() >= limit)
                break;
            out << i;
        }
        if (rowids.size() < kSlice)
            break;
    }
    return out;
}

} // namespace so::incidents
