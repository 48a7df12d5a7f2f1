import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Incidents
import StationOps.Ui

// The week's finalized inspections. A supervisor approves one or sends it back with a comment;
// the inspector then corrects it as a new revision.
ListView {
    id: root
    objectName: "recentInspections"
    clip: true
    spacing: 8
    topMargin: 12
    leftMargin: 12
    rightMargin: 12
    model: Patrol.recent
    property string message: ""
    signal navigate(string page)
    // The header and the rows reach this list as ListView.view, by its type: `root` is out of
    // their sight, and `pragma ComponentBehavior: Bound` would leave the header unmade on Qt 6.4.
    header: SectionHeading {
        readonly property RecentInspections list: ListView.view as RecentInspections
        width: ListView.view.width - 24
        height: 44
        problem: list.message.length > 0
        text: problem ? list.message : qsTr("Finalized this week")
    }
    delegate: Rectangle {
        id: row
        required property string inspectionId
        required property string name
        required property string target
        required property string summary
        required property bool sentBack
        required property bool reviewable
        required property bool revisable
        readonly property RecentInspections list: ListView.view as RecentInspections
        objectName: "inspection_" + inspectionId
        width: ListView.view.width - 24
        height: column.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
            spacing: 6
            Label {
                Layout.fillWidth: true
                text: row.name + " · " + row.target
                font.bold: true
                elide: Text.ElideRight
            }
            Caption {
                Layout.fillWidth: true
                text: row.summary
                warn: row.sentBack
                wrapMode: Text.WordWrap
            }
            TextField {
                id: comment
                visible: row.reviewable
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch + 4
                placeholderText: qsTr("Comment (needed to send back)")
            }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "approve_" + row.inspectionId
                    visible: row.reviewable
                    Layout.preferredHeight: Theme.touch + 4
                    text: qsTr("Approve")
                    onClicked: row.list.review(row.inspectionId, true, comment.text)
                }
                Button {
                    objectName: "sendBack_" + row.inspectionId
                    visible: row.reviewable
                    Layout.preferredHeight: Theme.touch + 4
                    enabled: comment.text.trim().length > 0
                    text: qsTr("Send back")
                    onClicked: row.list.review(row.inspectionId, false, comment.text)
                }
                Button {
                    objectName: "incident_" + row.inspectionId
                    Layout.preferredHeight: Theme.touch + 4
                    text: qsTr("Incident")
                    onClicked: {
                        Incidents.prepare({ links: [{ kind: "inspection", id: row.inspectionId,
                                                      label: row.name + " · " + row.target }] })
                        row.list.navigate("incidents")
                    }
                }
                Button {
                    visible: row.revisable
                    Layout.preferredHeight: Theme.touch + 4
                    text: qsTr("Correct it")
                    onClicked: Patrol.revise(row.inspectionId)
                }
            }
        }
    }
    // In the list's scope: a review changes the row while this runs.
    function review(id, approve, text) {
        const r = Patrol.review(id, approve, text)
        root.message = r.ok ? "" : r.message
    }
}
