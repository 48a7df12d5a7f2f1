pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// The outgoing person's part: notes from earlier shifts to tick as dealt with, notes for the
// next shift, and "Hand over". The notes scroll; the note field and the button stay put below
// them.
Rectangle {
    id: root
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors { fill: parent; margins: 12 }
        spacing: 8

        Flickable {
            id: notes
            objectName: "handoverNotes"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: noteColumn.height
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: noteColumn
                width: notes.width
                spacing: 8
                SectionHeading {
                    width: parent.width
                    visible: Handover.notes.count > 0
                    text: qsTr("Notes from earlier shifts: tick the ones dealt with")
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: Handover.notes
                    delegate: RowLayout {
                        id: carriedNote
                        required property string noteId
                        required property string text
                        required property string byLine
                        required property bool cleared
                        required property int index
                        width: noteColumn.width
                        spacing: 4
                        CheckBox {
                            objectName: "clearNote_" + carriedNote.index
                            Layout.preferredWidth: Theme.button
                            Layout.preferredHeight: Theme.button
                            indicator.width: Theme.touch
                            indicator.height: Theme.touch
                            enabled: Auth.can.handOver
                            checked: carriedNote.cleared
                            Accessible.name: qsTr("Dealt with")
                            onToggled: Handover.setCleared(carriedNote.noteId, checked)
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: carriedNote.text
                                font.strikeout: carriedNote.cleared
                                wrapMode: Text.WordWrap
                            }
                            Caption {
                                Layout.fillWidth: true
                                text: carriedNote.byLine
                            }
                            TapHandler {
                                enabled: Auth.can.handOver
                                onTapped: Handover.setCleared(carriedNote.noteId, !carriedNote.cleared)
                            }
                        }
                    }
                }
                SectionHeading {
                    width: parent.width
                    text: qsTr("Notes for the next shift")
                }
                Repeater {
                    model: Handover.drafts
                    delegate: RowLayout {
                        id: draft
                        required property string noteId
                        required property string text
                        width: noteColumn.width
                        Label {
                            Layout.fillWidth: true
                            text: "• " + draft.text
                            wrapMode: Text.WordWrap
                        }
                        Button {
                            Layout.preferredWidth: Theme.touch
                            Layout.preferredHeight: Theme.touch
                            text: "\u2715"
                            Accessible.name: qsTr("Remove the note")
                            enabled: Auth.can.handOver
                            onClicked: root.remove(draft.noteId)
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: noteField
                objectName: "handoverNote"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.button
                placeholderText: qsTr("e.g. Lift 2 engineer due at 14:00")
                enabled: Auth.can.handOver
                onAccepted: root.add()
            }
            Button {
                objectName: "addNoteButton"
                Layout.preferredHeight: Theme.button
                text: qsTr("Add")
                enabled: Auth.can.handOver && noteField.text.trim().length > 0
                onClicked: root.add()
            }
        }
        Button {
            objectName: "handOverButton"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.button
            highlighted: true
            visible: Auth.can.handOver
            text: qsTr("Hand over %n item(s)", "", Handover.total)
            onClicked: Handover.handOver()
        }
        Caption {
            Layout.fillWidth: true
            visible: !Auth.can.handOver
            text: qsTr("A duty agent or a supervisor writes the handover.")
            wrapMode: Text.WordWrap
        }
    }

    // Here, not in the delegate: removing a note destroys the row that asked for it.
    function remove(id) { Handover.removeNote(id) }
    function add() {
        if (noteField.text.trim().length > 0 && Handover.addNote(noteField.text))
            noteField.text = ""
    }
}
