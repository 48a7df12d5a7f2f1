pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// Finalizing: what is still missing (tap to go there), then a signature. A finalized
// inspection can no longer be changed.
Popup {
    id: root
    objectName: "finalizeDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 760
    height: Math.min(parent ? parent.height - 80 : 700, 680)
    modal: true
    padding: 20
    property string message: ""
    onOpened: { message = ""; pad.clear() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            Layout.fillWidth: true
            text: Patrol.problemCount > 0 ? qsTr("%n item(s) still to do", "", Patrol.problemCount) : qsTr("Ready to finalize")
            font.pixelSize: Theme.titleSize - 2
            font.bold: true
            color: Patrol.problemCount > 0 ? Theme.fail : Theme.pass
        }
        ListView {
            Layout.fillWidth: true
            Layout.preferredHeight: Patrol.problemCount > 0 ? 220 : 0
            visible: Patrol.problemCount > 0
            clip: true
            model: Patrol.problems
            delegate: ItemDelegate {
                required property string section
                required property string asset
                required property string where
                required property string question
                required property string message
                required property int index
                objectName: "problem_" + index
                width: ListView.view.width
                height: Theme.touch + 4
                text: (where ? where + " · " : "") + question + " — " + message
                font.pixelSize: Theme.smallSize + 1
                onClicked: {
                    if (asset) Patrol.openDoor(asset); else Patrol.openSection(section)
                    root.close()
                }
            }
        }
        Label {
            text: qsTr("Signature")
            font.pixelSize: Theme.bodySize
            color: Theme.textMuted
        }
        SignaturePad {
            id: pad
            objectName: "signaturePad"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 160
        }
        Label {
            Layout.fillWidth: true
            visible: root.message.length > 0
            text: root.message
            color: Theme.fail
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Button {
                Layout.preferredHeight: Theme.button
                text: qsTr("Clear signature")
                font.pixelSize: Theme.bodySize
                onClicked: pad.clear()
            }
            Item { Layout.fillWidth: true }
            Button {
                Layout.preferredHeight: Theme.button
                text: qsTr("Cancel")
                font.pixelSize: Theme.bodySize
                onClicked: root.close()
            }
            Button {
                objectName: "finalizeConfirm"
                Layout.preferredHeight: Theme.button
                highlighted: true
                enabled: Patrol.problemCount === 0 && pad.signed
                text: qsTr("Finalize")
                font.pixelSize: Theme.bodySize
                onClicked: {
                    const r = Patrol.finalize(pad.dataUrl())
                    root.message = r.ok ? "" : r.message
                    if (r.ok) root.close()
                }
            }
        }
    }
}
