#pragma once
// HandoverDesk: the handover screen's view — what is open now by job, the notes carried and the
// notes being written, a handover waiting for the incoming person's PIN, and the earlier ones.
// Lists are models that update row by row; names and times come in the current language.
// Published to QML as `Handover`.
#include "HandoverHistoryModel.h"
#include "HandoverNoteModel.h"
#include "HandoverService.h"
#include "HandoverSummary.h"
#include "OpenItemModel.h"
#include "QmlInstance.h"

#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace so {
class StationInfo;
}

namespace so::supervision {

class HandoverDesk : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Handover)
    QML_SINGLETON
    SO_QML_INSTANCE(HandoverDesk)

    // What the list on the left shows: open now (notes aside) while writing, else what the
    // waiting or the opened handover handed over, notes included.
    Q_PROPERTY(so::supervision::OpenItemModel *items READ items CONSTANT)
    // Notes carried from earlier handovers, each with its "dealt with" tick.
    Q_PROPERTY(so::supervision::HandoverNoteModel *notes READ notes CONSTANT)
    // Notes written for this handover and not yet handed over.
    Q_PROPERTY(so::supervision::HandoverNoteModel *drafts READ drafts CONSTANT)
    // Earlier handovers, newest first.
    Q_PROPERTY(so::supervision::HandoverHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(Mode mode READ mode NOTIFY changed)
    // The list's heading: "Open now across the four jobs", "Handed over by … at …: 12 items".
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    // "Device alarms 3", one per job, while writing.
    Q_PROPERTY(QStringList jobCounts READ jobCounts NOTIFY changed)
    Q_PROPERTY(int carriedCount READ carriedCount NOTIFY changed)
    // Everything "Hand over" would hand over: open items, carried notes and new notes.
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(so::supervision::HandoverSummary pending READ pending NOTIFY changed)
    Q_PROPERTY(so::supervision::HandoverSummary last READ last NOTIFY changed)
    Q_PROPERTY(so::supervision::HandoverSummary viewing READ viewing NOTIFY changed)
    // "Last handover: … to …, acknowledged at …", or that there was none.
    Q_PROPERTY(QString lastLine READ lastLine NOTIFY changed)
    // Whether there is a handover to save as a PDF, and what the button says.
    Q_PROPERTY(bool canSavePdf READ canSavePdf NOTIFY changed)
    Q_PROPERTY(QString pdfLabel READ pdfLabel NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString savedPdf READ savedPdf NOTIFY changed)

public:
    enum Mode {
        Writing, // the outgoing person lists notes and hands over
        Waiting, // handed over; the incoming person reads and acknowledges
        Reading, // an earlier handover opened from the history
    };
    Q_ENUM(Mode)

    HandoverDesk(HandoverService &service, AuthService &auth, const StationInfo &station,
                 QObject *parent = nullptr);

    OpenItemModel *items() { return &m_items; }
    HandoverNoteModel *notes() { return &m_notes; }
    HandoverNoteModel *drafts() { return &m_drafts; }
    HandoverHistoryModel *history() { return &m_history; }
    Mode mode() const;
    QString headline() const;
    QStringList jobCounts() const;
    int carriedCount() const { return m_carried; }
    int total() const { return m_total; }
    HandoverSummary pending() const { return summary(m_pending); }
    HandoverSummary last() const { return summary(m_last); }
    HandoverSummary viewing() const { return summary(m_viewing); }
    QString lastLine() const;
    bool canSavePdf() const;
    QString pdfLabel() const;
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
    // A handover read from the store, with its people's names.
    struct Shown
    {
        std::optional<Handover> handover;
        Names by;
        Names ackBy;
    };
    HandoverSummary summary(const Shown &s) const;
    Shown shown(const Handover &h);
    // The waiting handover, the last acknowledged one and the history.
    void readHandovers();
    // Fills the list on the left for the mode.
    void showItems();
    // A note's writer is stored as a staff number; the list names them.
    QList<OpenItem> named(QList<OpenItem> items);
    void clearAll();
    void setMessage(const QString &m);
    // One outcome per action: the message when it failed, else a fresh view.
    bool finish(const QString &error);
    QString in(const Names &n) const;

    HandoverService &m_service;
    AuthService &m_auth;
    const StationInfo &m_station;
    OpenItemModel m_items;
    HandoverNoteModel m_notes;
    HandoverNoteModel m_drafts;
    HandoverHistoryModel m_history;
    QSet<QString> m_cleared;
    QList<OpenItem> m_open; // open now, notes aside
    QMap<QString, int> m_byJob;
    int m_carried = 0;
    int m_total = 0;
    Shown m_pending;
    Shown m_last;
    Shown m_viewing;
    QString m_message;
    QString m_savedPdf;
};

} // namespace so::supervision
