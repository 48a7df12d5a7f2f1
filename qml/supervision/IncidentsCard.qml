import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import StationOps.Supervision
import StationOps.Ui

// Incidents of the last 7 days by category, and how many callbacks were made in time.
ChartCard {
    id: root
    objectName: "incidentChart"
    signal listOpened(string title, string chart, string key)

    title: qsTr("Incidents by category, last 7 days")
    headline: String(Dashboard.incidents.total)
    onOpened: root.listOpened(qsTr("Late callbacks"), "callbacks", "late")
    BarList {
        Layout.fillWidth: true
        namePrefix: "category_"
        model: Dashboard.categoryBars
        onOpened: (title, chart, key) => root.listOpened(title, chart, key)
    }
    Label {
        objectName: "callbackCompliance"
        Layout.fillWidth: true
        Layout.topMargin: 8
        text: Dashboard.incidents.compliance
        font.bold: true
        wrapMode: Text.WordWrap
    }
    BarList {
        Layout.fillWidth: true
        namePrefix: "callbacks_"
        model: Dashboard.callbackBars
        onOpened: (title, chart, key) => root.listOpened(title, chart, key)
    }
}
