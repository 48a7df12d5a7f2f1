import QtQuick
import StationOps.Ui

// A padlock drawn from rectangles: the fonts on the tablet have no lock symbol.
Item {
    id: root
    property color color: Theme.onColour
    implicitWidth: 28
    implicitHeight: 30

    Rectangle {
        anchors { horizontalCenter: parent.horizontalCenter; top: parent.top }
        width: root.width * 0.62
        height: root.height * 0.6
        radius: width / 2
        color: "transparent"
        border.color: root.color
        border.width: 3
    }
    Rectangle {
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
        width: root.width
        height: root.height * 0.55
        radius: 3
        color: root.color
    }
}
