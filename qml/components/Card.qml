import QtQuick
import QtQuick.Controls
import StationOps.Ui
import QtQuick.Layouts

// A card on Home: a count or a line of what is waiting, tappable as a whole.
Rectangle {
    id: root

    property string title
    property string detail
    property string badge
    property color accentColor: Theme.accent
    signal opened()

    implicitHeight: 120
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    Rectangle {
        width: 8; height: parent.height; radius: Theme.radius
        color: root.accentColor
    }
    ColumnLayout {
        anchors { fill: parent; leftMargin: 24; rightMargin: 16; topMargin: 12; bottomMargin: 12 }
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.bodySize + 2
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                visible: root.badge.length > 0
                text: root.badge
                font.pixelSize: Theme.bigSize
                font.bold: true
                color: root.accentColor
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.fillHeight: true
            text: root.detail
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.bodySize
            color: Theme.textMuted
            elide: Text.ElideRight
        }
    }
    TapHandler { onTapped: root.opened() }
}
