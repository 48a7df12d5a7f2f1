pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Ui

// Alarm history, newest first, with chips for device, priority and day. Rows load a page at a
// time as the list scrolls.
Item {
    id: root
    readonly property var history: Alarms.history

    Component.onCompleted: history.reload()

    ColumnLayout {
        id: filters
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        spacing: 6
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Chip {
                objectName: "deviceAll"
                text: qsTr("All devices")
                checked: root.history.device === ""
                onClicked: root.history.device = ""
            }
            Repeater {
                model: Alarms.devices
                delegate: Chip {
                    required property string key
                    required property string name
                    objectName: "device_" + key
                    text: name
                    checked: root.history.device === key
                    onClicked: root.history.device = key
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Chip {
                text: qsTr("All priorities")
                checked: root.history.priority === 0
                onClicked: root.history.priority = 0
            }
            Repeater {
                model: 4
                delegate: Chip {
                    required property int index
                    text: "P" + (index + 1)
                    checked: root.history.priority === index + 1
                    onClicked: root.history.priority = index + 1
                }
            }
            Item { width: 24; height: 1 }
            Chip {
                objectName: "dayToday"
                text: qsTr("Today")
                checked: root.history.day === Station.day(0)
                onClicked: root.history.day = Station.day(0)
            }
            Chip {
                text: qsTr("Yesterday")
                checked: root.history.day === Station.day(-1)
                onClicked: root.history.day = Station.day(-1)
            }
            Chip {
                text: qsTr("All days")
                checked: root.history.day === ""
                onClicked: root.history.day = ""
            }
        }
    }

    ListView {
        id: list
        objectName: "historyList"
        anchors { left: parent.left; right: parent.right; top: filters.bottom; bottom: parent.bottom; margins: 12 }
        clip: true
        model: root.history
        ScrollBar.vertical: ScrollBar { width: 12 }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("Nothing recorded for this choice.")
            font.pixelSize: Theme.bodySize
            color: Theme.textMuted
        }
        delegate: Rectangle {
            id: row
            required property string text
            required property string deviceName
            required property string when
            required property string eventText
            required property int priority
            width: ListView.view.width
            height: 60
            color: index % 2 ? Theme.background : Theme.surface
            required property int index
            RowLayout {
                anchors { fill: parent; leftMargin: 8; rightMargin: 8 }
                spacing: 12
                Caption {
                    Layout.preferredWidth: 150
                    text: row.when
                }
                PriorityBadge { priority: row.priority; small: true }
                Label {
                    Layout.fillWidth: true
                    text: row.text + " · " + row.deviceName
                    elide: Text.ElideRight
                }
                Caption {
                    Layout.preferredWidth: 260
                    text: row.eventText
                }
            }
        }
    }
}
