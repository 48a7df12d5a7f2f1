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
    // The header and the rows reach this list as ListView.view, by its type: `root` is out of
    // their sight, and `pragma ComponentBehavior: Bound` would leave the header unmade on Qt 6.4.
    header: SectionHeading {
        readonly property FollowUpList list: ListView.view as FollowUpList
        width: ListView.view.width - 24
        height: 44
        problem: list.message.length > 0
        text: problem ? list.message : qsTr("Open follow-ups (%1)").arg(list.count)
    }
    delegate: Rectangle {
        id: row
        required property string followUpId
        required property string asset
        required property string problem
        required property int priority
        required property string dueText
        required property bool overdue
        readonly property FollowUpList list: ListView.view as FollowUpList
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
                Label {
                    Layout.fillWidth: true
                    text: row.asset
                    font.bold: true
                    elide: Text.ElideRight
                }
                Caption {
                    text: row.dueText
                    warn: row.overdue
                }
            }
            RowLayout {
                spacing: 8
                Label {
                    Layout.fillWidth: true
                    text: row.problem
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                }
                // A fault that touched a passenger becomes an incident that points back here.
                Button {
                    objectName: "incident_" + row.followUpId
                    Layout.preferredHeight: Theme.touch + 4
                    text: qsTr("Incident")
                    onClicked: {
                        Incidents.prepare({ description: row.problem,
                                            links: [{ kind: "follow_up", id: row.followUpId, label: row.asset + ": " + row.problem }] })
                        row.list.navigate("incidents")
                    }
                }
            }
            RowLayout {
                visible: Auth.can.closeFollowUp
                spacing: 8
                TextField {
                    id: note
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch + 4
                    placeholderText: qsTr("How it was put right")
                }
                Button {
                    objectName: "close_" + row.followUpId
                    Layout.preferredHeight: Theme.touch + 4
                    enabled: note.text.trim().length > 0
                    text: qsTr("Close")
                    onClicked: row.list.close(row.followUpId, note.text)
                }
            }
        }
    }
    // In the list's scope: closing removes the row, and its delegate, while this runs.
    function close(id, text) {
        const r = Patrol.closeFollowUp(id, text)
        root.message = r.ok ? "" : r.message
    }
}
