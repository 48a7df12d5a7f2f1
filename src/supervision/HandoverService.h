#pragma once
// HandoverService: the shift handover. The outgoing duty agent or supervisor hands over what is
// open across the four jobs with their notes; the incoming person acknowledges with their PIN.
// What is still open at the next handover is listed again, marked as carried since it was first
// handed over; a note carries forward until a handover clears it.
#include "HandoverStore.h"
#include "Permissions.h"

#include <QObject>
#include <QSet>

namespace so {
class AuthService;
class RecordKinds;
} // namespace so

namespace so::supervision {

class HandoverService : public QObject
{
    Q_OBJECT
public:
    HandoverService(Sources sources, AuthService &auth, QObject *parent = nullptr);
    // The kinds of record this feature makes travel: handovers, their notes, the notes' clearing
    // and acknowledgements. A second acknowledgement or clearing made on another tablet is kept;
    // the first (by time, then id) counts.
    static void addRecordKinds(RecordKinds &kinds);

    // What would be handed over now: the open items, marked carried where an earlier handover
    // listed them, then the notes still carried (not the drafts).
    Result<QList<OpenItem>> openNow();
    Result<QList<HandoverNote>> openNotes() { return m_store.openNotes(); }
    Result<QList<HandoverNote>> drafts() { return m_store.drafts(); }
    Result<std::optional<Handover>> latest() { return m_store.latest(); }
    Result<std::optional<Handover>> handover(const QString &id) { return m_store.byId(id); }
    // Newest first, without their items (count only).
    Result<QList<Handover>> recent(int limit) { return m_store.recent(limit, false); }

    // Notes typed before handing over are kept at once, so a flat battery loses none.
    Result<QString> addDraftNote(const Actor &actor, const QString &text);
    Status removeDraftNote(const Actor &actor, const QString &id);

    // Writes the handover: the open items, the carried notes except those in `clearNotes`, and
    // the draft notes. Refused while an earlier handover waits for its acknowledgement.
    Result<QString> handOver(const Actor &outgoing, const QSet<QString> &clearNotes);
    // The incoming person, not the one who wrote it, confirms with their PIN.
    Result<Actor> acknowledge(const QString &handoverId, const QString &staffNo,
                              const QString &pin);

    // The start of the shift on duty: when the latest acknowledged handover was acknowledged, or
    // 00:00 station time today when there is none in the last 24 hours.
    struct ShiftStart
    {
        qint64 at = 0;
        bool fromHandover = false;
    };
    Result<ShiftStart> shiftStart();

    StationCore &core() { return m_sources.core; }

Q_SIGNALS:
    // Anything about handovers changed, drafts included.
    void changed();
    // A handover was acknowledged: a new shift has begun.
    void shiftStarted();

private:
    Sources m_sources;
    AuthService &m_auth;
    HandoverStore m_store;
};

} // namespace so::supervision
