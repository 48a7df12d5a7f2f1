import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// What is open now across the four jobs (or what a handover handed over), by job, most urgent
// first. The list updates row by row, so it keeps its place while alarms arrive.
Rectangle {
    id: root
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors { fill: parent; margins: 12 }
        spacing: 8
        SectionHeading {
            objectName: "handoverHeading"
            Layout.fillWidth: true
            text: Handover.headline
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            visible: Handover.mode === Handover.Writing
            Repeater {
                model: Handover.jobCounts
                delegate: Rectangle {
                    required property string modelData
                    width: chipText.implicitWidth + 24
                    height: 36
                    radius: 18
                    color: Theme.background
                    Caption {
                        id: chipText
                        anchors.centerIn: parent
                        text: parent.modelData
                        color: Theme.text
                    }
                }
            }
            Rectangle {
                width: carriedText.implicitWidth + 24
                height: 36
                radius: 18
                color: Theme.carriedBackground
                Caption {
                    id: carriedText
                    anchors.centerIn: parent
                    text: "\u21bb " + qsTr("Carried from earlier shifts: %1").arg(Handover.carriedCount)
                    color: Theme.text
                }
            }
        }
        ListView {
            id: list
            objectName: "handoverItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: Handover.items
            section.property: "job"
            // Not `pragma ComponentBehavior: Bound` in this file: on Qt 6.4 it leaves a ListView's
            // section delegate "not ready", and the job headings vanish.
            section.delegate: Label {
                required property string section
                objectName: "jobHeading"
                width: ListView.view.width
                topPadding: 10
                bottomPadding: 4
                text: section
                font.bold: true
                color: Theme.accent
            }
            delegate: OpenItemRow {
                required property string itemKey
                required property int priority
                required property string title
                required property string detail
                required property string carried
                required property bool overdue
                objectName: "item_" + itemKey
                width: ListView.view.width
                level: priority
                heading: title
                caption: detail
                carriedText: carried
                pastDue: overdue
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Nothing is open. A clean handover.")
                color: Theme.pass
            }
        }
    }
}
