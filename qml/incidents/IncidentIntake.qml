import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Incidents
import StationOps.Ui

// Intake: a category from the grid, where it happened, what happened. The rest is optional.
Flickable {
    id: root
    objectName: "incidentIntake"
    signal done()
    property string category: ""
    property string subtype: ""
    property string location: Incidents.prepared.location || ""
    property string channel: "in_person"
    property string fromAlarm: Incidents.prepared.fromAlarm || ""
    contentHeight: form.implicitHeight
    clip: true

    ColumnLayout {
        id: form
        width: root.width
        spacing: 8
        Text { text: qsTr("What happened?"); font.pixelSize: Theme.titleSize - 2; font.bold: true }
        Text { visible: root.fromAlarm !== ""; text: qsTr("Linked to alarm %1").arg(root.fromAlarm); color: Theme.warning; font.pixelSize: Theme.smallSize }
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
                                               fromAlarm: root.fromAlarm })
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
        RowLayout {
            Layout.fillWidth: true
            TextField { id: name; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Passenger's name (optional)"); font.pixelSize: Theme.bodySize }
            TextField { id: contact; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("Contact (optional)"); inputMethodHints: Qt.ImhDialableCharactersOnly; font.pixelSize: Theme.bodySize }
        }
        TextField { id: actions; Layout.fillWidth: true; Layout.preferredHeight: Theme.button; placeholderText: qsTr("What was done on the spot (optional)"); font.pixelSize: Theme.bodySize }
    }
}
