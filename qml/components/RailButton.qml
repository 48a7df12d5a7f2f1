import QtQuick
import StationOps.Ui
import QtQuick.Controls

// One place on the left rail: icon above label, 96 px wide, 72 px tall (ten fit beside the banner).
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
        topPadding: 6
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
