#include "IncidentSearchIndex.h"
#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace so::incidents::IncidentSearchIndex {

Status rebuild(Database &db, const QStringList &incidentIds)
{
    constexpr qsizetype kSlice = 500;
    for (qsizetype from = 0; from < incidentIds.size(); from += kSlice) {
        QJsonArray slice;
        for (const QString &id : incidentIds.mid(from, kSlice))
            slice << id;
        const QString ids = QString::fromUtf8(QJsonDocument(slice).toJson(QJsonDocument::Compact));
        const QString rowids = QStringLiteral(
            "(SELECT i.rowid FROM json_each(?) p JOIN incident i ON i.id = p.value)");
        Status s =
            ok(db.exec(QStringLiteral("DELETE FROM incident_fts WHERE rowid IN ") + rowids, {ids}));
        if (s)
            s = ok(db.exec(QStringLiteral("DELETE FROM incident_words WHERE rowid IN ") + rowids,
                           {ids}));
        // The entries in their own order (time, then id), as they were added where they were made.
        if (s)
            s = ok(db.exec(
                QStringLiteral(
                    "INSERT INTO incident_fts (rowid, text) "
                    "SELECT i.rowid, i.description || char(57344) || i.immediate_actions || "
                    "coalesce((SELECT char(57344) || group_concat(t, char(57344)) FROM (SELECT "
                    "e.text AS t "
                    "FROM incident_event e WHERE e.incident_id = i.id AND e.text <> '' ORDER BY "
                    "e.created_at, e.id)), '') "
                    "FROM json_each(?) p JOIN incident i ON i.id = p.value"),
                {ids}));
        if (s)
            s = ok(db.exec(
                QStringLiteral(
                    "INSERT INTO incident_words (rowid, text) SELECT rowid, so_split_cjk(text) "
                    "FROM incident_fts WHERE rowid IN ") +
                    rowids,
                {ids}));
        if (!s)
            return fail(QStringLiteral("the search index: %1").arg(s.error()));
    }
    return {};
}

} // namespace so::incidents::IncidentSearchIndex
