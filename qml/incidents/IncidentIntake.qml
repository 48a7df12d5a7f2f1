import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import StationOps.Core
import StationOps.Incidents
import StationOps.Ui

// Intake: a category from the grid, where it happened, what happened. The rest is optional.
Flickable {
    id: root
    objectName: "incidentIntake"
    signal done()
    property string category: Incidents.prepared.category || ""
    property string subtype: ""
    property string location: Incidents.prepared.location || ""
    property string channel: "in_person"
    // What it was raised from: [{kind, id, label}], linked when saved.
    readonly property var links: Incidents.prepared.links || []
    property var photos: []
    property int minutesAgo: 0
    property int impact: 2
    property int urgency: 2
    contentHeight: form.implicitHeight
    clip: true
    ScrollIndicator.vertical: ScrollIndicator { active: true }

    ColumnLayout {
        id: form
        width: root.width
        spacing: 8
        Text { text: qsTr("What happened?"); font.pixelSize: Theme.titleSize - 2; font.bold: true }
        Repeater {
            model: root.links
            delegate: Text {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("Linked: %1 %2").arg(Labels.recordKind(modelData.kind, Language.current)).arg(modelData.label)
                color: Theme.warning
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
            }
        }
        // Save stays at the top: the rest of the form is optional and may scroll.
        RowLayout {
            Button {
                objectName: "saveIncident"
                Layout.preferredHeight: Theme.button
                Layout.preferredWidth: 200
                highlighted: true
                enabled: root.category !== "" && root.location !== "" && description.text.trim().length > 0
                text: qsTr("Save")
                font.pixelSize: Theme.bodySize
                onClicked: {
                    const id = Incidents.log({ category: root.category, subtype: root.subtype, location: root.location,
                                               channel: root.channel, description: description.text, passengerName: name.text,
                                               passengerContact: contact.text, immediateActions: actions.text,
                                               staffInvolved: staff.text, minutesAgo: root.minutesAgo,
                                               impact: root.impact, urgency: root.urgency, links: root.links,
                                               photos: root.photos })
                    if (id) { Incidents.open(id); root.done() }
                }
            }
            Button { Layout.preferredHeight: Theme.button; text: qsTr("Cancel"); font.pixelSize: Theme.bodySize; onClicked: { Incidents.prepare({}); root.done() } }
            Text { text: Incidents.message; color: Theme.fail; font.pixelSize: Theme.bodySize }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: Incidents.categories
                delegate: Chip {
                    required property var modelData
                    objectName: "category_" + modelData.id
                    text: Language.chinese ? modelData.zh : modelData.en
                    checked: root.category === modelData.id
                    onClicked: { root.category = modelData.id; root.subtype = "" }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: {
                    for (const c of Incidents.categories) if (c.id === root.category) return c.subtypes
                    return []
                }
                delegate: Chip {
                    required property var modelData
                    text: Language.chinese ? modelData.zh : modelData.en
                    checked: root.subtype === modelData.id
                    onClicked: root.subtype = modelData.id
                }
            }
        }
        Text { text: qsTr("Where?"); font.pixelSize: Theme.bodySize; font.bold: true }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: Incidents.locations
                delegate: Chip {
                    required property var modelData
                    objectName: "location_" + modelData.id
                    text: Language.chinese ? modelData.zh : modelData.en
                    checked: root.location === modelData.id
                    onClicked: root.location = modelData.id
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
            text: Incidents.prepared.description || ""
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: Incidents.channels
                delegate: Chip {
                    required property var modelData
                    text: Language.chinese ? modelData.zh : modelData.en
                    checked: root.channel === modelData.id
                    onClicked: root.channel = modelData.id
                }
            }
        }
        Text { text: qsTr("When?"); font.pixelSize: Theme.bodySize; font.bold: true }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: [{ m: 0, t: qsTr("Now") }, { m: 15, t: qsTr("15 min ago") }, { m: 30, t: qsTr("30 min ago") },
                        { m: 60, t: qsTr("1 h ago") }, { m: 120, t: qsTr("2 h ago") }, { m: 240, t: qsTr("4 h ago") }]
                delegate: Chip {
                    required property var modelData
                    objectName: "when_" + modelData.m
                    text: modelData.t
                    checked: root.minutesAgo === modelData.m
                    onClicked: root.minutesAgo = modelData.m
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
                Text { text: modelData.t; font.pixelSize: Theme.bodySize; Layout.preferredWidth: 110 }
                Repeater {
                    model: [{ v: 1, t: qsTr("High") }, { v: 2, t: qsTr("Medium") }, { v: 3, t: qsTr("Low") }]
                    delegate: Chip {
                        required property var modelData
                        objectName: scaleRow.modelData.key + "_" + modelData.v
                        text: modelData.t
                        checked: root[scaleRow.modelData.key] === modelData.v
                        onClicked: root[scaleRow.modelData.key] = modelData.v
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField { id: name; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Passenger's name (optional)"); font.pixelSize: Theme.bodySize }
            TextField { id: contact; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Contact (optional)"); inputMethodHints: Qt.ImhDialableCharactersOnly; font.pixelSize: Theme.bodySize }
        }
        TextField { id: staff; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Staff involved (optional)"); font.pixelSize: Theme.bodySize }
        TextField { id: actions; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("What was done on the spot (optional)"); font.pixelSize: Theme.bodySize }
        RowLayout {
            spacing: 8
            Button {
                objectName: "intakePhoto"
                Layout.preferredHeight: Theme.button
                text: qsTr("Add photo")
                font.pixelSize: Theme.bodySize
                onClicked: photoDialog.open()
            }
            Repeater {
                model: root.photos
                delegate: Image {
                    required property string modelData
                    Layout.preferredWidth: 64
                    Layout.preferredHeight: 48
                    source: modelData
                    sourceSize.width: 128
                    fillMode: Image.PreserveAspectCrop
                }
            }
        }
    }
    FileDialog {
        id: photoDialog
        title: qsTr("Choose the photo")
        nameFilters: [qsTr("Pictures (*.jpg *.jpeg *.png)")]
        onAccepted: root.photos = root.photos.concat([selectedFile.toString()])
    }
}
