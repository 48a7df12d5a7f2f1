#pragma once
// ReportsDesk: the Reports screen — pick a range of station days, see how many records each
// report will hold, and save it with one tap into DATA/exports, then look at what was saved: a
// PDF page by page, a CSV's first rows. The same writers as `stationops export` and
// `stationops report`. Published to QML as `Reports`.
#include "CsvPreviewModel.h"
#include "HandoverService.h"
#include "QmlInstance.h"

#include <QDate>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace so::supervision {

class ReportsDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reports)
    QML_SINGLETON
    SO_QML_INSTANCE(ReportsDesk)

    // today, 7days, thisWeek, lastWeek, 30days
    Q_PROPERTY(QString range READ range NOTIFY changed)
    Q_PROPERTY(QString from READ from NOTIFY changed) // yyyy-MM-dd, station days, inclusive
    Q_PROPERTY(QString to READ to NOTIFY changed)
    Q_PROPERTY(QString week READ week NOTIFY
                   changed) // the ISO week the weekly report covers: the range's last day's
    // What each report would hold.
    Q_PROPERTY(int inspectionCount READ inspectionCount NOTIFY changed)
    Q_PROPERTY(int cashCount READ cashCount NOTIFY changed)
    Q_PROPERTY(int incidentCount READ incidentCount NOTIFY changed)
    Q_PROPERTY(QString saved READ saved NOTIFY changed)
    Q_PROPERTY(QUrl savedUrl READ savedUrl NOTIFY changed)
    // What the viewer shows of the file just saved.
    Q_PROPERTY(Preview preview READ preview NOTIFY changed)
    Q_PROPERTY(so::supervision::CsvPreviewModel *csv READ csv CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    enum Preview {
        NoPreview,
        PdfPreview,
        CsvPreview,
    };
    Q_ENUM(Preview)

    ReportsDesk(Sources sources, AuthService &auth, QObject *parent = nullptr);

    QString range() const { return m_range; }
    QString from() const { return m_from.toString(Qt::ISODate); }
    QString to() const { return m_to.toString(Qt::ISODate); }
    QString week() const;
    int inspectionCount() const { return m_inspections; }
    int cashCount() const { return m_cashShifts; }
    int incidentCount() const { return m_incidents; }
    QString saved() const { return m_saved; }
    QUrl savedUrl() const { return m_saved.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_saved); }
    Preview preview() const { return m_preview; }
    CsvPreviewModel *csv() { return &m_csv; }
    QString message() const { return m_message; }

    Q_INVOKABLE void setRange(const QString &key);
    // kind: inspections, cash, incidents, weekly; format: pdf, csv (json for the first three).
    // Returns the file's path, or "" with the reason in `message`.
    Q_INVOKABLE QString save(const QString &kind, const QString &format);
    // Shuts the viewer; the file stays saved.
    Q_INVOKABLE void closePreview();

Q_SIGNALS:
    void changed();

private:
    void recount();

    Sources m_sources;
    AuthService &m_auth;
    QString m_range = QStringLiteral("7days");
    QDate m_from;
    QDate m_to;
    int m_inspections = 0;
    int m_cashShifts = 0;
    int m_incidents = 0;
    QString m_saved;
    Preview m_preview = NoPreview;
    CsvPreviewModel m_csv;
    QString m_message;
};

} // namespace so::supervision
