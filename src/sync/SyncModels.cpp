#include "SyncModels.h"

#include <QFileInfo>

namespace so::sync {

QVariant OriginModel::data(const QModelIndex &index, int role) const
{
    const OriginRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case DeviceRole:
        return r->device;
    case ShortIdRole:
        return r->device.right(8).toUpper();
    case ThisDeviceRole:
        return r->thisDevice;
    case RecordsRole:
        return r->records;
    case LatestRole:
        return r->latestAt > 0 ? dateTime(r->latestAt) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> OriginModel::roleNames() const
{
    return {{DeviceRole, "device"},
            {ShortIdRole, "shortId"},
            {ThisDeviceRole, "thisDevice"},
            {RecordsRole, "records"},
            {LatestRole, "latest"}};
}

QString ConflictModel::kindWords(const QString &kind)
{
    if (kind == QLatin1String("incident"))
        return tr("Incident as reported");
    if (kind == QLatin1String("incident_event"))
        return tr("Incident step");
    if (kind == QLatin1String("link"))
        return tr("Link between records");
    if (kind == QLatin1String("staff_version"))
        return tr("Staff member's record");
    static const QHash<QString, const char *> words{
        {QStringLiteral("inspection"), QT_TR_NOOP("Inspection")},
        {QStringLiteral("inspection_review"), QT_TR_NOOP("Inspection review")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("follow_up_event"), QT_TR_NOOP("Follow-up step")},
        {QStringLiteral("handover"), QT_TR_NOOP("Shift handover")},
        {QStringLiteral("handover_note"), QT_TR_NOOP("Handover note")},
        {QStringLiteral("handover_note_clear"), QT_TR_NOOP("Handover note cleared")},
        {QStringLiteral("handover_ack"), QT_TR_NOOP("Handover acknowledgement")},
        {QStringLiteral("cash_shift"), QT_TR_NOOP("Booth shift")},
        {QStringLiteral("cash_entry"), QT_TR_NOOP("Sale or drawer entry")},
        {QStringLiteral("cash_close"), QT_TR_NOOP("Blind count")},
        {QStringLiteral("cash_signoff"), QT_TR_NOOP("Shift sign-off")},
        {QStringLiteral("cash_ledger"), QT_TR_NOOP("Over/short ledger entry")},
        {QStringLiteral("cash_adjustment"), QT_TR_NOOP("Shift correction")},
        {QStringLiteral("audit_event"), QT_TR_NOOP("Audit record")},
    };
    const char *w = words.value(kind);
    return w ? tr(w) : kind;
}

QString ConflictModel::fieldWords(const QString &field)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("location"), QT_TR_NOOP("Place")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("subtype"), QT_TR_NOOP("Kind")},
        {QStringLiteral("channel"), QT_TR_NOOP("Reported by")},
        {QStringLiteral("occurred_at"), QT_TR_NOOP("When it happened")},
        {QStringLiteral("passenger_name"), QT_TR_NOOP("Passenger's name")},
        {QStringLiteral("passenger_contact"), QT_TR_NOOP("Passenger's contact")},
        {QStringLiteral("staff_involved"), QT_TR_NOOP("Staff involved")},
        {QStringLiteral("immediate_actions"), QT_TR_NOOP("Done on the spot")},
        {QStringLiteral("impact"), QT_TR_NOOP("Impact")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("kind"), QT_TR_NOOP("Entry")},
        {QStringLiteral("from_state"), QT_TR_NOOP("From")},
        {QStringLiteral("to_state"), QT_TR_NOOP("To")},
        {QStringLiteral("details"), QT_TR_NOOP("Details")},
        {QStringLiteral("parent_event_id"), QT_TR_NOOP("After entry")},
        {QStringLiteral("incident_id"), QT_TR_NOOP("Incident")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation")},
        {QStringLiteral("name_zh"), QT_TR_NOOP("Name in Chinese")},
        {QStringLiteral("name_en"), QT_TR_NOOP("Name in English")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("pin_hash"), QT_TR_NOOP("PIN")},
        {QStringLiteral("pin_salt"), QT_TR_NOOP("PIN")},
        {QStringLiteral("pin_iterations"), QT_TR_NOOP("PIN")},
        {QStringLiteral("version"), QT_TR_NOOP("Version")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Follows version")},
        {QStringLiteral("booth"), QT_TR_NOOP("Ticket office")},
        {QStringLiteral("seller"), QT_TR_NOOP("Seller")},
        {QStringLiteral("float_fen"), QT_TR_NOOP("Float")},
        {QStringLiteral("float_counts"), QT_TR_NOOP("Float by denomination")},
        {QStringLiteral("confirmed_by"), QT_TR_NOOP("Float confirmed by")},
        {QStringLiteral("counts"), QT_TR_NOOP("Count by denomination")},
        {QStringLiteral("counted_fen"), QT_TR_NOOP("Counted")},
        {QStringLiteral("expected_fen"), QT_TR_NOOP("Expected")},
        {QStringLiteral("variance_fen"), QT_TR_NOOP("Over or short")},
        {QStringLiteral("supervisor"), QT_TR_NOOP("Supervisor")},
        {QStringLiteral("decision"), QT_TR_NOOP("Decision")},
        {QStringLiteral("seller_reason"), QT_TR_NOOP("Seller's reason")},
        {QStringLiteral("recount"), QT_TR_NOOP("Recount by denomination")},
        {QStringLiteral("recount_fen"), QT_TR_NOOP("Recounted")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("shift_id"), QT_TR_NOOP("Shift")},
        {QStringLiteral("amount_fen"), QT_TR_NOOP("Amount")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
    };
    const char *w = words.value(field);
    return w ? tr(w) : field;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    const ConflictRow *r = rowAt(index);
    if (!r)
        return {};
    switch (role) {
    case ConflictIdRole:
        return r->id;
    case WhatRole:
        if (r->reason == QLatin1String("same_parent") && r->kind == QLatin1String("incident_event"))
            return tr("Incident: two moves made at the same time");
        if (r->reason == QLatin1String("same_parent"))
            //: Two versions of one record made on two devices from the same earlier one.
            return tr("%1: two versions made at the same time")
                .arg(r->subject.zh.isEmpty()
                         ? kindWords(r->kind)
                         : kindWords(r->kind) + QStringLiteral(" · ") + in(r->subject));
        //: Two shifts open at once at one ticket office (its name), made on two tablets offline.
        if (r->reason == QLatin1String("same_booth"))
            return tr("%1: two shifts open at once").arg(in(r->subject));
        //: One seller (their name) with two shifts open at once, made on two tablets offline.
        if (r->reason == QLatin1String("same_seller"))
            return tr("%1: two shifts open at the same time").arg(in(r->subject));
        //: A shift (ticket office · seller) whose drawer was counted on two tablets.
        if (r->reason == QLatin1String("second_close"))
            return tr("%1: counted twice; the first count stands").arg(in(r->subject));
        //: A shift (ticket office · seller) signed off on two tablets.
        if (r->reason == QLatin1String("second_signoff"))
            return tr("%1: signed off twice; the first sign-off stands").arg(in(r->subject));
        //: A seller (their name) whose repayments, taken on two tablets offline, add up to more
        //: than they owed.
        if (r->reason == QLatin1String("over_repaid"))
            return tr("%1: repaid more than was owed").arg(in(r->subject));
        return kindWords(r->kind);
    case RecordRole:
        return r->recordId.toUpper();
    case FoundRole:
        if (!r->otherId.isEmpty())
            return tr("Found %1").arg(dateTime(r->foundAt));
        //: When a conflict was found, and the file or server it came in.
        return tr("Found %1 in %2").arg(dateTime(r->foundAt), QFileInfo(r->source).fileName());
    case SidesRole:
        return r->otherId.isEmpty() ? tr("Field: this tablet's → the arrived")
                                    : tr("Field: first → second");
    case FirstChoiceRole:
        return r->otherId.isEmpty() ? tr("This tablet's version is right")
                                    : tr("The first is right");
    case SecondChoiceRole:
        return r->otherId.isEmpty() ? tr("The arrived version is right")
                                    : tr("The second is right");
    case DifferencesRole: {
        QStringList lines;
        if (!r->otherId.isEmpty()) {
            //: The two records of a pair: who made each and when, and which applies now.
            //: Who made a record, and when: "陈静 · 2026-12-02 09:14".
            const QString first = tr("%1 · %2").arg(in(r->firstBy), dateTime(r->firstAt));
            const QString second = tr("%1 · %2").arg(in(r->secondBy), dateTime(r->secondAt));
            lines
                << tr("First: %1%2").arg(first, r->inForce == 1 ? tr(" (in force)") : QString())
                << tr("Second: %1%2").arg(second, r->inForce == 2 ? tr(" (in force)") : QString());
        }
        for (const ConflictRow::Difference &d : r->differences)
            lines << QStringLiteral("%1: %2 → %3")
                         .arg(fieldWords(d.field), in(d.held), in(d.arrived));
        return lines.join(QLatin1Char('\n'));
    }
    case OpenRole:
        return r->decision.isEmpty();
    case DecisionRole:
        if (r->decision.isEmpty())
            return QString();
        return (r->decision == QLatin1String("held_right")
                    ? data(index, FirstChoiceRole).toString()
                    : data(index, SecondChoiceRole).toString()) +
               QStringLiteral(" · ") + in(r->decidedBy) + QStringLiteral(": ") + r->note;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"},   {WhatRole, "what"},
            {RecordRole, "recordId"},         {FoundRole, "found"},
            {DifferencesRole, "differences"}, {OpenRole, "open"},
            {DecisionRole, "decision"},       {SidesRole, "sides"},
            {FirstChoiceRole, "firstChoice"}, {SecondChoiceRole, "secondChoice"}};
}

} // namespace so::sync
