import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// The items of the open door or section, each answered with one large tap.
Rectangle {
    id: root
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors { fill: parent; margins: 12 }
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: Patrol.currentAsset.length > 0 ? qsTr("Door %1").arg(Patrol.currentAsset) : ""
                visible: text.length > 0
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Button {
                objectName: "restOfDoorOk"
                visible: Patrol.currentAsset.length > 0
                Layout.preferredHeight: Theme.button
                text: qsTr("Rest of this door OK")
                font.pixelSize: Theme.bodySize
                onClicked: { Patrol.restOfDoorOk(); Patrol.openDoor("") }
            }
            Button {
                objectName: "closePanel"
                visible: Patrol.currentAsset.length > 0
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: Theme.button
                text: "\u2715"
                font.pixelSize: Theme.bodySize + 4
                onClicked: Patrol.openDoor("")
            }
        }
        ListView {
            id: list
            objectName: "itemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: Patrol.items
            delegate: ItemRow { width: ListView.view.width }
        }
    }
}
