import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Ui

// A person's staff number and PIN: a float's witness, the supervisor who signs a shift off,
// the incoming person who acknowledges a handover. Side by side, or one above the other
// (`stacked`). The fields are named "<namePrefix>No" and "<namePrefix>Pin" for tests.
GridLayout {
    id: root
    property alias staffNo: number.text
    property alias pin: secret.text
    property string numberHint: qsTr("Staff number")
    property string pinHint: qsTr("PIN")
    property string namePrefix: objectName
    property bool stacked: false
    // Both typed: a PIN has at least four digits.
    readonly property bool filled: number.text.length > 0 && secret.text.length >= 4
    signal accepted()
    columns: stacked ? 1 : 2
    rowSpacing: 10
    columnSpacing: 10

    // After a try, so a PIN never stays on the screen; `all` clears the number too.
    function clear(all) {
        secret.clear()
        if (all === undefined || all)
            number.clear()
    }

    TextField {
        id: number
        objectName: root.namePrefix + "No"
        Layout.fillWidth: root.stacked
        Layout.preferredWidth: root.stacked ? -1 : 240
        Layout.preferredHeight: Theme.button
        placeholderText: root.numberHint
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        onAccepted: secret.forceActiveFocus()
    }
    TextField {
        id: secret
        objectName: root.namePrefix + "Pin"
        Layout.fillWidth: root.stacked
        Layout.preferredWidth: root.stacked ? -1 : 180
        Layout.preferredHeight: Theme.button
        placeholderText: root.pinHint
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        onAccepted: if (root.filled) root.accepted()
    }
}
