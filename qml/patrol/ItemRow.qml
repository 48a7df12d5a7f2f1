pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// One checklist item: its question in large type and the answer controls for its type. A fail
// opens the note and photo row at once.
Rectangle {
    id: root
    required property string itemId
    required property string type
    required property string text
    required property string hint
    required property string value
    required property string note
    required property string photo
    required property bool required
    required property string unit
    required property string range
    required property var options
    required property string problem
    required property bool photoOnFail
    required property int index
    objectName: "item_" + itemId
    // A fail opens the note row below; keep the whole row in view so it can be used at once.
    function keepInView() {
        if (value === "fail" && ListView.view)
            ListView.view.positionViewAtIndex(index, ListView.Contain)
    }
    // Later, once the list has laid the taller row out. A timer of our own, not Qt.callLater:
    // it dies with the row, so it never calls into a row the list has already destroyed.
    onValueChanged: keepLater.restart()
    onHeightChanged: keepLater.restart()
    Timer { id: keepLater; interval: 0; onTriggered: root.keepInView() }
    implicitHeight: column.implicitHeight + 20
    radius: Theme.radius
    color: value === "fail" ? Theme.failBackground : Theme.background
    border.color: problem.length > 0 ? Theme.fail : Theme.border

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
        spacing: 8
        // The question beside its pass / fail / not applicable buttons (72 px high), so a
        // door's six items fit on one screen without scrolling.
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: root.text + (root.required ? "" : "  " + qsTr("(optional)"))
                    font.pixelSize: Theme.bodySize + 1
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: root.hint
                    font.pixelSize: Theme.smallSize - 1
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
            }
            Repeater {
                model: root.type === "passfail"
                       ? [{ v: "pass", t: qsTr("Pass"), c: Theme.pass, s: "\u2713" },
                          { v: "fail", t: qsTr("Fail"), c: Theme.fail, s: "\u2717" },
                          { v: "na", t: qsTr("N/A"), c: Theme.unchecked, s: "\u2013" }]
                       : []
                delegate: Button {
                    required property var modelData
                    objectName: root.itemId + "_" + modelData.v
                    Layout.preferredWidth: 104
                    Layout.preferredHeight: 72
                    checkable: true
                    checked: root.value === modelData.v
                    text: modelData.s + " " + modelData.t
                    font.pixelSize: Theme.bodySize + 1
                    font.bold: checked
                    palette.button: checked ? modelData.c : Theme.buttonIdle
                    palette.buttonText: checked ? Theme.onColour : Theme.text
                    onClicked: Patrol.answer(root.itemId, modelData.v)
                }
            }
        }
        // Choices
        Flow {
            visible: root.type === "choice" || root.type === "multichoice"
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: root.options
                delegate: Button {
                    required property var modelData
                    objectName: root.itemId + "_" + modelData.id
                    height: 64
                    checkable: true
                    checked: modelData.picked
                    text: modelData.text
                    onClicked: Patrol.toggleOption(root.itemId, modelData.id)
                }
            }
        }
        // Numbers and text
        RowLayout {
            visible: root.type === "number" || root.type === "text"
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: entry
                objectName: root.itemId + "_entry"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                text: root.value
                inputMethodHints: root.type === "number" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
                placeholderText: root.range
                font.pixelSize: Theme.bodySize + 2
                onEditingFinished: if (text !== root.value) Patrol.answer(root.itemId, text)
            }
            Label {
                visible: root.type === "number"
                text: root.unit
                font.pixelSize: Theme.bodySize
            }
        }
        // A fail: what is wrong, and a photo where the checklist asks for one.
        ColumnLayout {
            visible: root.value === "fail" || (root.type === "photo")
            Layout.fillWidth: true
            spacing: 6
            Flow {
                visible: root.value === "fail"
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [qsTr("Damaged"), qsTr("Does not work"), qsTr("Dirty or blocked"), qsTr("Missing")]
                    delegate: Chip {
                        required property string modelData
                        required property int index
                        objectName: root.itemId + "_noteChip" + index
                        text: modelData
                        onClicked: Patrol.setNote(root.itemId, (root.note.length ? root.note + "; " : "") + modelData)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TextField {
                    objectName: root.itemId + "_note"
                    visible: root.value === "fail"
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.button
                    text: root.note
                    placeholderText: qsTr("What is wrong")
                    font.pixelSize: Theme.bodySize
                    onEditingFinished: if (text !== root.note) Patrol.setNote(root.itemId, text)
                }
                Button {
                    objectName: root.itemId + "_photo"
                    Layout.preferredHeight: Theme.button
                    text: root.photo.length > 0 ? "\u2713 " + qsTr("Photo") : (root.photoOnFail ? qsTr("Photo (needed)") : qsTr("Photo"))
                    font.pixelSize: Theme.bodySize
                    onClicked: photoDialog.open()
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.problem.length > 0
            text: root.problem
            color: Theme.fail
            font.pixelSize: Theme.smallSize
        }
    }
    PhotoPicker {
        id: photoDialog
        onPicked: (file) => Patrol.attachPhoto(root.itemId, file)
    }
}
