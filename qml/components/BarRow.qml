import QtQuick
import StationOps.Ui
import QtQuick.Controls
import QtQuick.Layouts

// One bar of a bar chart, 48 px tall so a finger can open the list behind it: a label, the bar
// drawn to `fraction` of the width, and the figure in words beside it.
Item {
    id: root
    property string label
    property real fraction: 0          // 0..1 of the bar's track
    property string valueText
    property color barColor: Theme.accent
    property int labelWidth: 150
    signal tapped()

    implicitHeight: Theme.touch
    implicitWidth: 300

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.preferredWidth: root.labelWidth
            text: root.label
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Rectangle {
                anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                height: 24
                radius: 4
                // A sliver stays visible for a value above zero.
                width: root.fraction > 0 ? Math.max(4, parent.width * Math.min(1, root.fraction)) : 0
                color: root.barColor
            }
        }
        Label {
            Layout.preferredWidth: 90
            horizontalAlignment: Text.AlignRight
            text: root.valueText
            font.bold: true
        }
    }
    TapHandler { onTapped: root.tapped() }
}
