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
            Label {
                Layout.fillWidth: true
                text: Patrol.currentAssetName
                visible: text.length > 0
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Button {
                objectName: "restOfDoorOk"
                visible: Patrol.currentAsset.length > 0
                Layout.preferredHeight: Theme.button
                text: qsTr("Rest of this door OK")
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
            // No rows made ahead in the background: a door has a handful of items, and a row
            // still being made when the inspection closes is cancelled by a stale index
            // (Qt 6.4's "DelegateModel::cancel: index out range").
            cacheBuffer: 0
            model: Patrol.items
            delegate: ItemRow { width: ListView.view.width }
        }
    }
}
