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
    header: Text {
        width: ListView.view.width - 24
        height: 44
        text: root.message.length > 0 ? root.message : qsTr("Finalized this week")
        color: root.message.length > 0 ? Theme.fail : Theme.text
        font.pixelSize: Theme.bodySize + 2
        font.bold: true
    }
    delegate: Rectangle {
        id: row
        required property var modelData
        objectName: "inspection_" + modelData.id
        width: ListView.view.width - 24
        height: column.implicitHeight + 20
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
            spacing: 6
            Text {
                Layout.fillWidth: true
                text: (Language.chinese ? row.modelData.nameZh : row.modelData.nameEn) + " · " + row.modelData.target
                font.pixelSize: Theme.bodySize
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: Station.formatDateTime(row.modelData.finishedAt) + " · " + row.modelData.by
                      + " · " + qsTr("%n fault(s)", "", row.modelData.failed) + " · "
                      + (row.modelData.review === "approved" ? qsTr("approved")
                         : row.modelData.review === "sent_back" ? qsTr("sent back: %1").arg(row.modelData.reviewComment)
                         : qsTr("awaiting review"))
                font.pixelSize: Theme.smallSize
                color: row.modelData.review === "sent_back" ? Theme.fail : Theme.textMuted
                wrapMode: Text.WordWrap
            }
            RowLayout {
                visible: row.modelData.review === "" && Auth.permissions.indexOf("review_inspection") >= 0
                spacing: 8
                TextField {
                    id: comment
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch + 4
                    placeholderText: qsTr("Comment (needed to send back)")
                    font.pixelSize: Theme.smallSize + 1
                }
                Button {
                    objectName: "approve_" + row.modelData.id
                    Layout.preferredHeight: Theme.touch + 4
                    text: qsTr("Approve")
                    font.pixelSize: Theme.bodySize
                    onClicked: { const r = Patrol.review(row.modelData.id, true, comment.text); root.message = r.ok ? "" : r.message }
                }
                Button {
                    objectName: "sendBack_" + row.modelData.id
                    Layout.preferredHeight: Theme.touch + 4
                    enabled: comment.text.trim().length > 0
                    text: qsTr("Send back")
                    font.pixelSize: Theme.bodySize
                    onClicked: { const r = Patrol.review(row.modelData.id, false, comment.text); root.message = r.ok ? "" : r.message }
                }
            }
            Button {
                objectName: "incident_" + row.modelData.id
                Layout.preferredHeight: Theme.touch + 4
                text: qsTr("Incident")
                font.pixelSize: Theme.bodySize
                onClicked: {
                    const label = (Language.chinese ? row.modelData.nameZh : row.modelData.nameEn) + " · " + row.modelData.target
                                  + " · " + Station.formatDateTime(row.modelData.finishedAt)
                    Incidents.prepare({ links: [{ kind: "inspection", id: row.modelData.id, label: label }] })
                    root.navigate("incidents")
                }
            }
            Button {
                visible: row.modelData.review === "sent_back" && row.modelData.by === Auth.staffNo
                Layout.preferredHeight: Theme.touch + 4
                text: qsTr("Correct it")
                font.pixelSize: Theme.bodySize
                onClicked: Patrol.revise(row.modelData.id)
            }
        }
    }
}
