import QtQuick
import StationOps.Ui
import QtQuick.Controls

// One place on the left rail: icon above label, 96 px wide, 72 px tall (the shell makes them
// shorter, to 56 px, for a role with many pages).
AbstractButton {
    id: root

    property string icon_: ""
    property Component glyph: null
    property bool selected: false

    implicitWidth: Theme.railWidth
    implicitHeight: 72
    focusPolicy: Qt.NoFocus

    background: Rectangle {
        color: root.selected ? Theme.railSelected : (root.pressed ? Theme.railHover : "transparent")
    }
    contentItem: Column {
        spacing: 2
        topPadding: root.height >= 72 ? 6 : 2
        Item {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 40
            height: 32
            Label {
                anchors.centerIn: parent
                visible: root.glyph === null
                text: root.icon_
                color: Theme.railText
                font.pixelSize: 28
            }
            Loader {
                anchors.centerIn: parent
                sourceComponent: root.glyph
            }
        }
        Label {
            width: root.width - 8
            anchors.horizontalCenter: parent.horizontalCenter
            horizontalAlignment: Text.AlignHCenter
            text: root.text
            color: Theme.railText
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
    }
}
