import QtQuick
import QtQuick.Layouts
import StationOps.Supervision
import StationOps.Ui

// Today's patrol completion: the share of today's slots whose time is up that were done, and
// the same slots as bars (done, in progress, due now, missed).
ChartCard {
    id: root
    objectName: "patrolChart"
    signal listOpened(string title, string chart, string key)

    title: qsTr("Today's patrol completion")
    headline: Dashboard.patrol.headline
    headlineColor: Theme.toneColor(Dashboard.patrol.tone)
    note: Dashboard.patrol.note
    onOpened: root.listOpened(title, "patrol", "")
    BarList {
        Layout.fillWidth: true
        namePrefix: "patrolBar_"
        model: Dashboard.patrolBars
        onOpened: (title, chart, key) => root.listOpened(title, chart, key)
    }
}
