#pragma once
// FollowUpFold: a follow-up's status, worked out from its timeline alone, the same on every
// device whatever order the entries arrived in (SYNC.md, rule 5). The timeline is walked as
// core's Timeline says. "closed" counts on an open follow-up and "reopened" on a closed one: a
// follow-up closed on two tablets at once is closed once, and the second close stays on its
// timeline as not applied. follow_up_current caches the fold; it is refolded when entries are
// written or arrive, and `stationops verify` checks it.
#include "Result.h"

#include <QString>
#include <QStringList>

namespace so {
class Database;
}

namespace so::checklists::FollowUpFold {

struct Entry
{
    QString id;
    QString parent;
    QString kind; // note, closed, reopened
    qint64 createdAt = 0;
};

struct State
{
    QString status = QStringLiteral("open"); // open, closed, reopened
    qint64 changedAt = 0;
    QString head; // the last entry that counted
    bool operator==(const State &o) const
    {
        return status == o.status && changedAt == o.changedAt && head == o.head;
    }
};

State of(const QList<Entry> &entries, qint64 followUpCreatedAt);
// Rewrites follow_up_current for these follow-ups (inside the caller's transaction).
Status rebuild(Database &db, const QStringList &followUpIds);
Result<QStringList> followUpsOfEntries(Database &db, const QStringList &entryIds);
// Every follow-up's kept status equals its fold; the message names the first that does not.
Status verify(Database &db);

} // namespace so::checklists::FollowUpFold
