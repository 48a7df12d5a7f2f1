import QtQuick
import QtQuick.Controls
import StationOps.Ui

// "P1" on the priority's colour: a word and a colour, never the colour alone.
Rectangle {
    id: root
    required property int priority
    property bool small: false
    implicitWidth: small ? 40 : 52
    implicitHeight: small ? 28 : 36
    radius: 6
    color: Theme.priorityColor(priority)
    Label {
        anchors.centerIn: parent
        text: "P" + root.priority
        color: Theme.onPriority(root.priority)
        font.pixelSize: root.small ? 15 : 19
        font.bold: true
    }
}
