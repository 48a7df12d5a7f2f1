import QtQuick
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
    color: Alarms.storeError.length > 0 ? "#7f0000" : Theme.priorityColor(Alarms.worstPriority)
    readonly property color ink: Alarms.worstPriority === 3 && Alarms.storeError.length === 0 ? "#1b1f24" : "white"

    // A critical alarm pulses until someone acknowledges it.
    SequentialAnimation on opacity {
        running: Alarms.worstPriority === 1 && root.visible
        loops: Animation.Infinite
        NumberAnimation { to: 0.75; duration: 600 }
        NumberAnimation { to: 1.0; duration: 600 }
        onRunningChanged: if (!running) root.opacity = 1
    }

    RowLayout {
        anchors { fill: parent; leftMargin: 16; rightMargin: 12 }
        spacing: 12
        Text {
            text: "\u26a0"
            color: root.ink
            font.pixelSize: 30
        }
        Text {
            objectName: "bannerText"
            Layout.fillWidth: true
            elide: Text.ElideRight
            color: root.ink
            font.pixelSize: Theme.bodySize + 2
            font.bold: true
            text: Alarms.storeError.length > 0
                  ? qsTr("Alarms are not being saved: %1").arg(Alarms.storeError)
                  : (Language.chinese ? Alarms.worstTextZh : Alarms.worstTextEn)
                    + " · " + (Language.chinese ? Alarms.worstDeviceZh : Alarms.worstDeviceEn)
                    + (Alarms.worstAsset.length > 0 ? " " + Alarms.worstAsset : "")
                    + " · " + Station.formatTime(Alarms.worstTime)
        }
        Text {
            visible: Alarms.flood
            text: qsTr("FLOOD")
            color: root.ink
            font.pixelSize: Theme.smallSize
            font.bold: true
        }
        Repeater {
            model: 4
            delegate: Rectangle {
                required property int index
                readonly property int count: Alarms.unackedCounts[index] || 0
                visible: count > 0
                Layout.preferredHeight: 36
                Layout.preferredWidth: chip.implicitWidth + 16
                radius: 6
                color: Theme.priorityColor(index + 1)
                border.color: "white"
                border.width: 2
                Text {
                    id: chip
                    anchors.centerIn: parent
                    text: "P" + (index + 1) + "  " + parent.count
                    color: index === 2 ? "#1b1f24" : "white"
                    font.pixelSize: Theme.smallSize + 1
                    font.bold: true
                }
            }
        }
        Text {
            text: "\u25b6"
            color: root.ink
            font.pixelSize: 22
        }
    }
    TapHandler { onTapped: root.opened() }
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Open the alarm list")
}
