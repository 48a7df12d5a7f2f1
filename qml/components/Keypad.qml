pragma ComponentBehavior: Bound
import QtQuick
import StationOps.Ui
import QtQuick.Layouts
import QtQuick.Controls

// A 3x4 numeric keypad with large keys, for staff numbers, PINs and amounts.
GridLayout {
    id: root

    signal digit(string value)
    signal backspace()
    signal accept()

    property string acceptText: qsTr("OK")
    property bool acceptEnabled: true

    columns: 3
    rowSpacing: 10
    columnSpacing: 10

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        delegate: KeypadKey {
            required property string modelData
            objectName: "key_" + modelData
            text: modelData
            onClicked: root.digit(modelData)
        }
    }
    KeypadKey {
        objectName: "key_back"
        text: "\u232b"
        Accessible.name: qsTr("Delete")
        onClicked: root.backspace()
    }
    KeypadKey {
        objectName: "key_0"
        text: "0"
        onClicked: root.digit("0")
    }
    KeypadKey {
        objectName: "key_accept"
        text: root.acceptText
        highlighted: true
        enabled: root.acceptEnabled
        font.pixelSize: Theme.bodySize + 2
        onClicked: root.accept()
    }
}
