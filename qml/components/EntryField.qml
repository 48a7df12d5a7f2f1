import QtQuick
import StationOps.Ui
import QtQuick.Controls

// A large read-only field that a keypad fills; tap to make it the one being typed into.
Rectangle {
    id: root

    property string label
    property string value
    property bool secret: false
    property bool active: false
    property string placeholder
    signal tapped()

    implicitHeight: 76
    radius: Theme.radius
    color: Theme.surface
    border.width: active ? 3 : 1
    border.color: active ? Theme.accent : Theme.border

    Label {
        id: caption
        anchors { left: parent.left; top: parent.top; leftMargin: 16; topMargin: 6 }
        text: root.label
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    Label {
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom
                  leftMargin: 16; rightMargin: 16; bottomMargin: 6 }
        text: root.value.length === 0 ? root.placeholder
              : (root.secret ? "\u25cf ".repeat(root.value.length).trim() : root.value)
        color: root.value.length === 0 ? Theme.unchecked : Theme.text
        font.pixelSize: Theme.bigSize - 4
        font.letterSpacing: root.secret ? 4 : 2
        elide: Text.ElideRight
    }
    TapHandler { onTapped: root.tapped() }
}
