#include "HandoverNoteModel.h"

namespace so::supervision {

void HandoverNoteModel::setNotes(QList<NoteRow> notes)
{
    if (replaceRows(std::move(notes)))
        Q_EMIT countChanged();
}

bool HandoverNoteModel::setCleared(const QString &id, bool cleared)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id != id)
            continue;
        if (m_rows.at(i).cleared != cleared) {
            m_rows[i].cleared = cleared;
            Q_EMIT dataChanged(index(int(i)), index(int(i)), {ClearedRole});
        }
        return true;
    }
    return false;
}

bool HandoverNoteModel::sameRow(const NoteRow &a, const NoteRow &b) const
{
    return a.text == b.text && a.by.zh == b.by.zh && a.by.en == b.by.en && a.at == b.at &&
           a.cleared == b.cleared;
}

QVariant HandoverNoteModel::data(const QModelIndex &index, int role) const
{
    const NoteRow *n = rowAt(index);
    if (!n)
        return {};
    switch (role) {
    case NoteIdRole:
        return n->id;
    case TextRole:
        return n->text;
    case ByLineRole:
        return in(n->by) + QStringLiteral(" · ") + dateTime(n->at);
    case ClearedRole:
        return n->cleared;
    default:
        return {};
    }
}

QHash<int, QByteArray> HandoverNoteModel::roleNames() const
{
    return {{NoteIdRole, "noteId"},
            {TextRole, "text"},
            {ByLineRole, "byLine"},
            {ClearedRole, "cleared"}};
}

} // namespace so::supervision
