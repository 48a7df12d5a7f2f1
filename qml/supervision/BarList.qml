pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import StationOps.Ui

// The bars of one chart from a Dashboard bar model; tapping a bar asks for the list behind it.
ColumnLayout {
    id: root
    property alias model: bars.model
    property int labelWidth: 150
    // objectName of each bar: prefix + its key ("priorityBar" + "2").
    property string namePrefix
    signal opened(string title, string chart, string key)

    spacing: 0
    Repeater {
        id: bars
        delegate: BarRow {
            // The row's roles as one object: BarRow's own label, fraction and valueText share
            // their names with the roles.
            required property var model
            objectName: root.namePrefix + model.barKey
            Layout.fillWidth: true
            labelWidth: root.labelWidth
            label: model.label
            fraction: model.fraction
            valueText: model.valueText
            barColor: Theme.toneColor(model.tone)
            onTapped: root.opened(model.label, model.chart, model.barKey)
        }
    }
}
