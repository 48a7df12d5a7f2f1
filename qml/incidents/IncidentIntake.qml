pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Incidents
import StationOps.Ui

// Intake: a category from the grid, where it happened, what happened; the rest is optional
// and scrolls. Save and Cancel sit in a footer below the form, always in reach.
ColumnLayout {
    id: root
    objectName: "incidentIntake"
    signal done()
    property string category: Incidents.prefill.category
    property string subtype: ""
    property string location: Incidents.prefill.location
    property string channel: "in_person"
    property var photos: []
    readonly property alias photoPicker: photoDialog
    property int minutesAgo: 0
    property int impact: 2
    property int urgency: 2
    spacing: 8

    onCategoryChanged: Incidents.showSubtypes(category)
    Component.onCompleted: Incidents.showSubtypes(category)

    function save() {
        const id = Incidents.log({ category: root.category, subtype: root.subtype, location: root.location,
                                   channel: root.channel, description: description.text, passengerName: name.text,
                                   passengerContact: contact.text, immediateActions: actions.text,
                                   staffInvolved: staff.text, minutesAgo: root.minutesAgo,
                                   impact: root.impact, urgency: root.urgency, photos: root.photos })
        if (id) {
            Incidents.open(id)
            root.done()
        }
    }

    Flickable {
        id: scroller
        objectName: "intakeForm"
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentHeight: form.implicitHeight
        clip: true
        ScrollIndicator.vertical: ScrollIndicator { active: true }

        ColumnLayout {
            id: form
            width: scroller.width
            spacing: 8
            SectionHeading { text: qsTr("What happened?"); font.pixelSize: Theme.titleSize - 2 }
            Repeater {
                model: Incidents.prefillLinks
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
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: Incidents.categories
                    delegate: Chip {
                        id: categoryChip
                        required property string key
                        required property string name
                        objectName: "category_" + categoryChip.key
                        text: categoryChip.name
                        checked: root.category === categoryChip.key
                        onClicked: { root.category = categoryChip.key; root.subtype = "" }
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: Incidents.subtypes
                    delegate: Chip {
                        id: subtypeChip
                        required property string key
                        required property string name
                        objectName: "subtype_" + subtypeChip.key
                        text: subtypeChip.name
                        checked: root.subtype === subtypeChip.key
                        onClicked: root.subtype = subtypeChip.key
                    }
                }
            }
            SectionHeading { text: qsTr("Where?") }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: Incidents.locations
                    delegate: Chip {
                        id: placeChip
                        required property string key
                        required property string name
                        objectName: "location_" + placeChip.key
                        text: placeChip.name
                        checked: root.location === placeChip.key
                        onClicked: root.location = placeChip.key
                    }
                }
            }
            TextArea {
                id: description
                objectName: "incidentDescription"
                Layout.fillWidth: true
                Layout.preferredHeight: 96
                placeholderText: qsTr("Describe what happened")
                // A visible box, so a gloved finger finds where to write.
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: description.activeFocus ? Theme.accent : Theme.border
                    border.width: description.activeFocus ? 2 : 1
                }
                text: Incidents.prefill.description
                wrapMode: TextEdit.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: Incidents.channels
                    delegate: Chip {
                        id: channelChip
                        required property string key
                        required property string name
                        objectName: "channel_" + channelChip.key
                        text: channelChip.name
                        checked: root.channel === channelChip.key
                        onClicked: root.channel = channelChip.key
                    }
                }
            }
            SectionHeading { text: qsTr("When?") }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [{ m: 0, t: qsTr("Now") }, { m: 15, t: qsTr("15 min ago") }, { m: 30, t: qsTr("30 min ago") },
                            { m: 60, t: qsTr("1 h ago") }, { m: 120, t: qsTr("2 h ago") }, { m: 240, t: qsTr("4 h ago") }]
                    delegate: Chip {
                        id: whenChip
                        required property var modelData
                        objectName: "when_" + whenChip.modelData.m
                        text: whenChip.modelData.t
                        checked: root.minutesAgo === whenChip.modelData.m
                        onClicked: root.minutesAgo = whenChip.modelData.m
                    }
                }
            }
            // Priority is impact × urgency, worked out by the service.
            Repeater {
                model: [{ key: "impact", t: qsTr("Impact") }, { key: "urgency", t: qsTr("Urgency") }]
                delegate: RowLayout {
                    id: scaleRow
                    required property var modelData
                    spacing: 6
                    Label { text: scaleRow.modelData.t; Layout.preferredWidth: 110 }
                    Repeater {
                        model: [{ v: 1, t: qsTr("High") }, { v: 2, t: qsTr("Medium") }, { v: 3, t: qsTr("Low") }]
                        delegate: Chip {
                            id: scaleChip
                            required property var modelData
                            objectName: scaleRow.modelData.key + "_" + scaleChip.modelData.v
                            text: scaleChip.modelData.t
                            checked: root[scaleRow.modelData.key] === scaleChip.modelData.v
                            onClicked: root[scaleRow.modelData.key] = scaleChip.modelData.v
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                TextField { id: name; objectName: "passengerName"; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Passenger's name (optional)") }
                TextField { id: contact; objectName: "passengerContact"; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Contact (optional)"); inputMethodHints: Qt.ImhDialableCharactersOnly }
            }
            TextField { id: staff; objectName: "staffInvolved"; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Staff involved (optional)") }
            TextField { id: actions; objectName: "immediateActions"; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("What was done on the spot (optional)") }
            RowLayout {
                spacing: 8
                Button {
                    objectName: "intakePhoto"
                    Layout.preferredHeight: Theme.button
                    text: qsTr("Add photo")
                    onClicked: photoDialog.open()
                }
                Repeater {
                    model: root.photos
                    delegate: Image {
                        id: photo
                        required property string modelData
                        Layout.preferredWidth: 64
                        Layout.preferredHeight: 48
                        source: photo.modelData
                        sourceSize.width: 128
                        fillMode: Image.PreserveAspectCrop
                    }
                }
            }
        }
    }
    // The footer: outside the scrolling form, so Save is in reach wherever the form is scrolled.
    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }
    RowLayout {
        objectName: "intakeFooter"
        Layout.fillWidth: true
        spacing: 8
        Button {
            objectName: "saveIncident"
            Layout.preferredHeight: Theme.button
            Layout.preferredWidth: 200
            highlighted: true
            enabled: root.category !== "" && root.location !== "" && description.text.trim().length > 0
            text: qsTr("Save")
            onClicked: root.save()
        }
        Button {
            objectName: "cancelIncident"
            Layout.preferredHeight: Theme.button
            Layout.preferredWidth: 140
            text: qsTr("Cancel")
            onClicked: { Incidents.prepare({}); root.done() }
        }
        Label {
            Layout.fillWidth: true
            text: Incidents.message
            color: Theme.fail
            wrapMode: Text.WordWrap
        }
    }
    PhotoPicker {
        id: photoDialog
        onPicked: (file) => root.photos = root.photos.concat([String(file)])
    }
}
