import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// Shift handover: on the left what is handed over, by job; on the right the notes and the
// hand-over button (or, once handed over, the incoming person's PIN), and below them the
// earlier handovers. Each part lays itself out on its own, so a long history or a language
// with longer words never pushes one part over another.
Item {
    id: root
    objectName: "handoverPage"

    Component.onCompleted: Handover.refresh()
    // Alarms come and cases move while the outgoing person writes: the list follows them, row
    // by row, keeping its place.
    Timer {
        interval: 30000
        repeat: true
        running: root.visible && Handover.mode === Handover.Writing
        onTriggered: Handover.refresh()
    }

    RowLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 16

        HandoverItemsPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
        }

        ColumnLayout {
            objectName: "handoverSide"
            Layout.preferredWidth: 440
            Layout.maximumWidth: 440
            Layout.fillHeight: true
            spacing: 12

            Button {
                objectName: "backToNow"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                visible: Handover.mode === Handover.Reading
                highlighted: true
                text: qsTr("Back to what is open now")
                onClicked: Handover.view("")
            }
            HandoverWritePanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: Handover.mode === Handover.Writing
            }
            HandoverAckPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: Handover.mode === Handover.Waiting
            }
            Item {
                Layout.fillHeight: true
                visible: Handover.mode === Handover.Reading
            }
            Label {
                objectName: "handoverMessage"
                Layout.fillWidth: true
                visible: text.length > 0
                text: Handover.message
                color: Theme.fail
                wrapMode: Text.WordWrap
            }
            HandoverHistoryPanel {
                Layout.fillWidth: true
                Layout.preferredHeight: 270
            }
        }
    }
}
