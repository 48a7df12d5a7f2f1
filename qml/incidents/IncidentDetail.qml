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
    spacing: 12

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
        SignaturePad {
            id: passengerSignature
            objectName: "passengerSignature"
            visible: root.resolving
            Layout.fillWidth: true
            Layout.preferredHeight: 110
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
                onClicked: {
                    const signature = modelData === "resolved" && passengerSignature.signed ? passengerSignature.dataUrl() : ""
                    if (Incidents.move(modelData, moveText.text, valid.checked, atFault.checked, signature)) {
                        moveText.clear()
                        passengerSignature.clear()
                    }
                }
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
