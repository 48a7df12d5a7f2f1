import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Ui

// One figure of the alarm load: what it is, its value, and a line under it where one is given
// (the verdict on the average). A figure with a list behind it has a chevron and opens it.
Item {
    id: root
    property string label
    property string value
    property string detail
    property color detailColor: Theme.textMuted
    property bool opens: false
    signal tapped()

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 8)

    RowLayout {
        anchors.fill: parent
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 0
            Caption {
                Layout.fillWidth: true
                text: root.label
                color: Theme.text
            }
            Caption {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: root.detail
                color: root.detailColor
                wrapMode: Text.WordWrap
            }
        }
        Label {
            text: root.value + (root.opens ? "  \u203a" : "")
            font.bold: true
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
    TapHandler {
        enabled: root.opens
        onTapped: root.tapped()
    }
}
