import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Cash
import StationOps.Ui

// Counting the drawer: one row per denomination, ¥100 × [count] = amount, with a running
// total in large type. The arithmetic is Cash's (C++), never QML's.
ColumnLayout {
    id: root
    property var counts: ({})
    readonly property string total: Cash.totalOf(counts)
    spacing: 4

    function set(id, value) {
        const c = Object.assign({}, counts)
        c[id] = Math.max(0, Math.min(100000, value))
        counts = c
    }
    function clear() { counts = ({}) }

    GridLayout {
        columns: 5
        columnSpacing: 8
        rowSpacing: 4
        Repeater {
            model: Cash.denominations
            delegate: Text {
                required property var modelData
                required property int index
                Layout.row: index
                Layout.column: 0
                Layout.preferredWidth: 150
                text: modelData.label + (modelData.kind === "coin" ? " " + qsTr("coin") : "")
                font.pixelSize: Theme.bodySize + 1
                font.bold: true
            }
        }
        Repeater {
            model: Cash.denominations
            delegate: Button {
                required property var modelData
                required property int index
                Layout.row: index
                Layout.column: 1
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                text: "\u2212"
                font.pixelSize: Theme.bodySize + 4
                onClicked: root.set(modelData.id, (root.counts[modelData.id] || 0) - 1)
            }
        }
        Repeater {
            model: Cash.denominations
            delegate: TextField {
                required property var modelData
                required property int index
                objectName: "count_" + modelData.id
                Layout.row: index
                Layout.column: 2
                Layout.preferredWidth: 90
                Layout.preferredHeight: Theme.touch
                horizontalAlignment: Text.AlignHCenter
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 100000 }
                text: String(root.counts[modelData.id] || 0)
                font.pixelSize: Theme.bodySize + 2
                onTextEdited: root.set(modelData.id, parseInt(text) || 0)
            }
        }
        Repeater {
            model: Cash.denominations
            delegate: Button {
                required property var modelData
                required property int index
                objectName: "plus_" + modelData.id
                Layout.row: index
                Layout.column: 3
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                text: "+"
                font.pixelSize: Theme.bodySize + 4
                onClicked: root.set(modelData.id, (root.counts[modelData.id] || 0) + 1)
            }
        }
        Repeater {
            model: Cash.denominations
            delegate: Text {
                required property var modelData
                required property int index
                Layout.row: index
                Layout.column: 4
                Layout.preferredWidth: 130
                horizontalAlignment: Text.AlignRight
                text: "= " + Cash.lineTotal(modelData.id, root.counts[modelData.id] || 0)
                font.pixelSize: Theme.bodySize
                color: Theme.textMuted
            }
        }
    }
    Text {
        objectName: "countTotal"
        text: qsTr("Total %1").arg(root.total)
        font.pixelSize: Theme.bigSize
        font.bold: true
    }
}
