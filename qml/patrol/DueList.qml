import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// Patrols due now, overdue first, each with one Start (or Resume).
ListView {
    id: root
    objectName: "dueList"
    clip: true
    spacing: 8
    topMargin: 12
    leftMargin: 12
    rightMargin: 12
    model: Patrol.due
    header: Text {
        width: ListView.view.width - 24
        height: 44
        text: Patrol.message.length > 0 ? Patrol.message : qsTr("Patrols and checks")
        color: Patrol.message.length > 0 ? Theme.fail : Theme.text
        font.pixelSize: Theme.bodySize + 2
        font.bold: true
        elide: Text.ElideRight
    }
    delegate: Rectangle {
        id: row
        required property string templateId
        required property string nameZh
        required property string nameEn
        required property string targetKind
        required property string targetId
        required property string targetZh
        required property string targetEn
        required property string status
        required property double dueBy
        required property double nextSlotAt
        required property double lastDoneAt
        required property int missedToday
        required property string draftId
        objectName: "due_" + templateId + "_" + targetId
        width: ListView.view.width - 24
        height: 88
        radius: Theme.radius
        color: Theme.surface
        border.color: status === "overdue" ? Theme.fail : Theme.border
        border.width: status === "overdue" ? 2 : 1
        readonly property color statusColor: status === "overdue" ? Theme.fail : status === "due" ? Theme.warning
                                             : status === "in_progress" ? Theme.accent : Theme.pass
        Rectangle { width: 8; height: parent.height; radius: Theme.radius; color: row.statusColor }
        RowLayout {
            anchors { fill: parent; leftMargin: 20; rightMargin: 12 }
            spacing: 12
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: (Language.chinese ? row.nameZh : row.nameEn) + " · " + (Language.chinese ? row.targetZh : row.targetEn)
                    font.pixelSize: Theme.bodySize + 1
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: {
                        const last = row.lastDoneAt > 0 ? qsTr("last done %1").arg(Station.formatDateTime(row.lastDoneAt)) : qsTr("never done")
                        let s
                        // A deadline from an earlier day shows its date.
                        const when = Date.now() - row.dueBy > 12 * 3600 * 1000 ? Station.formatDateTime(row.dueBy)
                                                                               : Station.formatTime(row.dueBy)
                        if (row.status === "overdue") s = qsTr("Overdue since %1").arg(when)
                        else if (row.status === "due") s = qsTr("Due by %1").arg(Station.formatTime(row.dueBy))
                        else if (row.status === "in_progress") s = qsTr("In progress")
                        else s = row.nextSlotAt > 0 ? qsTr("Done · next at %1").arg(Station.formatTime(row.nextSlotAt)) : qsTr("Done")
                        return s + " · " + last + (row.missedToday > 0 ? " · " + qsTr("%n missed today", "", row.missedToday) : "")
                    }
                    font.pixelSize: Theme.smallSize
                    color: row.status === "overdue" ? Theme.fail : Theme.textMuted
                    elide: Text.ElideRight
                }
            }
            Button {
                objectName: "start_" + row.templateId + "_" + row.targetId
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 120
                highlighted: row.status !== "done"
                visible: Auth.permissions.indexOf("run_inspection") >= 0
                text: row.draftId ? qsTr("Resume") : qsTr("Start")
                font.pixelSize: Theme.bodySize
                onClicked: row.draftId ? Patrol.resume(row.draftId) : Patrol.start(row.templateId, row.targetKind, row.targetId)
            }
        }
    }
}
