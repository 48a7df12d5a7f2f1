import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Alarms
import StationOps.Ui

// Alarms: the active list, history and device links, one tab each.
Item {
    id: root
    signal navigate(string page)
    property alias tab: tabs.currentIndex

    TabBar {
        id: tabs
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.button
        TabButton {
            objectName: "tabActive"
            height: Theme.button
            text: qsTr("Active (%1)").arg(Alarms.activeCount)
            font.pixelSize: Theme.bodySize
        }
        TabButton {
            objectName: "tabHistory"
            height: Theme.button
            text: qsTr("History")
            font.pixelSize: Theme.bodySize
        }
        TabButton {
            objectName: "tabDevices"
            height: Theme.button
            text: qsTr("Devices")
            font.pixelSize: Theme.bodySize
        }
    }
    StackLayout {
        anchors { left: parent.left; right: parent.right; top: tabs.bottom; bottom: parent.bottom }
        currentIndex: tabs.currentIndex
        ActiveAlarmList { onNavigate: (page) => root.navigate(page) }
        AlarmHistoryList {}
        LinkStatusList {}
    }
}
