import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Checklists
import StationOps.Cash
import StationOps.Incidents
import StationOps.Supervision
import StationOps.Sync

// Home: what is mine now, the most urgent first. Each feature adds its cards here.
Flickable {
    id: root
    contentHeight: column.implicitHeight + 48
    clip: true
    signal navigate(string page)

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: qsTr("Good to see you, %1.").arg(Auth.name)
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 · %2 · %3").arg(Station.name).arg(Station.date).arg(Station.clock)
            font.pixelSize: Theme.bodySize
            color: Theme.textMuted
        }
        // With a station server: whether records are getting through, and what waits here.
        Label {
            objectName: "homeServerState"
            Layout.fillWidth: true
            visible: Sync.serverState !== ""
            text: Sync.serverState
            font.pixelSize: Theme.bodySize
            color: Sync.serverOnline ? Theme.textMuted : Theme.warning
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "homeWaitWarning"
            Layout.fillWidth: true
            visible: Sync.waitWarning !== ""
            text: Sync.waitWarning
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.warning
            wrapMode: Text.WordWrap
        }
        GridLayout {
            id: cards
            objectName: "homeCards"
            Layout.fillWidth: true
            columns: 2
            columnSpacing: 16
            rowSpacing: 16
            Card {
                objectName: "handoverCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: Handover.pending.valid
                title: qsTr("Handover waiting")
                badge: String(Handover.pending.count)
                detail: qsTr("%1 handed over at %2. The incoming person reads it and acknowledges with their PIN.")
                        .arg(Handover.pending.by).arg(Handover.pending.atTime)
                accentColor: Theme.warning
                onOpened: root.navigate("handover")
            }
            Card {
                objectName: "cashCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: Auth.can.sellTickets
                title: qsTr("My cash shift")
                badge: Cash.shiftOpen ? Cash.booth : ""
                detail: Cash.summary
                accentColor: Cash.waitingSignOff ? Theme.warning : Theme.accent
                onOpened: root.navigate("cash")
            }
            Card {
                objectName: "patrolCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: Auth.can.runInspection
                title: qsTr("Patrols due")
                badge: String(Patrol.due.pending)
                detail: Patrol.due.pending > 0 ? qsTr("%n patrol(s) or check(s) due or overdue now.", "", Patrol.due.pending)
                                               : qsTr("Nothing due now.")
                accentColor: Patrol.due.pending > 0 ? Theme.warning : Theme.pass
                onOpened: root.navigate("patrol")
            }
            Card {
                objectName: "followUpsCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Open follow-ups")
                badge: String(Patrol.followUps.count)
                detail: Patrol.followUps.count > 0 ? qsTr("Faults found on patrol that are not put right yet.")
                                                   : qsTr("No open follow-ups.")
                accentColor: Patrol.followUps.count > 0 ? Theme.warning : Theme.pass
                onOpened: root.navigate("patrol")
            }
            Card {
                objectName: "incidentsCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: Auth.can.reviewIncident
                readonly property var counts: Incidents.stationCounts
                readonly property int waiting: (counts.new || 0) + (counts.approval || 0) + (counts.callbacks || 0)
                title: qsTr("Passenger service")
                badge: (counts.breached || 0) > 0 ? qsTr("%1 overdue").arg(counts.breached) : String(waiting)
                detail: (counts.breached || 0) > 0 || (counts.warning || 0) > 0
                        ? qsTr("Overdue: %1 · due soon: %2 · to assess %3, to approve %4, callbacks %5")
                              .arg(counts.breached || 0).arg(counts.warning || 0)
                              .arg(counts.new || 0).arg(counts.approval || 0).arg(counts.callbacks || 0)
                        : waiting > 0 ? qsTr("To assess %1, to approve %2, callbacks %3 · none overdue")
                                            .arg(counts.new || 0).arg(counts.approval || 0).arg(counts.callbacks || 0)
                                      : qsTr("No case waiting for you.")
                accentColor: (counts.breached || 0) > 0 ? Theme.fail : (counts.warning || 0) > 0 ? Theme.warning
                             : waiting > 0 ? Theme.accent : Theme.pass
                onOpened: root.navigate("incidents")
            }
            Card {
                objectName: "alarmsCard"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: Auth.can.viewAlarms
                title: qsTr("Alarms needing a person")
                badge: String(Alarms.activeCount)
                detail: Alarms.summaryText
                accentColor: Alarms.hasUnacknowledged ? Theme.priorityColor(Alarms.worstPriority) : Theme.pass
                onOpened: root.navigate("alarms")
            }
            Card {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Signed in")
                detail: qsTr("%1 · %2 · staff number %3. The tablet locks itself after %n idle minute(s).", "", Auth.idleLockMinutes)
                        .arg(Auth.name)
                        .arg(Labels.role(Auth.role, Language.current))
                        .arg(Auth.staffNo)
                accentColor: Theme.pass
            }
        }
    }
}
