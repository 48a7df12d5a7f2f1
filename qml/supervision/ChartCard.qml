import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Ui

// A dashboard figure: a title, a headline, and the chart beneath. Tapping the headline opens the
// list behind the whole figure; the chart's own bars open narrower lists.
Rectangle {
    id: root
    property string title
    property string headline
    property color headlineColor: Theme.text
    property string note
    default property alias content: body.data
    signal opened()

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    implicitHeight: column.implicitHeight + 24

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        spacing: 6
        Item {
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touch, head.implicitHeight)
            RowLayout {
                id: head
                anchors.fill: parent
                SectionHeading {
                    Layout.fillWidth: true
                    text: root.title
                    wrapMode: Text.WordWrap
                }
                Label {
                    text: root.headline
                    font.pixelSize: Theme.bigSize - 6
                    font.bold: true
                    color: root.headlineColor
                }
                Label {
                    text: "\u203a"
                    font.pixelSize: Theme.bigSize - 6
                    color: Theme.textMuted
                }
            }
            TapHandler { onTapped: root.opened() }
        }
        Caption {
            Layout.fillWidth: true
            visible: root.note.length > 0
            text: root.note
            wrapMode: Text.WordWrap
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: 0
        }
    }
}
