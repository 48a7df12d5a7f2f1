import QtQuick
import QtQuick.Controls
import StationOps.Ui

// A tick a gloved finger can hit: the whole row, 48 px tall, with a 28 px box.
CheckBox {
    id: root
    implicitHeight: Theme.touch
    spacing: 12
    focusPolicy: Qt.NoFocus
    indicator: Rectangle {
        x: root.leftPadding
        y: (root.height - height) / 2
        implicitWidth: 28
        implicitHeight: 28
        radius: 4
        color: root.checked ? Theme.accent : Theme.surface
        border.color: root.checked ? Theme.accent : Theme.border
        border.width: 2
        Label {
            anchors.centerIn: parent
            visible: root.checked
            text: "\u2713"
            color: Theme.onColour
            font.bold: true
        }
    }
    contentItem: Label {
        leftPadding: root.indicator.width + root.spacing
        verticalAlignment: Text.AlignVCenter
        text: root.text
        wrapMode: Text.WordWrap
    }
}
