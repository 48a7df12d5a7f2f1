#pragma once
// CsvPreviewModel: the first rows of a CSV file the Reports screen just saved, as a table for
// a quick look before it goes anywhere. Reads UTF-8 with or without a BOM, quoted fields with
// commas, quotes and line breaks in them.
#include <QAbstractTableModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace so::supervision {

class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Reports.csv")
    Q_PROPERTY(QStringList header READ header NOTIFY loaded)
    // Whether the file holds more rows than are shown.
    Q_PROPERTY(bool more READ more NOTIFY loaded)
public:
    static constexpr int kRows = 20;
    using QAbstractTableModel::QAbstractTableModel;

    // Reads the first kRows rows after the header; returns "" or what went wrong, naming the file.
    QString load(const QString &path);
    void clear();
    QStringList header() const { return m_header; }
    bool more() const { return m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One CSV text split into rows of fields; at most `limit` rows.
    static QList<QStringList> parse(const QString &text, int limit);

Q_SIGNALS:
    void loaded();

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
    bool m_more = false;
};

} // namespace so::supervision
