#pragma once
// OpenItemModel: open items as a handover lists them — what is open now, or what a handover
// handed over — in the current language, by job (the `job` role names the section). A refresh
// updates row by row, so the list keeps its place while alarms arrive.
#include "OpenItems.h"
#include "RowModel.h"

#include <QtQml/qqmlregistration.h>

namespace so::supervision {

class OpenItemModel : public RowModel<OpenItem>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Handover.items")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        ItemKeyRole = Qt::UserRole + 1, // kind:key, unique in the list
        JobRole, // the job's heading in the current language ("Device alarms")
        KindRole,
        PriorityRole, // 1..4, 0 when the record has none
        TitleRole,
        DetailRole, // what it is, since when, when due, in one line
        OverdueRole,
        CarriedRole, // "↻ Carried since …", or ""
    };
    Q_ENUM(Role)
    using RowModel::RowModel;

    void setItems(QList<OpenItem> items);
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The job's heading, as the list's sections and the count chips name it.
    static QString jobTitle(const QString &job);

Q_SIGNALS:
    void countChanged();

protected:
    QString rowKey(const OpenItem &i) const override { return i.uid(); }
    bool sameRow(const OpenItem &a, const OpenItem &b) const override;

private:
    qint64 now() const;
};

} // namespace so::supervision
