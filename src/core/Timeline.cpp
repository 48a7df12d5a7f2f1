#include "Timeline.h"

#include <QHash>
#include <algorithm>

namespace so::Timeline {

Walk walk(const QList<Entry> &entries, const std::function<bool(qsizetype)> &apply)
{
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < entries.size(); ++i)
        byId.insert(entries[i].id, i);
    QHash<QString, QList<qsizetype>> children;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].parent.isEmpty() || !byId.contains(entries[i].parent))
            roots << i;
        else
            children[entries[i].parent] << i;
    }
    const auto byEntryId = [&entries](qsizetype a, qsizetype b) {
        return entries[a].id < entries[b].id;
    };
    std::sort(roots.begin(), roots.end(), byEntryId);
    for (auto &c : children)
        std::sort(c.begin(), c.end(), byEntryId);

    Walk w;
    QSet<QString> dead; // entries on a branch after a move that did not count
    qsizetype lastMove = -1;
    QHash<QString, qsizetype> visited;              // id -> position in fold order
    QList<std::pair<qsizetype, qsizetype>> counted; // (position, index) of moves that counted
    QList<qsizetype> stack(roots.crbegin(), roots.crend());
    while (!stack.isEmpty()) {
        const qsizetype i = stack.takeLast();
        const Entry &e = entries[i];
        const qsizetype position = w.order.size();
        visited.insert(e.id, position);
        w.order << i;
        const QList<qsizetype> kids = children.value(e.id);
        for (auto k = kids.crbegin(); k != kids.crend(); ++k)
            stack << *k;
        const bool onDeadBranch = dead.contains(e.parent);
        if (!e.move) {
            if (onDeadBranch)
                dead.insert(e.id);
            else
                w.head = i;
            continue;
        }
        if (onDeadBranch || !apply(i)) {
            if (!onDeadBranch) {
                // The move made at the same time: the first that counted below this one's parent
                // (in an earlier sibling's branch), else the one that last moved the state.
                const qsizetype after = e.parent.isEmpty() || !visited.contains(e.parent)
                                            ? -1
                                            : visited.value(e.parent);
                const auto it =
                    std::upper_bound(counted.cbegin(), counted.cend(), after,
                                     [](qsizetype v, const std::pair<qsizetype, qsizetype> &c) {
                                         return v < c.first;
                                     });
                w.preempted.append({i, it != counted.cend() ? it->second : lastMove});
            }
            w.notApplied.insert(i);
            dead.insert(e.id);
            continue;
        }
        w.head = i;
        lastMove = i;
        counted.append({position, i});
    }
    return w;
}

} // namespace so::Timeline
