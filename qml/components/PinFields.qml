import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Ui

// A second person's staff number and PIN, side by side: a float's witness, the supervisor who
// signs a shift off. The fields are named after the component (objectName + "No" / "Pin").
RowLayout {
    id: root
    property alias staffNo: number.text
    property alias pin: secret.text
    property string numberHint: qsTr("Staff number")
    // Both typed: a PIN has at least four digits.
    readonly property bool filled: number.text.length > 0 && secret.text.length >= 4
    signal accepted()
    spacing: 10

    function clear() {
        number.clear()
        secret.clear()
    }

    TextField {
        id: number
        objectName: root.objectName + "No"
        Layout.preferredWidth: 240
        Layout.preferredHeight: Theme.button
        placeholderText: root.numberHint
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        onAccepted: secret.forceActiveFocus()
    }
    TextField {
        id: secret
        objectName: root.objectName + "Pin"
        Layout.preferredWidth: 180
        Layout.preferredHeight: Theme.button
        placeholderText: qsTr("PIN")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhDigitsOnly
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,12}/ }
        onAccepted: if (root.filled) root.accepted()
    }
}
