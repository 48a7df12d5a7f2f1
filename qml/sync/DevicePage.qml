import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Sync
import StationOps.Ui

// This tablet: its device id, the records it holds from which device, the last batch it took
// in, and the records that arrived at odds with what it holds, each settled with a decision.
Item {
    id: root
    objectName: "devicePage"

    Component.onCompleted: Sync.refresh()

    RowLayout {
        anchors { fill: parent; margins: 16 }
        spacing: 16

        // Left: this device and what it holds.
        ColumnLayout {
            Layout.preferredWidth: 420
            Layout.maximumWidth: 420
            Layout.fillHeight: true
            spacing: 8

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("This tablet")
            }
            Label {
                objectName: "deviceShortId"
                text: Sync.deviceId.slice(-8)
                font.pixelSize: Theme.bigSize
                font.bold: true
                color: Theme.text
            }
            Caption {
                objectName: "deviceId"
                Layout.fillWidth: true
                text: qsTr("Device %1").arg(Sync.deviceId)
            }
            Label {
                objectName: "serverState"
                Layout.fillWidth: true
                visible: Sync.serverState !== ""
                wrapMode: Text.WordWrap
                text: Sync.serverState
                color: Sync.serverOnline ? Theme.text : Theme.warning
            }
            Label {
                objectName: "waitWarning"
                Layout.fillWidth: true
                visible: Sync.waitWarning !== ""
                wrapMode: Text.WordWrap
                text: Sync.waitWarning
                font.bold: true
                color: Theme.warning
            }
            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: 12
                text: qsTr("Last import")
            }
            Label {
                objectName: "lastImport"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: Sync.lastImport !== "" ? Sync.lastImport
                                             : qsTr("Nothing taken in yet. Records move between tablets on a USB stick: exported on one, imported on the other.")
                color: Sync.lastImport !== "" ? Theme.text : Theme.textMuted
            }
            SectionHeading {
                Layout.fillWidth: true
                Layout.topMargin: 12
                text: qsTr("Records held, by device")
            }
            ListView {
                id: origins
                objectName: "originList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: Sync.origins
                delegate: Rectangle {
                    id: origin
                    required property string shortId
                    required property bool thisDevice
                    required property double records
                    required property string latest
                    width: ListView.view.width
                    height: 64
                    radius: Theme.radius
                    color: thisDevice ? Theme.highlightBackground : Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        anchors { fill: parent; leftMargin: 16; rightMargin: 16 }
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: (origin.thisDevice ? qsTr("This tablet") : qsTr("Device …%1").arg(origin.shortId))
                                  + " · " + qsTr("%n record(s)", "", origin.records)
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Caption {
                            Layout.fillWidth: true
                            text: qsTr("Newest made %1").arg(origin.latest)
                        }
                    }
                }
            }
        }

        // Right: the conflicts.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            SectionHeading {
                objectName: "conflictHeading"
                Layout.fillWidth: true
                text: qsTr("Records at odds (%n open)", "", Sync.openConflicts)
            }
            Caption {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                elide: Text.ElideNone
                text: qsTr("A record came in with the same id as one this tablet holds but different content, or two tablets changed one record at the same time. Nothing was overwritten. Decide which is right: a person's record then follows the choice; for others, correct the record the usual way.")
            }
            Label {
                objectName: "syncMessage"
                Layout.fillWidth: true
                visible: Sync.message !== ""
                text: Sync.message
                color: Theme.fail
                wrapMode: Text.WordWrap
            }
            ListView {
                id: conflicts
                objectName: "conflictList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: Sync.conflicts
                delegate: Rectangle {
                    id: conflict
                    required property double conflictId
                    required property string what
                    required property string recordId
                    required property string found
                    required property string differences
                    required property bool open
                    required property string decision
                    required property string sides
                    required property string firstChoice
                    required property string secondChoice
                    objectName: "conflict_" + conflictId
                    width: ListView.view.width
                    height: body.implicitHeight + 24
                    radius: Theme.radius
                    color: open ? Theme.carriedBackground : Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: body
                        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                        spacing: 6
                        Label {
                            Layout.fillWidth: true
                            text: conflict.what
                            font.bold: true
                        }
                        Caption {
                            Layout.fillWidth: true
                            text: conflict.found + " · " + conflict.recordId
                        }
                        Caption {
                            Layout.fillWidth: true
                            text: conflict.sides
                        }
                        Label {
                            objectName: "differences"
                            Layout.fillWidth: true
                            text: conflict.differences
                            wrapMode: Text.WrapAnywhere
                        }
                        Label {
                            objectName: "decision"
                            Layout.fillWidth: true
                            visible: !conflict.open
                            text: conflict.decision
                            color: Theme.pass
                            wrapMode: Text.WordWrap
                        }
                        TextField {
                            id: note
                            objectName: "decisionNote"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.button
                            visible: conflict.open && Auth.can.resolveConflicts
                            placeholderText: qsTr("Why (needed)")
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            visible: note.visible
                            spacing: 8
                            Button {
                                objectName: "heldRight"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.button
                                text: conflict.firstChoice
                                onClicked: Sync.decide(conflict.conflictId, true, note.text)
                            }
                            Button {
                                objectName: "arrivedRight"
                                Layout.fillWidth: true
                                Layout.preferredHeight: Theme.button
                                text: conflict.secondChoice
                                onClicked: Sync.decide(conflict.conflictId, false, note.text)
                            }
                        }
                    }
                }
                Label {
                    objectName: "noConflicts"
                    anchors.centerIn: parent
                    width: parent.width - 40
                    visible: conflicts.count === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                    text: qsTr("No conflicts: every record that came in matched what this tablet holds.")
                }
            }
        }
    }
}
