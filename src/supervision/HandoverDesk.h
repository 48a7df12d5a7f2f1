#pragma once
// HandoverDesk: the handover screen's view — what is open now by job, the notes carried and the
// notes being written, a handover waiting for the incoming person's PIN, and the last one.
// Published to QML as `Handover`.
#include "HandoverService.h"
#include "QmlInstance.h"

#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace so::supervision {

class HandoverDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Handover)
    QML_SINGLETON
    SO_QML_INSTANCE(HandoverDesk)

    // Open now, notes aside: {job, kind, key, priority, titleZh, titleEn, detailZh, detailEn,
    // since, due, overdue, carriedSince}, by job, most urgent first.
    Q_PROPERTY(QVariantList items READ items NOTIFY changed)
    // {alarms, patrol, cash, incidents, notes, carried, total}
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY changed)
    // Notes carried from earlier handovers: {id, text, by, at, cleared}
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    // Notes written for this handover and not yet handed over: {id, text, by, at}
    Q_PROPERTY(QVariantList drafts READ drafts NOTIFY changed)
    // The handover waiting for acknowledgement, or {}: {id, by, byZh, byEn, at, count, items}
    Q_PROPERTY(QVariantMap pending READ pending NOTIFY changed)
    // The last acknowledged handover, or {}: {id, by, byZh, byEn, at, ackBy, ackByZh, ackByEn, ackAt}
    Q_PROPERTY(QVariantMap last READ last NOTIFY changed)
    // Earlier handovers, newest first: {id, at, byZh, byEn, ackByZh, ackByEn, ackAt, count}
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    // The earlier handover being read (as `pending`), or {} for the live view.
    Q_PROPERTY(QVariantMap viewing READ viewing NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString savedPdf READ savedPdf NOTIFY changed)

public:
    HandoverDesk(HandoverService &service, AuthService &auth, QObject *parent = nullptr);

    QVariantList items() const { return m_items; }
    QVariantMap counts() const { return m_counts; }
    QVariantList notes() const { return m_notes; }
    QVariantList drafts() const { return m_drafts; }
    QVariantMap pending() const { return m_pending; }
    QVariantMap last() const { return m_last; }
    QVariantList history() const { return m_history; }
    QVariantMap viewing() const { return m_viewing; }
    QString message() const { return m_message; }
    QString savedPdf() const { return m_savedPdf; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE bool addNote(const QString &text);
    Q_INVOKABLE bool removeNote(const QString &id);
    // Marks a carried note as dealt with; it is cleared when the handover is written.
    Q_INVOKABLE void setCleared(const QString &noteId, bool cleared);
    Q_INVOKABLE bool handOver();
    // signIn: the incoming person also takes over the tablet, so one PIN entry does both.
    Q_INVOKABLE bool acknowledge(const QString &staffNo, const QString &pin, bool signIn = false);
    // Reads an earlier handover; "" goes back to what is open now.
    Q_INVOKABLE void view(const QString &id);
    // The one being read, else the waiting handover, else the last one, as a PDF in DATA/exports;
    // returns its path or "".
    Q_INVOKABLE QString savePdf();

Q_SIGNALS:
    void changed();

private:
    static constexpr int kHistory = 20;
    QVariantMap handoverMap(const Handover &h);
    // The waiting handover, the last acknowledged one and the history.
    void readHandovers();
    void setMessage(const QString &m);
    // One outcome per action: the message when it failed, else a fresh view.
    bool finish(const QString &error);

    HandoverService &m_service;
    AuthService &m_auth;
    QSet<QString> m_cleared;
    QVariantList m_items;
    QVariantMap m_counts;
    QVariantList m_notes;
    QVariantList m_drafts;
    QVariantMap m_pending;
    QVariantMap m_last;
    QVariantList m_history;
    QVariantMap m_viewing;
    QString m_message;
    QString m_savedPdf;
};

} // namespace so::supervision
