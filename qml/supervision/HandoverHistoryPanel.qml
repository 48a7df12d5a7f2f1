pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// The last handover, saving one as a PDF, and the earlier handovers to read again. Its own
// list scrolls within its own height.
Rectangle {
    id: root
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors { fill: parent; margins: 12 }
        spacing: 6
        Caption {
            objectName: "lastHandover"
            Layout.fillWidth: true
            text: Handover.lastLine
            wrapMode: Text.WordWrap
            maximumLineCount: 2
        }
        Button {
            objectName: "handoverPdfButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch + 4
            visible: Handover.canSavePdf
            text: Handover.pdfLabel
            onClicked: Handover.savePdf()
        }
        Caption {
            Layout.fillWidth: true
            visible: Handover.savedPdf.length > 0
            text: qsTr("Saved: %1").arg(Handover.savedPdf)
            color: Theme.pass
            elide: Text.ElideMiddle
        }
        SectionHeading {
            Layout.fillWidth: true
            visible: Handover.history.count > 0
            text: qsTr("Earlier handovers")
        }
        ListView {
            id: list
            objectName: "handoverHistory"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: Handover.history
            delegate: Rectangle {
                id: historyRow
                required property string handoverId
                required property string when
                required property string people
                required property bool open
                required property int index
                objectName: "history_" + index
                width: ListView.view.width
                height: Math.max(Theme.button, historyText.implicitHeight + 12)
                radius: 6
                color: open ? Theme.highlightBackground : Theme.background
                border.color: open ? Theme.accent : "transparent"
                Caption {
                    id: historyText
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 8 }
                    text: historyRow.when + "\n" + historyRow.people
                    color: Theme.text
                }
                TapHandler { onTapped: root.show(historyRow.handoverId) }
            }
        }
    }

    function show(id) { Handover.view(id) }
}
