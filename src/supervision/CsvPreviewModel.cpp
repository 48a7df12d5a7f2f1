#include "CsvPreviewModel.h"

#include <QFile>

namespace so::supervision {

QList<QStringList> CsvPreviewModel::parse(const QString &text, int limit)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    for (; i < text.size() && rows.size() < limit; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if ((!field.isEmpty() || !row.isEmpty()) && rows.size() < limit)
        rows << (row << field);
    return rows;
}

QString CsvPreviewModel::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        clear();
        return tr("%1 cannot be read: %2").arg(path, f.errorString());
    }
    // The first rows are near the top; a few hundred kilobytes hold them.
    const QString text = QString::fromUtf8(f.read(512 * 1024));
    QList<QStringList> rows = parse(text, kRows + 2);
    beginResetModel();
    m_header = rows.isEmpty() ? QStringList() : rows.takeFirst();
    m_more = rows.size() > kRows;
    if (m_more)
        rows.resize(kRows);
    m_rows = rows;
    m_columns = int(m_header.size());
    for (const QStringList &r : std::as_const(m_rows))
        m_columns = qMax(m_columns, int(r.size()));
    endResetModel();
    Q_EMIT loaded();
    return {};
}

void CsvPreviewModel::clear()
{
    beginResetModel();
    m_header.clear();
    m_rows.clear();
    m_columns = 0;
    m_more = false;
    endResetModel();
    Q_EMIT loaded();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QHash<int, QByteArray> CsvPreviewModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}};
}

} // namespace so::supervision
