#pragma once
// Timeline: the order in which a record's entries are folded into its current state, the same
// on every device whatever order the entries arrived in (SYNC.md, rule 5).
//
// Each entry names the entry before it (its parent: the last entry its author saw), so a
// timeline is a tree. It is walked depth first, siblings in id order. A move counts when the
// feature says it starts from the state reached so far; a move that does not count stays on the
// timeline as "not applied", and so does every move made after it on its branch (its author
// worked on a state that never was). Incidents and follow-ups fold this way.
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <utility>

namespace so::Timeline {

struct Entry
{
    QString id;
    QString parent;    // empty, or an id not in the list: a root
    bool move = false; // changes the state (a note does not)
};

struct Walk
{
    QList<qsizetype> order;     // indexes into the entries, in fold order
    QSet<qsizetype> notApplied; // moves that did not count
    qsizetype head = -1;        // the last entry that counted: the next entry's parent
    // Each move that did not count though made on a state that was (the first of its branch),
    // with the move that counted before it in fold order (-1 when none): two people's moves
    // made at the same time, for the conflicts list.
    QList<std::pair<qsizetype, qsizetype>> preempted;
};

// `apply(i)` is called for each move on a live branch, in fold order: it returns whether the
// move counts (and, if it does, applies it to the caller's state).
Walk walk(const QList<Entry> &entries, const std::function<bool(qsizetype)> &apply);

} // namespace so::Timeline
