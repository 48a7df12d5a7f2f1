import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core

// The idle lock: the signed-in person unlocks with their PIN; anyone else signs them out.
Rectangle {
    id: root
    // Opaque: nothing of the screen beneath can be read while the tablet is locked.
    color: Theme.rail

    property string pin: ""
    property string message: ""

    function submit() {
        const r = Auth.unlock(pin)
        pin = ""
        message = r.ok ? "" : r.message
        if (!r.ok) shake.restart()
    }

    onVisibleChanged: { pin = ""; message = "" }
    // Swallow every touch so nothing behind the lock can be used.
    MouseArea { anchors.fill: parent; hoverEnabled: true }
    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) { if (pin.length < 8) pin += event.text }
        else if (event.key === Qt.Key_Backspace) pin = pin.slice(0, -1)
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) submit()
        event.accepted = true
    }
    focus: visible

    ColumnLayout {
        id: form
        anchors.centerIn: parent
        width: 440
        spacing: 12
        LockGlyph {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 40
            implicitHeight: 44
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Locked")
            color: Theme.onColour
            font.pixelSize: Theme.bigSize
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("%1 is signed in. Enter the PIN to go on.")
                  .arg(Auth.name)
            color: Theme.lockText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        EntryField {
            objectName: "unlockPinField"
            Layout.fillWidth: true
            label: qsTr("PIN")
            value: root.pin
            secret: true
            active: true
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            text: root.message
            color: Theme.lockError
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Keypad {
            Layout.alignment: Qt.AlignHCenter
            acceptText: qsTr("Unlock")
            acceptEnabled: root.pin.length >= 4
            onDigit: (d) => { if (root.pin.length < 8) root.pin += d; root.message = "" }
            onBackspace: root.pin = root.pin.slice(0, -1)
            onAccept: root.submit()
        }
        Button {
            objectName: "lockSignOutButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            text: qsTr("Not you? Sign out")
            font.pixelSize: Theme.bodySize
            onClicked: Auth.signOut()
        }
    }
    ShakeAnimation { id: shake; target: form }
}
