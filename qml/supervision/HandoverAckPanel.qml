import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// The incoming person's part: read the list, then acknowledge with staff number and PIN.
Rectangle {
    id: root
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    function acknowledge() {
        if (Handover.acknowledge(pin.staffNo, pin.pin, takeOver.checked))
            pin.clear(true)
        else
            pin.clear(false)
    }

    ColumnLayout {
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        spacing: 10
        Label {
            Layout.fillWidth: true
            text: qsTr("Incoming person: read the list, then acknowledge with your staff number and PIN.")
            wrapMode: Text.WordWrap
        }
        PinFields {
            id: pin
            Layout.fillWidth: true
            namePrefix: "incoming"
            stacked: true
            numberHint: qsTr("Your staff number")
            pinHint: qsTr("Your PIN")
            onAccepted: root.acknowledge()
        }
        CheckBox {
            id: takeOver
            objectName: "takeOverTablet"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            indicator.width: Theme.touch
            indicator.height: Theme.touch
            checked: true
            text: qsTr("Sign me in on this tablet")
        }
        Button {
            objectName: "acknowledgeButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            highlighted: true
            enabled: pin.filled
            text: qsTr("Acknowledge the handover")
            onClicked: root.acknowledge()
        }
    }
}
