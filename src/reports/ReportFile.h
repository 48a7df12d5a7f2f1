#pragma once
// ReportFile: writes an export beside its final name and renames it into place, so a report is
// either all there or not there — never half-written.
#include "Result.h"

#include <QString>

namespace so::reports {

// Opens PATH.part for writing; commit() renames it to PATH, the destructor removes it otherwise.
class ReportFile
{
public:
    explicit ReportFile(QString path);
    ~ReportFile();
    QString partPath() const { return m_path + QStringLiteral(".part"); }
    Status commit();

private:
    QString m_path;
    bool m_done = false;
};

// Quotes a CSV field when it has a comma, a quote or a line break.
QString csvField(const QString &s);

// Writes a CSV file for Excel: UTF-8 with a byte-order mark (Excel reads Chinese only with it),
// CRLF line ends. Column names are fixed keys, the same in every language, so a spreadsheet or a
// script reads a report in either.
Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows);

} // namespace so::reports
