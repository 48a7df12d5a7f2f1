#include "RecordSeal.h"
#include "Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace so::RecordSeal {

namespace {

struct Part
{
    const char *table;
    const char *key;
    const char *order;
};

const QList<Part> *partsOf(const QString &kind)
{
    static const QList<Part> inspection{
        {"inspection", "id", "id"},
        {"inspection_answer", "inspection_id", "section_id, asset, item_id"}};
    static const QList<Part> shift{{"cash_shift", "id", "id"},
                                   {"cash_entry", "shift_id", "device_id, device_seq"},
                                   {"cash_close", "shift_id", "id"},
                                   {"cash_signoff", "shift_id", "id"}};
    static const QList<Part> adjustment{{"cash_adjustment", "id", "id"}};
    if (kind == QLatin1String("inspection"))
        return &inspection;
    if (kind == QLatin1String("cash_adjustment"))
        return &adjustment;
    if (kind == QLatin1String("cash_shift"))
        return &shift;
    return nullptr;
}

// The audit action that makes each kind final.
const char *finalAction(const QString &kind)
{
    if (kind == QLatin1String("inspection"))
        return "inspection_finalized";
    return kind == QLatin1String("cash_adjustment") ? "cash_adjusted" : "cash_signed_off";
}

void addValue(QCryptographicHash &h, const QVariant &v)
{
    // A type tag and a length before every value, so no two different rows hash alike.
    QByteArray bytes;
    char tag = 'n';
    if (v.isNull()) {
        tag = 'n';
    } else if (v.metaType().id() == QMetaType::QByteArray) {
        tag = 'b';
        bytes = v.toByteArray();
    } else if (v.metaType().id() == QMetaType::LongLong || v.metaType().id() == QMetaType::Int) {
        tag = 'i';
        bytes = QByteArray::number(v.toLongLong());
    } else if (v.metaType().id() == QMetaType::Double) {
        tag = 'r';
        bytes = QByteArray::number(v.toDouble(), 'g', 17);
    } else {
        tag = 't';
        bytes = v.toString().toUtf8();
    }
    h.addData(QByteArrayView(&tag, 1));
    h.addData(QByteArray::number(bytes.size()) + ':');
    h.addData(bytes);
}

} // namespace

Result<QString> of(Database &db, const QString &kind, const QString &id,
                   const std::optional<QStringList> &rows)
{
    const QList<Part> *parts = partsOf(kind);
    if (!parts)
        return fail(QStringLiteral("nothing is sealed of kind %1").arg(kind));
    const QString named =
        rows ? QString::fromUtf8(
                   QJsonDocument(QJsonArray::fromStringList(*rows)).toJson(QJsonDocument::Compact))
             : QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Part &p : *parts) {
        const bool own = &p == &parts->first();
        QVariantList binds{id};
        if (rows && !own)
            binds << named;
        auto q = db.exec(
            QStringLiteral("SELECT * FROM %1 WHERE %2=? %4 ORDER BY %3")
                .arg(QLatin1String(p.table), QLatin1String(p.key), QLatin1String(p.order),
                     rows && !own ? QStringLiteral("AND id IN (SELECT value FROM json_each(?))")
                                  : QString()),
            binds);
        if (!q)
            return Error{q.error()};
        h.addData(QByteArray(p.table) + '\n');
        while (q->next()) {
            const QSqlRecord r = q->record();
            for (int c = 0; c < r.count(); ++c)
                addValue(h, r.value(c));
            h.addData("\n");
        }
    }
    return QString::fromLatin1(h.result().toHex());
}

Result<Sealed> take(Database &db, const QString &kind, const QString &id)
{
    const QList<Part> *parts = partsOf(kind);
    if (!parts)
        return fail(QStringLiteral("nothing is sealed of kind %1").arg(kind));
    Sealed out;
    for (qsizetype i = 1; i < parts->size(); ++i) {
        auto ids =
            db.column(QStringLiteral("SELECT id FROM %1 WHERE %2=?")
                          .arg(QLatin1String(parts->at(i).table), QLatin1String(parts->at(i).key)),
                      {id});
        if (!ids)
            return Error{ids.error()};
        out.rows << *ids;
    }
    out.rows.sort();
    auto seal = of(db, kind, id, out.rows);
    if (!seal)
        return Error{seal.error()};
    out.seal = *seal;
    return out;
}

Status verifyAll(Database &db)
{
    for (const QString &kind : {QStringLiteral("inspection"), QStringLiteral("cash_shift"),
                                QStringLiteral("cash_adjustment")}) {
        // A file from before a kind's table (a backup of an older version) has nothing of it.
        auto there = db.scalar(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {QLatin1String(partsOf(kind)->first().table)});
        if (!there)
            return fail(there.error());
        if (*there == 0)
            continue;
        // A seal made in this file's own history (its devices' numbers, device_counter, reach
        // it: this device, or one it was restored from) must find its record. One that came
        // from another device, or from the original of a restored tablet after the copy was
        // made, may name a record that does not travel or has not arrived yet.
        auto q = db.exec(QStringLiteral("SELECT a.seq, a.entity_id, a.after_json, a.device_id, "
                                        "a.device_seq <= coalesce((SELECT c.seq FROM "
                                        "device_counter c WHERE c.device_id = a.device_id), -1) "
                                        "FROM audit_event a WHERE a.action=? AND a.entity_kind=? "
                                        "AND (EXISTS (SELECT 1 FROM %1 r WHERE r.id = a.entity_id) "
                                        "OR a.device_seq <= coalesce((SELECT c.seq FROM "
                                        "device_counter c WHERE c.device_id = a.device_id), -1)) "
                                        "ORDER BY a.seq")
                             .arg(QLatin1String(partsOf(kind)->first().table)),
                         {QLatin1String(finalAction(kind)), kind});
        if (!q)
            return fail(q.error());
        struct Sealed
        {
            qint64 seq;
            QString id, seal, device;
            bool ownHistory;
            std::optional<QStringList> rows;
        };
        QList<Sealed> sealed;
        while (q->next()) {
            const QJsonObject after =
                QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
            const QString seal = after.value(QStringLiteral("seal")).toString();
            // Seals from before they named their rows covered every row of the record.
            std::optional<QStringList> rows;
            if (after.contains(QStringLiteral("rows")))
                rows = after.value(QStringLiteral("rows")).toVariant().toStringList();
            if (!seal.isEmpty())
                sealed << Sealed{q->value(0).toLongLong(), q->value(1).toString(), seal,
                                 q->value(3).toString(),   q->value(4).toBool(),   rows};
        }
        q->finish();
        const QList<Part> &parts = *partsOf(kind);
        for (const Sealed &x : std::as_const(sealed)) {
            if (x.rows && parts.size() > 1) {
                const QString named =
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*x.rows))
                                          .toJson(QJsonDocument::Compact));
                QStringList present, unnamed;
                for (qsizetype i = 1; i < parts.size(); ++i) {
                    const QString table = QLatin1String(parts.at(i).table),
                                  key = QLatin1String(parts.at(i).key);
                    auto here = db.column(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id IN "
                                                         "(SELECT value FROM json_each(?))")
                                              .arg(table, key),
                                          {x.id, named});
                    // A row of the record made by the sealing device and not named by its seal:
                    // that device refuses such a row after sealing, so it was put there by hand.
                    auto extra = db.column(
                        QStringLiteral(
                            "SELECT id FROM %1 WHERE %2 = ? AND device_id = ? AND id NOT IN "
                            "(SELECT value FROM json_each(?))")
                            .arg(table, key),
                        {x.id, x.device, named});
                    if (!here || !extra)
                        return fail(!here ? here.error() : extra.error());
                    present << *here;
                    unnamed << *extra;
                }
                if (!unnamed.isEmpty())
                    return fail(QStringLiteral("%1 %2: %3 was added after it was made final "
                                               "(sealed in audit_event seq %4)")
                                    .arg(kind, x.id, unnamed.first())
                                    .arg(x.seq));
                if (present.size() < x.rows->size()) {
                    // Sealed on another device with rows that have not reached this one yet: it
                    // is checked once they are here. Sealed here, a missing row was taken away.
                    if (!x.ownHistory)
                        continue;
                    QStringList missing = *x.rows;
                    for (const QString &p : std::as_const(present))
                        missing.removeAll(p);
                    return fail(
                        QStringLiteral(
                            "%1 %2: %3 is missing, though it was sealed (audit_event seq %4)")
                            .arg(kind, x.id, missing.value(0))
                            .arg(x.seq));
                }
            }
            auto now = of(db, kind, x.id, x.rows);
            if (!now)
                return fail(now.error());
            if (*now != x.seal)
                return fail(
                    QStringLiteral(
                        "%1 %2: changed after it was made final (sealed in audit_event seq %3)")
                        .arg(kind, x.id)
                        .arg(x.seq));
        }
    }
    return {};
}

} // namespace so::RecordSeal
