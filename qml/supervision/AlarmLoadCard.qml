import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Supervision
import StationOps.Ui

// Alarm load of the chosen window the EEMUA 191 way: activations per 10-minute interval with
// the flood line, by priority, and the figures beside them. A window with no complete interval
// yet says it is too young to rate instead of showing a rate.
ChartCard {
    id: root
    objectName: "alarmChart"
    signal listOpened(string title, string chart, string key)

    readonly property var load: Dashboard.alarms
    title: load.title
    headline: String(load.total)
    note: qsTr("Measured as EEMUA 191 does: each new alarm counts once; a flood is more than 10 alarms in 10 minutes.")
    onOpened: root.listOpened(title, "priority", "0")

    IntervalChart {
        Layout.fillWidth: true
        Layout.preferredHeight: 96
        load: root.load
        onTapped: root.listOpened(qsTr("Flood intervals"), "floods", "")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 24
        BarList {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            namePrefix: "priorityBar"
            model: Dashboard.priorityBars
            onOpened: (title, chart, key) => root.listOpened(title, chart, key)
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 0
            FigureRow {
                objectName: "figure_average"
                label: qsTr("Average per 10 minutes")
                value: root.load.average
                detail: root.load.verdict
                detailColor: Theme.toneColor(root.load.verdictTone)
            }
            FigureRow {
                objectName: "figure_peak"
                label: qsTr("Most in any 10 minutes")
                value: String(root.load.peak)
            }
            FigureRow {
                objectName: "figure_floods"
                label: qsTr("Flood intervals")
                value: root.load.floods
                opens: true
                onTapped: root.listOpened(label, "floods", "")
            }
            FigureRow {
                objectName: "figure_chattering"
                label: qsTr("Chattering alarms")
                value: String(root.load.chattering)
                opens: true
                onTapped: root.listOpened(label, "chattering", "")
            }
            FigureRow {
                objectName: "figure_stale"
                label: qsTr("Stale alarms (active over 24 h)")
                value: String(root.load.stale)
                opens: true
                onTapped: root.listOpened(label, "stale", "")
            }
        }
    }
}
