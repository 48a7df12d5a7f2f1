import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// Patrols due now, overdue first, each with one Start (or Resume). Tapping a platform side's
// row shows its door map without starting anything.
ListView {
    id: root
    objectName: "dueList"
    clip: true
    spacing: 8
    topMargin: 12
    leftMargin: 12
    rightMargin: 12
    model: Patrol.due
    header: SectionHeading {
        width: ListView.view.width - 24
        height: 44
        problem: Patrol.message.length > 0
        text: problem ? Patrol.message : qsTr("Patrols and checks")
    }
    delegate: Rectangle {
        id: row
        required property string templateId
        required property string targetKind
        required property string targetId
        required property string name
        required property string target
        required property string status
        required property string statusText
        required property string draftId
        objectName: "due_" + templateId + "_" + targetId
        width: ListView.view.width - 24
        height: 88
        radius: Theme.radius
        color: Theme.surface
        border.color: status === "overdue" ? Theme.fail : Theme.border
        border.width: status === "overdue" ? 2 : 1
        Rectangle {
            width: 8
            height: parent.height
            radius: Theme.radius
            color: row.status === "overdue" ? Theme.fail : row.status === "due" ? Theme.warning
                   : row.status === "in_progress" ? Theme.accent : Theme.pass
        }
        TapHandler {
            enabled: row.targetKind === "platform-side"
            onTapped: Patrol.view(row.targetId, row.templateId)
        }
        RowLayout {
            anchors { fill: parent; leftMargin: 20; rightMargin: 12 }
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: row.name + " · " + row.target
                    font.bold: true
                    elide: Text.ElideRight
                }
                Caption {
                    Layout.fillWidth: true
                    text: row.statusText
                    warn: row.status === "overdue"
                }
            }
            Button {
                objectName: "start_" + row.templateId + "_" + row.targetId
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 120
                highlighted: row.status !== "done"
                visible: Auth.can.runInspection
                text: row.draftId ? qsTr("Resume") : qsTr("Start")
                onClicked: row.draftId ? Patrol.resume(row.draftId) : Patrol.start(row.templateId, row.targetKind, row.targetId)
            }
        }
    }
}
