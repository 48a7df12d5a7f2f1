#include "ReportFile.h"

#include <QFile>
#include <QFileInfo>

namespace so::reports {

ReportFile::ReportFile(QString path) : m_path(std::move(path))
{
    QFile::remove(partPath());
}

ReportFile::~ReportFile()
{
    if (!m_done)
        QFile::remove(partPath());
}

Status ReportFile::commit()
{
    if (!QFileInfo::exists(partPath()))
        return fail(QStringLiteral("%1: nothing was written").arg(m_path));
    QFile::remove(m_path);
    if (!QFile::rename(partPath(), m_path))
        return fail(QStringLiteral("%1: cannot be written").arg(m_path));
    m_done = true;
    return {};
}

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&out](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << csvField(c);
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
        return fail(QStringLiteral("%1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace so::reports
