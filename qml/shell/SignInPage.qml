import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core

// Sign-in: station and time on the left; staff number, PIN and a big keypad on the right.
Rectangle {
    id: root
    color: Theme.background

    property string staffNo: ""
    property string pin: ""
    property bool typingPin: false
    property string message: ""

    function reset() {
        staffNo = ""; pin = ""; typingPin = false; message = ""
    }
    function type(d) {
        message = ""
        if (typingPin) { if (pin.length < 8) pin += d }
        else if (staffNo.length < 10) staffNo += d
    }
    function erase() {
        if (typingPin) {
            if (pin.length > 0) pin = pin.slice(0, -1)
            else typingPin = false
        } else {
            staffNo = staffNo.slice(0, -1)
        }
    }
    function submit() {
        if (!typingPin) { if (staffNo.length > 0) typingPin = true; return }
        const r = Auth.signIn(staffNo, pin)
        if (r.ok) { reset(); return }
        message = r.message
        pin = ""
        shake.restart()
    }

    Connections {
        target: Auth
        function onSessionChanged() { if (!Auth.signedIn) root.reset() }
    }
    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) root.type(event.text)
        else if (event.key === Qt.Key_Backspace) root.erase()
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) root.submit()
        else return
        event.accepted = true
    }
    focus: visible

    // Left: where and when.
    ColumnLayout {
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom; leftMargin: 64 }
        width: parent.width * 0.42
        spacing: 8
        Item { Layout.fillHeight: true }
        Label {
            text: qsTr("StationOps")
            font.pixelSize: Theme.titleSize
            color: Theme.accent
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: Station.name
            font.pixelSize: 48
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            text: Station.clock
            font.pixelSize: 88
            color: Theme.text
        }
        Label {
            text: Station.date
            font.pixelSize: Theme.titleSize
            color: Theme.textMuted
        }
        Item { Layout.fillHeight: true }
        Button {
            id: languageButton
            objectName: "languageButton"
            Layout.preferredHeight: Theme.button
            Layout.bottomMargin: 40
            text: Language.chinese ? "English" : "中文"
            font.pixelSize: Theme.bodySize
            onClicked: Language.toggle()
        }
        // A kiosk tablet closes only with an administrator's number and PIN.
        Button {
            objectName: "leaveKiosk"
            visible: Kiosk.active
            Layout.preferredHeight: Theme.button
            Layout.bottomMargin: 40
            text: qsTr("Close the app…")
            font.pixelSize: Theme.bodySize
            onClicked: leaveDialog.open()
        }
    }

    Dialog {
        id: leaveDialog
        objectName: "leaveKioskDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: 24
        title: qsTr("Close the app")
        property string message: ""
        onOpened: { message = ""; admin.clear(true) }
        ColumnLayout {
            spacing: 12
            Label {
                text: qsTr("An administrator closes the kiosk with their staff number and PIN.")
                font.pixelSize: Theme.bodySize
                color: Theme.textMuted
            }
            PinFields {
                id: admin
                objectName: "kioskAdmin"
                onAccepted: closeButton.clicked()
            }
            Label {
                visible: leaveDialog.message.length > 0
                text: leaveDialog.message
                color: Theme.fail
                font.pixelSize: Theme.bodySize
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 12
                Button {
                    text: qsTr("Cancel")
                    Layout.preferredHeight: Theme.button
                    font.pixelSize: Theme.bodySize
                    onClicked: leaveDialog.close()
                }
                Button {
                    id: closeButton
                    objectName: "kioskClose"
                    text: qsTr("Close the app")
                    enabled: admin.filled
                    Layout.preferredHeight: Theme.button
                    font.pixelSize: Theme.bodySize
                    onClicked: {
                        const r = Kiosk.leave(admin.staffNo, admin.pin)
                        admin.clear(false)
                        if (r.ok) leaveDialog.close()
                        else leaveDialog.message = r.message
                    }
                }
            }
        }
    }

    // Right: the entry.
    Item {
        id: entry
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom; rightMargin: 64 }
        width: 420

        ColumnLayout {
            id: form
            anchors.verticalCenter: parent.verticalCenter
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width
            spacing: 12

            EntryField {
                objectName: "staffNoField"
                Layout.fillWidth: true
                label: qsTr("Staff number")
                placeholder: qsTr("Tap and type")
                value: root.staffNo
                active: !root.typingPin
                onTapped: root.typingPin = false
            }
            EntryField {
                objectName: "pinField"
                Layout.fillWidth: true
                label: qsTr("PIN")
                value: root.pin
                secret: true
                active: root.typingPin
                onTapped: if (root.staffNo.length > 0) root.typingPin = true
            }
            Label {
                objectName: "signInMessage"
                Layout.fillWidth: true
                Layout.preferredHeight: 52
                text: root.message
                color: Theme.fail
                font.pixelSize: Theme.bodySize
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
            }
            Keypad {
                objectName: "signInKeypad"
                Layout.alignment: Qt.AlignHCenter
                acceptText: root.typingPin ? qsTr("Sign in") : qsTr("Next")
                acceptEnabled: root.typingPin ? root.pin.length >= 4 : root.staffNo.length > 0
                onDigit: (d) => root.type(d)
                onBackspace: root.erase()
                onAccept: root.submit()
            }
        }
        ShakeAnimation { id: shake; target: form }
    }
}
