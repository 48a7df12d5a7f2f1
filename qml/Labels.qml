pragma Singleton
import QtQuick

// Words for values that come from C++ as keys (roles, states). Callers pass Language.current as
// the last argument so their bindings re-read the word when the language changes.
QtObject {
    id: root

    function role(key, language) {
        switch (key) {
        case "agent": return qsTr("Station agent")
        case "seller": return qsTr("Ticket seller")
        case "supervisor": return qsTr("Duty station master")
        case "admin": return qsTr("Administrator")
        }
        return key
    }

    function linkState(key, language) {
        switch (key) {
        case "up": return qsTr("Connected")
        case "down": return qsTr("No connection")
        case "opening": return qsTr("Connecting")
        case "disabled": return qsTr("Not started")
        }
        return key
    }

    function priority(p, language) {
        switch (p) {
        case 1: return qsTr("Critical")
        case 2: return qsTr("High")
        case 3: return qsTr("Medium")
        case 4: return qsTr("Low")
        }
        return ""
    }

    function cashKind(kind, language) {
        switch (kind) {
        case "sale": return qsTr("Sale")
        case "refund": return qsTr("Refund")
        case "exchange": return qsTr("Exchange")
        case "payout": return qsTr("Payout")
        case "drop": return qsTr("Safe drop")
        case "no_sale": return qsTr("Drawer opened")
        case "void": return qsTr("Undone")
        case "adjustment": return qsTr("Correction")
        }
        return kind
    }

    function incidentState(key, language) {
        switch (key) {
        case "new": return qsTr("New")
        case "assessed": return qsTr("Assessed")
        case "investigating": return qsTr("Investigating")
        case "resolution_proposed": return qsTr("Resolution proposed")
        case "approved": return qsTr("Approved")
        case "resolved": return qsTr("Resolved")
        case "callback_done": return qsTr("Called back")
        case "closed": return qsTr("Closed")
        case "cancelled": return qsTr("Cancelled")
        }
        return key
    }

    // What a linked record is, for "Linked: ..." lines.
    function recordKind(key, language) {
        switch (key) {
        case "alarm": return qsTr("alarm")
        case "inspection": return qsTr("inspection")
        case "follow_up": return qsTr("follow-up")
        }
        return key
    }

    function incidentMove(key, language) {
        switch (key) {
        case "assessed": return qsTr("Assess")
        case "investigating": return qsTr("Investigate")
        case "resolution_proposed": return qsTr("Propose a resolution")
        case "approved": return qsTr("Approve the resolution")
        case "resolved": return qsTr("Mark resolved")
        case "callback_done": return qsTr("Callback done")
        case "closed": return qsTr("Close")
        case "cancelled": return qsTr("Cancel the case")
        }
        return key
    }

    // The four jobs and the handover's notes, as headings.
    function job(key, language) {
        switch (key) {
        case "alarms": return qsTr("Device alarms")
        case "patrol": return qsTr("Patrols and follow-ups")
        case "cash": return qsTr("Ticket cash")
        case "incidents": return qsTr("Passenger service")
        case "notes": return qsTr("Notes")
        }
        return key
    }

    function dueStatus(key, language) {
        switch (key) {
        case "done": return qsTr("Done")
        case "in_progress": return qsTr("In progress")
        case "due": return qsTr("Due")
        case "overdue": return qsTr("Overdue")
        }
        return key
    }

    function staffName(zh, en, language) {
        return language === "zh_CN" ? zh : en
    }
}
