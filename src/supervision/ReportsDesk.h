#pragma once
// ReportsDesk: the Reports screen — pick a range of station days, see how many records each
// report will hold, and save it with one tap into DATA/exports. The same writers as
// `stationops export` and `stationops report`. Published to QML as `Reports`.
#include "HandoverService.h"
#include "QmlInstance.h"

#include <QDate>
#include <QVariantMap>
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
    Q_PROPERTY(QString from READ from NOTIFY changed)    // yyyy-MM-dd, station days, inclusive
    Q_PROPERTY(QString to READ to NOTIFY changed)
    Q_PROPERTY(QString week READ week NOTIFY changed)    // the ISO week the weekly report covers: the range's last day's
    // What each report would hold: {inspections, cash, incidents}
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY changed)
    Q_PROPERTY(QString saved READ saved NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    ReportsDesk(Sources sources, AuthService &auth, QObject *parent = nullptr);

    QString range() const { return m_range; }
    QString from() const { return m_from.toString(Qt::ISODate); }
    QString to() const { return m_to.toString(Qt::ISODate); }
    QString week() const;
    QVariantMap counts() const { return m_counts; }
    QString saved() const { return m_saved; }
    QString message() const { return m_message; }

    Q_INVOKABLE void setRange(const QString &key);
    // kind: inspections, cash, incidents, weekly; format: pdf, csv (json for the first three).
    // Returns the file's path, or "" with the reason in `message`.
    Q_INVOKABLE QString save(const QString &kind, const QString &format);

Q_SIGNALS:
    void changed();

private:
    void recount();

    Sources m_sources;
    AuthService &m_auth;
    QString m_range = QStringLiteral("7days");
    QDate m_from;
    QDate m_to;
    QVariantMap m_counts;
    QString m_saved;
    QString m_message;
};

} // namespace so::supervision
