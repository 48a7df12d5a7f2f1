#pragma once
// HandoverStore: the SQL of shift handovers — the records, their notes and clears, the
// acknowledgement, and the working notes typed before handing over.
#include "Database.h"
#include "OpenItems.h"
#include "Stamp.h"

namespace so::supervision {

struct HandoverNote
{
    QString id;
    QString text;
    QString by;
    qint64 at = 0;
    QString handoverId; // "" for a note not yet handed over
};

struct Handover
{
    QString id;
    qint64 at = 0;
    QString by; // the outgoing person
    QString previousId;
    QList<OpenItem> items; // as they were when handed over, notes included (empty in summaries)
    int itemCount = 0;
    QString ackBy; // the incoming person; "" while waiting
    qint64 ackAt = 0;
    bool acknowledged() const { return !ackBy.isEmpty(); }
};

class HandoverStore
{
public:
    explicit HandoverStore(Database &db) : m_db(db) {}

    Status insertHandover(const Stamp &s, const QString &previousId, const QList<OpenItem> &items);
    Status insertNote(const Stamp &s, const QString &handoverId, const QString &text);
    Status insertClear(const Stamp &s, const QString &noteId, const QString &handoverId);
    Status insertAck(const Stamp &s, const QString &handoverId);
    Result<bool> isAcknowledged(const QString &handoverId);
    // When the newest acknowledgement that counts (the first of its handover) was made, at or
    // before `nowUtc`; 0 for none.
    Result<qint64> lastAcknowledged(qint64 nowUtc);

    Result<std::optional<Handover>> latest();
    // The latest handover without its items: who, when, acknowledged or not.
    Result<std::optional<Handover>> latestSummary();
    Result<std::optional<Handover>> byId(const QString &id);
    // Newest first; summaries without their items unless asked.
    Result<QList<Handover>> recent(int limit, bool withItems = false);
    // Notes handed over and not yet cleared, oldest first.
    Result<QList<HandoverNote>> openNotes();

    Result<QList<HandoverNote>> drafts();
    Status addDraft(const QString &id, qint64 at, const QString &by, const QString &text);
    Status removeDraft(const QString &id);
    Status removeAllDrafts();

private:
    // A record row: the stamp's five header columns, then `columns` with `values`.
    Status insertRecord(const QString &table, const QStringList &columns, const Stamp &s,
                        const QVariantList &values);
    Result<QList<Handover>> select(const QString &where, const QVariantList &binds, int limit,
                                   bool withItems = true);
    Result<QList<HandoverNote>> notes(const QString &sql);
    Database &m_db;
};

} // namespace so::supervision
