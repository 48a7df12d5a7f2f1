pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// One platform side, door by door as the doors stand, in banks (cars). Each door shows this
// patrol's result, the last patrol's, open follow-ups and alarms; the legend below says which
// is which. A bank header passes every door of the bank not yet marked. Read-only, it shows a
// side's last results without an inspection.
Item {
    id: root
    property bool readOnly: false

    Flickable {
        id: flick
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: legend.top; bottomMargin: 8 }
        contentHeight: banks.implicitHeight
        clip: true

        Flow {
            id: banks
            width: flick.width
            spacing: 16
            Repeater {
                model: Patrol.doors.banks
                delegate: Column {
                    id: bankColumn
                    required property int index
                    readonly property int bank: index + 1
                    spacing: 6
                    Button {
                        objectName: "bankOk_" + bankColumn.bank
                        width: doorRow.width
                        height: Theme.touch
                        text: root.readOnly ? qsTr("Car %1").arg(bankColumn.bank) : qsTr("Car %1 · all OK").arg(bankColumn.bank)
                        enabled: !root.readOnly
                        font.pixelSize: Theme.smallSize + 1
                        onClicked: Patrol.bankOk(bankColumn.bank)
                    }
                    Row {
                        id: doorRow
                        spacing: 6
                        Repeater {
                            model: Patrol.doors
                            delegate: DoorTile {
                                visible: bank === bankColumn.bank
                                readOnly: root.readOnly
                            }
                        }
                    }
                }
            }
            // End doors
            Row {
                spacing: 6
                Repeater {
                    model: Patrol.doors
                    delegate: DoorTile {
                        visible: bank === 0
                        readOnly: root.readOnly
                    }
                }
            }
        }
    }

    // What the colours, marks and badges mean; colour is never the only sign.
    Flow {
        id: legend
        objectName: "doorMapLegend"
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        spacing: 16
        Repeater {
            model: [
                { fill: Theme.pass, mark: "\u2713", text: qsTr("Passed"), show: !root.readOnly },
                { fill: Theme.fail, mark: "\u2717", text: qsTr("Fault"), show: !root.readOnly },
                { fill: Theme.warning, mark: "\u2026", text: qsTr("Partly checked"), show: !root.readOnly },
                { fill: Theme.surface, mark: "", text: qsTr("Not checked yet"), show: true }
            ]
            delegate: Row {
                id: entry
                required property var modelData
                visible: modelData.show
                spacing: 6
                Rectangle {
                    width: 28; height: 28; radius: 4
                    color: entry.modelData.fill
                    border.color: Theme.border
                    Label { anchors.centerIn: parent; text: entry.modelData.mark; color: Theme.onColour; font.bold: true }
                }
                Caption { anchors.verticalCenter: parent.verticalCenter; text: entry.modelData.text }
            }
        }
        Row {
            spacing: 6
            Rectangle {
                width: 28; height: 28; radius: 4
                color: Theme.surface
                border.color: Theme.border
                Rectangle { anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 3 } height: 5; radius: 2; color: Theme.pass }
            }
            Caption { anchors.verticalCenter: parent.verticalCenter; text: qsTr("Strip: the last patrol's result") }
        }
        Row {
            spacing: 6
            Rectangle {
                width: 22; height: 22; radius: 11
                color: Theme.warning
                Label { anchors.centerIn: parent; text: "\u2691"; color: Theme.onColour; font.pixelSize: 12 }
            }
            Caption { anchors.verticalCenter: parent.verticalCenter; text: qsTr("Open follow-up") }
        }
        Row {
            spacing: 6
            Rectangle {
                width: 22; height: 22; radius: 11
                color: Theme.priorityColor(1)
                Label { anchors.centerIn: parent; text: "\u26a0"; color: Theme.onColour; font.pixelSize: 12 }
            }
            Caption { anchors.verticalCenter: parent.verticalCenter; text: qsTr("Active alarm") }
        }
        Row {
            spacing: 6
            Rectangle { width: 28; height: 28; radius: 4; color: Theme.surface; border.color: Theme.emergencyDoor; border.width: 2 }
            Caption { anchors.verticalCenter: parent.verticalCenter; text: qsTr("Emergency or end door") }
        }
    }
}
