import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Incidents
import StationOps.Ui

// Open follow-ups, worst first. A supervisor closes one with a note on how it was put right.
ListView {
    id: root
    objectName: "followUpList"
    clip: true
    spacing: 8
    topMargin: 12
    leftMargin: 12
    rightMargin: 12
    model: Patrol.followUps
    property string message: ""
    signal navigate(string page)
    header: Text {
        width: ListView.view.width - 24
        height: 44
        text: root.message.length > 0 ? root.message : qsTr("Open follow-ups (%1)").arg(root.count)
        color: root.message.length > 0 ? Theme.fail : Theme.text
        font.pixelSize: Theme.bodySize + 2
        font.bold: true
        elide: Text.ElideRight
    }
    delegate: Rectangle {
        id: row
        required property string followUpId
        required property string asset
        required property string problem
        required property int priority
        required property double dueAt
        required property string by
        width: ListView.view.width - 24
        height: column.implicitHeight + 24
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
            spacing: 6
            RowLayout {
                spacing: 8
                PriorityBadge { priority: row.priority; small: true }
                Text {
                    Layout.fillWidth: true
                    text: row.asset
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                }
                Text {
                    text: (row.dueAt < Date.now() ? qsTr("overdue") + " · " : "") + qsTr("due %1").arg(Station.formatDateTime(row.dueAt))
                    font.pixelSize: Theme.smallSize
                    color: row.dueAt < Date.now() ? Theme.fail : Theme.textMuted
                }
            }
            RowLayout {
                spacing: 8
                Text {
                    Layout.fillWidth: true
                    text: row.problem
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.smallSize + 1
                    color: Theme.textMuted
                }
                // A fault that touched a passenger becomes an incident that points back here.
                Button {
                    objectName: "incident_" + row.followUpId
                    Layout.preferredHeight: Theme.touch + 4
                    text: qsTr("Incident")
                    font.pixelSize: Theme.bodySize
                    onClicked: {
                        Incidents.prepare({ description: row.problem,
                                            links: [{ kind: "follow_up", id: row.followUpId, label: row.asset + ": " + row.problem }] })
                        root.navigate("incidents")
                    }
                }
            }
            RowLayout {
                visible: Auth.permissions.indexOf("close_follow_up") >= 0
                spacing: 8
                TextField {
                    id: note
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch + 4
                    placeholderText: qsTr("How it was put right")
                    font.pixelSize: Theme.smallSize + 1
                }
                Button {
                    objectName: "close_" + row.followUpId
                    Layout.preferredHeight: Theme.touch + 4
                    enabled: note.text.trim().length > 0
                    text: qsTr("Close")
                    font.pixelSize: Theme.bodySize
                    onClicked: {
                        const r = Patrol.closeFollowUp(row.followUpId, note.text)
                        root.message = r.ok ? "" : r.message
                    }
                }
            }
        }
    }
}
