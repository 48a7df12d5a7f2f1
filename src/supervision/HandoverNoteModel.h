#pragma once
// HandoverNoteModel: notes for the next shift — those carried from earlier handovers, with the
// tick an outgoing person gives the ones dealt with, or those being written for this handover.
// Who wrote them reads as a name in the current language.
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::supervision {

struct NoteRow
{
    QString id;
    QString text;
    Names by;
    qint64 at = 0;
    bool cleared = false; // ticked as dealt with (carried notes only)
};

class HandoverNoteModel : public RowModel<NoteRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Handover.notes or Handover.drafts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        TextRole,
        ByLineRole, // "1001 李娜 · 2026-11-27 09:00"
        ClearedRole,
    };
    Q_ENUM(Role)
    using RowModel::RowModel;

    void setNotes(QList<NoteRow> notes);
    // Ticks or unticks one note; returns whether it is in the list.
    bool setCleared(const QString &id, bool cleared);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const NoteRow &n) const override { return n.id; }
    bool sameRow(const NoteRow &a, const NoteRow &b) const override;
};

} // namespace so::supervision
