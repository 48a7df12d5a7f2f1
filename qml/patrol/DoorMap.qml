import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Checklists
import StationOps.Ui

// One platform side, door by door as the doors stand, in banks (cars). Each door shows this
// patrol's result, the last patrol's, open follow-ups and alarms. A bank header passes every
// door of the bank not yet marked.
Flickable {
    id: root
    contentHeight: banks.implicitHeight
    clip: true

    Flow {
        id: banks
        width: root.width
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
                    text: qsTr("Car %1 · all OK").arg(bankColumn.bank)
                    font.pixelSize: Theme.smallSize + 1
                    onClicked: Patrol.bankOk(bankColumn.bank)
                }
                Row {
                    id: doorRow
                    spacing: 6
                    Repeater {
                        model: Patrol.doors
                        delegate: DoorTile { visible: bank === bankColumn.bank }
                    }
                }
            }
        }
        // End doors
        Row {
            spacing: 6
            Repeater {
                model: Patrol.doors
                delegate: DoorTile { visible: bank === 0 }
            }
        }
    }
}
