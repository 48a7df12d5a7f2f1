import QtQuick
import QtQuick.Controls
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// One door: its number, this patrol's result as colour and symbol, the last patrol's result as
// a strip, follow-up and alarm badges. Tap to open its items.
AbstractButton {
    id: root
    required property string door
    required property string kind
    required property int bank
    required property string now
    required property string last
    required property int followUps
    required property int alarms
    required property string label
    required property string name
    // Read-only: the side's map shown without an inspection; a tap opens nothing.
    property bool readOnly: false
    // Each door has a tile in every row's repeater; only the shown one carries the name.
    objectName: visible ? "door_" + door : ""
    implicitWidth: 60
    implicitHeight: 76
    focusPolicy: Qt.NoFocus
    onClicked: if (!readOnly) Patrol.openDoor(door)
    Accessible.name: name

    readonly property color fill: now === "pass" ? Theme.pass : now === "fail" ? Theme.fail
                                  : now === "partial" ? Theme.warning : Theme.surface
    background: Rectangle {
        radius: 6
        color: root.fill
        border.width: Patrol.currentAsset === root.door ? 4 : (root.kind === "sliding" ? 1 : 2)
        border.color: Patrol.currentAsset === root.door ? Theme.accent : (root.kind === "sliding" ? Theme.border : Theme.emergencyDoor)
        Rectangle {
            visible: root.now === "unchecked" && root.last.length > 0
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 4 }
            height: 6
            radius: 3
            color: root.last === "fail" ? Theme.fail : Theme.pass
        }
    }
    contentItem: Item {
        Label {
            anchors { horizontalCenter: parent.horizontalCenter; top: parent.top; topMargin: 6 }
            text: root.label
            font.pixelSize: root.label.length > 2 ? 13 : 16
            font.bold: true
            color: root.now === "unchecked" ? Theme.text : Theme.onColour
        }
        Label {
            anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom; bottomMargin: 10 }
            text: root.now === "pass" ? "\u2713" : root.now === "fail" ? "\u2717" : root.now === "partial" ? "\u2026" : ""
            font.pixelSize: 22
            font.bold: true
            color: Theme.onColour
        }
    }
    // Badges: alarms top right, follow-ups top left.
    Rectangle {
        visible: root.alarms > 0
        anchors { right: parent.right; top: parent.top; margins: -6 }
        width: 22; height: 22; radius: 11
        color: Theme.priorityColor(1)
        border.color: Theme.onColour
        Label { anchors.centerIn: parent; text: "\u26a0"; color: Theme.onColour; font.pixelSize: 12 }
    }
    Rectangle {
        visible: root.followUps > 0
        anchors { left: parent.left; top: parent.top; margins: -6 }
        width: 22; height: 22; radius: 11
        color: Theme.warning
        border.color: Theme.onColour
        Label { anchors.centerIn: parent; text: "\u2691"; color: Theme.onColour; font.pixelSize: 12 }
    }
}
