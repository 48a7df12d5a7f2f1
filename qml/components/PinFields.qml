import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Ui

// A second person's staff number and PIN, for an acknowledgement or a confirmation. `ready`
// once both are filled in; `clear()` after a try, so a PIN never stays on the screen.
ColumnLayout {
    id: root
    property alias staffNo: number.text
    property alias pin: pinField.text
    property string numberPlaceholder: qsTr("Your staff number")
    property string pinPlaceholder: qsTr("Your PIN")
    // objectName prefix of the two fields, for tests: "<prefix>No" and "<prefix>Pin".
    property string namePrefix: "pin"
    readonly property bool ready: number.text.length > 0 && pinField.text.length >= 4
    signal accepted()

    function clear() { pinField.text = "" }
    function clearAll() { number.text = ""; pinField.text = "" }

    spacing: 10
    TextField {
        id: number
        objectName: root.namePrefix + "No"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.button
        placeholderText: root.numberPlaceholder
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: pinField.forceActiveFocus()
    }
    TextField {
        id: pinField
        objectName: root.namePrefix + "Pin"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.button
        placeholderText: root.pinPlaceholder
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: if (root.ready) root.accepted()
    }
}
