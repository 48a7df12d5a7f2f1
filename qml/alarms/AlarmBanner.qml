import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Ui

// The banner on every screen: the worst unacknowledged alarm and the counts by priority.
// Tapping it opens the alarm list.
Rectangle {
    id: root
    signal opened()

    readonly property bool showing: Alarms.hasUnacknowledged || Alarms.storeError.length > 0
    implicitHeight: showing ? Theme.bannerHeight : 0
    visible: showing
    color: Alarms.storeError.length > 0 ? Theme.storeError : Theme.priorityColor(Alarms.worstPriority)
    readonly property color ink: Alarms.storeError.length > 0 ? Theme.onColour : Theme.onPriority(Alarms.worstPriority)

    // A critical alarm blinks until someone acknowledges it: a timer flips it once a second,
    // two frames a second, where an animation would redraw every frame (a core of a tablet's
    // battery on software rendering).
    property bool dimmed: false
    readonly property alias blink: blinkTimer
    opacity: dimmed ? 0.7 : 1.0
    Timer {
        id: blinkTimer
        interval: 500
        repeat: true
        running: Alarms.worstPriority === 1 && root.visible && Alarms.storeError.length === 0
        onTriggered: root.dimmed = !root.dimmed
        onRunningChanged: if (!running) root.dimmed = false
    }

    RowLayout {
        anchors { fill: parent; leftMargin: 16; rightMargin: 12 }
        spacing: 12
        Label {
            text: "\u26a0"
            color: root.ink
            font.pixelSize: 30
        }
        Label {
            objectName: "bannerText"
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: root.ink
            font.pixelSize: Theme.bodySize + 2
            font.bold: true
            text: Alarms.bannerText
        }
        // The badges count what is not acknowledged yet, by priority; say so.
        Label {
            visible: Alarms.unacknowledgedCount > 0
            text: qsTr("Not acknowledged")
            color: root.ink
            font.pixelSize: Theme.smallSize
        }
        Label {
            visible: Alarms.flood
            text: qsTr("FLOOD")
            color: root.ink
            font.pixelSize: Theme.smallSize
            font.bold: true
        }
        Repeater {
            model: 4
            delegate: Rectangle {
                id: badge
                required property int index
                objectName: "bannerBadge" + (index + 1)
                readonly property int count: Alarms.unackedCounts[index] || 0
                visible: count > 0
                Layout.preferredHeight: 36
                Layout.preferredWidth: chip.implicitWidth + 16
                radius: 6
                color: Theme.priorityColor(index + 1)
                border.color: Theme.onColour
                border.width: 2
                Label {
                    id: chip
                    anchors.centerIn: parent
                    text: "P" + (badge.index + 1) + "  " + parent.count
                    color: Theme.onPriority(badge.index + 1)
                    font.pixelSize: Theme.smallSize + 1
                    font.bold: true
                }
            }
        }
        Label {
            text: "\u25b6"
            color: root.ink
            font.pixelSize: 22
        }
    }
    TapHandler { onTapped: root.opened() }
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Open the alarm list")
}
