#pragma once
// SyncDesk: the device page (`Sync` in QML). This device's id, what it holds from which
// device, the last batch it took in, and the records that arrived at odds with what it held,
// for a supervisor or administrator to settle with a recorded decision. Permissions are checked
// here (ResolveConflicts), not only hidden in QML.
#include "QmlInstance.h"
#include "SyncModels.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace so {
class AuthService;
class StationCore;
class StationInfo;
} // namespace so

namespace so::sync {

class Ingest;
class SyncClient;

class SyncDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    SO_QML_INSTANCE(SyncDesk)

    Q_PROPERTY(QString deviceId READ deviceId CONSTANT) // in capitals, as a code is shown
    // "2026-12-02 09:10 · tablet-b.json · 5 records, 5 new", or "" before any import.
    Q_PROPERTY(QString lastImport READ lastImport NOTIFY changed)
    Q_PROPERTY(int openConflicts READ openConflicts NOTIFY changed)
    Q_PROPERTY(so::sync::OriginModel *origins READ origins CONSTANT)
    Q_PROPERTY(so::sync::ConflictModel *conflicts READ conflicts CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // The station server, in words: "" when this device has none (standalone); otherwise online
    // with the last sync and what waits, or offline since when.
    Q_PROPERTY(QString serverState READ serverState NOTIFY changed)
    Q_PROPERTY(bool serverOnline READ serverOnline NOTIFY changed)
    // Records made here that have waited longer than station.json allows (sync.warnAfterMinutes)
    // for the station server, in words; "" otherwise.
    Q_PROPERTY(QString waitWarning READ waitWarning NOTIFY changed)

public:
    SyncDesk(StationCore &core, AuthService &auth, StationInfo &station, Ingest &ingest,
             QObject *parent = nullptr);

    QString deviceId() const;
    QString lastImport() const { return m_lastImport; }
    int openConflicts() const { return m_openConflicts; }
    OriginModel *origins() { return &m_origins; }
    ConflictModel *conflicts() { return &m_conflicts; }
    QString message() const { return m_message; }
    QString serverState() const;
    bool serverOnline() const;
    QString waitWarning() const;
    // The background sync whose state the page shows (none when standalone).
    void follow(SyncClient *client);

    Q_INVOKABLE void refresh();
    // heldRight: this device's version is right; otherwise the arrived one is (and a correction
    // follows the usual way). The note says why; it is required.
    Q_INVOKABLE bool decide(qint64 conflictId, bool heldRight, const QString &note);

Q_SIGNALS:
    void changed();

private:
    StationCore &m_core;
    AuthService &m_auth;
    StationInfo &m_station;
    OriginModel m_origins;
    ConflictModel m_conflicts;
    QString m_lastImport;
    int m_openConflicts = 0;
    QString m_message;
    SyncClient *m_client = nullptr;
    QTimer m_warnAt;
};

} // namespace so::sync
