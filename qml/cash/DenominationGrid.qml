pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Cash
import StationOps.Ui

// Counting a drawer: one row per denomination, ¥100 − [count] + = amount, with the running
// total in large type. The sheet (C++) holds the counts and does the arithmetic.
ColumnLayout {
    id: root
    required property CountSheet sheet
    spacing: 4

    Repeater {
        model: root.sheet
        delegate: RowLayout {
            id: line
            required property string denomination
            required property string label
            required property int count
            required property string lineText
            spacing: 8
            Label {
                Layout.preferredWidth: 150
                text: line.label
                font.bold: true
                elide: Text.ElideRight
            }
            Button {
                objectName: "minus_" + line.denomination
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                text: "\u2212"
                font.pixelSize: Theme.bodySize + 4
                onClicked: root.sheet.add(line.denomination, -1)
            }
            TextField {
                objectName: "count_" + line.denomination
                Layout.preferredWidth: 90
                Layout.preferredHeight: Theme.touch
                horizontalAlignment: Text.AlignHCenter
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 100000 }
                text: String(line.count)
                font.pixelSize: Theme.bodySize + 2
                onTextEdited: root.sheet.set(line.denomination, parseInt(text) || 0)
            }
            Button {
                objectName: "plus_" + line.denomination
                Layout.preferredWidth: Theme.touch
                Layout.preferredHeight: Theme.touch
                text: "+"
                font.pixelSize: Theme.bodySize + 4
                onClicked: root.sheet.add(line.denomination, 1)
            }
            Caption {
                Layout.preferredWidth: 130
                horizontalAlignment: Text.AlignRight
                text: line.lineText
                font.pixelSize: Theme.bodySize
            }
        }
    }
    Label {
        objectName: "countTotal"
        text: qsTr("Total %1").arg(root.sheet.totalText)
        font.pixelSize: Theme.bigSize
        font.bold: true
    }
}
