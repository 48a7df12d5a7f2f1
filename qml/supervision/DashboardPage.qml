import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Core
import StationOps.Supervision
import StationOps.Ui

// The supervisor's dashboard: each figure is a chart, and tapping it (or one of its bars) opens
// the list behind it in a panel on the right; a row of that list opens its record.
Item {
    id: root
    objectName: "dashboardPage"
    signal navigate(string page)
    signal open(string page, int tab)

    property bool drilling: false

    function openList(title, chart, key) {
        Dashboard.openList(title, chart, key === undefined ? "" : String(key))
        drilling = true
    }
    function openRow(index) {
        const where = Dashboard.open(index)
        if (!where.valid)
            return
        leave.page = where.page
        leave.tab = where.tab
        leave.start()
    }
    // After the tap's handler returns: going to another page destroys this one, row and all.
    Timer {
        id: leave
        property string page
        property int tab
        interval: 0
        onTriggered: root.open(page, tab)
    }

    Component.onCompleted: Dashboard.refresh()
    // Figures move while the page is open: read them again every minute.
    Timer {
        interval: 60000
        repeat: true
        running: root.visible && !root.drilling
        onTriggered: Dashboard.refresh()
    }

    Flickable {
        id: flick
        objectName: "dashboardFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 16 }
            spacing: 16

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Caption {
                    objectName: "shiftLine"
                    Layout.fillWidth: true
                    text: Dashboard.shiftLine
                    wrapMode: Text.WordWrap
                }
                Chip {
                    objectName: "windowShift"
                    text: qsTr("This shift")
                    checked: Dashboard.alarmWindow === "shift"
                    onClicked: Dashboard.alarmWindow = "shift"
                }
                Chip {
                    objectName: "windowWeek"
                    text: qsTr("Last 7 days")
                    checked: Dashboard.alarmWindow === "week"
                    onClicked: Dashboard.alarmWindow = "week"
                }
                Button {
                    objectName: "dashboardRefresh"
                    Layout.preferredHeight: Theme.touch
                    text: qsTr("Refresh")
                    onClicked: Dashboard.refresh()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: Dashboard.message
                color: Theme.fail
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                PatrolCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    onListOpened: (title, chart, key) => root.openList(title, chart, key)
                }
                CashCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    onListOpened: (title, chart, key) => root.openList(title, chart, key)
                }
            }
            AlarmLoadCard {
                Layout.fillWidth: true
                onListOpened: (title, chart, key) => root.openList(title, chart, key)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16
                ChartCard {
                    objectName: "topChart"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("The 10 most frequent alarms")
                    note: Dashboard.topBars.count === 0 ? qsTr("No alarm in this window.") : ""
                    onOpened: root.openList(title, "top", "")
                    BarList {
                        Layout.fillWidth: true
                        labelWidth: 260
                        model: Dashboard.topBars
                        onOpened: (title, chart, key) => root.openList(qsTr("The 10 most frequent alarms"), chart, "")
                    }
                }
                IncidentsCard {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    onListOpened: (title, chart, key) => root.openList(title, chart, key)
                }
            }
        }
    }

    DrillPanel {
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: 560
        z: 2
        visible: root.drilling
        onClosed: root.drilling = false
        onRowOpened: (index) => root.openRow(index)
    }
}
