#include "SyncDesk.h"
#include "AuthService.h"
#include "ConflictStore.h"
#include "Ingest.h"
#include "Money.h"
#include "NameBook.h"
#include "RecordCodec.h"
#include "RecordWrite.h"
#include "StaffService.h"
#include "StaffStore.h"
#include "StationCore.h"
#include "StationInfo.h"
#include "SyncClient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace so::sync {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// Words already in the language on show.
Names both(const QString &words)
{
    return Names{words, words};
}

} // namespace

SyncDesk::SyncDesk(StationCore &core, AuthService &auth, StationInfo &station, Ingest &ingest,
                   QObject *parent)
    : QObject(parent), m_core(core), m_auth(auth), m_station(station)
{
    m_origins.follow(&station);
    m_conflicts.follow(&station);
    connect(&ingest, &Ingest::batchTaken, this, &SyncDesk::refresh);
    connect(&auth, &AuthService::sessionChanged, this, [this] {
        m_message.clear();
        refresh();
    });
    connect(&station, &StationInfo::nameChanged, this, &SyncDesk::refresh);
}

QString SyncDesk::deviceId() const
{
    // Shown as a code, in capitals like the station's other codes.
    return m_core.db().deviceId().toUpper();
}

void SyncDesk::refresh()
{
    Database &db = m_core.db();
    QMap<QString, OriginRow> origins;
    ConflictStore store(db);
    for (const RecordKind &kind : m_core.records().all()) {
        auto held = store.heldFrom(kind.table);
        for (const HeldFrom &h : held ? *held : QList<HeldFrom>()) {
            OriginRow &o = origins[h.device];
            o.device = h.device;
            o.thisDevice = o.device == db.deviceId();
            o.records += h.records;
            o.latestAt = qMax(o.latestAt, h.latestAt);
        }
    }
    QList<OriginRow> rows = origins.values();
    // This device first, then the others by their newest record.
    std::stable_sort(rows.begin(), rows.end(), [](const OriginRow &a, const OriginRow &b) {
        return a.thisDevice != b.thisDevice ? a.thisDevice : a.latestAt > b.latestAt;
    });
    m_origins.setRows(rows);

    m_lastImport.clear();
    auto last = store.lastImport();
    if (last && last->has_value())
        m_lastImport =
            tr("%1 · %2 · %n record(s), %3 new, %4 conflicts", nullptr, (*last)->records)
                .arg(m_station.formatDateTime((*last)->at), QFileInfo((*last)->source).fileName())
                .arg((*last)->inserted)
                .arg((*last)->conflicts);

    QList<ConflictRow> conflicts;
    QHash<qint64, QJsonObject> arrivedBodies;
    m_openConflicts = 0;
    auto listed = store.conflicts();
    for (const ConflictEntry &c : listed ? *listed : QList<ConflictEntry>()) {
        ConflictRow r;
        r.id = c.id;
        r.kind = c.kind;
        r.recordId = c.recordId;
        r.foundAt = c.foundAt;
        r.source = c.source;
        const QJsonObject arrived = QJsonDocument::fromJson(c.arrivedJson.toUtf8()).object();
        arrivedBodies.insert(r.id, arrived.value(QLatin1String("body")).toObject());
        r.decision = c.decision;
        if (!r.decision.isEmpty())
            r.decidedBy = m_core.names().staff(c.decidedBy);
        r.note = c.note;
        r.reason = c.reason;
        r.otherId = c.otherId;
        conflicts << r;
        m_openConflicts += r.decision.isEmpty() ? 1 : 0;
    }
    // What differs, field by field: this device's version and the arrived one, or the first and
    // the second record of a pair a rule allows only one of.
    for (ConflictRow &r : conflicts) {
        const RecordKind *kind = m_core.records().find(r.kind);
        auto held = kind ? RecordCodec::find(db, *kind, r.recordId)
                         : Result<std::optional<SyncRecord>>(fail(QString()));
        const QJsonObject ours = held && held->has_value() ? (*held)->body : QJsonObject();
        QJsonObject theirs = arrivedBodies.value(r.id);
        if (!r.otherId.isEmpty()) {
            auto other = kind ? RecordCodec::find(db, *kind, r.otherId)
                              : Result<std::optional<SyncRecord>>(fail(QString()));
            theirs = other && other->has_value() ? (*other)->body : QJsonObject();
            // Made by a person, or by the app itself (the demo staff list, an import).
            const auto by = [this](const QString &who) {
                return who.startsWith(QLatin1String("system"))
                           ? Names{QStringLiteral("系统"), QStringLiteral("the system")}
                           : m_core.names().staff(who);
            };
            if (held && held->has_value()) {
                r.firstBy = by((*held)->createdBy);
                r.firstAt = (*held)->createdAt;
            }
            if (other && other->has_value()) {
                r.secondBy = by((*other)->createdBy);
                r.secondAt = (*other)->createdAt;
            }
            // Which of the two applies now, by the rule's own fold; and whom it is about.
            if (kind && kind->describePair) {
                const PairView v =
                    kind->describePair(db, m_core.names(), r.reason, r.recordId, r.otherId);
                r.subject = v.subject;
                r.inForce = v.inForce;
            }
        }
        QStringList keys = ours.keys() + theirs.keys();
        keys.removeDuplicates();
        keys.sort();
        // Passengers' details only for those who may see them; secrets to nobody.
        const bool masked = kind && !m_auth.access().allows(Permission::ViewPassengerData);
        // A value as a person reads it: people and ticket offices by name, money in yuan.
        const auto value = [this](const QString &field, const QJsonValue &v) -> Names {
            static const QStringList people{QStringLiteral("seller"), QStringLiteral("supervisor"),
                                            QStringLiteral("confirmed_by"),
                                            QStringLiteral("created_by")};
            if (v.isString() && people.contains(field)) {
                const Names n = m_core.names().staff(v.toString());
                return n.zh == v.toString() ? n
                                            : Names{n.zh + QLatin1Char(' ') + v.toString(),
                                                    n.en + QLatin1Char(' ') + v.toString()};
            }
            if (v.isString() && field == QLatin1String("booth"))
                return m_core.names().booth(v.toString());
            if (v.isDouble() && field.endsWith(QLatin1String("_fen"))) {
                const QString money = Money::fromFen(v.toInteger()).format();
                return Names{money, money};
            }
            const QString plain = shown(v);
            return Names{plain, plain};
        };
        for (const QString &k : std::as_const(keys)) {
            if (ours.value(k) == theirs.value(k))
                continue;
            if (kind && kind->secret.contains(k))
                r.differences << ConflictRow::Difference{k, both(tr("(not shown)")),
                                                         both(tr("(changed)"))};
            else if (masked && kind->personal.contains(k))
                r.differences << ConflictRow::Difference{k, both(tr("(hidden)")),
                                                         both(tr("(hidden)"))};
            else
                r.differences << ConflictRow::Difference{k, value(k, ours.value(k)),
                                                         value(k, theirs.value(k))};
        }
    }
    m_conflicts.setRows(conflicts);
    Q_EMIT changed();
}

void SyncDesk::follow(SyncClient *client)
{
    m_client = client;
    connect(client, &SyncClient::stateChanged, this, &SyncDesk::changed);
    // The warning comes on by itself when the oldest waiting record passes the limit: one timer,
    // set again at each change, never a poll.
    m_warnAt.setSingleShot(true);
    m_warnAt.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_warnAt, &QTimer::timeout, this, &SyncDesk::changed);
    connect(client, &SyncClient::stateChanged, this, [this] {
        const SyncState &s = m_client->state();
        const qint64 due = s.oldestWaitingAt + qint64(m_core.config().syncWarnMinutes) * 60000;
        const qint64 now = m_core.clock().nowMs();
        if (s.waiting > 0 && s.oldestWaitingAt > 0 && due > now)
            m_warnAt.start(int(qMin<qint64>(due - now + 1000, 24LL * 3600 * 1000)));
        else
            m_warnAt.stop();
    });
    connect(client, &SyncClient::roundDone, this, &SyncDesk::refresh);
    Q_EMIT changed();
}

bool SyncDesk::serverOnline() const
{
    return m_client && m_client->state().online;
}

QString SyncDesk::serverState() const
{
    if (!m_client)
        return {};
    const SyncState &s = m_client->state();
    const QString waiting = s.waiting > 0
                                ? tr("%n record(s) waiting to go", nullptr, int(s.waiting))
                                : tr("nothing waiting");
    if (s.online)
        //: The station server: when this tablet last synced, and what waits to go.
        return tr("Station server: connected · last sync %1 · %2")
            .arg(m_station.formatDateTime(s.lastSyncAt), waiting);
    if (s.offlineSince > 0)
        //: No station server reachable since a time; records keep being saved on this tablet.
        return tr("Station server: offline since %1 · %2 · records are kept here and go when it "
                  "answers")
            .arg(m_station.formatDateTime(s.offlineSince), waiting);
    return tr("Station server: connecting…");
}

QString SyncDesk::waitWarning() const
{
    if (!m_client)
        return {};
    const SyncState &s = m_client->state();
    const qint64 limit = qint64(m_core.config().syncWarnMinutes) * 60000;
    if (s.waiting == 0 || s.oldestWaitingAt == 0 ||
        m_core.clock().nowMs() - s.oldestWaitingAt < limit)
        return {};
    //: Records saved on this tablet have not reached the station server for too long.
    return tr("%n record(s) made here have waited longer than %1 min for the station server, the "
              "oldest since %2. "
              "They are safe on this tablet; check the Wi-Fi or tell the control room.",
              nullptr, int(s.waiting))
        .arg(m_core.config().syncWarnMinutes)
        .arg(m_station.formatDateTime(s.oldestWaitingAt));
}

bool SyncDesk::decide(qint64 conflictId, bool heldRight, const QString &note)
{
    const auto refuse = [this](const QString &why) {
        m_message = why;
        Q_EMIT changed();
        return false;
    };
    auto actor = m_auth.require(Permission::ResolveConflicts);
    if (!actor)
        return refuse(tr("Only a supervisor or an administrator may settle a conflict."));
    if (note.trimmed().size() < 4)
        return refuse(tr("Say why, in a few words, so the next person understands the decision."));
    Database &db = m_core.db();
    ConflictStore store(db);
    auto c = store.conflict(conflictId);
    if (!c || !c->has_value())
        return refuse(tr("This conflict is not on this tablet."));
    const ConflictEntry &entry = **c;
    // A pair: two records a rule allows one of. Otherwise one record's two versions.
    const bool isPair = !entry.otherId.isEmpty();
    const QString chosen = heldRight || !isPair ? entry.recordId : entry.otherId;
    const bool twoVersions = isPair && entry.kind == QLatin1String("staff_version");
    const QStringList versions{entry.recordId, entry.otherId};
    // Settled by writing the chosen version again: only while one of the two is in force, or a
    // later change (a PIN, a disabled account) would be undone.
    if (twoVersions) {
        auto inForce = StaffStore(db).inForce(versions);
        if (!inForce)
            return refuse(tr("Not saved: %1").arg(inForce.error()));
        if (*inForce == 0)
            return refuse(
                tr("This person's record has changed since; check it on the staff list instead."));
    }
    // A person's record decides who may sign in and do what: the administrator's call.
    if (twoVersions && !actor->can(Permission::ManageStaff))
        return refuse(tr("Only an administrator may settle two versions of a person."));
    const QString decision =
        heldRight ? QStringLiteral("held_right") : QStringLiteral("arrived_right");
    // A pair's decision is a record that travels, so every tablet shows the pair settled; a
    // decision between this tablet's version and an arrived one is this tablet's own.
    RecordWrite w(m_core, actor->staffNo);
    const Stamp stamp = w.stamp();
    w.step([&]() -> Status {
        auto open = store.isOpen(conflictId);
        if (!open)
            return fail(open.error());
        if (!*open)
            return fail(tr("This conflict has been settled already."));
        return isPair ? store.insertPairDecision(stamp, entry, decision, note.trimmed())
                      : store.insertDecision(conflictId, stamp.createdAt, actor->staffNo, decision,
                                             note.trimmed());
    });
    w.audit(QStringLiteral("sync_conflict_decided"),
            isPair ? QStringLiteral("conflict_decision") : QStringLiteral("sync_conflict"),
            isPair ? stamp.id : QString::number(conflictId),
            {{QStringLiteral("decision"), decision}, {QStringLiteral("chosen"), chosen}});
    // The chosen version becomes the person's next one, which every device then folds to.
    if (twoVersions)
        w.step([&] { return StaffService(m_core).settleVersions(*actor, chosen); });
    const Status s = w.commit();
    m_message = s ? QString() : tr("Not saved: %1").arg(s.error());
    refresh();
    return s.ok();
}

} // namespace so::sync
