import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import StationOps.Core
import StationOps.Incidents
import StationOps.Ui

// One incident: what was reported, what it points at and its photos, the timeline down the
// middle, and only the moves this person may make now.
RowLayout {
    id: root
    objectName: "incidentDetail"
    readonly property var c: Incidents.current
    readonly property bool resolving: (c.next || []).indexOf("resolved") >= 0
    // The passenger's signature as a PNG data URL, once they have signed on the big pad.
    property string signatureUrl: ""
    // The pad the passenger signs on (a popup, so outside this item's children).
    readonly property alias signDialog: signDialog
    spacing: 12

    // Runs in the page's scope: a move replaces the case, and with it this button's delegate.
    function move(next) {
        const signature = next === "resolved" ? root.signatureUrl : ""
        if (Incidents.move(next, moveText.text, valid.checked, atFault.checked, signature)) {
            moveText.clear()
            root.signatureUrl = ""
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 6
        Text {
            Layout.fillWidth: true
            text: (Language.chinese ? root.c.categoryZh : root.c.categoryEn) + " · " + (Language.chinese ? root.c.locationZh : root.c.locationEn)
                  + " · P" + root.c.priority
            font.pixelSize: Theme.titleSize - 4
            font.bold: true
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: root.c.description + (root.c.passengerName ? "\n" + qsTr("Passenger: %1 %2").arg(root.c.passengerName).arg(root.c.passengerContact) : "")
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: root.c.links || []
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("Linked: %1 %2").arg(Labels.recordKind(modelData.kind, Language.current)).arg(modelData.label || modelData.id)
                color: Theme.warning
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        RowLayout {
            spacing: 6
            Repeater {
                model: root.c.photos || []
                delegate: Image {
                    required property string modelData
                    Layout.preferredWidth: 80
                    Layout.preferredHeight: 60
                    source: modelData
                    sourceSize.width: 160
                    fillMode: Image.PreserveAspectCrop
                }
            }
            Button {
                objectName: "detailPhoto"
                Layout.preferredHeight: Theme.button
                text: qsTr("Add photo")
                font.pixelSize: Theme.bodySize
                onClicked: photoDialog.open()
            }
            Text {
                visible: root.c.passengerSigned === true
                text: qsTr("Passenger signed")
                color: Theme.pass
                font.pixelSize: Theme.smallSize
            }
        }
        ListView {
            objectName: "timeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.c.timeline || []
            delegate: Text {
                required property var modelData
                width: ListView.view.width
                text: Station.formatDateTime(modelData.at) + "  " + (Language.chinese ? modelData.byZh : modelData.byEn) + "  "
                      + (modelData.kind === "transition" ? "→ " + Labels.incidentState(modelData.to, Language.current) : qsTr("note"))
                      + (modelData.text ? ": " + modelData.text : "")
                font.pixelSize: Theme.smallSize + 1
                wrapMode: Text.WordWrap
                bottomPadding: 6
            }
        }
    }
    ColumnLayout {
        Layout.preferredWidth: 280
        Layout.alignment: Qt.AlignTop
        spacing: 8
        Text { text: Labels.incidentState(root.c.state, Language.current); font.pixelSize: Theme.bodySize + 2; font.bold: true }
        TextArea {
            id: moveText
            objectName: "moveText"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            placeholderText: root.resolving ? qsTr("How the passenger was told") : qsTr("What was found or agreed")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.smallSize + 1
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: moveText.activeFocus ? Theme.accent : Theme.border
            }
        }
        CheckBox { id: valid; objectName: "validBox"; visible: (root.c.next || []).indexOf("assessed") >= 0; checked: true; text: qsTr("Valid complaint"); font.pixelSize: Theme.bodySize }
        CheckBox { id: atFault; visible: (root.c.next || []).indexOf("investigating") >= 0; text: qsTr("Station at fault"); font.pixelSize: Theme.bodySize }
        // Resolving: the passenger signs on the tablet where they are there to do it.
        Text { visible: root.resolving; text: qsTr("Passenger's signature (where possible)"); font.pixelSize: Theme.smallSize }
        // A preview; tapping it hands the tablet to the passenger with a pad the width of the screen.
        Rectangle {
            objectName: "signPassenger"
            visible: root.resolving
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            radius: Theme.radius
            color: "white"
            border.color: root.signatureUrl !== "" ? Theme.pass : Theme.accent
            border.width: 2
            Image {
                objectName: "signaturePreview"
                anchors { fill: parent; margins: 4 }
                visible: root.signatureUrl !== ""
                source: root.signatureUrl
                fillMode: Image.PreserveAspectFit
            }
            Text {
                anchors.centerIn: parent
                width: parent.width - 16
                visible: root.signatureUrl === ""
                text: qsTr("Tap for the passenger to sign")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.accent
                font.pixelSize: Theme.bodySize
            }
            TapHandler { onTapped: signDialog.open() }
        }
        Popup {
            id: signDialog
            objectName: "signDialog"
            parent: Overlay.overlay
            modal: true
            anchors.centerIn: parent
            width: parent ? parent.width - 80 : 1100
            height: parent ? parent.height - 120 : 640
            padding: 16
            onOpened: passengerSignature.clear()
            contentItem: ColumnLayout {
                spacing: 12
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Please sign below to confirm the matter was resolved")
                    font.pixelSize: Theme.titleSize
                    wrapMode: Text.WordWrap
                }
                SignaturePad {
                    id: passengerSignature
                    objectName: "passengerSignature"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    Button {
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 200
                        text: qsTr("Cancel")
                        font.pixelSize: Theme.bodySize
                        onClicked: signDialog.close()
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 200
                        text: qsTr("Clear")
                        font.pixelSize: Theme.bodySize
                        onClicked: passengerSignature.clear()
                    }
                    Button {
                        objectName: "signatureDone"
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 200
                        highlighted: true
                        enabled: passengerSignature.signed
                        text: qsTr("Keep the signature")
                        font.pixelSize: Theme.bodySize
                        onClicked: {
                            root.signatureUrl = passengerSignature.dataUrl()
                            signDialog.close()
                        }
                    }
                }
            }
        }
        Repeater {
            model: root.c.next || []
            delegate: Button {
                required property string modelData
                objectName: "move_" + modelData
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                highlighted: modelData !== "cancelled"
                text: Labels.incidentMove(modelData, Language.current)
                font.pixelSize: Theme.bodySize
                onClicked: root.move(modelData)
            }
        }
        Button { Layout.fillWidth: true; Layout.preferredHeight: Theme.button; text: qsTr("Add a note"); font.pixelSize: Theme.bodySize; onClicked: if (Incidents.note(moveText.text)) moveText.clear() }
        Text { Layout.fillWidth: true; text: Incidents.message; color: Theme.fail; wrapMode: Text.WordWrap; font.pixelSize: Theme.smallSize }
    }
    FileDialog {
        id: photoDialog
        title: qsTr("Choose the photo")
        nameFilters: [qsTr("Pictures (*.jpg *.jpeg *.png)")]
        onAccepted: Incidents.attachPhoto(selectedFile)
    }
}
