import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Ui

// One open item or record in a list: its priority, what it is, a muted line about it, and the
// time it happened at the right. Past due turns it red; `carriedText` adds a line of its own. The
// handover and the dashboard's lists both draw their rows with it.
Rectangle {
    id: root
    // Named apart from the model roles (priority, title, ...) so a delegate can take those as
    // required properties and bind them here.
    property int level: 0
    property string heading
    property string caption
    property string carriedText
    property string whenText
    property bool pastDue: false
    // Whether tapping opens the record (a chevron says so).
    property bool opens: false
    signal tapped()

    implicitHeight: Math.max(Theme.touch + 8, column.implicitHeight + 12)
    radius: 6
    color: pastDue ? Theme.failBackground : Theme.background

    RowLayout {
        anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
        spacing: 10
        PriorityBadge {
            visible: root.level > 0
            priority: Math.max(1, root.level)
            small: true
        }
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.heading
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Caption {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.caption
                warn: root.pastDue
                wrapMode: Text.WordWrap
                maximumLineCount: 2
            }
            Caption {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.carriedText
                color: Theme.warning
            }
        }
        Caption {
            visible: text.length > 0
            text: root.whenText
        }
        Label {
            visible: root.opens
            text: "\u203a"
            font.pixelSize: Theme.titleSize
            color: Theme.textMuted
        }
    }
    TapHandler {
        enabled: root.opens
        onTapped: root.tapped()
    }
}
