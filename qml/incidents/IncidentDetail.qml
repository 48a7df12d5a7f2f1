import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Incidents
import StationOps.Ui

// One case: what was reported and what is known (type, place, passenger, what was done on the
// spot, the decisions), what it points at and its photos, then the timeline, all in one
// scrolling column; on the right only the moves this person may make now.
// Delegates here reach the page by id. Qt 6.4's qmllint calls that unqualified unless the file
// is `pragma ComponentBehavior: Bound`, and with it Qt 6.4 cannot create the components this
// file hands to a list's header, footer or section, a Loader or another file (they are
// silently not made). Those lines are marked `qmllint disable unqualified`.
RowLayout {
    id: root
    objectName: "incidentDetail"
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

    ListView {
        id: timelineView
        objectName: "timeline"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 4
        model: Incidents.timeline
        header: ColumnLayout {
            width: ListView.view.width
            spacing: 6
            Label {
                objectName: "caseTitle"
                Layout.fillWidth: true
                text: Incidents.current.title
                font.pixelSize: Theme.titleSize - 4
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "caseDescription"
                Layout.fillWidth: true
                text: Incidents.current.description
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: Incidents.facts
                delegate: RowLayout {
                    id: fact
                    required property string key
                    required property string label
                    required property string value
                    Layout.fillWidth: true
                    spacing: 8
                    Caption {
                        Layout.preferredWidth: 150
                        Layout.alignment: Qt.AlignTop
                        text: fact.label
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        objectName: "fact_" + fact.key
                        Layout.fillWidth: true
                        text: fact.value
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Repeater {
                model: Incidents.links
                delegate: Label {
                    id: link
                    required property string line
                    Layout.fillWidth: true
                    text: link.line
                    color: Theme.warning
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                }
            }
            RowLayout {
                spacing: 6
                Repeater {
                    model: Incidents.current.photos
                    delegate: Image {
                        id: photo
                        required property string modelData
                        Layout.preferredWidth: 80
                        Layout.preferredHeight: 60
                        source: photo.modelData
                        sourceSize.width: 160
                        fillMode: Image.PreserveAspectCrop
                    }
                }
                Button {
                    objectName: "detailPhoto"
                    Layout.preferredHeight: Theme.button
                    text: qsTr("Add photo")
                    onClicked: photoDialog.open() // qmllint disable unqualified
                }
                Label {
                    visible: Incidents.current.passengerSigned
                    text: qsTr("Passenger signed")
                    color: Theme.pass
                    font.pixelSize: Theme.smallSize
                }
            }
            SectionHeading { Layout.topMargin: 6; text: qsTr("Timeline") }
        }
        delegate: ColumnLayout {
            id: step
            required property string byline
            required property string line
            width: ListView.view.width
            spacing: 0
            Caption { Layout.fillWidth: true; text: step.byline }
            Label {
                Layout.fillWidth: true
                text: step.line
                wrapMode: Text.WordWrap
            }
        }
    }
    ColumnLayout {
        Layout.preferredWidth: 290
        Layout.maximumWidth: 290
        Layout.alignment: Qt.AlignTop
        spacing: 8
        SectionHeading {
            objectName: "caseState"
            Layout.fillWidth: true
            text: Incidents.current.stateText
            wrapMode: Text.WordWrap
        }
        TextArea {
            id: moveText
            objectName: "moveText"
            Layout.fillWidth: true
            Layout.preferredHeight: 90
            placeholderText: Incidents.current.noteHint
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.smallSize + 1
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.color: moveText.activeFocus ? Theme.accent : Theme.border
            }
        }
        TickBox {
            id: valid
            objectName: "validBox"
            Layout.fillWidth: true
            visible: Incidents.current.assessing
            checked: true
            text: qsTr("Valid complaint")
        }
        TickBox {
            id: atFault
            objectName: "atFaultBox"
            Layout.fillWidth: true
            visible: Incidents.current.investigating
            text: qsTr("Station at fault")
        }
        // Resolving: the passenger signs on the tablet where they are there to do it.
        Caption { visible: Incidents.current.resolving; text: qsTr("Passenger's signature (where possible)") }
        // A preview; tapping it hands the tablet to the passenger with a pad the width of the screen.
        Rectangle {
            objectName: "signPassenger"
            visible: Incidents.current.resolving
            Layout.fillWidth: true
            Layout.preferredHeight: 110
            radius: Theme.radius
            color: Theme.paper
            border.color: root.signatureUrl !== "" ? Theme.pass : Theme.accent
            border.width: 2
            Image {
                objectName: "signaturePreview"
                anchors { fill: parent; margins: 4 }
                visible: root.signatureUrl !== ""
                source: root.signatureUrl
                fillMode: Image.PreserveAspectFit
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 16
                visible: root.signatureUrl === ""
                text: qsTr("Tap for the passenger to sign")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.accent
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
            ColumnLayout {
                anchors.fill: parent
                spacing: 12
                Label {
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
                        onClicked: signDialog.close()
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 200
                        text: qsTr("Clear")
                        onClicked: passengerSignature.clear()
                    }
                    Button {
                        objectName: "signatureDone"
                        Layout.preferredHeight: Theme.button
                        Layout.preferredWidth: 200
                        highlighted: true
                        enabled: passengerSignature.signed
                        text: qsTr("Keep the signature")
                        onClicked: {
                            root.signatureUrl = passengerSignature.dataUrl()
                            signDialog.close()
                        }
                    }
                }
            }
        }
        Repeater {
            model: Incidents.moves
            delegate: Button {
                id: moveButton
                required property string to
                required property string label
                required property bool primary
                objectName: "move_" + moveButton.to
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                highlighted: moveButton.primary
                text: moveButton.label
                onClicked: root.move(moveButton.to) // qmllint disable unqualified
            }
        }
        Button {
            objectName: "addNote"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            text: qsTr("Add a note")
            onClicked: if (Incidents.note(moveText.text)) moveText.clear()
        }
        Label {
            Layout.fillWidth: true
            text: Incidents.message
            color: Theme.fail
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.smallSize
        }
    }
    PhotoPicker {
        id: photoDialog
        onPicked: (file) => Incidents.attachPhoto(file)
    }
}
