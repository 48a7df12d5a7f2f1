import QtQuick
import QtQuick.Layouts
import StationOps.Supervision
import StationOps.Ui

// Cash variance per seller over the last 7 days' signed-off shifts.
ChartCard {
    id: root
    objectName: "cashChart"
    signal listOpened(string title, string chart, string key)

    title: qsTr("Cash variance per seller, last 7 days")
    headline: Dashboard.cash.headline
    note: Dashboard.cash.note
    onOpened: root.listOpened(title, "seller", "")
    BarList {
        Layout.fillWidth: true
        namePrefix: "seller_"
        model: Dashboard.sellerBars
        onOpened: (title, chart, key) => root.listOpened(title, chart, key)
    }
}
