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
}
